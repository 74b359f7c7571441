"""`cpdesk check` says what it ran, finds what is planted, and never calls a skipped check ok.

On PostgreSQL a foreign key is dropped, a measurement naming a missing stream inserted and
the key added back NOT VALID (as a restore or a hand repair can leave it; PostgreSQL then
keeps the row); on SQLite the same row goes in with foreign keys off. On both, a version
vector and a peer mark are written for a record that does not exist.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from typing import Any

from sqlalchemy import insert, select, text

from cpdesk.cli.main import main
from cpdesk.services import health
from cpdesk.store.models import Measurement, Stream, SyncPeerRow, SyncRecord
from tests.bench import centre_data


def filled(db: Any) -> Any:
    programme = centre_data.write_programme(db, "P", "Programme", db.device_id)
    centre_data.fill(db, programme["id"], 0, 2, random.Random(1), None)
    return db


def missing_parent(db: Any) -> uuid.UUID:
    """A measurement naming a stream that does not exist, past the database's own key."""
    with db.sessions.begin() as session:
        row = session.execute(select(Measurement.__table__).limit(1)).mappings().one()
    lost = {**row, "id": uuid.uuid4(), "stream_id": uuid.uuid4()}
    if db.url.startswith("sqlite"):
        conn = sqlite3.connect(db.path, isolation_level=None)
        conn.execute("PRAGMA foreign_keys=OFF")
        columns = ", ".join(c for c in lost if c not in ("id", "stream_id"))
        conn.execute(
            f"INSERT INTO measurement (id, stream_id, {columns}) SELECT ?, ?, {columns} FROM measurement LIMIT 1",  # noqa: S608
            (lost["id"].hex, lost["stream_id"].hex),
        )
        conn.close()
    else:
        with db.engine.begin() as conn:
            conn.execute(text("ALTER TABLE measurement DROP CONSTRAINT fk_measurement_stream_id_stream"))
            conn.execute(insert(Measurement.__table__), [lost])
            conn.execute(
                text(
                    "ALTER TABLE measurement ADD CONSTRAINT fk_measurement_stream_id_stream "
                    "FOREIGN KEY (stream_id) REFERENCES stream (id) NOT VALID"
                )
            )
    return lost["id"]


def bookkeeping_of_nothing(db: Any) -> None:
    """A version vector and a peer mark for a stream that was never there."""
    ghost = uuid.uuid4()
    with db.sessions.begin() as session:
        session.execute(
            insert(SyncRecord),
            [{"table_name": "stream", "row_id": ghost, "vector": '{"a":1}', "stamp_device": "a", "stamp_version": 1}],
        )
        session.execute(
            insert(SyncPeerRow),
            [{"peer": "ab12", "table_name": "stream", "row_id": ghost, "device_id": "a", "version": 1}],
        )
        # and one that names a stream that exists: not a problem
        stream = session.execute(select(Stream.id).limit(1)).scalar_one()
        session.execute(
            insert(SyncRecord),
            [{"table_name": "stream", "row_id": stream, "vector": '{"a":1}', "stamp_device": "a", "stamp_version": 1}],
        )


def by_name(report: health.HealthReport) -> dict[str, Any]:
    return {c.name: c for c in report.checks}


def test_a_sound_database_is_ok_for_what_ran(any_db) -> None:
    report = health.check_database(filled(any_db))
    checks = by_name(report)
    assert report.ok
    assert checks["foreign keys"].ok and checks["sync bookkeeping"].ok
    if any_db.url.startswith("sqlite"):
        assert checks["file"].ran_what == "PRAGMA integrity_check" and checks["file"].ok
        assert report.integrity == "ok"
        assert health.check_database(any_db, quick=True).checks[0].ran_what == "PRAGMA quick_check"
    else:
        assert "a query per foreign key" in checks["foreign keys"].ran_what
        indexes = checks["indexes"]
        if indexes.ran:  # the role may install amcheck and read the indexes
            assert indexes.ok and report.integrity == "ok"
        else:  # said, with the reason, and never called ok
            assert indexes.reason and not indexes.ok
            assert report.integrity == "ok (foreign keys, sync bookkeeping); not run: indexes"
        quick = by_name(health.check_database(any_db, quick=True))["indexes"]
        assert not quick.ran and quick.reason == "left out by --quick"


def test_planted_inconsistencies_are_reported(any_db, capsys) -> None:
    db = filled(any_db)
    missing_parent(db)
    bookkeeping_of_nothing(db)
    report = health.check_database(db)
    checks = by_name(report)
    assert not report.ok
    assert checks["foreign keys"].problem_count == 1
    if db.url.startswith("sqlite"):
        assert checks["foreign keys"].problems[0].startswith("measurement row ")
    else:
        assert checks["foreign keys"].problems == ("1 measurement row(s) name a missing stream in stream_id",)
    assert checks["sync bookkeeping"].problems == (
        "1 version vector(s) in sync_record name a missing stream record",
        "1 peer mark(s) in sync_peer_row name a missing stream record",
    )
    assert not report.integrity.startswith("ok")
    assert main(["--db", db.url, "check"]) == 1
    out = capsys.readouterr().out
    assert "integrity  foreign keys: 1 problem(s): " in out
    assert "sync bookkeeping: 2 problem(s): 1 version vector(s)" in out


def test_check_lists_what_it_ran(tmp_path, capsys) -> None:
    assert main(["--db", str(tmp_path / "new.sqlite"), "check", "--quick"]) == 0
    out = capsys.readouterr().out
    assert "  file              PRAGMA quick_check: ok" in out
    assert "  foreign keys      PRAGMA foreign_key_check: ok" in out
    assert "integrity  ok\n" in out
