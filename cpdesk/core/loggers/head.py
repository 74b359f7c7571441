"""The start of a logger text file: its encoding, the sample detection reads, and the
refusal of a start no logger writes.

Detection looks at the first lines only (:data:`SAMPLE_LINES`, :data:`SAMPLE_BYTES`). A file
whose first line is longer than :data:`~cpdesk.core.loggers.limits.MAX_LINE_BYTES` or has more
than :data:`~cpdesk.core.loggers.limits.MAX_COLUMNS` fields is refused from its first
megabyte, before anything else of it is read: without a header nothing can be read.

Pure: bytes in, an encoding name, a sample or a refusal out.
"""

from __future__ import annotations

import codecs

from cpdesk.core.loggers.formats import LoggerFormatError, at_line
from cpdesk.core.loggers.limits import MAX_COLUMNS, MAX_LINE_BYTES, grouped, limit_text, most_fields, valid_text
from cpdesk.core.messages import Message, msg

__all__ = [
    "SAMPLE_BYTES",
    "SAMPLE_LINES",
    "check_head",
    "detect_encoding",
    "first_long_line",
    "line_too_long",
    "sample",
]

SAMPLE_BYTES = 1 << 18
SAMPLE_LINES = 300


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM, or NUL bytes between ASCII), else Windows-1258.

    UTF-16 without a BOM needs NUL bytes at every other place, not a run of them (a failing
    SD card writes runs of NUL bytes into a plain text file). The whole file is checked in
    pieces: decoding it at once would hold a second copy of it.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:4096]
    half = len(head) // 2
    if len(head) >= 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if max(even, odd) > half * 0.4 and min(even, odd) < half * 0.05:
            return "utf-16-le" if odd > even else "utf-16-be"
    for encoding in ("utf-8", "cp1258"):
        if valid_text(data, encoding):
            return encoding
    return "latin-1"


def check_head(data: bytes) -> None:
    """Refuse a file whose first line is longer than the limit or has too many columns.

    Detection reads the header and the first rows; without them nothing can be read, so such
    a file is refused at once, from its first megabyte, before the rest is looked at.
    """
    end = data.find(b"\n", 0, MAX_LINE_BYTES + 1)
    first = data[: MAX_LINE_BYTES + 1 if end < 0 else end]
    if most_fields(first) > MAX_COLUMNS:
        raise LoggerFormatError(at_line(1, msg("logger.too_many_columns_for_a_logger", limit=grouped(MAX_COLUMNS))))
    if len(first) > MAX_LINE_BYTES and not first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LoggerFormatError(line_too_long(1))


def line_too_long(line: int) -> Message:
    """The refusal of a line longer than the limit, in the words every caller uses."""
    return at_line(line, msg("logger.line_too_long", limit=limit_text(MAX_LINE_BYTES)))


def sample(data: bytes, encoding: str) -> bytes:
    """The start of the file, cut after a whole line so that it decodes cleanly.

    A line longer than the sample (beyond the first) is left out but keeps its place: it is
    an unreadable row for the import to report, not a reason to guess the header wrong.
    """
    if len(data) <= SAMPLE_BYTES:
        return data
    if encoding.startswith("utf-16"):
        cut = SAMPLE_BYTES - SAMPLE_BYTES % 2
        return data[:cut]
    pieces: list[bytes] = []
    pos = size = 0
    for _ in range(SAMPLE_LINES):
        if pos >= len(data) or size >= SAMPLE_BYTES:
            break
        end = data.find(b"\n", pos, pos + SAMPLE_BYTES)
        if end < 0:  # a line longer than the sample: its place only
            end = data.find(b"\n", pos)
            end = len(data) if end < 0 else end
            pieces.append(b"\n")
        else:
            pieces.append(data[pos : end + 1])
            size += end + 1 - pos
        pos = end + 1
    return b"".join(pieces)


def first_long_line(data: bytes) -> int | None:
    """The number of the first line among the first :data:`SAMPLE_LINES` that is longer than
    the limit, if any: why detection found no data row, when that is why."""
    pos = 0
    for line in range(1, SAMPLE_LINES + 1):
        if pos >= len(data):
            return None
        end = data.find(b"\n", pos, pos + MAX_LINE_BYTES + 1)
        if end < 0:
            return line if len(data) - pos > MAX_LINE_BYTES else None
        pos = end + 1
    return None
