# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""An assessment from scratch, driven through the real widgets: create it, add steps and
streams in the tables, enter readings in Vietnamese notation, watch the balance follow,
add and cost an option, undo and redo."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QLineEdit  # noqa: E402

from cpdesk.gui.dialogs.new_assessment import NewAssessmentDialog  # noqa: E402
from cpdesk.gui.main_window import MainWindow  # noqa: E402
from cpdesk.gui.models.base import ERROR_ROLE  # noqa: E402
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench, type_text, wait_for_jobs  # noqa: E402

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def window(qtbot, db):
    """The main window on an empty database (reference data only)."""
    catalogue.create_company(db, name="Dệt Thành Công", sector="textile", province="Nam Định")
    w = MainWindow(make_workbench(db))
    qtbot.addWidget(w)
    w.resize(1500, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def type_into_new_row(qtbot, table, text: str) -> None:
    """The Add button opened an editor on the new row: type over the default and press Enter."""
    editors = [e for e in table.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no cell editor open"
    editor = editors[0]
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def create_assessment(qtbot, window) -> object:
    dialog = NewAssessmentDialog(window.wb, parent=window)
    qtbot.addWidget(dialog)
    dialog.company.setCurrentIndex(dialog.company.findText("Dệt Thành Công"))
    dialog.title_edit.setText("SXSH nhuộm 2024")
    dialog.start.setText("2024-03-01")
    qtbot.keyClicks(dialog.rate, "2.57")  # English notation in a Vietnamese field: refused
    dialog.accept()
    assert dialog.result() == 0
    assert "25,7" not in dialog.error.text()
    assert "2,57" in dialog.error.text()
    dialog.rate.clear()
    qtbot.keyClicks(dialog.rate, "25000")
    dialog.accept()
    assert dialog.created is not None, dialog.error.text()
    window.navigator.reload()
    window.open_item("assessment", dialog.created.id)
    return dialog.created


def test_an_assessment_from_scratch(qtbot, window) -> None:
    wb = window.wb
    created = create_assessment(qtbot, window)
    assert window.current_assessment() == created.id
    assert assessments.show_assessment(wb.db, created.id).row.start_date == date(2024, 3, 1)

    # Operating hours, so that per-hour readings come to a year.
    overview = window.show_section("overview")
    overview.hours.setFocus()
    qtbot.keyClicks(overview.hours, "7.200,5")
    overview.hours.editingFinished.emit()
    assert assessments.show_assessment(wb.db, created.id).operating_hours_per_year == 7200.5
    overview.hours.clear()
    qtbot.keyClicks(overview.hours, "7,200")  # 7,2 h or an English 7 200 h: only 7 200 h is a plant's year
    overview.hours.editingFinished.emit()
    assert assessments.show_assessment(wb.db, created.id).operating_hours_per_year == 7200
    assert overview.hours.toolTip() == ""  # the plausible range settled it: nothing to say
    overview.production.setFocus()
    qtbot.keyClicks(overview.production, "1.500")  # "." groups thousands in Vietnamese: taken so, and said so
    overview.production.editingFinished.emit()
    assert assessments.show_assessment(wb.db, created.id).annual_production == 1500
    assert "1,5" in overview.production.toolTip()  # how to type the other reading

    # Process steps typed into the table.
    steps = window.show_section("process_steps")
    for name in ("Giếng khoan", "Nhuộm"):
        qtbot.mouseClick(steps.table.add_button, Qt.MouseButton.LeftButton)
        type_into_new_row(qtbot, steps.table, name)
    qtbot.waitUntil(lambda: [r.name for r in steps.model.rows] == ["Giếng khoan", "Nhuộm"])

    # Streams typed into the table: the well water in, and to dyeing.
    streams = window.show_section("streams")
    qtbot.mouseClick(streams.stream_table.add_button, Qt.MouseButton.LeftButton)
    type_into_new_row(qtbot, streams.stream_table, "Nước giếng")
    qtbot.waitUntil(lambda: any(r.name == "Nước giếng" for r in streams.streams.rows))
    well = next(r for r in streams.streams.rows if r.name == "Nước giếng")
    assert well.target == "Giếng khoan"
    assert well.source is None
    qtbot.mouseClick(streams.stream_table.add_button, Qt.MouseButton.LeftButton)
    type_into_new_row(qtbot, streams.stream_table, "Nước cho nhuộm")
    qtbot.waitUntil(lambda: any(r.name == "Nước cho nhuộm" for r in streams.streams.rows))
    dye = next(r for r in streams.streams.rows if r.name == "Nước cho nhuộm")
    model = streams.streams
    step_ids = {name: key for key, name in model.steps}
    source = streams.stream_table.source_index(dye.id, "source_step_id")
    assert not model.setData(source, step_ids["Giếng khoan"], EDIT)  # the same step at both ends
    assert "same step" in source.data(ERROR_ROLE)
    assert model.setData(streams.stream_table.source_index(dye.id, "target_step_id"), step_ids["Nhuộm"], EDIT)
    assert model.setData(source, step_ids["Giếng khoan"], EDIT)

    # Readings from the keyboard: stream, value, unit, basis, method, note, Enter.
    window.record_reading()
    form = window.quick_entry
    assert window.quick_dock.isVisible()
    type_text(form.stream.lineEdit(), "Nước giếng")
    form.stream.setCurrentIndex(form.stream.findText("Nước giếng"))
    qtbot.keyClicks(form.value, "2.57")
    qtbot.keyClick(form.value, Qt.Key.Key_Return)
    assert "2,57" in form.message.text()  # refused, with the suggestion
    assert form.value.problem
    assert "2,57" in form.value.toolTip()
    assert assessments.show_assessment(wb.db, created.id).measurements == ()
    form.value.clear()
    qtbot.keyClicks(form.value, "62,5")
    form.unit.setEditText("m3/h")
    qtbot.keyClick(form.value, Qt.Key.Key_Return)
    assert form.value.text() == ""
    assert "62,5" in form.message.text()
    form.stream.setCurrentIndex(form.stream.findText("Nước cho nhuộm"))
    qtbot.keyClicks(form.value, "93.200")
    form.unit.setEditText("m3")
    form.basis.setCurrentIndex(form.basis.findData("per_year"))
    type_text(form.note, "đồng hồ tổng")
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    readings = assessments.show_assessment(wb.db, created.id).measurements
    assert sorted((m.value, m.unit) for m in readings) == [(62.5, "m³/h"), (93200.0, "m³")]
    assert "93,2" in form.message.text()  # the other reading, and how to type it
    assert {m.author for m in readings} == {"Lan"}
    assert any(m.note == "đồng hồ tổng" for m in readings)

    # The balance follows: 62,5 m³/h × 7 200 h = 450 000 m³ into the plant.
    balances = window.show_section("balances")
    qtbot.waitUntil(lambda: balances.report is not None)
    assert balances.report.measured.plant.total_in == pytest.approx(450_000)
    assert "450.000" in balances.summary.text()
    with qtbot.waitSignal(balances.updated, timeout=5000):
        form.choose_stream(well.id)
        qtbot.keyClicks(form.value, "50")
        form.unit.setEditText("m3/h")
        qtbot.keyClick(form.value, Qt.Key.Key_Return)
    # Two readings of the well now: their mean, 56,25 m³/h, over the year.
    assert balances.report.measured.plant.total_in == pytest.approx(56.25 * 7200)

    # Undo the last reading: the balance goes back; redo brings it again.
    with qtbot.waitSignal(balances.updated, timeout=5000):
        window.actions["undo"].trigger()
    assert balances.report.measured.plant.total_in == pytest.approx(450_000)
    with qtbot.waitSignal(balances.updated, timeout=5000):
        window.actions["redo"].trigger()
    assert balances.report.measured.plant.total_in == pytest.approx(56.25 * 7200)

    # Reconcile in the background: the progress dialog, then the reconciled view.
    balances.reconcile()
    wait_for_jobs(qtbot)
    assert balances.reconciled.isChecked()
    assert balances.report.reconciliation is not None

    # An option, costed in the table; its payback follows.
    options = window.show_section("options")
    qtbot.mouseClick(options.table.add_button, Qt.MouseButton.LeftButton)
    type_into_new_row(qtbot, options.table, "Sửa rò rỉ van")
    qtbot.waitUntil(lambda: any(r.title == "Sửa rò rỉ van" for r in options.options.rows))
    option = next(r for r in options.options.rows if r.title == "Sửa rò rỉ van")
    model = options.options
    investment = options.table.source_index(option.id, "investment")
    assert not model.setData(investment, "12.500.000,5.0", EDIT)
    assert model.index(investment.row(), investment.column()).data(ERROR_ROLE)
    assert model.setData(investment, "12.500.000", EDIT)
    assert model.setData(options.table.source_index(option.id, "annual_savings"), "5.000.000", EDIT)
    qtbot.waitUntil(lambda: options.appraisals.rowCount() == 1)
    qtbot.waitUntil(lambda: options.appraisals.index(0, 2).data() == "2,5")
    options.table.select(option.id)
    options.saving_carrier.setCurrentIndex(options.saving_carrier.findData("water"))
    qtbot.keyClicks(options.saving_quantity, "1.200")
    qtbot.keyClick(options.saving_quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: options.savings.rowCount() == 1)
    assert options.savings.row(0).quantity == 1200
    assert options.savings.row(0).unit == "m³"

    # Undo walks back through all of it, across sections; redo all comes back.
    stack = wb.undo_stack
    done = stack.index()
    while stack.canUndo():
        stack.undo()
    assert assessments.list_assessments(wb.db) == []
    while stack.canRedo():
        stack.redo()
    assert stack.index() == done
    detail = assessments.show_assessment(wb.db, created.id)
    assert [s.name for s in detail.steps] == ["Giếng khoan", "Nhuộm"]
    assert len(detail.measurements) == 3
    assert detail.options[0].investment == 12_500_000


def test_the_chart_and_the_tables_edit_the_same_plant(qtbot, window) -> None:
    """Steps and streams added in the flow chart show in the tables, and one undo stack walks
    back through chart and table edits alike."""
    from cpdesk.core.vocabulary import Carrier, StreamKind
    from cpdesk.gui.flowchart.dialogs import StreamDraft

    created = create_assessment(qtbot, window)
    wb = window.wb
    chart_section = window.show_section("flow_chart")
    chart = chart_section.chart
    chart_section.add_step()  # the tool bar's "Add step"
    boiler = chart.add_step("Lò hơi")
    assert boiler is not None
    steps = window.show_section("process_steps")
    qtbot.waitUntil(lambda: {r.name for r in steps.model.rows} == {"New step", "Lò hơi"})
    new_step = next(r for r in steps.model.rows if r.name == "New step")
    assert steps.model.setData(steps.table.source_index(new_step.id, "name"), "Nhuộm", EDIT)  # renamed in the table
    window.show_section("flow_chart")
    qtbot.waitUntil(lambda: {s.step.name for s in chart.steps.values()} == {"Nhuộm", "Lò hơi"})
    dyeing = next(k for k, item in chart.steps.items() if item.step.name == "Nhuộm")
    stream = chart.add_stream(StreamDraft("Hơi cho nhuộm", StreamKind.ENERGY, Carrier.STEAM, boiler, dyeing))
    assert stream is not None
    streams = window.show_section("streams")
    qtbot.waitUntil(lambda: [r.name for r in streams.streams.rows] == ["Hơi cho nhuộm"])
    row = streams.streams.rows[0]
    assert (row.source, row.target) == ("Lò hơi", "Nhuộm")
    stack = wb.undo_stack
    stack.undo()  # the chart's stream
    assert assessments.show_assessment(wb.db, created.id).streams == ()
    stack.undo()  # the table's rename
    assert {s.name for s in assessments.show_assessment(wb.db, created.id).steps} == {"New step", "Lò hơi"}
    stack.redo()
    stack.redo()
    detail = assessments.show_assessment(wb.db, created.id)
    assert {s.name for s in detail.steps} == {"Nhuộm", "Lò hơi"}
    assert [s.name for s in detail.streams] == ["Hơi cho nhuộm"]
