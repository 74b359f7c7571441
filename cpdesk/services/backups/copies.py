"""The backup copies of a database: their names, what each holds, where they are, the settings.

A copy is one compressed file, ``<database>-<YYYYMMDD-HHMMSS>.sqlite.gz`` (UTC time of the
copy), or ``.sqlite.gz.sealed`` when it is encrypted to the installation's key; a plain copy
opens with any gunzip. Beside it, ``<copy>.json`` says what it holds (how many assessments,
the last change, the check it passed), so that a list of copies is read without opening
them; a sealed copy's note gives counts only, never a title. A copy without its note (carried
by hand from a USB stick) is still listed and restored.

The settings (how many copies to keep, the second folder, encryption) are a small JSON file
in the backup folder, which both the workbench and the command line read, and which a restore
of the database does not turn back.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cpdesk.core.backup_rotation import RotationPolicy
from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.store.locations import data_dir
from cpdesk.sync.atomic import process_running, write_atomically

BACKUPS_DIR = "backups"
SETTINGS_FILE = "backup-settings.json"
PLAIN_SUFFIX = ".sqlite.gz"
SEALED_SUFFIX = ".sqlite.gz.sealed"
NOTE_SUFFIX = ".json"
STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?P<suffix>\.sqlite\.gz(?:\.sealed)?)$")
#: Minutes of work between two automatic copies (when something changed).
DEFAULT_INTERVAL = 30


class BackupError(CpdeskError):
    """A backup or a restore that could not be done; says why in the user's language."""


@dataclass(frozen=True)
class BackupSettings:
    """What the person chose for the backups of this installation."""

    policy: RotationPolicy = field(default_factory=RotationPolicy)
    #: A second folder (a USB stick, a synced folder) that gets each day's copy; "" for none.
    second_folder: str = ""
    #: Copies sealed to the installation's key (useless to whoever finds the stick).
    encrypt: bool = False
    interval_minutes: int = DEFAULT_INTERVAL

    def to_json(self) -> dict[str, Any]:
        return {
            "keep": asdict(self.policy),
            "second_folder": self.second_folder,
            "encrypt": self.encrypt,
            "interval_minutes": self.interval_minutes,
        }

    @classmethod
    def from_json(cls, data: Any) -> BackupSettings:
        """The settings of ``data``; what is missing or not understood keeps its default."""
        if not isinstance(data, dict):
            return cls()
        found = data.get("keep")
        keep: dict[str, Any] = found if isinstance(found, dict) else {}
        defaults = RotationPolicy()
        try:
            policy = RotationPolicy(**{k: keep.get(k, getattr(defaults, k)) for k in asdict(defaults)})
        except (TypeError, ValueError):
            policy = defaults
        interval = data.get("interval_minutes")
        ok_interval = isinstance(interval, int) and not isinstance(interval, bool) and 1 <= interval <= 24 * 60
        second = data.get("second_folder")
        return cls(
            policy=policy,
            second_folder=second if isinstance(second, str) else "",
            encrypt=data.get("encrypt") is True,
            interval_minutes=interval if ok_interval and isinstance(interval, int) else DEFAULT_INTERVAL,
        )


@dataclass(frozen=True)
class BackupCopy:
    """One copy in a backup folder and what its note says it holds."""

    path: Path
    database: str
    taken_at: datetime
    encrypted: bool
    size: int
    reason: str = ""
    assessments: int | None = None
    deleted_assessments: int | None = None
    titles: tuple[str, ...] = ()
    last_change: datetime | None = None
    database_bytes: int | None = None
    sha256: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "path": str(self.path),
            "database": self.database,
            "taken_at": self.taken_at.isoformat(),
            "encrypted": self.encrypted,
            "size": self.size,
            "reason": self.reason,
            "assessments": self.assessments,
            "deleted_assessments": self.deleted_assessments,
            "titles": list(self.titles),
            "last_change": self.last_change.isoformat() if self.last_change else None,
            "database_bytes": self.database_bytes,
        }


def backups_folder(data_folder: Path | None = None) -> Path:
    """The ``backups`` folder of the data folder (made when missing)."""
    folder = (data_folder or data_dir()) / BACKUPS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load_settings(folder: Path) -> BackupSettings:
    """The settings kept in ``folder`` (defaults when there are none or they do not read)."""
    try:
        return BackupSettings.from_json(json.loads((folder / SETTINGS_FILE).read_text("utf-8")))
    except (OSError, ValueError):
        return BackupSettings()


def save_settings(folder: Path, settings: BackupSettings) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / SETTINGS_FILE, json.dumps(settings.to_json(), indent=2).encode("utf-8"))


def copy_name(database: str, taken_at: datetime, encrypted: bool) -> str:
    suffix = SEALED_SUFFIX if encrypted else PLAIN_SUFFIX
    return f"{database}-{taken_at.astimezone(UTC).strftime(STAMP)}{suffix}"


def parse_name(name: str) -> tuple[str, datetime, bool] | None:
    """(database, time, sealed) of a copy's file name; None for any other file."""
    found = _NAME.match(name)
    if found is None:
        return None
    try:
        taken = datetime.strptime(found["stamp"], STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return found["stem"], taken, found["suffix"] == SEALED_SUFFIX


def read_copy(path: Path) -> BackupCopy | None:
    """The copy at ``path`` with what its note says; None when the name is not a copy's."""
    parsed = parse_name(path.name)
    if parsed is None:
        return None
    database, taken, sealed = parsed
    try:
        size = path.stat().st_size
    except OSError:
        return None
    note = _read_note(path)
    last = note.get("last_change")
    return BackupCopy(
        path=path,
        database=database,
        taken_at=taken,
        encrypted=sealed,
        size=size,
        reason=str(note.get("reason") or ""),
        assessments=_count(note.get("assessments")),
        deleted_assessments=_count(note.get("deleted_assessments")),
        titles=tuple(str(t) for t in note.get("titles") or () if isinstance(t, str)),
        last_change=_moment(last),
        database_bytes=_count(note.get("database_bytes")),
        sha256=str(note.get("sha256") or ""),
    )


def write_note(copy: BackupCopy) -> None:
    data = copy.to_json()
    del data["path"]
    if copy.encrypted:
        data["titles"] = []
    data["sha256"] = copy.sha256
    write_atomically(note_path(copy.path), json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def note_path(path: Path) -> Path:
    return path.with_name(path.name + NOTE_SUFFIX)


def list_copies(folder: Path, database: str | None = None) -> list[BackupCopy]:
    """The copies in ``folder`` (of the database named ``database`` only, if given), newest
    first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    copies = [c for c in (read_copy(p) for p in entries if p.is_file()) if c is not None]
    if database is not None:
        copies = [c for c in copies if c.database == database]
    return sorted(copies, key=lambda c: (c.taken_at, c.name), reverse=True)


def find_copy(folder: Path, database: str, text: str) -> BackupCopy:
    """The copy ``text`` names: a path to a copy's file, a copy's name in ``folder``, or the
    start of its time as listed (``20261207-0530``); "latest" is the newest."""
    candidate = Path(text).expanduser()
    if candidate.is_file():
        found = read_copy(candidate)
        if found is None:
            raise BackupError(msg("backup.not_a_copy", name=candidate.name))
        return found
    copies = list_copies(folder, database)
    if text == "latest" and copies:
        return copies[0]
    digits = text.replace("T", "-").replace(":", "").strip()
    matches = [c for c in copies if c.name == text or c.taken_at.strftime(STAMP).startswith(digits)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise BackupError(msg("backup.no_such_copy", name=text))
    raise BackupError(msg("backup.ambiguous_copy", name=text, count=len(matches)))


#: What a killed backup leaves in its folder: a snapshot or a copy being written.
PARTIAL = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.partial$")


def sweep_leftovers(folder: Path, pattern: re.Pattern[str] = PARTIAL) -> list[Path]:
    """Remove the files ``pattern`` matches (its group 1 a process id) whose process is gone:
    what a backup or a restore killed half-way left behind."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = pattern.match(entry.name)
        if found and not process_running(int(found.group(1))):
            try:
                entry.unlink()
            except OSError:
                continue
            removed.append(entry)
    return removed


def remove_copy(path: Path) -> None:
    """Remove a copy and its note (what is already gone is no error)."""
    for name in (path, note_path(path)):
        name.unlink(missing_ok=True)


def _read_note(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(note_path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _moment(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
