# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""Guided mode: the 18 tasks by step with their guide and checks, go to the screen or the
record, marking done refused with the reasons, on and off remembered per assessment."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.core.method_guide import guide  # noqa: E402
from cpdesk.core.vocabulary import TaskStatus, TeamRole  # noqa: E402
from cpdesk.gui.progress_panel import GUIDED_PAGE, LIST_PAGE  # noqa: E402
from cpdesk.services.assessment import assessments, guidance
from cpdesk.services.assessment import records as workbench_queries  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401


def statuses(window) -> dict[int, TaskStatus]:
    return {t.task_no: t.status for t in workbench_queries.task_progress(window.wb.db, window.current_assessment())}


def guided(qtbot, window):
    panel = window.progress
    panel.guided_action.trigger()
    assert panel.pages.currentIndex() == GUIDED_PAGE
    return panel.guided


def test_guided_mode_is_remembered_per_assessment_and_in_the_view_menu(qtbot, demo_window) -> None:
    window = demo_window
    key = window.current_assessment()
    panel = window.progress
    assert panel.pages.currentIndex() == LIST_PAGE  # an auditor starts with the list
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and panel.guided_action in a.menu().actions()
    )
    assert window.progress_dock.toggleViewAction() in view_menu.actions()
    guided(qtbot, window)
    assert guidance.guided_mode(window.wb.db, key) is True
    panel.set_assessment(None)
    panel.set_assessment(key)
    assert panel.pages.currentIndex() == GUIDED_PAGE
    assert panel.guided_action.isChecked()
    panel.guided_action.trigger()
    assert guidance.guided_mode(window.wb.db, key) is False
    assert panel.pages.currentIndex() == LIST_PAGE


def test_a_trainee_starts_guided(qtbot, demo_window) -> None:
    window = demo_window
    window.wb.prefs.role = "trainee"
    window.progress.set_assessment(window.current_assessment())
    assert window.progress.pages.currentIndex() == GUIDED_PAGE


def test_tasks_by_step_with_progress_bars_and_the_guide(qtbot, demo_window) -> None:
    window = demo_window
    view = guided(qtbot, window)
    window.progress.reload()  # with the balance checks now (opening leaves them to the background)
    tree = view.tree
    assert [tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount())] == [3, 4, 2, 4, 3, 2]
    progress = guidance.progress(window.wb.db, window.current_assessment())
    assert [view.step_bars[s.step_no].value() for s in progress.steps] == [s.done for s in progress.steps]
    assert [view.step_bars[s.step_no].maximum() for s in progress.steps] == [3, 4, 2, 4, 3, 2]
    # The first task that does not count as done is current: task 4 (a compressor with no output).
    assert view.current_task() == 4
    view.select_task(5)
    assert view.purpose.text() == guide(5).purpose["vi"]
    assert all(item in view.worksheet.text() for item in guide(5).items("vi")[:2])
    texts = [view.findings.item(i).text() for i in range(view.findings.count())]
    assert texts[0] == "✗ 4 trên 63 dòng chưa có số đo."
    assert texts[1].startswith("⚠ Cân bằng năng lượng của Máy nén khí chênh lệch 100,0 %")
    assert view._items[5].text(0).startswith("✗ 5.")
    assert view._items[1].text(0).startswith("✓ 1.")
    qtbot.mouseClick(view.go, Qt.MouseButton.LeftButton)
    assert window.workspace.current_key() == "balances"


def test_marking_done_is_refused_while_a_blocking_check_fails(qtbot, demo_window) -> None:
    window = demo_window
    view = guided(qtbot, window)
    view.select_task(4)
    assert statuses(window)[4] == TaskStatus.DONE  # the demo marked it done; a check fails
    qtbot.mouseClick(view.done, Qt.MouseButton.LeftButton)  # reopen
    assert statuses(window)[4] == TaskStatus.IN_PROGRESS
    window.progress.reload()
    assert view.done.text() == "Mark task done"
    qtbot.mouseClick(view.done, Qt.MouseButton.LeftButton)
    assert statuses(window)[4] == TaskStatus.IN_PROGRESS
    assert "Công đoạn Máy nén khí không có dòng ra." in view.refusal.text()
    # Task 17 has no check: it is marked done, through the undo stack.
    view.select_task(17)
    qtbot.mouseClick(view.done, Qt.MouseButton.LeftButton)
    assert statuses(window)[17] == TaskStatus.DONE
    assert view.refusal.text() == ""
    window.wb.undo_stack.undo()
    assert statuses(window)[17] == TaskStatus.NOT_STARTED


def test_a_finding_opens_its_record(qtbot, demo_window) -> None:
    window = demo_window
    view = guided(qtbot, window)
    view.select_task(4)
    item = view.findings.item(0)
    finding = item.data(Qt.ItemDataRole.UserRole + 2)
    assert finding.subject.entity == "process_step"
    assert finding.subject.name == "Máy nén khí"
    view.findings.itemClicked.emit(item)
    assert window.workspace.current_key() == "process_steps"
    section = window.workspace.sections["process_steps"]
    assert str(section.table.current_row().id) == finding.subject.id


def test_an_edit_refreshes_the_guide_in_the_background(qtbot, demo_window) -> None:
    window = demo_window
    view = guided(qtbot, window)
    detail = assessments.show_assessment(window.wb.db, window.current_assessment())
    for leader in [m for m in detail.team if m.role == TeamRole.LEADER]:
        window.wb.update("team_member", leader.id, {"role": "member"})
    qtbot.waitUntil(lambda: view._items[1].text(0).startswith("✗ 1."), timeout=10_000)
    view.select_task(1)
    assert view.findings.item(0).text() == "✗ Đội SXSH chưa có đội trưởng."
    assert view.step_bars[1].value() == 2


def test_every_task_is_done_in_a_section_of_the_workspace(qtbot, demo_window) -> None:
    from cpdesk.core.method_guide import TASK_SECTIONS

    assert set(TASK_SECTIONS.values()) <= set(demo_window.workspace.titles())


def test_opening_shows_the_quick_checks_at_once_and_the_balance_checks_when_they_arrive(qtbot, demo_window) -> None:
    """Opening an assessment does not wait for the two balances to be reconciled."""
    window = demo_window
    panel = window.progress
    key = window.current_assessment()
    panel.set_assessment(None)
    panel.set_assessment(key)

    def balance_findings() -> list[str]:
        return [f.code for f in panel.findings.get(5, ()) if f.code.startswith("balance")]

    assert panel.findings.get(5)  # "4 of 63 streams have no reading" at once
    assert not balance_findings()
    qtbot.waitUntil(lambda: bool(balance_findings()), timeout=30000)
    full = guidance.progress(window.wb.db, key).task(5).findings
    assert [f.code for f in panel.findings[5]] == [f.code for f in full]
