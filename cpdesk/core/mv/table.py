"""A table of periods as a person keeps it in a spreadsheet: one row a period, one column a
series (the month, the electricity in kWh, the production in t), read from CSV text.

The text arrives decoded (the command line reads the file); this module never opens a file.
The delimiter is found by :class:`csv.Sniffer` among comma, semicolon and tab (a Vietnamese
spreadsheet writes "1,5" and so separates cells with ";"). Only the columns asked for are
read as numbers, in the user's notation (:func:`cpdesk.core.numbers.parse_number`, decimal
comma in Vietnamese); another column (the month's name) is kept as text. An empty cell, a
cell that is no number, or one with two readings ("1.000") is refused naming its column and
period, counted from 1 below the header; nothing is returned from a table with errors.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.numbers import AmbiguousNumber, NumberFormatError, parse_number

#: The delimiters a table of periods may use.
DELIMITERS = ",;\t"

#: The most periods a table holds (a century of months, or 11 years of hours).
MAX_PERIODS = 100_000


@dataclass(frozen=True)
class PeriodTable:
    """The columns asked for, as numbers, and the periods' names (the first column's text)."""

    names: tuple[str, ...]
    columns: dict[str, list[float]]


def read_periods(text: str, columns: Sequence[str], lang: str) -> PeriodTable:
    """The ``columns`` of the CSV ``text`` as numbers read in ``lang``'s notation."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        raise CpdeskError(msg("mv.table_empty"))
    if len(lines) - 1 > MAX_PERIODS:
        raise CpdeskError(msg("mv.table_too_long", limit=MAX_PERIODS))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(lines[0], delimiters=DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO("\n".join(lines)), dialect))
    header = [cell.strip() for cell in rows[0]]
    for name in columns:
        if name not in header:
            raise CpdeskError(msg("mv.no_column", name=name, columns=", ".join(header)))
    where = {name: header.index(name) for name in columns}
    found: dict[str, list[float]] = {name: [] for name in columns}
    names: list[str] = []
    for row_number, row in enumerate(rows[1:], start=1):
        names.append(row[0].strip() if row else str(row_number))
        for name, index in where.items():
            cell = row[index].strip() if index < len(row) else ""
            found[name].append(_number(cell, name, row_number, lang))
    return PeriodTable(tuple(names), found)


def _number(cell: str, name: str, row: int, lang: str) -> float:
    if not cell:
        raise CpdeskError(msg("mv.empty_cell", name=name, row=row))
    try:
        return float(parse_number(cell, lang))
    except AmbiguousNumber as error:
        spellings = " / ".join(error.spellings)
        raise CpdeskError(msg("mv.ambiguous_cell", name=name, row=row, text=cell, spellings=spellings)) from None
    except NumberFormatError:
        raise CpdeskError(msg("mv.bad_cell", name=name, row=row, text=cell)) from None
