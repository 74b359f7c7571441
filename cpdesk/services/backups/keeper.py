"""When the automatic copies are taken, and what the person is told about them.

The workbench asks :meth:`BackupKeeper.due` at start, every minute and at close, and runs
:meth:`BackupKeeper.run` off its own thread when the answer is yes:

- **start**: when the database changed since the newest copy (or there is none); when it
  did not, the newest copy counts as taken now;
- **timer**: when ``interval_minutes`` (30) have passed since the last copy and the
  database changed since;
- **close**: when the database changed since the last copy.

"Changed" is read from the files (the database's and its write-ahead log's size and time),
which every commit moves and a backup, being a reader, never does. A problem is told once:
the same problem again (a disk still full, a stick still missing) is only a note, until a
copy succeeds or the problem changes. The clock is injected, for the tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cpdesk.core.messages import Message, msg, text_of
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.services.backups import sealing
from cpdesk.services.backups.copies import BackupError, BackupSettings, list_copies
from cpdesk.services.backups.writing import BackupResult, Clock, take_backup, utc_now
from cpdesk.sync.atomic import atomic_output

if TYPE_CHECKING:
    from cpdesk.sync.keys import KeyPair

Signature = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class KeeperReport:
    """What an automatic backup did, and what to say about it."""

    result: BackupResult | None
    #: The problem of this run (None when the copy was written); a Message or an error text.
    problem: Message | str | None = None
    #: True the first time this problem is seen (show it); False when it is a repeat (a note).
    tell: bool = False
    #: The state of the second place ("missing", "failed": for the status bar).
    second_place: Message | None = None


class BackupKeeper:
    """The automatic copies of one database file (thread-safe: one run at a time)."""

    def __init__(
        self,
        db_path: Path,
        folder: Path,
        *,
        settings: Callable[[], BackupSettings],
        keys: Callable[[], KeyPair] | None = None,
        now: Clock = utc_now,
        output: sealing.Output = atomic_output,
    ) -> None:
        self.db_path = db_path
        self.folder = folder
        self.settings = settings
        self.keys = keys
        self.now = now
        self.output = output
        self.last_copy_at: datetime | None = None
        self._copied: Signature | None = None
        self._told: str | None = None
        self._lock = threading.Lock()

    def signature(self) -> Signature:
        """Size and time of the database and its log: what every commit changes."""
        found = []
        for name in (self.db_path, Path(f"{self.db_path}-wal")):
            try:
                st = name.stat()
            except OSError:
                found.append((0, 0))
            else:
                found.append((st.st_size, st.st_mtime_ns))
        return tuple(found)

    def changed(self) -> bool:
        return self._copied is None or self.signature() != self._copied

    def due(self, reason: str) -> bool:
        """Whether a copy is to be taken now for ``reason`` ("start", "timer", "close")."""
        if self._lock.locked():
            return False
        if reason == "start":
            newest = next(iter(list_copies(self.folder, self.db_path.stem)), None)
            if newest is None or newest.last_change is None:
                return True
            written = max(st for st in (_mtime(self.db_path), _mtime(Path(f"{self.db_path}-wal"))) if st is not None)
            if written.replace(microsecond=0) > newest.last_change:
                return True
            # The newest copy holds the database as it is: the 30 minutes count from now.
            self._copied = self.signature()
            self.last_copy_at = self.now()
            return False
        if reason == "close":
            return self.changed()
        if reason == "timer":
            if not self.changed():
                return False
            if self.last_copy_at is None:
                return True
            interval = timedelta(minutes=self.settings().interval_minutes)
            return self.now() - self.last_copy_at >= interval
        raise ValueError(f"unknown reason {reason!r}")

    def run(self, reason: str, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> KeeperReport:
        """Take the copy; never raises for a backup's own failure (it is in the report)."""
        if not self._lock.acquire(blocking=False):
            return KeeperReport(None)
        try:
            before = self.signature()
            try:
                result = take_backup(
                    self.db_path,
                    self.folder,
                    self.settings(),
                    reason=reason,
                    now=self.now,
                    keys=self.keys,
                    output=self.output,
                    progress=progress,
                    cancelled=cancelled,
                )
            except (BackupError, OSError) as exc:
                problem: Message | str = exc.message if isinstance(exc, BackupError) and exc.message else str(exc)
                key = _key(problem)
                tell = key != self._told
                self._told = key
                return KeeperReport(None, problem, tell)
            self._told = None
            self._copied = before
            self.last_copy_at = self.now()
            return KeeperReport(result, second_place=second_place_note(result))
        finally:
            self._lock.release()


def second_place_note(result: BackupResult) -> Message | None:
    """The status bar's note about the second place, or None when all is well."""
    if result.second_place == "missing":
        return msg("backup.second_missing", folder=result.second_folder)
    if result.second_place == "failed":
        return msg("backup.second_failed", folder=result.second_folder, reason=result.second_place_problem)
    return None


def say(problem: Message | str, lang: str) -> str:
    """A keeper's problem in ``lang``."""
    if isinstance(problem, Message):
        return problem.text(lang)
    return text_of(Exception(problem), lang)


def _key(problem: Message | str) -> str:
    # The same kind of problem in the same folder is a repeat, whatever the figures say.
    if isinstance(problem, Message):
        return problem.code + str(problem.params.get("folder", ""))
    return problem


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None
