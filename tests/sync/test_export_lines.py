"""An export writes its records straight from the database's rows in batches
(:mod:`cpdesk.sync.lines`): the lines must say what the record codec writes for the same rows,
read with SQLAlchemy's type processing and the version vectors of ``sync_record`` as objects,
as exports were written before (the same JSON values: orjson writes some floats' text
otherwise, ``0.00001`` where the standard library writes ``1e-05``); and an export to no peer
keeps no marks of what it sent."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from cpdesk.services.sync import exporting
from cpdesk.services.workspace import open_workspace
from cpdesk.store.base import utcnow
from cpdesk.store.models import Measurement, Option, SyncPeerRow, SyncRecord
from cpdesk.sync import clock
from cpdesk.sync.archive import SafeArchive
from cpdesk.sync.payload import open_payload
from cpdesk.sync.records import TableCodec, schema_revisions, synced_tables
from tests.sync.conftest import Network, add_small_assessment


def decoded(lines: dict[str, list[bytes]]) -> dict[str, list[str]]:
    """Each line's JSON value, written with sorted keys, by table, sorted: what a reader reads."""
    return {
        table: sorted(json.dumps(json.loads(line), sort_keys=True) for line in found) for table, found in lines.items()
    }


def bundle_lines(path: Path) -> dict[str, list[bytes]]:
    """The record lines of a plain bundle, by table, sorted."""
    _header, payload = open_payload(path, {}, max_size=1 << 32, source="test")
    lines: dict[str, list[bytes]] = {}
    with SafeArchive(payload) as archive:
        for name in archive.members:
            if name.startswith("records/"):
                table = name.split("/")[1]
                data = b"".join(archive.stream(name))
                lines.setdefault(table, []).extend(data.splitlines())
    return {table: sorted(found) for table, found in lines.items()}


def lines_as_before(db: Any, kept_back: str | None) -> dict[str, list[bytes]]:
    """Every record's line as the export wrote it before it streamed: rows read with their
    column types, the version vector from ``sync_record`` objects, the codec's encoding."""

    def blob(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()

    lines: dict[str, list[bytes]] = {}
    with db.reading() as session:
        for codec in synced_tables():
            states = {
                r.row_id: r
                for r in session.execute(select(SyncRecord).where(SyncRecord.table_name == codec.name)).scalars()
            }
            for row in session.execute(exporting._changed(codec, "", True, None, kept_back)).mappings():
                state = states.get(row["id"])
                vector = clock.effective(
                    clock.from_json(state.vector) if state else None,
                    (state.stamp_device, state.stamp_version) if state else None,
                    row["device_id"],
                    row["version"],
                )
                record = {"vv": vector, "row": codec.encode(row, blob)}
                text = json.dumps(record, separators=(",", ":"), ensure_ascii=False)
                lines.setdefault(codec.name, []).append(text.encode())
    return {table: sorted(found) for table, found in lines.items()}


def test_the_demo_exports_the_lines_it_did_before(demo_path: Path, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("CPDESK_DATA_DIR", str(tmp_path / "keys"))
    db = open_workspace(demo_path)
    try:
        result = exporting.export_bundle(db, tmp_path / "demo.cpb", all_records=True)
        expected = lines_as_before(db, db.device_id)  # a field installation: it keeps back its own
    finally:
        db.close()
    written = bundle_lines(result.path)
    assert decoded(written) == decoded(expected)
    assert sum(len(found) for found in written.values()) == sum(result.tables.values())
    assert sum(result.tables.values()) > 2000


def test_merged_edited_and_deleted_records_export_as_before(network: Network) -> None:
    """At a centre: records merged from a field (their vectors in ``sync_record``), one edited
    here since (its vector joined with the edit), one deleted, bytes inline and as blobs,
    a reading that is not a number in a logger chunk, readings of an infinite value (written
    as ``{"$float": "inf"}``, not as the ``null`` orjson would write) and of values whose text
    orjson writes otherwise."""
    field = network.field("field")
    add_small_assessment(field.db)
    network.send(field, network.centre)
    centre = network.centre
    with centre.db.sessions.begin() as session:
        option = session.execute(select(Option)).scalars().first()
        assert option is not None
        option.title = "Thu hồi nước ngưng (sửa)"
        reading = session.execute(select(Measurement)).scalars().first()
        assert reading is not None
        reading.deleted_at = utcnow()
        added = [
            Measurement(stream_id=reading.stream_id, value=1.0, unit=reading.unit, basis=reading.basis)
            for _ in range(3)
        ]
        session.add_all(added)
        session.flush()
        # Written past the services, which refuse such values: the export writes what it finds.
        odd = ((float("inf"), 1e-05), (1e16, None), (-float("inf"), 2.5e-7))
        for measurement, (value, uncertainty) in zip(added, odd, strict=True):
            session.execute(
                update(Measurement.__table__)
                .where(Measurement.__table__.c.id == measurement.id)
                .values(value=value, relative_uncertainty=uncertainty)
            )
    path = network.path("centre-all")
    centre.export(path, all_records=True)
    written = bundle_lines(path)
    assert decoded(written) == decoded(lines_as_before(centre.db, None))
    infinite = [line for line in written["measurement"] if b'"value":{"$float":"inf"}' in line]
    assert len(infinite) == 1
    assert sum(b'"value":{"$float":"-inf"}' in line for line in written["measurement"]) == 1
    records = [json.loads(line)["row"] for line in written["measurement"]]
    assert [r["value"] for r in records].count(1e16) == 1
    assert [r["relative_uncertainty"] for r in records].count(1e-05) == 1
    assert [r["relative_uncertainty"] for r in records].count(2.5e-7) == 1
    with centre.db.reading() as session:
        edited = session.execute(select(SyncRecord).where(SyncRecord.row_id == option.id)).scalar_one()
        assert (edited.stamp_device, edited.stamp_version) != (option.device_id, option.version)


def test_an_export_to_no_peer_marks_nothing_and_one_to_a_peer_marks_each_record(network: Network) -> None:
    centre = network.centre
    add_small_assessment(centre.db)

    def marks() -> int:
        with centre.db.reading() as session:
            return session.execute(select(func.count()).select_from(SyncPeerRow)).scalar_one()

    before = marks()
    result = centre.export(network.path("centre-own"), all_records=True)
    assert result.recipient is None
    assert marks() == before
    field = network.field("field")
    sent = centre.export(network.path("centre-to-field"), all_records=True, to=str(field.key_file(network.folder)))
    assert marks() == before + sum(sent.tables.values())
    with centre.db.reading() as session:
        revisions = {
            (m.table_name, m.row_id): (m.device_id, m.version)
            for m in session.execute(select(SyncPeerRow).where(SyncPeerRow.peer == sent_peer(centre, field)))
            .scalars()
            .all()
        }
        for codec in synced_tables():
            for row in session.execute(select(codec.table)).mappings():
                assert revisions[(codec.name, row["id"])] == (row["device_id"], row["version"])
    # Nothing changed since: the next export of changes to that peer holds nothing.
    again = centre.export(network.path("centre-to-field-again"), to=str(field.key_file(network.folder)))
    assert again.tables == {}
    # A record changed since goes again, alone.
    with centre.db.sessions.begin() as session:
        edited = session.execute(select(Option)).scalars().first()
        assert edited is not None
        edited.title = "Đổi"
    changed = centre.export(network.path("centre-to-field-changed"), to=str(field.key_file(network.folder)))
    assert set(changed.tables) == {"cp_option"}


def sent_peer(centre: Any, field: Any) -> str:
    with centre.db.reading() as session:
        return str(session.execute(select(SyncPeerRow.peer).distinct()).scalar_one())


@pytest.mark.parametrize("codec", synced_tables(), ids=lambda c: c.name)
def test_every_column_kind_has_a_raw_reading(codec: TableCodec) -> None:
    from cpdesk.sync.lines import _converter

    for column in codec.columns:
        for postgres in (False, True):
            _converter(column, postgres, None)  # raises for a kind it does not know


def test_schema_revisions_follow_alembic() -> None:
    from alembic.script import ScriptDirectory

    from cpdesk.store import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert schema_revisions() == tuple(rev.revision for rev in reversed(list(script.walk_revisions())))
