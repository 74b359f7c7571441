"""Steam and water streams in states that cannot exist: refused at entry, flagged when stored.

A stream's ``pressure_bar`` is a gauge pressure, bar(g). Saturation temperatures by
IAPWS-IF97 (steam tables: 175.36 °C at 9 bar abs, 179.88 °C at 10 bar abs):
- 8 bar(g) = 9.01325 bar abs: T_sat 175.42 °C, so steam at 150 °C is 25.42 K below it;
- the atmosphere, 1.01325 bar abs: T_sat 99.974 °C, so condensate at 100 °C is 0.026 K
  above it, saturated liquid within the 1 K a thermometer is good for; at 120 °C it is
  20.03 K above, and cannot be liquid.
"""

from __future__ import annotations

import pytest

from cpdesk.core.errors import ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, balances, flow, guidance
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Update
from cpdesk.services.uow import unit_of_work
from cpdesk.store.models import Stream

STEAM_REFUSED = (
    "steam at 8 bar(g) and 150 °C is 25.4 K below its saturation temperature 175.4 °C at that pressure: "
    "check the temperature and the gauge pressure"
)


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Phước Long", sector="textile")
    a = assessments.create_assessment(
        db, company_id=company.id, title="Lò hơi và nhuộm", exchange_rate=25_000, operating_hours_per_year=6000
    )
    boiler = flow.add_process_step(db, a.id, name="Lò hơi")
    dyeing = flow.add_process_step(db, a.id, name="Nhuộm")
    return a.id, boiler.id, dyeing.id


def _streams(db, assessment_id) -> list:
    return assessments.show_assessment(db, assessment_id).streams


def test_steam_below_saturation_is_refused_at_entry_and_nothing_is_stored(db, plant) -> None:
    a, boiler, dyeing = plant
    with pytest.raises(ValidationError) as refused:
        flow.add_stream(
            db, a, name="Hơi cấp nhuộm", kind="energy", carrier="steam", source_step_id=boiler,
            target_step_id=dyeing, pressure_bar=8, temperature_c=150,
        )  # fmt: skip
    assert (refused.value.field, refused.value.reason) == ("temperature_c", STEAM_REFUSED)
    assert _streams(db, a) == ()


def test_an_edit_that_makes_the_state_impossible_is_refused_naming_its_field(db, plant) -> None:
    a, boiler, dyeing = plant
    s = flow.add_stream(
        db, a, name="Hơi cấp nhuộm", kind="energy", carrier="steam", source_step_id=boiler,
        target_step_id=dyeing, pressure_bar=8, temperature_c=180,
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        editing.apply(db, Update("stream", s.id, {"temperature_c": 150.0}))
    assert (refused.value.field, refused.value.reason) == ("temperature_c", STEAM_REFUSED)
    # 180 °C steam is 4.58 K above 175.42 °C at 8 bar(g); at 9 bar(g) = 10.01325 bar abs
    # T_sat is 179.92 °C, within 1 K of 180 °C; at 12 bar(g) = 13.01325 bar abs T_sat is
    # 191.66 °C (tables: 191.61 °C at 13 bar abs, 195.04 °C at 14: + 0.01325 × 3.43 K),
    # 11.66 K above the thermometer.
    editing.apply(db, Update("stream", s.id, {"pressure_bar": 9.0}))
    with pytest.raises(ValidationError, match="11.7 K below its saturation temperature 191.7 °C") as refused:
        editing.apply(db, Update("stream", s.id, {"pressure_bar": 12.0}))
    assert refused.value.field == "pressure_bar"
    # As condensate, 180 °C at 9 bar(g) is 0.08 K above 179.92 °C: saturated liquid.
    editing.apply(db, Update("stream", s.id, {"carrier": "condensate"}))
    [row] = _streams(db, a)
    assert (row.carrier, row.pressure_bar, row.temperature_c) == ("condensate", 9.0, 180.0)


def test_condensate_at_100_c_under_the_atmosphere_and_superheated_steam_are_accepted(db, plant) -> None:
    a, boiler, dyeing = plant
    condensate = flow.add_stream(
        db, a, name="Nước ngưng hồi", kind="energy", carrier="condensate", source_step_id=dyeing,
        target_step_id=boiler, temperature_c=100,
    )  # fmt: skip
    superheated = flow.add_stream(
        db, a, name="Hơi quá nhiệt", kind="energy", carrier="steam", source_step_id=boiler,
        target_step_id=dyeing, pressure_bar=8, temperature_c=250,
    )  # fmt: skip
    for s in (condensate, superheated):
        flow.record_measurement(db, s.id, value=1.0, unit="t/h", basis="per_hour")
    found = guidance.findings(db, a)
    assert not {f.code for f in found} & {
        "steam_below_saturation", "liquid_above_saturation", "liquid_above_saturation_no_pressure", "balance_failed"
    }  # fmt: skip
    # 1 t/h × 6000 h = 6000 t of each. Condensate at 100 °C, boiling at 99.974 °C, is
    # saturated liquid, h' = 418.99 kJ/kg: 6000 × (418.99 - 104.93) MJ = 1884.4 GJ (before,
    # the energy balance failed: "above its boiling point"). Steam at 8 bar(g) and 250 °C
    # is 74.6 K superheated: h = 2946.86 kJ/kg (tables: 2946.9 at 9 bar, 2943.2 at 10), so
    # 6000 × (2946.86 - 104.93) MJ = 17 051.6 GJ.
    values = {v.name: v.value for v in balances.assessment_balance(db, a, "energy").measured.streams}
    assert values["Nước ngưng hồi"] == pytest.approx(6000 * (0.41899 - 0.10493), rel=1e-4)
    assert values["Hơi quá nhiệt"] == pytest.approx(6000 * (2.94686 - 0.10493), rel=1e-4)


def test_hot_liquid_with_no_pressure_is_refused_asking_for_the_pressure(db, plant) -> None:
    a, boiler, dyeing = plant
    with pytest.raises(ValidationError, match="give the gauge pressure it is under") as refused:
        flow.add_stream(
            db, a, name="Nước ngưng hồi", kind="energy", carrier="condensate", source_step_id=dyeing,
            target_step_id=boiler, temperature_c=120,
        )  # fmt: skip
    assert "20.0 K above its saturation temperature 100.0 °C" in refused.value.reason
    assert _streams(db, a) == ()


def _store_as_an_old_database_holds_it(db, stream_id, **values) -> None:
    """Write past the services' checks, as a database from before them, or an import, holds it."""
    with unit_of_work(db) as session:
        stream = session.get(Stream, stream_id)
        for name, value in values.items():
            setattr(stream, name, value)


def test_a_stored_steam_state_below_saturation_is_flagged_with_the_balance_assumption(db, plant) -> None:
    a, boiler, dyeing = plant
    s = flow.add_stream(
        db, a, name="Hơi cấp nhuộm", kind="energy", carrier="steam", source_step_id=boiler,
        target_step_id=dyeing, pressure_bar=8, temperature_c=180,
    )  # fmt: skip
    flow.record_measurement(db, s.id, value=2.0, unit="t/h", basis="per_hour")
    _store_as_an_old_database_holds_it(db, s.id, temperature_c=150.0)
    [finding] = [f for f in guidance.findings(db, a) if f.code == "steam_below_saturation"]
    assert (finding.task_no, finding.severity.value, finding.subject.name) == (5, "suspicious", "Hơi cấp nhuộm")
    assert finding.message("en") == (
        "Stream Hơi cấp nhuộm: steam at 8 bar(g) and 150 °C is 25.4 K below its saturation temperature 175.4 °C "
        "at that pressure, which cannot be; the energy balance counts it as dry saturated steam at 8 bar(g). "
        "Check the temperature and the gauge pressure."
    )
    assert "175,4 °C" in finding.message("vi")
    assert "25,4 K" in finding.message("vi")
    # The balance counts it as said: 2 t/h × 6000 h = 12 000 t a year, times the heat of dry
    # saturated steam at 9.01325 bar abs above water at 25 °C, 2773.10 - 104.93 = 2668.17
    # kJ/kg: 12 000 t × 2668.17 MJ/t = 32 018 GJ.
    [value] = balances.assessment_balance(db, a, "energy").measured.streams
    assert value.value == pytest.approx(12_000 * 2.66817, rel=1e-4)


def test_a_stored_liquid_above_its_boiling_point_is_flagged_and_no_longer_stops_the_balance(db, plant) -> None:
    a, boiler, dyeing = plant
    s = flow.add_stream(
        db, a, name="Nước ngưng hồi", kind="energy", carrier="condensate", source_step_id=dyeing,
        target_step_id=boiler, temperature_c=90,
    )  # fmt: skip
    flow.record_measurement(db, s.id, value=1.0, unit="t/h", basis="per_hour")
    _store_as_an_old_database_holds_it(db, s.id, temperature_c=150.0)
    [finding] = [f for f in guidance.findings(db, a) if f.code.startswith("liquid_above")]
    assert finding.code == "liquid_above_saturation_no_pressure"
    assert "50 K above its saturation temperature 100 °C" in finding.message("en")
    assert "saturated liquid water at 150 °C" in finding.message("en")
    assert not [f for f in guidance.findings(db, a) if f.code == "balance_failed"]
    # 1 t/h × 6000 h = 6000 t; saturated liquid at 150 °C, h' = 632.25 kJ/kg, above water
    # at 25 °C (104.93): 527.32 MJ/t × 6000 t = 3163.9 GJ.
    [value] = balances.assessment_balance(db, a, "energy").measured.streams
    assert value.value == pytest.approx(6000 * 0.52732, rel=1e-4)
