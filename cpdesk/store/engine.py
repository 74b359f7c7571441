"""Engines with honest transactions: SQLite in WAL with real BEGIN, PostgreSQL as is.

Python's sqlite3 module, and SQLAlchemy on top of it, by default start transactions lazily
and commit DDL on their own. A migration that fails half-way would then leave a half-built
schema behind. SQLAlchemy's documented recipe fixes it: hand transaction control back to
SQLAlchemy (``isolation_level=None`` on the DBAPI connection) and emit ``BEGIN`` ourselves.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from cpdesk.core.folding import fold

#: Execution option that makes a connection's transactions plain deferred BEGINs, for
#: readers that must not wait for (or block) the writer.
READ_ONLY = "cpdesk_read_only"

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=30000",
)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with cpdesk's connection settings."""
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True, **kwargs)
    engine = create_engine(url, **kwargs)
    _configure_sqlite(engine)
    return engine


def _fold(text: str | None) -> str | None:
    return None if text is None else fold(text)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module (it would otherwise
        # commit before DDL), then set the pragmas outside any transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()
        # The search's folding, as the screens fold (cpdesk.store.folding).
        dbapi_connection.create_function("cpdesk_fold", 1, _fold, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # IMMEDIATE takes the write lock at the start, so two writers queue on the busy
        # timeout instead of failing later on a lock upgrade. Readers ask for a plain BEGIN.
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
