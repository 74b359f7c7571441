"""Backups in the main window: File -> Restore from backup…, Edit -> Deleted items, and the
automatic copies with their note in the status bar.

:func:`install` adds both actions to the window's menus (before Settings in File, after
Find in Edit) and starts the window's :class:`~cpdesk.gui.backups.scheduler.BackupScheduler`.
A whole restore closes the database (its background work first), has the service swap the
copy in, and asks for the database to be opened again (``database_requested``): the window
reopens on the restored database, with a new undo history. One assessment restored is
merged into the open database: the screens reload, the undo history is cleared (undoing an
edit made before the restore could overwrite what came back), and the assessment opens.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from cpdesk.core.entities import Change
from cpdesk.gui import workers
from cpdesk.gui.backups.scheduler import BackupScheduler
from cpdesk.gui.errors import show_error
from cpdesk.gui.navigator import ASSESSMENT
from cpdesk.services import backups

if TYPE_CHECKING:
    from cpdesk.gui.backups.deleted_items import DeletedItemsDialog
    from cpdesk.gui.backups.restore_dialog import RestoreDialog
    from cpdesk.gui.main_window import MainWindow


def install(window: MainWindow) -> BackupScheduler:
    """Add the backup actions to ``window`` and start its automatic copies."""
    restore = QAction(QCoreApplication.translate("BackupMenu", "Restore from &backup…"), window)
    restore.setStatusTip(
        QCoreApplication.translate("BackupMenu", "Restore the database, or one assessment, from a backup copy")
    )
    restore.triggered.connect(lambda _checked=False: open_restore(window))
    deleted = QAction(QCoreApplication.translate("BackupMenu", "&Deleted items…"), window)
    deleted.setStatusTip(QCoreApplication.translate("BackupMenu", "Bring back a deleted assessment"))
    deleted.triggered.connect(lambda _checked=False: open_deleted_items(window))
    window.actions["restore_backup"] = restore
    window.actions["deleted_items"] = deleted
    file_menu, edit_menu = _menu(window, 0), _menu(window, 1)
    if file_menu is not None:
        file_menu.insertAction(window.actions["settings"], restore)
        file_menu.insertSeparator(window.actions["settings"])
    if edit_menu is not None:
        edit_menu.addAction(deleted)
    scheduler = BackupScheduler(window)
    window.backup_scheduler = scheduler  # type: ignore[attr-defined]
    return scheduler


def _menu(window: MainWindow, position: int) -> QMenu | None:
    actions = window.menuBar().actions()
    menu = actions[position].menu() if len(actions) > position else None
    return menu if isinstance(menu, QMenu) else None


def open_restore(window: MainWindow) -> RestoreDialog:
    from cpdesk.gui.backups.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.wb, window)
    dialog.whole_requested.connect(lambda copy: restore_whole(window, copy))
    dialog.assessment_restored.connect(lambda report: assessment_restored(window, report))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_deleted_items(window: MainWindow) -> DeletedItemsDialog:
    from cpdesk.gui.backups.deleted_items import DeletedItemsDialog

    dialog = DeletedItemsDialog(window.wb, window)
    dialog.restored.connect(lambda assessment_id: _show_assessment(window, assessment_id))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def restore_whole(window: MainWindow, copy: backups.BackupCopy) -> bool:
    """Swap the copy in for the open database and reopen the window on it; True when done."""
    db = window.wb.db
    location = window.wb.location or str(db.path or "")
    scheduler = getattr(window, "backup_scheduler", None)
    if scheduler is not None:
        scheduler.timer.stop()
        scheduler.keeper = None  # the copy at close is of no use now
    workers.stop_jobs_of(window)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        window.wb.stop_watching()  # its own connection to the file, which the swap must not meet
        db.close()
        backups.restore_database(location, copy)
        done = True
    except (backups.BackupError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        show_error(window, exc)
        done = False
    else:
        QApplication.restoreOverrideCursor()
    window.database_requested.emit(location)  # reopened, restored or not
    return done


def assessment_restored(window: MainWindow, report: backups.AssessmentRestore) -> None:
    wb = window.wb
    wb.forget()
    wb.undo_stack.clear()
    wb.notify(Change.ANYTHING)
    window.navigator.reload()
    _show_assessment(window, report.assessment_id)
    text = QCoreApplication.translate("BackupMenu", "“%1” restored from the copy of %2; the undo history was cleared")
    window.statusBar().showMessage(
        text.replace("%1", report.title).replace("%2", report.copy.taken_at.astimezone().strftime("%d/%m %H:%M")),
        10_000,
    )


def _show_assessment(window: MainWindow, assessment_id: uuid.UUID) -> None:
    window.navigator.reload()
    window.open_item(ASSESSMENT, assessment_id)
