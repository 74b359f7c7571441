"""Members deflated by ISA-L read back byte for byte with zipfile and zlib."""

from __future__ import annotations

import io
import json
import random
import zipfile
import zlib

import pytest

from cpdesk.sync import deflate


def _records(count: int) -> bytes:
    rng = random.Random(7)
    lines = (
        json.dumps({"vv": {"dev-a": i}, "row": {"id": f"{rng.getrandbits(128):032x}", "value": rng.uniform(0, 1e4)}})
        for i in range(count)
    )
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(
    "data",
    [b"", b"x", _records(20_000), bytes(random.Random(1).getrandbits(8) for _ in range(70_000)), b"\0" * 3_000_000],
    ids=["empty", "one byte", "record lines", "random bytes", "zeros"],
)
def test_a_member_reads_back_the_same(data: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        deflate.write_deflated(archive, zipfile.ZipInfo("records/t/000001.jsonl"), data)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as archive:
        info = archive.getinfo("records/t/000001.jsonl")
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.file_size == len(data)
        assert info.CRC == zlib.crc32(data)
        assert archive.read(info) == data  # zipfile checks the CRC-32 as it reads
        assert archive.testzip() is None


def test_record_lines_deflate_as_small_as_zlib_level_6() -> None:
    data = _records(20_000)
    ours = deflate.compress_sample(data)
    zlib_6 = len(zlib.compress(data, 6)) - 6  # without zlib's 2-byte header and 4-byte checksum
    assert ours < 1.05 * zlib_6
    assert ours < len(data) / 2


def test_the_member_is_written_by_isal_not_zlib(monkeypatch: pytest.MonkeyPatch) -> None:
    """The replaced compressor does the work: with zlib's made to refuse, the write still works."""

    class Refusing:
        def compress(self, _data: bytes) -> bytes:
            raise AssertionError("zlib's compressor was used")

        def flush(self) -> bytes:
            return b""

    monkeypatch.setattr(zipfile.zlib, "compressobj", lambda *_args: Refusing())  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, pytest.raises(AssertionError, match="zlib's compressor"):
        archive.writestr("plain", b"data", compress_type=zipfile.ZIP_DEFLATED)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        deflate.write_deflated(archive, zipfile.ZipInfo("ours"), b"data" * 1000)
    monkeypatch.undo()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        assert archive.read("ours") == b"data" * 1000


def test_a_writer_without_the_compressor_deflates_with_zlib(monkeypatch: pytest.MonkeyPatch) -> None:
    """A later Python whose member writer keeps its compressor elsewhere: zipfile's own deflate."""
    real_open = zipfile.ZipFile.open

    class Elsewhere:
        def __init__(self, inner: object) -> None:
            self._inner = inner

        def write(self, data: bytes) -> int:
            return self._inner.write(data)  # type: ignore[attr-defined, no-any-return]

        def __enter__(self) -> Elsewhere:
            return self

        def __exit__(self, *exc: object) -> None:
            self._inner.close()  # type: ignore[attr-defined]

    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, *a, **k: Elsewhere(real_open(self, *a, **k)))
    buffer = io.BytesIO()
    data = _records(2_000)
    with zipfile.ZipFile(buffer, "w") as archive:
        deflate.write_deflated(archive, zipfile.ZipInfo("records/t/000001.jsonl"), data)
    monkeypatch.undo()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        assert archive.read("records/t/000001.jsonl") == data
        assert archive.getinfo("records/t/000001.jsonl").compress_type == zipfile.ZIP_DEFLATED
