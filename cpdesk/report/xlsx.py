"""Excel workbooks (openpyxl): one sheet per table, numbers as numbers, units in the headers.

Values are written raw, as the services return them (2.57, not "2,57"), with an Excel
number format, so Excel shows them in the user's own locale and formulas work on them. The
header row is frozen and filtered; a total row, where the table has one, is bold.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cpdesk.report.tabular import Column, Group, Kind, TableSpec

_HEADER_FILL = PatternFill("solid", fgColor="1D6F6A")
_GROUP_FILL = PatternFill("solid", fgColor="E3F0EE")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_BOLD = Font(bold=True)
_TOP_RULE = Border(top=Side(style="thin", color="1F2933"))
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def number_format(column: Column, lang: str) -> str:
    """The Excel number format of a column (Excel applies the user's separators)."""
    if column.kind in (Kind.INT, Kind.YEAR):
        return "0"  # a count or a year is never grouped: 2014, not 2,014
    if column.kind == Kind.MONEY:
        # The unit names the currency, alone or per something: "VND", "VND/yr", "USD/năm".
        currency = column.unit.split("/", 1)[0].strip()
        if column.decimals is not None:
            return _fixed(column.decimals)
        return "#,##0" if currency in ("VND", "") else "#,##0.00"
    if column.kind == Kind.FRACTION:
        return "0.0%"
    if column.kind == Kind.PCT:
        return "0.0"
    if column.kind == Kind.DATE:
        return "dd/mm/yyyy" if lang == "vi" else "d mmm yyyy"
    if column.kind == Kind.NUMBER:
        # Not "#,##0.###": Excel shows a whole number in it with a bare separator ("12.").
        return "#,##0.0##" if column.decimals is None else _fixed(column.decimals)
    return "General"


def cell_format(column_format: str, value: object) -> str:
    """The format of one cell: a whole number in a column of varying decimals shows none."""
    if column_format == "#,##0.0##" and isinstance(value, int | float) and float(value).is_integer():
        return "#,##0"
    return column_format


def _fixed(decimals: int) -> str:
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name (Excel: at most 31 characters, no []:*?/\\)."""
    base = _BAD_SHEET_CHARS.sub(" ", name).strip()[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


def workbook_bytes(specs: Sequence[TableSpec], lang: str, *, title: str = "") -> bytes:
    """Write every table to its own sheet and return the .xlsx bytes."""
    book = Workbook()
    book.remove(book.active)
    book.properties.title = title
    book.properties.creator = "cpdesk"
    book.properties.language = lang
    taken: set[str] = set()
    for spec in specs:
        _write_sheet(book, spec, lang, sheet_name(spec.sheet, taken))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write_sheet(book: Workbook, spec: TableSpec, lang: str, name: str) -> None:
    sheet = book.create_sheet(name)
    formats = [number_format(c, lang) for c in spec.columns]
    sheet.append([c.title() for c in spec.columns])
    for cell, column in zip(sheet[1], spec.columns, strict=True):
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="right" if column.numeric else "left")
    widths = [max(10.0, min(48.0, len(c.title()) * 1.1)) for c in spec.columns]
    for row in spec.rows:
        if isinstance(row, Group):
            sheet.append([row.text])
            for cell in sheet[sheet.max_row]:
                cell.font = _BOLD
                cell.fill = _GROUP_FILL
            continue
        _append(sheet, row, formats, widths)
    if spec.total is not None:
        _append(sheet, spec.total, formats, widths)
        for cell in sheet[sheet.max_row]:
            cell.font = _BOLD
            cell.border = _TOP_RULE
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "A2"
    if sheet.max_row > 1:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{sheet.max_row}"
    if spec.note:
        sheet.append([])
        sheet.append([spec.note])
        sheet.cell(row=sheet.max_row, column=1).font = Font(italic=True, color="616E7C")


def _append(sheet: Worksheet, row: Sequence[object], formats: list[str], widths: list[float]) -> None:
    values = [_value(v) for v in row]
    sheet.append(values)
    cells = sheet[sheet.max_row]
    for i, (cell, value, fmt) in enumerate(zip(cells, values, formats, strict=True)):
        if isinstance(value, int | float | date) and not isinstance(value, bool):
            cell.number_format = cell_format(fmt, value)
        elif isinstance(value, str):
            widths[i] = max(widths[i], min(60.0, len(value) * 0.95))
            if len(value) > 60:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _value(value: object) -> object:
    if isinstance(value, datetime):
        # Excel has no time zones: write the local wall-clock time the reading was taken at.
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        # openpyxl refuses control characters; a cell cannot hold more than 32 767.
        return "".join(ch for ch in value if ch >= " " or ch in "\n\t")[:32767]
    return value
