"""Taking one backup copy: snapshot, check, compress, read back, note, rotate, second place.

The live database is only ever read (:func:`cpdesk.store.snapshot.snapshot`, one read
transaction, small steps). Everything written goes to the backup folder under temporary
names: the raw snapshot, checked with ``PRAGMA quick_check``; then the compressed (and maybe
sealed) copy, fsynced and renamed into place by :func:`cpdesk.sync.atomic.atomic_output`,
then read back whole and compared with the snapshot's SHA-256. Only then is the copy listed,
and only then are older copies given up by the rotation.

A full disk costs nothing but the copy: the temporary files go, the copies of the rotation
are thinned from the oldest (never the newest) until the copy fits, and when even that is
not enough a :class:`BackupDiskFull` says how much space is needed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cpdesk.core.backup_rotation import RotationPolicy, dropped, thinning_order
from cpdesk.core.messages import msg
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.services.backups import sealing
from cpdesk.services.backups.copies import (
    BackupCopy,
    BackupError,
    BackupSettings,
    copy_name,
    list_copies,
    remove_copy,
    sweep_leftovers,
    write_note,
)
from cpdesk.store import snapshot as snapshots
from cpdesk.sync.atomic import atomic_output

if TYPE_CHECKING:
    from cpdesk.sync.keys import KeyPair

Clock = Callable[[], datetime]
#: What the second place keeps: one copy a day, a week and a month, no recent ones.
SECOND_PLACE_POLICY = RotationPolicy(recent=1, daily=7, weekly=4, monthly=6)
#: Why a copy was taken (its note says it; the second place takes the day's first and the close).
REASONS = ("start", "timer", "close", "manual", "before-restore")


class BackupDiskFull(BackupError):
    """The copy does not fit in the backup folder even once the oldest copies are thinned."""

    def __init__(self, folder: Path, needed: int, free: int) -> None:
        self.folder = folder
        self.needed = needed
        self.free = free
        super().__init__(msg("backup.disk_full", folder=str(folder), needed=_mb(needed), free=_mb(free)))


@dataclass(frozen=True)
class BackupResult:
    """What one backup did."""

    copy: BackupCopy
    #: Copies given up: by the rotation, or thinned to make room.
    removed: list[Path] = field(default_factory=list)
    thinned: list[Path] = field(default_factory=list)
    #: The second place: "" (none set), "written", "not due", "missing" or "failed".
    second_place: str = ""
    second_place_problem: str = ""
    second_folder: str = ""


def utc_now() -> datetime:
    return datetime.now(UTC)


def _free_second(folder: Path, database: str, taken: datetime) -> datetime:
    """``taken``, or the next second no copy of ``database`` is named after.

    Names go by the second, so a copy taken in the same second as another (the copy of the
    database as it was, taken just before restoring a copy made a moment ago) would replace
    it: the very copy being restored.
    """
    while any((folder / copy_name(database, taken, sealed)).exists() for sealed in (False, True)):
        taken += timedelta(seconds=1)
    return taken


def take_backup(
    db_path: Path,
    folder: Path,
    settings: BackupSettings,
    *,
    reason: str = "manual",
    now: Clock = utc_now,
    keys: Callable[[], KeyPair] | None = None,
    output: sealing.Output = atomic_output,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> BackupResult:
    """Take a copy of the SQLite database at ``db_path`` into ``folder``; see the module."""
    if reason not in REASONS:
        raise ValueError(f"unknown reason {reason!r}")
    if settings.encrypt and keys is None:
        raise BackupError(msg("backup.sealed_no_key", name=db_path.name))
    folder.mkdir(parents=True, exist_ok=True)
    database = db_path.stem
    taken = _free_second(folder, database, now().astimezone(UTC).replace(microsecond=0))
    target = folder / copy_name(database, taken, settings.encrypt)
    sweep_leftovers(folder)
    changed_at = _last_write(db_path)
    thinned: list[Path] = []
    needed = _space_needed(db_path, folder, database)
    thinned += _make_room(folder, database, settings.policy, needed, keep=None)
    try:
        made = _write(db_path, target, settings, keys, output, progress, cancelled)
    except _Full:
        thinned += _make_room(folder, database, settings.policy, needed, keep=None, force=True)
        try:
            made = _write(db_path, target, settings, keys, output, progress, cancelled)
        except _Full:
            raise BackupDiskFull(folder, needed, _free(folder)) from None
    digest, assessments, raw_size = made
    live = [a for a in assessments if not a.deleted]
    copy = BackupCopy(
        path=target,
        database=database,
        taken_at=taken,
        encrypted=settings.encrypt,
        size=target.stat().st_size,
        reason=reason,
        assessments=len(live),
        deleted_assessments=len(assessments) - len(live),
        titles=tuple(a.title for a in live),
        last_change=changed_at,
        database_bytes=raw_size,
        sha256=digest,
    )
    with contextlib.suppress(OSError):
        write_note(copy)
    removed = rotate(folder, database, settings.policy, keep=target)
    result = BackupResult(copy, removed, thinned)
    if settings.second_folder:
        state, problem = _second_place(copy, Path(settings.second_folder), reason, output)
        result = replace(result, second_place=state, second_place_problem=problem, second_folder=settings.second_folder)
    if progress is not None:
        progress(1.0, "backup written")
    return result


class _Full(Exception):
    """Inside: the disk filled up while writing."""


def _write(
    db_path: Path,
    target: Path,
    settings: BackupSettings,
    keys: Callable[[], KeyPair] | None,
    output: sealing.Output,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[str, list[snapshots.CopiedAssessment], int]:
    raw = target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.partial")
    recipient = keys() if settings.encrypt and keys is not None else None
    try:
        try:
            raw_size = snapshots.snapshot(db_path, raw, progress=_part(progress, 0.0, 0.4), cancelled=cancelled)
        except snapshots.SnapshotCancelled:
            raise BackupError(msg("backup.cancelled")) from None
        checked = snapshots.quick_check(raw)
        if checked != "ok":
            raise BackupError(msg("backup.check_failed", name=db_path.name, reason=checked))
        assessments = snapshots.assessments_in(raw)
        if progress is not None:
            progress(0.45, "compressing")
        digest = sealing.write_copy(raw, target, output, recipient, cancelled)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _Full() from None
        raise
    finally:
        with contextlib.suppress(OSError):
            raw.unlink()
    if progress is not None:
        progress(0.8, "reading the copy back")
    if sealing.read_back(target, (lambda: recipient) if recipient is not None else None) != digest:
        remove_copy(target)
        raise BackupError(msg("backup.copy_damaged", name=target.name, reason="read back differs"))
    return digest, assessments, raw_size


def rotate(folder: Path, database: str, policy: RotationPolicy, keep: Path | None = None) -> list[Path]:
    """Give up the copies of ``database`` the policy does not keep; return them."""
    copies = list_copies(folder, database)
    by_time: dict[datetime, list[BackupCopy]] = {}
    for c in copies:
        by_time.setdefault(c.taken_at, []).append(c)
    removed = []
    for moment in dropped(by_time, policy):
        for c in by_time[moment]:
            if c.path != keep:
                with contextlib.suppress(OSError):
                    remove_copy(c.path)
                    removed.append(c.path)
    return removed


def _make_room(
    folder: Path, database: str, policy: RotationPolicy, needed: int, keep: Path | None, *, force: bool = False
) -> list[Path]:
    """Remove copies in the rotation's thinning order until ``needed`` bytes are free
    (``force``: the free space seen was wrong, as a write just failed: thin at least one)."""
    thinned: list[Path] = []
    copies = {c.taken_at: c for c in list_copies(folder, database)}
    for moment in thinning_order(copies, policy):
        if _free(folder) >= needed and not (force and not thinned):
            break
        path = copies[moment].path
        if path == keep:
            continue
        with contextlib.suppress(OSError):
            remove_copy(path)
            thinned.append(path)
    return thinned


def _space_needed(db_path: Path, folder: Path, database: str) -> int:
    """Bytes a copy takes while written: the raw snapshot (the database's size with its
    log) and the compressed copy (the last one's size, else a third of the database)."""
    size = db_path.stat().st_size
    with contextlib.suppress(OSError):
        size += Path(f"{db_path}-wal").stat().st_size
    copies = list_copies(folder, database)
    packed = copies[0].size if copies else size // 3
    return size + packed + 1024 * 1024


def _free(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _last_write(db_path: Path) -> datetime | None:
    """When the database was last written (its file or its log, whichever is newer)."""
    times = []
    for name in (db_path, Path(f"{db_path}-wal")):
        with contextlib.suppress(OSError):
            times.append(name.stat().st_mtime)
    return datetime.fromtimestamp(max(times), UTC).replace(microsecond=0) if times else None


def _second_place(copy: BackupCopy, second: Path, reason: str, output: sealing.Output) -> tuple[str, str]:
    """Write the day's copy to the second folder too; a missing stick is a state, not an error.

    The second place keeps one copy a day: the first copy of a day goes there, and the copy
    taken at close replaces the day's copy there, so that it holds the day's last work.
    """
    if not second.is_dir():
        return "missing", ""
    day = copy.taken_at.astimezone().date()
    there = [c for c in list_copies(second, copy.database) if c.taken_at.astimezone().date() == day]
    if there and reason != "close":
        return "not due", ""
    target = second / copy.name
    try:
        sealing.copy_file(copy.path, target, output)
        write_note(replace(copy, path=target))
        for older in there:
            if older.path != target:
                remove_copy(older.path)
        rotate(second, copy.database, SECOND_PLACE_POLICY, keep=target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            remove_copy(target)
        return "failed", exc.strerror or str(exc)
    return "written", ""


def _part(progress: Progress | None, start: float, end: float) -> Progress | None:
    if progress is None:
        return None
    return lambda fraction, message: progress(start + (end - start) * fraction, message)


def _mb(size: int) -> float:
    """Megabytes to one decimal, said in the user's notation by the message."""
    return round(max(size, 0) / 1_000_000, 1)
