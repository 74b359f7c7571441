"""A server connection that waited in the pool is pinged before use and replaced when the
server dropped it; one returned a moment ago is used without a ping (a round trip saved at
each of a command's sessions)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, text

from cpdesk.store import engine as engines


def _statements(engine: object) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_a_dropped_connection_is_replaced_after_an_idle_wait(postgres_url: str, monkeypatch) -> None:
    engine = engines.make_engine(postgres_url)
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            first = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        with admin.connect() as other:  # the server drops the pooled connection
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        monkeypatch.setattr(engines, "IDLE_BEFORE_PING", 0.0)  # as if it had waited long
        with engine.connect() as conn:
            second = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        assert second != first
    finally:
        engine.dispose()
        admin.dispose()


def test_a_connection_just_returned_is_used_without_a_ping(postgres_url: str) -> None:
    engine = engines.make_engine(postgres_url)
    try:
        with engine.connect() as conn:
            first = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        seen = _statements(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() == first
        assert seen == ["SELECT pg_backend_pid()"]
    finally:
        engine.dispose()


def test_psycopg_does_not_look_up_hstore(postgres_url: str) -> None:
    engine = engines.make_engine(postgres_url)
    try:
        with engine.connect():
            pass
        assert engine.dialect.use_native_hstore is False  # type: ignore[attr-defined]
    finally:
        engine.dispose()


@pytest.mark.parametrize("url", ["sqlite://"])
def test_sqlite_engines_keep_their_own_settings(url: str) -> None:
    engine = engines.make_engine(url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
