"""What the centre's screens (training records, the centre's year, indicators) share: a window
of the workbench that reloads itself when training records change, and runs service calls
showing a refusal as a one-line message."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from cpdesk.core.entities import TRAINING_ENTITIES, Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui.errors import show_error
from cpdesk.gui.workbench import Workbench

#: Kinds of record whose changes make a centre screen reload.
CENTRE_ENTITIES = TRAINING_ENTITIES | {Entity.ASSESSMENT}


class TrainingScreen(QDialog):
    """A non-modal window of the workbench over the centre's records."""

    depends: frozenset[Entity] = CENTRE_ENTITIES

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        workbench.changed.connect(self._changed)
        # The main window's Undo and Redo do not reach a window of its own: the same stack here.
        self.undo_action = workbench.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = workbench.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])

    @property
    def lang(self) -> str:
        return self.wb.lang

    @property
    def locale(self) -> str:
        return self.wb.numbers

    def reload(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload now, showing a service error instead of raising it."""
        self._timer.stop()
        try:
            self.reload()
        except CpdeskError as exc:
            show_error(self, exc)

    def run(self, action: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a service or editing call (the workbench's editor); a refusal is shown as a message and gives None."""
        try:
            return action(*args, **kwargs)
        except CpdeskError as exc:
            show_error(self, exc)
            return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter belongs to the field it is typed in: it must not also press a button of the
        window (a dialog's default), which would add a course while recording attendance."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _changed(self, change: Change) -> None:
        if change.touches(*self.depends):
            self._timer.start()
