"""The programme summary reproduces the seed's table 2; worksheets print blank and filled."""

from __future__ import annotations

import pytest

from cpdesk.report import programme_pdf, worksheets_pdf
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.report.model import WorksheetData
from cpdesk.services.reports import assessment_report, programme_report
from tests.report.helpers import fonts_of, pdf_pages, squash

# The seed's table 2 row of CP-EE, in the notation each language prints
CP_EE = {
    "vi": ["72/122", "112.000", "172.000", "2.570 MWh", "93.200 m³", "2.970 t", "286 t", "28 t", "18 t", "3.300"],
    "en": ["72/122", "112,000", "172,000", "2,570 MWh", "93,200 m³", "2,970 t", "286 t", "28 t", "18 t", "3,300"],
}


@pytest.fixture(scope="module")
def cp_ee(demo_db):
    data = programme_report.programme_report_data(demo_db, ["CP-EE"])
    return {lang: pdf_pages(programme_pdf.build(data, I18n(lang), BuildHooks())) for lang in ("vi", "en")}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_cp_ee_page_shows_the_seeds_counts_and_totals(cp_ee, lang) -> None:
    # the programme's figures on its first page; its most frequent option types follow
    assert len(cp_ee[lang]) == 2
    text = squash(cp_ee[lang][0])
    assert [v for v in CP_EE[lang] if squash(v) not in text] == []
    # the CO2 the IPCC defaults and the 2023 grid factor give, beside the reported 3 300 t
    assert squash("10.540 / 3.300" if lang == "vi" else "10,540 / 3,300") in text


def test_several_programmes_get_a_totals_page_first(demo_db) -> None:
    data = programme_report.programme_report_data(demo_db, ["CP-EE", "CP-OHS", "MF-DEMO", "GERIAP"])
    content = programme_pdf.build(data, I18n("en"), BuildHooks())
    pages = pdf_pages(content)
    first = squash(pages[0])
    assert squash("352/735") in first  # 72+149+103+28 of 122+456+122+35
    assert squash("693,400") in first
    assert squash("1,461,700") in first
    codes = [
        next(c for c in ("CP-EE", "CP-OHS", "MF-DEMO", "GERIAP") if squash(f"{c}:") in squash(p))
        for p in pages
        if any(squash(f"{c}:") in squash(p) for c in ("CP-OHS", "MF-DEMO", "GERIAP", "CP-EE"))
    ]
    assert {"CP-EE", "CP-OHS", "MF-DEMO", "GERIAP"} <= set(codes)
    assert all(fonts_of(content).values())


def test_a_selection_of_assessments_has_its_page(demo_db) -> None:
    from cpdesk.services.assessment import assessments

    ids = [a.id for a in assessments.list_assessments(demo_db, "MF-DEMO")][:2]
    data = programme_report.selection_report_data(demo_db, ids)
    text = squash("\n".join(pdf_pages(programme_pdf.build(data, I18n("en"), BuildHooks()))))
    assert squash("Selection of 2 assessments") in text


@pytest.fixture(scope="module")
def worksheets(demo_db, textile_id):
    filled = assessment_report.assessment_report_data(demo_db, textile_id)
    out = {}
    for lang in ("vi", "en"):
        out[("blank", lang)] = pdf_pages(
            worksheets_pdf.build(WorksheetData(None, filled.printed_on), I18n(lang), BuildHooks())
        )
        out[("filled", lang)] = pdf_pages(
            worksheets_pdf.build(WorksheetData(filled, filled.printed_on), I18n(lang), BuildHooks())
        )
    return out


SHEETS_VI = [
    "Danh sách đội SXSH",
    "Công đoạn sản xuất và trọng tâm đánh giá",
    "Sơ đồ quy trình sản xuất",
    "Bảng cân bằng vật liệu, nước và năng lượng",
    "Chi phí dòng thải",
    "Phân tích nguyên nhân phát sinh dòng thải",
    "Danh sách và sàng lọc cơ hội SXSH",
    "Nghiên cứu khả thi",
    "Kế hoạch thực hiện",
    "Theo dõi và đánh giá kết quả",
]


def test_blank_worksheets_have_every_task_and_no_data(worksheets) -> None:
    pages = worksheets[("blank", "vi")]
    text = squash("\n".join(pages))
    assert [s for s in SHEETS_VI if squash(s) not in text] == []
    assert squash("Phú An") not in text
    assert squash("Nguyễn Văn Hùng") not in text
    assert len(pages) == 11  # the cover and one page per sheet
    assert squash("Bước 2, nhiệm vụ 7") in text


def test_filled_worksheets_carry_the_assessment(worksheets) -> None:
    text = squash("\n".join(worksheets[("filled", "vi")]))
    for expected in ("Công ty TNHH Dệt nhuộm Phú An", "Nguyễn Văn Hùng", "Sửa rò rỉ hơi", "450.000", "☒"):
        assert squash(expected) in text, expected
    en = squash("\n".join(worksheets[("filled", "en")]))
    assert squash("Implement directly") in en
    assert squash("450,000") in en
