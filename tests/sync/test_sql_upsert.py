"""sync's upsert writes what SQLAlchemy's own insert writes, on SQLite and PostgreSQL.

On SQLite it hands the rows to the driver's executemany, each column's values passed through
the column's bind processor (SQLAlchemy's parameter handling took ten times the insert's own
time); the rows it stores must read back as the ORM's insert would have stored them.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import JSON, Column, Integer, MetaData, String, Table, Uuid, create_engine, select
from sqlalchemy.orm import Session

from cpdesk.store.models import SyncPeerRow, SyncRecord
from cpdesk.sync.sql import upsert

KEYS = ["peer", "table_name", "row_id"]


def peer_rows(ids: list[uuid.UUID], version: int) -> list[dict[str, Any]]:
    return [
        {"peer": "peer-a", "table_name": "company", "row_id": i, "device_id": "dev-1", "version": version} for i in ids
    ]


def test_upsert_inserts_then_replaces_by_key(any_db: Any) -> None:
    first, second = [uuid.uuid4() for _ in range(3)], [uuid.uuid4() for _ in range(2)]
    table = SyncPeerRow.__table__
    with any_db.sessions.begin() as session:
        upsert(session, table, peer_rows(first, 1), KEYS)
    with any_db.sessions.begin() as session:  # the first two again, newer, and two new ones
        upsert(session, table, peer_rows(first[:2], 5) + peer_rows(second, 2), KEYS)
        upsert(session, table, [], KEYS)  # nothing to write: no statement
    with any_db.sessions() as session:
        stored = {r.row_id: r.version for r in session.scalars(select(SyncPeerRow))}
        # The ORM finds a row by its UUID: the id is stored in the form SQLAlchemy writes.
        found = session.scalars(select(SyncPeerRow).where(SyncPeerRow.row_id == second[0])).one()
    assert stored == {first[0]: 5, first[1]: 5, first[2]: 1, second[0]: 2, second[1]: 2}
    assert (found.peer, found.table_name, found.device_id, found.version) == ("peer-a", "company", "dev-1", 2)


def test_upsert_of_sync_states(any_db: Any) -> None:
    row_id = uuid.uuid4()
    table = SyncRecord.__table__
    state = {"table_name": "company", "row_id": row_id, "stamp_device": "dev-1", "stamp_version": 1}
    with any_db.sessions.begin() as session:
        upsert(session, table, [{**state, "vector": '{"dev-1":1}'}], ["table_name", "row_id"])
        upsert(session, table, [{**state, "vector": '{"dev-1":2}', "stamp_version": 2}], ["table_name", "row_id"])
    with any_db.sessions() as session:
        record = session.get(SyncRecord, ("company", row_id))
        assert record is not None
        assert (record.vector, record.stamp_version) == ('{"dev-1":2}', 2)


def test_values_are_stored_as_sqlalchemys_insert_stores_them() -> None:
    """A UUID, a JSON document (None as JSON's null), text and a null, on SQLite: the stored
    values are those of SQLAlchemy's own insert of the same rows into a twin table."""
    metadata = MetaData()
    columns = lambda: [  # noqa: E731
        Column("id", Uuid, primary_key=True),
        Column("doc", JSON),
        Column("note", String(20), nullable=True),
        Column("n", Integer),
    ]
    ours = Table("ours", metadata, *columns())
    theirs = Table("theirs", metadata, *columns())
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    rows = [
        {"id": uuid.uuid4(), "doc": {"a": [1, 2.5, "đ"]}, "note": "x", "n": 1},
        {"id": uuid.uuid4(), "doc": None, "note": None, "n": 2},
    ]
    with Session(engine) as session, session.begin():
        upsert(session, ours, rows, ["id"])
        session.execute(theirs.insert(), rows)
    with engine.connect() as connection:
        stored = connection.exec_driver_sql("SELECT * FROM ours ORDER BY n").fetchall()
        expected = connection.exec_driver_sql("SELECT * FROM theirs ORDER BY n").fetchall()
    assert stored == expected
    assert stored[1][1] == "null"  # JSON's null, not SQL's NULL
