"""Undoable edits of training records and indicators on the workbench's shared undo stack.

The workbench applies the assessment's edits through :mod:`cpdesk.services.editing`; training
records and indicators have their own services, reached through
:func:`cpdesk.services.training.views.apply_all`. :class:`TrainingEdits` offers the same
``update`` / ``delete`` / ``create`` calls as the workbench and pushes the same
:class:`~cpdesk.gui.workbench.EditCommand`, so Ctrl+Z and Ctrl+Y undo and redo them in the
same history, and every change is saved when made.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject

from cpdesk.gui.workbench import EditCommand, Workbench
from cpdesk.services.editing import Delete, Operation, Restore, Update
from cpdesk.services.training import views as training_views
from cpdesk.services.uow import unit_of_work

R = TypeVar("R")


def record_label(entity: str) -> str:
    """The name of a kind of training record, for undo entries."""
    labels = {
        "course": QCoreApplication.translate("TrainingEdits", "course"),
        "course_module": QCoreApplication.translate("TrainingEdits", "module"),
        "training_session": QCoreApplication.translate("TrainingEdits", "session"),
        "participant": QCoreApplication.translate("TrainingEdits", "participant"),
        "attendance": QCoreApplication.translate("TrainingEdits", "attendance"),
        "certificate": QCoreApplication.translate("TrainingEdits", "certificate"),
        "workshop": QCoreApplication.translate("TrainingEdits", "workshop"),
        "indicator": QCoreApplication.translate("TrainingEdits", "indicator"),
        "indicator_value": QCoreApplication.translate("TrainingEdits", "indicator value"),
    }
    return labels.get(entity, entity)


class TrainingEdits(QObject):
    """Applies training and indicator edits and makes each one step of the workbench's history.

    It stands in for the workbench inside the commands it pushes: the command calls
    :meth:`apply` to undo or redo, :meth:`notify` to make the screens reload, and reports a
    failure through :attr:`failed` (the workbench's own signal, which shows a message).
    """

    def __init__(self, workbench: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent or workbench)
        self.wb = workbench
        self.failed = workbench.failed

    @property
    def db(self) -> Any:
        return self.wb.db

    def apply(self, operations: Sequence[Operation]) -> list[Operation]:
        return training_views.apply_all(self.wb.db, operations)

    def notify(self, entities: Iterable[str]) -> None:
        self.wb.notify(entities)

    def execute(self, operations: Sequence[Operation], text: str) -> None:
        """Apply now (saved) and push one undoable step; CpdeskError with nothing stored."""
        if not operations:
            return
        inverse = self.apply(operations)
        self.wb.undo_stack.push(EditCommand(self, operations, inverse, text))  # type: ignore[arg-type]

    def update(self, entity: str, record_id: uuid.UUID, values: dict[str, Any], text: str = "") -> None:
        label = text or QCoreApplication.translate("TrainingEdits", "Edit %1").replace("%1", record_label(entity))
        self.execute([Update(entity, record_id, values)], label)

    def delete(self, entity: str, ids: Iterable[uuid.UUID], text: str = "") -> None:
        ops: list[Operation] = [Delete(entity, i) for i in ids]
        label = text or QCoreApplication.translate("TrainingEdits", "Delete %1 (%2)").replace(
            "%1", record_label(entity)
        ).replace("%2", str(len(ops)))
        self.execute(ops, label)

    def create(self, entity: str, make: Callable[[], R], text: str = "") -> R:
        """Run a service that creates one record and make it undoable (undo deletes it)."""
        with unit_of_work(self.wb.db):
            result = make()
        record_id = result if isinstance(result, uuid.UUID) else result.id  # type: ignore[attr-defined]
        label = text or QCoreApplication.translate("TrainingEdits", "Add %1").replace("%1", record_label(entity))
        command = EditCommand(self, [Restore(entity, record_id)], [Delete(entity, record_id)], label)  # type: ignore[arg-type]
        self.wb.undo_stack.push(command)
        return result
