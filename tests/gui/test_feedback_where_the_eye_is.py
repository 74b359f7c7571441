# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""Feedback where the eye is: a refusal names the field it is about and puts the cursor
there, and the quick entry finds a stream typed without its accents."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cpdesk.core.errors import ValidationError  # noqa: E402
from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.errors import describe  # noqa: E402
from cpdesk.gui.models.base import ERROR_FRAME, ERROR_ROLE  # noqa: E402
from cpdesk.services.assessment import guidance  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, type_text  # noqa: E402, F401


def test_a_missing_value_names_its_field(qapp, english_afterwards) -> None:
    i18n.install("vi")
    error = ValidationError("measurement", "value", None, "is required")
    assert describe(error) == "Giá trị đo: cần nhập giá trị"
    assert describe(ValidationError("", "", "", "must not be empty")) == "cần nhập giá trị"


def test_quick_entry_focuses_the_field_a_refusal_is_about(qtbot, demo_window, english_afterwards) -> None:
    i18n.install("vi")
    demo_window.record_reading()
    form = demo_window.quick_entry
    form.stream.setCurrentIndex(1)
    assert form.current_stream() is not None
    form.unit.setEditText("m3/h")
    form.unit.setFocus()
    qtbot.keyClicks(form.value, "-5")
    assert not form.save()
    assert "Giá trị đo" in form.message.text()  # which field, in words
    assert form.focusWidget() is form.value  # and the cursor is there


def test_quick_entry_finds_a_stream_typed_without_accents(qtbot, demo_window) -> None:
    demo_window.record_reading()
    form = demo_window.quick_entry
    names = [form.stream.itemText(i) for i in range(form.stream.count())]
    well = next(name for name in names if name.startswith("Nước giếng"))
    form.stream.setFocus()
    type_text(form.stream.lineEdit(), "nuoc gieng")
    completer = form.stream.completer()
    assert completer.popup().isVisible()
    offered = completer.popup().model()
    shown = [offered.index(i, 0).data() for i in range(offered.rowCount())]
    assert well in shown  # offered in the list as the navigator would
    assert all("giếng" in name.casefold() for name in shown)
    popup = completer.popup()
    popup.setCurrentIndex(offered.index(shown.index(well), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.stream.currentText() == well  # picked from the list
    assert form.current_stream().name == well
    form.stream.setEditText(well.casefold().replace("ư", "u").replace("ớ", "o").replace("ế", "e"))
    assert form.current_stream() is not None
    assert form.current_stream().name == well  # typed without accents, it is the stream


def test_a_refused_cell_shows_the_stored_value_and_says_why(qtbot, demo_window) -> None:
    streams = demo_window.show_section("streams")
    well = next(r for r in streams.stream_table.model.rows if r.name.startswith("Nước giếng"))
    streams.stream_table.select(well.id)
    table = streams.reading_table
    qtbot.waitUntil(lambda: table.model.rowCount() > 0)
    model, reading = table.model, table.model.rows[0]
    cell = model.index(0, model.column_of("value"))
    stored = cell.data(Qt.ItemDataRole.DisplayRole)
    assert not model.setData(cell, "2.57")  # a decimal point in Vietnamese notation
    assert cell.data(Qt.ItemDataRole.DisplayRole) == stored  # the cell shows what is stored
    assert cell.data(Qt.ItemDataRole.EditRole) == model.edit_text(reading, model.columns[cell.column()])
    reason = cell.data(ERROR_ROLE)
    assert "2.57" in reason and "2,57" in reason  # what was typed, and what to type
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == reason
    assert demo_window.statusBar().currentMessage() == reason  # where the eye is
    # The mark shows on the selected cell too: a red frame over the selection's colour.
    view_cell = table.proxy.mapFromSource(cell)
    table.view.setCurrentIndex(view_cell)
    table.view.selectRow(view_cell.row())
    assert table.view.selectionModel().isSelected(view_cell)
    image = table.view.viewport().grab(table.view.visualRect(view_cell)).toImage()
    edge = [image.pixelColor(x, y) for x in range(image.width()) for y in (0, image.height() - 1)]
    assert sum(1 for colour in edge if colour == ERROR_FRAME) > image.width()


def test_the_header_and_the_progress_bar_give_the_guides_count(qtbot, demo_window) -> None:
    key = demo_window.current_assessment()
    counted = guidance.progress(demo_window.wb.db, key)
    assert counted.marked_done > counted.done  # the demo has tasks marked done whose checks fail
    panel = demo_window.progress
    qtbot.waitUntil(lambda: panel.bar.toolTip() != "", timeout=10_000)
    assert panel.bar.value() == counted.done  # the count `cpdesk guide` gives
    header = demo_window.workspace.header
    qtbot.waitUntil(lambda: f"{counted.done} of 18 tasks done" in header.text(), timeout=10_000)
    assert f"{counted.marked_done} of 18 tasks done" not in header.text()
    more = counted.marked_done - counted.done
    assert f"{more} more marked done" in header.text()  # and what the other number means


def test_a_new_step_comes_in_view_selected_with_its_name_being_typed(qtbot, demo_window) -> None:
    section = demo_window.show_section("flow_chart")
    chart = section.chart
    qtbot.waitUntil(lambda: len(chart.steps) > 3)
    before = set(chart.steps)
    section.add_step()
    (new,) = set(chart.steps) - before
    item = chart.steps[new]
    visible = chart.mapToScene(chart.viewport().rect()).boundingRect()
    assert visible.contains(item.sceneBoundingRect())  # in view, not below the chart
    assert chart.mapFromScene(item.sceneBoundingRect()).boundingRect().width() >= 100  # big enough to read
    assert [i for i in chart.scene().selectedItems()] == [item]  # selected, alone
    editor = chart.name_editor
    assert editor is not None and editor.isVisible()
    assert editor.hasFocus() or QApplication.focusWidget() is editor
    assert editor.selectedText() == item.step.name  # typing replaces "New step"
    editor.setText("Giặt lại")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: chart.steps[new].step.name == "Giặt lại")
    assert chart.name_editor is None or not chart.name_editor.isVisible()


def test_the_first_start_shows_a_splash_with_progress(qtbot, tmp_path, monkeypatch) -> None:
    from cpdesk.gui import start_splash
    from cpdesk.gui.app import Shell
    from cpdesk.gui.preferences import Preferences

    seen: list[tuple[float, bool]] = []
    shown = start_splash.StartSplash.show_progress

    def recorded(splash, fraction: float) -> None:
        shown(splash, fraction)
        seen.append((fraction, splash.isVisible()))

    monkeypatch.setattr(start_splash.StartSplash, "show_progress", recorded)
    shell = Shell(QApplication.instance(), Preferences(user_name="Lan"))
    monkeypatch.setattr(shell.prefs, "save", lambda: None)
    assert shell.open(str(tmp_path / "first.sqlite"))
    qtbot.addWidget(shell.window)
    assert len(seen) >= 3  # the demo is written in parts, each one shown
    assert all(visible for _fraction, visible in seen)
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)  # forward only
    assert seen[-1][0] == 1.0
    assert shell.splash is None or not shell.splash.isVisible()  # gone once the window is there
    seen.clear()
    assert shell.open(str(tmp_path / "first.sqlite"))  # the file exists: no demo, no splash
    qtbot.addWidget(shell.window)
    assert seen == []
    shell.window.close()
    shell.workbench.db.close()


def test_a_form_names_the_field_it_refused_in_the_status_bar(qtbot, demo_window, english_afterwards) -> None:
    i18n.install("vi")
    overview = demo_window.show_section("overview")
    overview.title_edit.setFocus()
    overview.title_edit.clear()
    overview.title_edit.editingFinished.emit()
    said = demo_window.statusBar().currentMessage()
    assert (
        "cần nhập giá trị" in said
        and describe(ValidationError("assessment", "title", "", "must not be empty")).split(":")[0] in said
    )  # the field, by its name
    assert "cần nhập giá trị" in overview.title_edit.toolTip()
