"""What an import leaves on disk and takes in memory: no plaintext anywhere, bounded by limits.

An import reads the bundle in place (:mod:`cpdesk.sync.payload`): nothing decrypted is ever
written, so a killed import leaves nothing to recover, a full temporary folder does not
matter, and a bundle over the configured maximum is refused before a byte is decrypted.
Memory is bounded by the largest value a record may carry and the merge's batch budget,
whatever the bundle holds; it is measured on the command line in a child process.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from cpdesk.store.models import Attachment, Company, SyncImport
from cpdesk.sync.errors import DamagedBundle
from cpdesk.sync.records import schema_revisions, table_codec
from cpdesk.sync.writer import BundleHeader, BundleWriter
from tests.sync.conftest import Network, Site, add_small_assessment
from tests.sync.hostile import (
    accepted,
    craft_bundle,
    integrity_ok,
    refused,
    row_digests,
    site_identity,
    site_keys,
)

#: Written into records and attachments, so that a plaintext copy anywhere can be found.
MARKER = b"PLAINTEXT-MARKER-5f1c0b7e"
ZIP_SIGNATURE = b"PK\x03\x04"
#: The import's peak resident memory may not pass this, whatever the bundle holds.
MAX_RSS = 300 * 1024 * 1024

IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cpdesk.services.sync import importing as sync
    from cpdesk.store.database import open_database

    db = open_database(sys.argv[1])
    def progress(fraction, message):
        print(f"progress {fraction:.3f} {message}", flush=True)
    print("start", flush=True)
    report = sync.import_bundle(db, Path(sys.argv[2]), progress=progress)
    print("status", report.status, flush=True)
    """
)

MEASURE = textwrap.dedent(
    """
    import json, resource, subprocess, sys
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr, "peak": peak}))
    """
)


def _meta(device: str) -> dict[str, Any]:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    return dict(id=uuid.uuid4(), created_at=now, updated_at=now, device_id=device, version=1, deleted_at=None)


def _count(db: Any, model: Any) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def _plaintext_files(*folders: Path) -> list[str]:
    """Files under ``folders`` holding the marker or a ZIP member's signature."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if MARKER in data or ZIP_SIGNATURE in data:
                    found.append(str(path))
    return found


# ------------------------------------------------------------------ disk


def _large_field(network: Network) -> tuple[Site, Path]:
    """A field site with 20 000 companies and 40 photos of 2 MB, all marked; its bundle."""
    field = network.field("lan")
    assessment = add_small_assessment(field.db)
    device = field.db.device_id
    with field.db.sessions.begin() as session:
        session.execute(
            insert(Company),
            [{**_meta(device), "name": f"{MARKER.decode()} {i}", "sector": "textile"} for i in range(20_000)],
        )
        for i in range(40):
            content = MARKER + os.urandom(2 * 1024 * 1024)
            session.add(
                Attachment(
                    assessment_id=assessment,
                    filename=f"{i}.jpg",
                    media_type="image/jpeg",
                    content=content,
                    size_bytes=len(content),
                    sha256=hashlib.sha256(content).hexdigest(),
                )
            )
    bundle = network.path("large")
    field.export(bundle)
    return field, bundle


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="finds the open bundle in /proc (Linux)")
@pytest.mark.parametrize("moment", ["opening", "checking", "merging"])
def test_a_killed_import_leaves_nothing_decrypted_on_disk(sqlite_network: Network, tmp_path: Path, moment: str) -> None:
    network = sqlite_network
    _field, bundle = _large_field(network)
    centre = network.centre
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "CPDESK_DATA_DIR": str(centre.data_dir), "TMPDIR": str(temp)}
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, centre.db.url, str(bundle)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    wanted = {"opening": "start", "checking": "checked", "merging": "merging attachment"}[moment]
    for line in child.stdout:
        if wanted in line:
            break
    else:
        pytest.fail(f"the import never reached {wanted!r}: {child.stderr.read() if child.stderr else ''}")
    if moment == "opening":  # until the bundle is open: its envelope is being checked
        _wait_until_open(child.pid, bundle)
    time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert _plaintext_files(temp, centre.data_dir) == []
    assert _count(centre.db, SyncImport) == 0


def _wait_until_open(pid: int, path: Path) -> None:
    target = str(path.resolve())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            try:
                if os.readlink(fd) == target:
                    return
            except OSError:
                continue
        time.sleep(0.001)
    pytest.fail(f"the import never opened {path.name}")


def test_a_full_temporary_folder_does_not_stop_an_import(
    sqlite_network: Network, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = sqlite_network
    field = network.field("lan")
    add_small_assessment(field.db)
    bundle = network.path("lan")
    field.export(bundle)

    def full(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.ENOSPC, "No space left on device")

    for name in ("mkdtemp", "mkstemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"):
        monkeypatch.setattr(tempfile, name, full)
    report = accepted(network.centre, bundle)
    assert report["status"] == "imported"


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_a_bundle_over_the_maximum_is_refused_before_anything_is_decrypted(
    sqlite_network: Network, monkeypatch: pytest.MonkeyPatch, encrypted: bool
) -> None:
    network = sqlite_network
    field = network.field("lan")
    device = field.db.device_id
    path = network.path("big")
    rows = [("company", {device: 1}, {**_meta(device), **_company(os.urandom(100).hex())}) for _ in range(1000)]
    written = craft_bundle(
        path,
        rows,
        keys=site_keys(field),
        device_id=device,
        recipient=site_identity(network.centre) if encrypted else None,
    )
    assert written.size > 64 * 1024
    from cpdesk.sync import payload

    decrypted: list[int] = []
    original = payload._EncryptedPayload._decrypt
    monkeypatch.setattr(payload._EncryptedPayload, "_decrypt", lambda self, n: decrypted.append(n) or original(self, n))
    monkeypatch.setenv("CPDESK_MAX_BUNDLE_SIZE", "64K")
    line = refused(network.centre, path, "more than the 65536 bytes allowed", "CPDESK_MAX_BUNDLE_SIZE")
    assert decrypted == [], line
    monkeypatch.setenv("CPDESK_MAX_BUNDLE_SIZE", "a lot")
    refused(network.centre, path, "CPDESK_MAX_BUNDLE_SIZE: 'a lot' is not a size")
    monkeypatch.setenv("CPDESK_MAX_BUNDLE_SIZE", "1M")
    assert accepted(network.centre, path)["status"] == "imported"
    assert decrypted or not encrypted


def _company(name: str) -> dict[str, Any]:
    return dict(
        name=name, sector="textile", province="", size=None, address="", contact="", employees=None, origin="field"
    )


# ------------------------------------------------------------------ memory


def _write(
    path: Path, field: Site, centre: Site, records: Iterable[tuple[str, dict[str, Any]]], *, encrypted: bool = True
) -> None:
    """A genuine bundle from ``field`` to ``centre``; bytes over 64 KiB travel as blobs."""
    device = field.db.device_id
    header = BundleHeader(
        kind="data",
        keys=site_keys(field),
        author="Auditor",
        device_id=device,
        sequence=2,
        schema_revision=schema_revisions()[-1],
        app_version="0.0.0",
        recipient=site_identity(centre) if encrypted else None,
        mode="changes",
        peer=site_identity(centre).fingerprint,
    )
    with BundleWriter(path, header) as writer:
        for table, given in records:
            codec = table_codec(table)
            row = _meta(device)
            row.update({c.name: codec.default_of(c) for c in codec.columns if c.name not in {*row, *given}}, **given)
            writer.add_records(table, [({device: 1}, codec.encode(row, writer.add_blob))])
        writer.finish()


def _attachment(assessment: uuid.UUID, content: bytes, n: int) -> dict[str, Any]:
    return dict(
        assessment_id=assessment,
        owner_type="assessment",
        owner_id=None,
        filename=f"{n}.bin",
        media_type="application/octet-stream",
        caption="",
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
    )


def _import_measured(site: Site, bundle: Path) -> dict[str, Any]:
    """``cpdesk import`` in a child process: exit code, output and its peak resident memory."""
    env = {**os.environ, "CPDESK_DATA_DIR": str(site.data_dir)}
    command = [sys.executable, "-m", "cpdesk.cli.main", "--db", site.db.url, "import", str(bundle), "--json"]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    print(f"{bundle.name}: exit {result['code']}, peak {result['peak'] / 2**20:.0f} MiB")
    return result


def _sent_assessment(network: Network) -> tuple[Site, uuid.UUID]:
    field = network.field("lan")
    assessment = add_small_assessment(field.db)
    network.send(field, network.centre)
    return field, assessment


@pytest.mark.slow
def test_a_400_mb_attachment_is_refused_in_one_line_with_little_memory(sqlite_network: Network) -> None:
    network = sqlite_network
    field, assessment = _sent_assessment(network)
    bundle = network.path("huge")
    content = bytes(400 * 1024 * 1024)
    attachment = _attachment(assessment, content, 1)
    _write(bundle, field, network.centre, [("attachment", attachment)])
    del content, attachment
    before = row_digests(network.centre.db)
    result = _import_measured(network.centre, bundle)
    assert result["code"] == 1, result
    err = result["err"]
    assert err.count("\n") == 1, err
    assert err.startswith("cpdesk: error: "), err
    assert "attachment " in err, err
    assert "400.0 MiB" in err, err
    assert "25.0 MiB" in err, err
    assert row_digests(network.centre.db) == before
    assert integrity_ok(network.centre.db)
    assert result["peak"] < MAX_RSS, f"peak {result['peak'] / 2**20:.0f} MiB"


@pytest.mark.slow
def test_sixty_attachments_of_7_mb_import_with_bounded_memory(sqlite_network: Network) -> None:
    network = sqlite_network
    field, assessment = _sent_assessment(network)
    bundle = network.path("many")
    records = (("attachment", _attachment(assessment, os.urandom(7 * 1024 * 1024), n)) for n in range(60))
    _write(bundle, field, network.centre, records)
    before = _count(network.centre.db, Attachment)
    result = _import_measured(network.centre, bundle)
    assert result["code"] == 0, result
    assert json.loads(result["out"])["status"] == "imported"
    assert _count(network.centre.db, Attachment) == before + 60
    assert result["peak"] < MAX_RSS, f"peak {result['peak'] / 2**20:.0f} MiB"


@pytest.mark.slow
def test_three_hundred_records_of_1_mb_of_text_import_with_bounded_memory(sqlite_network: Network) -> None:
    network = sqlite_network
    field, assessment = _sent_assessment(network)
    bundle = network.path("texts")
    words = [os.urandom(4).hex() for _ in range(512)]

    def series(n: int) -> dict[str, Any]:
        text = " ".join(words[(n * 7 + i * 13) % 512] for i in range(110_000))
        return dict(assessment_id=assessment, name=f"Flow {n}", import_report=json.dumps({"skipped": text}))

    _write(bundle, field, network.centre, (("logger_series", series(n)) for n in range(300)))
    result = _import_measured(network.centre, bundle)
    assert result["code"] == 0, result
    assert json.loads(result["out"])["entities"]["logger_series"]["new"] == 300
    assert result["peak"] < MAX_RSS, f"peak {result['peak'] / 2**20:.0f} MiB"


@pytest.mark.skipif(os.name != "posix", reason="on Windows a partial file is left for the person to remove")
def test_an_export_removes_what_a_killed_export_left_beside_it(sqlite_network: Network, tmp_path: Path) -> None:
    network = sqlite_network
    field = network.field("lan")
    add_small_assessment(field.db)
    outbox = tmp_path / "usb"
    outbox.mkdir()
    target = outbox / "export.cpb"
    dead = next(pid for pid in range(4_000_000, 4_100_000) if not _alive(pid))
    left = outbox / f".export.cpb.{dead}.0badf00d.partial"
    left.write_bytes(b"what a killed export wrote")
    alive = outbox / f".export.cpb.{os.getppid()}.0badf00d.partial"  # a writer still at work
    alive.write_bytes(b"being written")
    other = outbox / f".other.cpb.{dead}.0badf00d.partial"
    other.write_bytes(b"another destination's")
    field.export(target)
    assert sorted(p.name for p in outbox.iterdir()) == sorted([target.name, alive.name, other.name])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_plain_bundle_changed_during_its_import_is_refused_whole(sqlite_network: Network) -> None:
    """A plain bundle is read in place after its checksum was checked: a member changed in the
    meantime (its CRC-32 made to match) fails the merge on its SHA-256, and nothing is kept."""
    network = sqlite_network
    field, assessment = _sent_assessment(network)
    bundle = network.path("plain")
    content = os.urandom(200_000)
    _write(bundle, field, network.centre, [("attachment", _attachment(assessment, content, 1))], encrypted=False)
    before = row_digests(network.centre.db)

    def progress(_fraction: float, message: str) -> None:
        if message == "merging attachment":
            _change_stored_member(bundle, content)

    with pytest.raises(DamagedBundle, match="does not match its SHA-256"):
        network.centre.import_(bundle, progress=progress)
    assert row_digests(network.centre.db) == before
    assert integrity_ok(network.centre.db)


def _change_stored_member(bundle: Path, content: bytes) -> None:
    """Change the first bytes of the stored member holding ``content``, keeping its CRC-32
    (which :mod:`zipfile` checks): only the SHA-256 in the signed manifest can tell."""
    data = bytearray(bundle.read_bytes())
    at = data.index(content)
    changed = _same_crc(content[:5], bytes([content[0] ^ 0xFF]) + content[1:5])
    data[at : at + 5] = changed
    assert zlib.crc32(bytes(data[at : at + len(content)])) == zlib.crc32(content)
    bundle.write_bytes(bytes(data))


def _same_crc(original: bytes, wanted: bytes) -> bytes:
    """``wanted`` with bytes 1-4 chosen so that a message changed from ``original`` to it
    keeps its CRC-32 (the CRC's change is linear in the bits changed: solve over GF(2))."""
    zero = zlib.crc32(bytes(len(original)))

    def effect(delta: bytes) -> int:
        return zlib.crc32(delta) ^ zero

    target = effect(bytes(a ^ b for a, b in zip(original, wanted, strict=True)))
    rows = []  # (effect of flipping one bit of bytes 1-4, which bit)
    for bit in range(32):
        delta = bytearray(len(original))
        delta[1 + bit // 8] = 1 << (bit % 8)
        rows.append((effect(bytes(delta)), 1 << bit))
    basis: dict[int, tuple[int, int]] = {}
    for value, mask in rows:
        for top in sorted(basis, reverse=True):
            if value >> top & 1:
                value, mask = value ^ basis[top][0], mask ^ basis[top][1]
        if value:
            basis[value.bit_length() - 1] = (value, mask)
    flips = 0
    for top in sorted(basis, reverse=True):
        if target >> top & 1:
            target, flips = target ^ basis[top][0], flips ^ basis[top][1]
    assert target == 0
    result = bytearray(wanted)
    for bit in range(32):
        if flips >> bit & 1:
            result[1 + bit // 8] ^= 1 << (bit % 8)
    return bytes(result)
