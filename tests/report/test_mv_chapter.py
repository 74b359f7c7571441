"""The assessment summary's chapter on measurement and verification, on the demo textile
plant's 24 months of bills and production (2003 the baseline, November 2004 to October 2005
the reporting period): per carrier the verified saving with its uncertainty, the model's
table, its statistics beside Guideline 14's limits, and three drawings, in the PDF, the Word
document and the workbook alike; no chapter for an assessment without period readings.

The coal figures are the service's (tests/services/test_demo_verified.py): 751 t saved of an
adjusted baseline of 4 594 t (16.3 %), ± 59 t at 90 %, ± 34 t at 68 %; the base load 3.33 t a
day and 1.08 t of coal per t of fabric. Rounded as printed: 751 t ± 59 t, "3,33", "1,08".
"""

from __future__ import annotations

import io

import docx
import pytest
from reportlab.graphics.shapes import Circle, Group

from cpdesk.report import assessment_pdf, assessment_tables, word
from cpdesk.report.document import BuildHooks
from cpdesk.report.drawings import mv as drawings
from cpdesk.report.i18n import I18n
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.reports import assessment_report as reports
from tests.report.helpers import pdf_pages, squash


@pytest.fixture(scope="module")
def data(demo_db, textile_id):
    return reports.assessment_report_data(demo_db, textile_id)


@pytest.fixture(scope="module")
def pages(data):
    return {lang: pdf_pages(assessment_pdf.build(data, I18n(lang), BuildHooks())) for lang in ("vi", "en")}


def _chapter(pages: list[str], heading: str) -> str:
    """The chapter's pages: from its heading (the last page naming it: the contents name it
    first) over the five pages it takes on the demo."""
    start = max(i for i, p in enumerate(pages) if heading in p)
    return "\n".join(pages[start : start + 5])


def test_the_report_data_holds_each_carrier_with_readings(data) -> None:
    by_carrier = {v.carrier: v for v in data.verifications}
    assert sorted(by_carrier) == ["anthracite", "electricity", "water"]
    coal = by_carrier["anthracite"]
    assert coal.drivers == ("production",) and coal.verification is not None
    s = coal.verification.savings
    assert s is not None and s.total_avoided == pytest.approx(751, abs=1)


def test_the_chapter_prints_the_saving_the_model_and_its_limits(pages) -> None:
    vi = squash(_chapter(pages["vi"], "Đo lường và kiểm chứng tiết kiệm"))
    # 751 t ± 59 t at 90 %, 16.3 % of the adjusted baseline of 4 594 t
    assert squash("Tiết kiệm đã kiểm chứng: 751 t ± 59 t ở độ tin cậy 90 %, bằng 16,3 %") in vi
    assert squash("4.594") in vi and squash("3.844") in vi
    assert squash("phụ tải nền (t/ngày)") in vi and "3,33" in vi and "1,08" in vi
    assert squash("≤ 15") in vi and squash("± 5") in vi  # Guideline 14's monthly limits
    assert squash("Đạt tiêu chí ASHRAE Guideline 14: có") in vi
    # electricity's 10 MWh is lost in the bills' scatter: said, not claimed
    assert squash("Chưa chứng minh được tiết kiệm") in vi
    # three drawings for each of the three carriers
    for caption in (
        "theo sản lượng: các kỳ cơ sở",  # the driver by its Vietnamese name, not as stored
        "mức tiêu thụ thực tế và đường cơ sở",
        "CUSUM của tiêu thụ thực tế",
    ):
        assert vi.count(squash(caption)) == 3, caption
    en = squash(_chapter(pages["en"], "Measurement and verification of savings"))
    assert squash("Verified saving: 751 t ± 59 t at 90 % confidence, 16.3 %") in en
    assert squash("Saving not demonstrated") in en and squash("Uncertainty at 68 % confidence") in en


def test_the_word_document_and_the_workbook_carry_the_chapter(data) -> None:
    document = docx.Document(io.BytesIO(word.assessment(data, I18n("en"), BuildHooks())))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Measurement and verification of savings" in text
    assert "Verified saving: 751 t ± 59 t at 90 % confidence" in text
    tables = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "base load (t/day)" in tables
    titles = [spec.title for spec in assessment_tables.all_tables(data, I18n("vi"))]
    assert "Mô hình đường cơ sở của Than antraxit theo sản lượng" in titles
    assert "Tiết kiệm Nước đã kiểm chứng trong kỳ báo cáo" in titles


def test_the_drawings_show_every_period(data) -> None:
    coal = next(v for v in data.verifications if v.carrier == "anthracite").verification
    t = I18n("vi")
    scatter = drawings.scatter(coal, t, 450, "Than", "production")
    assert scatter is not None
    # 12 baseline and 12 reporting months (the month of the last option's installation,
    # October 2004, is in neither: 24 bills, not 25)
    assert _count(scatter, Circle) == 24
    assert _count(drawings.over_time(coal, t, 450, "Than"), Circle) == 24
    assert _count(drawings.cusum(coal, t, 450), Circle) == 24


def _count(node: object, kind: type) -> int:
    if isinstance(node, kind):
        return 1
    return sum(_count(child, kind) for child in getattr(node, "contents", []) if isinstance(child, Group | kind))


def test_no_chapter_without_period_readings(demo_db) -> None:
    company = catalogue.create_company(demo_db, name="Giấy Hoà Bình", sector="paper")
    plain = assessments.create_assessment(demo_db, company_id=company.id, title="SXSH giấy", exchange_rate=25_000)
    data = reports.assessment_report_data(demo_db, plain.id)
    assert data.verifications == ()
    text = squash("\n".join(pdf_pages(assessment_pdf.build(data, I18n("vi"), BuildHooks()))))
    assert squash("Đo lường và kiểm chứng tiết kiệm") not in text


def test_a_saving_is_rounded_to_its_uncertainty() -> None:
    from cpdesk.report.assessment_mv import with_uncertainty

    # two significant figures of the uncertainty: ± 58.81 -> ± 59 (0 decimals); ± 0.31 -> 2
    # decimals (log10 0.31 = -0.51, floored -1, 1 - (-1) = 2); ± 9 827 -> none
    assert [with_uncertainty(u) for u in (58.81, 0.31, 9827.0, float("inf"))] == [0, 2, 0, 0]
