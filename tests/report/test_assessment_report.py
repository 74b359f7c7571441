"""The assessment summary of the demo plant, built once per language and read back with pypdf.

The figures checked are the hand calculations of the demo data (resources/demo/textile.json,
"balance_check": plant water in 450 000 m³, out 437 850 m³, closure 2.7 %) and sums of the
option records worked by hand, printed in each language's notation.
"""

from __future__ import annotations

import re

import pytest

from cpdesk.report.document import BuildHooks
from cpdesk.report.fonts import missing_glyphs
from cpdesk.report.i18n import I18n
from cpdesk.services.reports import assessment_report as reports
from tests.report.helpers import add_photo, fonts_of, pdf_pages, png, squash

PHOTO_CAPTION = "Lò hơi ghi xích <số 2> & ống khói"


@pytest.fixture(scope="module")
def data(demo_db, textile_id):
    add_photo(demo_db, textile_id, PHOTO_CAPTION, png(120, 80), "boiler.png")
    add_photo(demo_db, textile_id, "Bẫy hơi hỏng ở máy nhuộm số 5", png(60, 90, (200, 80, 40)), "trap.png")
    return reports.assessment_report_data(demo_db, textile_id)


@pytest.fixture(scope="module")
def pdf(data):
    from cpdesk.report import assessment_pdf

    return {lang: assessment_pdf.build(data, I18n(lang), BuildHooks()) for lang in ("vi", "en")}


@pytest.fixture(scope="module")
def pages(pdf):
    return {lang: pdf_pages(content) for lang, content in pdf.items()}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        # 48 + 36 + 20 + 92 + 135 + 58 + 65 + 0 million VND invested in the 8 implemented options,
        # 108 + 67.5 + 85 + 71.5 + 180 + 152 + 153 + 52 million VND saved a year
        ("vi", ["454.000.000", "869.000.000", "450.000", "437.850", "12.150", "2,7", "Công ty TNHH Dệt nhuộm Phú An"]),
        ("en", ["454,000,000", "869,000,000", "450,000", "437,850", "12,150", "2.7", "Phú An"]),
    ],
)
def test_key_figures_and_water_balance_in_the_reports_notation(pages, lang, expected) -> None:
    text = squash("\n".join(pages[lang]))
    missing = [e for e in expected if squash(e) not in text]
    assert missing == []


def test_the_summary_names_its_counts(pages) -> None:
    vi = squash(pages["vi"][2])  # the executive summary follows the cover and the contents
    assert squash("Đội SXSH đã xác định 15 cơ hội SXSH, lựa chọn 11 giải pháp và đã thực hiện 8 giải pháp") in vi
    en = squash(pages["en"][2])
    assert squash("identified 15 CP opportunities, selected 11 options and implemented 8") in en


def test_every_section_is_there_in_both_languages(pages) -> None:
    headings = {
        "vi": [
            "Tóm tắt",
            "Sơ đồ quy trình sản xuất",
            "Cân bằng nước",
            "Cân bằng năng lượng",
            "Chi phí dòng thải",
            "Nguyên nhân phát sinh dòng thải",
            "Nghiên cứu khả thi",
            "Thực hiện và theo dõi kết quả",
            "Hình ảnh",
            "Phụ lục A. Số liệu đo đạc",
            "Phụ lục B. Bộ hệ số đã dùng",
        ],
        "en": [
            "Executive summary",
            "Process flow chart",
            "Water balance",
            "Energy balance",
            "Cost of the waste streams",
            "Feasibility of the selected options",
            "Implementation and monitoring",
            "Photos",
            "Annex A. Measurements",
            "Annex B. Factor set used",
        ],
    }
    for lang, titles in headings.items():
        text = squash("\n".join(pages[lang]))
        assert [h for h in titles if squash(h) not in text] == [], lang


def test_contents_page_numbers_point_at_the_headings(pages) -> None:
    """The contents' page numbers are forms filled in at the end of the build: check they are right."""
    contents = pages["en"][1]
    entries = re.findall(r"^(\d+)\. (.+?)[ .]*\.{3,}\s*(\d+)$", contents, flags=re.MULTILINE)
    if not entries:  # extraction may put the number on its own line
        entries = re.findall(r"(\d+)\. ([A-Z][^\n.]+?)\s*\.{3,}\s*(\d+)", contents)
    assert len(entries) >= 9
    for number, title, page in entries:
        assert squash(f"{number}. {title}") in squash(pages["en"][int(page) - 1]), (title, page)


def test_page_numbers_count_all_pages(pages) -> None:
    total = len(pages["vi"])
    assert f"Trang {total}/{total}" in pages["vi"][-1]
    assert f"Page 2 of {len(pages['en'])}" in pages["en"][1]


def test_user_text_and_photos_print_as_typed(pages, pdf) -> None:
    text = "\n".join(pages["vi"])
    assert squash(f"Ảnh 1. {PHOTO_CAPTION}") in squash(text)
    import io

    from pypdf import PdfReader

    images = sum(len(page.images) for page in PdfReader(io.BytesIO(pdf["vi"])).pages)
    assert images == 2


def test_every_font_is_embedded(pdf) -> None:
    for content in pdf.values():
        fonts = fonts_of(content)
        assert fonts, fonts
        assert all(fonts.values()), fonts
        assert all("DejaVuSansCondensed" in name for name in fonts)


def test_every_character_printed_has_a_glyph(pages, data) -> None:
    """No missing-glyph boxes: every character of the Vietnamese report (as extracted through
    the fonts' ToUnicode maps) and of the user's text is in the font's character map."""
    printed = "".join(pages["vi"]) + "".join(pages["en"])
    assert missing_glyphs(printed) == set()
    typed = [data.company.name, data.notes, data.detail.audit_focus]
    typed += [s.name for s in data.detail.streams] + [o.title + o.description for o in data.detail.options]
    typed += [c.description for c in data.causes] + [m.note + m.instrument for m in data.detail.measurements]
    assert missing_glyphs("".join(typed)) == set()


def test_the_unaccounted_share_is_named_one_way(pages) -> None:
    """ "Khép kín 100,0" reads as fully closed, the opposite of an unaccounted share: the
    Vietnamese report calls the column "Chênh lệch, %", the English one "Unaccounted, %"."""
    vi = squash("\n".join(pages["vi"]))
    assert "khépkín" not in vi.lower()
    assert squash("Chênh lệch, %") in vi
    en = squash("\n".join(pages["en"]))
    assert squash("Unaccounted, %") in en
    assert "closure" not in en.lower()
    # The demo's air compressor has no output stream: its energy balance is flagged at 100 %.
    assert squash("Máy nén khí (100,0 %)") in vi
