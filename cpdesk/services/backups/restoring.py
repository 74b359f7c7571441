"""Restoring from a backup copy: the whole database, or one assessment merged back.

**Whole.** The copy is unpacked beside the database and checked; the database as it is gets
a copy of its own ("before-restore"); then the write-ahead log is checkpointed into the file
(with every other connection shut out) and the unpacked copy takes the database's name with
one ``os.replace``. A process killed at any point leaves the old database or the restored
one under that name, never neither, never a mix (an old log never meets the new file: it is
emptied and removed before the swap).

**One assessment.** The copy's records of the assessment (with its company and factor set)
are merged into the current database by the sync machinery (:class:`cpdesk.sync.merge.Merger`,
without the authority checks, as a local copy), record by record and version by version:
what is newer here stays, what the copy has and the database lost comes back. A deletion is
newer than the copy's record, so the merge alone keeps the tombstone; a restore asks for the
opposite, so a deleted assessment is then brought back by the edit path's ``Restore``, with
what its deletion took (a record deleted on its own, at another time, stays deleted). The
whole is one unit of work.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.messages import msg
from cpdesk.services.backups import sealing
from cpdesk.services.backups.copies import BackupCopy, BackupError, BackupSettings, sweep_leftovers
from cpdesk.services.backups.writing import BackupResult, Clock, take_backup, utc_now
from cpdesk.services.editing.applying import apply
from cpdesk.services.editing.operations import Restore
from cpdesk.services.training.practical import assessment_scope
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store import ownership
from cpdesk.store import snapshot as snapshots
from cpdesk.store.database import Database, open_database
from cpdesk.store.models import Assessment, SyncRecord
from cpdesk.sync import clock
from cpdesk.sync.keys import KeyPair
from cpdesk.sync.merge import EntityReport, Merger
from cpdesk.sync.reader import Record
from cpdesk.sync.records import TableCodec, synced_tables

#: The peer a restore's merge names (its marks say "this revision came from a backup").
RESTORE_PEER = "backup-restore"


@dataclass(frozen=True)
class WholeRestore:
    copy: BackupCopy
    #: The copy taken of the database as it was, just before.
    before: BackupResult | None


@dataclass(frozen=True)
class AssessmentRestore:
    copy: BackupCopy
    assessment_id: uuid.UUID
    title: str
    entities: dict[str, EntityReport]
    #: True when the assessment was deleted here and is back.
    brought_back: bool

    def count(self, what: str) -> int:
        return sum(getattr(e, what) for e in self.entities.values())


@contextlib.contextmanager
def unpacked(copy: BackupCopy, keys: Callable[[], KeyPair] | None, folder: Path | None = None) -> Iterator[Path]:
    """The copy's database unpacked to a temporary file (checked), removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="cpdesk-restore-", dir=folder) as temp:
        path = Path(temp) / "copy.sqlite"
        sealing.extract(copy.path, path, keys)
        checked = snapshots.quick_check(path)
        if checked != "ok":
            raise BackupError(msg("backup.copy_damaged", name=copy.name, reason=checked))
        yield path


def contents(copy: BackupCopy, keys: Callable[[], KeyPair] | None = None) -> list[snapshots.CopiedAssessment]:
    """The assessments a copy holds (deleted ones too), read from the copy itself."""
    with unpacked(copy, keys) as path:
        return snapshots.assessments_in(path)


def restore_whole(
    location: Path,
    copy: BackupCopy,
    folder: Path,
    settings: BackupSettings,
    *,
    keys: Callable[[], KeyPair] | None = None,
    now: Clock = utc_now,
) -> WholeRestore:
    """Put the copy in place of the SQLite database at ``location``; see the module.

    The database must not be open (the workbench closes it first); another program that
    has it open makes the restore stop before anything is changed.
    """
    location = Path(location)
    sweep_leftovers(location.parent, re.compile(rf"^\.{re.escape(location.name)}\.restore-(\d+)-[0-9a-f]{{8}}$"))
    temp = location.with_name(f".{location.name}.restore-{os.getpid()}-{os.urandom(4).hex()}")
    try:
        sealing.extract(copy.path, temp, keys)
        with open(temp, "rb+") as handle:
            os.fsync(handle.fileno())
        checked = snapshots.quick_check(temp)
        if checked != "ok":
            raise BackupError(msg("backup.copy_damaged", name=copy.name, reason=checked))
        before = None
        if location.exists():
            before = take_backup(location, folder, settings, reason="before-restore", now=now, keys=keys)
            _empty_log(location)
        os.replace(temp, location)
        _fsync_folder(location.parent)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return WholeRestore(copy, before)


def _empty_log(location: Path) -> None:
    """Write the log into the database file and remove it, with no other connection open."""
    conn = sqlite3.connect(location, isolation_level=None, timeout=2)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
        except sqlite3.OperationalError:
            raise BackupError(msg("backup.database_busy", name=location.name)) from None
        busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise BackupError(msg("backup.database_busy", name=location.name))
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{location}{suffix}").unlink(missing_ok=True)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def restore_assessment(
    db: Database,
    copy: BackupCopy,
    assessment_id: uuid.UUID,
    *,
    keys: Callable[[], KeyPair] | None = None,
) -> AssessmentRestore:
    """Merge the copy's assessment ``assessment_id`` into ``db``, losing nothing newer here,
    and bring it back if it was deleted here."""
    with unpacked(copy, keys) as path:
        source = open_database(path, create=False)
        try:
            return _merge_assessment(db, source, copy, assessment_id)
        finally:
            source.close()


def _merge_assessment(db: Database, source: Database, copy: BackupCopy, assessment_id: uuid.UUID) -> AssessmentRestore:
    with reading(source) as theirs:
        found = theirs.get(Assessment, assessment_id)
        if found is None:
            raise BackupError(msg("backup.no_assessment", name=copy.name, key=str(assessment_id)))
        title = found.title
        scope = assessment_scope(theirs, assessment_id, with_parents=True)
        orphans = ownership.OrphanWatch()
        with unit_of_work(db) as session:
            merger = Merger(session, peer=RESTORE_PEER, observe=orphans)
            for codec in synced_tables():
                ids = scope.get(codec.name)
                if ids:
                    merger.merge(_records(theirs, codec, ids), codec)
            here = session.get(Assessment, assessment_id)
            brought_back = here is not None and here.deleted_at is not None
            if brought_back:
                apply(db, Restore(Entity.ASSESSMENT, assessment_id))  # joins this unit of work
            ownership.tombstone_orphans(session, orphans)
    return AssessmentRestore(copy, assessment_id, title, merger.report.entities, brought_back)


def _records(session: Session, codec: TableCodec, ids: set[uuid.UUID]) -> Iterator[Record]:
    """The copy's rows of ``ids`` as records of a bundle: each with its version vector."""
    table = codec.table
    chosen = list(ids)
    states: dict[uuid.UUID, SyncRecord] = {}
    for start in range(0, len(chosen), 500):
        part = chosen[start : start + 500]
        query = select(SyncRecord).where(SyncRecord.table_name == codec.name, SyncRecord.row_id.in_(part))
        states.update({s.row_id: s for s in session.execute(query).scalars()})
    for start in range(0, len(chosen), 500):
        part = chosen[start : start + 500]
        rows = session.execute(select(table).where(table.c.id.in_(part))).mappings()
        for row in rows:
            state = states.get(row["id"])
            vector = clock.effective(
                clock.from_json(state.vector) if state else None,
                (state.stamp_device, state.stamp_version) if state else None,
                row["device_id"],
                row["version"],
            )
            values: dict[str, Any] = {c.name: row[c.name] for c in codec.columns}
            yield Record(codec, vector, values)
