"""A report written as a Word document from the very sections that print the PDF.

:class:`DocxStory` has the methods of :class:`cpdesk.report.story.Story` (headings, text,
tables, figures, the cover's and the key figures' blocks) and writes each as Word does it:
real headings (Heading 1-3, so the navigation pane and a table of contents work), real tables
whose header row repeats across pages, numbers as text in the reader's notation, charts as
pictures at print resolution with Word captions, and named styles throughout. The sections do
not know which of the two they fill.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.section import Section
from docx.shared import Emu, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from reportlab.graphics.shapes import Drawing

from cpdesk.report.docx_parts import (
    ACCENT_FILL,
    ACCENT_LIGHT_FILL,
    ZEBRA_FILL,
    WordStyles,
    add_field,
    add_markup,
    add_text,
    clean,
    repeat_as_header,
    set_paragraph_style,
    shade,
)
from cpdesk.report.drawings import raster
from cpdesk.report.i18n import I18n
from cpdesk.report.pdf_blocks import PHOTO_MAX_H, PHOTOS_PER_ROW, image_size
from cpdesk.report.tabular import Column, Group, TableSpec, format_cell


class DocxStory:
    """The report's content, added to a python-docx document in reading order."""

    def __init__(self, t: I18n, document: Document) -> None:
        self.t = t
        self.document = document
        self.styles = WordStyles()
        self._numbers = [0, 0]
        self._figures = 0
        self._fresh = True
        self._style_ids: dict[str, str] = {}
        # The charts wait beside their paragraphs until :meth:`finish` draws them all.
        self._pictures: list[tuple[Paragraph, Drawing, float]] = []
        self._current: Section | None = None

    # ------------------------------------------------------------------ geometry
    @property
    def _section(self) -> Section:
        """The section being written: the body's last ``w:sectPr``, looked up once (python-docx
        finds it by an XPath over the whole document, which grows with every table)."""
        if self._current is None:
            self._current = self.document.sections[-1]
        return self._current

    def _add_table(self, rows: int, cols: int) -> Table:
        """``Document.add_table`` without its look-up of the last section (an XPath over the
        whole document for each table): the table spans the current section's text width."""
        s = self._section
        text_width = Emu((s.page_width or 0) - (s.left_margin or 0) - (s.right_margin or 0))
        return self.document._body.add_table(rows, cols, text_width)

    @property
    def width(self) -> float:
        """Width of the text on the current page, in points (as the drawings are sized)."""
        s = self._section
        return float(((s.page_width or 0) - (s.left_margin or 0) - (s.right_margin or 0)) / 12700)

    @property
    def height(self) -> float:
        s = self._section
        return float(((s.page_height or 0) - (s.top_margin or 0) - (s.bottom_margin or 0)) / 12700)

    def mark(self) -> int:
        """Where the story is now, for :meth:`insert_contents`."""
        return len(self._blocks())

    def _blocks(self) -> list[Any]:
        body = self.document.element.body
        return [child for child in body.iterchildren() if child.tag != qn("w:sectPr")]

    # ------------------------------------------------------------------ headings
    def h1(self, title: str, *, new_page: bool = True) -> None:
        """A numbered chapter heading ("3. Water balance"), on a new page by default."""
        if new_page:
            self.next_page()
        self._numbers = [self._numbers[0] + 1, 0]
        self._paragraph(f"{self._numbers[0]}. {title}", self.styles.h1)

    def h2(self, title: str) -> None:
        self._numbers[1] += 1
        self._paragraph(f"{self._numbers[0]}.{self._numbers[1]} {title}", self.styles.h2)

    def h3(self, title: str) -> None:
        self._paragraph(title, self.styles.h3)

    def unnumbered(self, title: str, *, new_page: bool = True) -> None:
        """A chapter without a number (annexes) that still shows in the outline."""
        if new_page:
            self.next_page()
        self._paragraph(title, self.styles.h1)

    def insert_contents(self, index: int) -> None:
        """A table of contents of headings 1-3 at ``index``, which Word fills when it opens."""
        blocks = self._blocks()
        heading = self._paragraph(clean(self.t("contents")), self.styles.contents)
        contents = self.document.add_paragraph()
        add_field(contents, 'TOC \\o "1-3" \\h \\z \\u', self.t("contents_update"))
        after = self.document.add_paragraph()
        after.add_run().add_break(WD_BREAK.PAGE)
        anchor = blocks[index] if index < len(blocks) else None
        for block in (heading, contents, after):
            if anchor is not None:
                anchor.addprevious(block._p)

    # ------------------------------------------------------------------ text
    def para(self, text: object, style: object | None = None) -> None:
        """User or report text, as typed."""
        self._paragraph(clean(text), style)

    def markup(self, markup: str, style: object | None = None) -> None:
        """Text in the report's own markup (bold labels, line breaks)."""
        paragraph = self._paragraph("", style)
        add_markup(paragraph, markup)

    def note(self, text: object) -> None:
        self._paragraph(clean(text), self.styles.note)

    def space(self, height: float = 6) -> None:
        """Room below the last paragraph."""
        paragraphs = self.document.paragraphs
        if paragraphs:
            fmt = paragraphs[-1].paragraph_format
            fmt.space_after = Pt(max(height, (fmt.space_after or 0) / 12700))

    def _paragraph(self, text: str, style: object | None) -> Paragraph:
        self._fresh = False
        paragraph = self.document.add_paragraph()
        add_text(paragraph, text)
        self._style(paragraph, str(style or self.styles.body))
        return paragraph

    def _style(self, paragraph: Paragraph, name: str) -> None:
        """Give ``paragraph`` the style ``name``. python-docx looks a style up by name through
        every style of the document on each call; the report names a dozen, thousands of times.
        The ``w:pStyle`` is written straight in, first in the ``w:pPr`` that comes first in the
        paragraph (as the schema orders them), without the library's search for its place."""
        style_id = self._style_ids.get(name)
        if style_id is None:
            style_id = self._style_ids[name] = self.document.styles[name].style_id
        set_paragraph_style(paragraph._p, style_id)

    # ------------------------------------------------------------------ tables and figures
    def table(self, spec: TableSpec | None, *, caption: bool = True, font_size: float | None = None) -> None:
        """A table spec as a Word table with its header row repeated, its title above."""
        if spec is None:
            return
        if caption:
            self._paragraph(clean(spec.title), self.styles.caption).paragraph_format.keep_with_next = True
        if not spec.rows and spec.total is None:
            self._paragraph(self.t("none_recorded"), self.styles.muted)
            return
        currency = spec.extra.get("currency", "")
        columns = spec.columns
        table = self._add_table(1, len(columns))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        weight = sum(c.width for c in columns) or 1.0
        widths = [Pt(self.width * c.width / weight) for c in columns]
        for grid_column, width in zip(table.columns, widths, strict=True):
            grid_column.width = width
        header = table.rows[0]
        repeat_as_header(header)
        for cell, column, width in zip(header.cells, columns, widths, strict=True):
            cell.width = width
            shade(cell, ACCENT_FILL)
            self._cell_text(cell, column.title() if column.unit else column.header, self.styles.head, column.numeric)
        plain = self._row_pattern(table, columns, widths)
        striped = copy.deepcopy(plain)
        for tc in striped.iter(qn("w:tc")):  # type: ignore[attr-defined]
            shade(_Cell(tc, table), ZEBRA_FILL)
        group: object | None = None
        stripe = False
        for row in spec.rows:
            if isinstance(row, Group):
                if group is None:  # a merged row, made once a table: python-docx's merge is slow
                    cells = table.add_row().cells
                    merged = cells[0].merge(cells[-1])
                    shade(merged, ACCENT_LIGHT_FILL)
                    self._cell_text(merged, "", self.styles.cell, False).add_run("-").bold = True
                    group = merged._tc.getparent()
                    table._tbl.remove(group)
                _fill_row(table, group, [row.text])
                stripe = False
                continue
            texts = [format_cell(value, column, self.t, currency) for value, column in zip(row, columns, strict=True)]
            _fill_row(table, striped if stripe else plain, texts)
            stripe = not stripe
        if spec.total is not None:
            cells = table.add_row().cells
            for cell, value, column in zip(cells, spec.total, columns, strict=True):
                paragraph = self._cell_text(
                    cell, format_cell(value, column, self.t, currency), self.styles.cell, column.numeric
                )
                for run in paragraph.runs:
                    run.bold = True
        self._fresh = False
        if spec.note:
            self.note(spec.note)

    def _row_pattern(self, table: Table, columns: Sequence[Column], widths: Sequence[Length]) -> object:
        """A row of empty cells laid out as the table's rows are (width, style, alignment,
        shading, one run each), made with python-docx once and copied for every row: the
        library builds each element through a schema lookup, a few hundred microseconds a
        cell, where a copy of a made row costs a few."""
        row = table.add_row()
        for cell, column, width in zip(row.cells, columns, widths, strict=True):
            cell.width = width
            self._cell_text(cell, "", self.styles.cell, column.numeric).add_run("-")
        row._tr.getparent().remove(row._tr)
        return row._tr

    def _cell_text(self, cell: _Cell, text: str, style: str, right: bool) -> Paragraph:
        paragraph: Paragraph = cell.paragraphs[0]
        self._style(paragraph, style)
        if text:
            add_text(paragraph, clean(text))
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return paragraph

    def figure(self, drawing: Drawing, caption: str, *, heading: str | None = None) -> None:
        """A chart as a picture at print resolution, with a numbered Word caption below."""
        if heading:
            self.h2(heading)
        self._figures += 1
        picture = self._paragraph("", self.styles.body)
        picture.paragraph_format.keep_with_next = True
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self._pictures.append((picture, drawing, min(float(drawing.width), self.width)))
        self._caption(self._paragraph("", self.styles.caption), "Figure", self._figures, caption)

    def _caption(self, paragraph: Paragraph, sequence: str, n: int, caption: str) -> None:
        """ "Hình 3. ..." with the number a SEQ field, so Word counts and lists the figures."""
        before, _, after = self.t("figure", n="\0", caption="\1").partition("\0")
        add_text(paragraph, before)
        add_field(paragraph, f"SEQ {sequence} \\* ARABIC", str(n))
        add_text(paragraph, after.replace("\1", clean(caption)))

    # ------------------------------------------------------------------ blocks
    @contextmanager
    def kept(self) -> Iterator[None]:
        """What the block adds stays on one page: each paragraph kept with the next."""
        start = len(self.document.paragraphs)
        try:
            yield
        finally:
            for paragraph in self.document.paragraphs[start:-1]:
                paragraph.paragraph_format.keep_with_next = True

    def cover_facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """The cover's label and value rows (values in report markup)."""
        table = self._add_table(0, 2)
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Pt(120), Pt(self.width - 120)
            self._cell_text(cells[0], label, self.styles.body, False).runs[0].bold = True
            add_markup(cells[1].paragraphs[0], value)
        self._fresh = False

    def end_cover(self) -> None:
        """The cover is done: the body pages follow."""
        self.page_break()

    def tiles(self, items: Sequence[tuple[str, str]], columns: int = 4) -> None:
        """Key figures (value, label) in a grid of shaded cells."""
        rows = [items[i : i + columns] for i in range(0, len(items), columns)]
        table = self._add_table(0, columns)
        for chunk in rows:
            cells = table.add_row().cells
            for cell, (value, label) in zip(cells, chunk, strict=False):
                shade(cell, ACCENT_LIGHT_FILL)
                self._cell_text(cell, value, self.styles.kpi_value, False)
                self._style(cell.add_paragraph(clean(label)), self.styles.kpi_label)
        self._fresh = False

    def fact_boxes(self, boxes: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        """Each box as a title and a two-column table of label and value."""
        for title, rows in boxes:
            self.h3(title)
            table = self._add_table(0, 2)
            for label, value in rows:
                cells = table.add_row().cells
                self._cell_text(cells[0], label, self.styles.cell, False)
                self._cell_text(cells[1], value, self.styles.cell, False)
        self._fresh = False

    def photos(self, items: Sequence[tuple[bytes, str, str]]) -> None:
        """Photos two by two, each with its caption below it."""
        table = self._add_table(0, PHOTOS_PER_ROW)
        room = (self.width - 12 * (PHOTOS_PER_ROW - 1)) / PHOTOS_PER_ROW
        for i in range(0, len(items), PHOTOS_PER_ROW):
            cells = table.add_row().cells
            for cell, (content, caption, unreadable) in zip(cells, items[i : i + PHOTOS_PER_ROW], strict=False):
                self._photo(cell, content, caption, unreadable, room)
        self._fresh = False

    def _photo(self, cell: _Cell, content: bytes, caption: str, unreadable: str, room: float) -> None:
        size = image_size(content)
        picture = cell.paragraphs[0]
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if size is None:
            picture.add_run(clean(unreadable))
        else:
            scale = min(room / size[0], PHOTO_MAX_H / size[1])
            try:
                picture.add_run().add_picture(io.BytesIO(content), width=Pt(size[0] * scale))
            except Exception:  # a format Word cannot hold (python-docx says which): said in its place
                picture.add_run(clean(unreadable))
        below = cell.add_paragraph(clean(caption))
        self._style(below, self.styles.caption)
        below.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def finish(self) -> None:
        """Draw every chart and put its picture in its place: the charts go into one PDF, whose
        pages become pictures one after the other, each encoded as PNG on one of two threads
        while the next is drawn."""
        drawings = [drawing for _, drawing, _ in self._pictures]
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="cpdesk-png") as encoder:
            encoded: list[Future[bytes]] = []
            try:
                raster.images(drawings, lambda image: encoded.append(encoder.submit(raster.png_bytes, image)))
            except BaseException:
                encoder.shutdown(cancel_futures=True)  # the pictures are not wanted any more
                raise
            part = self.document.part
            shape_id = part.next_id  # python-docx finds it by an XPath over the document a picture
            for (paragraph, _, width), picture in zip(self._pictures, encoded, strict=True):
                rel_id, image = part.get_or_add_image(io.BytesIO(picture.result()))
                cx, cy = image.scaled_dimensions(Pt(width), None)
                inline = CT_Inline.new_pic_inline(shape_id, rel_id, image.filename, cx, cy)
                paragraph.add_run()._r.add_drawing(inline)
                shape_id += 1
        self._pictures.clear()

    # ------------------------------------------------------------------ pages
    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self._fresh = True

    def next_page(self) -> None:
        """Continue on a new page, unless the story is at the top of one already."""
        if not self._fresh:
            self.page_break()

    def landscape(self) -> None:
        """Continue on a new landscape page (flow charts, Sankey diagrams)."""
        self._turn(WD_ORIENT.LANDSCAPE)

    def portrait(self) -> None:
        """Continue on a new portrait page."""
        self._turn(WD_ORIENT.PORTRAIT)

    def _turn(self, orientation: WD_ORIENT) -> None:
        previous = self._section
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        self._current = section
        section.different_first_page_header_footer = False  # only the cover goes without them
        if section.orientation != orientation:
            section.orientation = orientation
            section.page_width, section.page_height = previous.page_height, previous.page_width
        self._fresh = True


def _fill_row(table: Table, pattern: object, texts: Sequence[str]) -> None:
    """A copy of the row ``pattern`` at the end of ``table``, its cells holding ``texts``."""
    row = copy.deepcopy(pattern)
    table._tbl.append(row)
    for run, text in zip(row.iter(qn("w:r")), texts, strict=True):  # type: ignore[attr-defined]
        text = clean(text)
        if text == text.strip() and "\n" not in text:
            run[-1].text = text  # the pattern's one w:t
        else:
            Run(run, table).text = text  # breaks and spaces as python-docx writes them
