"""User text with markup characters, very long notes and a 200-row option list still build."""

from __future__ import annotations

import io
import shutil
from datetime import date

import pytest
from openpyxl import load_workbook

from cpdesk.report import assessment_tables, worksheets_pdf
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.report.model import WorksheetData
from cpdesk.report.xlsx import workbook_bytes
from cpdesk.services.assessment import assessments, flow, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.reports import assessment_report, building
from cpdesk.services.uow import unit_of_work
from tests.report.helpers import pdf_pages, squash

COMPANY = "A & B <Ltd>"
NOTE_MARKUP = "Check <b>trap 12</b> & <font size=40>valve</font> </para> &amp; ]]>"


def _long_note() -> str:
    words = "Nước ngưng <xả> & thất thoát; " * 110
    return (words + "X" * 1500)[:5000]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, workspace_template):
    from cpdesk.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("hostile") / "w.sqlite"
    shutil.copyfile(workspace_template, path)
    db = open_workspace(path)
    with unit_of_work(db):  # one transaction for the whole set-up: one commit, not 200
        assessment_id = _write(db)
    yield db, assessment_id
    db.close()


def _write(db: object) -> object:
    catalogue.create_programme(db, code="P&<1>", name="Programme <x> & y", name_vi="Chương trình <x> & y")
    company = catalogue.create_company(
        db, name=COMPANY, sector="textile", province="<Hà Nội>", address=_long_note()[:2000]
    )
    a = assessments.create_assessment(
        db,
        company_id=company.id,
        title="Audit <b>2026</b> & co",
        programme_code="P&<1>",
        currency="USD",
        start_date=date(2026, 1, 5),
        end_date=date(2026, 11, 28),
        notes=_long_note(),
        audit_focus=NOTE_MARKUP,
        operating_hours_per_year=8000,
    )
    assessments.add_team_member(db, a.id, name="<script>", organisation="R&D <lab>")
    s1 = flow.add_process_step(db, a.id, name="Step <one> & a very long name " * 3)
    s2 = flow.add_process_step(db, a.id, name="Bước 2 & <hai>", is_focus=True)
    water = flow.add_stream(db, a.id, name="Water <in>", kind="water", carrier="water", target_step_id=s1.id)
    flow.add_stream(
        db, a.id, name="Transfer & co", kind="water", carrier="water", source_step_id=s1.id, target_step_id=s2.id
    )
    flow.add_stream(db, a.id, name="Drain </para>", kind="waste", carrier="wastewater", source_step_id=s2.id)
    flow.record_measurement(
        db, water.id, value=10, unit="m3/h", basis="per_hour", note=_long_note(), instrument="<meter> & co"
    )
    waste = options.add_waste_stream(
        db, a.id, name="Waste <w> & co", annual_quantity=100, unit="m3", loss_value_per_unit=2, note=_long_note()
    )
    options.add_cause(db, waste.id, category="housekeeping", description=_long_note())
    categories = ["good_housekeeping", "process_control", "equipment_modification", "technology_change"]
    statuses = {0: "implemented", 1: "selected", 2: "rejected"}
    for i in range(200):
        status = statuses.get(i % 25, "proposed")  # a long list; a few options go on to feasibility
        options.add_option(
            db,
            a.id,
            code=f"O-{i:03d}",
            title=f"Option {i} <b>bold?</b> & {'long title ' * 4}",
            category=categories[i % 4],
            status=status,
            investment=1000.0 * i,
            annual_savings=500.0 + i,
            description=_long_note() if i % 50 == 0 else f"desc <{i}> &",
            rejection_reason="too <costly> & risky" if status == "rejected" else "",
            savings=[("water", 10 + i, "m3")],
        )
    return a.id


@pytest.fixture(scope="module")
def built(hostile, tmp_path_factory):
    db, assessment_id = hostile
    folder = tmp_path_factory.mktemp("hostile-out")
    pdf = building.build_report(db, "assessment", assessment_id, folder / "vi.pdf", "vi").read_bytes()
    data = assessment_report.assessment_report_data(db, assessment_id)
    worksheets = worksheets_pdf.build(WorksheetData(data, data.printed_on), I18n("en"), BuildHooks())
    programme = building.build_report(db, "programme", "P&<1>", folder / "prog.pdf", "en").read_bytes()
    return {
        "pages": pdf_pages(pdf),
        "xlsx": workbook_bytes(assessment_tables.all_tables(data, I18n("en")), "en"),
        "others": squash("\n".join(pdf_pages(worksheets) + pdf_pages(programme))),
    }


def test_markup_characters_print_as_typed(built) -> None:
    text = squash("\n".join(built["pages"]))
    for typed in (COMPANY, "Audit <b>2026</b> & co", NOTE_MARKUP, "Water <in>", "Drain </para>", "R&D <lab>"):
        assert squash(typed) in text, typed
    assert squash(COMPANY) in built["others"]
    assert squash("Programme <x> & y") in built["others"]


def test_long_notes_and_200_options_are_all_there(built) -> None:
    pages = built["pages"]
    text = squash("\n".join(pages))
    assert all(squash(f"O-{i:03d}") in text for i in range(200))
    assert text.count("X" * 200) >= 3  # the unbroken 1 500-character token, wrapped, not lost
    assert len(pages) > 20


def test_the_workbook_keeps_every_option(built) -> None:
    book = load_workbook(io.BytesIO(built["xlsx"]))
    codes = [row[0] for row in book["Options"].iter_rows(min_row=2, values_only=True) if row[0]]
    assert len([c for c in codes if str(c).startswith("O-")]) == 200
