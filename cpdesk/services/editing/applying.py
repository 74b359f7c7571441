"""Carrying out edits: each operation returns its inverse, several run in one unit of work.

An undo stack only has to keep the inverses (Orange's habit: the command's ``execute`` returns
its inverse; Qt's QUndoStack wraps it at the edge, in the GUI). Updates are validated field by
field with the same rules as creation; deletions are tombstones, so undoing one brings the same
record back with the same id. Deleting a record deletes what it owns with it (an assessment its
steps, streams, options ...; a step the streams into and out of it; see
:mod:`cpdesk.store.ownership`), and undoing it brings back exactly those rows; a record whose
owner is deleted cannot be restored on its own. :func:`create` makes the creation of records by
any service undoable the same way.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError, reason_of
from cpdesk.core.messages import Term, msg
from cpdesk.services import lookup
from cpdesk.services.editing.history import (
    ChangedMeanwhile,
    HistoryEntry,
    changed_in_feed_since,
    changes_since,
    log_change,
)
from cpdesk.services.editing.operations import Delete, Operation, Restore, Update
from cpdesk.services.editing.registry import EditableKind, editable
from cpdesk.services.uow import unit_of_work
from cpdesk.store import ownership
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database

R = TypeVar("R")


def apply(db: Database, operation: Operation, seen_feed: int | None = None) -> Operation:
    """Carry out one edit in one unit of work and return the operation that undoes it.

    ``seen_feed`` is the last row of the change feed the person's screen was refreshed to
    (:class:`cpdesk.services.changes.ChangeWatch`): an edit without a ``seen`` version of its
    own is refused when someone else's commit after that row changed the record.

    Raises:
        ValidationError: a field that cannot be edited or a value its check refuses, a
            deletion the record's rules refuse, or a restore under a deleted owner.
        NotFoundError: no such live record (or, for a Restore, no such record).
    """
    kind = editable(operation.entity, operation.id)
    with unit_of_work(db) as session:
        # The row is locked until the commit (PostgreSQL; SQLite's writers queue on the
        # database): the version checked is the version written over.
        obj = session.get(kind.model, lookup.as_uuid(operation.entity, operation.id), with_for_update=True)
        if obj is None:
            raise lookup.NotFoundError(operation.entity, operation.id)
        table = kind.model.__tablename__
        if operation.seen is None and seen_feed is not None:
            foreign = changed_in_feed_since(session, db, table, obj.id, seen_feed)
            if foreign is not None:
                raise ChangedMeanwhile(
                    operation.entity,
                    table,
                    obj.id,
                    obj.version,
                    obj.version,
                    foreign,
                    {name: getattr(obj, name) for name in kind.fields},
                )
        if operation.seen is not None and obj.version != operation.seen:
            foreign = _changed_by_others(session, db, obj.id, operation.seen, obj.version)
            if foreign is not None:
                raise ChangedMeanwhile(
                    operation.entity,
                    table,
                    obj.id,
                    operation.seen,
                    obj.version,
                    foreign,
                    {name: getattr(obj, name) for name in kind.fields},
                )
        if isinstance(operation, Update):
            if obj.deleted_at is not None:
                raise lookup.NotFoundError(operation.entity, operation.id)
            return _update(session, db, kind, operation, obj)
        if isinstance(operation, Delete):
            if obj.deleted_at is not None:
                raise lookup.NotFoundError(operation.entity, operation.id)
            kind.check_delete(session, operation.entity, obj)
            obj.deleted_at = utcnow()
            ownership.tombstone_subtree(session, table, [obj.id], obj.deleted_at)
            session.flush()
            log_change(session, db, operation.entity, obj.id, obj.version, "delete", {})
            return Restore(operation.entity, obj.id, seen=obj.version)
        if obj.deleted_at is not None:
            owner = ownership.deleted_owner(session, table, obj.id)
            if owner is not None:
                raise ValidationError(
                    operation.entity,
                    "id",
                    str(obj.id),
                    msg("record.owner_deleted", owner=Term("Entity", owner[0]), key=str(owner[1])),
                )
            deleted_at = obj.deleted_at
            obj.deleted_at = None
            ownership.restore_subtree(session, table, [obj.id], deleted_at)
            session.flush()
            log_change(session, db, operation.entity, obj.id, obj.version, "restore", {})
        return Delete(operation.entity, obj.id, seen=obj.version)


def apply_all(db: Database, operations: Sequence[Operation], seen_feed: int | None = None) -> list[Operation]:
    """Apply ``operations`` in order in one unit of work (all or none); the operations that
    undo them, in the order that undoes them (last first). ``seen_feed``: see :func:`apply`."""
    with unit_of_work(db):
        inverses = [apply(db, op, seen_feed) for op in operations]
    return list(reversed(inverses))


@dataclass(frozen=True)
class Created(Generic[R]):
    """What a creation made: the service's result, and the operations that undo and redo it."""

    result: R
    #: Undo: the ``also`` operations' inverses, then the new records' deletion (last first).
    undo: tuple[Operation, ...]
    #: Redo after an undo: the new records restored (same ids), then ``also`` again.
    redo: tuple[Operation, ...]


def create(
    db: Database,
    entity: Entity | Sequence[Entity],
    make: Callable[[], R],
    also: Sequence[Operation] = (),
) -> Created[R]:
    """Run a service that creates records, and the edits ``also``, in one unit of work.

    ``make`` returns a row with an ``id``, the id itself, or a list of them (a failure stores
    none); ``entity`` names their kind, or gives one kind per row. Undo deletes them
    (tombstones) and redo restores them with the same ids.
    """
    with unit_of_work(db):
        result = make()
        undo_also = apply_all(db, also)
    rows: list[Any] = list(result) if isinstance(result, list | tuple) else [result]
    kinds = [entity] * len(rows) if isinstance(entity, str) else list(entity)
    made = [(Entity(k), r if isinstance(r, uuid.UUID) else r.id) for k, r in zip(kinds, rows, strict=True)]
    return Created(
        result,
        undo=(*undo_also, *(Delete(k, i) for k, i in reversed(made))),
        redo=(*(Restore(k, i) for k, i in made), *also),
    )


def _changed_by_others(
    session: Session, db: Database, record_id: uuid.UUID, seen: int, version: int
) -> list[HistoryEntry] | None:
    """The changes made to a record since version ``seen`` by anyone but this person on this
    installation; None when every version since was their own edit (their undo and redo of
    their own edits goes through). A version nobody logged (an imported bundle) counts as
    someone else's: the list is then empty."""
    since = changes_since(session, record_id, seen)
    mine = {e.version for e in since if e.device_id == db.device_id and e.person == db.person}
    if set(range(seen + 1, version + 1)) <= mine:
        return None
    return [e for e in since if e.version not in mine]


def _update(session: Session, db: Database, kind: EditableKind, operation: Update, obj: Any) -> Update:
    new: dict[str, Any] = {}
    for name, value in operation.values.items():
        checker = kind.fields.get(name)
        if checker is None:
            raise ValidationError(operation.entity, name, value, msg("record.field_not_editable"))
        try:
            new[name] = checker(session, obj, value)
        except ValidationError as exc:
            raise ValidationError(operation.entity, name, value, exc.why or exc.reason) from None
        except ValueError as exc:
            raise ValidationError(operation.entity, name, value, reason_of(exc)) from None
    kind.check_update(session, operation.entity, obj, new)
    # After the check: it may add a field the update implies, whose old value undo needs too.
    old = {name: getattr(obj, name) for name in new}
    for name, value in new.items():
        setattr(obj, name, value)
    session.flush()
    changed = {name: (old[name], new[name]) for name in new if old[name] != new[name]}
    log_change(session, db, operation.entity, obj.id, obj.version, "update", changed)
    return Update(operation.entity, obj.id, old, seen=obj.version)
