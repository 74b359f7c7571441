"""Which records belong to which: deleting an owner deletes what it owns, in one transaction.

An assessment owns its team, task progress, fuel overrides, process steps, streams, waste
streams, options, attachments, logger series and period readings; a stream owns its measurements, a
measurement its logger source, a waste stream its causes, an option its savings, a series its
chunks, and a process step the streams into and out of it. :data:`OWNERSHIP` lists these
references (child table, foreign key, parent table). A row is live only while every owner it
names is live, so deleting an owner tombstones the whole subtree under it in the same unit of
work, both when a person deletes it (:func:`tombstone_subtree`, called by
:mod:`cpdesk.services.editing`) and when an import brings the tombstone, or brings a live row
under an owner already deleted here (:func:`tombstone_orphans`, called once at the end of the
merge), and when a person settles a conflict (:func:`follow_deletion`). Undo
(:func:`restore_subtree`) brings back exactly the rows the deletion took: they carry the
owner's ``deleted_at``, so rows deleted earlier on their own stay deleted.

A step owns the streams into and out of it: a stream is a flow *between* steps (or across
the boundary from one), and the flow chart and the steps table have always deleted them with
the step ("a stream cannot lose an end"). So no live stream names a deleted step, which the
balances refuse ("refers to an unknown process step").

Every other reference is a **link** (:data:`LINKS`): the row stands on its own and keeps the
id of a record that may be deleted, which readers treat as "none" or still name (the
deleted record is a tombstone, never removed). The reasons, per link:

- an option's ``cause_id`` and ``waste_stream_id``: the option answers a cause, but its
  investment, savings and status are the company's and count in the programme whether or
  not the cause is still listed;
- a waste stream's and a series' ``stream_id``: both belong to the assessment and only say
  which stream they were measured on; their costs and readings stay;
- a logger source's ``series_id``: the measurement made from a series keeps its value and
  its provenance when the series is deleted;
- an attachment's ``owner_id`` (no foreign key): a photo of a step stays with the assessment
  and still names the step it showed;
- an assessment's company, programme and factor set, and a training record's assessment:
  catalogue and reference records shared by many, never owners (the editing service does
  not delete a company or programme that a live assessment names);
- the factor sets' rows and the training records: owned by meaning, but not cascaded here.
  Factor sets are the centre's alone and travel whole in its reference packs (a field must
  not stamp them); a training record with live dependants is not deleted at all (see
  :mod:`cpdesk.services.training.edits`).

Cascaded rows are stamped as a local edit (this device, ``version + 1``, ``updated_at``) by
set-based UPDATEs, a few per ownership edge and level, as the session hook stamps ORM
objects: they travel on with the next export like any other deletion. Only ``deleted_at``
and the sync metadata change, so when the sender's own tombstones of the same rows arrive
later the content is the same on both sides (see ``content_hash``) and no conflict is made.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, case, select, update
from sqlalchemy.orm import Session

import cpdesk.store.models  # noqa: F401  (maps the assessment's tables into the metadata)
from cpdesk.store.base import Base, SyncedMixin, utcnow
from cpdesk.store.session import DEVICE_ID, VERSION_CEILING

#: Ids per statement: well below SQLite's limit of bound parameters.
CHUNK = 900


@dataclass(frozen=True)
class Edge:
    """A reference from ``child.column`` to ``parent.id``."""

    child: str
    column: str
    parent: str


#: References that make the child part of the parent (parents before their children, so a
#: restore brings an owner back before the rows it owns: steps before streams).
OWNERSHIP: tuple[Edge, ...] = (
    Edge("team_member", "assessment_id", "assessment"),
    Edge("task_progress", "assessment_id", "assessment"),
    Edge("fuel_override", "assessment_id", "assessment"),
    Edge("process_step", "assessment_id", "assessment"),
    Edge("stream", "assessment_id", "assessment"),
    Edge("stream", "source_step_id", "process_step"),
    Edge("stream", "target_step_id", "process_step"),
    Edge("measurement", "stream_id", "stream"),
    Edge("waste_stream", "assessment_id", "assessment"),
    Edge("cause", "waste_stream_id", "waste_stream"),
    Edge("cp_option", "assessment_id", "assessment"),
    Edge("option_saving", "option_id", "cp_option"),
    Edge("attachment", "assessment_id", "assessment"),
    Edge("logger_series", "assessment_id", "assessment"),
    Edge("logger_series_chunk", "series_id", "logger_series"),
    Edge("measurement_source", "measurement_id", "measurement"),
    Edge("period_reading", "assessment_id", "assessment"),
)

#: References that are not ownership (see the module doc for why, per kind).
LINKS: tuple[Edge, ...] = (
    Edge("assessment", "company_id", "company"),
    Edge("assessment", "programme_id", "programme"),
    Edge("assessment", "factor_set_id", "factor_set"),
    Edge("waste_stream", "stream_id", "stream"),
    Edge("logger_series", "stream_id", "stream"),
    Edge("cp_option", "cause_id", "cause"),
    Edge("cp_option", "waste_stream_id", "waste_stream"),
    Edge("measurement_source", "series_id", "logger_series"),
    Edge("fuel_factor", "factor_set_id", "factor_set"),
    Edge("grid_factor", "factor_set_id", "factor_set"),
    Edge("carrier_price", "factor_set_id", "factor_set"),
    Edge("course_module", "course_id", "course"),
    Edge("course_module", "demonstration_company_id", "company"),
    Edge("training_session", "course_id", "course"),
    Edge("training_session", "module_id", "course_module"),
    Edge("attendance", "participant_id", "participant"),
    Edge("attendance", "session_id", "training_session"),
    Edge("certificate", "participant_id", "participant"),
    Edge("certificate", "course_id", "course"),
    Edge("indicator_value", "indicator_id", "indicator"),
    Edge("practical_module", "course_module_id", "course_module"),
    Edge("practical_module", "reference_assessment_id", "assessment"),
    Edge("practical_assignment", "module_id", "practical_module"),
    Edge("practical_assignment", "participant_id", "participant"),
    Edge("practical_assignment", "assessment_id", "assessment"),
)

#: Tables whose rows carry bytes: an import does not read their records a second time (the
#: bytes would be fetched again); their orphans are found from their owner's side.
_BYTES_TABLES = ("attachment", "logger_series_chunk")


def owned_by(parent: str) -> tuple[Edge, ...]:
    """The ownership edges from ``parent`` to the tables it owns."""
    return tuple(edge for edge in OWNERSHIP if edge.parent == parent)


def owners_of(child: str) -> tuple[Edge, ...]:
    """The ownership edges from ``child`` to its owners."""
    return tuple(edge for edge in OWNERSHIP if edge.child == child)


def tombstone_subtree(session: Session, table: str, ids: Iterable[uuid.UUID], deleted_at: datetime) -> dict[str, int]:
    """Tombstone every live row owned, at any depth, by the rows ``ids`` of ``table``.

    The rows get the owner's ``deleted_at`` (so that :func:`restore_subtree` knows them) and
    this session's device as a local edit. Returns the count per table.
    """
    session.flush()  # pending ORM changes first: the UPDATEs below must not be overwritten
    counts = _walk(session, {table: set(ids)}, _Tombstone(deleted_at))
    _expire(session, counts)
    return counts


def restore_subtree(session: Session, table: str, ids: Iterable[uuid.UUID], deleted_at: datetime) -> dict[str, int]:
    """Bring back the rows the deletion at ``deleted_at`` of ``ids`` took with it.

    A row deleted on its own at another time stays deleted, and so does a row another of
    whose owners is still deleted (a stream whose other step is gone).
    """
    session.flush()
    counts = _walk(session, {table: set(ids)}, _Restore(deleted_at))
    _expire(session, counts)
    return counts


def deleted_owner(session: Session, table: str, row_id: uuid.UUID) -> tuple[str, uuid.UUID] | None:
    """An owner (table, id) of the row that is deleted, if any: the row cannot come back alone."""
    child = _table(table)
    for edge in owners_of(table):
        parent = _table(edge.parent)
        found = session.execute(
            select(parent.c.id)
            .select_from(child.join(parent, parent.c.id == child.c[edge.column]))
            .where(child.c.id == row_id, parent.c.deleted_at.is_not(None))
        ).scalar_one_or_none()
        if found is not None:
            return edge.parent, found
    return None


def follow_deletion(
    session: Session,
    table: str,
    row_id: uuid.UUID,
    before: datetime | None,
    after: datetime | None,
    deleted_as: datetime | None = None,
) -> tuple[str, uuid.UUID] | None:
    """A row's deletion was settled other than by an edit (a conflict resolved): take what it
    owns along, or bring back what its deletion took.

    ``deleted_as`` is the time of a deletion the row was shown without (a conflict shows an
    edit rather than a deletion, while the deletion's cascade stands): keeping the row live
    brings back what that deletion took too. Returns a deleted owner that keeps the row from
    coming back (the caller refuses the change), else None.
    """
    if after is not None:
        if before is None:
            tombstone_subtree(session, table, [row_id], after)
        return None
    taken = before or deleted_as
    if taken is None:
        return None
    owner = deleted_owner(session, table, row_id)
    if owner is not None:
        return owner
    restore_subtree(session, table, [row_id], taken)
    return None


class OrphanWatch:
    """What an import's records say of owners: the deleted owners it brings, and the owners its
    live records hang under. Fed by the merge batch by batch (see ``Merger.observe``), so the
    bundle is not read again; records with bytes (attachments, chunks) are left to a join."""

    def __init__(self) -> None:
        self.tables: set[str] = set()
        self.candidates: dict[str, set[uuid.UUID]] = defaultdict(set)
        self._owners = {edge.parent for edge in OWNERSHIP}

    def __call__(self, name: str, rows: list[dict[str, Any]]) -> None:
        self.tables.add(name)
        edges = owners_of(name)
        if name in _BYTES_TABLES or (name not in self._owners and not edges):
            return
        for row in rows:
            if row.get("deleted_at") is not None:
                if name in self._owners:
                    self.candidates[name].add(row["id"])
                continue
            for edge in edges:
                if row.get(edge.column) is not None:
                    self.candidates[edge.parent].add(row[edge.column])


def tombstone_orphans(session: Session, watch: OrphanWatch) -> list[str]:
    """After an import: tombstone the live rows left under a deleted owner; say what was done.

    The owners to look under are the ones the import's records name (``watch``): its deleted
    records of owning tables, and the owners its live records refer to when they are deleted
    here. Each is found by id or by an indexed foreign key; what the bundle does not touch is
    not looked at (the centre holds thousands of assessments). When the bundle holds records
    with bytes (attachments, chunks), the live ones under a deleted assessment or series are
    found by a join. Cascaded rows get their owner's ``deleted_at``.
    """
    candidates = watch.candidates
    roots: dict[str, set[uuid.UUID]] = {}
    for name, ids in candidates.items():
        parent = _table(name)
        deleted = parent.c.deleted_at.is_not(None)
        for chunk in _chunks(ids):
            found = session.execute(select(parent.c.id).where(parent.c.id.in_(chunk), deleted)).scalars()
            roots.setdefault(name, set()).update(found)
    counts = _walk(session, roots, _Tombstone(None))
    for name in _BYTES_TABLES:
        if name in watch.tables:
            for table, count in _leaves_under_deleted(session, name).items():
                counts[table] = counts.get(table, 0) + count
    _expire(session, counts)
    if not counts:
        return []
    detail = ", ".join(f"{table} {count}" for table, count in sorted(counts.items()))
    return [f"{sum(counts.values())} record(s) under deleted records were deleted with them ({detail})"]


def _leaves_under_deleted(session: Session, name: str) -> dict[str, int]:
    """Tombstone the live rows of a table that owns nothing whose owner is deleted.

    The deleted owners (assessments, series: the small tables) are listed first, then their
    rows found by the indexed foreign key, never by reading the table of photos or chunks.
    """
    device = str(session.info.get(DEVICE_ID, ""))
    now = utcnow()
    child = _table(name)
    counts: dict[str, int] = {}
    for edge in owners_of(name):
        parent = _table(edge.parent)
        deleted = select(parent.c.id).where(parent.c.deleted_at.is_not(None)).scalar_subquery()
        query = (
            select(child.c.id, parent.c.deleted_at)
            .select_from(child.join(parent, parent.c.id == child.c[edge.column]))
            .where(child.c[edge.column].in_(deleted), child.c.deleted_at.is_(None))
        )
        change: dict[datetime, list[uuid.UUID]] = defaultdict(list)
        for key, when in session.execute(query):
            change[when].append(key)
        for when, keys in change.items():
            counts[name] = counts.get(name, 0) + _stamp(session, name, keys, when, device, now)
    return counts


# ---------------------------------------------------------------------- the walk


class _Tombstone:
    """Tombstone live children with ``deleted_at`` (None: each with its owner's), and walk
    on through every child, live or not (an older deletion may have left rows live below)."""

    def __init__(self, deleted_at: datetime | None) -> None:
        self.deleted_at = deleted_at

    def children(
        self, session: Session, edge: Edge, parent_ids: Sequence[uuid.UUID]
    ) -> tuple[list[uuid.UUID], dict[datetime, list[uuid.UUID]]]:
        child, parent = _table(edge.child), _table(edge.parent)
        query = (
            select(child.c.id, child.c.deleted_at, parent.c.deleted_at)
            .select_from(child.join(parent, parent.c.id == child.c[edge.column]))
            .where(child.c[edge.column].in_(parent_ids))
        )
        walk: list[uuid.UUID] = []
        change: dict[datetime, list[uuid.UUID]] = defaultdict(list)
        for key, own, owners in session.execute(query):
            walk.append(key)
            when = self.deleted_at or owners
            if own is None and when is not None:
                change[when].append(key)
        return walk, change


class _Restore:
    """Bring back children deleted at ``deleted_at`` whose owners are all live again."""

    def __init__(self, deleted_at: datetime) -> None:
        self.deleted_at = deleted_at

    def children(
        self, session: Session, edge: Edge, parent_ids: Sequence[uuid.UUID]
    ) -> tuple[list[uuid.UUID], dict[datetime | None, list[uuid.UUID]]]:
        child = _table(edge.child)
        query = select(child.c.id).where(child.c[edge.column].in_(parent_ids), child.c.deleted_at == self.deleted_at)
        keys = list(session.execute(query).scalars())
        blocked: set[uuid.UUID] = set()
        for other in owners_of(edge.child):
            parent = _table(other.parent)
            blocked.update(
                session.execute(
                    select(child.c.id)
                    .select_from(child.join(parent, parent.c.id == child.c[other.column]))
                    .where(child.c.id.in_(keys), parent.c.deleted_at.is_not(None))
                ).scalars()
            )
        back = [key for key in keys if key not in blocked]
        return back, ({None: back} if back else {})


def _walk(session: Session, frontier: Mapping[str, set[uuid.UUID]], mode: _Tombstone | _Restore) -> dict[str, int]:
    """Level by level from ``frontier`` down the ownership edges; changed rows per table."""
    device = str(session.info.get(DEVICE_ID, ""))
    now = utcnow()
    counts: dict[str, int] = defaultdict(int)
    level = {table: set(ids) for table, ids in frontier.items() if ids}
    # A row is walked from once: the roots of an import are often each other's children.
    seen: dict[str, set[uuid.UUID]] = defaultdict(set, {table: set(ids) for table, ids in level.items()})
    while level:
        following: dict[str, set[uuid.UUID]] = defaultdict(set)
        for edge in OWNERSHIP:
            parent_ids = sorted(level.get(edge.parent, ()))
            for chunk in _chunks(parent_ids):
                walk, change = mode.children(session, edge, chunk)
                for when, keys in change.items():
                    counts[edge.child] += _stamp(session, edge.child, keys, when, device, now)
                following[edge.child].update(key for key in walk if key not in seen[edge.child])
        for table, ids in following.items():
            seen[table] |= ids
        level = {table: ids for table, ids in following.items() if ids}
    return {table: count for table, count in counts.items() if count}


def _stamp(
    session: Session, table: str, keys: Sequence[uuid.UUID], deleted_at: datetime | None, device: str, now: datetime
) -> int:
    """Set ``deleted_at`` of the rows as a local edit, as the session hook stamps ORM objects."""
    target = _table(table)
    changed = 0
    for chunk in _chunks(keys):
        result = session.execute(
            update(target)
            .where(target.c.id.in_(chunk))
            .values(deleted_at=deleted_at, version=_next_version(target), device_id=device, updated_at=now)
        )
        # An UPDATE's result is a CursorResult, but Session.execute is typed as any Result.
        changed += result.rowcount or 0  # type: ignore[attr-defined]
    return changed


def _next_version(target: Table) -> Any:
    """``version + 1``, kept at the column's ceiling as the session hook keeps it."""
    return case((target.c.version < VERSION_CEILING, target.c.version + 1), else_=target.c.version)


def _expire(session: Session, counts: Mapping[str, int]) -> None:
    """Objects of the changed tables that the session holds are read again when next used."""
    if not counts:
        return
    for obj in list(session.identity_map.values()):
        if isinstance(obj, SyncedMixin) and getattr(obj, "__tablename__", None) in counts:
            session.expire(obj)


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _chunks(ids: Iterable[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    batch: list[uuid.UUID] = []
    for key in ids:
        batch.append(key)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
