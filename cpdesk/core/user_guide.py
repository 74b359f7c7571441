"""The user guide's pages: where they are, their headings, their blocks and their pictures.

The guide is written in Markdown, one page per chapter, in ``resources/guide/vi`` and
``resources/guide/en`` (the same file names and the same headings in both languages), with
its pictures in ``resources/guide/pictures``. It ships inside the package, so the help window
(F1) and the printed guide (``cpdesk report guide``) find it offline, installed or frozen.

A place in the guide is a chapter and an anchor: the slug of a heading of the *English* page
("entering-readings"). The Vietnamese page has the same headings in the same order, so the
anchor names the heading at the same position there. The help window and the printed guide
read the pages through this module; it has no Qt and no PDF in it.

Only the Markdown the guide uses is understood: ``#`` headings, paragraphs, ``-`` list items,
a picture alone on its line (``![caption](../pictures/file.png)``), and inline ``**bold**``,
``*italic*`` and ```code```.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

LANGS = ("vi", "en")
#: The language whose headings name the anchors.
ANCHOR_LANG = "en"
#: The guide's title, on the help window and the printed guide's first page.
TITLE = {"vi": "Hướng dẫn sử dụng cpdesk", "en": "cpdesk user guide"}
#: How a chapter still to be written says so, first thing after its title.
DRAFT_MARK = {"vi": "*Chương này đang được viết.*", "en": "*This chapter is still to be written.*"}

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_PICTURE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)\s*$")
_ITEM = re.compile(r"^[-*]\s+(.*)$")


@dataclass(frozen=True)
class Heading:
    """A heading of a page: its level (1 is the page's title), its text and its slug."""

    level: int
    text: str
    slug: str


@dataclass(frozen=True)
class Block:
    """A block of a page, in order: a heading, a paragraph, a list item or a picture.

    ``text`` is the heading's, the paragraph's or the item's text with its inline marks (a
    picture's caption for a picture); ``target`` is a picture's path, relative to the page.
    """

    kind: Literal["heading", "paragraph", "item", "picture"]
    text: str
    level: int = 0
    target: str = ""


def guide_dir() -> Path:
    """The folder of the guide inside the package's resources."""
    return Path(str(resources.files("cpdesk.resources") / "guide"))


def chapters(lang: str = ANCHOR_LANG) -> list[str]:
    """The chapters' names (file names without ``.md``), in the guide's order."""
    return sorted(p.stem for p in (guide_dir() / _lang(lang)).glob("*.md"))


def page_path(chapter: str, lang: str) -> Path:
    """The Markdown file of a chapter in a language."""
    return guide_dir() / _lang(lang) / f"{chapter}.md"


def page_text(chapter: str, lang: str) -> str:
    """The Markdown of a chapter; KeyError naming it when there is no such page."""
    path = page_path(chapter, lang)
    if not path.is_file():
        raise KeyError(f"no page {chapter!r} in the {lang} guide")
    return path.read_text(encoding="utf-8")


def slug(text: str) -> str:
    """The anchor of a heading, as GitHub makes it: lower case, words joined by hyphens."""
    words = re.sub(r"[^\w\s-]", "", text.casefold()).strip()
    return re.sub(r"\s", "-", words)


def headings(text: str) -> list[Heading]:
    """Every heading of a page's Markdown, in order."""
    return [Heading(b.level, b.text, slug(b.text)) for b in blocks(text) if b.kind == "heading"]


def pictures(text: str) -> list[str]:
    """The paths of the pictures a page shows, as written (relative to the page)."""
    return [b.target for b in blocks(text) if b.kind == "picture"]


def picture_file(chapter: str, lang: str, target: str) -> Path:
    """The file a picture's path names, relative to its page."""
    return (page_path(chapter, lang).parent / target).resolve()


def is_draft(text: str) -> bool:
    """Whether a page says, first thing after its title, that it is still to be written."""
    paragraphs = [b.text for b in blocks(text) if b.kind == "paragraph"]
    return bool(paragraphs) and any(paragraphs[0].startswith(mark) for mark in DRAFT_MARK.values())


def heading_at(chapter: str, anchor: str, lang: str) -> tuple[int, Heading]:
    """The position and heading that ``anchor`` (an English heading's slug) names in ``lang``.

    KeyError when the chapter has no such heading, or the page in ``lang`` has fewer headings.
    """
    found = [i for i, h in enumerate(headings(page_text(chapter, ANCHOR_LANG))) if h.slug == anchor]
    if not found:
        raise KeyError(f"no heading {anchor!r} in the chapter {chapter!r}")
    local = headings(page_text(chapter, lang))
    if found[0] >= len(local):
        raise KeyError(f"the {lang} page {chapter!r} lacks the heading {anchor!r}")
    return found[0], local[found[0]]


def blocks(text: str) -> list[Block]:
    """A page's Markdown as blocks, in order (see the module's note for what is understood)."""
    found: list[Block] = []
    lines: list[str] = []
    kind: Literal["paragraph", "item"] = "paragraph"

    def flush() -> None:
        if lines:
            found.append(Block(kind, " ".join(lines)))
            lines.clear()

    for raw in text.splitlines():
        line = raw.strip()
        heading, picture, item = _HEADING.match(line), _PICTURE.match(line), _ITEM.match(line)
        if not line:
            flush()
        elif heading:
            flush()
            found.append(Block("heading", heading[2], level=len(heading[1])))
        elif picture:
            flush()
            found.append(Block("picture", picture[1], target=picture[2]))
        elif item:
            flush()
            kind = "item"
            lines.append(item[1])
        else:
            if not lines:
                kind = "paragraph"
            lines.append(line)
    flush()
    return found


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise KeyError(f"the guide has no language {lang!r} (vi or en)")
    return lang
