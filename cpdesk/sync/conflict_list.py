"""A peer's list of conflicts (``files/conflicts.json`` of a data bundle), read and checked whole.

Open conflicts found while importing from a peer travel back to it (see
:mod:`cpdesk.services.sync.conflicts`). What arrives is kept here as a conflict to resolve, so
it gets the checks a record gets: each version must be a record its table may hold, each
vector a version vector, the time a timestamp with its zone. A malformed entry kept here would
otherwise make every later import of that record, or its resolution, fail. Reading writes
nothing, so an import can check the list before the merge writes a single row.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cpdesk.core.record_rules import shown as _shown
from cpdesk.sync import clock
from cpdesk.sync.errors import DamagedBundle
from cpdesk.sync.records import RecordError, table_codec

#: The member of a data bundle that holds the list (``files/conflicts.json``).
CONFLICTS_FILE = "conflicts.json"
SIDES = ("mine", "theirs")


@dataclass(frozen=True)
class ReceivedConflict:
    """One conflict of a peer's list, every field checked, seen from the peer."""

    id: uuid.UUID
    table: str
    row_id: uuid.UUID
    detected_at: datetime
    shown: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    mine_vector: clock.VersionVector
    theirs_vector: clock.VersionVector


_ENTRY_KEYS = frozenset(ReceivedConflict.__dataclass_fields__)


def read_conflicts(data: bytes) -> list[ReceivedConflict]:
    """A peer's list of conflicts (``files/conflicts.json``), every entry checked; writes nothing.

    Each version must be a record its table may hold (the same checks as a record of the
    bundle), each vector a version vector, ``detected_at`` a timestamp with its time zone: a
    conflict kept here must never stop a later import or resolution.

    Raises:
        DamagedBundle: one line naming the conflict (or its place in the list) and the field.
    """
    try:
        entries = json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise _refused("", "", f"is not JSON ({str(exc)[:80]})") from None
    if not isinstance(entries, list):
        raise _refused("", "", "is not a list")
    seen: set[uuid.UUID] = set()
    received = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise _refused(f"entry {number}", "", "is not an object")
        conflict = _received(number, entry)
        if conflict.id in seen:
            raise _refused(f"conflict {conflict.id}", "", "is listed twice")
        seen.add(conflict.id)
        received.append(conflict)
    return received


def _received(number: int, entry: dict[str, Any]) -> ReceivedConflict:
    where = f"entry {number}"
    if entry.keys() != _ENTRY_KEYS:
        odd = sorted(entry.keys() ^ _ENTRY_KEYS)
        raise _refused(where, "", f"has fields that do not belong or lacks some ({', '.join(map(str, odd))[:120]})")
    conflict_id = _uuid(where, "id", entry["id"])
    where = f"conflict {conflict_id}"
    try:
        codec = table_codec(str(entry["table"]))
    except KeyError:
        raise _refused(where, "table", f"{_shown(entry['table'])} is no table this cpdesk knows") from None
    row_id = _uuid(where, "row_id", entry["row_id"])
    detected = entry["detected_at"]
    try:
        detected_at = datetime.fromisoformat(detected) if isinstance(detected, str) else None
        if detected_at is not None and detected_at.tzinfo is not None:
            detected_at = detected_at.astimezone(UTC)
    except (ValueError, OverflowError):
        detected_at = None
    if detected_at is None:
        raise _refused(where, "detected_at", f"{_shown(detected)} is not a timestamp")
    if detected_at.tzinfo is None:
        raise _refused(where, "detected_at", f"timestamp {_shown(detected)} has no time zone")
    if entry["shown"] not in SIDES:
        raise _refused(where, "shown", f"{_shown(entry['shown'])} is neither mine nor theirs")
    versions: dict[str, dict[str, Any]] = {}
    vectors: dict[str, clock.VersionVector] = {}
    for side in SIDES:
        version = entry[side]
        if not isinstance(version, dict):
            raise _refused(where, side, "is not a record")
        try:
            codec.decode({**version, "id": str(row_id)}, None, fill_missing=True)
        except RecordError as exc:
            raise _refused(where, side, f"version: {exc}") from None
        versions[side] = version
        try:
            vector = clock.from_json(entry[f"{side}_vector"])
        except ValueError as exc:
            raise _refused(where, f"{side}_vector", str(exc)) from None
        if max(vector.values()) > clock.MAX_VERSION:
            raise _refused(where, f"{side}_vector", f"holds a version above {clock.MAX_VERSION}")
        vectors[side] = vector
    return ReceivedConflict(
        id=conflict_id,
        table=codec.name,
        row_id=row_id,
        detected_at=detected_at,
        shown=entry["shown"],
        mine=versions["mine"],
        theirs=versions["theirs"],
        mine_vector=vectors["mine"],
        theirs_vector=vectors["theirs"],
    )


def _uuid(where: str, field: str, value: Any) -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise _refused(where, field, f"{_shown(value)} is not an id")


def _refused(where: str, field: str, reason: str) -> DamagedBundle:
    """One line: the file, the conflict (or its place in the list), the field and what is wrong."""
    place = ": ".join(part for part in (f"its list of conflicts ({CONFLICTS_FILE})", where) if part)
    return DamagedBundle(f"{place}: {' '.join(part for part in (field, reason) if part)}")
