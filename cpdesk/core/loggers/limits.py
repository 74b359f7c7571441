"""Limits that keep a hostile or damaged logger file from taking the memory or the records.

A power analyser or a flow logger writes lines of a few hundred bytes and a few dozen
columns. A file with a line of 200 MB, a header of two million columns, or a run of NUL
bytes where a failing SD card lost its data is not a logger's file, or not all of it is:

- a line longer than :data:`MAX_LINE_BYTES` is never held whole. Where the header or the
  first lines must be (detection reads them) it is refused in one line; among the data rows
  it is an unreadable row, described from its first bytes;
- a line with more than :data:`MAX_COLUMNS` fields is refused;
- a line holding NUL bytes is a damaged row, counted (line, number of NUL bytes), never a
  giant cell;
- whatever is shown of a cell (messages, the import report stored with each series, the
  bad-rows list) is at most :data:`SHOWN_CHARS` characters, with its full length.

Lines are scanned in pieces of :data:`PIECE` bytes with zero-copy numpy views, so a scan of
a 200 MB line costs a few megabytes.

Pure: numpy and the standard library; bytes in, numbers and text out.
"""

from __future__ import annotations

import codecs

import numpy as np

from cpdesk.core.messages import Message, msg

__all__ = [
    "MAX_COLUMNS",
    "MAX_LINE_BYTES",
    "PIECE",
    "SHOWN_CHARS",
    "LongLine",
    "count_chars",
    "grouped",
    "head_text",
    "limit_text",
    "most_fields",
    "scan_line",
    "shorten",
    "shortened",
    "valid_text",
]

#: The longest line read (a logger's line is under a few KB).
MAX_LINE_BYTES = 1 << 20
#: The most columns a file may have (loggers have a few dozen).
MAX_COLUMNS = 10_000
#: Characters of a cell shown in messages and stored in reports.
SHOWN_CHARS = 80
#: Bytes scanned at a time.
PIECE = 1 << 20

_SEPARATORS = b"\t;,|"


def grouped(n: int) -> str:
    """A count as people read it in either language: 200 000 000."""
    return f"{n:,}".replace(",", " ")


def limit_text(n_bytes: int) -> str:
    """A byte limit in words: "1 MiB"."""
    if n_bytes % (1 << 20) == 0:
        return f"{n_bytes >> 20} MiB"
    if n_bytes % (1 << 10) == 0:
        return f"{n_bytes >> 10} KiB"
    return f"{grouped(n_bytes)} bytes"


def shorten(text: str, length: int | None = None) -> str:
    """``text`` quoted, cut to :data:`SHOWN_CHARS` characters with its full length.

    ``length`` is the full length when ``text`` is already a cut: ``'AAAA…' (200 000 000
    characters)``.
    """
    return str(shortened(text, length))


def shortened(text: str, length: int | None = None) -> str | Message:
    """:func:`shorten`'s text, as a message when it is cut (its length said in words)."""
    full = len(text) if length is None else length
    if full <= SHOWN_CHARS and len(text) == full:
        return repr(text)
    return msg("logger.cut_text", text=repr(text[:SHOWN_CHARS] + "…"), count=grouped(full))


def _view(data: bytes, start: int, end: int) -> np.ndarray:
    return np.frombuffer(data, dtype=np.uint8, count=end - start, offset=start)


def count_chars(data: bytes, start: int, end: int, encoding: str | None = None) -> int:
    """Characters in ``data[start:end]``, counted piece by piece: in UTF-8 (``encoding``
    None) the bytes that start a character; in the single-byte encodings a logger file
    may otherwise have (Windows-1258, Latin-1), every byte."""
    if encoding is not None and codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
        return end - start
    total = 0
    for a in range(start, end, PIECE):
        piece = _view(data, a, min(end, a + PIECE))
        total += int(np.count_nonzero((piece & 0xC0) != 0x80))
    return total


def head_text(data: bytes, start: int, end: int, encoding: str | None = None) -> str:
    """The first :data:`SHOWN_CHARS` characters of ``data[start:end]`` (NUL bytes left out),
    decoded from ``encoding`` (None: UTF-8)."""
    raw = data[start : min(end, start + 4 * (SHOWN_CHARS + 1))].replace(b"\0", b"")
    return raw.decode(encoding or "utf-8", errors="replace")[:SHOWN_CHARS]


class LongLine:
    """What a scan of one line found: its NUL bytes, its fields, and its longest field."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end
        self.nul_bytes = 0
        self.fields = 1
        self.longest_field = 0  # index
        self.longest_start = start
        self.longest_end = start

    @property
    def length(self) -> int:
        return self.end - self.start


def scan_line(data: bytes, start: int, end: int, separator: str) -> LongLine:
    """Scan ``data[start:end]`` (one line, no newline) in pieces: NUL bytes and fields."""
    found = LongLine(start, end)
    sep = ord(separator) if len(separator) == 1 and ord(separator) < 128 else -1
    field_start = start
    for a in range(start, end, PIECE):
        piece = _view(data, a, min(end, a + PIECE))
        found.nul_bytes += int(np.count_nonzero(piece == 0))
        if sep < 0:
            continue
        ends = np.flatnonzero(piece == sep) + a
        if ends.size == 0:
            continue
        starts = np.concatenate(([field_start], ends[:-1] + 1))
        k = int(np.argmax(ends - starts))
        _field_end(found, int(starts[k]), int(ends[k]), found.fields - 1 + k)
        found.fields += len(ends)
        field_start = int(ends[-1]) + 1
    _field_end(found, field_start, end, found.fields - 1)
    return found


def _field_end(found: LongLine, start: int, end: int, index: int) -> None:
    if end - start > found.longest_end - found.longest_start:
        found.longest_field = index
        found.longest_start, found.longest_end = start, end


def most_fields(line: bytes) -> int:
    """The most fields any of the usual separators would split ``line`` into."""
    return 1 + max(line.count(bytes([s])) for s in _SEPARATORS)


def valid_text(data: bytes, encoding: str) -> bool:
    """Whether ``data`` decodes in ``encoding``, checked piece by piece (nothing kept)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    try:
        for a in range(0, len(data), PIECE):
            decoder.decode(view[a : a + PIECE], final=a + PIECE >= len(data))
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True
