"""An option's savings calculation: kept with the option through the one edit path (undo
works), figures marked calculated or typed, recomputed when the assessment's figures change
and marked stale when one is gone.

The example throughout: a steam trap failed open, 3 mm orifice, on a header at 7 bar(g)
(8.013 25 bar(a)), 6 000 h a year (the assessment's), boiler 80 % on anthracite (26.7 GJ/t,
the shipped factor set's), 3 000 000 VND a tonne.
Napier: 0.247 179 kg/h per bar(a)·mm² × 8.013 25 × 3² = 17.826 kg/h; × 6 000 h = 106.96 t;
× 2 662.8 kJ/kg (steam at 8 bar(a) above water at 25 °C) = 284.81 GJ;
fuel 284.81 / (0.80 × 26.7) = 13.334 t; × 3 000 000 = 40 001 084 VND a year.
"""

from __future__ import annotations

from typing import Any

import pytest

from cpdesk.core.calculators.stored import CALCULATED, TYPED, Calculation, GivenInput
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import render
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, calculations, companies, flow, options
from cpdesk.services.assessment import records as queries
from cpdesk.services.editing import Delete, Update
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Option, OptionSaving

FUEL_T = 13.333694639685588
PRICE = 3_000_000.0


def _setup(db: Database, type_code: str | None = None) -> dict[str, Any]:
    company = companies.create_company(db, name="Dệt nhuộm Thành Công", sector="textile")
    a = assessments.create_assessment(
        db, company_id=company.id, title="Lò hơi", operating_hours_per_year=6000, exchange_rate=25_000
    )
    step = flow.add_process_step(db, a.id, name="Lò hơi")
    header = flow.add_stream(
        db, a.id, name="Ống hơi chính", kind="energy", carrier="steam", source_step_id=step.id, pressure_bar=7.0
    )
    option = options.add_option(db, a.id, code="O1", title="Sửa bẫy hơi", category="good_housekeeping")
    if type_code is not None:
        editing.apply(db, Update(Entity.OPTION, option.id, {"type_code": type_code}))
    return {"assessment": a, "stream": header, "option": option}


def _inputs(stream_id: Any) -> dict[str, GivenInput]:
    return {
        "steam_pressure": GivenInput(7.0, "bar(g)", f"stream.pressure:{stream_id}"),
        "orifice_diameter": GivenInput(3.0, "mm"),
        "operating_hours": GivenInput(6000.0, "h", calculations.OPERATING_HOURS),
        "boiler_efficiency": GivenInput(80.0, "%"),
        "fuel_calorific_value": GivenInput(26.7, "GJ/t", "fuel.ncv:anthracite"),
    }


def _option(db: Database, option_id: Any) -> tuple[Option, list[OptionSaving]]:
    with db.reading() as s:
        option = s.get(Option, option_id)
        assert option is not None
        savings = [x for x in option.savings if x.deleted_at is None]
        s.expunge_all()
        return option, savings


def _use(db: Database, setup: dict[str, Any]) -> editing.Created[Any]:
    calc = calculations.preview(
        db, setup["option"].id, "steam_leak", _inputs(setup["stream"].id), fuel="anthracite", price=PRICE
    )
    return calculations.use_calculation(db, setup["option"].id, calc)


def test_the_calculator_is_chosen_by_the_option_type_then_the_category(db: Database) -> None:
    setup = _setup(db)
    by_category = calculations.option_calculation(db, setup["option"].id)
    assert by_category.suggested[0] == "steam_leak" and "lighting" in by_category.suggested
    assert set(by_category.calculators) >= {"pump_vsd", "power_factor"}  # the others follow
    typed = _setup(db, type_code="ELE.PF.CORRECT")
    by_type = calculations.option_calculation(db, typed["option"].id)
    assert by_type.type_code == "ELE.PF.CORRECT"
    assert by_type.suggested[0] == "power_factor" and by_type.calculators[0] == "power_factor"


def test_the_assessment_offers_its_figures_for_the_inputs(db: Database) -> None:
    setup = _setup(db)
    sources = calculations.input_sources(db, setup["option"].id, "steam_leak")
    assert [c.value for c in sources["operating_hours"]] == [6000.0]
    (pressure,) = sources["steam_pressure"]
    assert (pressure.key, pressure.value, pressure.unit) == (f"stream.pressure:{setup['stream'].id}", 7.0, "bar(g)")
    assert render(pressure.label, "en") == "Pressure of stream Ống hơi chính"
    anthracite = next(c for c in sources["fuel_calorific_value"] if c.key == "fuel.ncv:anthracite")
    assert (anthracite.value, anthracite.unit) == (26.7, "GJ/t")
    assert "orifice_diameter" not in sources  # no figure of the assessment is a hole's size


def test_using_a_result_fills_the_option_marked_calculated_and_undo_takes_it_back(db: Database) -> None:
    setup = _setup(db)
    created = _use(db, setup)
    option, savings = _option(db, setup["option"].id)
    assert option.savings_basis == CALCULATED
    assert option.annual_savings == pytest.approx(FUEL_T * PRICE)  # 40 001 084 VND a year
    (saving,) = savings
    assert (saving.carrier, saving.unit, saving.basis) == ("anthracite", "t", CALCULATED)
    assert saving.quantity == pytest.approx(FUEL_T)
    kept = Calculation.from_json(option.calculation)
    assert kept.inputs["operating_hours"].source == calculations.OPERATING_HOURS
    assert kept.inputs["orifice_diameter"].source == TYPED
    assert kept.output("steam_loss") is not None and kept.output("steam_loss").value == pytest.approx(17.8264, 1e-4)

    editing.apply_all(db, created.undo)
    option, savings = _option(db, setup["option"].id)
    assert (option.calculation, option.savings_basis, option.annual_savings, savings) == (None, TYPED, 0.0, [])
    editing.apply_all(db, created.redo)
    option, savings = _option(db, setup["option"].id)
    assert option.savings_basis == CALCULATED and savings[0].basis == CALCULATED


def test_a_second_result_updates_the_saving_of_the_same_carrier_in_its_unit(db: Database) -> None:
    setup = _setup(db)
    options.add_option_saving(db, setup["option"].id, carrier="anthracite", quantity=5, unit="kg")
    _use(db, setup)
    _, savings = _option(db, setup["option"].id)
    (saving,) = savings
    assert saving.unit == "kg" and saving.quantity == pytest.approx(FUEL_T * 1000)  # 13 334 kg


def test_a_typed_figure_is_marked_typed_and_undo_brings_calculated_back(db: Database) -> None:
    setup = _setup(db)
    _use(db, setup)
    inverse = editing.apply(db, Update(Entity.OPTION, setup["option"].id, {"annual_savings": 35_000_000.0}))
    option, _ = _option(db, setup["option"].id)
    assert (option.annual_savings, option.savings_basis) == (35_000_000.0, TYPED)
    assert option.calculation is not None  # the calculation stays, to compare with
    editing.apply(db, inverse)
    option, _ = _option(db, setup["option"].id)
    assert option.savings_basis == CALCULATED and option.annual_savings == pytest.approx(FUEL_T * PRICE)


def test_a_changed_assessment_figure_recomputes_and_says_so(db: Database) -> None:
    setup = _setup(db)
    _use(db, setup)
    assert calculations.refresh(db, setup["assessment"].id) == []  # nothing changed yet
    editing.apply(db, Update(Entity.STREAM, setup["stream"].id, {"pressure_bar": 10.0}))
    (found,) = calculations.refresh(db, setup["assessment"].id)
    # 10 bar(g): fuel 18.409 t (same arithmetic at 11.013 25 bar(a)); × 3 000 000 = 55 225 748
    assert render(found.notice, "en") == (
        "The savings of option O1 were recalculated because the assessment's figures changed: "
        "40001084 → 55225748 VND a year"
    )
    calculations.refresh_now(db, setup["assessment"].id)
    option, savings = _option(db, setup["option"].id)
    assert option.annual_savings == pytest.approx(18.40858250248043 * PRICE)
    assert savings[0].quantity == pytest.approx(18.40858250248043)
    assert Calculation.from_json(option.calculation).inputs["steam_pressure"].value == 10.0


def test_a_typed_figure_stays_when_the_assessment_changes(db: Database) -> None:
    setup = _setup(db)
    _use(db, setup)
    editing.apply(db, Update(Entity.OPTION, setup["option"].id, {"annual_savings": 35_000_000.0}))
    editing.apply(db, Update(Entity.ASSESSMENT, setup["assessment"].id, {"operating_hours_per_year": 3000.0}))
    calculations.refresh_now(db, setup["assessment"].id)
    option, savings = _option(db, setup["option"].id)
    assert option.annual_savings == 35_000_000.0
    # the calculation follows (half the hours, half the fuel) but fills nothing typed
    kept = Calculation.from_json(option.calculation)
    assert kept.saving is not None and kept.saving.quantity == pytest.approx(FUEL_T / 2)
    assert savings[0].quantity == pytest.approx(FUEL_T)  # the saving's basis is still calculated ...
    assert savings[0].basis == CALCULATED  # ... but the option's figures are the person's


def test_a_deleted_assessment_figure_keeps_the_last_result_marked_stale(db: Database) -> None:
    setup = _setup(db)
    _use(db, setup)
    editing.apply(db, Delete(Entity.STREAM, setup["stream"].id))
    (found,) = calculations.refresh(db, setup["assessment"].id)
    assert render(found.notice, "en") == (
        "Option O1: the assessment no longer has a figure for Steam pressure; the last result is kept"
    )
    calculations.refresh_now(db, setup["assessment"].id)
    option, savings = _option(db, setup["option"].id)
    kept = Calculation.from_json(option.calculation)
    assert kept.stale == ("steam_pressure",)
    assert option.annual_savings == pytest.approx(FUEL_T * PRICE) and savings[0].quantity == pytest.approx(FUEL_T)
    assert calculations.refresh(db, setup["assessment"].id) == []  # told once
    with pytest.raises(ValidationError) as refused:  # a new result needs the figure again
        calculations.preview(db, setup["option"].id, "steam_leak", kept.inputs, fuel="anthracite")
    assert refused.value.field == "steam_pressure"


def test_an_impossible_input_is_refused_naming_the_field_and_nothing_is_stored(db: Database) -> None:
    setup = _setup(db)
    inputs = {**_inputs(setup["stream"].id), "orifice_diameter": GivenInput(-3.0, "mm")}
    with pytest.raises(ValidationError) as refused:
        calculations.preview(db, setup["option"].id, "steam_leak", inputs)
    assert (refused.value.entity, refused.value.field) == ("calculator", "orifice_diameter")
    with pytest.raises(ValidationError) as priced:
        calculations.preview(db, setup["option"].id, "steam_leak", _inputs(setup["stream"].id), price=-1.0)
    assert priced.value.field == "price"
    option, savings = _option(db, setup["option"].id)
    assert (option.calculation, savings) == (None, [])


def test_a_waste_stream_value_prices_the_saving_per_its_unit(db: Database) -> None:
    setup = _setup(db)
    options.add_waste_stream(
        db, setup["assessment"].id, name="Than hao hụt", annual_quantity=20, unit="kg", loss_value_per_unit=3000
    )
    (price,) = calculations.price_sources(db, setup["option"].id, "t")
    assert (price.value, price.unit) == (3_000_000.0, "t")  # 3 000 VND/kg × 1 000 kg/t
    assert calculations.price_sources(db, setup["option"].id, "kWh") == ()


def test_the_calculation_rows_of_an_assessment(db: Database) -> None:
    setup = _setup(db)
    assert calculations.calculations_of(db, setup["assessment"].id) == {}
    _use(db, setup)
    ((calc, basis),) = calculations.calculations_of(db, setup["assessment"].id).values()
    assert calc.calculator == "steam_leak" and basis == CALCULATED
    assert queries.option_savings(db, setup["assessment"].id)[0].quantity == pytest.approx(FUEL_T)


def test_a_typed_saving_quantity_stays_when_the_assessment_changes(db: Database) -> None:
    setup = _setup(db)
    _use(db, setup)
    _, (saving,) = _option(db, setup["option"].id)
    editing.apply(db, Update(Entity.OPTION_SAVING, saving.id, {"quantity": 12.0}))
    editing.apply(db, Update(Entity.ASSESSMENT, setup["assessment"].id, {"operating_hours_per_year": 3000.0}))
    calculations.refresh_now(db, setup["assessment"].id)
    option, (saving,) = _option(db, setup["option"].id)
    assert (saving.quantity, saving.basis) == (12.0, TYPED)  # the person's figure
    assert option.annual_savings == pytest.approx(FUEL_T / 2 * PRICE)  # the money still follows


def test_a_calculation_this_version_cannot_read_is_left_alone(db: Database) -> None:
    setup = _setup(db)
    _use(db, setup)
    with unit_of_work(db) as s:  # as a bundle from a newer cpdesk would bring it
        option = s.get(Option, setup["option"].id)
        assert option is not None
        option.calculation = {**option.calculation, "calculator": "feedwater_economiser"}
    assert calculations.calculations_of(db, setup["assessment"].id) == {}
    assert calculations.refresh(db, setup["assessment"].id) == []
    assert calculations.option_calculation(db, setup["option"].id).current is None


def test_returned_condensate_fills_its_fuel_and_its_water(db: Database) -> None:
    # 1 t/h at 90 °C against make-up water at 25 °C, 6 000 h, boiler 80 %, anthracite 26.7 GJ/t:
    # 76.42 t of anthracite (tests/core/test_calculators_heat.py) and 6 000 m³ of water a year.
    setup = _setup(db)
    inputs = {
        "condensate_flow": GivenInput(1.0, "t/h"),
        "condensate_temperature": GivenInput(90.0, "°C"),
        "operating_hours": GivenInput(6000.0, "h", calculations.OPERATING_HOURS),
        "boiler_efficiency": GivenInput(80.0, "%"),
        "fuel_calorific_value": GivenInput(26.7, "GJ/t", "fuel.ncv:anthracite"),
    }
    calc = calculations.preview(db, setup["option"].id, "condensate_return", inputs, fuel="anthracite", price=PRICE)
    created = calculations.use_calculation(db, setup["option"].id, calc)
    option, savings = _option(db, setup["option"].id)
    kept = {s.carrier.value: (s.quantity, s.unit, s.basis) for s in savings}
    assert kept["anthracite"][0] == pytest.approx(76.42, abs=0.01)
    assert kept["water"] == (pytest.approx(6000.0), "m³", CALCULATED)
    assert option.annual_savings == pytest.approx(76.42 * PRICE, rel=1e-4)  # the fuel is priced, the water not
    editing.apply_all(db, created.undo)
    assert _option(db, setup["option"].id)[1] == []
