"""An edit the record changed under: the person is told who changed what and when, and chooses
reload, mine anyway, or merge field by field (the sync conflicts' table).

Trần Thị B works in a window; Nguyễn Văn A changes the same option on another connection to
the same database before B's edit reaches it (B's screen has not looked for the others'
changes yet, or B's form was open all along). The question is answered programmatically: its
``exec`` is replaced by a choice, so no modal window waits for a click (an unexpected question
fails the test, tests/gui/conftest.py).
"""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.services import editing  # noqa: E402
from cpdesk.services.assessment import flow, options  # noqa: E402
from cpdesk.services.editing import Update  # noqa: E402
from tests.gui.shared_fixtures import answer, b_window, option_of, two_people  # noqa: E402


@pytest.fixture
def shared(qtbot, workspaces):
    """B's window on the option, and A's connection to the same database."""
    with two_people(workspaces) as (mine, theirs, a):
        option = options.add_option(
            mine, a.id, title="Thu hồi nước ngưng", category="good_housekeeping", investment=150e6, code="O1"
        )
        with b_window(qtbot, mine, a.id) as window:
            yield window, theirs, option.id, a.id


def _type_investment(window, option_id, text: str) -> None:
    table = window.show_section("options").table
    assert table.model.setData(table.source_index(option_id, "investment"), text, Qt.ItemDataRole.EditRole)


def _type_in_the_cell(qtbot, window, option_id, text: str) -> None:
    """Type into the investment's cell as a person does, and press Enter."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    table = window.show_section("options").table
    index = table.select(option_id, table.model.column_of("investment"))
    table.view.setFocus()
    table.view.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=1000)
    editor = QApplication.focusWidget()
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an editor on Enter through a queued call: let it happen
    qtbot.waitUntil(lambda: table.view.state() != table.view.State.EditingState, timeout=2000)


def test_a_table_edit_refused_names_the_change_and_reload_shows_theirs(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.changed_meanwhile import Choice

    window, theirs, option, _a = shared
    section = window.show_section("options")
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6}))
    asked = answer(monkeypatch, Choice.RELOAD)
    _type_investment(window, option, "200.000.000")
    assert len(asked) == 1
    question = asked[0]
    said = question.said.text()
    assert "Nguyễn Văn A đã sửa Vốn đầu tư từ 150.000.000 VND thành 180.000.000 VND lúc " in said
    # every change since B's screen was drawn: when, who, each field from -> to, as written
    assert "Nguyễn Văn A: Vốn đầu tư 150.000.000 VND → 180.000.000 VND" in question.theirs.text()
    rows = [[question.fields.item(r, c).text() for c in range(3)] for r in range(question.fields.rowCount())]
    assert rows == [["Vốn đầu tư", "200.000.000 VND", "180.000.000 VND"]]  # mine, theirs, as written
    assert "Nguyễn Văn A" in question.fields.horizontalHeaderItem(2).text()
    assert option_of(window, option).investment == 180e6  # theirs stands
    assert not window.wb.undo_stack.canUndo()  # nothing of mine was written
    qtbot.waitUntil(lambda: section.options.rows[0].investment == 180e6, timeout=2000)  # shown


def test_a_table_edit_refused_can_be_applied_anyway(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.changed_meanwhile import Choice

    window, theirs, option, _a = shared
    window.show_section("options")
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6}))
    asked = answer(monkeypatch, Choice.MINE)
    _type_in_the_cell(qtbot, window, option, "200.000.000")
    assert len(asked) == 1
    assert option_of(window, option).investment == 200e6
    assert window.wb.undo_stack.canUndo()
    history = editing.record_history(window.wb.db, Entity.OPTION, option)
    assert [(h.person, h.changes[0].after) for h in history[:2]] == [("Trần Thị B", 200e6), ("Nguyễn Văn A", 180e6)]
    _type_in_the_cell(qtbot, window, option, "210.000.000")  # the change asked about is not asked again
    assert len(asked) == 1 and option_of(window, option).investment == 210e6


def test_a_dialog_edit_refused_merges_field_by_field(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.changed_meanwhile import Choice

    window, theirs, option, _a = shared
    section = window.show_section("options")
    section.table.select(option)
    form = section.edit_option()
    form.title.setText("Thu hồi nước ngưng lò hơi")
    form.investment.setText("200.000.000")
    window.wb.look_for_changes()  # the screens keep looking while the form is open
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6, "description": "Đã báo giá"}))
    window.wb.look_for_changes()  # ... and have seen A's change: the form's version still tells
    asked = answer(monkeypatch, Choice.MERGE, {"investment": "theirs", "title": "mine"})
    form.accept()
    assert len(asked) == 1
    labels = [asked[0].fields.item(r, 0).text() for r in range(asked[0].fields.rowCount())]
    assert len(labels) == 2 and "Vốn đầu tư" in labels  # the title and the investment, by their labels
    assert form.result() == form.DialogCode.Accepted
    now = option_of(window, option)
    # mine: the title; theirs: the investment, and A's description, which B did not touch
    assert (now.title, now.investment, now.description) == ("Thu hồi nước ngưng lò hơi", 180e6, "Đã báo giá")
    assert window.wb.undo_stack.canUndo()


def test_a_merge_that_keeps_all_of_theirs_writes_nothing(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.changed_meanwhile import Choice

    window, theirs, option, _a = shared
    section = window.show_section("options")
    section.table.select(option)
    form = section.edit_option()
    form.investment.setText("200.000.000")
    editing.apply(theirs, Update(Entity.OPTION, option, {"investment": 180e6}))
    answer(monkeypatch, Choice.MERGE, {"investment": "theirs"})
    form.accept()
    assert option_of(window, option).investment == 180e6
    assert not window.wb.undo_stack.canUndo()


def test_the_flow_chart_asks_the_same_question(qtbot, shared, monkeypatch) -> None:
    from cpdesk.gui.changed_meanwhile import Choice
    from cpdesk.gui.flowchart.dialogs import StepDraft
    from cpdesk.gui.flowchart.view import FlowChartView

    window, theirs, _option_id, a = shared
    step = flow.add_process_step(window.wb.db, a, name="Nhuộm")
    view = FlowChartView(window.wb, a)
    qtbot.addWidget(view)
    view.message_boxes = False

    def ask_step(draft, editing_existing=False):
        # A renames the step while B's step dialog is open
        editing.apply(theirs, Update(Entity.PROCESS_STEP, step.id, {"name": "Nhuộm vải"}))
        return StepDraft("Nhuộm sợi", draft.description, draft.is_focus)

    monkeypatch.setattr(view, "ask_step", ask_step)
    asked = answer(monkeypatch, Choice.RELOAD)
    view.edit_step(step.id)
    assert len(asked) == 1 and "Nguyễn Văn A" in asked[0].said.text()
    assert [s.name for s in flow.load_chart(window.wb.db, a).steps] == ["Nhuộm vải"]


def test_the_training_records_ask_the_same_question(qtbot, shared, monkeypatch) -> None:
    from cpdesk.core.training_vocabulary import CourseKind
    from cpdesk.gui.changed_meanwhile import Choice
    from cpdesk.gui.training.records import TrainingRecordsDialog
    from cpdesk.services.training import courses as training

    window, theirs, _option_id, _a = shared
    course = training.create_course(
        window.wb.db, kind=CourseKind.SKILLS_COURSE, title="Kỹ năng đánh giá SXSH", start_date=date(2004, 7, 12)
    )
    dialog = TrainingRecordsDialog(window.wb)
    qtbot.addWidget(dialog)
    editing.apply(theirs, Update(Entity.COURSE, course.id, {"title": "Kỹ năng đánh giá SXSH (nâng cao)"}))
    asked = answer(monkeypatch, Choice.MINE)
    model = dialog.courses.model
    index = model.index(model.index_of(course.id).row(), model.column_of("title"))
    assert model.setData(index, "Đánh giá SXSH cơ bản", Qt.ItemDataRole.EditRole)
    assert len(asked) == 1 and "Nguyễn Văn A" in asked[0].said.text()
    assert training.list_courses(window.wb.db)[0].title == "Đánh giá SXSH cơ bản"
