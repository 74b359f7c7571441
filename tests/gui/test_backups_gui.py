"""Backups in the workbench: the menus, Deleted items, Restore from backup (one assessment and
whole), the automatic copies' notes and the settings."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: E402

from cpdesk.core.backup_rotation import RotationPolicy  # noqa: E402
from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.gui.backups import menu as backup_menu  # noqa: E402
from cpdesk.gui.backups.settings_box import BackupSettingsBox  # noqa: E402
from cpdesk.gui.navigator import HOME  # noqa: E402
from cpdesk.services import backups  # noqa: E402
from cpdesk.services.assessment import assessments  # noqa: E402
from cpdesk.services.backups.copies import BackupSettings  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, wait_for_jobs  # noqa: E402, F401
from tests.services.test_backups import FillingOutput  # noqa: E402


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: Any) -> list[str]:
    """A message box would wait for a click that never comes: record its text instead."""
    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _parent, _title, text, *_a: shown.append(text)))
    return shown


def live_ids(db: Any) -> set[Any]:
    return {a.id for a in assessments.list_assessments(db)}


def test_the_menus_hold_restore_from_backup_and_deleted_items(demo_window: Any) -> None:  # noqa: F811
    file_menu = demo_window.menuBar().actions()[0].menu()
    edit_menu = demo_window.menuBar().actions()[1].menu()
    keys = [a for a in file_menu.actions() if not a.isSeparator()]
    assert keys.index(demo_window.actions["restore_backup"]) == keys.index(demo_window.actions["settings"]) - 1
    assert demo_window.actions["deleted_items"] in edit_menu.actions()


def test_deleted_items_brings_an_assessment_back_and_undo_deletes_it_again(
    demo_window: Any,  # noqa: F811
    qtbot: Any,
) -> None:
    wb = demo_window.wb
    victim = sorted(live_ids(wb.db))[0]
    wb.delete(Entity.ASSESSMENT, [victim])
    assert victim not in live_ids(wb.db)
    dialog = backup_menu.open_deleted_items(demo_window)
    assert dialog.current() == victim
    dialog.bring_back()
    assert victim in live_ids(wb.db)
    assert demo_window.current_assessment() == victim
    demo_window.open_item(HOME, None)
    wb.undo_stack.undo()
    assert victim not in live_ids(wb.db)


def test_one_deleted_assessment_restored_from_a_copy_opens(
    demo_window: Any,  # noqa: F811
    qtbot: Any,
    monkeypatch: Any,
) -> None:
    wb = demo_window.wb
    victim = sorted(live_ids(wb.db))[1]
    backups.backup_database(wb.db)
    wb.delete(Entity.ASSESSMENT, [victim])
    wb.undo_stack.clear()  # the undo is gone: only the copy can bring it back
    dialog = backup_menu.open_restore(demo_window)
    assert dialog.model.rowCount() == 1 and dialog.one.isEnabled()
    assert dialog.model.data(dialog.model.index(0, dialog.model.ASSESSMENTS)) == str(len(live_ids(wb.db)) + 1)
    found = backups.copy_contents(dialog.current())
    chosen = next(a for a in found if a.id == victim)
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(lambda _p, _t, _l, names, *_a: (next(n for n in names if n.startswith(chosen.title)), True)),
    )
    if len([a for a in found if a.title == chosen.title]) > 1:
        dialog._choose_assessment(dialog.current(), [chosen])
    else:
        dialog.restore_one()
    wait_for_jobs(qtbot)
    assert victim in live_ids(wb.db)
    assert demo_window.current_assessment() == victim
    assert not wb.undo_stack.canUndo()


def test_a_whole_restore_reopens_the_window_on_the_restored_database(
    demo_window: Any,  # noqa: F811
    qtbot: Any,
    no_modal_boxes: list[str],
) -> None:
    wb = demo_window.wb
    before = live_ids(wb.db)
    copy = backups.backup_database(wb.db).copy
    wb.delete(Entity.ASSESSMENT, sorted(before)[:3])
    reopened: list[str] = []
    demo_window.database_requested.connect(reopened.append)
    assert backup_menu.restore_whole(demo_window, copy), no_modal_boxes
    assert reopened == [str(wb.db.path)]
    db = open_workspace(reopened[0])
    try:
        assert live_ids(db) == before
    finally:
        db.close()


def test_the_automatic_copy_is_noted_and_a_full_disk_is_told_once(
    demo_window: Any,  # noqa: F811
    qtbot: Any,
    no_modal_boxes: list[str],
) -> None:
    told = no_modal_boxes
    scheduler = demo_window.backup_scheduler
    assert scheduler.run_if_due("start")
    wait_for_jobs(qtbot)
    assert scheduler.label.text().startswith("Backed up") and not told
    scheduler.keeper.output = FillingOutput(room=1000)
    for _ in range(2):
        scheduler.keeper._copied = None  # as if something changed
        scheduler.keeper.last_copy_at = None
        assert scheduler.run_if_due("timer")
        wait_for_jobs(qtbot)
    assert len(told) == 1 and ("cần khoảng" in told[0] or "needs about" in told[0])


def test_a_missing_stick_is_a_note_in_the_status_bar(
    demo_window: Any,  # noqa: F811
    qtbot: Any,
    tmp_path: Any,
    no_modal_boxes: list[str],
) -> None:
    told = no_modal_boxes
    backups.store_settings(BackupSettings(second_folder=str(tmp_path / "stick")))
    scheduler = demo_window.backup_scheduler
    assert scheduler.run_if_due("start")
    wait_for_jobs(qtbot)
    assert "second place" in scheduler.label.text() and str(tmp_path / "stick") in scheduler.label.toolTip()
    assert not told


def test_the_settings_box_saves_the_backup_settings(qtbot: Any, tmp_path: Any) -> None:
    box = BackupSettingsBox()
    qtbot.addWidget(box)
    box.keep["recent"].setValue(5)
    box.keep["monthly"].setValue(12)
    box.second_folder.setText(str(tmp_path))
    box.encrypt.setChecked(True)
    box.save()
    assert backups.settings() == BackupSettings(RotationPolicy(5, 7, 4, 12), str(tmp_path), True)


def test_a_copy_that_fails_says_why_in_the_workbenchs_language(
    demo_window: Any,  # noqa: F811
    qtbot: Any,
    monkeypatch: Any,
    english_afterwards: Any,
) -> None:
    from cpdesk.core.messages import msg
    from cpdesk.gui import i18n

    i18n.install("vi")
    scheduler = demo_window.backup_scheduler

    def failing(*_args: Any) -> None:
        raise backups.BackupError(msg("backup.cancelled"))

    monkeypatch.setattr(scheduler.keeper, "run", failing)
    assert scheduler.run_if_due("start")
    wait_for_jobs(qtbot)
    assert scheduler.label.text().endswith(": đã huỷ sao lưu; không ghi gì"), scheduler.label.text()
