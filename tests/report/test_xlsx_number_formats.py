"""Excel number formats as a reader sees them: a whole number shows no bare separator ("12."),
and an amount in dong shows no decimals (a dong has no cents), per year or not."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook

from cpdesk.report import assessment_tables
from cpdesk.report.i18n import I18n
from cpdesk.report.tabular import Column, Kind, TableSpec
from cpdesk.report.xlsx import workbook_bytes
from cpdesk.services.reports import assessment_report

NUMBER_FORMAT = re.compile(r"^(#,##)?0(?:\.(0*)(#*))?$")


def shown(value: float, fmt: str) -> str:
    """``value`` as Excel shows it in ``fmt`` (the plain "#,##0.0#"-like formats only): the
    zeros after the point are always shown, the hashes only when they are not trailing zeros."""
    if fmt == "0":
        return f"{value:.0f}"
    match = NUMBER_FORMAT.match(fmt)
    assert match, fmt
    grouped, zeros, hashes = match.group(1), match.group(2), match.group(3)
    if zeros is None:
        return f"{value:{',' if grouped else ''}.0f}"
    text = f"{value:{',' if grouped else ''}.{len(zeros) + len(hashes)}f}"
    whole, _, decimals = text.partition(".")
    decimals = decimals[: len(zeros)] + decimals[len(zeros) :].rstrip("0")
    return f"{whole}.{decimals}"


def test_the_renderer_shows_the_bare_separator_excel_shows() -> None:
    assert shown(12, "#,##0.###") == "12."  # the old format, and what Excel showed
    assert shown(12.5, "#,##0.0##") == "12.5"
    assert shown(1234, "#,##0") == "1,234"


def _book(spec: TableSpec):
    return load_workbook(io.BytesIO(workbook_bytes([spec], "en")))["Sheet"]


@pytest.mark.parametrize("value", [12, 12.0, 1_500_000])
def test_a_whole_number_shows_no_trailing_separator(value: float) -> None:
    columns = (Column("Quantity", Kind.NUMBER, "t"), Column("Fixed", Kind.NUMBER, "", 0))
    spec = TableSpec("Sheet", "t", columns, [(value, value)])
    sheet = _book(spec)
    for cell in sheet[2]:
        text = shown(cell.value, cell.number_format)
        assert not text.endswith("."), (cell.number_format, text)


def test_a_decimal_keeps_its_decimals() -> None:
    sheet = _book(TableSpec("Sheet", "t", (Column("Quantity", Kind.NUMBER, "t"),), [(2.571,)]))
    assert shown(sheet["A2"].value, sheet["A2"].number_format) == "2.571"


@pytest.mark.parametrize("unit", ["VND", "VND/yr", "VND/năm"])
def test_dong_have_no_decimals(unit: str) -> None:
    sheet = _book(TableSpec("Sheet", "t", (Column("Savings", Kind.MONEY, unit),), [(1_234_567.4,)]))
    assert shown(sheet["A2"].value, sheet["A2"].number_format) == "1,234,567"


def test_dollars_have_cents() -> None:
    sheet = _book(TableSpec("Sheet", "t", (Column("Savings", Kind.MONEY, "USD/yr"),), [(1234.5,)]))
    assert shown(sheet["A2"].value, sheet["A2"].number_format) == "1,234.50"


def test_the_demo_workbook_shows_dong_whole(demo_db, textile_id) -> None:
    data = assessment_report.assessment_report_data(demo_db, textile_id)
    assert data.currency == "VND"
    book = load_workbook(io.BytesIO(workbook_bytes(assessment_tables.all_tables(data, I18n("en")), "en")))
    money = 0
    for sheet in book.worksheets:
        units = [str(c.value or "") for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            for cell, header in zip(row, units, strict=False):
                if isinstance(cell.value, int | float) and "(VND" in header:
                    money += 1
                    assert "." not in cell.number_format, (sheet.title, header, cell.number_format)
                if isinstance(cell.value, int | float) and cell.number_format.startswith("#"):
                    assert not shown(cell.value, cell.number_format).endswith("."), (sheet.title, header)
    assert money
