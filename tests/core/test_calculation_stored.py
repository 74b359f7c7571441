"""The calculation an option keeps: written as JSON and read back exactly, damaged JSON
refused, the saving chosen from the result, and the calculator chosen for an option."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cpdesk.core.calculators import choice
from cpdesk.core.calculators.catalogue import CALCULATORS
from cpdesk.core.calculators.stored import Calculation, GivenInput, compute
from cpdesk.core.errors import ValidationError

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def _lighting(price: float | None = 2000.0) -> Calculation:
    inputs = {
        "fixtures_before": GivenInput(100, "1"),
        "power_before": GivenInput(46, "W"),
        "fixtures_after": GivenInput(100, "1"),
        "power_after": GivenInput(18, "W"),
        "operating_hours": GivenInput(4000, "h", "assessment.operating_hours"),
    }
    return compute("lighting", inputs, now=NOW, price=price)


def test_lighting_saving_and_its_price() -> None:
    calc = _lighting()
    # 100 × (46 − 18) W = 2.8 kW; × 4 000 h = 11 200 kWh; × 2 000 VND/kWh = 22 400 000 VND
    assert calc.saving is not None
    assert (calc.saving.carrier, calc.saving.unit) == ("electricity", "kWh")
    assert calc.saving.quantity == pytest.approx(11_200.0)
    assert calc.annual_savings == pytest.approx(22_400_000.0)
    assert _lighting(None).annual_savings is None


def test_json_round_trip_is_exact() -> None:
    calc = _lighting()
    assert Calculation.from_json(calc.to_json()) == calc
    assert calc.same_result(Calculation.from_json({**calc.to_json(), "computed_at": "2027-01-01T00:00:00+00:00"}))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"calculator": "flux_capacitor"}, "flux_capacitor"),
        ({"inputs": []}, "inputs"),
        ({"outputs": [{"name": "x", "value": "NaN", "unit": ""}]}, "value"),
        ({"computed_at": "2026-12-07T09:30:00"}, "time zone"),
        ({"fuel": "water"}, "fuel"),
        ({"saving": {"output": "x", "carrier": "moonlight", "quantity": 1, "unit": "t"}}, "carrier"),
        ({"stale": "steam_pressure"}, "stale"),
    ],
)
def test_damaged_json_is_refused(change: dict[str, object], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        Calculation.from_json({**_lighting().to_json(), **change})


def test_steam_priced_in_fuel_only_when_a_fuel_is_named() -> None:
    inputs = {
        "steam_pressure": GivenInput(7, "bar(g)"),
        "orifice_diameter": GivenInput(3, "mm"),
        "boiler_efficiency": GivenInput(80, "%"),
        "fuel_calorific_value": GivenInput(26.7, "GJ/t"),
    }
    with_fuel = compute("steam_leak", inputs, now=NOW, fuel="anthracite")
    without = compute("steam_leak", inputs, now=NOW)
    assert with_fuel.saving is not None and with_fuel.saving.carrier == "anthracite"
    assert without.saving is not None and (without.saving.carrier, without.saving.unit) == ("steam", "t")
    with pytest.raises(ValidationError) as refused:
        compute("steam_leak", inputs, now=NOW, fuel="electricity")
    assert refused.value.field == "fuel"


def test_sizing_calculators_save_nothing_by_themselves() -> None:
    inputs = {
        "real_power": GivenInput(400, "kW"),
        "present_power_factor": GivenInput(0.75, "1"),
        "target_power_factor": GivenInput(0.95, "1"),
    }
    assert compute("power_factor", inputs, now=NOW).saving is None


def test_every_calculator_has_its_saving_rule_and_suggestions_name_real_calculators() -> None:
    names = {calc.name for calc in CALCULATORS}
    assert set(choice.SAVING_OUTPUTS) == names
    for listed in (*choice.BY_TYPE.values(), *choice.BY_CATEGORY.values()):
        assert set(listed) <= names


def test_the_type_comes_before_the_category() -> None:
    assert choice.suggested("good_housekeeping", "stm.pipe.insul")[:2] == ("pipe_insulation", "steam_leak")
    assert choice.suggested("by_product") == ()
    all_names = tuple(calc.name for calc in CALCULATORS)
    ordered = choice.ordered(all_names, "technology_change")
    assert ordered[0] == "lighting" and sorted(ordered) == sorted(all_names)


def test_results_are_shown_to_four_significant_figures_in_the_readers_notation() -> None:
    from cpdesk.core.numbers import format_significant

    assert format_significant(17.826379, "vi") == "17,83"
    assert format_significant(40_001_083.9, "vi") == "40.001.084"
    assert format_significant(40_001_083.9, "en") == "40,001,084"
    assert format_significant(0.0012345, "en") == "0.001234"
    assert format_significant(0.0, "en") == "0"
