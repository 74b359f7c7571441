"""Ruled forms for the trainee worksheets: header fields, grids to write in, a drawing area."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Line, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from cpdesk.core.guidance import Finding
from cpdesk.core.reference import methodology
from cpdesk.report import theme
from cpdesk.report.markup import bold, escape
from cpdesk.report.model import WorksheetData
from cpdesk.report.story import Story

BLANK_ROW_H = 19.0


def sheet_heading(story: Story, title: str, tasks: Sequence[int], instruction: str, data: WorksheetData) -> None:
    """New page: the sheet's title, its tasks of the method, the header fields, the instruction."""
    t, s = story.t, story.styles
    method = methodology()
    story.unnumbered(title)
    refs = "; ".join(
        t("ws_task_ref", step=method.task(n).step, task=n, title=method.task(n).title.get(t.lang)) for n in tasks
    )
    story.para(refs, s.muted)
    company = data.report.company.name if data.report else ""
    story.add(
        form_fields([(t("ws_company"), company), (t("ws_trainee"), ""), (t("ws_date"), "")], story.width, s, columns=3)
    )
    story.space(4)
    story.para(instruction, s.small)
    if data.report is not None:
        open_points(story, data.findings, tasks)


#: Heading of a filled sheet's open points, and what it says when there are none.
OPEN_POINTS = {
    "vi": ("Điểm còn thiếu hoặc cần xem lại (kiểm tra của cpdesk)", "Không còn điểm nào: mọi kiểm tra đều đạt."),
    "en": ("Open points (cpdesk's checks)", "No open point: every check passes."),
}
_MARKS = {"missing": "✗", "suspicious": "⚠"}


def open_points(story: Story, findings: Sequence[Finding], tasks: Sequence[int]) -> None:
    """The findings of the sheet's tasks: what is missing (✗) and what looks wrong (⚠)."""
    t, s = story.t, story.styles
    heading, none = OPEN_POINTS[t.lang]
    mine = [f for f in findings if f.task_no in tasks]
    story.space(3)
    story.markup(bold(heading), s.small)
    if not mine:
        story.para(none, s.small)
        return
    for f in mine:
        story.markup(escape(f"{_MARKS[f.severity.value]} {f.task_no}. {f.message(t.lang)}"), s.small)


def form_fields(fields: Sequence[tuple[str, str]], width: float, s: theme.Styles, columns: int = 2) -> Table:
    """Labelled fields with a line to write on (pre-filled where a value is known)."""
    cells = [Paragraph(f"{bold(label)}: {escape(value)}", s.body) for label, value in fields]
    while len(cells) % columns:
        cells.append(Paragraph("", s.body))
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table = Table(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        theme.table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, theme.MUTED),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def grid(
    headers: Sequence[str],
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    story: Story,
    *,
    blank_rows: int,
    numeric: Sequence[int] = (),
) -> Flowable:
    """A ruled form: header, the rows given (filled), then ``blank_rows`` empty rows to write in."""
    s = story.styles
    total = sum(widths)
    col_w = [story.width * w / total for w in widths]
    data: list[list[object]] = [[Paragraph(escape(h), s.head) for h in headers]]
    for row in rows:
        data.append([cell if i in numeric else Paragraph(escape(cell), s.cell) for i, cell in enumerate(row)])
    data += [[""] * len(headers) for _ in range(blank_rows)]
    heights = [None] + [None] * len(rows) + [BLANK_ROW_H] * blank_rows
    table = Table(data, colWidths=col_w, rowHeights=heights, repeatRows=1, splitInRow=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), theme.ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.4, theme.RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, theme.INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, -1), s.cell.fontName, s.cell.fontSize, s.cell.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in numeric:
        style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    table.setStyle(theme.table_style(style))
    return table


def drawing_area(story: Story, height: float) -> Flowable:
    """An empty framed area with a light grid, to draw in (the flow chart sheet)."""
    d = theme.drawing(story.width, height)
    d.add(Rect(0, 0, story.width, height, fillColor=None, strokeColor=theme.INK, strokeWidth=0.8))
    step = 5 * mm
    x = step
    while x < story.width:
        d.add(Line(x, 0, x, height, strokeColor=theme.GRID_LINE, strokeWidth=0.5))
        x += step
    y = step
    while y < height:
        d.add(Line(0, y, story.width, y, strokeColor=theme.GRID_LINE, strokeWidth=0.5))
        y += step
    return d
