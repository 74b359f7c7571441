# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""A new assessment holds nothing: every section says what belongs there and offers the action
that adds it; the empty state goes with the first record and comes back with an undo. The
demo assessment shows none of them."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from cpdesk.gui.main_window import MainWindow  # noqa: E402
from cpdesk.gui.widgets.empty_state import EmptyState  # noqa: E402
from cpdesk.services.assessment import assessments, attachments, flow  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, make_workbench, wait_for_jobs  # noqa: E402, F401

SECTIONS = (
    "overview",
    "team",
    "process_steps",
    "flow_chart",
    "streams",
    "balances",
    "waste_costs",
    "options",
    "implementation",
    "attachments",
    "loggers",
)


@pytest.fixture
def empty_window(qtbot, db):
    """The main window on a new assessment with nothing in it."""
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    created = assessments.create_assessment(db, company_id=company.id, title="SXSH mới", exchange_rate=25_000)
    window = MainWindow(make_workbench(db))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.navigator.reload()
    window.open_item("assessment", created.id)
    yield window
    window.close()


def shown_empty_state(section) -> EmptyState | None:
    shown = [e for e in section.findChildren(EmptyState) if e.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def click_empty_action(qtbot, window, key: str):
    section = window.show_section(key)
    qtbot.waitUntil(lambda: shown_empty_state(section) is not None, timeout=2000)
    state = shown_empty_state(section)
    assert state.label.text()
    assert state.button.isVisible() and state.button.text()
    qtbot.mouseClick(state.button, Qt.MouseButton.LeftButton)
    return section


def current_key(window) -> str:
    return window.workspace.current_section().key


@pytest.mark.parametrize("key", ["team", "process_steps", "waste_costs", "options"])
def test_a_table_section_adds_its_first_row_and_an_undo_empties_it_again(qtbot, empty_window, key) -> None:
    window = empty_window
    section = click_empty_action(qtbot, window, key)
    qtbot.waitUntil(lambda: shown_empty_state(section) is None)
    tables = [t for t in (getattr(section, n, None) for n in ("table", "waste_table")) if t is not None]
    table = tables[0]
    assert table.model.rowCount() == 1
    assert table.view.state() == table.view.State.EditingState  # the new row's name is being typed
    table.view.closePersistentEditor(table.view.currentIndex())
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: shown_empty_state(section) is not None)
    assert table.model.rowCount() == 0


def test_the_flow_chart_adds_its_first_step(qtbot, empty_window) -> None:
    window = empty_window
    section = click_empty_action(qtbot, window, "flow_chart")
    qtbot.waitUntil(lambda: len(section.chart.steps) == 1)
    assert shown_empty_state(section) is None
    assert section.chart.isVisible()
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: shown_empty_state(section) is not None)


@pytest.mark.parametrize(
    ("key", "target"),
    [
        ("overview", "team"),
        ("streams", "process_steps"),
        ("balances", "process_steps"),
        ("implementation", "options"),
    ],
)
def test_a_section_fed_by_another_opens_it_with_a_new_record(qtbot, empty_window, key, target) -> None:
    window = empty_window
    click_empty_action(qtbot, window, key)
    assert current_key(window) == target
    shown = window.workspace.current_section()
    qtbot.waitUntil(lambda: shown.table.model.rowCount() == 1)
    assert shown_empty_state(shown) is None


def test_streams_once_there_are_steps_add_a_stream(qtbot, empty_window) -> None:
    window = empty_window
    window.show_section("process_steps").add_step()
    section = click_empty_action(qtbot, window, "streams")
    qtbot.waitUntil(lambda: section.streams.rowCount() == 1)
    assert shown_empty_state(section) is None


def test_attachments_offer_to_add_a_photo(qtbot, empty_window, tmp_path, monkeypatch) -> None:
    window = empty_window
    photo = tmp_path / "đồng hồ.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    assert image.save(str(photo))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(photo)], ""))
    section = click_empty_action(qtbot, window, "attachments")
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    assert shown_empty_state(section) is None
    assert section.view.isVisible()
    wait_for_jobs(qtbot)
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: shown_empty_state(section) is not None)
    assert attachments.list_attachments(window.wb.db, window.current_assessment()) == []


def test_loggers_offer_to_import_a_file(qtbot, empty_window, monkeypatch) -> None:
    from cpdesk.gui.loggers import import_dialog

    opened = []

    def exec_(dialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(import_dialog.LoggerImportDialog, "exec", exec_)
    click_empty_action(qtbot, empty_window, "loggers")
    assert len(opened) == 1


def test_an_empty_balance_shows_no_empty_percentage_and_no_empty_sankey(qtbot, empty_window) -> None:
    window = empty_window
    db, key = window.wb.db, window.current_assessment()
    section = window.show_section("balances")
    assert shown_empty_state(section) is not None
    assert not section.summary.isVisible()
    # A step and a stream not yet measured: the figures show, without "( %)" or a title over nothing.
    step = flow.add_process_step(db, key, name="Nhuộm")
    flow.add_stream(db, key, name="Nước giếng", kind="water", carrier="water", target_step_id=step.id)
    section.source = type(section.source)(db, key)
    section.refresh()
    assert shown_empty_state(section) is None
    assert "( %" not in section.summary.text()
    assert "%5" not in section.summary.text()
    qtbot.wait(50)
    if section.plots.sankey is not None:
        assert section.plots.sankey.title.text == ""


def test_the_demo_assessment_shows_no_empty_state(qtbot, demo_window) -> None:
    window = demo_window
    # The demo carries no files and no logger series: those two say so.
    for key in [k for k in SECTIONS if k not in ("attachments", "loggers")]:
        section = window.show_section(key)
        wait_for_jobs(qtbot)
        qtbot.wait(20)  # a widget put into a shown layout is shown on the next turn of the loop
        assert shown_empty_state(section) is None, key
    section = window.show_section("loggers")
    qtbot.waitUntil(lambda: shown_empty_state(section) is not None, timeout=2000)
