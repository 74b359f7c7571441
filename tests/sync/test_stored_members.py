"""A stored member written with ISA-L's CRC-32 is the member zipfile's writestr writes.

The bundle writer hands a stored member's bytes straight to the archive, with the CRC-32 and
size zipfile's member writer would count (``cpdesk.sync.writer.write_stored``). The archive
must be byte for byte the one writestr gives, on a file zipfile can seek in (it rewrites the
local header) and on a stream it cannot (the envelope: a data descriptor follows the member),
and read back by zipfile with its CRC checked.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib

import pytest

from cpdesk.sync.writer import MEMBER_COUNTS, write_stored

SIZES = [0, 1, 65_536, 1_000_003]


class Stream:
    """A write-only stream with no seek, as the bundle's envelope is to zipfile."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()

    def write(self, data: bytes) -> int:
        return self.buffer.write(data)

    def flush(self) -> None:
        pass


def archive(target: io.BytesIO | Stream, members: list[tuple[str, bytes]], ours: bool) -> None:
    with zipfile.ZipFile(target, "w") as zipped:  # type: ignore[arg-type]
        for name, data in members:
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED
            if ours:
                write_stored(zipped, info, data)
            else:
                zipped.writestr(info, data)


@pytest.mark.parametrize("seekable", [True, False], ids=["file", "stream"])
def test_the_archive_is_writestrs_byte_for_byte(seekable: bool) -> None:
    members = [(f"blobs/{size}", os.urandom(size)) for size in SIZES]
    written = []
    for ours in (True, False):
        target: io.BytesIO | Stream = io.BytesIO() if seekable else Stream()
        archive(target, members, ours)
        written.append(target.getvalue() if isinstance(target, io.BytesIO) else target.buffer.getvalue())
    assert written[0] == written[1]
    with zipfile.ZipFile(io.BytesIO(written[0])) as zipped:
        assert zipped.testzip() is None  # every member's CRC checked
        for name, data in members:
            info = zipped.getinfo(name)
            assert (info.CRC, info.file_size, info.compress_size) == (zlib.crc32(data), len(data), len(data))
            assert zipped.read(name) == data


def test_a_wrong_crc_would_be_caught_by_the_reader() -> None:
    """The check above can fail: a member whose CRC does not match its bytes is refused."""
    target = io.BytesIO()
    archive(target, [("blobs/x", b"some bytes")], ours=True)
    damaged = target.getvalue().replace(b"some bytes", b"some bytez")
    with zipfile.ZipFile(io.BytesIO(damaged)) as zipped:
        assert zipped.testzip() == "blobs/x"


def test_this_pythons_member_writer_counts_where_write_stored_counts() -> None:
    """Else write_stored would fall back to zipfile's own writing, at zlib's speed."""
    with zipfile.ZipFile(io.BytesIO(), "w") as zipped, zipped.open("member", "w") as member:
        assert all(hasattr(member, name) for name in MEMBER_COUNTS)
        assert (member._crc, member._file_size) == (0, 0)  # type: ignore[attr-defined]


def test_a_writer_that_counts_otherwise_gets_zipfiles_own_way(monkeypatch: pytest.MonkeyPatch) -> None:
    from cpdesk.sync import writer

    monkeypatch.setattr(writer, "MEMBER_COUNTS", ("_crc", "_no_such_count"))
    data = os.urandom(70_000)
    written = []
    for ours in (True, False):
        target = io.BytesIO()
        archive(target, [("blobs/a", data)], ours)
        written.append(target.getvalue())
    assert written[0] == written[1]
