"""The assessment and programme summaries as Word documents: the PDF's content, made to edit.

Each document is read back with python-docx: its headings are the PDF's headings in the same
order (the sections are written once, for both), the demo's known figures are in its tables,
every chart is a picture, the language is set for spell-checking, user text is kept as typed,
a centre's template decides the look, and a template that is not one changes nothing.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from pathlib import Path

import docx
import pytest

from cpdesk.core.errors import CpdeskError
from cpdesk.report import assessment_pdf, word
from cpdesk.report.document import BuildHooks, Heading, _walk
from cpdesk.report.docx_parts import document_language
from cpdesk.report.i18n import I18n
from cpdesk.services.reports import assessment_report, programme_report
from cpdesk.services.reports.building import build_report
from tests.report.test_programme_and_worksheets import CP_EE


@pytest.fixture(scope="module")
def textile(demo_db, textile_id):
    return assessment_report.assessment_report_data(demo_db, textile_id)


@pytest.fixture(scope="module")
def documents(textile):
    """The textile assessment's summary in both languages, as python-docx reads it back."""
    made = {lang: word.assessment(textile, I18n(lang), BuildHooks()) for lang in ("vi", "en")}
    return {lang: docx.Document(io.BytesIO(content)) for lang, content in made.items()}


def _headings(document, levels=("Heading 1", "Heading 2")) -> list[tuple[int, str]]:
    return [(levels.index(p.style.name), p.text) for p in document.paragraphs if p.style.name in levels]


def _table_texts(document) -> str:
    return " ".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_headings_are_the_pdfs_in_the_same_order(textile, documents, lang) -> None:
    story = assessment_pdf.story_of(textile, I18n(lang))
    printed = [
        (f.toc_level, f.toc_title)
        for top in story.flowables
        for f in _walk(top)
        if isinstance(f, Heading) and f.in_toc and f.toc_level <= 1
    ]
    assert len(printed) > 10
    assert _headings(documents[lang]) == printed


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_demo_assessments_figures_are_in_its_tables(textile, documents, lang) -> None:
    key = textile.key
    t = I18n(lang)
    cells = _table_texts(documents[lang])
    for figure in (t.money(key.investment, key.currency), t.money(key.annual_savings, key.currency)):
        assert figure in cells
    assert ("454.000.000" if lang == "vi" else "454,000,000") in cells  # by hand: the demo's invested VND
    # every option of the assessment is a row of the options table, by its title
    assert all(o.title in cells for o in textile.detail.options)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_chart_is_a_picture_with_a_numbered_caption(textile, documents, lang) -> None:
    story = assessment_pdf.story_of(textile, I18n(lang))
    figures = story._figures
    document = documents[lang]
    assert figures >= 4
    assert len(document.inline_shapes) == figures + len(textile.photos)
    captions = [p for p in document.paragraphs if p.style.name == "Caption" and "SEQ Figure" in p._p.xml]
    assert len(captions) == figures
    first = "Hình 1. " if lang == "vi" else "Figure 1. "
    assert captions[0].text.startswith(first)


def test_the_document_says_its_language_for_spell_checking(documents) -> None:
    assert document_language(documents["vi"]) == "vi-VN"
    assert document_language(documents["en"]) == "en-GB"
    assert documents["vi"].core_properties.language == "vi-VN"


def test_the_header_row_repeats_and_the_contents_and_page_numbers_are_fields(documents) -> None:
    document = documents["vi"]
    headed = [t for t in document.tables if t.rows[0].cells[0].paragraphs[0].style.name == "cpdesk Table Heading"]
    assert len(headed) > 10
    assert all("w:tblHeader" in table.rows[0]._tr.xml for table in headed)
    body = document.element.body.xml
    assert 'TOC \\o "1-3"' in body
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    # the cover goes without header and footer; the landscape pages (flow chart, Sankey) not
    sections = document.sections
    assert len(sections) >= 3 and sections[0].different_first_page_header_footer
    assert not any(s.different_first_page_header_footer for s in sections[1:])
    assert document.settings.element.xml.count("updateFields") == 1


def test_user_text_is_kept_as_typed(textile) -> None:
    typed = 'Nồng độ COD < 150 mg/L & pH "7,5" <b>đạt</b>; xử lý\tlại'
    data = dataclasses.replace(textile, notes=typed)
    document = docx.Document(io.BytesIO(word.assessment(data, I18n("vi"), BuildHooks())))
    assert typed.replace("\t", " ") in [p.text for p in document.paragraphs]


def test_the_programme_summary_shows_the_seeds_table_2_row(demo_db) -> None:
    data = programme_report.programme_report_data(demo_db, ["CP-EE"])
    for lang in ("vi", "en"):
        document = docx.Document(io.BytesIO(word.programme(data, I18n(lang), BuildHooks())))
        text = _table_texts(document) + " ".join(p.text for p in document.paragraphs)
        assert [v for v in CP_EE[lang] if v not in text] == []
        assert len(document.inline_shapes) == 1  # the chart of money by option category


def test_a_centres_template_decides_the_look_and_keeps_its_header(textile, tmp_path) -> None:
    template = docx.Document()
    heading = template.styles["Heading 1"]
    heading.font.size = docx.shared.Pt(20)
    heading.font.color.rgb = docx.shared.RGBColor(0x8B, 0x00, 0x00)
    template.sections[0].header.paragraphs[0].text = "TRUNG TÂM SẢN XUẤT SẠCH VIỆT NAM"
    template.add_paragraph("This text of the template's body is replaced.")
    path = tmp_path / "centre.docx"
    template.save(path)
    document = docx.Document(io.BytesIO(word.assessment(textile, I18n("vi"), BuildHooks(), path)))
    style = document.styles["Heading 1"]
    assert style.font.size == docx.shared.Pt(20) and str(style.font.color.rgb) == "8B0000"
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header[0] == "TRUNG TÂM SẢN XUẤT SẠCH VIỆT NAM" and "Phú An" in header[1]
    assert "This text of the template's body is replaced." not in [p.text for p in document.paragraphs]
    assert "cpdesk Table Text" in [s.name for s in document.styles]  # what it lacked, added


def test_the_shipped_template_has_every_style_the_report_uses() -> None:
    from cpdesk.report.docx_parts import STYLES

    document = word.open_template(None)
    assert set(STYLES) <= {s.name for s in document.styles}
    assert round(document.sections[0].page_width.mm) == 210  # A4, as the PDF


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (120 * 2**20))
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: (p.write_bytes(b"%PDF-1.7 not a Word file"), p)[1], "is not a Word document"),
        (lambda p: (p.write_bytes(b"PK\x03\x04broken"), p)[1], "is not a Word document"),
        (_zip_bomb, "unpacks to more than 100 MiB"),
        (lambda p: p.parent / "missing.docx", "cannot read the template"),
    ],
)
def test_a_template_that_is_not_one_is_refused_and_nothing_is_written(demo_db, textile_id, tmp_path, make, reason):
    template = make(tmp_path / "template.docx")
    target = tmp_path / "summary.docx"
    with pytest.raises(CpdeskError, match=reason) as refused:
        build_report(demo_db, "assessment", textile_id, target, "vi", template=template)
    assert "\n" not in str(refused.value)
    assert list(tmp_path.glob("summary*")) == []
