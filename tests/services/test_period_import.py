"""Importing a table of period readings: the user's notation, the refusals naming the row,
nothing stored from a file with errors unless its rows with errors are skipped, one undo."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from cpdesk.core.messages import render
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, period_import, periods
from cpdesk.services.assessment import companies as catalogue

GOOD = """Từ ngày;Đến ngày;electricity (kWh);production (t);Nguồn
01/01/2025;31/01/2025;93.200;2,57;Hoá đơn EVN
01/02/2025;28/02/2025;88.150;2,31;
"""


@pytest.fixture
def assessment(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    return assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)


def _import(db, assessment, text: str, **options):
    return period_import.import_periods(db, assessment.id, text.encode(), filename="bills.csv", lang="vi", **options)


def test_figures_and_dates_are_read_in_the_users_notation(db, assessment) -> None:
    result = _import(db, assessment, GOOD)
    assert (result.rows, result.stored, result.refused, result.problems) == (2, 4, False, ())
    assert result.variables == ("electricity", "production")
    rows = {(r.variable, r.period_start): r for r in periods.list_periods(db, assessment.id)}
    jan = rows[("electricity", date(2025, 1, 1))]
    assert (jan.value, jan.unit, jan.period_end, jan.source) == (93_200.0, "kWh", date(2025, 1, 31), "Hoá đơn EVN")
    assert rows[("production", date(2025, 1, 1))].value == 2.57
    assert rows[("electricity", date(2025, 2, 1))].source == "bills.csv"  # a row without a source: the file
    editing.apply_all(db, result.undo)  # one undo removes the whole import
    assert periods.list_periods(db, assessment.id) == ()


def test_every_bad_row_is_named_and_nothing_is_stored_unless_skipped(db, assessment) -> None:
    text = """start,end,electricity (kWh),water (m3)
2025-01-01,2025-01-31,93200,2150
2025-02-01,2025-02-28,-5,2000
2025-03-01,2025-03-31,abc,2100
2025-03-01,2025-03-31,90000,2050
2025-04-31,2025-05-31,1,1
2025-07-01,2025-06-30,1,1
2025-07-01,2025-07-31,91000,2010
"""
    refused = _import(db, assessment, text)
    assert refused.refused and refused.stored == 0
    assert periods.list_periods(db, assessment.id) == ()
    found = [(p.row, p.message.code) for p in refused.problems]
    assert found == [
        (3, "mv.import_negative"),  # -5 kWh
        (4, "mv.import_cell"),  # abc
        (5, "mv.period_duplicate"),  # March again, for water (row 4's water was read)
        (6, "mv.import_bad_date"),  # 31 April
        (7, "mv.period_ends_before_start"),
    ]
    assert render(refused.problems[1].message, "en") == "column “electricity (kWh)”: abc cannot be read as a number"
    skipped = _import(db, assessment, text, skip_bad_rows=True)
    assert not skipped.refused
    assert skipped.skipped_rows == (3, 4, 5, 6, 7)
    # kept: January (both), March water from row 4 is gone with its row, July (both)
    stored = [(r.variable, r.period_start.month) for r in periods.list_periods(db, assessment.id)]
    assert stored == [("electricity", 1), ("electricity", 7), ("water", 1), ("water", 7)]
    # and the months missing between them are said, by the row after the gap
    assert {(g.row, g.message.code) for g in skipped.gaps} == {(8, "mv.period_gap")}


def test_a_period_already_stored_is_refused_and_a_gap_alone_asks_for_a_skip(db, assessment) -> None:
    _import(db, assessment, GOOD)
    again = _import(db, assessment, GOOD)
    assert again.refused and [p.row for p in again.problems] == [2, 2, 3, 3]
    # alone, "90.000" may be 90 000 or 90,0 typed in English notation: asked, not guessed
    alone = _import(db, assessment, "Từ ngày;Đến ngày;electricity (kWh)\n01/03/2025;31/03/2025;90.000\n")
    assert alone.refused and alone.problems[0].message.params["problem"].code == "mv.import_ambiguous"
    april = "Từ ngày;Đến ngày;electricity (kWh)\n01/04/2025;30/04/2025;90000\n"
    gap = _import(db, assessment, april)
    assert gap.refused and gap.problems == ()
    assert [(g.row, g.message.code) for g in gap.gaps] == [(2, "mv.period_gap")]
    assert render(gap.gaps[0].message, "vi") == "Điện: thiếu số liệu từ 01/03/2025 đến 31/03/2025"
    assert _import(db, assessment, april, skip_bad_rows=True).stored == 1


def test_a_column_in_a_unit_of_the_wrong_kind_is_named_on_the_header_row(db, assessment) -> None:
    result = _import(db, assessment, "month,electricity (kW),production (t)\n01/2025,5,7\n")
    assert result.refused
    assert [(p.row, p.message.code) for p in result.problems] == [(1, "mv.import_bad_column")]
    assert "kW" in render(result.problems[0].message, "en")
    skipped = _import(db, assessment, "month,electricity (kW),production (t)\n01/2025,5,7\n", skip_bad_rows=True)
    assert skipped.variables == ("production",)


def test_a_workbook_is_read_with_its_typed_dates_and_numbers(db, assessment) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Tháng", "anthracite (tấn)", "production (t)"])
    sheet.append([datetime(2025, 1, 1), 41.5, 410])
    sheet.append(["02/2025", "38,2", 380])
    buffer = io.BytesIO()
    book.save(buffer)
    result = period_import.import_periods(db, assessment.id, buffer.getvalue(), filename="log.xlsx", lang="vi")
    assert result.stored == 4 and not result.refused
    coal = periods.list_periods(db, assessment.id, "anthracite")
    assert [(r.period_start, r.period_end, r.value, r.unit) for r in coal] == [
        (date(2025, 1, 1), date(2025, 1, 31), 41.5, "t"),
        (date(2025, 2, 1), date(2025, 2, 28), 38.2, "t"),
    ]
