"""Two workbenches on one database, each on a connection of its own (two people at the
centre, or two windows): an edit in one shows in the other within about a second, a cell
being typed in is not thrown away by the reload, and an undo over the other's newer change
asks first (what each answer does to the undo stack: tests/gui/test_undo_conflicts.py)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.services.assessment import assessments, companies, options  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402
from tests.watching import sees_the_change  # noqa: E402


@pytest.fixture
def two_windows(qtbot, workspaces):
    from cpdesk.gui.main_window import MainWindow

    first = workspaces("shared")
    second = open_workspace(first.url)
    company = companies.create_company(first, name="Công ty Dệt Thử", sector="textile", province="Bình Dương")
    a = assessments.create_assessment(
        first, company_id=company.id, title="Đánh giá thử", currency="VND", exchange_rate=24_000
    )
    option = options.add_option(first, a.id, title="Thu hồi nước ngưng", category="good_housekeeping")
    windows = []
    for db, name in ((first, "Nguyễn Văn A"), (second, "Trần Thị B")):
        workbench = make_workbench(db)
        workbench.prefs.user_name = name
        # a question the test did not expect must fail it, never wait for a click
        workbench.decide = _unexpected_question
        window = MainWindow(workbench)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.open_item("assessment", a.id)
        windows.append(window)
    yield windows, option.id
    for window in windows:
        window.wb.stop_watching()
        window.close()
    second.close()


def _unexpected_question(conflict, operations, text, step) -> object:
    raise AssertionError(f"asked unexpectedly before {text!r} ({step}): {conflict}")


def _titles(window) -> list[str]:
    model = window.show_section("options").table.model
    return [row.title for row in model.rows]


def _title_now(window) -> str:
    return assessments.show_assessment(window.wb.db, window.current_assessment()).options[0].title


def test_an_edit_in_one_window_shows_in_the_other_within_a_second(qtbot, two_windows) -> None:
    (one, other), option = two_windows
    assert _titles(other) == ["Thu hồi nước ngưng"]
    heard = []
    other.wb.changed.connect(heard.append)
    one.wb.update(Entity.OPTION, option, {"title": "Thu hồi nước ngưng lò hơi"})
    qtbot.waitUntil(lambda: bool(heard), timeout=2500)  # the look is once a second
    assert option in heard[0].ids
    qtbot.waitUntil(lambda: _titles(other) == ["Thu hồi nước ngưng lò hơi"], timeout=1000)  # reloaded
    # the window that made the edit heard it from its own editor only, not from the watch
    assert one.wb.look_for_changes() is False


def test_an_undo_over_a_colleagues_newer_change_asks_first(qtbot, two_windows, monkeypatch) -> None:
    from cpdesk.gui.edit_choice import Choice, Decision, Step

    (one, other), option = two_windows
    one.wb.update(Entity.OPTION, option, {"title": "Tên của A"})
    sees_the_change(qtbot, other)  # B's screen shows A's change before B edits
    other.wb.update(Entity.OPTION, option, {"title": "Tên của B"})
    asked = []

    def reload(conflict, operations, text, step):
        asked.append((conflict, step))
        return Decision(Choice.RELOAD)

    monkeypatch.setattr(one.wb, "decide", reload)
    one.wb.undo_stack.undo()
    assert len(asked) == 1 and "Trần Thị B" in str(asked[0][0]) and asked[0][1] is Step.UNDO
    assert _title_now(one) == "Tên của B"  # theirs kept
    monkeypatch.setattr(one.wb, "decide", lambda conflict, operations, text, step: Decision(Choice.MINE))
    sees_the_change(qtbot, one)
    one.wb.update(Entity.OPTION, option, {"title": "Tên của A lần hai"})
    sees_the_change(qtbot, other)
    other.wb.update(Entity.OPTION, option, {"title": "Tên của B lần hai"})
    one.wb.undo_stack.undo()  # the person said "undo anyway"
    assert _title_now(one) == "Tên của B"


def test_a_cell_being_typed_in_is_not_thrown_away_by_a_reload(qtbot, two_windows) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    (one, other), option = two_windows
    other.activateWindow()
    table = other.show_section("options").table
    view = table.view
    index = view.model().index(0, table.model.column_of("title"))
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: view.state() == view.State.EditingState, timeout=1000)
    one.wb.update(Entity.OPTION, option, {"investment": 5e6})
    assert other.wb.look_for_changes() is False  # the person is typing: the look waits
    assert view.state() == view.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != view.State.EditingState, timeout=1000)
    sees_the_change(qtbot, other)  # typing done: what A changed is shown now


def test_an_edit_on_a_screen_older_than_the_record_asks_before_writing_over_it(qtbot, two_windows, monkeypatch):
    from cpdesk.gui.changed_meanwhile import Choice, Decision

    (one, other), option = two_windows
    other.wb._looking.stop()  # B's screen has not looked yet when B types
    one.wb.update(Entity.OPTION, option, {"title": "Tên của A"})
    asked = []
    monkeypatch.setattr(
        other.wb, "decide", lambda conflict, ops, text, step: asked.append(conflict) or Decision(Choice.RELOAD)
    )
    other.wb.update(Entity.OPTION, option, {"title": "Tên của B"})
    assert len(asked) == 1 and str(asked[0]).startswith("Nguyễn Văn A changed")
    assert _title_now(one) == "Tên của A"  # nothing lost: A's change stands
    assert not other.wb.undo_stack.canUndo()  # B's refused edit is no step to undo
    monkeypatch.setattr(other.wb, "decide", lambda conflict, ops, text, step: Decision(Choice.MINE))
    one.wb.update(Entity.OPTION, option, {"title": "Tên của A lần hai"})
    other.wb.update(Entity.OPTION, option, {"title": "Tên của B"})  # B says: mine anyway
    assert _title_now(one) == "Tên của B"
    assert other.wb.undo_stack.canUndo()
