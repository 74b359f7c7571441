"""Engines with honest transactions: SQLite in WAL with real BEGIN, PostgreSQL as is.

Python's sqlite3 module, and SQLAlchemy on top of it, by default start transactions lazily
and commit DDL on their own. A migration that fails half-way would then leave a half-built
schema behind. SQLAlchemy's documented recipe fixes it: hand transaction control back to
SQLAlchemy (``isolation_level=None`` on the DBAPI connection) and emit ``BEGIN`` ourselves.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError

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


#: A pooled server connection idle longer than this (seconds) is pinged before it is used again.
IDLE_BEFORE_PING = 30.0


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with cpdesk's connection settings."""
    if not is_sqlite(url):
        # No hstore column anywhere: psycopg need not look the type up at every connect.
        options = {"use_native_hstore": False} if make_url(url).get_driver_name() == "psycopg" else {}
        engine = create_engine(url, **options, **kwargs)
        if options:
            _settings_from_handshake(engine.dialect)
        _ping_when_idle(engine)
        return engine
    engine = create_engine(url, **kwargs)
    _configure_sqlite(engine)
    return engine


def _settings_from_handshake(dialect: Any) -> None:
    """Let SQLAlchemy's first connect on psycopg take what the server already said.

    At the first connect the PostgreSQL dialect asks for the server's version, the current
    schema, the default isolation level and ``standard_conforming_strings``: a BEGIN, four
    queries and a ROLLBACK, six round trips before a command's own first statement. The
    version and ``standard_conforming_strings`` come with the connection's start-up
    (``ConnectionInfo.server_version``, ``parameter_status``); the schema and the isolation
    level are asked in one query. The values are the ones the dialect's own queries give."""
    dialect._get_server_version_info = _server_version
    dialect._set_backslash_escapes = lambda connection: _set_backslash_escapes(dialect, connection)
    dialect._get_default_schema_name = lambda connection: _schema_and_isolation(dialect, connection)
    dialect.get_default_isolation_level = lambda dbapi_connection: _default_isolation(dialect, dbapi_connection)


def _server_version(connection: Any) -> tuple[int, ...]:
    # 160004 is 16.4 and 90624 is 9.6.24, as `select version()` would give them.
    number = connection.connection.dbapi_connection.info.server_version
    if number >= 100000:
        return (number // 10000, number % 10000)
    return (number // 10000, number // 100 % 100, number % 100)


def _set_backslash_escapes(dialect: Any, connection: Any) -> None:
    said = connection.connection.dbapi_connection.info.parameter_status("standard_conforming_strings")
    if said is None:  # not reported: ask, as the dialect does
        said = connection.exec_driver_sql("show standard_conforming_strings").scalar().encode()
    dialect._backslash_escapes = said == b"off"


def _schema_and_isolation(dialect: Any, connection: Any) -> str:
    sql = "SELECT current_schema(), current_setting('transaction_isolation')"
    ((schema, isolation),) = driver_rows(connection.connection.dbapi_connection, sql)
    dialect._cpdesk_default_isolation = isolation.upper()
    return str(schema)


def _default_isolation(dialect: Any, dbapi_connection: Any) -> str:
    known = getattr(dialect, "_cpdesk_default_isolation", None)
    if known is None:  # not asked yet (the dialect's order changed): its own query
        return str(type(dialect).get_default_isolation_level(dialect, dbapi_connection))
    return str(known)


def driver_rows(dbapi_connection: Any, sql: str) -> list[Any]:
    """The rows of one plain read ``sql`` on the driver's connection, outside any transaction.

    On psycopg a statement in a transaction costs two more round trips (its BEGIN and the
    ROLLBACK after it); one read statement sees one snapshot anyway, so it is sent in
    autocommit when no transaction is open. SQLite's connections are in autocommit already
    (:func:`_configure_sqlite`). The driver's own error is raised."""
    idle = getattr(getattr(dbapi_connection, "info", None), "transaction_status", None) == 0  # psycopg's IDLE
    autocommit = getattr(dbapi_connection, "autocommit", None)
    if idle:
        dbapi_connection.autocommit = True
    try:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(sql)
            return list(cursor.fetchall())
        finally:
            cursor.close()
    finally:
        if idle:
            dbapi_connection.autocommit = autocommit


def _ping_when_idle(engine: Engine) -> None:
    """A server connection that sat in the pool for a while may have been dropped (a server
    restart, a network cut): ping it before use, and let the pool replace it if it is gone.
    SQLAlchemy's ``pool_pre_ping`` pings at every checkout, a round trip each time a command
    opens a session (five or more at each start); a connection returned a moment ago is
    used as it is."""

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info["returned_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get("returned_at")
        if returned is None or time.monotonic() - returned < IDLE_BEFORE_PING:
            return
        try:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("SELECT 1")
            finally:
                cursor.close()
        except Exception as exc:  # the driver's own error: the connection is gone
            raise DisconnectionError() from exc


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
