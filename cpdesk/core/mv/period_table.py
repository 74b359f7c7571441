"""A table of period readings, as a utility's bills and a plant's production log are kept:
one row a period, a column a variable, read from the rows of a CSV file or a worksheet.

The header row names the period's columns and the variables::

    Từ ngày;Đến ngày;electricity (kWh);anthracite (t);water (m3);production (t);Nguồn
    01/01/2024;31/01/2024;93.200;41,5;2.150;410;Hoá đơn EVN

- the period: a first and a last day ("start"/"from"/"từ"/"từ ngày"/"bắt đầu" and
  "end"/"to"/"đến"/"đến ngày"/"kết thúc"), or one month column ("month"/"tháng": 01/2024,
  2024-01 or a date in the month) for whole months;
- each variable: its name and unit in brackets, "electricity (kWh)" or "production [t]"; a
  carrier is named by its code (electricity, anthracite, water ...), anything else is a
  driving variable; a carrier's unit must be an amount of its kind (a rate such as kW is
  refused, naming the column);
- optionally "source"/"nguồn": where each row's figures come from.

Figures are read in the user's notation ("93.200" and "2,57" in Vietnamese), dates as that
language writes them (:mod:`cpdesk.core.dates`). A figure with two readings ("93.200": 93 200,
or 93,2 typed in English notation) is read as the notation of the file's other figures says
when one of them has a separator that reads one way only ("2,57", "1.234.567"), and is a
problem of its row otherwise. An empty cell is no reading of that
variable in that period; a cell that is not a number, a negative figure, a date that is not
one and a period that ends before it starts are problems of the row, each a message naming
the row as the file numbers it (the header is row 1). Pure: rows in, readings and problems out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from cpdesk.core.dates import DateFormatError, parse_date
from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import Message, msg
from cpdesk.core.mv.periods import PeriodReading, reading_unit, variable_name
from cpdesk.core.numbers import AmbiguousNumber, NumberFormatError, parse_number

#: The most rows a table of periods holds.
MAX_ROWS = 100_000

_START = {"start", "from", "period_start", "từ", "từ ngày", "bắt đầu", "ngày bắt đầu"}
_END = {"end", "to", "period_end", "đến", "đến ngày", "kết thúc", "ngày kết thúc"}
_MONTH = {"month", "tháng", "kỳ", "period"}
_SOURCE = {"source", "nguồn", "nguồn số liệu"}
_NAMED = re.compile(r"^(?P<name>.+?)\s*[(\[](?P<unit>[^()\[\]]*)[)\]]\s*$")
_MONTH_TEXT = re.compile(r"^(?:(?P<m1>\d{1,2})[/.\-](?P<y1>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{1,2}))$")


@dataclass(frozen=True)
class RowProblem:
    """A problem of one row of the file (row 1 is the header)."""

    row: int
    message: Message


@dataclass(frozen=True)
class PeriodTable:
    """The readings a table holds, and the problems of its rows."""

    readings: tuple[PeriodReading, ...]
    problems: tuple[RowProblem, ...]
    rows: int


@dataclass(frozen=True)
class _Column:
    index: int
    variable: str
    unit: str


def read_period_table(rows: Iterable[tuple[int, Sequence[object]]], lang: str, source: str = "") -> PeriodTable:
    """The readings of the table ``rows`` (row number, cells), figures and dates read in
    ``lang``; ``source`` is the source of rows without one (the file's name)."""
    iterator = iter(rows)
    header = next(((n, cells) for n, cells in iterator if any(_text(c) for c in cells)), None)
    if header is None:
        raise CpdeskError(msg("mv.table_empty"))
    header_row, names = header[0], [_text(c) for c in header[1]]
    lowered = [n.casefold() for n in names]
    start, end, month = _find(lowered, _START), _find(lowered, _END), _find(lowered, _MONTH)
    if month is None and (start is None or end is None):
        raise CpdeskError(msg("mv.import_no_period_columns", columns=", ".join(n for n in names if n)))
    used = {i for i in (start, end, month, _find(lowered, _SOURCE)) if i is not None}
    source_column = _find(lowered, _SOURCE)
    problems: list[RowProblem] = []
    columns: list[_Column] = []
    for index, name in enumerate(names):
        if index in used or not name:
            continue
        try:
            columns.append(_column(index, name))
        except (CpdeskError, ValueError) as error:
            problems.append(RowProblem(header_row, msg("mv.import_bad_column", column=name, problem=_said(error))))
    if not columns and not problems:
        raise CpdeskError(msg("mv.import_no_variables"))
    readings: list[PeriodReading] = []
    pending: list[tuple[PeriodReading, AmbiguousNumber, str]] = []
    settled = False  # a figure with a separator read one way only shows the file's notation
    count = 0
    for number, cells in iterator:
        if not any(_text(c) for c in cells):
            continue
        count += 1
        if count > MAX_ROWS:
            raise CpdeskError(msg("mv.table_too_long", limit=MAX_ROWS))
        try:
            first, last = _period(cells, start, end, month, lang)
        except _RowError as error:
            problems.append(RowProblem(number, error.message))
            continue
        given = _text(_cell(cells, source_column)) if source_column is not None else ""
        for column in columns:
            cell = _cell(cells, column.index)
            if not _text(cell):
                continue
            label = names[column.index]
            try:
                value = _number(cell, lang)
            except AmbiguousNumber as error:
                reading = PeriodReading(column.variable, first, last, 0.0, column.unit, given or source, number)
                pending.append((reading, error, label))
                continue
            except _RowError as error:
                problems.append(
                    RowProblem(number, msg("mv.import_cell", column=names[column.index], problem=error.message))
                )
                continue
            settled = settled or (isinstance(cell, str) and ("," in cell or "." in cell))
            if value < 0:
                problems.append(RowProblem(number, msg("mv.import_negative", column=label, value=value)))
                continue
            readings.append(PeriodReading(column.variable, first, last, value, column.unit, given or source, number))
    for reading, ambiguous, label in pending:
        if settled:  # the grouping reading, the larger: "93.200" is 93 200 beside "2,57"
            readings.append(replace(reading, value=max(ambiguous.candidates)))
        else:
            spellings = " / ".join(ambiguous.spellings)
            said = msg("mv.import_ambiguous", text=ambiguous.text, spellings=spellings)
            problems.append(RowProblem(reading.row or 0, msg("mv.import_cell", column=label, problem=said)))
    problems.sort(key=lambda p: p.row)
    return PeriodTable(tuple(sorted(readings, key=lambda r: r.row or 0)), tuple(problems), count)


class _RowError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.code)
        self.message = message


def _said(error: BaseException) -> object:
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else str(error)


def _find(names: Sequence[str], wanted: set[str]) -> int | None:
    return next((i for i, name in enumerate(names) if name in wanted), None)


def _text(cell: object) -> str:
    return "" if cell is None else str(cell).strip()


def _cell(cells: Sequence[object], index: int | None) -> object:
    return cells[index] if index is not None and index < len(cells) else None


def _column(index: int, header: str) -> _Column:
    """A variable's column from its header "name (unit)"."""
    found = _NAMED.match(header)
    name, unit = (found["name"], found["unit"]) if found else (header, "")
    variable = variable_name(name)
    return _Column(index, variable, reading_unit(variable, unit))


def _period(
    cells: Sequence[object], start: int | None, end: int | None, month: int | None, lang: str
) -> tuple[date, date]:
    if start is not None and end is not None:
        first, last = _day(_cell(cells, start), lang), _day(_cell(cells, end), lang)
        if last < first:
            raise _RowError(msg("mv.period_ends_before_start", start=first, end=last))
        return first, last
    assert month is not None
    first = _month(_cell(cells, month), lang)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _day(cell: object, lang: str) -> date:
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    try:
        return parse_date(_text(cell), lang)
    except DateFormatError:
        raise _RowError(msg("mv.import_bad_date", text=_text(cell) or "-")) from None


def _month(cell: object, lang: str) -> date:
    if isinstance(cell, date | datetime):
        return date(cell.year, cell.month, 1)
    text = _text(cell)
    found = _MONTH_TEXT.match(text)
    if found:
        year, number = int(found["y1"] or found["y2"]), int(found["m1"] or found["m2"])
        if 1 <= number <= 12:
            return date(year, number, 1)
        raise _RowError(msg("mv.import_bad_date", text=text))
    day = _day(cell, lang)
    return date(day.year, day.month, 1)


def _number(cell: object, lang: str) -> float:
    if isinstance(cell, bool):
        raise _RowError(msg("mv.import_not_number", text=str(cell)))
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = _text(cell)
        try:
            value = float(parse_number(text, lang))
        except AmbiguousNumber:
            raise  # settled by the other figures of the file, or said (read_period_table)
        except NumberFormatError:
            raise _RowError(msg("mv.import_not_number", text=text)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise _RowError(msg("mv.import_not_number", text=_text(cell)))
    return value
