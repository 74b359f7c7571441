"""What every screen of the workbench shares: the database, the editor with its undo stack,
the preferences.

Every edit goes through the one editor, :class:`Editor` (the workbench is one): the record
tables, the flow chart and the training screens call :meth:`Editor.execute` (or
:meth:`~Editor.update`, :meth:`~Editor.delete`, :meth:`~Editor.create`), which applies the
operations of :mod:`cpdesk.services.editing` at once (the change is saved when made; the
services open the unit of work) and pushes an :class:`EditCommand` holding the inverses onto
the shared QUndoStack, so one Ctrl+Z walks back through edits made anywhere. The screens
listen to :attr:`Editor.changed`, a :class:`~cpdesk.core.entities.Change`, and reload what it
touches.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QApplication

from cpdesk.core import labels
from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.rows import AssessmentDetail
from cpdesk.gui import display
from cpdesk.gui.edit_choice import Choice, Decision, Step, edit_of
from cpdesk.gui.preferences import Preferences
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, records
from cpdesk.services.changes import ChangeWatch
from cpdesk.services.editing import Delete, Operation, Update

if TYPE_CHECKING:
    from cpdesk.services.workspace import Database

log = logging.getLogger(__name__)
R = TypeVar("R")
#: How many times one edit asks before giving up (the record keeps changing under the merge).
MAX_QUESTIONS = 5


def entity_label(entity: Entity | str) -> str:
    """The name of a kind of record, for undo entries and messages (kind "Entity" of the
    catalogue of labels, in the interface's language)."""
    return labels.entity_label(str(entity), display.language())


class EditCommand(QUndoCommand):
    """Operations applied once already; undo applies their inverses, redo them again.

    Each run keeps the inverses the services return, so the command never needs to know what
    the edit was. An undo or redo that would write over a colleague's newer change asks the
    question an edit asks (:meth:`Editor.settle`); when the person keeps theirs, or the
    database no longer allows the step (an import deleted the record meanwhile), the command
    marks itself obsolete, so the stack drops it, and an error is reported through
    :attr:`Editor.failed`.
    """

    def __init__(self, editor: Editor, forward: Sequence[Operation], inverse: Sequence[Operation], text: str) -> None:
        super().__init__(text)
        self._editor = editor
        self._forward = list(forward)
        self._inverse = list(inverse)
        self._fresh = True
        self.change = Change.of(*(op.entity for op in forward), ids=(op.id for op in forward))

    def redo(self) -> None:
        if self._fresh:  # pushed right after the edit was applied: nothing to do again
            self._fresh = False
        else:
            self._run(self._forward, into="inverse")
        self._editor.notify(self.change)

    def undo(self) -> None:
        self._run(self._inverse, into="forward")
        self._editor.notify(self.change)

    def _run(self, operations: list[Operation], into: str) -> None:
        step = Step.UNDO if into == "forward" else Step.REDO
        try:
            # A colleague changed a record since: the person chooses, as for an edit (Editor.settle).
            settled = self._editor.settle(operations, self.text(), step)
        except CpdeskError as exc:
            # The record changed under us (e.g. deleted by an import): drop this entry.
            log.info("undo/redo of %r failed: %s", self.text(), exc)
            self.setObsolete(True)
            self._editor.failed.emit(exc)
            return
        if settled is None:
            # Reload (or a merge that kept all of theirs): nothing was written and the screens
            # show their version. The step is dropped from the stack (Qt removes an obsolete
            # command and leaves the index below it) rather than left waiting: kept, the next
            # Ctrl+Z would ask the same question again and the person could never reach the
            # steps below it without writing over the colleague; their change has replaced
            # this one, as a text editor drops the undo of a paragraph a co-author rewrote.
            self.setObsolete(True)
            return
        # What the services return undoes exactly what was written now: after "mine anyway" or
        # a merge, the other direction puts back the record as it was just before this step
        # (their values in the fields written, the fields kept as theirs untouched), checked
        # against the version written now; never this step's old values, which the colleague's
        # change or the merge replaced. Undo then redo comes back to the present.
        if into == "inverse":
            self._inverse = settled[1]
        else:
            self._forward = settled[1]


class Editor(QObject):
    """The one editor of a database: applies edits through the services and keeps their undo.

    The workbench is the editor of the open database; a flow chart shown on its own (a test,
    the screenshots) makes one of its own.
    """

    #: What changed (a :class:`~cpdesk.core.entities.Change`).
    changed = Signal(object)
    #: an undo or redo could not be carried out (the error, for a message box).
    failed = Signal(object)

    def __init__(self, db: Database, undo_stack: QUndoStack | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)

    def apply(self, operations: Sequence[Operation], checked: bool = True) -> list[Operation]:
        """Apply ``operations`` in one unit of work; the list that undoes them. ``checked``
        refuses an edit of a record someone else changed since the screens last showed it."""
        return editing.apply_all(self.db, operations)

    def decide(
        self, conflict: editing.ChangedMeanwhile, operations: Sequence[Operation], text: str, step: Step
    ) -> Decision:
        """An edit (its undo, its redo: ``step``) was refused: the record changed since the
        screen showed it. Reload, apply it anyway, or merge? (Reload, unless a person says
        otherwise: the workbench asks.)"""
        return Decision(Choice.RELOAD)

    def execute(self, operations: Sequence[Operation], text: str) -> None:
        """Apply operations now (saved) and make them one undoable step.

        An edit of a record someone else changed after the screen showed it is not written
        over their change unless the person says so (:meth:`decide`): reload (nothing is
        written), apply it anyway, or keep the fields chosen (made against the version now;
        changed again meanwhile, the question comes again).

        Raises CpdeskError (ValidationError, NotFoundError) with nothing stored.
        """
        if not operations:
            return
        ops = list(operations)
        settled = self.settle(ops, text, Step.EDIT)
        if settled is not None:
            written, inverse = settled
            self.undo_stack.push(EditCommand(self, written, inverse, text))

    def settle(
        self, operations: Sequence[Operation], text: str, step: Step
    ) -> tuple[list[Operation], list[Operation]] | None:
        """Apply ``operations`` (an edit, or the undo or redo of one: ``step``); the operations
        written (a merge writes fewer) and those that undo them, or None when nothing was.

        A record someone else changed since is not written over unless the person says so
        (:meth:`decide`): reload (nothing is written), apply anyway, or keep the fields chosen
        (made against the version now; changed again meanwhile, the question comes again).

        Raises CpdeskError (ValidationError, NotFoundError) with nothing stored.
        """
        ops = list(operations)
        for _ in range(MAX_QUESTIONS):
            try:
                inverse = self.apply(ops)
                break
            except editing.ChangedMeanwhile as conflict:
                # Their change stays unless the person says otherwise; the screen reloads it either way.
                self.notify(Change.of(conflict.entity, ids=[conflict.record_id]))
                decision = self.decide(conflict, ops, text, step)
                if decision.choice is Choice.MINE:
                    ops = [dataclasses.replace(op, seen=None) for op in ops]
                    inverse = self.apply(ops, checked=False)
                    break
                if decision.choice is Choice.RELOAD:
                    return None
                ops = _merged(ops, conflict, decision.keep)
                if not ops:  # theirs kept in every field: nothing of mine to write
                    return None
                last = conflict
        else:
            raise last
        return ops, inverse

    def update(
        self, entity: Entity, record_id: uuid.UUID, values: dict[str, Any], text: str = "", seen: int | None = None
    ) -> None:
        """Change fields of one record (undoable). ``seen`` is the record's version the screen
        showed (a dialog's, taken when it opened); None checks against what the screens were
        last refreshed to."""
        label = text or QCoreApplication.translate("Workbench", "Edit %1").replace("%1", entity_label(entity))
        self.execute([Update(entity, record_id, values, seen=seen)], label)

    def delete(self, entity: Entity, ids: Iterable[uuid.UUID], text: str = "", also: Sequence[Operation] = ()) -> None:
        """Delete records (tombstones; undoable). ``also`` are deletions that go with them."""
        ops: list[Operation] = [*also, *(Delete(entity, i) for i in ids)]
        count = len(ops) - len(also)
        label = text or QCoreApplication.translate("Workbench", "Delete %1 (%2)").replace(
            "%1", entity_label(entity)
        ).replace("%2", str(count))
        self.execute(ops, label)

    def create(
        self, entity: Entity | Sequence[Entity], make: Callable[[], R], text: str = "", also: Sequence[Operation] = ()
    ) -> R:
        """Run a service that creates records, and make the creation undoable.

        ``make`` returns a row with an ``id``, the id itself, or a list of them (all made
        in one unit of work with the edits ``also``, so a failure stores none); ``entity``
        names their kind, or gives one kind per row. Undo deletes them (tombstones), redo
        restores them with the same ids.
        """
        created = editing.create(self.db, entity, make, also)
        if not created.redo:
            return created.result
        first = entity if isinstance(entity, str) else entity[0]
        label = text or QCoreApplication.translate("Workbench", "Add %1").replace("%1", entity_label(first))
        self.undo_stack.push(EditCommand(self, created.redo, created.undo, label))
        return created.result

    def notify(self, change: Change) -> None:
        """Tell the screens what changed."""
        self.changed.emit(change)


class Workbench(Editor):
    """The database, its editor and undo stack, and the user's preferences, for one open database."""

    def __init__(self, db: Database, prefs: Preferences, location: str = "", parent: QObject | None = None) -> None:
        super().__init__(db, parent=parent)
        self.prefs = prefs
        self.location = location
        self.undo_stack.setUndoLimit(500)
        #: Streams whose reading the last reconciliation flagged, by assessment (the balance
        #: section finds them; the stream tables highlight them).
        self.flagged: dict[uuid.UUID, set[uuid.UUID]] = {}
        self._details: dict[uuid.UUID, AssessmentDetail] = {}
        #: The factor sets' names by code (vi, en), read when first shown.
        self._factor_sets: dict[str, tuple[str, str]] | None = None
        # What the others change in a shared database (a colleague, an import in another
        # window or process), looked for once a second while a window shows this database
        # (start_watching / stop_watching) and reloaded like one's own edits.
        self._watch: ChangeWatch | None = None
        self._watchers = 0
        self._looking = QTimer(self)
        self._looking.setInterval(1000)
        self._looking.timeout.connect(self.look_for_changes)

    # ----------------------------------------------------------------- the others' changes

    def apply(self, operations: Sequence[Operation], checked: bool = True) -> list[Operation]:
        """Apply ``operations`` as the person named in the settings (the change log says who),
        refused when someone else changed a record after the screens last showed it."""
        if self.prefs.user_name:
            self.db.person = self.prefs.user_name
        seen = self._watch.seen if checked and self._watch is not None else None
        return editing.apply_all(self.db, operations, seen_feed=seen)

    def start_watching(self) -> None:
        """A window shows this database: look for the others' changes (once per window; the
        look goes on while any window is open)."""
        self._watchers += 1
        if self._watch is None:
            try:
                self._watch = ChangeWatch(self.db)
            except Exception as exc:  # a database that cannot be watched still works: said in the log
                log.warning("the others' changes will not be shown as they happen: %s", exc)
                return
        self._looking.start()

    def window_closed(self) -> None:
        """A window that showed this database closed: the last one stops the look."""
        self._watchers = max(0, self._watchers - 1)
        if self._watchers == 0:
            self.stop_watching()

    def look_for_changes(self, while_typing: bool = False) -> bool:
        """Reload what the others changed since the last look; True when something was. A cell
        being edited is left alone: the look waits for the next tick (unless ``while_typing``:
        the cell's edit is being saved and was refused, so the reload is what is wanted)."""
        if self._watch is None or (_editing_a_cell() and not while_typing):
            return False
        try:
            change = self._watch.poll()
        except Exception:  # the database went away (closed, a restore): stop looking, say why in the log
            log.exception("looking for the others' changes failed; stopped")
            self.stop_watching()
            return False
        if change is None:
            return False
        self.forget()
        self.notify(change)
        return True

    def stop_watching(self) -> None:
        """No more looking (before the database is closed)."""
        self._looking.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def decide(
        self, conflict: editing.ChangedMeanwhile, operations: Sequence[Operation], text: str, step: Step
    ) -> Decision:
        """Ask what to do with an edit, an undo or a redo a colleague's newer change refused
        (reload, mine anyway, merge field by field)."""
        from cpdesk.gui.changed_meanwhile import ChangedMeanwhileDialog

        # The screens show their version while the question is asked, and the change asked
        # about counts as seen: the next edit of the record is checked against what follows it.
        self.look_for_changes(while_typing=True)
        dialog = ChangedMeanwhileDialog(
            self, conflict, edit_of(conflict, operations), text, QApplication.activeWindow(), step
        )
        try:
            dialog.exec()
            return dialog.decision
        finally:
            dialog.deleteLater()

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

    def factor_set_name(self, code: str | None) -> str:
        """The factor set's name in the user's language, never its code (a person reads
        "IPCC 2006 defaults + Vietnam grid", not "ipcc2006_vn_grid"); "–" when there is none."""
        if not code:
            return "–"
        if self._factor_sets is None or code not in self._factor_sets:
            self._factor_sets = {c: (vi, en) for c, vi, en in records.factor_set_codes(self.db)}
        names = self._factor_sets.get(code)
        if names is None:
            return code  # not in this database: the code is all there is to show
        return names[0] if self.lang == "vi" else names[1]

    def forget(self) -> None:
        """Drop what was read: the database changed behind the workbench's back."""
        self._details.clear()
        self._factor_sets = None

    @property
    def lang(self) -> str:
        return self.prefs.language

    @property
    def numbers(self) -> str:
        """The number notation of the user: "vi" or "en"."""
        return self.prefs.numbers

    def notify(self, change: Change) -> None:
        """Tell the screens what changed (after dropping what was read, so none sees it stale)."""
        self._details.clear()
        super().notify(change)


def _editing_a_cell() -> bool:
    """Is the person typing in a table's cell right now (a reload would throw it away)?"""
    widget = QApplication.focusWidget()
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            return widget.state() == QAbstractItemView.State.EditingState
        widget = widget.parentWidget()
    return False


def _merged(operations: list[Operation], conflict: editing.ChangedMeanwhile, keep: dict[str, str]) -> list[Operation]:
    """The operations with the refused edit replaced by the fields the person kept of it."""
    out: list[Operation] = []
    for op in operations:
        if op.id == conflict.record_id and isinstance(op, Update):
            merged = editing.merged(op, conflict, keep)
            if merged is not None:
                out.append(merged)
        else:
            out.append(op)
    return out
