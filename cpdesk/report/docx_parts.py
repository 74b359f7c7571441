"""The pieces of a Word document python-docx has no call for: fields, styles, language.

python-docx writes paragraphs, runs, tables, pictures and sections. A report also needs
fields (page numbers, caption numbers, a table of contents that Word fills), a header row that
repeats across pages, shaded cells, the document's language for spell-checking, and the styles
a centre restyles in its template. Each is a few elements set through python-docx's own
element classes here, never a document written by hand.

:data:`STYLES` names every style the report uses; :func:`ensure_styles` adds those a template
lacks, with cpdesk's look, and leaves those it has alone, so a centre's template decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

#: Language tags of the report languages, as Word's proofing tools name them.
LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-GB"}
#: The font of cpdesk's own styles: on every Windows and Office, with every Vietnamese letter.
FONT = "Arial"
ACCENT = RGBColor(0x1F, 0x4E, 0x79)
MUTED = RGBColor(0x61, 0x6E, 0x7C)
ACCENT_FILL = "1F4E79"
ACCENT_LIGHT_FILL = "E8EEF5"
ZEBRA_FILL = "F4F6F8"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


@dataclass(frozen=True)
class WordStyles:
    """The report's paragraph styles by the names the sections use (as
    :class:`cpdesk.report.theme.Styles` does for the PDF), each a style of the document."""

    body: str = "Normal"
    small: str = "cpdesk Small"
    muted: str = "cpdesk Muted"
    note: str = "cpdesk Note"
    caption: str = "Caption"
    h1: str = "Heading 1"
    h2: str = "Heading 2"
    h3: str = "Heading 3"
    cover_title: str = "Title"
    cover_subtitle: str = "Subtitle"
    cover_company: str = "cpdesk Company"
    kpi_value: str = "cpdesk Key Figure"
    kpi_label: str = "cpdesk Key Figure Label"
    cell: str = "cpdesk Table Text"
    head: str = "cpdesk Table Heading"
    contents: str = "TOC Heading"


#: name -> (based on, size in points, bold, italic, colour or None): cpdesk's look of each style
#: it adds to a template that lacks it.
STYLES: dict[str, tuple[str | None, float, bool, bool, RGBColor | None]] = {
    "Normal": (None, 10, False, False, None),
    "Title": ("Normal", 22, True, False, ACCENT),
    "Subtitle": ("Normal", 14, False, False, None),
    "Heading 1": ("Normal", 15, True, False, ACCENT),
    "Heading 2": ("Normal", 12, True, False, ACCENT),
    "Heading 3": ("Normal", 10.5, True, False, None),
    "TOC Heading": ("Heading 1", 15, True, False, ACCENT),
    "Caption": ("Normal", 8.5, False, True, MUTED),
    "cpdesk Small": ("Normal", 8.5, False, False, None),
    "cpdesk Muted": ("cpdesk Small", 8.5, False, False, MUTED),
    "cpdesk Note": ("cpdesk Small", 8.5, False, True, MUTED),
    "cpdesk Company": ("Normal", 13, True, False, None),
    "cpdesk Key Figure": ("Normal", 13, True, False, ACCENT),
    "cpdesk Key Figure Label": ("cpdesk Small", 8, False, False, MUTED),
    "cpdesk Table Text": ("Normal", 8, False, False, None),
    "cpdesk Table Heading": ("cpdesk Table Text", 8, True, False, RGBColor(0xFF, 0xFF, 0xFF)),
}
#: The styles that stay on one paragraph with the next (headings and captions above a table).
_WITH_NEXT = ("Heading 1", "Heading 2", "Heading 3", "TOC Heading")


def ensure_styles(document: Document, lang: str, *, restyle: bool = False) -> None:
    """Add the styles the report uses that ``document`` lacks, and set its language;
    ``restyle`` gives the styles it has cpdesk's look too (the shipped template is made so)."""
    styles = document.styles
    present = {s.name for s in styles}
    for name, (base, size, bold, italic, colour) in STYLES.items():
        if name in present and not restyle:
            continue
        style = styles[name] if name in present else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if base is not None:
            style.base_style = styles[base]
        style.quick_style = True
        font = style.font
        font.name, font.size, font.bold, font.italic = FONT, Pt(size), bold, italic
        font.color.rgb = colour
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), FONT)
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(attribute), None)
        if name in _WITH_NEXT:
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12)
        elif name.startswith(("cpdesk Table", "cpdesk Key")):
            style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(1)
    set_language(document, lang)


def set_language(document: Document, lang: str) -> None:
    """The language of every run that does not say otherwise: Word checks the spelling in it."""
    tag = LANGUAGE_TAGS[lang]
    root = document.styles.element
    defaults = root.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        root.insert(0, defaults)
    run_defaults = _child(_child(defaults, "w:rPrDefault"), "w:rPr")
    language = _child(run_defaults, "w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), tag)


def document_language(document: Document) -> str | None:
    """The language tag the document's defaults set (what a test reads back)."""
    found = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    language = None if found is None else found.find(qn("w:lang"))
    return None if language is None else language.get(qn("w:val"))


def _child(parent: Any, tag: str) -> Any:
    found = parent.find(qn(tag))
    if found is None:
        found = OxmlElement(tag)
        parent.append(found)
    return found


def clean(text: object) -> str:
    """User text as a document may hold it: what XML cannot carry is dropped, a tab is a
    space; line breaks stay (python-docx writes them as breaks)."""
    value = "" if text is None else str(text)
    return _CONTROL.sub("", value).replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n")


def add_text(paragraph: Paragraph, text: str) -> Run:
    """A run of ``text`` at the end of ``paragraph``: ``paragraph.add_run(text)`` as Word reads
    it, without python-docx clearing the new, empty run first (an XPath query a run, most of
    the time a table cell costs). Text with line breaks goes the library's way."""
    if "\n" in text:
        return paragraph.add_run(text)
    run = paragraph.add_run()
    if text:
        run._r.add_t(text)
    return run


def set_paragraph_style(p: Any, style_id: str) -> None:
    """The paragraph element ``p`` in the style ``style_id`` (what ``Paragraph.style = ...``
    writes, a few times faster): ``w:pPr`` is a paragraph's first child, ``w:pStyle`` the
    first child of that."""
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        p.insert(0, ppr)
    pstyle = ppr.find(qn("w:pStyle"))
    if pstyle is None:
        pstyle = OxmlElement("w:pStyle")
        ppr.insert(0, pstyle)
    pstyle.set(qn("w:val"), style_id)


def add_field(paragraph: Paragraph, instruction: str, shown: str = "") -> None:
    """A field (PAGE, NUMPAGES, SEQ Figure, TOC ...) with the result Word shows until it updates."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    run._r.append(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(_fld_char("separate"))
    add_text(paragraph, shown)
    paragraph.add_run()._r.append(_fld_char("end"))


def _fld_char(kind: str) -> Any:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def update_fields_on_open(document: Document) -> None:
    """Ask Word to fill the fields (contents, page count) when the document is opened."""
    settings = document.settings.element
    update = settings.find(qn("w:updateFields"))
    if update is None:
        update = OxmlElement("w:updateFields")
        settings.append(update)
    update.set(qn("w:val"), "true")


def repeat_as_header(row: _Row) -> None:
    """The row repeats at the top of each page the table runs onto, and never splits."""
    properties = row._tr.get_or_add_trPr()
    for tag in ("w:tblHeader", "w:cantSplit"):
        element = OxmlElement(tag)
        element.set(qn("w:val"), "true")
        properties.append(element)


def shade(cell: _Cell, fill: str) -> None:
    """The cell's background colour (hex, no '#')."""
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


class _Markup(HTMLParser):
    """The report's own paragraph markup (<b>, <i>, <font color>, <br/>, entities) as runs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[tuple[str, bool, bool, str | None]] = []
        self._bold = self._italic = 0
        self._colours: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "b":
            self._bold += 1
        elif tag == "i":
            self._italic += 1
        elif tag == "font":
            self._colours.append(dict(attrs).get("color"))
        elif tag == "br":
            self.runs.append(("\n", False, False, None))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.runs.append(("\n", False, False, None))

    def handle_endtag(self, tag: str) -> None:
        if tag == "b":
            self._bold = max(0, self._bold - 1)
        elif tag == "i":
            self._italic = max(0, self._italic - 1)
        elif tag == "font" and self._colours:
            self._colours.pop()

    def handle_data(self, data: str) -> None:
        colour = next((c for c in reversed(self._colours) if c), None)
        self.runs.append((data, self._bold > 0, self._italic > 0, colour))


def markup_runs(markup: str) -> Iterator[tuple[str, bool, bool, str | None]]:
    """(text, bold, italic, colour "#rrggbb" or None) of each piece of report markup."""
    parser = _Markup()
    parser.feed(markup)
    parser.close()
    yield from parser.runs


def add_markup(paragraph: Paragraph, markup: str) -> None:
    """Report markup as formatted runs of ``paragraph``."""
    for text, bold, italic, colour in markup_runs(markup):
        run = add_text(paragraph, clean(text))
        if bold:
            run.bold = True
        if italic:
            run.italic = True
        if colour and re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
            run.font.color.rgb = RGBColor.from_string(colour[1:].upper())
