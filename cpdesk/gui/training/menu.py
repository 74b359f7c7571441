"""The Training menu of the main window: practical modules and their comparison.

The main window calls :func:`install` once; the dialogs (and the sync engine the exports
use) are imported when first opened, so the menu costs the start-up nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cpdesk.core.entities import Change

if TYPE_CHECKING:
    from cpdesk.gui.training.practical import PracticalModulesDialog, PrepareModuleDialog


class TrainingMenu(QObject):
    """The Training actions of one main window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.wb = window.wb
        self.modules_dialog: PracticalModulesDialog | None = None
        self.returned: Any = None
        self.menu = QMenu(self.tr("&Training"), window)
        self.menu.setObjectName("training_menu")
        self.actions = {
            "training_prepare": self._action(self.tr("&Prepare practical module…"), self.prepare_module),
            "training_modules": self._action(self.tr("Practical &modules and results…"), self.show_modules),
            "training_return": self._action(self.tr("&Return my results to the trainer…"), self.return_results),
        }
        for key, action in self.actions.items():
            self.menu.addAction(action)
            window.actions[key] = action
        bar = window.menuBar()
        menus = [a for a in bar.actions() if a.menu() is not None]
        before = menus[-1] if menus else None  # Help stays last
        if before is not None:
            bar.insertMenu(before, self.menu)
        else:
            bar.addMenu(self.menu)

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        tip = text.replace("&", "").rstrip("…")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _lang(self) -> tuple[str, str]:
        prefs = self.wb.prefs
        return prefs.numbers, prefs.language

    def prepare_module(self) -> PrepareModuleDialog:
        """The form of a new module, starting from the assessment open in the window."""
        from cpdesk.gui.training.practical import PrepareModuleDialog

        workspace = getattr(self.window, "workspace", None)
        current = getattr(workspace, "assessment_id", None)
        dialog = PrepareModuleDialog(self.wb.db, self._lang()[1], self.window, reference=current)
        dialog.prepared.connect(lambda _module: self._prepared())
        dialog.show()
        return dialog

    def show_modules(self) -> PracticalModulesDialog:
        """The modules with Export bundles…, Import results… and Compare (one window)."""
        from cpdesk.gui.training.practical import PracticalModulesDialog

        if self.modules_dialog is None:
            locale, lang = self._lang()
            self.modules_dialog = PracticalModulesDialog(self.wb.db, locale, lang, self.window)
            self.modules_dialog.changed.connect(self._changed)
            self.modules_dialog.finished.connect(lambda _code: self._forget())
        else:
            self.modules_dialog.reload()
        self.modules_dialog.show()
        self.modules_dialog.raise_()
        return self.modules_dialog

    def return_results(self, key: str | None = None, path: str | None = None) -> Any:
        """The trainee's side: send the assessment open in the window (the trainee's copy)
        back, encrypted to the trainer's key file; asks for the key and the file unless given."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from cpdesk.gui.errors import show_error
        from cpdesk.gui.workers import run_job
        from cpdesk.services.training import practical_bundles

        title = self.tr("Return my results to the trainer")
        assessment = self.window.current_assessment()
        if assessment is None:
            QMessageBox.information(self.window, title, self.tr("Open your copy of the practical module first."))
            return None
        if key is None:
            key, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("The trainer's key file"), "", self.tr("cpdesk keys (*.cpdeskkey)")
            )
            if not key:
                return None
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self.window, title, "results.cpdx", self.tr("cpdesk bundles (*.cpdx)")
            )
            if not path:
                return None
        target, recipient = Path(path), key

        def work(_progress: Any, _cancelled: Any) -> Any:
            return practical_bundles.export_results(self.wb.db, assessment, target, to=recipient)

        def done(result: Any) -> None:
            self.returned = result
            self.window.statusBar().showMessage(
                self.tr("Results written to %1 for %2")
                .replace("%1", str(result.path))
                .replace("%2", result.recipient or "–"),
                8000,
            )

        return run_job(work, done, parent=self.window, title=title, on_error=lambda exc: show_error(self.window, exc))

    def _forget(self) -> None:
        if self.modules_dialog is not None:
            self.modules_dialog.deleteLater()
        self.modules_dialog = None

    def _prepared(self) -> None:
        self._changed()
        self.show_modules()

    def _changed(self) -> None:
        """New copies or imported results: the navigator and every screen read again; the
        undo history is cleared (as after any import: an older edit could overwrite them)."""
        self.wb.forget()
        self.wb.undo_stack.clear()
        self.wb.notify(Change.ANYTHING)
        navigator = getattr(self.window, "navigator", None)
        if navigator is not None:
            navigator.reload()


def install(window: Any) -> TrainingMenu:
    """Add the Training menu to ``window`` (a MainWindow)."""
    from cpdesk.gui.training import training_windows

    window.training_menu = TrainingMenu(window)
    training_windows.install(window.training_menu)  # training records, the centre's year, indicators
    return window.training_menu
