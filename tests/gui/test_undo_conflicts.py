"""An undo or a redo that would write over a colleague's newer change asks what an edit asks:
reload, mine anyway, or merge field by field; and the undo stack stays consistent after each
answer.

Trần Thị B works in a window; Nguyễn Văn A changes the same option on another connection to
the same database after B's edit (or B's undo). B's undo (redo) carries the version it left the
record at, so it is refused whether or not B's screen has heard of A's change. The question is
answered programmatically (its ``exec`` replaced by a choice; an unexpected question fails the
test, tests/gui/conftest.py). On SQLite and PostgreSQL (the ``workspaces`` fixture).
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.services import editing  # noqa: E402
from cpdesk.services.assessment import options  # noqa: E402
from cpdesk.services.editing import Update  # noqa: E402
from tests.gui.shared_fixtures import answer, b_window, option_of, two_people  # noqa: E402

TITLE = "Thu hồi nước ngưng"
MY_TITLE = "Thu hồi nước ngưng lò hơi"


@pytest.fixture
def shared(qtbot, workspaces):
    """B's window on an assessment with two options, and A's connection to the same database."""
    with two_people(workspaces) as (mine, theirs, a):
        first = options.add_option(mine, a.id, title=TITLE, category="good_housekeeping", investment=150e6, code="O1")
        second = options.add_option(
            mine, a.id, title="Cách nhiệt đường ống", category="equipment_modification", code="O2"
        )
        with b_window(qtbot, mine, a.id) as window:
            yield window, theirs, first.id, second.id


def _now(window, option_id) -> tuple[str, float | None]:
    option = option_of(window, option_id)
    return option.title, option.investment


def _stack(window) -> tuple[int, int]:
    """The undo stack's steps and the index (the steps done)."""
    stack = window.wb.undo_stack
    return stack.count(), stack.index()


def _edit_both_fields(window, option) -> None:
    """B's edit: the title and the investment (150 000 000 -> 200 000 000) in one step."""
    window.wb.update(Entity.OPTION, option, {"title": MY_TITLE, "investment": 200e6})


def test_an_undo_answered_reload_keeps_theirs_and_drops_the_step(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.edit_choice import Choice

    window, theirs, option, other = shared
    section = window.show_section("options")
    window.wb.update(Entity.OPTION, other, {"title": "Cách nhiệt đường ống hơi"})  # an earlier step
    window.wb.update(Entity.OPTION, option, {"investment": 200e6})
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6}))
    asked = answer(monkeypatch, Choice.RELOAD)
    step = window.wb.undo_stack.undoText()
    window.wb.undo_stack.undo()
    assert len(asked) == 1
    question = asked[0]
    assert "Nguyễn Văn A đã sửa Vốn đầu tư từ 200.000.000 VND thành 180.000.000 VND lúc " in question.said.text()
    # worded for an undo, naming the step; the button too
    assert step and question.question.text().startswith(f"“Undo {step}” was not carried out")
    assert question.mine_button.text() == "Undo anyway"
    rows = [[question.fields.item(r, c).text() for c in range(3)] for r in range(question.fields.rowCount())]
    assert rows == [["Vốn đầu tư", "150.000.000 VND", "180.000.000 VND"]]  # the undo's value, theirs
    assert option_of(window, option).investment == 180e6  # theirs stands
    qtbot.waitUntil(lambda: section.options.rows[0].investment == 180e6, timeout=2000)  # and is shown
    # the refused undo left the stack: the earlier step is the one done, nothing to redo
    assert _stack(window) == (1, 1) and not window.wb.undo_stack.canRedo()
    window.wb.undo_stack.undo()  # Ctrl+Z goes on to the earlier step, without asking
    assert len(asked) == 1 and option_of(window, other).title == "Cách nhiệt đường ống"
    assert _stack(window) == (1, 0)
    assert option_of(window, option).investment == 180e6


def test_an_undo_answered_mine_anyway_and_its_redo_comes_back_to_the_present(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.edit_choice import Choice

    window, theirs, option, _other = shared
    _edit_both_fields(window, option)
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6}))
    asked = answer(monkeypatch, Choice.MINE)
    window.wb.undo_stack.undo()
    assert len(asked) == 1
    assert _now(window, option) == (TITLE, 150e6)  # undone over their change
    assert _stack(window) == (1, 0) and window.wb.undo_stack.canRedo()
    history = editing.record_history(window.wb.db, Entity.OPTION, option)
    assert history[0].person == "Trần Thị B" and history[1].person == "Nguyễn Văn A"
    # Redo puts back the record as it was just before the undo: A's 180 000 000, not B's
    # 200 000 000, which A's change had replaced; no question, every version since is B's.
    window.wb.undo_stack.redo()
    assert len(asked) == 1
    assert _now(window, option) == (MY_TITLE, 180e6)
    assert _stack(window) == (1, 1)
    window.wb.undo_stack.undo()  # and back again
    assert len(asked) == 1 and _now(window, option) == (TITLE, 150e6)


def test_an_undo_merged_field_by_field_writes_the_fields_kept(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.edit_choice import Choice

    window, theirs, option, _other = shared
    _edit_both_fields(window, option)
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6, "description": "Đã báo giá"}))
    asked = answer(monkeypatch, Choice.MERGE, {"title": "mine", "investment": "theirs"})
    window.wb.undo_stack.undo()
    assert len(asked) == 1
    labels = [asked[0].fields.item(r, 0).text() for r in range(asked[0].fields.rowCount())]
    assert len(labels) == 2 and "Vốn đầu tư" in labels
    # the undo's title; A's investment and A's description, which the undo did not touch
    now = option_of(window, option)
    assert (now.title, now.investment, now.description) == (TITLE, 180e6, "Đã báo giá")
    assert _stack(window) == (1, 0)
    # The redo undoes only what the merge wrote: the title comes back, the investment stays
    # A's (B's 200 000 000, given up in the merge, is not written back).
    window.wb.undo_stack.redo()
    assert len(asked) == 1
    now = option_of(window, option)
    assert (now.title, now.investment, now.description) == (MY_TITLE, 180e6, "Đã báo giá")
    assert _stack(window) == (1, 1)


def test_a_merge_that_keeps_all_of_theirs_drops_the_undo(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.edit_choice import Choice

    window, theirs, option, _other = shared
    window.wb.update(Entity.OPTION, option, {"investment": 200e6})
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6}))
    answer(monkeypatch, Choice.MERGE, {"investment": "theirs"})
    window.wb.undo_stack.undo()
    assert option_of(window, option).investment == 180e6
    assert _stack(window) == (0, 0)


def test_a_redo_over_a_colleagues_change_asks_and_merges(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.edit_choice import Choice

    window, theirs, option, _other = shared
    _edit_both_fields(window, option)
    window.wb.undo_stack.undo()  # B's own edit, nobody else's since: no question
    assert _now(window, option) == (TITLE, 150e6)
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6}))
    asked = answer(monkeypatch, Choice.MERGE, {"title": "mine", "investment": "theirs"})
    step = window.wb.undo_stack.redoText()
    window.wb.undo_stack.redo()
    assert len(asked) == 1
    question = asked[0]
    assert step and question.question.text().startswith(f"“Redo {step}” was not carried out")
    assert question.mine_button.text() == "Redo anyway"
    rows = {question.fields.item(r, 0).text(): question.fields.item(r, 1).text() for r in range(2)}
    assert rows["Vốn đầu tư"] == "200.000.000 VND"  # what the redo would write
    assert _now(window, option) == (MY_TITLE, 180e6)
    assert _stack(window) == (1, 1)
    # the undo of the merged redo gives back the title only, without asking
    window.wb.undo_stack.undo()
    assert len(asked) == 1 and _now(window, option) == (TITLE, 180e6)
    # A changes it again: the redo, checked against the version the undo left, asks again;
    # reload drops it, and nothing is left to redo
    editing.apply(theirs, Update(Entity.OPTION, option, {"title": "Tên của A"}))
    asked = answer(monkeypatch, Choice.RELOAD)
    window.wb.undo_stack.redo()
    assert len(asked) == 1
    assert _now(window, option) == ("Tên của A", 180e6)
    assert _stack(window) == (0, 0) and not window.wb.undo_stack.canRedo()
