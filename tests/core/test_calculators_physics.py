"""The savings calculators obey the physics (property tests), and refuse the impossible with a
message naming the field, in Vietnamese and English."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.core.calculators.catalogue import CALCULATORS, calculator, run
from cpdesk.core.errors import ValidationError
from cpdesk.core.labels import field_label, label
from cpdesk.core.messages import text_of

PRESSURES = st.floats(min_value=0.5, max_value=40.0)  # bar(g)
SIZES = st.floats(min_value=0.0, max_value=25.0)  # mm
HOURS = st.floats(min_value=0.0, max_value=8760.0)


def _out(outputs: tuple[Any, ...], name: str) -> float:
    return float(next(out.value for out in outputs if out.name == name))


# ---------------------------------------------------------------- zero leak, zero saving


@given(pressure=PRESSURES, hours=HOURS)
@settings(max_examples=40, deadline=None)
def test_no_hole_loses_no_steam_and_no_fuel(pressure: float, hours: float) -> None:
    outputs = run(
        "steam_leak",
        {
            "steam_pressure": (pressure, "bar(g)"),
            "orifice_diameter": (0, "mm"),
            "operating_hours": (hours, "h"),
            "boiler_efficiency": (85, "%"),
            "fuel_calorific_value": (25000, "kJ/kg"),
        },
    )
    assert all(out.value == 0 for out in outputs)


@given(pressure=PRESSURES, hours=HOURS)
@settings(max_examples=40, deadline=None)
def test_no_air_leak_saves_nothing(pressure: float, hours: float) -> None:
    cost = {"compressor_power": (75, "kW"), "compressor_capacity": (12, "m³/min"), "operating_hours": (hours, "h")}
    by_hole = run("air_leak_orifice", {"line_pressure": (pressure, "bar(g)"), "orifice_diameter": (0, "mm"), **cost})
    by_times = run("air_leak_load_unload", {"load_time": (0, "min"), "unload_time": (30, "min"), **cost})
    for outputs in (by_hole, by_times):
        assert _out(outputs, "leak_flow") == 0
        assert _out(outputs, "energy_saving_per_year") == 0


@given(pressure=PRESSURES, small=SIZES, more=st.floats(min_value=0.01, max_value=5.0))
@settings(max_examples=40, deadline=None)
def test_a_bigger_hole_leaks_more(pressure: float, small: float, more: float) -> None:
    def flow(size: float) -> float:
        return _out(
            run("air_leak_orifice", {"line_pressure": (pressure, "bar(g)"), "orifice_diameter": (size, "mm")}),
            "leak_flow",
        )

    assert flow(small + more) > flow(small)


@given(pressure=st.floats(min_value=1.0, max_value=12.0), kw=st.floats(min_value=1.0, max_value=500.0))
@settings(max_examples=40, deadline=None)
def test_the_same_pressure_saves_nothing_and_a_lower_one_saves(pressure: float, kw: float) -> None:
    def share(new: float) -> float:
        given = {
            "present_pressure": (pressure, "bar(g)"),
            "new_pressure": (new, "bar(g)"),
            "compressor_power": (kw, "kW"),
        }
        return _out(run("air_pressure_reduction", given), "power_saving_share")

    assert share(pressure) == 0
    assert share(pressure - 0.5) > 0


# ---------------------------------------------------------------- the pump's drive


def _pump(duty: float, drive: float = 100.0, static: float = 10.0) -> tuple[Any, ...]:
    return run(
        "pump_vsd",
        {
            "design_flow": (80, "m³/h"),
            "design_head": (35, "m"),
            "static_head": (static, "m"),
            "shutoff_head": (50, "m"),
            "pump_efficiency": (72, "%"),
            "motor_efficiency": (91, "%"),
            "drive_efficiency": (drive, "%"),
            "duty_flow_1": (duty, "%"),
            "duty_hours_1": (6000, "h"),
        },
    )


@given(drive=st.floats(min_value=90.0, max_value=100.0))
@settings(max_examples=30, deadline=None)
def test_a_drive_at_full_flow_saves_nothing(drive: float) -> None:
    saving = _out(_pump(100.0, drive), "energy_saving_per_year")
    assert saving <= 1e-9  # at full flow the drive only adds its own losses
    assert _out(_pump(100.0, 100.0), "energy_saving_per_year") == pytest.approx(0.0, abs=1e-9)
    assert _out(_pump(100.0, drive), "lowest_speed") == pytest.approx(100.0)


@given(duty=st.floats(min_value=1.0, max_value=100.0), static=st.floats(min_value=0.0, max_value=34.0))
@settings(max_examples=40, deadline=None)
def test_a_lossless_drive_never_costs_more_than_throttling(duty: float, static: float) -> None:
    saving = _out(_pump(duty, 100.0, static), "energy_saving_per_year")
    assert saving >= -1e-9


# ---------------------------------------------------------------- power factor, lighting


@given(pf=st.floats(min_value=0.3, max_value=1.0), kw=st.floats(min_value=0.0, max_value=5000.0))
@settings(max_examples=40, deadline=None)
def test_no_correction_needs_no_capacitor(pf: float, kw: float) -> None:
    given = {"real_power": (kw, "kW"), "present_power_factor": (pf, "1"), "target_power_factor": (pf, "1")}
    assert _out(run("power_factor", given), "capacitor_power") == pytest.approx(0.0, abs=1e-9)


@given(n=st.integers(min_value=0, max_value=5000), watts=st.floats(min_value=0.0, max_value=1000.0), hours=HOURS)
@settings(max_examples=40, deadline=None)
def test_the_same_lighting_saves_nothing(n: int, watts: float, hours: float) -> None:
    same = {
        "fixtures_before": (n, "1"),
        "power_before": (watts, "W"),
        "fixtures_after": (n, "1"),
        "power_after": (watts, "W"),
    }
    assert _out(run("lighting", {**same, "operating_hours": (hours, "h")}), "energy_saving_per_year") == 0


# ---------------------------------------------------------------- bad input


def _refused(name: str, given: dict[str, tuple[Any, str]]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        run(name, given)
    return caught.value


STEAM = {"steam_pressure": (7, "bar(g)"), "orifice_diameter": (3, "mm")}
PUMP = {
    "design_flow": (80, "m³/h"),
    "design_head": (35, "m"),
    "static_head": (10, "m"),
    "shutoff_head": (50, "m"),
    "pump_efficiency": (72, "%"),
    "motor_efficiency": (91, "%"),
    "duty_flow_1": (60, "%"),
    "duty_hours_1": (6000, "h"),
}


@pytest.mark.parametrize(
    ("name", "change", "field", "code"),
    [
        ("steam_leak", {"orifice_diameter": (-3, "mm")}, "orifice_diameter", "calc.negative"),
        ("steam_leak", {"steam_pressure": (-0.2, "bar(g)")}, "steam_pressure", "calc.below_atmosphere"),
        ("steam_leak", {"steam_pressure": (0.9, "bar(a)")}, "steam_pressure", "calc.below_atmosphere"),
        ("steam_leak", {"boiler_efficiency": (105, "%")}, "boiler_efficiency", "calc.efficiency_range"),
        ("steam_leak", {"orifice_diameter": (float("1e400"), "mm")}, "orifice_diameter", "calc.not_finite"),
        ("steam_leak", {"orifice_diameter": (float("nan"), "mm")}, "orifice_diameter", "calc.not_finite"),
        ("steam_leak", {"orifice_diameter": (3, "kg")}, "orifice_diameter", "calc.unit_wrong_kind"),
        ("steam_leak", {"operating_hours": (9000, "h")}, "operating_hours", "calc.hours_over_year"),
        ("steam_leak", {"count": (1.5, "1")}, "count", "calc.whole_number"),
        ("steam_leak", {"colour": (1, "1")}, "colour", "calc.input_unknown"),
        ("pump_vsd", {"static_head": (50, "m")}, "static_head", "calc.static_above_shutoff"),
        ("pump_vsd", {"static_head": (60, "m")}, "static_head", "calc.static_above_shutoff"),
        ("pump_vsd", {"design_head": (51, "m")}, "design_head", "calc.design_above_shutoff"),
        (
            "pump_vsd",
            {"pump_efficiency": (0.8, "1"), "motor_efficiency": (1.2, "1")},
            "motor_efficiency",
            "calc.efficiency_range",
        ),
        ("pump_vsd", {"duty_flow_2": (50, "%")}, "duty_hours_2", "calc.duty_pair"),
    ],
)
def test_the_impossible_is_refused_naming_the_field(
    name: str, change: dict[str, tuple[Any, str]], field: str, code: str
) -> None:
    base = STEAM if name == "steam_leak" else PUMP
    error = _refused(name, {**base, **change})
    assert error.entity == "calculator"
    assert error.field == field
    assert error.why is not None and error.why.code == code
    assert text_of(error, "vi") != text_of(error, "en")


def test_a_missing_input_and_an_unknown_calculator_are_refused() -> None:
    error = _refused("steam_leak", {"steam_pressure": (7, "bar(g)")})
    assert (error.field, error.why.code if error.why else None) == ("orifice_diameter", "calc.input_missing")
    error = _refused("no_such_thing", {})
    assert error.why is not None and error.why.code == "calc.unknown"


LIGHTS = {"fixtures_before": (1, "1"), "power_before": (1, "W"), "fixtures_after": (1, "1"), "power_after": (1, "W")}


def test_inputs_too_large_for_a_finite_result_are_refused() -> None:
    error = _refused("steam_leak", {"steam_pressure": (7, "bar(g)"), "orifice_diameter": (1e300, "mm")})
    assert error.why is not None and error.why.code == "calc.result_not_finite"
    error = _refused("lighting", {**LIGHTS, "fixtures_before": (1e300, "1"), "power_before": (1e300, "W")})
    assert error.why is not None and error.why.code == "calc.result_not_finite"
    error = _refused("steam_leak", {"steam_pressure": (7, "bar(g)"), "orifice_diameter": (1e308, "m")})
    assert (error.field, error.why.code if error.why else None) == ("orifice_diameter", "calc.not_finite")


@pytest.mark.parametrize(
    ("hours", "unit", "expected"),
    [(6000, "h", 6000), (16, "h/day", 16 * 365), (6000, "h/year", 6000), (80, "%", 0.8 * 8760), (250, "day", 6000)],
)
def test_hours_a_year_as_hours_or_as_a_share_of_the_time(hours: float, unit: str, expected: float) -> None:
    given = {**LIGHTS, "fixtures_before": (1000, "1"), "operating_hours": (hours, unit)}
    assert _out(run("lighting", given), "energy_saving_per_year") == pytest.approx(0.999 * expected, rel=1e-12)


def test_a_leak_below_the_atmosphere_is_named_as_typed() -> None:
    error = _refused("air_leak_orifice", {"line_pressure": (-0.5, "bar(g)"), "orifice_diameter": (2, "mm")})
    assert error.value == "-0.5 bar(g)"
    assert "áp suất khí quyển" in text_of(error, "vi")


def test_every_calculator_input_and_output_is_labelled_in_both_languages() -> None:
    for calc in CALCULATORS:
        assert label("Calculator", calc.name, "vi") != label("Calculator", calc.name, "en")
        assert label("CalculatorMethod", calc.name, "en")
        for spec in calc.inputs:
            for lang in ("vi", "en"):
                assert field_label("calculator", spec.name, lang) != spec.name.replace("_", " ")
    outputs = {
        out.name
        for out in run("steam_leak", {**STEAM, "boiler_efficiency": (80, "%"), "fuel_calorific_value": (40, "MJ/kg")})
    }
    for name in outputs:
        assert label("CalculatorOutput", name, "vi")
    assert calculator("lighting").input("power_after").shown == "W"


@pytest.mark.parametrize("calc", CALCULATORS, ids=lambda calc: calc.name)
@given(data=st.data())
@settings(max_examples=150, deadline=None)
def test_any_numbers_give_a_finite_result_or_a_refusal(calc: Any, data: st.DataObject) -> None:
    """Hostile input: any numbers at all, in each input's own unit, give finite figures or a
    ValidationError with a message code, never another error."""
    numbers = st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(min_value=-10.0, max_value=1000.0),
        st.sampled_from([0.0, 1.0, 100.0, 1e-300, 1e300]),
    )
    given_inputs = {
        spec.name: (data.draw(numbers, label=spec.name), spec.shown)
        for spec in calc.inputs
        if data.draw(st.booleans(), label=f"give {spec.name}") or (spec.default is None and not spec.optional)
    }
    try:
        outputs = run(calc.name, given_inputs)
    except ValidationError as error:
        assert error.why is not None
        return
    assert all(math.isfinite(out.value) for out in outputs)
