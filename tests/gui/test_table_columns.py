# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The tables' key columns come first, the others are shown or hidden from the header's menu
(remembered per table), and a text cut short by its column is whole in its tooltip."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QHelpEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolTip  # noqa: E402

from cpdesk.gui.main_window import MainWindow  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, make_workbench  # noqa: E402, F401


def header_titles(table) -> list[str]:
    header = table.view.horizontalHeader()
    model = table.model
    return [
        model.headerData(header.logicalIndex(v), Qt.Orientation.Horizontal)
        for v in range(header.count())
        if not table.view.isColumnHidden(header.logicalIndex(v))
    ]


def test_the_key_columns_come_first_and_stay_first_after_a_reload(demo_window) -> None:
    table = demo_window.show_section("options").table
    model = table.model
    key = [model.headerData(model.column_of(k), Qt.Orientation.Horizontal) for k in ("code", "title", "investment")]
    savings = model.headerData(model.column_of("annual_savings"), Qt.Orientation.Horizontal)
    assert header_titles(table)[:4] == [*key, savings]
    rows = list(model.rows)
    model.set_rows([])  # another list of rows resets the model
    model.set_rows(rows)
    assert header_titles(table)[:3] == key
    assert len(header_titles(table)) == model.columnCount()  # nothing hidden until chosen


def test_a_column_hidden_from_the_header_menu_stays_hidden_in_a_new_window(qtbot, demo_window, demo_db) -> None:
    table = demo_window.show_section("options").table
    model = table.model
    category = model.column_of("category")
    title = model.headerData(category, Qt.Orientation.Horizontal)
    menu = table.columns.menu()
    entries = {a.text(): a for a in menu.actions()}
    assert list(entries)[:2] == header_titles(table)[:2]
    assert all(a.isCheckable() and a.isChecked() for a in entries.values())
    entries[title].setChecked(False)
    assert table.view.isColumnHidden(category)
    assert title not in header_titles(table)

    window = MainWindow(make_workbench(demo_db))
    qtbot.addWidget(window)
    again = window.show_section("options").table
    assert again.view.isColumnHidden(category)
    assert {a.text(): a.isChecked() for a in again.columns.menu().actions()}[title] is False
    again.columns.show_column(category, True)
    assert not again.view.isColumnHidden(category)
    window.close()


def test_the_last_column_shown_cannot_be_hidden(demo_window) -> None:
    table = demo_window.show_section("team").table
    for column in range(1, table.model.columnCount()):
        table.columns.show_column(column, False)
    actions = [a for a in table.columns.menu().actions() if a.isChecked()]
    assert len(actions) == 1 and not actions[0].isEnabled()


def test_a_text_cut_short_shows_whole_in_its_tooltip(qtbot, demo_window) -> None:
    table = demo_window.show_section("options").table
    view = table.view
    column = table.model.column_of("title")
    view.setColumnWidth(column, 60)
    index = table.proxy.index(0, column)
    text = index.data()
    assert view.fontMetrics().horizontalAdvance(text) > 60  # cut short, "…" at its end
    at = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text().startswith(text)

    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    code = table.model.column_of("code")
    view.resizeColumnToContents(code)
    at = view.visualRect(table.proxy.index(0, code)).center()
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))
    assert not QToolTip.isVisible()  # a code shown whole needs no tooltip
