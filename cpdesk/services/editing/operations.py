"""Edits of existing records as plain, reversible values: set fields, delete, restore.

Each operation is a small frozen object naming the kind of record (:class:`Entity`) and its
id; :func:`cpdesk.services.editing.apply` carries it out and returns the operation that undoes
it. A kind given as its plain name ("stream", as stored or typed on the command line) is read
as the :class:`Entity` of that name; a name that is no kind of record is refused at once.

``seen`` is the record's version as the person's screen showed it: an edit of a record that
changed since (a colleague's edit on a shared database, an imported bundle) is refused
instead of silently writing over it. None applies the edit whatever the record's version
(a script, or the person's "apply mine anyway"). Two operations that do the same are equal
whatever version each was made against.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg


def _kind(operation: Any) -> None:
    if not isinstance(operation.entity, Entity):
        try:
            kind = Entity(operation.entity)
        except ValueError:
            raise ValidationError(str(operation.entity), "", operation.id, msg("record.kind_not_editable")) from None
        object.__setattr__(operation, "entity", kind)


@dataclass(frozen=True)
class Update:
    """Set fields of a record; applying it returns the Update that puts the old values back."""

    entity: Entity
    id: uuid.UUID
    values: Mapping[str, Any] = field(default_factory=dict)
    seen: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        _kind(self)


@dataclass(frozen=True)
class Delete:
    """Tombstone a record (and what it owns); its inverse is a Restore of the same id."""

    entity: Entity
    id: uuid.UUID
    seen: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        _kind(self)


@dataclass(frozen=True)
class Restore:
    """Bring a tombstoned record back (with what its deletion took); its inverse is a Delete."""

    entity: Entity
    id: uuid.UUID
    seen: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        _kind(self)


Operation = Update | Delete | Restore
