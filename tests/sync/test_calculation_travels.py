"""An option's savings calculation travels with the option: its JSON, the basis of its annual
savings and of each saving are columns of the records, written and read back exactly; a
bundle from before they existed brings none (typed figures, no calculation)."""

from __future__ import annotations

from datetime import UTC, datetime

from cpdesk.core.calculators.stored import Calculation, GivenInput, compute
from cpdesk.sync.records import table_codec
from tests.sync.assessment_rows import small_assessment


def _calculation() -> Calculation:
    inputs = {
        "steam_pressure": GivenInput(7.0, "bar(g)", "stream.pressure:8c4a3f52-7a55-4a4e-9d53-2d8f0f0c1b6e"),
        "orifice_diameter": GivenInput(3.0, "mm"),
        "operating_hours": GivenInput(6000.0, "h", "assessment.operating_hours"),
        "boiler_efficiency": GivenInput(80.0, "%"),
        "fuel_calorific_value": GivenInput(26.7, "GJ/t", "fuel.ncv:anthracite"),
    }
    now = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
    return compute("steam_leak", inputs, now=now, fuel="anthracite", price=3_000_000.0)


def test_the_calculation_travels_with_the_option() -> None:
    rows = small_assessment("field-device")
    codec = table_codec("cp_option")
    calc = _calculation()
    option = dict(rows["option"], calculation=calc.to_json(), savings_basis="calculated")
    coded = codec.encode(option)
    back = codec.decode(coded, None)
    assert back["savings_basis"] == "calculated"
    assert Calculation.from_json(back["calculation"]) == calc  # every figure, to the last bit
    saving = table_codec("option_saving")
    assert "basis" in saving.column_names


def test_an_older_bundle_brings_typed_figures_and_no_calculation() -> None:
    rows = small_assessment("field-device")
    codec = table_codec("cp_option")
    coded = codec.encode(dict(rows["option"], calculation=None, savings_basis="typed"))
    for column in ("calculation", "savings_basis"):
        del coded[column]  # written before the columns existed (revision 0009)
    back = codec.decode(coded, None, fill_missing=True)
    assert (back["calculation"], back["savings_basis"]) == (None, "typed")
