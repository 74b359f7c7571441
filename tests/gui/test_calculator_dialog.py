# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The savings calculator form of an option: inputs typed in the user's notation or taken from
the assessment, a live result, a message naming an impossible field, "Use this result" kept
as one undoable step, the options section following the assessment, and the form fitting a
1366×768 screen. The example is tests/services/test_option_calculations.py's: a failed trap,
3 mm, on a 7 bar(g) header, 6 000 h, boiler 80 %, anthracite 26.7 GJ/t: 13.334 t a year."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.core.calculators.stored import CALCULATED, TYPED  # noqa: E402
from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.gui.sections.calculator_dialog import CalculatorDialog  # noqa: E402
from cpdesk.store.models import Option  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402
from tests.services.test_option_calculations import FUEL_T, _setup  # noqa: E402


def _option(db, option_id):
    with db.reading() as s:
        option = s.get(Option, option_id)
        return option.annual_savings, option.savings_basis, option.calculation


@pytest.fixture
def form(qtbot, db):
    setup = _setup(db)
    wb = make_workbench(db, "en", "vi")  # English words, Vietnamese numbers
    dialog = CalculatorDialog(wb, setup["option"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, setup, wb


def _fill_trap(dialog, setup) -> None:
    rows = dialog.rows
    rows["steam_pressure"].choose(f"stream.pressure:{setup['stream'].id}")
    rows["orifice_diameter"].number.setText("3")
    rows["boiler_efficiency"].number.setText("80")
    dialog.fuel.setCurrentIndex(dialog.fuel.findData("anthracite"))
    dialog.price.setText("3.000.000")


def test_the_steam_calculator_comes_first_and_takes_the_assessments_figures(form) -> None:
    dialog, setup, _ = form
    assert dialog.name == "steam_leak" and dialog.chooser.currentText().startswith("★")
    hours = dialog.rows["operating_hours"]
    assert hours.number.text() == "6000" and hours.number.isReadOnly()  # the assessment's, followed
    _fill_trap(dialog, setup)
    assert dialog.rows["steam_pressure"].number.text() == "7"
    assert dialog.rows["fuel_calorific_value"].unit.currentText() == "GJ/t"
    text = dialog.outputs.text()
    assert "13,33" in text  # 13.334 t of anthracite a year, in Vietnamese notation
    assert "40.001.084" in text  # × 3 000 000 VND/t
    assert dialog.price_unit.text() == "VND/t" and dialog.use_button.isEnabled()


def test_units_are_chosen_per_field(form) -> None:
    dialog, setup, _ = form
    _fill_trap(dialog, setup)
    before = dialog.result.saving.quantity
    dialog.rows["orifice_diameter"].number.setText("0,1181")  # the same hole in inches
    dialog.rows["orifice_diameter"].unit.setEditText("in")
    assert dialog.result.saving.quantity == pytest.approx(before, rel=1e-3)


def test_an_impossible_input_is_named_and_nothing_can_be_kept(form) -> None:
    dialog, setup, _ = form
    _fill_trap(dialog, setup)
    dialog.rows["boiler_efficiency"].number.setText("120")
    assert dialog.problem.text().startswith("Boiler efficiency:")
    assert not dialog.use_button.isEnabled() and dialog.outputs.text() == ""
    assert "background" in dialog.rows["boiler_efficiency"].number.styleSheet()
    dialog.rows["boiler_efficiency"].number.setText("2.57")  # English notation in a Vietnamese field
    assert "Boiler efficiency" in dialog.problem.text()


def test_use_this_result_fills_the_option_and_undo_takes_it_back(form, db) -> None:
    dialog, setup, wb = form
    _fill_trap(dialog, setup)
    dialog.use_button.click()
    savings, basis, calculation = _option(db, setup["option"].id)
    assert basis == CALCULATED and savings == pytest.approx(FUEL_T * 3_000_000)
    assert calculation["inputs"]["operating_hours"]["source"] == "assessment.operating_hours"
    wb.undo_stack.undo()
    assert _option(db, setup["option"].id) == (0.0, TYPED, None)


def test_the_pump_form_fits_a_small_screen_and_draws_its_curves(form) -> None:
    dialog, _, _ = form
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("pump_vsd"))
    for name, text in (
        ("design_flow", "100"),
        ("design_head", "40"),
        ("static_head", "15"),
        ("shutoff_head", "55"),
        ("pump_efficiency", "75"),
        ("motor_efficiency", "92"),
        ("duty_flow_1", "80"),
        ("duty_hours_1", "4000"),
    ):
        dialog.rows[name].number.setText(text)
    assert dialog.plot.shown == "pump_vsd" and dialog.use_button.isEnabled()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 60  # the window's frame and the task bar
    dialog.rows["static_head"].number.setText("60")  # above the shut-off head
    assert dialog.problem.text().startswith("System static head:")


def test_the_options_section_opens_the_form_and_follows_the_assessment(qtbot, db) -> None:
    from cpdesk.gui.main_window import MainWindow
    from tests.services.test_option_calculations import _use

    setup = _setup(db)
    _use(db, setup)
    window = MainWindow(make_workbench(db, "en", "vi"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_item("assessment", setup["assessment"].id)
    section = window.show_section("options")
    qtbot.waitUntil(lambda: "Savings calculated" in section.calculations.note.text())
    from PySide6.QtCore import Qt

    model = section.options
    column = next(n for n, c in enumerate(model.columns) if c.key == "annual_savings")
    tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert "Calculated by the option's calculation" in tip
    saving = section.savings
    quantity = next(n for n, c in enumerate(saving.columns) if c.key == "quantity")
    assert "Calculated" in saving.data(saving.index(0, quantity), Qt.ItemDataRole.ToolTipRole)
    window.wb.update(Entity.STREAM, setup["stream"].id, {"pressure_bar": 10.0})
    qtbot.waitUntil(lambda: section.calculations.told.isVisible(), timeout=5000)
    assert "were recalculated" in section.calculations.told.text()
    assert _option(db, setup["option"].id)[0] == pytest.approx(18.40858250248043 * 3_000_000)


def test_the_option_form_opens_the_calculator_and_shows_the_kept_result(qtbot, db) -> None:
    from cpdesk.gui.sections.option_dialog import OptionDialog
    from cpdesk.services.assessment import assessments

    setup = _setup(db)
    wb = make_workbench(db, "en", "vi")
    (row,) = assessments.show_assessment(db, setup["assessment"].id).options
    form = OptionDialog(wb, row, "VND")
    qtbot.addWidget(form)
    form.show()
    form.calculate_button.click()
    calculator = form.findChild(CalculatorDialog)
    assert calculator is not None and calculator.isVisible()
    _fill_trap(calculator, setup)
    calculator.use_button.click()
    assert form.savings.text() == "40001083,9191"  # the kept result, every digit, ready to be retyped
    assert form.changes() == {}  # nothing left for the form to write


def test_every_calculator_form_fits_a_small_screen_and_offers_units(form) -> None:
    from cpdesk.core.calculators.catalogue import CALCULATORS
    from cpdesk.gui.sections.calculator_dialog import UNIT_CHOICES

    dialog, _, _ = form
    for calc in CALCULATORS:
        dialog.chooser.setCurrentIndex(dialog.chooser.findData(calc.name))
        assert dialog.name == calc.name and set(dialog.rows) == {spec.name for spec in calc.inputs}
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768 - 60, calc.name  # the longest: 17 inputs
        for spec in calc.inputs:
            assert spec.unit in UNIT_CHOICES, (calc.name, spec.name)
            assert dialog.rows[spec.name].unit.count() >= 1


def test_undo_gets_past_a_recalculation_to_the_edit_that_caused_it(qtbot, db) -> None:
    from cpdesk.gui.main_window import MainWindow
    from tests.services.test_option_calculations import PRICE, _use

    setup = _setup(db)
    _use(db, setup)
    window = MainWindow(make_workbench(db, "en", "vi"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_item("assessment", setup["assessment"].id)
    section = window.show_section("options")
    stack = window.wb.undo_stack
    window.wb.update(Entity.STREAM, setup["stream"].id, {"pressure_bar": 10.0})
    qtbot.waitUntil(lambda: stack.count() == 2)  # the edit, then "Recalculate savings"
    stack.undo()  # the recalculation
    qtbot.wait(200)
    assert stack.count() == 2 and stack.index() == 1  # not recalculated again: the redo is kept
    assert "recalculated after your next edit" in section.calculations.told.text()
    stack.undo()  # the pressure
    qtbot.wait(200)
    assert stack.index() == 0 and _option(db, setup["option"].id)[0] == pytest.approx(FUEL_T * PRICE)


def test_the_price_may_be_a_waste_streams_value_lost(form, db) -> None:
    from cpdesk.services.assessment import options

    dialog, setup, _ = form
    waste = options.add_waste_stream(
        db, setup["assessment"].id, name="Than hao hụt", annual_quantity=20, unit="kg", loss_value_per_unit=3000
    )
    _fill_trap(dialog, setup)
    dialog.price.clear()
    assert dialog.price_source.isVisibleTo(dialog) and dialog.price_source.count() == 2
    dialog.price_source.setCurrentIndex(1)  # 3 000 VND/kg = 3 000 000 VND/t
    assert dialog.price.isReadOnly() and "40.001.084" in dialog.outputs.text()
    dialog.use_button.click()
    calculation = _option(db, setup["option"].id)[2]
    assert (calculation["price"], calculation["price_source"]) == (3_000_000.0, f"waste.value:{waste.id}")


def test_an_electricity_saving_takes_the_factor_set_price_and_typing_overrides_it(qtbot, db) -> None:
    from tests.services.test_carrier_prices import KEY
    from tests.services.test_carrier_prices import _option as lighting_option

    option = lighting_option(db)
    wb = make_workbench(db, "en", "vi")
    dialog = CalculatorDialog(wb, option.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("lighting"))
    rows = dialog.rows
    for name, value in (("fixtures_before", "100"), ("power_before", "36"), ("fixtures_after", "100")):
        rows[name].number.setText(value)
    rows["power_after"].number.setText("18")
    # 5 400 kWh a year at EVN's 2 006,79 VND/kWh (the shipped factor set) = 10 836 666 VND
    assert dialog.price_source.currentData() == KEY and dialog.price.isReadOnly()
    assert dialog.price_source.currentText().startswith("factor set IPCC 2006 defaults + Vietnam grid, EVN")
    assert "10.836.666" in dialog.outputs.text()
    dialog.price_source.setCurrentIndex(dialog.price_source.findData(TYPED))
    dialog.price.setText("1.800")
    assert not dialog.price.isReadOnly() and "9.720.000" in dialog.outputs.text()  # 5 400 × 1 800
    dialog.use_button.click()
    calculation = _option(db, option.id)[2]
    assert (calculation["price"], calculation["price_source"]) == (1800.0, TYPED)


def test_a_power_factor_correction_shows_the_tariff_charge_it_avoids(qtbot, db) -> None:
    from tests.services.test_carrier_prices import _option as lighting_option

    option = lighting_option(db)
    dialog = CalculatorDialog(make_workbench(db, "en", "vi"), option.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.pf_charge.isVisibleTo(dialog)
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("power_factor"))
    assert dialog.pf_charge.isVisibleTo(dialog)
    dialog.rows["real_power"].number.setText("400")
    dialog.rows["present_power_factor"].number.setText("0,8")
    dialog.rows["target_power_factor"].number.setText("0,95")
    assert "Type the bill" in dialog.pf_charge.answer.text()
    # Circular 15/2014/TT-BCT: k 12.5 % at cos φ 0.80, 0 from 0.9: 12.5 % of 1 000 000 000 VND
    dialog.pf_charge.bill.setText("1.000.000.000")
    text = dialog.pf_charge.answer.text()
    assert "125.000.000" in text and "12,50 % of the bill before, 0,00 % after" in text
    assert "15/2014/TT-BCT" in text
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("lighting"))
    assert not dialog.pf_charge.isVisibleTo(dialog)


def test_use_this_result_keeps_the_power_factor_charge_as_the_annual_savings(qtbot, db) -> None:
    from tests.services.test_carrier_prices import _option as lighting_option

    option = lighting_option(db)
    wb = make_workbench(db, "en", "vi")
    dialog = CalculatorDialog(wb, option.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("power_factor"))
    dialog.rows["real_power"].number.setText("400")
    dialog.rows["present_power_factor"].number.setText("0,8")
    dialog.rows["target_power_factor"].number.setText("0,95")
    dialog.pf_charge.bill.setText("1.000.000.000")
    assert "keeps it as the option&#x27;s annual savings" in dialog.pf_charge.answer.text()
    dialog.use_button.click()
    # 12.5 % of 1 000 000 000 VND (cos φ 0.80 → 0.95, Circular 15/2014/TT-BCT)
    savings, basis, calculation = _option(db, option.id)
    assert (savings, basis) == (pytest.approx(125_000_000.0), CALCULATED)
    assert calculation["charge"]["bill"] == 1_000_000_000.0
    again = CalculatorDialog(wb, option.id)  # the kept bill is shown again
    qtbot.addWidget(again)
    assert again.pf_charge.bill.value() == 1_000_000_000.0
    wb.undo_stack.undo()
    assert _option(db, option.id)[2] is None


def test_the_boiler_efficiency_the_assessment_keeps_is_the_forms_default(qtbot, db) -> None:
    from cpdesk.services import editing
    from cpdesk.services.assessment.calculation_sources import BOILER_EFFICIENCY

    setup = _setup(db)
    editing.apply(db, editing.Update(Entity.ASSESSMENT, setup["assessment"].id, {"boiler_efficiency_pct": 80.0}))
    dialog = CalculatorDialog(make_workbench(db, "en", "vi"), setup["option"].id)
    qtbot.addWidget(dialog)
    efficiency = dialog.rows["boiler_efficiency"]
    assert efficiency.source.currentData() == BOILER_EFFICIENCY and efficiency.number.isReadOnly()
    assert efficiency.number.text() == "80" and "boiler efficiency (typed)" in efficiency.source.currentText()
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("fuel_switch"))
    assert dialog.rows["present_efficiency"].source.currentData() == BOILER_EFFICIENCY
    assert dialog.rows["new_efficiency"].source.currentData() != BOILER_EFFICIENCY


def test_a_fuel_saving_takes_the_factor_set_price_of_its_fuel(form) -> None:
    dialog, setup, _ = form
    rows = dialog.rows
    rows["steam_pressure"].choose(f"stream.pressure:{setup['stream'].id}")
    rows["orifice_diameter"].number.setText("3")
    rows["boiler_efficiency"].number.setText("80")
    dialog.fuel.setCurrentIndex(dialog.fuel.findData("fuel_oil"))
    # FO at the ministries' ceiling of 8 January 2026, 13 403 VND/kg = 13 403 000 VND/t; the trap
    # burns 13.3337 t of anthracite × 26.7 / 40.4 = 8.8121 t of FO: 118 109 000 VND a year
    assert dialog.price_source.currentData() == "factor.price:fuel_oil" and dialog.price.isReadOnly()
    assert dialog.price.value() == 13_403_000 and "8 January 2026" in dialog.price_source.currentText()
    assert "118.10" in dialog.outputs.text()
