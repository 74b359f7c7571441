"""Bundle files: written atomically, read back exactly, encrypted to the recipient only."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cpdesk.sync.envelope import MAGIC, read_header
from cpdesk.sync.errors import BundleRejected, NotForThisInstallation
from cpdesk.sync.keys import KeyPair
from cpdesk.sync.records import INLINE_BYTES, content_hash, synced_tables, table_codec
from cpdesk.sync.writer import BundleHeader, BundleWriter
from tests.sync.helpers import REVISIONS, open_and_verify, programme_row, write_bundle


def test_every_synced_column_type_can_travel() -> None:
    tables = synced_tables()
    names = [t.name for t in tables]
    assert "assessment" in names
    assert "attachment" in names
    # parents come first
    assert names.index("assessment") > names.index("company")
    assert names.index("measurement") > names.index("stream")


@pytest.mark.parametrize("encrypted", [False, True])
def test_round_trip_keeps_every_value_exactly(
    tmp_path: Path, author: KeyPair, centre: KeyPair, encrypted: bool
) -> None:
    recipient = centre.public("VNCPC", role="centre") if encrypted else None
    rows = [
        programme_row("P1", reported_co2_t=0.1 + 0.2, year=None),
        programme_row("P2", reported_co2_t=987654321012345.6, deleted_at=datetime(2026, 2, 1, tzinfo=UTC), version=3),
        programme_row("P3", reported_co2_t=-0.0, description='dòng 1\ndòng 2 "quoted" \u2028'),
    ]
    written = write_bundle(tmp_path / "b.cpb", author, recipient, rows)
    assert written.encrypted is encrypted
    with open(written.path, "rb") as handle:
        assert handle.read(len(MAGIC)) == MAGIC
    with open_and_verify(written.path, keys=[centre], trusted=[author]) as bundle:
        back = [r.row for r in bundle.records("programme")]
        assert bundle.manifest.tables["programme"].records == 3
        assert bundle.manifest.tables["programme"].deleted == 1
    for row in back:
        row["origin"] = row["origin"].value
    assert back == rows
    assert math.copysign(1.0, back[2]["reported_co2_t"]) == -1.0


def test_bytes_travel_exactly_inline_and_as_blobs(tmp_path: Path, author: KeyPair) -> None:
    codec = table_codec("attachment")
    now = datetime.now(UTC)
    contents = [b"", bytes(range(256)), bytes(INLINE_BYTES), bytes(INLINE_BYTES + 1), b"\xff" * 3_000_000]
    rows = [
        dict(
            id=uuid.uuid4(),
            created_at=now,
            updated_at=now,
            device_id="d",
            version=1,
            deleted_at=None,
            assessment_id=uuid.uuid4(),
            owner_type="assessment",
            owner_id=None,
            filename=f"{i}.bin",
            media_type="application/octet-stream",
            caption="",
            size_bytes=len(c),
            sha256="",
            content=c,
        )
        for i, c in enumerate(contents)
    ]
    rows.append({**rows[-1], "id": uuid.uuid4()})  # the same bytes twice are stored once
    header = BundleHeader("data", author, "A", "d", 1, REVISIONS[-1], "0.1.0", None, "all", "")
    with BundleWriter(tmp_path / "b.cpb", header) as writer:
        writer.add_records("attachment", (({"d": 1}, codec.encode(r, writer.add_blob)) for r in rows))
        written = writer.finish()
    assert written.manifest.blobs == 2
    with open_and_verify(written.path, keys=[], trusted=[author]) as bundle:
        back = [r.row for r in bundle.records("attachment")]
    assert [r["content"] for r in back] == [r["content"] for r in rows]
    assert [content_hash(codec, r) for r in back] == [content_hash(codec, r) for r in rows]


def test_dates_and_codes_are_coded_by_column_type() -> None:
    codec = table_codec("assessment")
    now = datetime(2026, 3, 4, 5, 6, 7, 890, tzinfo=UTC)
    row = {c.name: None for c in codec.columns}
    row.update(
        id=uuid.uuid4(),
        created_at=now,
        updated_at=now,
        device_id="d",
        version=2,
        company_id=uuid.uuid4(),
        title="Đánh giá",
        delivery_mode="consulting",
        start_date=date(2004, 3, 1),
        currency="VND",
        discount_rate=0.1,
        production_unit="t",
        audit_focus="",
        notes="",
        origin="demo",
        scope_weight=1.0,
    )
    coded = codec.encode(row)
    assert coded["start_date"] == "2004-03-01"
    assert coded["created_at"] == "2026-03-04T05:06:07.000890+00:00"
    back = codec.decode(coded, None)
    assert back["start_date"] == date(2004, 3, 1)
    assert back["created_at"] == now
    assert back["delivery_mode"].value == "consulting"


def test_encrypted_bundle_opens_only_with_the_recipient_key(tmp_path: Path, author: KeyPair, centre: KeyPair) -> None:
    written = write_bundle(tmp_path / "b.cpb", author, centre.public("VNCPC", role="centre"))
    data = written.path.read_bytes()
    assert b"Programme P1" not in data
    assert b"Auditor A" not in data
    with open(written.path, "rb") as handle:
        header = read_header(handle, "b")
    assert header.encrypted
    assert header.recipient == centre.fingerprint
    with pytest.raises(NotForThisInstallation, match=centre.fingerprint):
        open_and_verify(written.path, keys=[KeyPair.generate()], trusted=[author])


def test_unencrypted_bundle_is_readable_without_keys(tmp_path: Path, author: KeyPair) -> None:
    written = write_bundle(tmp_path / "b.cpb", author)
    with open_and_verify(written.path, keys=[], trusted=[author]) as bundle:
        assert bundle.header.encrypted is False
        assert bundle.signer.fingerprint == author.fingerprint


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path: Path, author: KeyPair) -> None:
    target = tmp_path / "b.cpb"
    target.write_bytes(b"the previous export")
    header = BundleHeader("data", author, "A", "d", 1, REVISIONS[-1], "0.1.0", None, "all", "")
    with pytest.raises(RuntimeError, match="boom"):
        with BundleWriter(target, header) as writer:
            writer.add_records("programme", [({"d": 1}, table_codec("programme").encode(programme_row("X")))])
            raise RuntimeError("boom")
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.cpb"]


def test_read_back_detects_a_device_that_lies(tmp_path: Path, author: KeyPair, monkeypatch: pytest.MonkeyPatch) -> None:
    from cpdesk.sync import writer as writer_module
    from cpdesk.sync.errors import ExportError

    monkeypatch.setattr(writer_module, "read_back_sha256", lambda path: (1, "0" * 64))
    with pytest.raises(ExportError, match="read back differs"):
        write_bundle(tmp_path / "b.cpb", author)
    assert not (tmp_path / "b.cpb").exists()


def test_many_records_are_split_into_chunks(tmp_path: Path, author: KeyPair) -> None:
    rows = [programme_row(f"P{i}") for i in range(25_000)]
    written = write_bundle(tmp_path / "b.cpb", author, None, rows)
    chunks = [m.name for m in written.manifest.members if m.name.startswith("records/programme/")]
    assert chunks == [
        "records/programme/000001.jsonl",
        "records/programme/000002.jsonl",
        "records/programme/000003.jsonl",
    ]
    with open_and_verify(written.path, keys=[], trusted=[author]) as bundle:
        assert [r.row["code"] for r in bundle.records("programme")] == [r["code"] for r in rows]


def test_records_are_handed_out_only_after_verification(tmp_path: Path, author: KeyPair) -> None:
    from cpdesk.sync.reader import open_bundle
    from tests.sync.helpers import trusting

    written = write_bundle(tmp_path / "b.cpb", author)
    with open_bundle(written.path, private_keys={}, trust=trusting(author), schema_revisions=REVISIONS) as bundle:
        with pytest.raises(RuntimeError, match="verify_contents"):
            next(bundle.records("programme"))


def test_no_such_file(tmp_path: Path) -> None:
    with pytest.raises(BundleRejected, match="no such file"):
        open_and_verify(tmp_path / "missing.cpb", keys=[], trusted=[])
