"""The Sync menu of the main window, the open-conflict count in its status bar, and the
hand-over of a bundle named on the command line (``cpdesk-gui FILE.cpdx``).

The main window calls :func:`install` once; everything sync adds to the window is made here.
The dialogs (and the sync engine with its cryptography) are imported when first opened, and
the conflict count is read once the window is up: the menu costs the start-up nothing.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from cpdesk.core.entities import Change
from cpdesk.services.reference import centre_catalogues

if TYPE_CHECKING:
    from cpdesk.gui.sync.conflicts import ConflictsDialog
    from cpdesk.gui.sync.export_dialog import ExportDialog
    from cpdesk.gui.sync.import_dialog import ImportDialog

log = logging.getLogger(__name__)


class SyncMenu(QObject):
    """The Sync actions of one main window and the dialogs they open."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.wb = window.wb
        self.export_dialog: ExportDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.actions = {
            "sync_export": self._action(self.tr("&Export bundle…"), self.export_bundle, "Ctrl+Shift+E"),
            "sync_import": self._action(self.tr("&Import bundle…"), self.import_bundle, "Ctrl+I"),
            "sync_conflicts": self._action(self.tr("&Conflicts"), self.show_conflicts, "Ctrl+Shift+K"),
        }
        self.menu = QMenu(self.tr("S&ync"), window)
        self.menu.setObjectName("sync_menu")
        for key, action in self.actions.items():
            self.menu.addAction(action)
            window.actions[key] = action  # listed with the other shortcuts
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        before = menus[-1] if menus else None  # Help stays last
        bar.insertMenu(before, self.menu) if before is not None else bar.addMenu(self.menu)
        self.count_label = QLabel()
        self.count_label.setObjectName("sync_conflict_count")
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.count_label.linkActivated.connect(lambda _link: self.show_conflicts())
        self.count_label.hide()
        window.statusBar().addPermanentWidget(self.count_label)
        QTimer.singleShot(0, self, self.update_count)  # not after the window is gone

    def _action(self, text: str, slot: Any, shortcut: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(shortcut))
        tip = text.replace("&", "").rstrip("…")
        tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ----------------------------------------------------------------- dialogs

    def export_bundle(self) -> ExportDialog:
        """Open the export dialog (one at a time)."""
        from cpdesk.gui.sync.export_dialog import ExportDialog

        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self.wb, self.window)
            self.export_dialog.finished.connect(lambda _code: self._forget("export_dialog"))
        self._raise(self.export_dialog)
        return self.export_dialog

    def import_bundle(self, path: str | Path | None = None) -> ImportDialog:
        """Open the import dialog, checking ``path`` at once when given."""
        from cpdesk.gui.sync.import_dialog import ImportDialog

        if self.import_dialog is not None:
            self.import_dialog.close()
        dialog = ImportDialog(self.wb, self.window, path)
        dialog.imported.connect(self._imported)
        dialog.conflicts_requested.connect(self.show_conflicts)
        dialog.finished.connect(lambda _code: self._forget("import_dialog"))
        self.import_dialog = dialog
        self._raise(dialog)
        return dialog

    def show_conflicts(self) -> ConflictsDialog:
        """Open (or bring forward and reload) the conflicts screen."""
        from cpdesk.gui.sync.conflicts import ConflictsDialog

        if self.conflicts_dialog is None:
            self.conflicts_dialog = ConflictsDialog(self.wb, self.window)
            self.conflicts_dialog.resolved.connect(lambda _row: self.update_count())
            self.conflicts_dialog.finished.connect(lambda _code: self._forget("conflicts_dialog"))
        else:
            self.conflicts_dialog.reload()
        self._raise(self.conflicts_dialog)
        return self.conflicts_dialog

    def _raise(self, dialog: Any) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _forget(self, name: str) -> None:
        dialog = getattr(self, name)
        if dialog is not None:
            dialog.deleteLater()
        setattr(self, name, None)

    def _imported(self, report: Any) -> None:
        """The database changed under the workbench: every screen reloads; the undo history
        is cleared (undoing an edit made before the import could overwrite what came in)."""
        self.wb.forget()
        self.wb.undo_stack.clear()
        if report.kind == "reference":
            use_catalogues(self.wb.db)
        self.wb.notify(Change.ANYTHING)
        self.window.navigator.reload()
        self.update_count()
        self.window.statusBar().showMessage(self.tr("Bundle imported; the undo history was cleared"), 8000)
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.reload()

    def update_count(self) -> int:
        """Show the number of open conflicts in the status bar (hidden when there are none)."""
        from cpdesk.services.sync.status import open_conflicts

        try:
            count = open_conflicts(self.wb.db)
        except Exception as exc:  # noqa: BLE001 - a status line must not stop the window
            log.info("conflict count failed: %r", exc)
            count = 0
        self.count_label.setText(
            "<a href='#conflicts'>" + self.tr("Conflicts: %1").replace("%1", str(count)) + "</a>" if count else ""
        )
        self.count_label.setVisible(bool(count))
        return count


def use_catalogues(db: Any) -> None:
    """Make the catalogues the centre sent (if any) the ones every screen reads."""
    try:
        centre_catalogues.use_catalogues_of(db)
    except Exception as exc:  # noqa: BLE001 - the shipped catalogues stay in use
        log.warning("catalogues received from the centre not used: %s", exc)


def install(window: Any) -> SyncMenu:
    """Add the Sync menu and the conflict count to ``window`` (a MainWindow). The centre's
    catalogues are in use already: opening the database took them (services.workspace)."""
    window.sync_menu = SyncMenu(window)
    return window.sync_menu


def open_file(window: Any, path: str) -> ImportDialog | None:
    """``cpdesk-gui FILE``: open the import dialog on ``path``; a missing or unreadable file
    is a message."""
    file = Path(path).expanduser()
    problem = None
    if not file.exists():
        problem = QCoreApplication.translate("Sync", "%1 does not exist.")
    elif not file.is_file() or not os.access(file, os.R_OK):
        problem = QCoreApplication.translate("Sync", "%1 cannot be read.")
    menu: SyncMenu | None = getattr(window, "sync_menu", None)
    if problem is None and menu is None:
        problem = QCoreApplication.translate("Sync", "%1 cannot be imported in this window.")
    if problem is not None or menu is None:
        QMessageBox.warning(window, "cpdesk", (problem or "%1").replace("%1", str(file)))
        return None
    return menu.import_bundle(file)
