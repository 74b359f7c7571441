"""Cutting a logger file into rows and fields, a few megabytes at a time.

Loggers and Excel write plain delimited text: no quotes, one reading per line. That case is
split with numpy on the raw bytes (newline and separator positions, no Python object per
field), in blocks of a few megabytes so that memory stays flat and progress and
cancellation come often. A file with quoted fields goes through Python's csv module
instead (slower, but it honours quotes, escaped quotes and newlines inside quotes).
Spreadsheets arrive as rows of cell values (see :mod:`cpdesk.core.loggers.xlsx`) and are
rendered to text in the file's notation so that one set of parsers reads everything.

Line numbers are the file's own (1 = the first line), so an error can be found in an editor.

Pure: works on bytes handed over by the caller.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time

import numpy as np

from cpdesk.core.loggers.cells import PADDING, Cells
from cpdesk.core.loggers.damaged import damaged_lines, damaged_row, nul_reason
from cpdesk.core.loggers.formats import (
    BadCell,
    ImportSettings,
    LoggerFormatError,
    at_line,
    decode,
    is_ascii_compatible,
)
from cpdesk.core.loggers.limits import (
    MAX_LINE_BYTES,
    SHOWN_CHARS,
    grouped,
    limit_text,
)
from cpdesk.core.messages import Message, msg

__all__ = ["RowBlock", "body_of", "csv_blocks", "sheet_blocks"]

BLOCK_BYTES = 1 << 22  # 4 MiB of text, about 150 000 logger lines
BLOCK_ROWS = 65_536  # rows per block on the csv-module and spreadsheet paths
_MAX_LISTED = 200  # bad rows described per block; all are counted


@dataclass(frozen=True)
class RowBlock:
    """Consecutive rows of the file: their line numbers and the wanted columns' cells."""

    lines: np.ndarray
    cells: dict[int, Cells]
    bad_rows: tuple[BadCell, ...]
    bad_row_count: int
    done: float


@dataclass(frozen=True)
class Body:
    """The data lines of a text file: bytes from ``start`` on (kept as one object, not
    sliced, so that a large file is not copied), and the line number of the first.

    The bytes are UTF-8, or, when ``encoding`` is set, text in that ASCII-compatible
    encoding that each block decodes on its own (never the whole file at once).
    """

    data: bytes
    start: int
    first_line: int
    encoding: str | None = None


def body_of(data: bytes, settings: ImportSettings) -> Body:
    """Skip the preamble and the header; return the rest as UTF-8 (NFC where decoded).

    ASCII-compatible encodings are not decoded at all when the data lines are plain ASCII
    (the usual logger file: Vietnamese in the header only): the bytes are already UTF-8.
    """
    skip = settings.skip_lines + (1 if settings.has_header else 0)
    if not is_ascii_compatible(settings.encoding):
        text = _one_newline(decode(data, settings.encoding))
        parts = text.split("\n", skip)
        rest = parts[skip] if len(parts) > skip else ""
        return Body(rest.encode("utf-8"), 0, skip + 1)
    raw = data
    if b"\n" not in raw and b"\r" in raw:
        raw = raw.replace(b"\r", b"\n")  # classic Mac line ends
    offset = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    for _ in range(skip):
        found = raw.find(b"\n", offset)
        if found < 0:
            return Body(b"", 0, skip + 1)
        offset = found + 1
    if offset < len(raw) and np.frombuffer(raw, dtype=np.uint8, offset=offset).max() >= 128:
        return Body(raw, offset, skip + 1, settings.encoding)
    return Body(raw, offset, skip + 1)


def _recode(chunk: bytes, encoding: str | None, first_line: int) -> bytes:
    """Whole lines of the file as UTF-8 (NFC), naming the file's line of a bad byte."""
    if encoding is None:
        return chunk
    try:
        return decode(chunk, encoding).encode("utf-8")
    except LoggerFormatError as exc:
        raise LoggerFormatError(_shift_line(exc, first_line - 1)) from None


def _one_newline(text: str) -> str:
    if "\n" not in text and "\r" in text:
        return text.replace("\r", "\n")
    return text


def _shift_line(error: LoggerFormatError, lines: int) -> Message | str:
    """``error``'s message with its line counted from the file's start, not the chunk's."""
    message = error.message
    if message is None:
        return str(error)
    if message.code == "logger.at_line":
        line = str(message.params["line"])
        if line.isdigit():
            return replace(message, params={**message.params, "line": str(int(line) + lines)})
    return message


def csv_blocks(body: Body, settings: ImportSettings, wanted: Sequence[int]) -> Iterator[RowBlock]:
    """Blocks of rows of a delimited text body, each with the ``wanted`` columns' cells."""
    if body.data.find(b'"', body.start) >= 0:
        yield from _quoted_blocks(body, settings, wanted)
        return
    data, size, pos, line = body.data, len(body.data), body.start, body.first_line
    span = max(1, size - pos)
    # NUL bytes (what a failing memory card writes) are rare: one memchr over the body says
    # whether the blocks need looking at byte by byte for them.
    has_nul = data.find(b"\0", pos) >= 0
    has_cr = data.find(b"\r", pos) >= 0
    # UTF-8 blocks are views of the file's bytes, not copies: a cell's bytes are read in
    # windows of up to PADDING bytes, which the rest of the file provides after any block
    # but the last (that one is copied with zeros after it).
    whole = np.frombuffer(data, dtype=np.uint8) if body.encoding is None else None
    while pos < size:
        cut = data.rfind(b"\n", pos, pos + BLOCK_BYTES) + 1 if pos + BLOCK_BYTES < size else size
        if cut <= pos:  # one line longer than a block, so beyond the limit: described, never copied
            stop = data.find(b"\n", pos)
            stop = size if stop < 0 else stop
            cell = damaged_row(data, pos, stop, line, settings, body.encoding)
            yield _no_rows(wanted, (cell,) if cell else (), (min(size, stop + 1) - body.start) / span)
            pos, line = stop + 1, line + 1
            continue
        if whole is not None and cut + PADDING <= size and data[cut - 1] == 10:
            buf, length = whole[pos : cut + PADDING], cut - pos
        else:
            chunk = _recode(data[pos:cut], body.encoding, line)
            if not chunk.endswith(b"\n"):
                chunk += b"\n"
            buf, length = np.frombuffer(chunk + bytes(PADDING), dtype=np.uint8), len(chunk)
        done = (cut - body.start) / span
        block, lines_in_chunk = _split_chunk(buf, length, line, settings, wanted, done, has_nul, has_cr)
        yield block
        pos, line = cut, line + lines_in_chunk


def _no_rows(wanted: Sequence[int], bad: tuple[BadCell, ...], done: float) -> RowBlock:
    empty = np.zeros(0, dtype=np.int64)
    buf = np.zeros(PADDING, dtype=np.uint8)
    return RowBlock(empty, {j: Cells(buf, empty, empty) for j in wanted}, bad, len(bad), done)


def _split_chunk(
    buf: np.ndarray,
    length: int,
    first_line: int,
    settings: ImportSettings,
    wanted: Sequence[int],
    done: float,
    has_nul: bool = True,
    has_cr: bool = True,
) -> tuple[RowBlock, int]:
    """Rows of ``buf[:length]``, whole lines ending with a newline, followed by at least
    PADDING more bytes in ``buf``; ``has_nul``, ``has_cr``: whether any line may hold NUL
    bytes, or end with a carriage return."""
    text = buf[:length]
    newlines = np.flatnonzero(text == 10)
    starts = np.empty_like(newlines)
    starts[0] = 0
    starts[1:] = newlines[:-1] + 1
    ends = newlines - ((newlines > starts) & (text[np.maximum(newlines - 1, 0)] == 13)) if has_cr else newlines
    lines = first_line + np.arange(len(newlines), dtype=np.int64)
    seps = np.flatnonzero(text == ord(settings.separator))
    k = len(settings.columns) - 1
    damaged, damaged_rows = damaged_lines(text, newlines, starts, ends, lines, settings, has_nul)
    fields = None if damaged_rows else _field_bounds(seps, starts, ends, k)
    if fields is None:  # some lines have another number of fields, or are damaged
        chunk = text.tobytes()
        first = np.searchsorted(seps, starts)
        count = np.searchsorted(seps, ends) - first
        good = (count == k) & ~damaged
        bad = np.flatnonzero(~good & ~damaged & (ends > starts))
        bad_rows = damaged_rows + [
            BadCell(
                int(lines[i]),
                "",
                _line_text(chunk, starts[i], ends[i]),
                msg("logger.row.fields", count=grouped(int(count[i]) + 1), expected=grouped(k + 1)),
            )
            for i in bad
            if _line_text(chunk, starts[i], ends[i]).strip(settings.separator + " \t")
        ]
        rows = np.flatnonzero(good)
        first = first[rows]
        bounds = [
            (
                starts[rows] if j == 0 else seps[first + j - 1] + 1,
                ends[rows] if j == k else seps[first + j],
            )
            for j in range(k + 1)
        ]
        lines = lines[rows]
    else:
        bad_rows = []
        bounds = fields
    cells = {j: Cells(buf, bounds[j][0], bounds[j][1]) for j in wanted}
    block = RowBlock(lines, cells, tuple(bad_rows[:_MAX_LISTED]), len(bad_rows), done)
    return block, len(newlines)


def _field_bounds(
    seps: np.ndarray, starts: np.ndarray, ends: np.ndarray, k: int
) -> list[tuple[np.ndarray, np.ndarray]] | None:
    """Field starts and ends when every line has exactly ``k`` separators, else None.

    Separators are sorted and lines disjoint, so if there are k per line in total and each
    line's group of k lies inside that line, every line has exactly k.
    """
    if len(seps) != k * len(starts):
        return None
    if k == 0:
        return [(starts, ends)]
    grid = seps.reshape(-1, k)
    if not ((grid[:, 0] >= starts) & (grid[:, -1] < ends)).all():
        return None
    return [(starts if j == 0 else grid[:, j - 1] + 1, ends if j == k else grid[:, j]) for j in range(k + 1)]


def _line_text(chunk: bytes, start: int, end: int) -> str:
    return chunk[start:end].decode("utf-8", errors="replace")[:200]


class _QuotedLines:
    """The body's lines as text for the csv module, one string per line of the file.

    Whole blocks of lines are decoded at a time. A line with NUL bytes or longer than the
    limit is not handed over: it is kept in ``damaged`` and replaced by an empty line (with
    a quote if it held an odd number of them, so that quoting goes on as in the file).
    """

    def __init__(self, body: Body, settings: ImportSettings) -> None:
        self.body, self.settings = body, settings
        self.damaged: list[BadCell] = []
        self.position = body.start

    def __iter__(self) -> Iterator[str]:
        data, size, pos, line = self.body.data, len(self.body.data), self.body.start, self.body.first_line
        while pos < size:
            cut = data.rfind(b"\n", pos, pos + BLOCK_BYTES) + 1 if pos + BLOCK_BYTES < size else size
            if cut <= pos:  # a line longer than a block
                stop = data.find(b"\n", pos)
                stop = size if stop < 0 else stop
                yield self._skip(data, pos, stop, line)
                pos, line, self.position = stop + 1, line + 1, stop + 1
                continue
            raw = data[pos:cut]
            if b"\0" in raw or cut - pos > MAX_LINE_BYTES:
                yield from self._lines_one_by_one(raw, line)
            else:
                parts = _recode(raw, self.body.encoding, line).decode("utf-8").split("\n")
                if raw.endswith(b"\n"):
                    parts.pop()  # the empty text after the last line's end
                for part in parts:
                    yield part + "\n"
            line += raw.count(b"\n") + (0 if raw.endswith(b"\n") else 1)
            pos = self.position = cut

    def _lines_one_by_one(self, raw: bytes, line: int) -> Iterator[str]:
        start = 0
        while start < len(raw):
            stop = raw.find(b"\n", start)
            stop = len(raw) if stop < 0 else stop
            if b"\0" in raw[start:stop] or stop - start > MAX_LINE_BYTES:
                yield self._skip(raw, start, stop, line)
            else:
                yield _recode(raw[start:stop], self.body.encoding, line).decode("utf-8") + "\n"
            start, line = stop + 1, line + 1

    def _skip(self, data: bytes, start: int, stop: int, line: int) -> str:
        cell = damaged_row(data, start, stop, line, self.settings, self.body.encoding)
        if cell is not None:
            self.damaged.append(cell)
        return '"' * (data.count(b'"', start, stop) % 2) + "\n"

    def take_damaged(self) -> list[BadCell]:
        taken, self.damaged = self.damaged, []
        return taken


def _quoted_blocks(body: Body, settings: ImportSettings, wanted: Sequence[int]) -> Iterator[RowBlock]:
    if csv.field_size_limit() < MAX_LINE_BYTES:
        # The csv module's own limit (128 KiB) would end the reading at a long field that
        # the line limit lets through; such a field is an unreadable cell, reported cut.
        csv.field_size_limit(MAX_LINE_BYTES)
    source = _QuotedLines(body, settings)
    reader = csv.reader(source, delimiter=settings.separator, strict=True)
    span = max(1, len(body.data) - body.start)
    rows: list[tuple[int, list[str]]] = []
    line_before = 0
    try:
        for fields in reader:
            rows.append((body.first_line + line_before, fields))
            line_before = reader.line_num
            if len(rows) == BLOCK_ROWS:
                done = min(1.0, (source.position - body.start) / span)
                yield _text_block(rows, settings, wanted, done, source.take_damaged())
                rows = []
    except csv.Error as exc:
        raise LoggerFormatError(
            at_line(body.first_line + reader.line_num - 1, msg("logger.quotes", detail=str(exc)))
        ) from None
    damaged = source.take_damaged()
    if rows or damaged:
        yield _text_block(rows, settings, wanted, 1.0, damaged)


def _text_block(
    rows: list[tuple[int, list[str]]],
    settings: ImportSettings,
    wanted: Sequence[int],
    done: float,
    damaged: list[BadCell] | None = None,
) -> RowBlock:
    """A block from rows already split into text fields (``damaged``: rows already refused)."""
    width = len(settings.columns)
    kept: list[tuple[int, list[str]]] = []
    bad: list[BadCell] = list(damaged or ())
    for line, fields in rows:
        if not any(f.strip() for f in fields):
            continue  # an empty line, or Excel's row of bare separators
        if len(fields) != width:
            shown = (settings.separator or " ").join(fields[:SHOWN_CHARS])[:SHOWN_CHARS]
            bad.append(
                BadCell(line, "", shown, msg("logger.row.fields", count=grouped(len(fields)), expected=grouped(width)))
            )
            continue
        size = sum(len(f) for f in fields)
        if size > MAX_LINE_BYTES:
            column = max(range(width), key=lambda j: len(fields[j]))
            bad.append(
                BadCell(
                    line,
                    settings.columns[column],
                    fields[column][:SHOWN_CHARS],
                    msg("logger.row.row_too_long", limit=limit_text(MAX_LINE_BYTES), size=grouped(size)),
                    length=len(fields[column]),
                )
            )
            continue
        if any("\0" in f for f in fields):
            nul = sum(f.count("\0") for f in fields)
            bad.append(BadCell(line, "", " ".join(fields)[:SHOWN_CHARS].replace("\0", ""), nul_reason(nul)))
            continue
        kept.append((line, fields))
    lines = np.array([line for line, _ in kept], dtype=np.int64)
    cells = {j: Cells.from_strings([fields[j] for _, fields in kept]) for j in wanted}
    return RowBlock(lines, cells, tuple(bad[:_MAX_LISTED]), len(bad), done)


def sheet_blocks(
    rows: Iterable[tuple[int, Sequence[object]]], settings: ImportSettings, wanted: Sequence[int], total: int
) -> Iterator[RowBlock]:
    """Blocks of spreadsheet rows ``(row number, cell values)`` after the header.

    Cell values are rendered as text in the settings' notation: numbers with the chosen
    decimal mark (typed numbers carry no grouping), dates and times in ISO form.
    """
    skip = settings.skip_lines + (1 if settings.has_header else 0)
    width = len(settings.columns)
    batch: list[tuple[int, list[str]]] = []
    seen = 0
    for number, values in rows:
        seen += 1
        if seen <= skip:
            continue
        texts = [render_cell(v, settings.decimal) for v in values[:width]]
        texts += [""] * (width - len(texts))
        if any(render_cell(v, settings.decimal).strip() for v in values[width:]):
            texts.append("")  # a cell beyond the header's columns: the row is reported
        batch.append((number, texts))
        if len(batch) == BLOCK_ROWS:
            yield _text_block(batch, settings, wanted, min(1.0, seen / max(1, total)))
            batch = []
    if batch:
        yield _text_block(batch, settings, wanted, 1.0)


def render_cell(value: object, decimal: str) -> str:
    """A spreadsheet cell's value as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = repr(value)
        return text.replace(".", decimal) if decimal != "." else text
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    return str(value)
