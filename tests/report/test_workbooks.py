"""Workbooks read back with openpyxl: numbers are numbers, equal to the services' figures."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from cpdesk.report import assessment_tables, programme_tables
from cpdesk.report.i18n import I18n
from cpdesk.report.xlsx import sheet_name, workbook_bytes
from cpdesk.services.assessment import appraisal, balances, summary
from cpdesk.services.reports import assessment_report, programme_report


@pytest.fixture(scope="module")
def assessment_book(demo_db, textile_id):
    data = assessment_report.assessment_report_data(demo_db, textile_id)
    content = workbook_bytes(assessment_tables.all_tables(data, I18n("en")), "en")
    return load_workbook(io.BytesIO(content))


@pytest.fixture(scope="module")
def programme_book(demo_db):
    data = programme_report.programme_report_data(demo_db, ["CP-EE", "CP-OHS", "MF-DEMO", "GERIAP"])
    content = workbook_bytes(programme_tables.all_tables(data, I18n("vi")), "vi")
    return load_workbook(io.BytesIO(content))


def _rows(sheet) -> list[tuple]:
    """The table's rows: up to the empty row that separates the table from its note."""
    rows = []
    for row in sheet.iter_rows(min_row=2, values_only=True):
        if all(v is None for v in row):
            break
        rows.append(row)
    return rows


def same(value: object, expected: float | None) -> bool:
    """Equal as Excel keeps numbers: to 15 significant digits (openpyxl writes 16 or fewer)."""
    if expected is None:
        return value is None
    return isinstance(value, int | float) and value == pytest.approx(expected, rel=1e-15, abs=0)


def test_one_sheet_per_table_with_frozen_headers_and_units(assessment_book) -> None:
    names = assessment_book.sheetnames
    assert {"Summary", "Water balance", "Energy balance", "Options", "Feasibility", "Measurements"} <= set(names)
    for sheet in assessment_book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
    header = [c.value for c in assessment_book["Water balance"][1]]
    assert header[:4] == ["Process step", "In (m³/yr)", "Out (m³/yr)", "Unaccounted (m³/yr)"]


def test_water_balance_cells_are_the_services_numbers(assessment_book, demo_db, textile_id) -> None:
    measured = balances.assessment_balance(demo_db, textile_id, "water").measured
    rows = _rows(assessment_book["Water balance"])
    total = next(r for r in rows if r[0] == "Whole plant")
    p = measured.plant
    assert all(
        same(v, e) for v, e in zip(total[1:5], (p.total_in, p.total_out, p.unaccounted, p.closure_pct), strict=True)
    )
    assert total[1:3] == (450_000, 437_850)  # the demo's hand calculation
    by_name = {r[0]: r for r in rows}
    for node in measured.nodes:
        assert same(by_name[node.name][1], node.total_in)
        assert same(by_name[node.name][2], node.total_out)


def test_feasibility_cells_are_the_appraisal_figures(assessment_book, demo_db, textile_id) -> None:
    items = {a.option.code: a for a in appraisal.appraise_options(demo_db, textile_id)}
    sheet = assessment_book["Feasibility"]
    rows = _rows(sheet)
    assert rows
    for code, _title, investment, net, payback, npv, irr, co2 in rows:
        a = items[code]
        assert same(investment, a.option.investment)
        assert same(npv, a.economics.npv)
        assert same(co2, a.co2.total_t)
        assert same(payback, a.economics.simple_payback_years)
        assert same(irr, a.economics.irr)
        assert same(net, a.option.annual_savings - a.option.annual_extra_costs)
    with_irr = next(i for i, row in enumerate(rows, start=2) if row[6] is not None)
    formats = {c.column_letter: c.number_format for c in sheet[with_irr]}
    assert formats["G"] == "0.0%"
    assert formats["C"] == "#,##0"
    assert formats["E"] == "#,##0.0"


def test_numbers_are_never_text(assessment_book) -> None:
    import re

    looks_numeric = re.compile(r"^-?[\d.,]+$")
    for sheet in assessment_book.worksheets:
        for row in sheet.iter_rows(min_row=2, values_only=True):
            for value in row:
                assert not (isinstance(value, str) and looks_numeric.match(value.strip())), (sheet.title, value)


def test_dates_are_dates(assessment_book) -> None:
    from datetime import datetime

    rows = _rows(assessment_book["Measurements"])
    assert all(isinstance(r[6], datetime) for r in rows if r[6] is not None)
    assert assessment_book["Measurements"]["G2"].number_format == "d mmm yyyy"


def test_programme_table_2_is_the_seeds(programme_book, demo_db) -> None:
    sheet = programme_book["Bảng tổng hợp"]
    rows = {r[0]: r for r in _rows(sheet)}
    assert rows["CP-EE"][1:7] == (9, 72, 122, pytest.approx(72 / 122), 112_000, 172_000)
    assert rows["GERIAP"][2:4] == (28, 35)
    total = rows["Tổng cộng"]
    assert total[2:4] == (72 + 149 + 103 + 28, 122 + 456 + 122 + 35)
    assert total[5] == 112_000 + 286_400 + 21_000 + 274_000
    assert same(rows["CP-EE"][7], summary.programme_summary(demo_db, "CP-EE").totals.co2_t)
    assert rows["CP-EE"][8] == 3_300


def test_programme_resources_in_summary_units(programme_book) -> None:
    sheet = programme_book["CP-EE tài nguyên"]
    values = {r[0]: (r[1], r[2]) for r in _rows(sheet)}
    assert values["Điện"] == (pytest.approx(2_570), "MWh/năm")
    assert values["Nước"] == (pytest.approx(93_200), "m³/năm")


def test_sheet_names_are_valid_and_unique() -> None:
    taken: set[str] = set()
    names = [sheet_name("Cân bằng nước: hiệu chỉnh [m³/năm] theo công đoạn", taken) for _ in range(3)]
    assert names[1].endswith(" (2)")
    assert names[2].endswith(" (3)")
    assert len(set(names)) == 3
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)
