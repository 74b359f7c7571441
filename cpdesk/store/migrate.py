"""Schema migrations: found inside the package, run in one transaction, backup first.

Opening a database only compares its stored revision with the newest one this cpdesk ships,
and both are known without Alembic: the stored one is a row of ``alembic_version`` (read
with plain SQL), the shipped ones are the ``revision``/``down_revision`` lines of the
migration files (read as text; a test checks them against Alembic's own reading). Alembic,
which takes a noticeable part of a second to import, is loaded only when an upgrade runs.
"""

from __future__ import annotations

import ast
import re
import sqlite3
from contextlib import ExitStack
from datetime import UTC, datetime
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from cpdesk.core.errors import Coded
from cpdesk.core.messages import msg
from cpdesk.store.engine import READ_ONLY

if TYPE_CHECKING:
    from alembic.config import Config

#: Alembic's table of the schema revision a database is at.
VERSION_TABLE = "alembic_version"

# A module-level assignment in a migration file: `revision: str = "0003"`.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


class SchemaTooNewError(Coded, RuntimeError):
    """The database was written by a newer cpdesk than this one."""


class SchemaStateError(Coded, RuntimeError):
    """The database's record of its schema version is damaged."""


def scripts_location() -> Traversable:
    """The folder of the migrations shipped inside the package."""
    return resources.files("cpdesk.store.migrations")


def alembic_config(script_location: str | Path | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location or scripts_location()))
    return cfg


def revisions(script_location: str | Path | Traversable | None = None) -> dict[str, str | None]:
    """Every migration's revision and the revision it follows (None for the first), read
    from the migration files' text without importing them or Alembic."""
    folder = Path(str(script_location)) if script_location is not None else scripts_location()
    found: dict[str, str | None] = {}
    for entry in (folder / "versions").iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("__"):
            continue
        values = {name: ast.literal_eval(value) for name, value in _ASSIGNMENT.findall(entry.read_text("utf-8"))}
        if "revision" not in values:
            raise RuntimeError(f"migration {entry.name} states no revision")
        found[values["revision"]] = values.get("down_revision")
    return found


def head_revision(script_location: str | Path | Traversable | None = None) -> str:
    """The newest revision: the one no other migration follows."""
    chain = revisions(script_location)
    heads = set(chain) - set(chain.values())
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have exactly one head, not {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database without cpdesk's schema."""
    with engine.execution_options(**{READ_ONLY: True}).connect() as conn:
        return stored_revision(conn)


def stored_revision(conn: Connection) -> str | None:
    """:func:`current_revision` on an open connection (which a caller may go on reading)."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    stored = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").scalars().all()
    if len(stored) > 1:
        raise SchemaStateError(msg("database.several_schemas", versions=sorted(stored)))
    return stored[0] if stored else None


def check_known(engine: Engine, script_location: str | Path | None = None) -> str | None:
    """Return the database's revision; refuse one that this cpdesk does not know."""
    return known(current_revision(engine), script_location)


def known(current: str | None, script_location: str | Path | None = None) -> str | None:
    """``current``, a revision read from a database; refused if this cpdesk does not know it."""
    if current is None:
        return None
    if current not in revisions(script_location):
        raise SchemaTooNewError(msg("database.schema_too_new", version=current))
    return current


def upgrade(engine: Engine, script_location: str | Path | None = None) -> bool:
    """Bring the schema to head in one transaction. Return True when anything ran."""
    current = check_known(engine, script_location)
    if current == head_revision(script_location):
        return False
    from alembic import command

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
