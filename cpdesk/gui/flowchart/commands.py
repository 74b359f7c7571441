"""Undo and redo of chart edits: a QUndoCommand that keeps the inverse the services return.

The chart carries out an edit first (so a validation error reaches the user at once and
nothing is pushed), then pushes a :class:`ReversibleEdit` holding the operations that undo
it. Undo applies those in one unit of work and keeps *their* inverses for redo, and so on:
the command never needs to know what the edit was (Orange's habit, see services.editing).
Because the operations are the services' own, the same stack can hold the tables' edits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from cpdesk.core.errors import CpdeskError
from cpdesk.services import editing
from cpdesk.services.uow import unit_of_work


def apply_all(db: Any, operations: Sequence[editing.Operation]) -> list[editing.Operation]:
    """Apply operations in order, in one transaction; their inverses, in the order that undoes them."""
    with unit_of_work(db):
        inverses = [editing.apply(db, op) for op in operations]
    return list(reversed(inverses))


class ReversibleEdit(QUndoCommand):
    """An edit already carried out, undone and redone by applying the stored inverses.

    ``after`` runs after every undo and redo (the chart reloads and tells the tables);
    ``failed`` gets the message when the database no longer allows the step back (another
    window deleted the record meanwhile): the command then marks itself obsolete, so the
    stack drops it instead of offering it again.
    """

    def __init__(
        self,
        db: Any,
        text: str,
        inverse: Sequence[editing.Operation],
        after: Callable[[], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._db = db
        self._pending = list(inverse)
        self._after = after
        self._failed = failed
        self._first_redo = True

    @property
    def pending(self) -> tuple[editing.Operation, ...]:
        """The operations the next undo (or redo) will apply."""
        return tuple(self._pending)

    def _swap(self) -> None:
        try:
            self._pending = apply_all(self._db, self._pending)
        except CpdeskError as exc:
            self.setObsolete(True)
            self._failed(str(exc))
        self._after()

    def undo(self) -> None:
        self._swap()

    def redo(self) -> None:
        # QUndoStack.push() calls redo(); the edit itself has already been made.
        if self._first_redo:
            self._first_redo = False
            return
        self._swap()
