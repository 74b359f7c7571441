"""The few SQL statements sync needs that differ between SQLite and PostgreSQL."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str]) -> None:
    """Insert ``rows``, replacing the non-key columns of rows whose ``keys`` already exist."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    if dialect not in ("postgresql", "sqlite"):
        raise NotImplementedError(f"sync does not know how to upsert on {dialect}")
    statement = module.insert(table)
    changing = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
    session.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=changing), list(rows))


def lock_for_import(session: Session, name: str) -> None:
    """Serialise imports across the processes sharing a database, inside the transaction.

    SQLite's ``BEGIN IMMEDIATE`` already lets one writer in at a time. PostgreSQL gets a
    transaction-level advisory lock: a second import of the same bundle waits for the first
    to commit, then sees it recorded and changes nothing.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(name.encode()) - (1 << 31)})
