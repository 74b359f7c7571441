"""Building a report's story: numbered headings, paragraphs, tables and figures.

Section modules add to a :class:`Story` rather than to a bare list, so numbering, styles,
the escaping of user text and the switches between portrait and landscape pages are done
the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from cpdesk.report import pdf_blocks, theme
from cpdesk.report.document import BODY, WIDE, Heading, TableOfContents, toc_entries
from cpdesk.report.i18n import I18n
from cpdesk.report.markup import escape
from cpdesk.report.tabular import TableSpec, pdf_table

LEAST_ROWS = 2


class RowsTogether(Flowable):
    """A table that leaves no lone row at a page foot or head.

    reportlab splits a table at the last row that fits, however few rows stay on either
    side. This moves the split up until at least :data:`LEAST_ROWS` rows (besides the repeated
    header) go to each page, and moves the whole table on when fewer fit above."""

    def __init__(self, table: Table, page_height: float) -> None:
        super().__init__()
        self.table = table
        self.page_height = page_height
        self.hAlign = table.hAlign

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.table.wrapOn(self.canv, available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.table.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return float(self.table.getSpaceAfter())

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        height = available_height
        while True:
            parts = self.table.splitOn(self.canv, available_width, height)
            if len(parts) != 2:
                return list(parts)
            head, tail = parts
            if _body_rows(head) < LEAST_ROWS:
                # a table taller than a page that cannot keep two rows together splits anyway
                if available_height >= 0.9 * self.page_height:
                    return list(self.table.splitOn(self.canv, available_width, available_height))
                return []
            if _body_rows(tail) >= LEAST_ROWS:
                return [RowsTogether(head, self.page_height), RowsTogether(tail, self.page_height)]
            head.wrapOn(self.canv, available_width, height)
            height = sum(head._rowHeights[:-1]) + 0.5


def _body_rows(table: Table) -> int:
    """The rows of a table piece besides its repeated header."""
    return int(len(table._cellvalues) - table.repeatRows)


class Story:
    """A list of flowables with the helpers every report section uses.

    The sections say what goes in the report through these methods only (headings, text,
    tables, figures, the blocks of :mod:`.pdf_blocks`); :class:`cpdesk.report.docx_story.DocxStory`
    has the same methods and writes a Word document from the same sections.
    """

    def __init__(self, t: I18n, styles: theme.Styles | None = None) -> None:
        self.t = t
        self.styles = styles or theme.Styles()
        self.flowables: list[Flowable] = []
        self._numbers = [0, 0]
        self._figures = 0
        self._wide = False
        self._kept: list[Flowable] | None = None

    @property
    def width(self) -> float:
        """Width of the current frame (portrait or landscape body)."""
        page = theme.LANDSCAPE if self._wide else theme.PORTRAIT
        return page[0] - 2 * theme.MARGIN_X

    @property
    def height(self) -> float:
        page = theme.LANDSCAPE if self._wide else theme.PORTRAIT
        return page[1] - theme.MARGIN_TOP - theme.MARGIN_BOTTOM

    def add(self, *flowables: Flowable) -> None:
        (self.flowables if self._kept is None else self._kept).extend(flowables)

    @contextmanager
    def kept(self) -> Iterator[None]:
        """What the block adds stays on one page (unless it is longer than a page)."""
        outer, self._kept = self._kept, []
        try:
            yield
        finally:
            block, self._kept = self._kept, outer
            self.add(KeepTogether(block))

    def mark(self) -> int:
        """Where the story is now, for :meth:`insert_contents`."""
        return len(self.flowables)

    # ------------------------------------------------------------------ headings
    def h1(self, title: str, *, new_page: bool = True) -> None:
        """A numbered chapter heading ("3. Water balance"), on a new page by default."""
        if new_page and not self._fresh_page():
            self.page_break()
        self._numbers = [self._numbers[0] + 1, 0]
        text = f"{self._numbers[0]}. {title}"
        self.add(Heading(escape(text), self.styles.h1, f"h{len(self.flowables)}", 0, text))

    def h2(self, title: str) -> None:
        self.add(CondPageBreak(90), self._h2(title))

    def _h2(self, title: str) -> Heading:
        self._numbers[1] += 1
        text = f"{self._numbers[0]}.{self._numbers[1]} {title}"
        return Heading(escape(text), self.styles.h2, f"h{len(self.flowables)}", 1, text)

    def h3(self, title: str) -> None:
        self.add(CondPageBreak(60), Paragraph(escape(title), self.styles.h3))

    def unnumbered(self, title: str, *, new_page: bool = True) -> None:
        """A chapter without a number (annexes, contents) that still shows in the outline."""
        if new_page and not self._fresh_page():
            self.page_break()
        self.add(Heading(escape(title), self.styles.h1, f"h{len(self.flowables)}", 0, title))

    def insert_contents(self, index: int) -> None:
        """Put the table of contents of the whole story at ``index`` (after the cover)."""
        title = self.t("contents")
        heading = Heading(escape(title), self.styles.h1, "contents", 0, title, in_toc=False)
        contents = TableOfContents(toc_entries(self.flowables), self.styles)
        self.flowables[index:index] = [heading, contents, PageBreak()]

    def next_page(self) -> None:
        """Continue on a new page, unless the story is at the top of one already."""
        if not self._fresh_page():
            self.page_break()

    def _fresh_page(self) -> bool:
        """Is the story at the top of a page already (nothing yet, or just after a break)?"""
        return not self.flowables or isinstance(self.flowables[-1], PageBreak)

    # ------------------------------------------------------------------ text
    def para(self, text: object, style: object | None = None) -> None:
        """User or report text, escaped."""
        self.add(Paragraph(escape(text), style or self.styles.body))

    def markup(self, markup: str, style: object | None = None) -> None:
        """Text that is already markup (built with cpdesk.report.markup helpers)."""
        self.add(Paragraph(markup, style or self.styles.body))

    def note(self, text: object) -> None:
        self.add(Paragraph(escape(text), self.styles.note))

    def space(self, height: float = 6) -> None:
        self.add(Spacer(1, height))

    # ------------------------------------------------------------------ tables and figures
    def table(self, spec: TableSpec | None, *, caption: bool = True, font_size: float | None = None) -> None:
        """A table spec as a PDF table, with its title above and its note below."""
        if spec is None:
            return
        block: list[Flowable] = []
        if caption:
            block.append(Paragraph(escape(spec.title), self.styles.h3))
        if not spec.rows and spec.total is None:
            block.append(Paragraph(escape(self.t("none_recorded")), self.styles.muted))
            self.add(KeepTogether(block))
            return
        table = pdf_table(
            spec, self.t, self.styles, self.width, currency=spec.extra.get("currency", ""), font_size=font_size
        )
        # keep the caption with the first rows of the table, not alone at a page foot
        self.add(CondPageBreak(70), *block, RowsTogether(table, self.height))
        if spec.note:
            self.note(spec.note)
        else:
            self.space(6)

    def figure(self, drawing: Drawing, caption: str, *, heading: str | None = None) -> None:
        """A drawing with a numbered caption (and the section heading above it), kept on one page."""
        self._figures += 1
        text = self.t("figure", n=self._figures, caption=caption)
        block: list[Flowable] = [self._h2(heading)] if heading else []
        self.add(KeepTogether([*block, drawing, Paragraph(escape(text), self.styles.caption)]))

    # ------------------------------------------------------------------ blocks
    def cover_facts(self, rows: Sequence[tuple[str, str]]) -> None:
        """The cover's label and value (markup) rows."""
        self.add(pdf_blocks.cover_facts(rows, self.styles, self.width))

    def end_cover(self) -> None:
        """The cover is done: the body pages follow."""
        self.add(NextPageTemplate(BODY), PageBreak())

    def tiles(self, items: Sequence[tuple[str, str]], columns: int = 4) -> None:
        """Big figures (value, label) in a grid of tiles."""
        self.add(pdf_blocks.tiles(items, self.styles, self.width, columns))

    def fact_boxes(self, boxes: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        """Boxes of facts, each a title and (label, value) rows."""
        self.add(*pdf_blocks.fact_boxes(boxes, self.styles, self.width))

    def photos(self, items: Sequence[tuple[bytes, str, str]]) -> None:
        """Photos with captions: (content, caption, text in place of an unreadable file)."""
        self.add(pdf_blocks.photos(items, self.styles, self.width))

    # ------------------------------------------------------------------ pages
    def page_break(self) -> None:
        self.add(PageBreak())

    def landscape(self) -> None:
        """Continue on a new landscape page (flow charts, Sankey diagrams)."""
        self.add(NextPageTemplate(WIDE), PageBreak())
        self._wide = True

    def portrait(self) -> None:
        """Continue on a new portrait page."""
        self.add(NextPageTemplate(BODY), PageBreak())
        self._wide = False
