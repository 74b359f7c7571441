"""Table models without widgets: display in the user's notation, parsing, refusal, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cpdesk.gui.models.base import ERROR_ROLE, SORT_ROLE
from cpdesk.gui.models.flow import MeasurementModel, ProcessStepModel, StreamModel
from cpdesk.gui.models.options import AppraisalModel, OptionModel
from cpdesk.gui.preferences import Preferences
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import appraisal, assessments, flow, options
from cpdesk.services.assessment import companies as catalogue

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole
TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=15_700)
    dyeing = flow.add_process_step(db, a.id, name="Nhuộm")
    water = flow.add_stream(db, a.id, name="Nước cấp", kind="water", carrier="water", target_step_id=dyeing.id)
    flow.record_measurement(db, water.id, value=93_200, unit="m3", basis="per_year")
    return a, dyeing, water


@pytest.fixture
def workbench(db):
    return Workbench(db, Preferences(language="vi", number_locale="vi"))


def measurement_model(workbench, a, locale="vi"):
    model = MeasurementModel(workbench.update, locale, "vi")
    detail = assessments.show_assessment(workbench.db, a.id)
    model.carriers = {s.id: s.carrier for s in detail.streams}
    model.set_rows(detail.measurements)
    return model


def reload(model, workbench, a):
    model.set_rows(assessments.show_assessment(workbench.db, a.id).measurements)


def test_numbers_show_in_the_chosen_notation(workbench, plant) -> None:
    a, *_ = plant
    vi = measurement_model(workbench, a, "vi")
    en = measurement_model(workbench, a, "en")
    value = vi.column_of("value")
    assert vi.index(0, value).data(SHOW) == "93.200"
    assert en.index(0, value).data(SHOW) == "93,200"
    assert vi.index(0, value).data(EDIT) == "93200"  # the editor gets every digit, no grouping
    assert vi.index(0, vi.column_of("unit")).data(SHOW) == "m³"
    assert vi.index(0, vi.column_of("basis")).data(SHOW) == "Theo năm"
    assert vi.headerData(value, Qt.Orientation.Horizontal) == "Value"  # no translator installed here


def test_vietnamese_entry_is_stored_and_undone(workbench, plant) -> None:
    a, *_ = plant
    model = measurement_model(workbench, a)
    cell = model.index(0, model.column_of("value"))
    assert model.setData(cell, "2,57", EDIT)
    reload(model, workbench, a)
    assert model.row(0).value == 2.57
    assert model.index(0, cell.column()).data(SHOW) == "2,57"
    assert model.setData(cell, "93.200,5", EDIT)
    reload(model, workbench, a)
    assert model.row(0).value == 93200.5
    workbench.undo_stack.undo()
    workbench.undo_stack.undo()
    reload(model, workbench, a)
    assert model.row(0).value == 93200


def test_wrong_and_ambiguous_numbers_are_refused_at_the_cell(workbench, plant) -> None:
    a, dyeing, _ = plant
    model = measurement_model(workbench, a)
    cell = model.index(0, model.column_of("value"))
    assert not model.setData(cell, "2.57", EDIT)
    assert cell.data(SHOW) == "93.200"  # the value stored stays in view, marked
    assert "2,57" in cell.data(ERROR_ROLE)
    assert cell.data(TIP) == cell.data(ERROR_ROLE)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    reload(model, workbench, a)
    assert model.row(0).value == 93200  # nothing stored
    assert workbench.undo_stack.count() == 0
    # "1,000" in a whole-number column: one thousand (English grouping) or one? A step's
    # position is plausibly 1 to 999 (cpdesk.core.field_ranges), so it is step 1, unasked.
    steps = ProcessStepModel(workbench.update, "vi", "vi")
    steps.set_rows(assessments.show_assessment(workbench.db, a.id).steps)
    position = steps.index(0, steps.column_of("position"))
    assert steps.setData(position, "1,000", EDIT)
    assert position.data(ERROR_ROLE) is None
    assert steps.note_at(position) is None
    assert assessments.show_assessment(workbench.db, a.id).steps[0].position == 1
    assert model.setData(cell, "1000", EDIT)  # a valid entry clears the mark
    assert cell.data(ERROR_ROLE) is None


def test_grouping_in_the_users_notation_is_taken_and_noted(workbench, plant) -> None:
    a, *_ = plant
    model = measurement_model(workbench, a)
    cell = model.index(0, model.column_of("value"))
    assert model.setData(cell, "1.500", EDIT)  # "." groups thousands in Vietnamese
    reload(model, workbench, a)
    assert model.row(0).value == 1500
    note = model.note_at(cell)
    assert note  # how to type the other reading
    assert "1,5" in note
    assert cell.data(TIP) == note
    assert model.setData(cell, "1500,5", EDIT)  # unambiguous: the note goes
    assert model.note_at(cell) is None


def test_service_refusals_are_marked_too(workbench, plant) -> None:
    a, *_ = plant
    model = measurement_model(workbench, a)
    unit = model.index(0, model.column_of("unit"))
    assert not model.setData(unit, "kWh", EDIT)  # energy is no unit for a water stream
    assert unit.data(SHOW) == "m³"  # the unit stored
    assert "“kWh”" in unit.data(ERROR_ROLE)  # what was typed, in the reason
    assert not model.setData(unit, "furlong", EDIT)
    assert "furlong" in unit.data(ERROR_ROLE)
    assert model.setData(unit, "m3/ngày", EDIT)
    reload(model, workbench, a)
    assert model.row(0).unit == "m³/day"
    assert "m³/h" in model.index(0, unit.column()).data(Qt.ItemDataRole.UserRole + 5)  # the unit picker's list


def test_choices_flags_and_steps(workbench, plant) -> None:
    a, dyeing, water = plant
    steps = ProcessStepModel(workbench.update, "vi", "vi")
    steps.set_rows(assessments.show_assessment(workbench.db, a.id).steps)
    focus = steps.index(0, steps.column_of("is_focus"))
    assert steps.setData(focus, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert assessments.show_assessment(workbench.db, a.id).steps[0].is_focus
    streams = StreamModel(workbench.update, "vi", "vi")
    detail = assessments.show_assessment(workbench.db, a.id)
    streams.set_steps(detail.steps)
    streams.set_rows(detail.streams)
    source = streams.index(0, streams.column_of("source_step_id"))
    assert source.data(SHOW) == "(plant boundary)"
    target = streams.index(0, streams.column_of("target_step_id"))
    assert not streams.setData(target, None, EDIT)  # both ends at the boundary: refused
    assert "source or a target" in target.data(ERROR_ROLE)
    carrier = streams.index(0, streams.column_of("carrier"))
    assert streams.setData(carrier, "wastewater", EDIT)
    assert assessments.show_assessment(workbench.db, a.id).streams[0].carrier.value == "wastewater"


def test_option_money_and_appraisal(workbench, plant) -> None:
    a, *_ = plant
    options.add_option(
        workbench.db,
        a.id,
        code="O1",
        title="Bảo ôn",
        category="equipment_modification",
        investment=10_000_000,
        annual_savings=5_000_000,
        lifetime_years=5,
    )
    model = OptionModel(workbench.update, "vi", "vi", "VND")
    model.set_rows(assessments.show_assessment(workbench.db, a.id).options)
    assert model.headerData(model.column_of("investment"), Qt.Orientation.Horizontal) == "Investment, VND"
    investment = model.index(0, model.column_of("investment"))
    assert investment.data(SHOW) == "10.000.000"
    assert model.setData(investment, "12.500.000", EDIT)
    appraisals = AppraisalModel(None, "vi", "vi", "VND")
    appraisals.set_rows(appraisal.appraise_options(workbench.db, a.id))
    assert appraisals.index(0, 2).data(SHOW) == "2,5"  # 12.5 M / 5 M a year
    assert appraisals.index(0, 2).data(SORT_ROLE) == pytest.approx(2.5)
    assert not appraisals.flags(appraisals.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
