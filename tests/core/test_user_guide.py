"""The user guide: every page in both languages with the same headings, every picture there.

The pages are read where the package ships them (``cpdesk.resources``), as the help window
and the printed guide read them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cpdesk.core import user_guide
from cpdesk.core.user_guide import Block

#: The chapters the guide is made of, in order; a page added or renamed is added here.
CHAPTERS = [
    "01-getting-started",
    "02-assessment",
    "03-measuring",
    "04-balances",
    "05-options",
    "06-reports",
    "07-centre",
    "08-trainers",
    "09-questions",
]
#: The chapters written in full this far; the others say they are still to be written.
COMPLETE = {
    "01-getting-started",
    "02-assessment",
    "03-measuring",
    "04-balances",
    "05-options",
    "06-reports",
    "07-centre",
    "08-trainers",
    "09-questions",
}


def test_every_page_exists_in_both_languages() -> None:
    assert user_guide.chapters("vi") == CHAPTERS
    assert user_guide.chapters("en") == CHAPTERS


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_both_languages_have_the_same_headings(chapter: str) -> None:
    vi = user_guide.headings(user_guide.page_text(chapter, "vi"))
    en = user_guide.headings(user_guide.page_text(chapter, "en"))
    assert [h.level for h in vi] == [h.level for h in en]
    assert [h.level for h in en][:1] == [1]
    assert sum(h.level == 1 for h in en) == 1  # one title per page
    slugs = [h.slug for h in en]
    assert len(slugs) == len(set(slugs)), "two headings of a page would share an anchor"
    # a heading left untranslated would read the same in both (names such as "PDF" aside)
    assert {h.text for h in vi if len(h.text) > 5}.isdisjoint(h.text for h in en)


@pytest.mark.parametrize("lang", user_guide.LANGS)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_picture_a_page_names_exists_in_its_language(chapter: str, lang: str) -> None:
    for target in user_guide.pictures(user_guide.page_text(chapter, lang)):
        assert user_guide.picture_file(chapter, lang, target).is_file(), f"{lang}/{chapter}: {target}"
        other = "en" if lang == "vi" else "vi"
        assert not target.removesuffix(".png").endswith(f"-{other}"), f"{lang}/{chapter} shows a {other} picture"


@pytest.mark.parametrize("lang", user_guide.LANGS)
def test_drafts_say_so_and_complete_chapters_do_not(lang: str) -> None:
    drafts = {c for c in CHAPTERS if user_guide.is_draft(user_guide.page_text(c, lang))}
    assert drafts == set(CHAPTERS) - COMPLETE
    for chapter in drafts:
        assert user_guide.DRAFT_MARK[lang] in user_guide.page_text(chapter, lang)


def test_an_anchor_names_the_heading_at_the_same_place_in_vietnamese() -> None:
    assert user_guide.heading_at("03-measuring", "importing-a-logger-file", "en")[1].text == "Importing a logger file"
    place, heading = user_guide.heading_at("03-measuring", "importing-a-logger-file", "vi")
    assert (place, heading.text) == (4, "Nhập tệp của bộ ghi dữ liệu")
    with pytest.raises(KeyError):
        user_guide.heading_at("03-measuring", "no-such-heading", "vi")
    with pytest.raises(KeyError):
        user_guide.page_text("10-missing", "en")
    with pytest.raises(KeyError):
        user_guide.chapters("fr")


def test_slugs_are_githubs() -> None:
    assert user_guide.slug("The window's parts") == "the-windows-parts"
    assert user_guide.slug("Word with the centre's template") == "word-with-the-centres-template"
    assert user_guide.slug("Step 1: Getting started") == "step-1-getting-started"


def test_blocks_of_the_markdown_the_guide_uses() -> None:
    text = (
        "# Title\n\nA paragraph\non two lines.\n\n- an item\n  continued\n- **second**\n\n"
        "![A caption](../pictures/x-en.png)\n\n## Part\nText right under.\n"
    )
    assert user_guide.blocks(text) == [
        Block("heading", "Title", level=1),
        Block("paragraph", "A paragraph on two lines."),
        Block("item", "an item continued"),
        Block("item", "**second**"),
        Block("picture", "A caption", target="../pictures/x-en.png"),
        Block("heading", "Part", level=2),
        Block("paragraph", "Text right under."),
    ]


def test_the_guides_index_links_every_page_in_both_languages() -> None:
    root = Path(__file__).resolve().parents[2]
    index = root / "docs" / "guide" / "README.md"
    links = re.findall(r"\]\(([^)\s]+)\)", index.read_text(encoding="utf-8"))
    for link in links:
        assert (index.parent / link).resolve().is_file(), link
    linked = {(Path(link).parent.name, Path(link).stem) for link in links if "resources/guide" in link}
    assert linked == {(lang, chapter) for lang in user_guide.LANGS for chapter in CHAPTERS}


def test_every_picture_the_package_carries_for_the_guide_is_shown() -> None:
    shown = {
        user_guide.picture_file(chapter, lang, target).name
        for lang in user_guide.LANGS
        for chapter in CHAPTERS
        for target in user_guide.pictures(user_guide.page_text(chapter, lang))
    }
    carried = {p.name for p in (user_guide.guide_dir() / "pictures").iterdir()}
    assert carried == shown
