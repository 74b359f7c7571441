"""The user guide on paper: a PDF with contents, in both languages, every letter in the fonts."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from cpdesk.core import user_guide
from cpdesk.report import guide_pdf
from cpdesk.report.fonts import missing_glyphs, register_fonts
from cpdesk.services.reports.guide_report import write_guide
from tests.report.helpers import fonts_of, pdf_pages, squash


def _letters(text: str) -> set[str]:
    return {c for c in unicodedata.normalize("NFC", text) if c.isalpha() and not c.isascii()}


@pytest.fixture(scope="module", params=user_guide.LANGS)
def built(request: pytest.FixtureRequest) -> tuple[str, bytes]:
    return request.param, guide_pdf.build(request.param)


def test_the_guide_prints_with_contents_and_every_chapter(built: tuple[str, bytes]) -> None:
    lang, pdf = built
    pages = [squash(p) for p in pdf_pages(pdf)]
    assert ("Mụclục" if lang == "vi" else "Contents") in pages[0]
    # the contents go on while a page has its dotted leaders (two pages for the whole guide)
    listed = next(n for n, page in enumerate(pages) if "....." not in page)
    assert 1 <= listed < len(pages)
    contents, body = "".join(pages[:listed]), pages[listed:]
    titles = [user_guide.headings(user_guide.page_text(c, lang))[0].text for c in user_guide.chapters(lang)]
    for number, title in enumerate(titles, start=1):
        assert f"{number}.{squash(title)}" in contents, title
        assert any(f"{number}.{squash(title)}" in p for p in body), title
    # a chapter starts a page: the body pages are more than the chapters
    assert len(pages) > len(titles)


def test_every_vietnamese_letter_of_the_guide_prints_in_embedded_fonts(built: tuple[str, bytes]) -> None:
    lang, pdf = built
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVu" in name for name in fonts), fonts
    text = "".join(user_guide.page_text(c, lang) for c in user_guide.chapters(lang))
    letters = _letters(text)
    if lang == "vi":
        assert len(letters) > 40  # the guide reads in Vietnamese, not in stripped accents
        assert {"ă", "â", "đ", "ê", "ô", "ơ", "ư", "ạ", "ả", "ấ", "ệ", "ộ", "ữ"} <= letters
    family = register_fonts()
    for face in (family.regular, family.bold, family.italic, family.bold_italic):
        assert missing_glyphs("".join(letters), face) == set()
    printed = _letters("".join(pdf_pages(pdf)))
    assert letters <= printed, letters - printed


def test_inline_marks_become_report_markup() -> None:
    assert guide_pdf.inline("**Tệp → Cài đặt…** and *guided* <b>") == (
        "<b>Tệp → Cài đặt…</b> and <i>guided</i> &lt;b&gt;"
    )
    assert guide_pdf.inline("`2,57` or 2 * 3 * 4") == "<font color='#1e6e6a'>2,57</font> or 2 * 3 * 4"


def test_written_as_a_pdf_only(tmp_path: Path) -> None:
    from cpdesk.core.errors import CpdeskError

    steps: list[float] = []
    path = write_guide(tmp_path / "guide.pdf", "vi", progress=lambda f, _m: steps.append(f))
    assert path.read_bytes().startswith(b"%PDF")
    assert steps[-1] == 1.0 and steps == sorted(steps)
    with pytest.raises(CpdeskError, match=r"\.pdf"):
        write_guide(tmp_path / "guide.docx", "vi")
    assert not (tmp_path / "guide.docx").exists()
