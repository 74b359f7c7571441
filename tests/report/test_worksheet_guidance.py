"""Filled worksheets carry the guidance: progress per step on the cover, open points per sheet,
the same findings the workbench and `cpdesk guide` show."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.report import worksheets_pdf
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.report.model import WorksheetData
from cpdesk.services.assessment import assessments, guidance
from cpdesk.services.reports import assessment_report as reports
from tests.report.helpers import pdf_pages, squash
from tests.services.test_guidance import build


def sheets(db, report, lang: str) -> list[str]:
    data = WorksheetData(report, report.printed_on, reports.worksheet_findings(db, report))
    return pdf_pages(worksheets_pdf.build(data, I18n(lang), BuildHooks()))


@pytest.fixture(scope="module")
def demo_pages(demo_db, textile_id):
    report = reports.assessment_report_data(demo_db, textile_id)
    return {lang: sheets(demo_db, report, lang) for lang in ("vi", "en")}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_sheet_lists_the_open_points_of_its_tasks(demo_db, textile_id, demo_pages, lang) -> None:
    found = guidance.findings(demo_db, textile_id)
    assert found  # the demo has some: a compressor with no output stream, four unmeasured streams…
    pages = demo_pages[lang]
    text = squash("\n".join(pages))
    for f in found:
        assert squash(f.message(lang)) in text, f.code
    # Each finding is on the sheet of its task: "4 of 63 streams have no reading" on the balance sheet.
    unmeasured = next(f for f in found if f.code == "streams_unmeasured")
    assert (unmeasured.params["count"], unmeasured.params["total"]) == (4, 63)
    (page,) = [p for p in pages if squash(unmeasured.message(lang)) in squash(p)]
    assert squash("Step 2, task 5" if lang == "en" else "Bước 2, nhiệm vụ 5") in squash(page)
    heading = "Open points (cpdesk's checks)" if lang == "en" else "Điểm còn thiếu hoặc cần xem lại"
    assert squash(heading) in squash(page)


def test_the_cover_shows_progress_per_step(demo_db, textile_id, demo_pages) -> None:
    progress = guidance.progress(demo_db, textile_id)
    cover = squash(demo_pages["vi"][0])
    assert squash("Tiến độ 18 nhiệm vụ") in cover
    for step in progress.steps:
        assert f"{step.done}/{step.total}" in cover
    # Tasks 4, 5 and 10 are marked done in the demo but a check fails: ✗, not ✓.
    assert [t.task_no for t in progress.tasks if t.marked_done and not t.done] == [4, 5, 10]
    assert squash("✓ 1 · ✓ 2 · ✓ 3") in cover
    assert squash("✗ 4 · ✗ 5 · ✓ 6 · ✓ 7") in cover
    assert squash("✗ 10 · ✓ 11 · ✓ 12 · ✓ 13") in cover


def test_a_complete_assessment_has_no_open_point(db) -> None:
    plant = build(db)
    assessments.set_task_status(db, plant.a, 1, "done")
    report = reports.assessment_report_data(db, plant.a)
    pages = sheets(db, report, "en")
    assert len(pages) == 11
    for page in pages[1:]:
        assert squash("No open point: every check passes.") in squash(page)
    assert squash("1. Getting started 1/3") in squash(pages[0])


def test_blank_worksheets_have_neither_progress_nor_open_points() -> None:
    blank = pdf_pages(worksheets_pdf.build(WorksheetData(None, date(2026, 1, 5)), I18n("en"), BuildHooks()))
    text = squash("\n".join(blank))
    assert squash("Open points") not in text
    assert squash("Progress through the 18 tasks") not in text


def test_the_worksheets_use_the_users_closure_tolerance(db) -> None:
    """The report gets its findings from the service, so a tolerance set by the user counts."""
    plant = build(db)
    report = reports.assessment_report_data(db, plant.a)
    strict = {f.code for f in reports.worksheet_findings(db, report)}
    guidance.set_closure_tolerance(db, "water", 100.0)
    guidance.set_closure_tolerance(db, "energy", 100.0)
    lenient = {f.code for f in reports.worksheet_findings(db, report)}
    assert lenient <= strict
    assert lenient == {f.code for f in guidance.findings(db, plant.a)}
