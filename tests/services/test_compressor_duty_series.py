"""A compressor's duty from an assessment's logger series: offered as the inputs of the
compressed-air calculators, kept with the calculation by its series, recomputed from it and
marked stale when the series is deleted; the series refused when it is no power.

The series: a power analyser on the compressor, one reading a minute, 10 cycles of 6 minutes
loaded at 100 kW and 4 unloaded at 30 kW, and one loaded reading more (101 readings, with a
current channel in A beside it). Each reading stands for half a minute each side, the first
and the last for half a minute: 61 × 60 − 60 = 3 600 s loaded, 40 × 60 = 2 400 s unloaded.
The leak test by load and unload times: 60 / 100 of 10 m³/min = 6 m³/min; repaired, that time
is spent unloaded: 6 / 10 × (100 − 30) = 42 kW; × 6 000 h = 252 000 kWh a year.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from cpdesk.core.calculators.stored import GivenInput
from cpdesk.core.errors import ValidationError
from cpdesk.services import loggers
from cpdesk.services.assessment import assessments, calculations, companies, options
from cpdesk.services.assessment.calculation_series import series_duty
from cpdesk.services.loggers import ChannelMapping
from cpdesk.store.database import Database

START = datetime(2024, 3, 4, 8, 0, 0)


def compressor_log(cycles: int = 10) -> bytes:
    values = [100.0] * 6 + [30.0] * 4
    rows = values * cycles + [100.0]
    lines = ["Thời gian;Máy nén (kW);Dòng (A)"]
    for k, kw in enumerate(rows):
        moment = START + timedelta(minutes=k)
        lines.append(f"{moment:%Y-%m-%d %H:%M:%S};{kw:.1f};{kw * 1.6:.1f}".replace(".", ","))
    return ("\n".join(lines) + "\n").encode()


def _setup(db: Database, cycles: int = 10) -> dict[str, Any]:
    company = companies.create_company(db, name="Dệt Phước Long", sector="textile")
    a = assessments.create_assessment(
        db, company_id=company.id, title="Khí nén", operating_hours_per_year=6000, exchange_rate=25_000
    )
    option = options.add_option(db, a.id, code="O1", title="Sửa rò khí nén", category="good_housekeeping")
    data = compressor_log(cycles)
    imported = loggers.import_series(
        db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW"), ChannelMapping(2, "A")]
    )
    kw, amps = imported.series
    return {"assessment": a, "option": option, "kw": kw, "amps": amps}


def _leak_inputs(series_id: Any) -> dict[str, GivenInput]:
    return {
        "load_time": GivenInput(0.0, "min", f"series.load_time:{series_id}"),
        "unload_time": GivenInput(0.0, "min", f"series.unload_time:{series_id}"),
        "compressor_capacity": GivenInput(10.0, "m³/min"),
        "compressor_power": GivenInput(0.0, "kW", f"series.loaded_kw:{series_id}"),
        "unloaded_power": GivenInput(0.0, "kW", f"series.unloaded_kw:{series_id}"),
        "operating_hours": GivenInput(6000.0, "h", calculations.OPERATING_HOURS),
    }


def test_the_power_series_is_offered_for_the_duty_inputs_and_the_current_is_not(db: Database) -> None:
    setup = _setup(db)
    sources = calculations.input_sources(db, setup["option"].id, "air_leak_load_unload")
    load = {choice.key: choice for choice in sources["load_time"]}
    assert {key for key in load if key.startswith("series.")} == {f"series.load_time:{setup['kw'].id}"}
    assert load[f"series.load_time:{setup['kw'].id}"].value == pytest.approx(60.0)
    assert {c.key for c in sources["unloaded_power"]} == {f"series.unloaded_kw:{setup['kw'].id}"}
    power = {c.key: c.value for c in sources["compressor_power"]}
    assert power[f"series.loaded_kw:{setup['kw'].id}"] == pytest.approx(100.0)
    # loaded energy per running hour: 100 kW × 60 min / 100 min = 60 kW (what a lower pressure acts on)
    assert power[f"series.loaded_power:{setup['kw'].id}"] == pytest.approx(60.0)
    assert not any(str(setup["amps"].id) in key for key in power)


def test_a_leak_calculation_follows_its_series_and_goes_stale_when_it_is_deleted(db: Database) -> None:
    setup = _setup(db)
    option_id = setup["option"].id
    calc = calculations.preview(db, option_id, "air_leak_load_unload", _leak_inputs(setup["kw"].id), price=2000.0)
    outputs = {out.name: out.value for out in calc.outputs}
    assert outputs["leak_share"] == pytest.approx(60.0)
    assert outputs["leak_power"] == pytest.approx(42.0)
    assert outputs["energy_saving_per_year"] == pytest.approx(252_000)
    assert calc.inputs["load_time"].value == pytest.approx(60.0)  # read from the series, not as given
    calculations.use_calculation(db, option_id, calc)
    assert calculations.refresh(db, setup["assessment"].id) == []  # nothing changed
    loggers.delete_series(db, setup["kw"].id)
    found = calculations.refresh_now(db, setup["assessment"].id)
    assert len(found) == 1
    stale = calculations.calculations_of(db, setup["assessment"].id)[option_id][0]
    assert set(stale.stale) == {"load_time", "unload_time", "compressor_power", "unloaded_power"}
    assert stale.output("leak_power") is not None and stale.output("leak_power").value == pytest.approx(42.0)  # type: ignore[union-attr]


def test_the_duty_of_a_series_in_amps_is_refused_naming_why(db: Database) -> None:
    setup = _setup(db)
    with pytest.raises(ValidationError) as caught:
        series_duty(db, setup["amps"].id)
    assert caught.value.why is not None and caught.value.why.code == "duty.not_power"
    duty = series_duty(db, setup["kw"].id, loaded_kw=100, unloaded_kw=30)
    assert duty.duty.from_nameplate and duty.duty.loaded_hours == pytest.approx(1.0)
    assert len(duty.seconds) == len(duty.kw) == 101


def test_too_few_readings_are_refused(db: Database) -> None:
    setup = _setup(db, cycles=1)  # 11 readings
    with pytest.raises(ValidationError) as caught:
        series_duty(db, setup["kw"].id)
    assert caught.value.why is not None and caught.value.why.code == "duty.too_few"
    sources = calculations.input_sources(db, setup["option"].id, "air_leak_load_unload")
    offered = [c.key for choices in sources.values() for c in choices]
    assert not any(key.startswith("series.") for key in offered)  # a series that gives no duty


def test_a_lower_pressure_acts_on_the_loaded_energy_per_running_hour(db: Database) -> None:
    from cpdesk.core.calculators.compressed_air import compression_work_ratio
    from cpdesk.core.units import STANDARD_ATMOSPHERE_BAR

    setup = _setup(db)
    inputs = {
        "present_pressure": GivenInput(7.0, "bar(g)"),
        "new_pressure": GivenInput(6.0, "bar(g)"),
        "compressor_power": GivenInput(0.0, "kW", f"series.loaded_power:{setup['kw'].id}"),
        "operating_hours": GivenInput(6000.0, "h", calculations.OPERATING_HOURS),
    }
    calc = calculations.preview(db, setup["option"].id, "air_pressure_reduction", inputs, price=2000.0)
    # 100 kW loaded 60 of 100 running minutes: 60 kW per running hour, of which the share saved
    atm = STANDARD_ATMOSPHERE_BAR
    share = 1 - compression_work_ratio(6.0 + atm, 7.0 + atm)
    assert calc.inputs["compressor_power"].value == pytest.approx(60.0)
    assert calc.output("power_saving").value == pytest.approx(share * 60.0)  # type: ignore[union-attr]
    assert calc.output("energy_saving_per_year").value == pytest.approx(share * 60.0 * 6000)  # type: ignore[union-attr]
