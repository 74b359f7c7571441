"""Cutting a logger file into rows and fields, a few megabytes at a time.

Loggers and Excel write plain delimited text: no quotes, one reading per line. That case is
split with numpy on the raw bytes (newline and separator positions, no Python object per
field), in blocks of a few megabytes so that memory stays flat and progress and
cancellation come often. A file with quoted fields goes through Python's csv module
instead (slower, but it honours quotes, escaped quotes and newlines inside quotes).
Spreadsheets arrive as rows of cell values (see :mod:`cpdesk.core.logger_xlsx`) and are
rendered to text in the file's notation so that one set of parsers reads everything.

Line numbers are the file's own (1 = the first line), so an error can be found in an editor.

Pure: works on bytes handed over by the caller.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

import numpy as np

from cpdesk.core.logger_cells import PADDING, Cells
from cpdesk.core.logger_format import BadCell, ImportSettings, LoggerFormatError, decode, is_ascii_compatible

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
    """The data lines of a text file: UTF-8 bytes from ``start`` on (kept as one object,
    not sliced, so that a large file is not copied), and the line number of the first."""

    data: bytes
    start: int
    first_line: int


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
        try:
            return Body(decode(raw[offset:], settings.encoding).encode("utf-8"), 0, skip + 1)
        except LoggerFormatError as exc:
            raise LoggerFormatError(_shift_line(str(exc), skip)) from None
    return Body(raw, offset, skip + 1)


def _one_newline(text: str) -> str:
    if "\n" not in text and "\r" in text:
        return text.replace("\r", "\n")
    return text


def _shift_line(message: str, lines: int) -> str:
    head, _, tail = message.partition(":")
    if head.startswith("line ") and head[5:].isdigit():
        return f"line {int(head[5:]) + lines}:{tail}"
    return message


def csv_blocks(body: Body, settings: ImportSettings, wanted: Sequence[int]) -> Iterator[RowBlock]:
    """Blocks of rows of a delimited text body, each with the ``wanted`` columns' cells."""
    if body.data.find(b'"', body.start) >= 0:
        yield from _quoted_blocks(body, settings, wanted)
        return
    data, size, pos, line = body.data, len(body.data), body.start, body.first_line
    span = max(1, size - pos)
    while pos < size:
        cut = data.rfind(b"\n", pos, pos + BLOCK_BYTES) + 1 if pos + BLOCK_BYTES < size else size
        if cut <= pos:  # one line longer than a block
            cut = data.find(b"\n", pos + BLOCK_BYTES) + 1 or size
        chunk = data[pos:cut]
        if not chunk.endswith(b"\n"):
            chunk += b"\n"
        block, lines_in_chunk = _split_chunk(chunk, line, settings, wanted, (cut - body.start) / span)
        yield block
        pos, line = cut, line + lines_in_chunk


def _split_chunk(
    chunk: bytes, first_line: int, settings: ImportSettings, wanted: Sequence[int], done: float
) -> tuple[RowBlock, int]:
    buf = np.frombuffer(chunk + bytes(PADDING), dtype=np.uint8)
    text = buf[: len(chunk)]
    newlines = np.flatnonzero(text == 10)
    starts = np.empty_like(newlines)
    starts[0] = 0
    starts[1:] = newlines[:-1] + 1
    ends = newlines - ((newlines > starts) & (text[np.maximum(newlines - 1, 0)] == 13))
    lines = first_line + np.arange(len(newlines), dtype=np.int64)
    seps = np.flatnonzero(text == ord(settings.separator))
    k = len(settings.columns) - 1
    fields = _field_bounds(seps, starts, ends, k)
    if fields is None:  # some lines have another number of fields
        first = np.searchsorted(seps, starts)
        count = np.searchsorted(seps, ends) - first
        good = count == k
        bad = np.flatnonzero(~good & (ends > starts))
        bad_rows = [
            BadCell(
                int(lines[i]), "", _line_text(chunk, starts[i], ends[i]), f"{count[i] + 1} fields, expected {k + 1}"
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


def _quoted_blocks(body: Body, settings: ImportSettings, wanted: Sequence[int]) -> Iterator[RowBlock]:
    text = body.data[body.start :].decode("utf-8")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=settings.separator, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line_before = 0
    try:
        for fields in reader:
            rows.append((body.first_line + line_before, fields))
            line_before = reader.line_num
            if len(rows) == BLOCK_ROWS:
                yield _text_block(rows, settings, wanted, min(1.0, reader.line_num / max(1, text.count("\n"))))
                rows = []
    except csv.Error as exc:
        raise LoggerFormatError(f"line {body.first_line + reader.line_num - 1}: {exc}") from None
    if rows:
        yield _text_block(rows, settings, wanted, 1.0)


def _text_block(
    rows: list[tuple[int, list[str]]], settings: ImportSettings, wanted: Sequence[int], done: float
) -> RowBlock:
    """A block from rows already split into text fields."""
    width = len(settings.columns)
    kept: list[tuple[int, list[str]]] = []
    bad: list[BadCell] = []
    for line, fields in rows:
        if not any(f.strip() for f in fields):
            continue  # an empty line, or Excel's row of bare separators
        if len(fields) != width:
            shown = (settings.separator or " ").join(fields)[:200]
            bad.append(BadCell(line, "", shown, f"{len(fields)} fields, expected {width}"))
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
