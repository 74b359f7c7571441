"""Conflicts found by sync: list them, and resolve one by keeping a version or field values.

A conflict keeps both versions of a record (this database's, "mine", and the bundle's,
"theirs"); the record itself shows the one the merge rule picked. Resolving it is an
ordinary edit of the record made here (new version, this device), whose version vector
contains both sides, so it reaches every other database as a plain update and settles the
same conflict there too.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from cpdesk.core.errors import ValueRefused, reason_of
from cpdesk.core.messages import Term, msg
from cpdesk.services.sync.status import open_conflicts
from cpdesk.services.sync.values import OWNER_TABLES as OWNER_TABLES
from cpdesk.services.sync.values import LinkedRecord as LinkedRecord
from cpdesk.services.sync.values import ValueContext as ValueContext
from cpdesk.services.sync.values import record_context
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store import ownership
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import SyncConflict, SyncKey
from cpdesk.sync import clock
from cpdesk.sync.conflict_list import CONFLICTS_FILE as CONFLICTS_FILE
from cpdesk.sync.conflict_list import read_conflicts
from cpdesk.sync.errors import ConflictError
from cpdesk.sync.records import ColumnCodec, RecordError, TableCodec, decode_value, table_codec

SIDES = ("mine", "theirs")
#: The pseudo-field for "is the record deleted" (deleted_at is metadata, not data).
DELETED = "deleted"


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the conflicts screen and ``cpdesk conflicts`` show it."""

    id: uuid.UUID
    entity: str
    record_id: uuid.UUID
    label: str
    shown: str
    peer: str
    detected_at: datetime
    differences: tuple[FieldDifference, ...]
    resolved_at: datetime | None
    resolution: str


def list_conflicts(db: Database, *, include_resolved: bool = False) -> list[ConflictRow]:
    """Open conflicts (all with ``include_resolved``), oldest first."""
    with reading(db) as session:
        query = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
        if not include_resolved:
            query = query.where(SyncConflict.resolved_at.is_(None))
        names = {k.fingerprint: k.name for k in session.execute(select(SyncKey)).scalars()}
        return [_row(c, names) for c in session.execute(query).scalars()]


def value_context(db: Database, row: ConflictRow) -> ValueContext:
    """Read what :class:`ValueContext` holds for one conflict (one read, nothing written)."""
    with reading(db) as session:
        conflict = session.get(SyncConflict, row.id)
        versions = {
            "mine": json.loads(conflict.mine) if conflict is not None else {},
            "theirs": json.loads(conflict.theirs) if conflict is not None else {},
        }
        return record_context(session, _codec(row.entity), row.record_id, versions)


def count_open(db: Database) -> int:
    """How many conflicts wait for a person (the status bar's count)."""
    return open_conflicts(db)


def resolve_conflict(db: Database, conflict_id: str, keep: list[str]) -> ConflictRow:
    """Resolve a conflict: ``keep`` is ``["mine"]``, ``["theirs"]`` or ``["FIELD=VALUE", ...]``.

    With field choices the record starts from the version it shows; each ``FIELD=mine`` or
    ``FIELD=theirs`` takes that side's value, any other ``FIELD=VALUE`` is typed in
    (``deleted=mine|theirs|yes|no`` for the deletion itself).
    """
    if not keep:
        raise ConflictError(msg("conflict.say_what_to_keep"))
    with unit_of_work(db) as session:
        conflict = _find(session, conflict_id)
        if conflict.resolved_at is not None:
            raise ConflictError(
                msg("conflict.already_resolved", conflict=str(conflict.id)[:8], resolution=str(conflict.resolution))
            )
        codec = _codec(conflict.table_name)
        sides = {"mine": _decode(codec, conflict.mine), "theirs": _decode(codec, conflict.theirs)}
        record = session.get(codec.model, conflict.row_id)
        if record is None:
            raise ConflictError(msg("conflict.record_gone", kind=_kind(codec.name), id=str(conflict.row_id)))
        if len(keep) == 1 and keep[0] in SIDES:
            chosen = _values(codec, sides[keep[0]])
            resolution = keep[0]
        else:
            chosen = _values(codec, {c.name: getattr(record, c.name) for c in codec.columns})
            for choice in keep:
                field, value = _field_choice(codec, choice, sides)
                chosen[field] = value
            resolution = "fields"
        before = record.deleted_at
        for name, value in chosen.items():
            setattr(record, name, value)
        # Even when the chosen values equal what is shown, the resolution must be a new
        # version: it is what tells the other databases that this conflict is settled.
        flag_modified(record, "updated_at")
        conflict.resolved_at = utcnow()
        conflict.resolution = resolution
        session.flush()
        gone = sides["mine"]["deleted_at"] or sides["theirs"]["deleted_at"]
        blocked = ownership.follow_deletion(session, codec.name, record.id, before, record.deleted_at, gone)
        if blocked is not None:
            raise ConflictError(
                msg(
                    "conflict.parent_deleted",
                    kind=_kind(codec.name),
                    id=str(record.id),
                    parent_kind=_kind(str(blocked[0])),
                    parent_id=str(blocked[1]),
                )
            )
        names = {k.fingerprint: k.name for k in session.execute(select(SyncKey)).scalars()}
        return _row(conflict, names)


def _find(session: Session, key: str) -> SyncConflict:
    text = key.strip().lower().replace("-", "")
    if len(text) < 4 or any(ch not in "0123456789abcdef" for ch in text):
        raise ConflictError(msg("conflict.bad_key", key=repr(key)))
    matches = [c for c in session.execute(select(SyncConflict)).scalars() if c.id.hex.startswith(text)]
    if not matches:
        raise ConflictError(msg("conflict.no_such", key=repr(key)))
    if len(matches) > 1:
        raise ConflictError(msg("conflict.several", key=repr(key), count=str(len(matches))))
    return matches[0]


def _kind(table: str) -> Term:
    """A synced table's record, named as the person knows it ("option", "giải pháp")."""
    return Term("Entity", {"cp_option": "option"}.get(table, table))


def _codec(table: str) -> TableCodec:
    try:
        return table_codec(table)
    except KeyError:
        raise ConflictError(msg("conflict.unknown_table", table=repr(table))) from None


def _decode(codec: TableCodec, text: str) -> dict[str, Any]:
    try:
        return codec.decode(json.loads(text), None, fill_missing=True)
    except RecordError as exc:  # stored before records were checked on arrival
        raise ConflictError(msg("conflict.unusable_version", problem=reason_of(exc))) from None


def _values(codec: TableCodec, row: dict[str, Any]) -> dict[str, Any]:
    """The columns a resolution sets: the data and whether the record is deleted."""
    values = {c.name: row[c.name] for c in codec.data_columns}
    values["deleted_at"] = row["deleted_at"]
    return values


def _field_choice(codec: TableCodec, choice: str, sides: dict[str, dict[str, Any]]) -> tuple[str, Any]:
    field, sep, value = choice.partition("=")
    field = field.strip()
    if not sep:
        raise ConflictError(msg("conflict.keep_form", choice=repr(choice)))
    columns = {c.name: c for c in codec.data_columns}
    if field == DELETED:
        if value in SIDES:
            return "deleted_at", sides[value]["deleted_at"]
        if value.lower() in ("yes", "true", "1"):
            return "deleted_at", sides["mine"]["deleted_at"] or sides["theirs"]["deleted_at"] or utcnow()
        if value.lower() in ("no", "false", "0"):
            return "deleted_at", None
        raise ConflictError(msg("conflict.keep_deleted", choice=repr(choice)))
    column = columns.get(field)
    if column is None:
        known = ", ".join(sorted([*columns, DELETED]))
        raise ConflictError(msg("conflict.no_field", kind=codec.name, field=repr(field), fields=known))
    if value in SIDES:
        return field, sides[value][field]
    return field, _typed(codec, column, value)


def _typed(codec: TableCodec, column: ColumnCodec, text: str) -> Any:
    """A value typed on the command line, read as the column's type."""
    if column.kind == "bytes":
        raise ConflictError(msg("conflict.file_field", kind=codec.name, field=column.name))
    if text == "" and column.nullable and column.kind != "text":
        return None
    raw: Any = text
    try:
        if column.kind in ("float", "int"):
            raw = _number(text, column.kind)
        elif column.kind == "bool":
            if text.lower() not in ("yes", "no", "true", "false", "1", "0"):
                raise ValueRefused(msg("conflict.yes_or_no"))
            raw = text.lower() in ("yes", "true", "1")
        elif column.kind == "json":
            raw = json.loads(text)
        return decode_value(codec.name, column, raw, None)
    except (ValueError, RecordError) as exc:
        raise ConflictError(
            msg("conflict.bad_value", kind=codec.name, field=column.name, value=repr(text), problem=reason_of(exc))
        ) from None


def _number(text: str, kind: str) -> float | int:
    """``text`` as a float or a whole number; Python's own words ("could not convert string to
    float") replaced by a message."""
    try:
        return float(text) if kind == "float" else int(text)
    except ValueError:
        raise ValueRefused(msg("value.not_number" if kind == "float" else "value.whole")) from None


def _row(conflict: SyncConflict, peers: dict[str, str]) -> ConflictRow:
    codec = _codec(conflict.table_name)
    mine = json.loads(conflict.mine)
    theirs = json.loads(conflict.theirs)
    differences = [
        FieldDifference(c.name, _shown_value(c, mine.get(c.name)), _shown_value(c, theirs.get(c.name)))
        for c in codec.data_columns
        if mine.get(c.name) != theirs.get(c.name)
    ]
    if (mine.get("deleted_at") is None) != (theirs.get("deleted_at") is None):
        differences.append(
            FieldDifference(DELETED, mine.get("deleted_at") is not None, theirs.get("deleted_at") is not None)
        )
    shown = mine if conflict.shown == "mine" else theirs
    label = next((str(shown[k]) for k in ("title", "name", "code", "filename") if shown.get(k)), "")
    return ConflictRow(
        id=conflict.id,
        entity=conflict.table_name,
        record_id=conflict.row_id,
        label=label,
        shown=conflict.shown,
        peer=peers.get(conflict.peer, conflict.peer),
        detected_at=conflict.detected_at,
        differences=tuple(differences),
        resolved_at=conflict.resolved_at,
        resolution=conflict.resolution,
    )


def _shown_value(column: ColumnCodec, value: Any) -> Any:
    """Values as a person reads them; a file's bytes by their size only."""
    if column.kind == "bytes" and isinstance(value, dict) and "$b64" in value:
        return f"{len(base64.b64decode(value['$b64']))} bytes"
    return value


# ------------------------------------------------------------------ conflicts travel too
#
# A conflict is found by the database that receives the second version. When a field
# installation finds one while importing from the centre, the version it keeps out of sight
# (its own, or the centre's) would otherwise exist on that laptop only. So open conflicts
# found while importing from a peer travel back to that peer with the next export
# (``files/conflicts.json``), are listed there too, with "mine" and "theirs" seen from
# there, under the same id, and are settled on both sides by whichever resolution comes
# first (see ``Merger._close_superseded``).


def conflicts_for(session: Session, peer: str) -> bytes | None:
    """The open conflicts found while importing from ``peer``, for an export to it."""
    if not peer:
        return None
    rows = (
        session.execute(
            select(SyncConflict)
            .where(SyncConflict.peer == peer, SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.id)
        )
        .scalars()
        .all()
    )
    if not rows:
        return None
    return json.dumps(
        [
            {
                "id": str(c.id),
                "table": c.table_name,
                "row_id": str(c.row_id),
                "detected_at": c.detected_at.isoformat(),
                "shown": c.shown,
                "mine": json.loads(c.mine),
                "theirs": json.loads(c.theirs),
                "mine_vector": json.loads(c.mine_vector),
                "theirs_vector": json.loads(c.theirs_vector),
            }
            for c in rows
        ],
        sort_keys=True,
    ).encode()


def receive_conflicts(
    session: Session, data: bytes, *, peer: str, bundle_id: uuid.UUID, aliases: dict[tuple[str, uuid.UUID], uuid.UUID]
) -> list[uuid.UUID]:
    """List here the conflicts a peer found with this database's versions; return new ids.

    The peer's "theirs" came from here, so here it is "mine", and the other way round. The
    whole list is checked (:func:`cpdesk.sync.conflict_list.read_conflicts`; an import may
    call it before the merge) before the first conflict is added.
    """
    added = []
    for entry in read_conflicts(data):
        if session.get(SyncConflict, entry.id) is not None:
            continue
        codec = table_codec(entry.table)
        row_id = aliases.get((codec.name, entry.row_id), entry.row_id)
        if session.get(codec.model, row_id) is None:
            continue
        session.add(
            SyncConflict(
                id=entry.id,
                table_name=codec.name,
                row_id=row_id,
                detected_at=entry.detected_at,
                peer=peer,
                bundle_id=bundle_id,
                shown="theirs" if entry.shown == "mine" else "mine",
                mine=_stored({**entry.theirs, "id": str(row_id)}),
                theirs=_stored({**entry.mine, "id": str(row_id)}),
                mine_vector=clock.to_text(entry.theirs_vector),
                theirs_vector=clock.to_text(entry.mine_vector),
                resolution="",
            )
        )
        added.append(entry.id)
    session.flush()
    return added


def _stored(version: Mapping[str, Any]) -> str:
    """A received version as the conflict keeps it (checked: finite numbers only)."""
    return json.dumps(version, sort_keys=True, allow_nan=False)
