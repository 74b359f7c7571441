"""What a person chose when an edit, an undo or a redo was refused because the record changed
meanwhile: the answer of :class:`~cpdesk.gui.changed_meanwhile.ChangedMeanwhileDialog`, which
the editor carries out. Kept apart from the dialog so the editor loads the question (and what it reads
values with) only when it is asked.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from cpdesk.services import editing
from cpdesk.services.editing import Operation


class Step(enum.Enum):
    """What was refused: an edit, or the undo or redo of one (the question words it so)."""

    EDIT = "edit"
    UNDO = "undo"
    REDO = "redo"


class Choice(enum.Enum):
    """What the person chose."""

    RELOAD = "reload"  # drop my edit, show theirs
    MINE = "mine"  # apply mine anyway
    MERGE = "merge"  # keep the fields chosen


@dataclass(frozen=True)
class Decision:
    """The choice, and for a merge the version kept of each field ("mine" or "theirs")."""

    choice: Choice
    keep: dict[str, str] = field(default_factory=dict)


def edit_of(conflict: editing.ChangedMeanwhile, operations: Sequence[Operation]) -> Operation | None:
    """The operation of ``operations`` the conflict refused (the one of its record)."""
    return next((op for op in operations if op.id == conflict.record_id), None)
