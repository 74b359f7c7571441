"""What every screen of the workbench shares: the database, the undo stack, preferences.

Every edit goes through :meth:`Workbench.execute` (or :meth:`Workbench.create`), which
applies the operations of :mod:`cpdesk.services.editing` in one unit of work, at once (the
change is saved when made), and pushes a :class:`EditCommand` holding the inverses onto the
shared QUndoStack. The screens listen to :attr:`Workbench.changed` and reload what they show;
the undo stack is shared with the flow chart editor, whose own commands are noticed through
the stack's index.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cpdesk.core.errors import CpdeskError
from cpdesk.core.rows import AssessmentDetail
from cpdesk.gui.preferences import Preferences
from cpdesk.services import editing
from cpdesk.services.assessment import assessments
from cpdesk.services.editing import Delete, Operation, Restore, Update
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database

log = logging.getLogger(__name__)
R = TypeVar("R")

#: Sent in :attr:`Workbench.changed` when the change is not known in detail.
ANYTHING = "*"


def entity_label(entity: str) -> str:
    """The name of a kind of record, for undo entries and messages."""
    labels = {
        "programme": QCoreApplication.translate("Workbench", "programme"),
        "company": QCoreApplication.translate("Workbench", "company"),
        "assessment": QCoreApplication.translate("Workbench", "assessment"),
        "team_member": QCoreApplication.translate("Workbench", "team member"),
        "task_progress": QCoreApplication.translate("Workbench", "task"),
        "process_step": QCoreApplication.translate("Workbench", "process step"),
        "stream": QCoreApplication.translate("Workbench", "stream"),
        "measurement": QCoreApplication.translate("Workbench", "measurement"),
        "waste_stream": QCoreApplication.translate("Workbench", "waste stream"),
        "cause": QCoreApplication.translate("Workbench", "cause"),
        "option": QCoreApplication.translate("Workbench", "option"),
        "option_saving": QCoreApplication.translate("Workbench", "resource saving"),
        "attachment": QCoreApplication.translate("Workbench", "attachment"),
    }
    return labels.get(entity, entity)


class EditCommand(QUndoCommand):
    """Operations applied once already; undo applies their inverses, redo them again."""

    def __init__(
        self,
        workbench: Workbench,
        forward: Sequence[Operation],
        inverse: Sequence[Operation],
        text: str,
    ) -> None:
        super().__init__(text)
        self._workbench = workbench
        self._forward = list(forward)
        self._inverse = list(inverse)
        self._fresh = True
        self.entities = frozenset(op.entity for op in forward)

    def redo(self) -> None:
        if self._fresh:  # pushed right after the edit was applied: nothing to do again
            self._fresh = False
        else:
            self._run(self._forward, into="inverse")
        self._workbench.notify(self.entities)

    def undo(self) -> None:
        self._run(self._inverse, into="forward")
        self._workbench.notify(self.entities)

    def _run(self, operations: list[Operation], into: str) -> None:
        try:
            result = self._workbench.apply(operations)
        except CpdeskError as exc:
            # The record changed under us (e.g. deleted by an import): drop this entry.
            log.info("undo/redo of %r failed: %s", self.text(), exc)
            self.setObsolete(True)
            self._workbench.failed.emit(exc)
            return
        if into == "inverse":
            self._inverse = result
        else:
            self._forward = result


class Workbench(QObject):
    """The database, its undo stack and the user's preferences, for one open database."""

    #: frozenset of entity names that changed (``{"*"}`` when not known).
    changed = Signal(object)
    #: an undo or redo could not be carried out (the error, for a message box).
    failed = Signal(object)

    def __init__(self, db: Database, prefs: Preferences, location: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.prefs = prefs
        self.location = location
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._own_change = False
        self.undo_stack.indexChanged.connect(self._index_changed)
        #: Streams whose reading the last reconciliation flagged, by assessment (the balance
        #: section finds them; the stream tables highlight them).
        self.flagged: dict[uuid.UUID, set[uuid.UUID]] = {}
        self._details: dict[uuid.UUID, AssessmentDetail] = {}

    # ----------------------------------------------------------------- reading

    def detail(self, assessment_id: uuid.UUID) -> AssessmentDetail:
        """The assessment as the services show it, read once per change.

        The header, the progress panel, the quick-entry form and the open section all show
        the same assessment; after an edit each would read it again. The copy is dropped
        whenever anything changes (before the screens hear of it), so none sees it stale.
        """
        detail = self._details.get(assessment_id)
        if detail is None:
            detail = self._details[assessment_id] = assessments.show_assessment(self.db, assessment_id)
        return detail

    def forget(self) -> None:
        """Drop what was read: the database changed behind the workbench's back."""
        self._details.clear()

    @property
    def lang(self) -> str:
        return self.prefs.language

    @property
    def numbers(self) -> str:
        """The number notation of the user: "vi" or "en"."""
        return self.prefs.numbers

    # ----------------------------------------------------------------- edits

    def apply(self, operations: Sequence[Operation]) -> list[Operation]:
        """Apply ``operations`` in one unit of work; the list that undoes them."""
        with unit_of_work(self.db):
            inverses = [editing.apply(self.db, op) for op in operations]
        return list(reversed(inverses))

    def execute(self, operations: Sequence[Operation], text: str) -> None:
        """Apply operations now (saved) and make them one undoable step.

        Raises CpdeskError (ValidationError, NotFoundError) with nothing stored.
        """
        if not operations:
            return
        inverse = self.apply(operations)
        self.undo_stack.push(EditCommand(self, operations, inverse, text))

    def update(self, entity: str, record_id: uuid.UUID, values: dict[str, Any], text: str = "") -> None:
        """Change fields of one record (undoable)."""
        label = text or QCoreApplication.translate("Workbench", "Edit %1").replace("%1", entity_label(entity))
        self.execute([Update(entity, record_id, values)], label)

    def delete(self, entity: str, ids: Iterable[uuid.UUID], text: str = "", also: Sequence[Operation] = ()) -> None:
        """Delete records (tombstones; undoable). ``also`` are deletions that go with them."""
        ops: list[Operation] = [*also, *(Delete(entity, i) for i in ids)]
        count = len(ops) - len(also)
        label = text or QCoreApplication.translate("Workbench", "Delete %1 (%2)").replace(
            "%1", entity_label(entity)
        ).replace("%2", str(count))
        self.execute(ops, label)

    def create(self, entity: str | Sequence[str], make: Callable[[], R], text: str = "") -> R:
        """Run a service that creates records, and make the creation undoable.

        ``make`` returns a row with an ``id``, the id itself, or a list of them (all made
        in one unit of work, so a failure stores none); ``entity`` names their kind, or
        gives one kind per row. Undo deletes them (tombstones), redo restores them with
        the same ids.
        """
        with unit_of_work(self.db):
            result = make()
        rows = list(result) if isinstance(result, list | tuple) else [result]
        if not rows:
            return result
        kinds = [entity] * len(rows) if isinstance(entity, str) else list(entity)
        ids = [r if isinstance(r, uuid.UUID) else r.id for r in rows]  # type: ignore[attr-defined]
        label = text or QCoreApplication.translate("Workbench", "Add %1").replace("%1", entity_label(kinds[0]))
        forward: list[Operation] = [Restore(k, i) for k, i in zip(kinds, ids, strict=True)]
        inverse: list[Operation] = [Delete(k, i) for k, i in reversed(list(zip(kinds, ids, strict=True)))]
        self.undo_stack.push(EditCommand(self, forward, inverse, label))
        return result

    # ----------------------------------------------------------------- notifications

    def notify(self, entities: Iterable[str]) -> None:
        """Tell the screens what changed."""
        self._details.clear()
        self._own_change = True
        self.changed.emit(frozenset(entities))

    def _index_changed(self, _index: int) -> None:
        # Our own commands have already said what changed; someone else's (the flow chart's)
        # have not, so the screens reload everything.
        if self._own_change:
            self._own_change = False
        else:
            self._details.clear()
            self.changed.emit(frozenset({ANYTHING}))
