"""The export's check of the file it wrote, as read back from the device.

A plain bundle is checked by its size and SHA-256; an encrypted one by its size and every
chunk's tag, with no hash of the file kept on the way (see ``EnvelopeWriter.reads_back``).
Each test damages the file between its rename into place and the read-back, as a device that
acknowledged writes it never made would, and expects the export to fail and remove it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from cpdesk.sync import atomic
from cpdesk.sync import writer as writer_module
from cpdesk.sync.envelope import CHUNK_SIZE, MAGIC, TAG_SIZE, EnvelopeWriter, _tag_matches
from cpdesk.sync.errors import ExportError
from cpdesk.sync.keys import KeyPair
from cpdesk.sync.payload import open_payload
from cpdesk.sync.writer import BundleHeader, BundleWriter, WrittenBundle
from tests.sync.helpers import REVISIONS, open_and_verify, programme_row

#: Random bytes a little over two and a half chunks: the bundle has three chunks, the last short.
BLOB = os.urandom(CHUNK_SIZE * 5 // 2)


def write(path: Path, author: KeyPair, centre: KeyPair | None) -> WrittenBundle:
    recipient = centre.public("VNCPC", role="centre") if centre is not None else None
    header = BundleHeader("data", author, "A", "dev-a", 1, REVISIONS[-1], "0.1.0", recipient, "all", "")
    with BundleWriter(path, header) as writer:
        writer.add_blob(BLOB)
        writer.add_records("programme", [({"dev-a": 1}, _programme())])
        return writer.finish()


def _programme() -> dict[str, Any]:
    from cpdesk.sync.records import table_codec

    return table_codec("programme").encode(programme_row("P1"))


def damaging(monkeypatch: pytest.MonkeyPatch, damage: Callable[[Path], None]) -> None:
    """Make the read-back find the file damaged by ``damage`` (once the file is in place)."""
    real = atomic.from_the_device

    @contextlib.contextmanager
    def damaged(path: Path) -> Iterator[BinaryIO]:
        damage(path)
        with real(path) as handle:
            yield handle

    monkeypatch.setattr(writer_module, "from_the_device", damaged)
    monkeypatch.setattr(atomic, "from_the_device", damaged)


def flip(offset: Callable[[int, int], int]) -> Callable[[Path], None]:
    """Flip one bit of the byte at ``offset(file size, header size)``."""

    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        header = len(MAGIC) + 4 + struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])[0]
        data[offset(len(data), header)] ^= 0x10
        path.write_bytes(bytes(data))

    return damage


def cut(keep: Callable[[int, int], int]) -> Callable[[Path], None]:
    """Keep only the first ``keep(file size, header size)`` bytes."""

    def damage(path: Path) -> None:
        data = path.read_bytes()
        header = len(MAGIC) + 4 + struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])[0]
        path.write_bytes(data[: keep(len(data), header)])

    return damage


def appended(path: Path) -> None:
    with open(path, "ab") as handle:
        handle.write(b"\0")


FULL = CHUNK_SIZE + TAG_SIZE
DAMAGES = {
    "a bit of the header": flip(lambda size, header: header - 3),
    "a bit of the first chunk": flip(lambda size, header: header + 1000),
    "a bit of the second chunk's tag": flip(lambda size, header: header + 2 * FULL - 1),
    "a bit of the last chunk": flip(lambda size, header: size - TAG_SIZE - 1),
    "the last byte cut off": cut(lambda size, header: size - 1),
    "cut in the middle of a chunk": cut(lambda size, header: header + FULL + 5000),
    "cut after a whole chunk": cut(lambda size, header: header + 2 * FULL),
    "a byte too many": appended,
}


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
@pytest.mark.parametrize("damage", list(DAMAGES), ids=list(DAMAGES))
def test_a_file_damaged_on_the_device_is_refused_and_removed(
    tmp_path: Path, author: KeyPair, centre: KeyPair, monkeypatch: pytest.MonkeyPatch, encrypted: bool, damage: str
) -> None:
    damaging(monkeypatch, DAMAGES[damage])
    with pytest.raises(ExportError, match="read back differs"):
        write(tmp_path / "b.cpb", author, centre if encrypted else None)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain"])
def test_an_intact_file_passes_and_opens(tmp_path: Path, author: KeyPair, centre: KeyPair, encrypted: bool) -> None:
    written = write(tmp_path / "b.cpb", author, centre if encrypted else None)
    assert written.size == (tmp_path / "b.cpb").stat().st_size
    # A plain bundle's SHA-256 comes from its trailer's hash; an encrypted one has none.
    expected = "" if encrypted else hashlib.sha256((tmp_path / "b.cpb").read_bytes()).hexdigest()
    assert written.sha256 == expected
    with open_and_verify(written.path, keys=[centre], trusted=[author]) as bundle:
        assert [r.row["code"] for r in bundle.records("programme")] == ["P1"]


def test_the_file_read_back_is_the_one_at_the_destination(tmp_path: Path, author: KeyPair, centre: KeyPair) -> None:
    """An intact file of another export at the same place is not taken for this one."""
    other = tmp_path / "other.cpb"
    write(other, author, centre)

    def replaced(path: Path) -> None:
        path.write_bytes(other.read_bytes())

    with pytest.MonkeyPatch.context() as patch:
        damaging(patch, replaced)
        with pytest.raises(ExportError, match="read back differs"):
            write(tmp_path / "b.cpb", author, centre)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.cpb"]


# ------------------------------------------------------------------ the envelope itself


@pytest.mark.parametrize("size", [0, 1, 1023, 1024, 1025, 2048, 5000])
@pytest.mark.parametrize("pieces", ["whole", "bytes", "uneven"])
def test_the_envelope_chunks_the_same_whatever_the_writes(
    tmp_path: Path, centre: KeyPair, size: int, pieces: str
) -> None:
    """Chunks of 1 KiB: every chunk full but the last, which holds 1 to 1024 bytes (none when
    the payload is empty), whichever way the payload was handed over."""
    payload = os.urandom(size)
    out = io.BytesIO()
    envelope = EnvelopeWriter(out, centre.public("VNCPC", role="centre"), chunk_size=1024)
    if pieces == "whole":
        envelope.write(payload)
    elif pieces == "bytes":
        for i in range(size):
            envelope.write(payload[i : i + 1])
    else:  # bytearray and memoryview pieces of 700 bytes, and an empty write among them
        envelope.write(b"")
        for start in range(0, size, 700):
            piece = payload[start : start + 700]
            envelope.write(bytearray(piece) if start % 1400 else memoryview(piece))
    envelope.close()
    chunks = max(1, -(-size // 1024))  # ceil(size / 1024), at least one
    data = out.getvalue()
    header = len(MAGIC) + 4 + struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])[0]
    assert len(data) == header + size + chunks * TAG_SIZE
    path = tmp_path / "e.cpb"
    path.write_bytes(data)
    _header, opened = open_payload(path, {centre.fingerprint: centre}, max_size=1 << 20, source="test")
    with opened:
        assert opened.read() == payload
    with open(path, "rb") as handle:
        assert envelope.reads_back(handle)


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 1000, 1024 + 16])
@pytest.mark.parametrize("aad", [b"", b"h", b"sixteen bytes!!!", b"x" * 100])
def test_the_tag_check_agrees_with_the_cipher(size: int, aad: bytes) -> None:
    """Poly1305 alone accepts exactly what ChaCha20-Poly1305 sealed, and nothing else."""
    key, nonce = ChaCha20Poly1305.generate_key(), os.urandom(12)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, os.urandom(size), aad)
    assert _tag_matches(key, nonce, aad, memoryview(sealed))
    for at in {0, len(sealed) // 2, len(sealed) - 1}:
        damaged = bytearray(sealed)
        damaged[at] ^= 0x01
        assert not _tag_matches(key, nonce, aad, memoryview(damaged))
    assert not _tag_matches(key, nonce[:-1] + bytes([nonce[-1] ^ 1]), aad, memoryview(sealed))
    assert not _tag_matches(key, nonce, aad + b"!", memoryview(sealed))
