"""A record as the person sees it change: its last changes, the version a screen shows, and
what its values mean, for the history view and for the question an edit on an older screen
asks.

:func:`record_history` lists the last :data:`~cpdesk.core.record_history.HISTORY_LENGTH`
changes of a record from the change log, newest first. :func:`record_version` is the version
a dialog remembers when it opens, so that accepting it later is refused if someone changed the
record meanwhile (the screens' look for the others' changes runs while the dialog is open, so
the change feed alone would not tell). :func:`value_context` gives what the screens need to
write the values as people read them (the same context the sync conflicts screen uses), and
:func:`differences` the fields an edit and a colleague's newer version disagree on, for a
merge field by field.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select

from cpdesk.core.entities import Entity
from cpdesk.core.record_history import HISTORY_LENGTH, HistoryEntry
from cpdesk.services import lookup
from cpdesk.services.editing.history import ChangedMeanwhile, entry_of, jsonable
from cpdesk.services.editing.operations import Update
from cpdesk.services.editing.registry import editable
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import ChangeRecord

if TYPE_CHECKING:
    from cpdesk.services.sync.conflicts import FieldDifference
    from cpdesk.services.sync.values import ValueContext


def record_history(db: Database, entity: Entity | str, record_id: uuid.UUID | str) -> tuple[HistoryEntry, ...]:
    """The last changes of a record (at most :data:`HISTORY_LENGTH`), newest first: who, when,
    each field before and after. Raises NotFoundError for no such record (deleted ones have a
    history too)."""
    kind = editable(Entity(entity), lookup.as_uuid(str(entity), record_id))
    key = lookup.as_uuid(str(entity), record_id)
    with reading(db) as session:
        if session.get(kind.model, key) is None:
            raise lookup.NotFoundError(str(entity), str(record_id))
        rows = session.execute(
            select(ChangeRecord)
            .where(ChangeRecord.record_id == key)
            .order_by(ChangeRecord.seq.desc())
            .limit(HISTORY_LENGTH)
        ).scalars()
        return tuple(entry_of(row) for row in rows)


def record_version(db: Database, entity: Entity | str, record_id: uuid.UUID | str) -> int:
    """The record's version now (what a screen that shows it saw)."""
    kind = editable(Entity(entity), lookup.as_uuid(str(entity), record_id))
    with reading(db) as session:
        obj = session.get(kind.model, lookup.as_uuid(str(entity), record_id))
        if obj is None:
            raise lookup.NotFoundError(str(entity), str(record_id))
        return int(obj.version)


def value_context(
    db: Database, entity: Entity | str, record_id: uuid.UUID | str, mine: Mapping[str, Any] | None = None
) -> ValueContext:
    """What the values of a record mean: "theirs" is the record as it is now, "mine" the same
    with the values ``mine`` over it (an edit not written); both as the change log writes
    values. A kind of record that never travels has no column kinds: its values read plainly."""
    # The sync codecs map every travelling table: loaded when a value is first shown, not at start.
    from cpdesk.services.sync.values import ValueContext, record_context
    from cpdesk.sync.records import table_codec

    key = lookup.as_uuid(str(entity), record_id)
    kind = editable(Entity(entity), key)
    table = kind.model.__tablename__
    with reading(db) as session:
        obj = session.get(kind.model, key)
        try:
            codec = table_codec(table)
        except KeyError:
            columns = [attribute.key for attribute in inspect(kind.model).column_attrs]
            now = {name: jsonable(getattr(obj, name)) for name in columns} if obj is not None else {}
            versions = {"mine": {**now, **_logged(mine)}, "theirs": now}
            return ValueContext(table=table, columns={}, references={}, versions=versions)
        now = (
            {c.name: jsonable(getattr(obj, c.name)) for c in codec.data_columns if c.kind != "bytes"}
            if obj is not None
            else {}
        )
        return record_context(session, codec, key, {"mine": {**now, **_logged(mine)}, "theirs": now})


def differences(conflict: ChangedMeanwhile, edit: Update) -> tuple[FieldDifference, ...]:
    """The fields of ``edit`` whose value differs from the record's now (the colleague's), each
    with both values as the log writes them: what a merge field by field chooses between."""
    from cpdesk.services.sync.conflicts import FieldDifference

    found = []
    for name, value in edit.values.items():
        mine, theirs = jsonable(value), jsonable(conflict.current.get(name))
        if mine != theirs:
            found.append(FieldDifference(name, mine, theirs))
    return tuple(found)


def merged(edit: Update, conflict: ChangedMeanwhile, keep: Mapping[str, str]) -> Update | None:
    """The edit that keeps, of each field of ``edit``, the version ``keep`` names ("mine" or
    "theirs"; a field not named keeps theirs), made against the version the record is at now
    (so a change made after the question is refused again); None when it keeps nothing of
    mine."""
    values = {name: value for name, value in edit.values.items() if keep.get(name) == "mine"}
    if not values:
        return None
    return Update(edit.entity, edit.id, values, seen=conflict.version)


def _logged(values: Mapping[str, Any] | None) -> dict[str, Any]:
    return {name: jsonable(value) for name, value in (values or {}).items()}
