"""Who changed a record, when and what: the change log of a database several people share.

Every edit that :mod:`.applying` carries out is logged here with its author (the person's
name and installation), its time and each field's value before and after. An edit made on a
screen older than the record is refused by :class:`ChangedMeanwhile`, which names the changes
made since that screen was drawn ("Nguyễn Văn A changed Investment from 150 000 000 to
180 000 000 at 14:02"), so the person can reload, apply theirs anyway, or merge field by field.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cpdesk.core import labels
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import Message, Term, msg
from cpdesk.core.record_history import FieldChange, HistoryEntry
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import ChangeFeed, ChangeRecord
from cpdesk.store.models.history import KEPT_PER_RECORD


class ChangedMeanwhile(CpdeskError):
    """An edit was made on a screen older than the record: someone changed it since.

    Nothing was written. ``changes`` are the colleagues' changes since the version the
    person saw (empty when the record was changed by an import, which logs no fields);
    ``current`` the record's fields as they are now, for a merge field by field.
    """

    def __init__(
        self,
        entity: Entity,
        table: str,
        record_id: uuid.UUID,
        seen: int,
        version: int,
        changes: Sequence[HistoryEntry],
        current: Mapping[str, Any],
    ) -> None:
        self.entity = entity
        self.record_id = record_id
        self.seen = seen
        self.version = version
        self.changes = tuple(changes)
        self.current = dict(current)
        super().__init__(_describe(entity, table, changes))


def _describe(entity: Entity, table: str, changes: Sequence[HistoryEntry]) -> Message:
    """ "Nguyễn Văn A changed Investment from 150 000 000 to 180 000 000 at 14:02" for the
    latest change; the others are counted."""
    what = Term("Entity", entity.value)
    if not changes:
        return msg("edit.changed_by_import", record=what)
    last = changes[-1]
    who = last.person or last.device_id[:8]
    fields = [c for c in last.changes if c.field != "deleted_at"]
    if last.action == "delete":
        said = msg("edit.deleted_by", person=who, record=what, when=last.changed_at)
    elif fields:
        first = fields[0]
        said = msg(
            "edit.field_changed_by",
            person=who,
            field=_field(table, first.field),
            before=_shown(first.before),
            after=_shown(first.after),
            when=last.changed_at,
        )
    else:
        said = msg("edit.changed_by", person=who, record=what, when=last.changed_at)
    earlier = len(changes) - 1
    return msg("edit.and_earlier", change=said, earlier=earlier) if earlier else said


def _field(table: str, column: str) -> object:
    """A column as the person knows it ("Investment"), in the message's language."""
    fields = labels.labels_of("Field")
    for code in (f"{table}.{column}", column):
        if code in fields:
            return Term("Field", code)
    return column.replace("_", " ")


def _shown(value: object) -> object:
    """A logged value as a message says it: numbers in the reader's notation, empty as a dash."""
    if value is None or value == "":
        return "–"
    return value


def jsonable(value: object) -> object:
    """A field's value as the log keeps it (JSON): numbers and text as they are, the rest as text."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def log_change(
    session: Session,
    db: Database,
    entity: Entity,
    record_id: uuid.UUID,
    version: int,
    action: str,
    changes: Mapping[str, tuple[object, object]],
) -> None:
    """Log one change, and forget the record's changes beyond the last :data:`KEPT_PER_RECORD`."""
    session.add(
        ChangeRecord(
            entity=entity.value,
            record_id=record_id,
            version=version,
            action=action,
            device_id=db.device_id,
            person=db.person,
            changes={name: [jsonable(before), jsonable(after)] for name, (before, after) in changes.items()},
        )
    )
    session.flush()
    kept = (
        select(ChangeRecord.seq)
        .where(ChangeRecord.record_id == record_id)
        .order_by(ChangeRecord.seq.desc())
        .limit(KEPT_PER_RECORD)
    )
    oldest_kept = select(kept.subquery().c.seq).order_by("seq").limit(1).scalar_subquery()
    session.execute(delete(ChangeRecord).where(ChangeRecord.record_id == record_id, ChangeRecord.seq < oldest_kept))


def changes_since(session: Session, record_id: uuid.UUID, version: int) -> list[HistoryEntry]:
    """The logged changes of a record that left it at a version above ``version``, oldest first."""
    rows = session.execute(
        select(ChangeRecord)
        .where(ChangeRecord.record_id == record_id, ChangeRecord.version > version)
        .order_by(ChangeRecord.seq)
    ).scalars()
    return [entry_of(r) for r in rows]


def changed_in_feed_since(
    session: Session, db: Database, table: str, record_id: uuid.UUID, seq: int
) -> list[HistoryEntry] | None:
    """Someone else's changes of a record committed after feed row ``seq`` (what the person's
    screen was refreshed to), or None when there were none. Their logged changes are given
    when there are (an import's are not logged: the list is then empty)."""
    key = str(record_id)
    rows = session.execute(
        select(ChangeFeed.changed_at, ChangeFeed.tables, ChangeFeed.ids)
        .where(ChangeFeed.seq > seq, ChangeFeed.origin != db.origin)
        .order_by(ChangeFeed.seq)
    ).all()
    named = [r.changed_at for r in rows if key in r.ids or (not r.ids and table in r.tables)]
    if not named:
        return None
    # The log's row of a change is written a moment before its feed row (same transaction):
    # the others' last logged changes of the record, no older than a minute before the first.
    logged = session.execute(
        select(ChangeRecord)
        .where(ChangeRecord.record_id == record_id, ChangeRecord.changed_at >= named[0] - timedelta(minutes=1))
        .order_by(ChangeRecord.seq.desc())
    ).scalars()
    theirs = [entry_of(r) for r in logged if (r.person, r.device_id) != (db.person, db.device_id)]
    return list(reversed(theirs[: len(named)]))


def history(db: Database, record_id: uuid.UUID | str, limit: int = KEPT_PER_RECORD) -> list[HistoryEntry]:
    """The record's last changes, newest first: who, when, each field before and after."""
    key = record_id if isinstance(record_id, uuid.UUID) else uuid.UUID(str(record_id))
    with reading(db) as session:
        rows = session.execute(
            select(ChangeRecord).where(ChangeRecord.record_id == key).order_by(ChangeRecord.seq.desc()).limit(limit)
        ).scalars()
        return [entry_of(r) for r in rows]


def entry_of(row: ChangeRecord) -> HistoryEntry:
    """A row of the change log as a history lists it."""
    changes = tuple(FieldChange(name, pair[0], pair[1]) for name, pair in (row.changes or {}).items())
    return HistoryEntry(row.version, row.action, row.changed_at, row.person, row.device_id, changes)
