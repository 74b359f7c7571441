"""The options' savings calculations in the assessment summary: the feasibility section's
table and lines, and annex C with inputs, method and source, in the PDF and the Word document.

On the demo textile plant (7 200 h a year, the steam header "Rò rỉ hơi và bẫy hơi hỏng" at
8 bar(g) and 175 °C, anthracite 26.7 GJ/t in the shipped factor set):

- GH-01, five traps failed open, 4 mm each, boiler 70 %, anthracite at 3 200 000 VND/t:
  0.247 179 kg/h per bar(a)·mm² × 9.013 25 bar(a) × 16 mm² = 35.646 kg/h a trap, × 5 =
  178.23 kg/h; × 7 200 h = 1 283.26 t of steam; × 2 667.43 kJ/kg = 3 423.0 GJ;
  / (0.70 × 26.7 GJ/t) = 183.15 t of anthracite; × 3 200 000 = 586 069 136 VND a year.
- EM-01, 60 m of DN100 pipe (114.3 mm) under 50 mm of insulation (0.045 W/(m·K)), the fluid at
  the header's 175 °C: then the header's temperature is cleared, so the result is kept and
  marked stale.
"""

from __future__ import annotations

import io

import docx
import pytest

from cpdesk.core.calculators.stored import GivenInput
from cpdesk.core.entities import Entity
from cpdesk.report import assessment_pdf, word
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, calculations
from cpdesk.services.reports import assessment_report as reports
from tests.report.helpers import pdf_pages, squash

HEADER = "Rò rỉ hơi và bẫy hơi hỏng"


@pytest.fixture(scope="module")
def data(demo_db, textile_id):
    detail = assessments.show_assessment(demo_db, textile_id)
    by_code = {o.code: o for o in detail.options}
    header = next(s for s in detail.streams if s.name == HEADER)
    hours = GivenInput(7200.0, "h", calculations.OPERATING_HOURS)
    fuel = {
        "boiler_efficiency": GivenInput(70.0, "%"),
        "fuel_calorific_value": GivenInput(26.7, "GJ/t", "fuel.ncv:anthracite"),
    }
    traps = {
        "steam_pressure": GivenInput(8.0, "bar(g)", f"stream.pressure:{header.id}"),
        "orifice_diameter": GivenInput(4.0, "mm"),
        "count": GivenInput(5.0, "1"),
        "operating_hours": hours,
        **fuel,
    }
    pipe = {
        "pipe_diameter": GivenInput(114.3, "mm"),
        "length": GivenInput(60.0, "m"),
        "fluid_temperature": GivenInput(175.0, "°C", f"stream.temperature:{header.id}"),
        "insulation_thickness": GivenInput(50.0, "mm"),
        "insulation_conductivity": GivenInput(0.045, "W/(m·K)"),
        "operating_hours": hours,
        **fuel,
    }
    for code, name, inputs in (("GH-01", "steam_leak", traps), ("EM-01", "pipe_insulation", pipe)):
        option = by_code[code].id
        calc = calculations.preview(demo_db, option, name, inputs, fuel="anthracite", price=3_200_000.0)
        calculations.use_calculation(demo_db, option, calc)
    editing.apply(demo_db, editing.Update(Entity.STREAM, header.id, {"temperature_c": None}))
    calculations.refresh_now(demo_db, textile_id)
    return reports.assessment_report_data(demo_db, textile_id)


@pytest.fixture(scope="module")
def pages(data):
    return {lang: pdf_pages(assessment_pdf.build(data, I18n(lang), BuildHooks())) for lang in ("vi", "en")}


def _page_with(pages: list[str], text: str) -> str:
    return next(squash(page) for page in pages if squash(text) in squash(page))


def test_the_feasibility_section_lists_each_calculation(pages) -> None:
    en = _page_with(pages["en"], "The savings of these options were worked out from the plant")
    assert squash("Steam lost through a failed trap or a leak") in en
    assert squash("Anthracite 183 t/yr") in en  # 183.15 t, to three figures as the report prints quantities
    assert squash("586,069,136") in en
    assert squash("calculated (stale)") in en  # EM-01: its header temperature was cleared
    line = _page_with(pages["en"], "Savings calculation: Steam lost through a failed trap or a leak: Anthracite 183")
    assert squash("worth 586,069,136 VND a year; figures calculated") in line
    insulated = _page_with(pages["en"], "Savings calculation: Pipe insulation")
    assert squash("no longer has the figure for Fluid temperature: the result is the one last computed") in insulated
    vi = _page_with(pages["vi"], "Mức tiết kiệm của các giải pháp này được tính")
    assert squash("586.069.136") in vi and squash("tính toán (cũ)") in vi


def test_annex_c_gives_inputs_method_and_source_to_check_by_hand(pages) -> None:
    annex = squash("\n".join(pages["en"][pages["en"].index(next(p for p in pages["en"] if "Annex C" in p)) :]))
    for expected in (
        "Annex C. Savings calculations",
        "Napier's equation",  # the method, with its published source
        "US DOE, Steam Tip Sheet #1",
        "The assessment's operating hours",  # where each input came from
        f"Pressure of stream {HEADER}",
        "Calorific value of Anthracite (factor set, or measured at the plant)",
        "typed by the auditor",
        "no longer in the assessment",  # EM-01's fluid temperature
        "the result is the one last computed",
        "Anthracite 183 t/yr × price 3,200,000 VND/t (typed by the auditor) = 586,069,136 VND a year",
        "1,283",  # steam lost, t a year
        "114.3",  # an input as given, every decimal
    ):
        assert squash(expected) in annex, expected
    assert any("Phụ lục C. Tính toán tiết kiệm" in page for page in pages["vi"])


def test_the_word_document_has_the_same_annex(data) -> None:
    document = docx.Document(io.BytesIO(word.assessment(data, I18n("en"), BuildHooks())))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "Annex C. Savings calculations" in text
    assert "Napier's equation" in text and "The assessment's operating hours" in cells
    assert "Savings worked out with the calculators" in text or "Steam lost through a failed trap or a leak" in cells


def test_a_calculation_the_assessment_changed_since_is_said_to_be_out_of_date(demo_db, textile_id, data) -> None:
    from cpdesk.services.assessment import assessments as records

    detail = records.show_assessment(demo_db, textile_id)
    option = next(o for o in detail.options if o.code == "GH-01")
    editing.apply(demo_db, editing.Update(Entity.ASSESSMENT, detail.row.id, {"operating_hours_per_year": 6000.0}))
    try:
        later = reports.assessment_report_data(demo_db, textile_id)
        assert later.calculations[option.id].outdated and not data.calculations[option.id].outdated
        text = squash("\n".join(pdf_pages(assessment_pdf.build(later, I18n("en"), BuildHooks()))))
        assert squash("calculated (out of date)") in text
        assert squash("The assessment's figures have changed since this was computed") in text
    finally:  # the module's other tests read the demo as the fixture left it
        editing.apply(demo_db, editing.Update(Entity.ASSESSMENT, detail.row.id, {"operating_hours_per_year": 7200.0}))
