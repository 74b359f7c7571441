"""A consistent copy of a live SQLite database, taken in small steps, and its checks.

Copying the file of a database in WAL mode copies a state that never existed (the main file
without the last commits, or half of a checkpoint). SQLite's online backup API copies pages
through a connection instead. Two choices make it safe beside a person typing:

- the copy runs in steps of a few hundred pages, with a pause between steps, so that the
  thread that runs it lets the others (the GUI's) run too;
- the source connection holds one read transaction for the whole copy. In WAL mode a reader
  never blocks the writer, and the copy is of one snapshot: without it, each step would start
  a read transaction of its own, and a commit by the workbench between two steps would make
  SQLite start the copy again from the first page (for ever, while someone types).

What a copy holds is read here too (its assessments), with plain SQL on the copy, never on
the live database.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cpdesk.core.progress import CancelCheck, Progress

#: Pages copied per step (4 KiB pages: about 1 MiB a step).
STEP_PAGES = 256
#: Seconds the copying thread rests between steps.
STEP_PAUSE = 0.0005


class SnapshotCancelled(Exception):
    """The copy was stopped at the person's request; nothing is left behind."""


class SnapshotFull(OSError):
    """The disk of the copy is full (SQLite's SQLITE_FULL)."""


@dataclass(frozen=True)
class CopiedAssessment:
    """An assessment as a copy holds it."""

    id: uuid.UUID
    title: str
    company: str
    updated_at: datetime | None
    deleted: bool


def snapshot(
    source: Path,
    target: Path,
    *,
    step_pages: int = STEP_PAGES,
    pause: float = STEP_PAUSE,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Copy the database ``source`` to the new file ``target``; return the copy's size.

    Raises :class:`SnapshotFull` when the target's disk is full and :class:`SnapshotCancelled`
    when ``cancelled()`` answers true; ``target`` is then removed.
    """
    src = sqlite3.connect(source, isolation_level=None, timeout=30)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here

            def step(_status: int, remaining: int, total: int) -> None:
                if cancelled is not None and cancelled():
                    raise SnapshotCancelled("the backup was cancelled")
                if progress is not None and total:
                    progress((total - remaining) / total, "copying the database")
                if pause:
                    time.sleep(pause)

            src.backup(dst, pages=step_pages, progress=step)
            src.execute("COMMIT")
        finally:
            dst.close()
    except sqlite3.OperationalError as exc:
        _remove(target)
        if "full" in str(exc).lower():
            raise SnapshotFull(28, f"no space left for the copy ({exc})", str(target)) from None
        raise
    except BaseException:
        _remove(target)
        raise
    finally:
        src.close()
    return target.stat().st_size


def _remove(path: Path) -> None:
    for name in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            name.unlink()


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    # immutable=1: the copy is a closed file nobody writes; SQLite then needs no -shm or -wal
    # beside it and writes nothing, whatever journal mode page 1 states.
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def quick_check(path: Path) -> str:
    """``"ok"`` when the database file at ``path`` opens and passes ``PRAGMA quick_check``,
    else the first problem found."""
    try:
        with _read_only(path) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return "ok" if first == "ok" and len(rows) == 1 else first


def assessments_in(path: Path) -> list[CopiedAssessment]:
    """The assessments a copy holds (deleted ones too), by title."""
    with _read_only(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "assessment" not in tables:
            return []
        rows = conn.execute(
            "SELECT a.id, a.title, coalesce(c.name, ''), a.updated_at, a.deleted_at IS NOT NULL "
            "FROM assessment a LEFT JOIN company c ON c.id = a.company_id ORDER BY a.title"
        ).fetchall()
    return [CopiedAssessment(_uuid(r[0]), str(r[1]), str(r[2]), _moment(r[3]), bool(r[4])) for r in rows]


def _uuid(value: object) -> uuid.UUID:
    # SQLAlchemy's Uuid stores 32 hex digits as text on SQLite.
    return uuid.UUID(str(value)) if not isinstance(value, bytes) else uuid.UUID(bytes=value)


def _moment(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
