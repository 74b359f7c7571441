"""Opening a database sends few statements: the dialect's first-connect settings come from the
server's start-up message (one query for the schema and the isolation level), and the
schema's revision and the installation's id are one plain statement outside a transaction.
The values are the ones SQLAlchemy's own queries give, and a new or older database is still
read step by step."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from cpdesk.store import engine as engines
from cpdesk.store.database import DEVICE_KEY, open_database


def test_first_connect_settings_match_the_dialects_own_queries(postgres_url: str) -> None:
    ours, plain = engines.make_engine(postgres_url), create_engine(postgres_url)
    try:
        for engine in (ours, plain):
            with engine.connect():
                pass
        for name in ("server_version_info", "default_schema_name", "default_isolation_level", "_backslash_escapes"):
            assert getattr(ours.dialect, name) == getattr(plain.dialect, name), name
        assert ours.dialect.default_isolation_level == "READ COMMITTED"  # PostgreSQL's default
    finally:
        ours.dispose()
        plain.dispose()


def test_opening_a_current_server_database_sends_two_statements(workspaces: Any, monkeypatch: Any) -> None:
    if workspaces.backend != "postgresql":
        pytest.skip("round trips are the server's concern")
    import psycopg

    url = workspaces("current").url
    sent: list[tuple[str, bool]] = []
    execute = psycopg.Cursor.execute

    def counted(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        sent.append((str(query).split()[1], self.connection.autocommit))
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "execute", counted)
    db = open_database(url)
    db.close()
    # current_schema() at the first connect, then the revision with the device id; both in
    # autocommit: no BEGIN and no ROLLBACK around them.
    assert sent == [("current_schema(),", True), ("version_num,", True)]


def test_the_device_id_is_read_from_a_current_database_and_made_in_a_new_one(workspaces: Any) -> None:
    url = workspaces.url("new")
    first = open_database(url)  # a new database: no schema, read step by step, then migrated
    first.close()
    again = open_database(url)
    again.close()
    assert again.device_id == first.device_id
    other = uuid.uuid4().hex
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE local_setting SET value = :v WHERE key = :k"), {"v": other, "k": DEVICE_KEY})
    engine.dispose()
    reopened = open_database(url)
    reopened.close()
    assert reopened.device_id == other
