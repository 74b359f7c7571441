"""The PDF document every report is laid out in: A4 pages, running header and footer,
page "n / N", a table of contents with links, PDF bookmarks, progress and cancellation.

A table of contents normally needs reportlab's multi-pass build (lay the whole document out,
note the pages of the headings, lay it out again). Here it takes one pass: the contents
entries are known before the build (they are the story's headings), so the contents page is
drawn with its titles and links at once, and each page number on it, like the "N" of every
page's "n / N", is a PDF form XObject that the page refers to by name and that is defined
only when the document is saved, once the numbers are known. That keeps a report build as
fast as a bare reportlab build of the same pages.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab import rl_config
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.flowables import NullDraw

from cpdesk.core.errors import CpdeskError
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.report import theme
from cpdesk.report.fonts import BOLD, REGULAR
from cpdesk.report.markup import shorten

# Binary PDF streams instead of ASCII85 text: files a quarter smaller, and without reportlab's
# optional C accelerator the pure-Python ASCII85 encoder costs about half a second per photo.
# A process-wide reportlab setting; cpdesk's only reportlab user is this package.
rl_config.useA85 = 0


COVER = "cover"
BODY = "body"
WIDE = "wide"
#: the running header wraps onto at most this many lines, upwards into the top margin
HEADER_LINES = 3
HEADER_LEADING = 8.5


class ReportCancelled(CpdeskError):
    """The user cancelled the build; nothing was written."""

    def __init__(self) -> None:
        super().__init__("report cancelled; no file was written")


@dataclass(frozen=True)
class TocEntry:
    """One line of the table of contents: the heading's bookmark key, level and title."""

    key: str
    level: int
    title: str


class Heading(Paragraph):
    """A heading that the table of contents and the PDF outline list."""

    def __init__(self, text: str, style: Any, key: str, level: int, plain: str, *, in_toc: bool = True) -> None:
        super().__init__(text, style)
        self.toc_key = key
        self.toc_level = level
        self.toc_title = plain
        self.in_toc = in_toc


class Anchor(NullDraw):
    """An invisible flowable that records a bookmark (e.g. a figure) without a visible heading."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.anchor_key = key


class TableOfContents(Flowable):
    """The contents, drawn in one pass: titles and links now, page numbers as forward forms."""

    def __init__(self, entries: Sequence[TocEntry], styles: theme.Styles) -> None:
        super().__init__()
        self.entries = list(entries)
        self.styles = styles
        self._width = 0.0

    @staticmethod
    def _line_height(entry: TocEntry) -> float:
        return 17.0 if entry.level == 0 else 13.5

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        self.width = available_width
        self.height = sum(self._line_height(e) for e in self.entries)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used, count = 0.0, 0
        for entry in self.entries:
            if used + self._line_height(entry) > available_height:
                break
            used += self._line_height(entry)
            count += 1
        if count == 0 or count == len(self.entries):
            return []
        return [TableOfContents(self.entries[:count], self.styles), TableOfContents(self.entries[count:], self.styles)]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        number_room = 26.0
        for entry in self.entries:
            y -= self._line_height(entry)
            indent = 0.0 if entry.level == 0 else 14.0
            font, size = (BOLD, 10.0) if entry.level == 0 else (REGULAR, 9.0)
            baseline = y + 4
            title = entry.title
            room = self._width - indent - number_room - 12
            while canv.stringWidth(title, font, size) > room and len(title) > 8:
                title = shorten(title, len(title) - 4)
            canv.setFont(font, size)
            canv.setFillColor(theme.INK)
            canv.drawString(indent, baseline, title)
            # dot leaders up to the room kept for the page number
            start = indent + canv.stringWidth(title, font, size) + 4
            end = self._width - number_room
            if end > start:
                canv.setFillColor(theme.MUTED)
                canv.setFont(REGULAR, size)
                dots = "." * int((end - start) / canv.stringWidth(".", REGULAR, size))
                canv.drawRightString(end, baseline, dots)
            canv.saveState()
            canv.translate(self._width, baseline)
            canv.doForm(toc_form_name(entry.key))
            canv.restoreState()
            x0, y0 = canv.absolutePosition(indent, y + 1)
            x1, y1 = canv.absolutePosition(self._width, y + self._line_height(entry) - 2)
            canv.linkAbsolute(entry.title, entry.key, (x0, y0, x1, y1))


def toc_form_name(key: str) -> str:
    """Name of the form that holds the page number of heading ``key``."""
    return f"cpdeskToc{key}"


def page_form_name(page: int) -> str:
    """Name of the form that holds the "page n of N" text of page ``page``."""
    return f"cpdeskPage{page}"


class ReportCanvas(Canvas):
    """A canvas that defines the forward-referenced page-number forms just before saving."""

    heading_pages: dict[str, int]
    page_label: str

    def save(self) -> None:
        pages = self.getPageNumber() - 1
        label = getattr(self, "page_label", "{page} / {pages}")
        for page in range(1, pages + 1):
            self.beginForm(page_form_name(page), lowerx=-200, lowery=-5, upperx=5, uppery=15)
            self.setFont(REGULAR, 7.5)
            self.setFillColor(theme.MUTED)
            self.drawRightString(0, 0, label.format(page=page, pages=pages))
            self.endForm()
        for key, page in getattr(self, "heading_pages", {}).items():
            self.beginForm(toc_form_name(key), lowerx=-60, lowery=-5, upperx=5, uppery=15)
            self.setFont(REGULAR, 9)
            self.setFillColor(theme.INK)
            self.drawRightString(0, 0, str(page))
            self.endForm()
        super().save()


@dataclass
class PageFurniture:
    """What the running header and footer say."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: str  # e.g. "Trang {page} / {pages}"
    cover_painter: Callable[[Canvas, Any], None] | None = None


@dataclass
class BuildHooks:
    """Progress (fraction, message) and cancellation callbacks, with the fraction range of this phase."""

    progress: Progress | None = None
    cancelled: CancelCheck | None = None
    start: float = 0.0
    end: float = 1.0
    message: str = ""
    _last: float = field(default=-1.0, repr=False)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    def report(self, fraction: float) -> None:
        if self.progress is None:
            return
        value = self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0)
        if value - self._last >= 0.01 or fraction >= 1.0:
            self._last = value
            self.progress(value, self.message)


class ReportDocument(BaseDocTemplate):
    """A4 document with a cover template, portrait body pages and landscape figure pages."""

    def __init__(
        self,
        target: io.BytesIO,
        furniture: PageFurniture,
        hooks: BuildHooks,
        *,
        title: str,
        subject: str,
        lang: str,
        first_template: str = BODY,
    ) -> None:
        super().__init__(
            target,
            pagesize=theme.PORTRAIT,
            leftMargin=theme.MARGIN_X,
            rightMargin=theme.MARGIN_X,
            topMargin=theme.MARGIN_TOP,
            bottomMargin=theme.MARGIN_BOTTOM,
            title=title,
            subject=subject,
            author="cpdesk",
            creator="cpdesk",
            lang=lang,
            # the canvas' default font would otherwise be Helvetica, referenced but not embedded
            initialFontName=REGULAR,
        )
        self.furniture = furniture
        self.hooks = hooks
        self.heading_pages: dict[str, int] = {}
        self._flowables_total = 1
        self._flowables_done = 0
        pw, ph = theme.PORTRAIT
        lw, lh = theme.LANDSCAPE
        mx, mt, mb = theme.MARGIN_X, theme.MARGIN_TOP, theme.MARGIN_BOTTOM
        templates = [
            PageTemplate(COVER, [Frame(mx, mb, pw - 2 * mx, ph - mt - mb, id="cover")], onPage=self._cover),
            PageTemplate(BODY, [Frame(mx, mb, pw - 2 * mx, ph - mt - mb, id="body")], onPage=self._furniture),
            PageTemplate(
                WIDE,
                [Frame(mx, mb, lw - 2 * mx, lh - mt - mb, id="wide")],
                onPage=self._furniture,
                pagesize=theme.LANDSCAPE,
            ),
        ]
        # the document starts on the first template of the list
        templates.sort(key=lambda template: template.id != first_template)
        self.addPageTemplates(templates)

    # -------------------------------------------------------------- page furniture
    def _cover(self, canv: Canvas, doc: Any) -> None:
        self.hooks.check()
        if self.furniture.cover_painter is not None:
            self.furniture.cover_painter(canv, doc)

    def _furniture(self, canv: Canvas, doc: Any) -> None:
        self.hooks.check()
        width, height = canv._pagesize
        f = self.furniture
        canv.saveState()
        top = height - theme.MARGIN_TOP + 9
        right_room = width / 2 - theme.MARGIN_X
        left_room = width - 2 * theme.MARGIN_X - right_room
        canv.setFillColor(theme.ACCENT)
        lines = _header_lines(canv, f.header_left, BOLD, left_room - 10)
        for i, line in enumerate(lines):
            canv.setFont(BOLD, 7.5)
            canv.drawString(theme.MARGIN_X, top + (len(lines) - 1 - i) * HEADER_LEADING, line)
        canv.setFillColor(theme.MUTED)
        lines = _header_lines(canv, f.header_right, REGULAR, right_room - 10)
        for i, line in enumerate(lines):
            canv.setFont(REGULAR, 7.5)
            canv.drawRightString(width - theme.MARGIN_X, top + (len(lines) - 1 - i) * HEADER_LEADING, line)
        canv.setStrokeColor(theme.ACCENT)
        canv.setLineWidth(0.6)
        canv.line(theme.MARGIN_X, top - 4, width - theme.MARGIN_X, top - 4)
        canv.setStrokeColor(theme.RULE)
        canv.setLineWidth(0.4)
        bottom = theme.MARGIN_BOTTOM - 9
        canv.line(theme.MARGIN_X, bottom + 9, width - theme.MARGIN_X, bottom + 9)
        canv.setFont(REGULAR, 7.5)
        canv.drawString(theme.MARGIN_X, bottom, _fit(canv, f.footer_left, REGULAR, 7.5, width / 2))
        canv.restoreState()
        self._page_number(canv, doc)

    def _page_number(self, canv: Canvas, doc: Any) -> None:
        width, _ = canv._pagesize
        canv.saveState()
        canv.translate(width - theme.MARGIN_X, theme.MARGIN_BOTTOM - 9)
        canv.doForm(page_form_name(doc.page))
        canv.restoreState()

    # -------------------------------------------------------------- build
    def build_story(self, story: list[Flowable]) -> None:
        """Lay the story out into the target in one pass."""
        self._flowables_total = max(1, len(story))
        self._flowables_done = 0
        self.hooks.check()
        self.build(story, canvasmaker=self._make_canvas)
        self.hooks.report(1.0)

    def _make_canvas(self, *args: Any, **kwargs: Any) -> ReportCanvas:
        canv = ReportCanvas(*args, **kwargs)
        canv.heading_pages = self.heading_pages
        canv.page_label = self.furniture.page_label
        return canv

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        for item in _walk(flowable):
            key = getattr(item, "toc_key", None) or getattr(item, "anchor_key", None)
            if key is None or key in self.heading_pages:
                continue
            self.heading_pages[key] = self.page
            self.canv.bookmarkPage(key)
            title = getattr(item, "toc_title", None)
            if title is not None:
                self.canv.addOutlineEntry(title, key, level=getattr(item, "toc_level", 0), closed=True)
        self._flowables_done += 1
        self.hooks.check()
        self.hooks.report(self._flowables_done / self._flowables_total)


def _walk(flowable: Flowable) -> list[Flowable]:
    """A flowable and those it contains (a heading kept together with its figure)."""
    found = [flowable]
    for inner in getattr(flowable, "_content", None) or ():
        found += _walk(inner)
    return found


def _header_lines(canv: Canvas, text: str, font: str, width: float) -> list[str]:
    """A running header's text wrapped to ``width``, on at most :data:`HEADER_LINES` lines.

    A long company name wraps upwards into the top margin instead of being cut; a line break
    in ``text`` starts a line of its own."""
    lines = simpleSplit(text, font, 7.5, width) or [""]
    if len(lines) > HEADER_LINES:
        lines = [*lines[: HEADER_LINES - 1], _fit(canv, " ".join(lines[HEADER_LINES - 1 :]), font, 7.5, width)]
    return lines


def _fit(canv: Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened until it fits ``width`` points."""
    while canv.stringWidth(text, font, size) > width and len(text) > 8:
        text = shorten(text, len(text) - 4)
    return text


def toc_entries(story: Sequence[Flowable]) -> list[TocEntry]:
    """The headings of a story that belong in its table of contents (levels 0 and 1)."""
    return [
        TocEntry(f.toc_key, f.toc_level, f.toc_title)
        for top in story
        for f in _walk(top)
        if isinstance(f, Heading) and f.in_toc and f.toc_level <= 1
    ]


def render_pdf(
    story: list[Flowable],
    furniture: PageFurniture,
    hooks: BuildHooks,
    *,
    title: str,
    subject: str,
    lang: str,
    first_template: str = BODY,
) -> bytes:
    """Lay out ``story`` and return the PDF's bytes (nothing touches the disk here)."""
    buffer = io.BytesIO()
    doc = ReportDocument(
        buffer, furniture, hooks, title=title, subject=subject, lang=lang, first_template=first_template
    )
    doc.build_story(story)
    return buffer.getvalue()
