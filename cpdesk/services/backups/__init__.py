"""Backups of the local database: automatic compressed copies, their list, and restores.

The use cases behind ``cpdesk backup ...`` and the workbench's File -> Restore from backup.
Copies of a database go to ``backups/`` in the data folder (see :mod:`.copies` for their
names and notes, :mod:`.writing` for how one is taken, :mod:`.keeper` for when,
:mod:`.restoring` for the way back). Encrypted copies are sealed to this installation's key
pair, the one the sync machinery keeps in ``keys/`` of the data folder.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdesk.core.messages import msg
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.services.backups.copies import (
    BackupCopy,
    BackupError,
    BackupSettings,
    backups_folder,
    find_copy,
    list_copies,
    load_settings,
    save_settings,
)
from cpdesk.services.backups.keeper import BackupKeeper, KeeperReport, say
from cpdesk.services.backups.writing import BackupDiskFull, BackupResult, Clock, take_backup, utc_now
from cpdesk.store.database import Database, to_url
from cpdesk.store.locations import data_dir
from cpdesk.store.snapshot import CopiedAssessment

if TYPE_CHECKING:
    from cpdesk.services.backups.restoring import AssessmentRestore, WholeRestore
    from cpdesk.sync.keys import KeyPair

__all__ = [
    "AssessmentRestore",
    "BackupCopy",
    "BackupDiskFull",
    "BackupError",
    "BackupKeeper",
    "BackupResult",
    "BackupSettings",
    "CopiedAssessment",
    "KeeperReport",
    "WholeRestore",
    "backup_database",
    "backups_folder_path",
    "copy_contents",
    "choose_assessment",
    "database_file",
    "database_location",
    "find_backup_of",
    "list_backups_of",
    "find_backup",
    "keeper_for",
    "list_backups",
    "restore_assessment",
    "restore_database",
    "say",
    "settings",
    "store_settings",
]


def __getattr__(name: str) -> Any:
    """The restore's results, loaded when first named: restoring brings in the sync merge,
    which the workbench's start (the automatic copies) does not need."""
    if name in ("AssessmentRestore", "WholeRestore"):
        from cpdesk.services.backups import restoring

        return getattr(restoring, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _folder(data_folder: Path | None) -> Path:
    return backups_folder(data_folder or data_dir())


def _keys(data_folder: Path | None) -> Callable[[], KeyPair]:
    def keys() -> KeyPair:
        from cpdesk.sync.keys import installation_keys  # cryptography: only when a copy is sealed

        return installation_keys(data_folder or data_dir())

    return keys


def backups_folder_path(data_folder: Path | None = None) -> Path:
    """The folder the copies go to."""
    return _folder(data_folder)


def database_file(db: Database) -> Path:
    """The file of ``db``; a server database has none and is not backed up here."""
    if db.path is None:
        raise BackupError(msg("backup.not_sqlite", url=db.url.split("@")[-1]))
    return db.path


def settings(data_folder: Path | None = None) -> BackupSettings:
    """The backup settings of this installation."""
    return load_settings(_folder(data_folder))


def store_settings(chosen: BackupSettings, data_folder: Path | None = None) -> None:
    save_settings(_folder(data_folder), chosen)


def backup_database(
    db: Database,
    *,
    reason: str = "manual",
    data_folder: Path | None = None,
    now: Clock = utc_now,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> BackupResult:
    """Take a checked copy of ``db`` now (``cpdesk backup now``)."""
    folder = _folder(data_folder)
    return take_backup(
        database_file(db),
        folder,
        load_settings(folder),
        reason=reason,
        now=now,
        keys=_keys(data_folder),
        progress=progress,
        cancelled=cancelled,
    )


def list_backups(db: Database, data_folder: Path | None = None) -> list[BackupCopy]:
    """The copies of ``db``, newest first."""
    return list_copies(_folder(data_folder), database_file(db).stem)


def find_backup(db: Database, text: str, data_folder: Path | None = None) -> BackupCopy:
    """The copy of ``db`` that ``text`` names (a file, a name, the start of its time, "latest")."""
    return find_copy(_folder(data_folder), database_file(db).stem, text)


def copy_contents(copy: BackupCopy, data_folder: Path | None = None) -> list[CopiedAssessment]:
    """The assessments the copy holds, read from the copy (deleted ones too)."""
    from cpdesk.services.backups.restoring import contents

    return contents(copy, _keys(data_folder))


def choose_assessment(copy: BackupCopy, text: str, data_folder: Path | None = None) -> CopiedAssessment:
    """The copy's assessment whose id is ``text`` or starts with it."""
    key = text.strip().lower().replace("-", "")
    found = [a for a in copy_contents(copy, data_folder) if key and a.id.hex.startswith(key)]
    if len(found) != 1:
        raise BackupError(msg("backup.no_assessment", name=copy.name, key=text))
    return found[0]


def database_location(location: str | Path) -> Path:
    """The SQLite file ``location`` (a path or a URL) names, without opening it."""
    url = to_url(location)
    if not url.startswith("sqlite:///") or url.endswith(":memory:"):
        raise BackupError(msg("backup.not_sqlite", url=url.split("@")[-1]))
    return Path(url.removeprefix("sqlite:///"))


def list_backups_of(location: str | Path, data_folder: Path | None = None) -> list[BackupCopy]:
    """The copies of the database file at ``location``, newest first (it is not opened)."""
    return list_copies(_folder(data_folder), database_location(location).stem)


def find_backup_of(location: str | Path, text: str, data_folder: Path | None = None) -> BackupCopy:
    """The copy of the database at ``location`` that ``text`` names (see :func:`find_backup`)."""
    return find_copy(_folder(data_folder), database_location(location).stem, text)


def restore_database(location: str | Path, copy: BackupCopy, data_folder: Path | None = None) -> WholeRestore:
    """Restore the whole copy in place of the database file at ``location`` (closed)."""
    path = database_location(location)
    folder = _folder(data_folder)
    from cpdesk.services.backups.restoring import restore_whole

    return restore_whole(path, copy, folder, load_settings(folder), keys=_keys(data_folder))


def restore_assessment(
    db: Database, copy: BackupCopy, assessment_id: uuid.UUID, data_folder: Path | None = None
) -> AssessmentRestore:
    """Merge one assessment of the copy back into ``db`` (bringing it back if deleted)."""
    from cpdesk.services.backups.restoring import restore_assessment as restore

    return restore(db, copy, assessment_id, keys=_keys(data_folder))


def keeper_for(db: Database, data_folder: Path | None = None, now: Clock = utc_now) -> BackupKeeper:
    """The keeper of ``db``'s automatic copies (for the workbench)."""
    folder = _folder(data_folder)
    return BackupKeeper(
        database_file(db), folder, settings=lambda: load_settings(folder), keys=_keys(data_folder), now=now
    )
