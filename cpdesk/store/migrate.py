"""Schema migrations: found inside the package, run in one transaction, backup first."""

from __future__ import annotations

import sqlite3
from contextlib import ExitStack
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer cpdesk than this one."""


def alembic_config(script_location: str | Path | None = None) -> Config:
    cfg = Config()
    if script_location is None:
        script_location = resources.files("cpdesk.store.migrations")
    cfg.set_main_option("script_location", str(script_location))
    return cfg


def head_revision(script_location: str | Path | None = None) -> str:
    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "the migrations have no head"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_known(engine: Engine, script_location: str | Path | None = None) -> str | None:
    """Return the database's revision; refuse one that this cpdesk does not know."""
    current = current_revision(engine)
    if current is None:
        return None
    script = ScriptDirectory.from_config(alembic_config(script_location))
    if current not in {rev.revision for rev in script.walk_revisions()}:
        raise SchemaTooNewError(
            f"this database has schema version {current}, which this cpdesk does not know: "
            "it was written by a newer cpdesk; update cpdesk to open it"
        )
    return current


def upgrade(engine: Engine, script_location: str | Path | None = None) -> bool:
    """Bring the schema to head in one transaction. Return True when anything ran."""
    current = check_known(engine, script_location)
    if current == head_revision(script_location):
        return False
    cfg = alembic_config(script_location)
    with ExitStack() as stack:
        conn = stack.enter_context(engine.begin())
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


def needs_upgrade(engine: Engine, script_location: str | Path | None = None) -> bool:
    return check_known(engine, script_location) != head_revision(script_location)


def backup_sqlite(db_path: Path, label: str) -> Path:
    """Copy a live SQLite database with SQLite's backup API (consistent even in WAL)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.stem}.backup-{label}-{stamp}{db_path.suffix}")
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target
