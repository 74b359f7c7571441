"""Merging the records of a verified bundle into a database, by record id and version vector.

For each incoming record (tables parents first, in batches):

1. ids are rewritten through ``sync_alias`` (records made independently under the same
   natural key, such as the factor set every installation installs), and a record whose id
   is new here but whose natural key matches a row here becomes an alias of that row;
2. the local row's version vector is compared with the incoming one (see
   :mod:`cpdesk.sync.clock` and :mod:`cpdesk.store.models.sync`):

   ==================  ===========================================================
   no local row        **new**: inserted as it came (its device, version and times)
   incoming older      **unchanged**: a replayed or stale copy never rolls data back
   same content        **unchanged** (vectors joined when they had diverged)
   incoming newer      **updated**: fast-forward to the incoming version
   both changed        **conflict**: both versions go to ``sync_conflict``; the row
                       shows the one the rule below picks, until a person resolves it
   ==================  ===========================================================

The row shown in a conflict is the greatest by (not deleted, version, device id, content
hash): it depends only on the two versions, never on which side is local, so every
database that sees the same two versions shows the same one (merges in any order
converge), and an edit is shown rather than a deletion. Nothing is ever overwritten
without the other version being kept: there is no last-writer-wins.

Everything happens in the caller's transaction; the caller commits once per bundle.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.orm import Session

from cpdesk.core.progress import CancelCheck
from cpdesk.store.base import utcnow
from cpdesk.store.models import SyncAlias, SyncConflict, SyncPeerRow, SyncRecord
from cpdesk.store.session import note_changed
from cpdesk.sync import authority, clock
from cpdesk.sync.errors import BundleRejected, Cancelled
from cpdesk.sync.reader import Record
from cpdesk.sync.records import TableCodec, canonical_json, content_hash
from cpdesk.sync.sql import among, insert_rows, upsert

#: Rows per round trip; rows that carry bytes (photos, logger chunks) go a few at a time.
BATCH = 1000
BATCH_WITH_BYTES = 8
#: A batch also closes once its records took this many bytes in the bundle (long texts,
#: large values): with values of at most 25 MiB, an import's memory stays bounded.
BATCH_BYTES = 16 * 1024 * 1024

Policy = Callable[[TableCodec], str | None]


@dataclass
class EntityReport:
    """What the import did to the records of one table."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    rejected: int = 0

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts + self.rejected


@dataclass
class MergeReport:
    """Counts per table, the conflicts found and why records were rejected."""

    entities: dict[str, EntityReport] = field(default_factory=dict)
    conflict_ids: list[uuid.UUID] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)

    def entity(self, table: str) -> EntityReport:
        return self.entities.setdefault(table, EntityReport())

    @property
    def changed(self) -> int:
        return sum(e.new + e.updated + e.conflicts for e in self.entities.values())


@dataclass(frozen=True)
class _State:
    vector: clock.VersionVector
    stamp: tuple[str, int]


class Merger:
    """Merges records from one peer into the session's database."""

    def __init__(
        self,
        session: Session,
        *,
        peer: str,
        bundle_id: uuid.UUID | None = None,
        policy: Policy | None = None,
        sender: authority.Sender | None = None,
        observe: Callable[[str, list[dict[str, Any]]], None] | None = None,
    ) -> None:
        self.session = session
        #: Shown every batch of rows as merged (ids and references as stored here), for
        #: what must follow the merge without reading the bundle again (deletions made whole).
        self.observe = observe
        self.peer = peer
        self.bundle_id = bundle_id or uuid.uuid4()
        self.policy = policy or (lambda _codec: None)
        #: Who signed the bundle; None merges without the authority checks (a local copy).
        self.sender = sender
        self.report = MergeReport()
        self._pending_states: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
        self.aliases: dict[tuple[str, uuid.UUID], uuid.UUID] = {
            (a.table_name, a.remote_id): a.local_id for a in session.execute(select(SyncAlias)).scalars()
        }

    # ------------------------------------------------------------------ driving

    def merge(
        self,
        records: Iterable[Record],
        codec: TableCodec,
        *,
        cancelled: CancelCheck | None = None,
    ) -> None:
        """Merge the records of one table (all parents must have been merged before)."""
        entity = self.report.entity(codec.name)
        reason = self.policy(codec)
        size = BATCH_WITH_BYTES if any(c.kind == "bytes" for c in codec.columns) else BATCH
        for batch in _batches(records, size, BATCH_BYTES):
            if cancelled is not None and cancelled():
                raise Cancelled("the import")
            if reason is not None:
                entity.rejected += len(batch)
                if entity.rejected == len(batch):
                    self.report.rejections.append(f"{codec.name}: {reason}")
                continue
            self._merge_batch(codec, batch, entity)

    def _merge_batch(self, codec: TableCodec, batch: list[Record], entity: EntityReport) -> None:
        rows = [self._rewrite(codec, record.row) for record in batch]
        if self.observe is not None:
            self.observe(codec.name, rows)
        self._check_references(codec, rows)
        table = codec.table
        ids = [row["id"] for row in rows]
        here = self.session.execute(select(table).where(among(self.session, table.c.id, ids))).mappings()
        local = {r["id"]: dict(r) for r in here}
        self._check_ids_elsewhere(codec, [row for row in rows if row["id"] not in local])
        states = self._states(codec.name, ids)
        matches = self._natural_matches(codec, [row for row in rows if row["id"] not in local])
        inserts: list[dict[str, Any]] = []
        marks: list[dict[str, Any]] = []
        unmark: list[uuid.UUID] = []
        for record, row in zip(batch, rows, strict=True):
            mine = local.get(row["id"])
            aliased = False
            if mine is None:
                mine = matches.get(row["id"])
                if mine is not None:
                    self._add_alias(codec.name, row["id"], mine["id"])
                    row = {**row, "id": mine["id"]}
                    aliased = True
            if not self._authorised(codec, row, record.vector, mine, states.get(row["id"]), aliased):
                entity.unchanged += 1
                unmark.append(row["id"])
                continue
            mark = {
                "peer": self.peer,
                "table_name": codec.name,
                "row_id": row["id"],
                "device_id": row["device_id"],
                "version": row["version"],
            }
            if mine is None:
                marks.append(mark)
                version = max(row["version"], clock.top(record.vector))
                inserts.append({**row, "version": version})
                self._set_state(codec.name, row["id"], record.vector, row["device_id"], version)
                entity.new += 1
                continue
            state = states.get(row["id"])
            outcome, same_as_peer = self._merge_one(codec, mine, state, row, record.vector, aliased)
            setattr(entity, outcome, getattr(entity, outcome) + 1)
            if same_as_peer:
                marks.append(mark)
            else:
                # The row now differs from what the peer sent (it holds both histories, or
                # ours was newer): it must go back to that peer with the next export.
                unmark.append(row["id"])
        if inserts:
            insert_rows(self.session, table, inserts)
            note_changed(self.session, codec.name, [row["id"] for row in inserts])  # open screens hear of it
        upsert(self.session, SyncRecord.__table__, list(self._pending_states.values()), ["table_name", "row_id"])
        self._pending_states.clear()
        upsert(self.session, SyncPeerRow.__table__, marks, ["peer", "table_name", "row_id"])
        if unmark:
            self.session.execute(
                delete(SyncPeerRow).where(
                    SyncPeerRow.peer == self.peer,
                    SyncPeerRow.table_name == codec.name,
                    among(self.session, SyncPeerRow.row_id, unmark),
                )
            )

    def _merge_one(
        self,
        codec: TableCodec,
        mine: dict[str, Any],
        state: _State | None,
        theirs: dict[str, Any],
        their_vector: clock.VersionVector,
        aliased: bool,
    ) -> tuple[str, bool]:
        """Merge one record into an existing row: the outcome, and whether the row is now
        exactly the revision the peer sent."""
        my_vector = clock.effective(
            state.vector if state else None, state.stamp if state else None, mine["device_id"], mine["version"]
        )
        my_hash, their_hash = content_hash(codec, mine), content_hash(codec, theirs)
        # Two records made independently and matched by natural key share no history.
        order = clock.Order.CONCURRENT if aliased else clock.compare(their_vector, my_vector)
        if order is clock.Order.BEFORE:
            return "unchanged", False  # an older copy: never roll back
        if order is clock.Order.AFTER:
            version = max(theirs["version"], clock.top(their_vector))
            self._write_row(codec, {**theirs, "version": version})
            self._set_state(codec.name, mine["id"], their_vector, theirs["device_id"], version)
            self._close_superseded(codec.name, mine["id"], their_vector)
            return ("unchanged" if my_hash == their_hash else "updated"), True
        joined = clock.merged(my_vector, their_vector)
        if my_hash == their_hash:
            if order is clock.Order.EQUAL:
                return "unchanged", True
            # Same content reached on both sides: join the histories, keep one stamp.
            shown = _pick(mine, my_hash, theirs, their_hash)
            self._write_row(codec, {**shown, "id": mine["id"], "version": clock.top(joined)})
            self._set_state(codec.name, mine["id"], joined, shown["device_id"], clock.top(joined))
            return "unchanged", False
        # Changed on both sides since they last met (or one id with two histories).
        shown = _pick(mine, my_hash, theirs, their_hash)
        side = "mine" if shown is mine else "theirs"
        version = clock.top(joined)
        self._write_row(codec, {**shown, "id": mine["id"], "version": version})
        self._set_state(codec.name, mine["id"], joined, shown["device_id"], version)
        conflict = SyncConflict(
            id=uuid.uuid4(),
            table_name=codec.name,
            row_id=mine["id"],
            detected_at=utcnow(),
            peer=self.peer,
            bundle_id=self.bundle_id,
            shown=side,
            mine=canonical_json(codec.encode(mine)).decode(),
            theirs=canonical_json(codec.encode({**theirs, "id": mine["id"]})).decode(),
            mine_vector=clock.to_text(my_vector),
            theirs_vector=clock.to_text(their_vector),
            resolution="",
        )
        self.session.add(conflict)
        self.session.flush()
        self.report.conflict_ids.append(conflict.id)
        return "conflicts", False

    # ------------------------------------------------------------------ pieces

    def _authorised(
        self,
        codec: TableCodec,
        row: dict[str, Any],
        vector: clock.VersionVector,
        mine: dict[str, Any] | None,
        state: _State | None,
        aliased: bool,
    ) -> bool:
        """Check the record against :mod:`cpdesk.sync.authority` before it is merged: raises
        when the signer may not make this change; False when it must be left out."""
        if self.sender is None:
            authority.check_bounds(codec.name, row, vector)
            return True
        held_vector: clock.VersionVector = {}
        if mine is not None:
            if aliased:  # the states were read by the incoming ids, not by the row matched
                state = self._states(codec.name, [mine["id"]]).get(mine["id"])
            held_vector = clock.effective(
                state.vector if state else None, state.stamp if state else None, mine["device_id"], mine["version"]
            )
        return authority.check_record(
            codec.name,
            self.sender,
            row,
            vector,
            mine,
            held_vector,
            aliased=aliased,
            same_content=lambda: mine is not None and content_hash(codec, mine) == content_hash(codec, row),
        )

    def _check_ids_elsewhere(self, codec: TableCodec, rows: list[dict[str, Any]]) -> None:
        """Refuse a new record whose id already names a row of another travelling table: ids
        are unique across tables (conflicts, aliases and scopes find a record by its id).
        Only ids new to their own table are given, so any table that holds one is another."""
        taken = authority.id_held_elsewhere(self.session, [row["id"] for row in rows])
        if taken is not None:
            raise authority.AuthorityRefused(
                f"{codec.name} {taken[1]}: this id already names a record of table {taken[0]}"
            )

    def _rewrite(self, codec: TableCodec, row: dict[str, Any]) -> dict[str, Any]:
        """Apply id aliases to the row's id and to its references."""
        if not self.aliases:
            return row
        out = dict(row)
        out["id"] = self.aliases.get((codec.name, row["id"]), row["id"])
        for column, target in codec.references.items():
            value = out.get(column)
            if value is not None:
                out[column] = self.aliases.get((target, value), value)
        return out

    def _check_references(self, codec: TableCodec, rows: list[dict[str, Any]]) -> None:
        """Refuse, with a message that says what to do, a record whose parent is nowhere.

        A parent that is here as a tombstone counts as here: a field may edit a stream while
        the centre deletes its assessment, and refusing that bundle would block the field's
        every later export; the deletion reaches the child through the cascade of deletions.
        """
        from cpdesk.sync.records import table_codec

        for column, target in codec.references.items():
            wanted = {row[column] for row in rows if row.get(column) is not None}
            if not wanted:
                continue
            parent = table_codec(target).table
            query = select(parent.c.id).where(among(self.session, parent.c.id, wanted))
            found = set(self.session.execute(query).scalars())
            missing = wanted - found
            if missing:
                example = next(row for row in rows if row.get(column) in missing)
                raise BundleRejected(
                    f"{codec.name} {example['id']} refers to {target} {example[column]}, which is neither in the "
                    "bundle nor in this database: import the earlier bundles of that device first, or ask for an "
                    "export with --all"
                )

    def _natural_matches(self, codec: TableCodec, rows: list[dict[str, Any]]) -> dict[uuid.UUID, dict[str, Any]]:
        """Rows here with the same natural key as incoming rows whose ids are new here."""
        table = codec.table
        found: dict[uuid.UUID, dict[str, Any]] = {}
        for key in codec.natural_keys:
            wanted = {
                tuple(row[column] for column in key): row["id"]
                for row in rows
                if row["id"] not in found and all(row.get(column) is not None for column in key)
            }
            if not wanted:
                continue
            columns = [table.c[column] for column in key]
            clause = columns[0].in_([k[0] for k in wanted]) if len(key) == 1 else tuple_(*columns).in_(list(wanted))
            for match in self.session.execute(select(table).where(clause)).mappings():
                incoming = wanted.get(tuple(match[column] for column in key))
                if incoming is not None:
                    found[incoming] = dict(match)
        return found

    def _add_alias(self, table: str, remote: uuid.UUID, local: uuid.UUID) -> None:
        self.session.execute(
            SyncAlias.__table__.insert(), [{"table_name": table, "remote_id": remote, "local_id": local}]
        )
        self.aliases[(table, remote)] = local

    def _write_row(self, codec: TableCodec, row: dict[str, Any]) -> None:
        values = {k: v for k, v in row.items() if k != "id"}
        self.session.execute(update(codec.table).where(codec.table.c.id == row["id"]).values(**values))
        note_changed(self.session, codec.name, [row["id"]])

    def _states(self, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, _State]:
        rows = self.session.execute(
            select(SyncRecord).where(SyncRecord.table_name == table, among(self.session, SyncRecord.row_id, ids))
        ).scalars()
        return {r.row_id: _State(clock.from_json(r.vector), (r.stamp_device, r.stamp_version)) for r in rows}

    def _set_state(self, table: str, row_id: uuid.UUID, vector: clock.VersionVector, device: str, version: int) -> None:
        """Remember the vector of a row the merge wrote, and the stamp it left on it.

        Kept even when the vector is just the row's own ``{device: version}``: after a local
        edit the row's stamp changes, and only this record still says which other device's
        version the edit was made on top of. Written once per batch.
        """
        self._pending_states[(table, row_id)] = {
            "table_name": table,
            "row_id": row_id,
            "vector": clock.to_text(vector),
            "stamp_device": device,
            "stamp_version": version,
        }

    def _close_superseded(self, table: str, row_id: uuid.UUID, vector: clock.VersionVector) -> None:
        """A later change that contains both versions of an open conflict settles it."""
        open_conflicts = self.session.execute(
            select(SyncConflict).where(
                SyncConflict.table_name == table, SyncConflict.row_id == row_id, SyncConflict.resolved_at.is_(None)
            )
        ).scalars()
        for conflict in open_conflicts:
            both = clock.merged(clock.from_json(conflict.mine_vector), clock.from_json(conflict.theirs_vector))
            if clock.compare(both, vector) is clock.Order.BEFORE:
                conflict.resolved_at = utcnow()
                conflict.resolution = "superseded"


def _pick(mine: dict[str, Any], my_hash: str, theirs: dict[str, Any], their_hash: str) -> dict[str, Any]:
    """The version a conflict shows: the same whichever side is local (see the module doc)."""

    def rank(row: dict[str, Any], digest: str) -> tuple[bool, int, str, str]:
        return (row["deleted_at"] is None, int(row["version"]), str(row["device_id"]), digest)

    return mine if rank(mine, my_hash) >= rank(theirs, their_hash) else theirs


def _batches(records: Iterable[Record], size: int, budget: int) -> Iterator[list[Record]]:
    """Records in batches of at most ``size`` records, a batch closing as soon as its records
    took ``budget`` bytes in the bundle: memory is bounded by the budget (plus one record),
    whatever the records hold."""
    batch: list[Record] = []
    taken = 0
    for record in records:
        batch.append(record)
        taken += record.size
        if len(batch) >= size or taken >= budget:
            yield batch
            batch = []
            taken = 0
    if batch:
        yield batch
