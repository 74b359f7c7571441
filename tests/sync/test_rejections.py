"""Bundles that must be rejected whole, with the exact reason, before anything is written."""

from __future__ import annotations

import hashlib
import io
import stat
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpdesk.sync.errors import (
    BundleRejected,
    DamagedBundle,
    IncompatibleBundle,
    UnsafeBundle,
    UntrustedBundle,
)
from cpdesk.sync.keys import KeyPair
from cpdesk.sync.manifest import MANIFEST, SIGNATURE
from tests.sync.helpers import (
    open_and_verify,
    programme_row,
    records_member,
    signed_archive,
    wrap,
    write_bundle,
)

AUTHOR = KeyPair.generate()
CENTRE = KeyPair.generate()
MEMBER = "records/programme/000001.jsonl"


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("bundles")
    rows = [programme_row(f"P{i}") for i in range(5)]
    return {
        "plain": write_bundle(folder / "plain.cpb", AUTHOR, None, rows).path.read_bytes(),
        "encrypted": write_bundle(
            folder / "enc.cpb", AUTHOR, CENTRE.public("C", role="centre"), rows
        ).path.read_bytes(),
    }


def _open(path: Path, **kwargs: object) -> None:
    with open_and_verify(path, keys=[CENTRE], trusted=[AUTHOR], **kwargs):  # type: ignore[arg-type]
        pass


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["plain", "encrypted"]), fraction=st.floats(0, 1, exclude_max=True))
def test_truncation_anywhere_is_rejected(
    bundles: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory, kind: str, fraction: float
) -> None:
    data = bundles[kind]
    path = tmp_path_factory.mktemp("cut") / "cut.cpb"
    path.write_bytes(data[: int(fraction * len(data))])
    with pytest.raises(BundleRejected):
        _open(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["plain", "encrypted"]), where=st.floats(0, 1, exclude_max=True), bit=st.integers(0, 7))
def test_every_one_bit_flip_is_rejected(
    bundles: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory, kind: str, where: float, bit: int
) -> None:
    data = bytearray(bundles[kind])
    data[int(where * len(data))] ^= 1 << bit
    path = tmp_path_factory.mktemp("flip") / "flip.cpb"
    path.write_bytes(bytes(data))
    with pytest.raises(BundleRejected):
        _open(path)


def test_the_good_bundles_open(bundles: dict[str, bytes], tmp_path: Path) -> None:
    for kind, data in bundles.items():
        (tmp_path / kind).write_bytes(data)
        _open(tmp_path / kind)


def test_unknown_key_is_rejected_and_named(tmp_path: Path) -> None:
    stranger = KeyPair.generate()
    path = write_bundle(tmp_path / "b.cpb", stranger).path
    with pytest.raises(UntrustedBundle, match=f"key {stranger.fingerprint}, which is not trusted.*centre trust"):
        _open(path)


def test_revoked_key_is_rejected(tmp_path: Path) -> None:
    path = write_bundle(tmp_path / "b.cpb", AUTHOR).path
    with pytest.raises(UntrustedBundle, match="revoked on 2026-05-01"):
        _open(path, revoked={AUTHOR.fingerprint: "2026-05-01"})


def test_a_manifest_altered_after_signing_is_rejected(tmp_path: Path) -> None:
    member = records_member(programme_row("P1"))
    payload = signed_archive({MEMBER: member}, AUTHOR)
    with zipfile.ZipFile(io.BytesIO(payload)) as original:
        manifest = original.read(MANIFEST).replace(b"Auditor A", b"Auditor B")
        signature = original.read(SIGNATURE)
    assert b"Auditor B" in manifest
    payload = _zip({MEMBER: member, MANIFEST: manifest, SIGNATURE: signature})
    with pytest.raises(DamagedBundle, match="signature does not check"):
        _open(wrap(tmp_path / "b.cpb", payload))


def test_a_member_altered_after_signing_is_rejected(tmp_path: Path) -> None:
    member = records_member(programme_row("P1"))
    signed = signed_archive({MEMBER: member}, AUTHOR)
    with zipfile.ZipFile(io.BytesIO(signed)) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    parts[MEMBER] = member.replace(b"Programme P1", b"Programme P9")
    with pytest.raises(DamagedBundle, match="does not match its SHA-256"):
        _open(wrap(tmp_path / "b.cpb", _zip(parts)))


def test_a_member_not_in_the_manifest_is_rejected(tmp_path: Path) -> None:
    signed = signed_archive({MEMBER: records_member(programme_row("P1"))}, AUTHOR)
    with zipfile.ZipFile(io.BytesIO(signed)) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    parts["records/programme/000002.jsonl"] = records_member(programme_row("P2"))
    with pytest.raises(UnsafeBundle, match="000002.jsonl' is not listed in the signed manifest"):
        _open(wrap(tmp_path / "b.cpb", _zip(parts)))


def test_a_bundle_re_encrypted_to_someone_else_is_rejected(tmp_path: Path) -> None:
    payload = signed_archive({MEMBER: records_member(programme_row("P1"))}, AUTHOR, recipient=None)
    path = wrap(tmp_path / "b.cpb", payload, CENTRE.public("C", role="centre"))
    with pytest.raises(UntrustedBundle, match="signed for no recipient but encrypted for"):
        _open(path)


def test_a_newer_format_version_asks_to_update_cpdesk(tmp_path: Path) -> None:
    payload = signed_archive(
        {MEMBER: records_member(programme_row("P1"))}, AUTHOR, manifest_changes={"format_version": 2}
    )
    with pytest.raises(IncompatibleBundle, match="newer cpdesk .*bundle format 2.*update cpdesk"):
        _open(wrap(tmp_path / "b.cpb", payload))


def test_a_newer_schema_asks_to_update_cpdesk(tmp_path: Path) -> None:
    payload = signed_archive(
        {MEMBER: records_member(programme_row("P1"))}, AUTHOR, manifest_changes={"schema_revision": "0099"}
    )
    with pytest.raises(IncompatibleBundle, match="schema 0099.*update cpdesk"):
        _open(wrap(tmp_path / "b.cpb", payload))


def test_an_unknown_column_asks_to_update_cpdesk(tmp_path: Path) -> None:
    member = records_member(programme_row("P1")).replace(b'"code":', b'"colour": "red", "code":')
    assert b"colour" in member
    payload = signed_archive({MEMBER: member}, AUTHOR)
    with pytest.raises(IncompatibleBundle, match="unknown column.*colour.*update cpdesk"):
        _open(wrap(tmp_path / "b.cpb", payload))


def test_records_of_an_older_schema_are_converted(tmp_path: Path) -> None:
    """A record from before a column existed gets the column's default; the same record from
    the current schema is damaged."""
    full = records_member(programme_row("P1"))
    member = full.replace(b'"reported_note": "", ', b"")
    assert member != full
    older = signed_archive({MEMBER: member}, AUTHOR, manifest_changes={"schema_revision": "0000"})
    with open_and_verify(wrap(tmp_path / "old.cpb", older), keys=[], trusted=[AUTHOR], revisions=["0000", "0001"]) as b:
        assert b.converted
        assert [r.row["reported_note"] for r in b.records("programme")] == [""]
    current = signed_archive({MEMBER: member}, AUTHOR)
    with pytest.raises(DamagedBundle, match="column reported_note is missing"):
        _open(wrap(tmp_path / "new.cpb", current))


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../x", r"'\.\.'"),
        ("records/../../x", r"'\.\.'"),
        ("/abs", "an absolute path"),
        ("C:\\x", "a drive letter"),
        ("c:/windows/x", "a drive letter"),
        ("records\\programme\\x", "a back-slash"),
        ("records//x", "an empty or '.' path component"),
        ("records/./x", "an empty or '.' path component"),
    ],
)
def test_unsafe_member_names_are_rejected_by_name(tmp_path: Path, name: str, reason: str) -> None:
    info = zipfile.ZipInfo(name)
    payload = signed_archive({MEMBER: records_member(programme_row("P1"))}, AUTHOR, extra_infos=[(info, b"x")])
    with pytest.raises(UnsafeBundle, match=f"member name .* has {reason}"):
        _open(wrap(tmp_path / "b.cpb", payload))


def test_symbolic_link_entries_are_rejected(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("records/programme/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    payload = signed_archive(
        {MEMBER: records_member(programme_row("P1"))}, AUTHOR, extra_infos=[(info, b"/etc/passwd")]
    )
    with pytest.raises(UnsafeBundle, match="is a symbolic link"):
        _open(wrap(tmp_path / "b.cpb", payload))


def test_folder_entries_are_rejected(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("records/")
    info.external_attr = (stat.S_IFDIR | 0o755) << 16
    payload = signed_archive({MEMBER: records_member(programme_row("P1"))}, AUTHOR, extra_infos=[(info, b"")])
    with pytest.raises(UnsafeBundle, match="is a folder"):
        _open(wrap(tmp_path / "b.cpb", payload))


def _peak_while_opening(path: Path) -> tuple[BaseException, int]:
    tracemalloc.start()
    try:
        try:
            _open(path)
        except BundleRejected as exc:
            error: BaseException = exc
        else:
            raise AssertionError("the bundle was accepted")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return error, peak


@pytest.mark.slow
def test_a_zip_bomb_fails_before_inflating_with_bounded_memory(tmp_path: Path) -> None:
    size = 200 * 1024 * 1024
    archive_path = tmp_path / "bomb.zip"
    block = bytes(1024 * 1024)
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(MEMBER, "w", force_zip64=True) as member:
            for _ in range(size // len(block)):
                member.write(block)
        # No valid manifest is needed: the archive is refused before it is read.
        archive.writestr(MANIFEST, b"{}")
        archive.writestr(SIGNATURE, bytes(64))
    payload = archive_path.read_bytes()
    assert len(payload) < size / 500
    error, peak = _peak_while_opening(wrap(tmp_path / "bomb.cpb", payload))
    assert isinstance(error, UnsafeBundle)
    assert "zip bomb" in str(error)
    assert peak < 16 * 1024 * 1024


def test_a_member_that_inflates_beyond_its_declared_size_is_stopped(tmp_path: Path) -> None:
    data = bytes(4 * 1024 * 1024)
    member = hashlib.sha256(data).hexdigest()
    payload = bytearray(_zip({f"blobs/{member}": data}))
    # Declare 1000 bytes in both the local header and the central directory.
    real = len(data).to_bytes(4, "little")
    assert payload.count(real) == 2
    payload = payload.replace(real, (1000).to_bytes(4, "little"))
    error, peak = _peak_while_opening(wrap(tmp_path / "liar.cpb", bytes(payload)))
    assert isinstance(error, BundleRejected)
    assert peak < 16 * 1024 * 1024


@pytest.mark.slow
def test_a_hundred_thousand_empty_members_are_refused_before_listing(tmp_path: Path) -> None:
    archive_path = tmp_path / "many.zip"
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_STORED) as archive:
        for i in range(100_000):
            archive.writestr(f"files/m{i}.json", b"")
    error, peak = _peak_while_opening(wrap(tmp_path / "many.cpb", archive_path.read_bytes()))
    assert isinstance(error, UnsafeBundle)
    assert "100000 members, more than the 20000 allowed" in str(error)
    assert peak < 16 * 1024 * 1024


def test_not_a_bundle_at_all(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    with pytest.raises(DamagedBundle, match="not a cpdesk bundle"):
        _open(tmp_path / "photo.jpg")


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()
