"""Guessing how a logger file is written, and showing its first rows as they will be read.

:func:`detect` looks at the bytes of a CSV or XLSX file and proposes
:class:`~cpdesk.core.loggers.formats.ImportSettings`: encoding, field separator, preamble and
header lines, the timestamp column(s) and layout, decimal mark and thousands grouping, and
which columns hold readings. Where the evidence does not settle a question (dates whose day
and month are both at most 12; numbers such as "1.000" that may be one or one thousand) it
picks the Vietnamese reading and says so in ``notes``: the preview shows them to the user,
who confirms or corrects. :func:`preview` reads the first rows with given settings.

Pure: bytes in, settings and rows out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

import numpy as np

from cpdesk.core.loggers.cells import BAD, NON_FINITE, OK, Cells, parse_number_text, parse_numbers, states_no_value
from cpdesk.core.loggers.formats import (
    BadCell,
    ImportSettings,
    LoggerFormatError,
    at_line,
    column_names,
    decode,
    split_header,
    why,
)
from cpdesk.core.loggers.head import (
    SAMPLE_BYTES,
    SAMPLE_LINES,
    check_head,
    detect_encoding,
    first_long_line,
    line_too_long,
    sample,
)
from cpdesk.core.loggers.header_units import unit_from_header
from cpdesk.core.loggers.limits import MAX_COLUMNS, SHOWN_CHARS, grouped
from cpdesk.core.loggers.read import MAX_LISTED, row_blocks
from cpdesk.core.loggers.times import parse_time_zone
from cpdesk.core.loggers.timestamps import NO_OFFSET, bad_time_reason, parse_datetime_text, parse_datetimes
from cpdesk.core.loggers.xlsx import check_not_legacy, is_xlsx, sheet_rows
from cpdesk.core.messages import Message, msg

__all__ = ["Preview", "PreviewRow", "detect", "detect_encoding", "preview", "unit_from_header"]

_HEADER_SEARCH = 60  # preamble lines a logger may write before its header
_SEPARATORS = ("\t", ";", ",", "|")
_NUMBERISH = re.compile(r"\s*[+\-\u2212]?[0-9][0-9.,\s\u00a0]*(?:[eE][+-]?[0-9]+)?\s*|\s*[+\-]?[.,][0-9]+\s*")
_TIME_WORDS = ("time", "date", "thời gian", "ngày", "giờ", "timestamp", "datetime", "zeit", "datum")
DEFAULT_ZONE = "+07:00"  # Vietnam: UTC+7, no daylight saving time


@dataclass(frozen=True)
class PreviewRow:
    """One data row as it will be read: its texts, its timestamp and its numbers."""

    line: int
    cells: tuple[str, ...]
    time: datetime | None
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Preview:
    """The first rows of a file read with given settings, and what could not be read."""

    columns: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    bad_cells: tuple[BadCell, ...]
    notes: tuple[Message, ...]


def detect(
    data: bytes, *, sheet: str | None = None, separator: str | None = None, encoding: str | None = None
) -> ImportSettings:
    """Propose settings for reading ``data`` (a CSV or XLSX file's bytes).

    ``separator`` and ``encoding``, when given, are taken as they are and the rest is
    detected around them (the columns depend on both).

    Raises:
        LoggerFormatError: the bytes are empty, a legacy .xls file, or hold no line with a
            timestamp and a number that detection can recognise.
    """
    if not data or data.isspace():  # not data.strip(): that copies the whole file
        raise LoggerFormatError(msg("logger.empty"))
    check_not_legacy(data)
    if is_xlsx(data):
        _, rows = sheet_rows(data, sheet, limit=SAMPLE_LINES)
        from cpdesk.core.loggers.split import render_cell

        table = [[render_cell(v, ".") for v in values] for _, values in rows]
        base = ImportSettings(kind="xlsx", encoding="utf-8", separator="\t", sheet=sheet)
        return _settle(base, table)
    check_head(data)
    encoding = encoding or detect_encoding(data)
    try:
        text = decode(sample(data, encoding), encoding)
    except LookupError:
        raise LoggerFormatError(msg("logger.unknown_encoding", encoding=repr(encoding))) from None
    lines = text.splitlines()[:SAMPLE_LINES]
    separator = separator or _detect_separator(lines)
    table = [split_header(line, separator) if line.strip() else [] for line in lines]
    base = ImportSettings(kind="csv", encoding=encoding, separator=separator)
    try:
        return _settle(base, table)
    except LoggerFormatError:
        long_line = first_long_line(data)
        if long_line is not None:  # the rows detection needs are in a line too long to read
            raise LoggerFormatError(line_too_long(long_line)) from None
        raise


def _detect_separator(lines: list[str]) -> str:
    """The candidate that splits the most lines into the same number (at least 2) of fields."""
    body = [line for line in lines if line.strip()][-200:]
    best, best_score = ";", 0.0
    for candidate in _SEPARATORS:
        counts = Counter(len(split_header(line, candidate)) for line in body)
        if not counts:
            continue
        width, lines_with_width = counts.most_common(1)[0]
        score = lines_with_width / len(body) if width >= 2 else 0.0
        if score > best_score + 1e-9:
            best, best_score = candidate, score
    return best


def _settle(base: ImportSettings, table: list[list[str]]) -> ImportSettings:
    """Find header, timestamp columns, number notation and channels in a sample table."""
    found = _find_first_data_row(table)
    if found is None:
        raise LoggerFormatError(msg("logger.no_data_row"))
    first, time_column, time_format, clock_column = found
    width = len(table[first])
    if width > MAX_COLUMNS:
        raise LoggerFormatError(
            at_line(first + 1, msg("logger.too_many_columns", count=grouped(width), limit=grouped(MAX_COLUMNS)))
        )
    header_at = first - 1
    while header_at >= 0 and not table[header_at]:
        header_at -= 1
    has_header = header_at >= 0 and len(table[header_at]) == width
    header = table[header_at] if has_header else None
    data_rows = [row for row in table[first:] if len(row) == width]
    notes: list[Message] = []
    if time_format in ("dmy", "mdy"):
        time_format = _day_month_order(data_rows, time_column, notes)
    time_cols = {c for c in (time_column, clock_column) if c is not None}
    decimal, thousands = _number_notation(data_rows, time_cols, base.separator, notes)
    value_columns = tuple(
        c for c in range(width) if c not in time_cols and _is_number_column(data_rows, c, decimal, thousands)
    )
    names = column_names(header, width)
    for c in value_columns:
        _note_non_finite(data_rows, c, names[c], decimal, thousands, notes)
    if not value_columns:
        notes.append(msg("logger.note.no_numbers"))
    zone = _stated_zone(data_rows, time_column, time_format, notes)
    return replace(
        base,
        skip_lines=header_at if has_header else first,
        has_header=has_header,
        columns=names,
        time_column=time_column,
        time_format=time_format,
        time_of_day_column=clock_column,
        decimal=decimal,
        thousands=thousands,
        time_zone=zone,
        value_columns=value_columns,
        notes=tuple(notes),
    )


def _find_first_data_row(table: list[list[str]]) -> tuple[int, int, str, int | None] | None:
    for index, row in enumerate(table[: _HEADER_SEARCH + 1]):
        if len(row) < 2:
            continue
        for column, cell in enumerate(row):
            layout = _text_time_layout(cell)
            if layout is None:
                continue
            clock = None
            if ":" not in cell and column + 1 < len(row) and _is_time_of_day(row[column + 1]):
                clock = column + 1
            others = [c for c in range(len(row)) if c not in (column, clock)]
            if any(_NUMBERISH.fullmatch(row[c]) or states_no_value(row[c]) for c in others):
                return index, column, layout, clock
    # No text timestamps: a column of Excel serial days or Unix seconds under a time-like name.
    for index, row in enumerate(table[: _HEADER_SEARCH + 1]):
        for column, cell in enumerate(row):
            layout = _numeric_time_layout(cell)
            named = index > 0 and column < len(table[index - 1]) and _time_like(table[index - 1][column])
            if layout and (named or column == 0) and len(row) >= 2:
                return index, column, layout, None
    return None


def _text_time_layout(cell: str) -> str | None:
    for layout in ("iso", "dmy", "mdy"):
        try:
            if parse_datetime_text(cell, layout) is not None:
                return layout
        except ValueError:
            continue
    return None


def _numeric_time_layout(cell: str) -> str | None:
    for decimal in (".", ","):
        try:
            value = parse_number_text(cell, decimal, None)
        except ValueError:
            continue
        if value is None:
            return None
        if 20_000 <= value < 80_000:  # Excel serial days: 1954 to 2119
            return "excel"
        if 1e9 <= value < 4.2e9:  # Unix seconds: 2001 to 2103
            return "unix"
    return None


def _is_time_of_day(cell: str) -> bool:
    try:
        return parse_datetime_text(cell, "time") is not None
    except ValueError:
        return False


def _time_like(name: str) -> bool:
    folded = name.casefold()
    return any(word in folded for word in _TIME_WORDS)


def _day_month_order(rows: list[list[str]], column: int, notes: list[Message]) -> str:
    day_first = month_first = 0
    for row in rows:
        parts = re.split(r"[/.\-\s:]", row[column].strip())
        if len(parts) < 3 or not (parts[0].isdigit() and parts[1].isdigit()):
            continue
        day_first += int(parts[0]) > 12
        month_first += int(parts[1]) > 12
    if month_first and not day_first:
        return "mdy"
    if not day_first:
        notes.append(msg("logger.note.day_month"))
    return "dmy"


def _number_notation(
    rows: list[list[str]], time_cols: set[int], separator: str, notes: list[Message]
) -> tuple[str, str | None]:
    """Decimal mark and thousands mark from the shapes of the number-like cells."""
    implied = "," if separator == ";" else "."
    votes: Counter[str] = Counter()
    grouping: Counter[str] = Counter()
    ambiguous: list[str] = []
    for row in rows:
        for column, cell in enumerate(row):
            body = cell.strip()
            if column in time_cols or not _NUMBERISH.fullmatch(body):
                continue
            commas, points = body.count(","), body.count(".")
            if commas and points:
                decimal = "," if body.rfind(",") > body.rfind(".") else "."
                votes[decimal] += 1
                grouping["." if decimal == "," else ","] += 1
            elif commas > 1 or points > 1:
                mark = "," if commas > 1 else "."
                grouping[mark] += 1
                votes["." if mark == "," else ","] += 1
            elif commas or points:
                mark = "," if commas else "."
                tail = body.rsplit(mark, 1)[1]
                # "1.000" is ambiguous only where "." could group thousands: in the notation
                # the separator implies ("," decimal after ";"), "1,000" is plainly 1.
                if mark != implied and len(tail) == 3 and body.lstrip("+-").split(mark)[0] not in ("", "0"):
                    ambiguous.append(body)
                else:
                    votes[mark] += 1
    if votes:
        decimal = votes.most_common(1)[0][0]
        if len(votes) > 1:
            notes.append(msg("logger.note.two_decimal_marks", mark=repr(decimal)))
    else:
        decimal = implied
    thousands = next((mark for mark, _ in grouping.most_common() if mark != decimal), None)
    if ambiguous and thousands is None and not votes:
        # Only shapes like "1.000": follow the notation the separator implies (";" is what
        # Excel writes on a Vietnamese Windows, where "." groups thousands) and say so.
        example = ambiguous[0]
        mark = "," if "," in example else "."
        if mark != decimal:
            thousands = mark
        reading = parse_number_text(example, decimal, thousands)
        other = msg("logger.word.thousands_grouping" if thousands is None else "logger.word.decimal_mark")
        alternative = parse_number_text(example, mark, None) if thousands else parse_number_text(example, decimal, mark)
        notes.append(
            msg(
                "logger.note.ambiguous_number",
                example=repr(example),
                reading=_plain(reading),
                mark=repr(mark),
                other=other,
                alternative=_plain(alternative),
            )
        )
    return decimal, thousands


def _plain(value: float | None) -> str | float:
    """A reading in a note: a whole number ungrouped, as the file may write it ("1000": "1.000"
    or "1,000" are what the note asks about), else in the user's notation."""
    if value is None:
        return ""
    return f"{value:.0f}" if value.is_integer() and abs(value) < 1e15 else value


def _is_number_column(rows: list[list[str]], column: int, decimal: str, thousands: str | None) -> bool:
    """Whether a column holds readings: numbers, or what loggers write for "no value" (NaN,
    inf, #VALUE!), which must be offered and reported, not left out silently."""
    filled = [row[column] for row in rows if row[column].strip()]
    if not filled:
        return False
    values, status = parse_numbers(Cells.from_strings(filled), decimal, thousands)
    return bool(((status == OK) | (status == NON_FINITE)).mean() >= 0.5)  # a few bad cells allowed


def _note_non_finite(
    rows: list[list[str]], column: int, name: str, decimal: str, thousands: str | None, notes: list[Message]
) -> None:
    filled = [row[column] for row in rows if row[column].strip()]
    _, status = parse_numbers(Cells.from_strings(filled), decimal, thousands)
    count = int((status == NON_FINITE).sum())
    if count:
        example = next(text for text, state in zip(filled, status, strict=True) if state == NON_FINITE).strip()
        notes.append(
            msg(
                "logger.note.non_finite",
                column=repr(name),
                count=grouped(count),
                total=grouped(len(filled)),
                example=repr(example[:SHOWN_CHARS]),
            )
        )


def _stated_zone(rows: list[list[str]], column: int, layout: str, notes: list[Message]) -> str:
    if layout != "iso":
        return DEFAULT_ZONE
    for row in rows[:20]:
        try:
            parsed = parse_datetime_text(row[column], "iso")
        except ValueError:
            continue
        if parsed is not None and parsed[1] is not None:
            zone = parse_time_zone(
                f"{'-' if parsed[1] < 0 else '+'}{abs(parsed[1]) // 3600:02d}:{abs(parsed[1]) % 3600 // 60:02d}"
            )
            notes.append(msg("logger.note.stated_offset", zone=zone.name))
            return zone.name
    return DEFAULT_ZONE


def preview(data: bytes, settings: ImportSettings, rows: int = 50) -> Preview:
    """The first ``rows`` data rows read with ``settings``: what the import would make of them."""
    settings = settings.checked()
    zone = parse_time_zone(settings.time_zone).info
    wanted = list(range(len(settings.columns)))
    head = _head(data, settings, rows)
    limit = settings.skip_lines + (1 if settings.has_header else 0) + rows + 5
    shown: list[PreviewRow] = []
    bad: list[BadCell] = []
    time_cols = {settings.time_column, settings.time_of_day_column} - {None}
    for block in row_blocks(head, settings, wanted, limit=limit):
        bad.extend(block.bad_rows)
        texts = {c: [block.cells[c].text(i) for i in range(len(block.lines))] for c in wanted}
        wall, offset, status = parse_datetimes(
            block.cells[settings.time_column], settings.time_format, settings.decimal, settings.thousands
        )
        if settings.time_of_day_column is not None:
            clock, _, clock_status = parse_datetimes(block.cells[settings.time_of_day_column], "time")
            wall, status = wall + clock, np.maximum(status, clock_status)
        numbers = {
            c: parse_numbers(block.cells[c], settings.decimal, settings.thousands) for c in wanted if c not in time_cols
        }
        for i, line in enumerate(block.lines):
            if len(shown) >= rows:
                break
            when = None
            if status[i] == OK:
                tz = zone if offset[i] == NO_OFFSET else timezone(timedelta(seconds=int(offset[i])))
                when = (datetime(1970, 1, 1) + timedelta(microseconds=int(wall[i]) // 1000)).replace(tzinfo=tz)
            elif texts[settings.time_column][i].strip() and len(bad) < MAX_LISTED:
                column = settings.time_column
                bad.append(
                    BadCell(
                        int(line),
                        settings.columns[column],
                        texts[column][i],
                        bad_time_reason(texts[column][i], settings.time_format, settings.decimal, settings.thousands),
                    )
                )
            values: list[float | None] = []
            for c in wanted:
                if c in time_cols:
                    values.append(None)
                    continue
                value, value_status = numbers[c]
                values.append(float(value[i]) if value_status[i] == OK else None)
                if value_status[i] == BAD and c in settings.value_columns and len(bad) < MAX_LISTED:
                    try:
                        parse_number_text(texts[c][i], settings.decimal, settings.thousands)
                        reason = msg("logger.cell.unreadable")
                    except ValueError as exc:
                        reason = why(exc)
                    bad.append(BadCell(int(line), settings.columns[c], texts[c][i], reason))
            cells = tuple(t if len(t) <= SHOWN_CHARS else t[:SHOWN_CHARS] + "…" for t in (texts[c][i] for c in wanted))
            shown.append(PreviewRow(int(line), cells, when, tuple(values)))
        if len(shown) >= rows:
            break
    return Preview(settings.columns, tuple(shown), tuple(bad), settings.notes)


def _head(data: bytes, settings: ImportSettings, rows: int) -> bytes:
    """Enough of the file for the first ``rows`` data rows (the whole workbook for xlsx)."""
    if settings.kind == "xlsx":
        return data
    lines = settings.skip_lines + (1 if settings.has_header else 0) + rows + 5
    if not settings.encoding.lower().replace("_", "-").startswith("utf-16"):
        offset = 0
        for _ in range(lines):
            found = data.find(b"\n", offset)
            if found < 0 or found > SAMPLE_BYTES:
                return data  # not copied: reading stops after the rows asked for
            offset = found + 1
        return data[:offset]
    text = decode(data, settings.encoding)
    return "\n".join(text.split("\n")[:lines]).encode(settings.encoding)
