"""The user guide on paper: every chapter of the guide as one PDF, with its contents.

The guide's Markdown (read by :mod:`cpdesk.core.user_guide` as blocks) becomes the calls of
a report's :class:`~cpdesk.report.story.Story`: a page's title a numbered chapter (h1), its
sections h2 and h3, paragraphs, list items with a bullet, pictures scaled to the text's width
with their caption. Inline ``**bold**``, ``*italic*`` and ```code``` become the paragraph
markup of the report's fonts, so every Vietnamese letter prints in the embedded faces.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph

from cpdesk.core import user_guide
from cpdesk.core.user_guide import Block
from cpdesk.report.document import BuildHooks, Heading, PageFurniture, render_pdf
from cpdesk.report.i18n import I18n
from cpdesk.report.markup import escape
from cpdesk.report.story import Story

#: A picture at most this share of the text's width (a 1366 × 768 window reads at 85 %).
PICTURE_WIDTH = 0.85
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")


def inline(text: str) -> str:
    """A line of the guide's Markdown as report markup: escaped, bold, italic, code."""
    markup = escape(text)
    markup = _CODE.sub(lambda m: f"<font color='#1e6e6a'>{m[1]}</font>", markup)
    markup = _BOLD.sub(r"<b>\1</b>", markup)
    return _ITALIC.sub(r"<i>\1</i>", markup)


def add_page(story: Story, chapter: str, lang: str, *, new_page: bool = True) -> None:
    """One chapter of the guide added to ``story``, on a new page unless told otherwise."""
    for block in user_guide.blocks(user_guide.page_text(chapter, lang)):
        _add_block(story, block, chapter, lang, new_page)


def _add_block(story: Story, block: Block, chapter: str, lang: str, new_page: bool) -> None:
    if block.kind == "heading":
        if block.level == 1:
            story.h1(block.text, new_page=new_page)
        else:
            (story.h2 if block.level == 2 else story.h3)(block.text)
    elif block.kind == "paragraph":
        story.markup(inline(block.text))
    elif block.kind == "item":
        story.add(Paragraph(inline(block.text), _item_style(story), bulletText="•"))
    else:
        parts = _picture(user_guide.picture_file(chapter, lang, block.target), block.text, story)
        if story.flowables and isinstance(story.flowables[-1], Heading):
            parts.insert(0, story.flowables.pop())  # a heading never ends a page above its picture
        story.add(KeepTogether(parts))


def _item_style(story: Story) -> ParagraphStyle:
    """The body text indented for a bullet drawn in the body's font (reportlab's is Helvetica)."""
    body = story.styles.body
    return ParagraphStyle("guide_item", body, leftIndent=12, bulletIndent=2, bulletFontName=body.fontName)


def _picture(path: Path, caption: str, story: Story) -> list[Flowable]:
    """A picture scaled to fit the text's width and under half the page's height, captioned."""
    w, h = ImageReader(str(path)).getSize()
    scale = min(story.width * PICTURE_WIDTH / w, story.height * 0.45 / h)
    return [Image(str(path), width=w * scale, height=h * scale), Paragraph(inline(caption), story.styles.caption)]


def build(lang: str, hooks: BuildHooks | None = None, printed_on: date | None = None) -> bytes:
    """The whole guide in ``lang`` as a PDF: its title and contents, then every chapter."""
    hooks = hooks or BuildHooks()
    t = I18n(lang)
    story = Story(t)
    title = user_guide.TITLE[t.lang]
    story.add(Paragraph(escape(title), story.styles.cover_title))
    contents_at = story.mark()
    names = user_guide.chapters(t.lang)
    for done, chapter in enumerate(names):
        hooks.check()
        # the contents, inserted before the first chapter, end with their own page break
        add_page(story, chapter, t.lang, new_page=done > 0)
        hooks.report((done + 1) / len(names) * 0.5)
    story.insert_contents(contents_at)
    furniture = PageFurniture(
        header_left="cpdesk",
        header_right=title,
        footer_left=t("footer", date=t.date(printed_on or date.today())),
        page_label=t("page_label"),
    )
    return render_pdf(story.flowables, furniture, hooks, title=title, subject=title, lang=t.lang)
