"""The PDF's own layout of the blocks a report section asks for by meaning.

A section says "the cover's facts", "tiles of key figures", "two boxes of facts", "photos
with captions"; :class:`cpdesk.report.story.Story` lays them out here with reportlab, and the
Word document (:mod:`cpdesk.report.docx_story`) in its own way. So the sections hold what a
report says, once, and each renderer how it looks.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Table

from cpdesk.report import theme
from cpdesk.report.markup import bold, escape

#: Above this many characters of facts, two boxes of facts go one under the other.
SIDE_BY_SIDE_CHARS = 700
PHOTO_MAX_H = 68 * mm
PHOTOS_PER_ROW = 2


def cover_facts(rows: Sequence[tuple[str, str]], s: theme.Styles, width: float) -> Table:
    """Label and value (markup) per row, between two accent rules."""
    body = [[Paragraph(bold(k), s.body), Paragraph(v, s.body)] for k, v in rows]
    table = Table(body, colWidths=[42 * mm, width - 42 * mm], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        theme.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, theme.ACCENT),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, theme.ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def tiles(items: Sequence[tuple[str, str]], s: theme.Styles, width: float, columns: int) -> Table:
    """Big figures with their labels, in a grid of tiles."""
    cells: list[object] = [
        [Paragraph(escape(value), s.kpi_value), Paragraph(escape(label), s.kpi_label)] for value, label in items
    ]
    while len(cells) % columns:
        cells.append("")
    grid = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table = Table(grid, colWidths=[width / columns] * columns, hAlign="LEFT")
    table.setStyle(
        theme.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), theme.ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 3, colors.white),
                ("LINEBELOW", (0, 0), (-1, -2), 3, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def fact_boxes(boxes: Sequence[tuple[str, Sequence[tuple[str, str]]]], s: theme.Styles, width: float) -> list[Table]:
    """Boxes of facts (a title, then label and value per row): side by side when both fit
    comfortably, one under the other when a user wrote a long address or title, since a
    table nested in a table cannot break across pages."""
    if len(boxes) == 2 and sum(len(v) for _t, rows in boxes for _k, v in rows) <= SIDE_BY_SIDE_CHARS:
        half = (width - 6 * mm) / 2
        left, right = (_facts_table(rows, s, half, title) for title, rows in boxes)
        pair = Table([[left, right]], colWidths=[half + 6 * mm, half], hAlign="LEFT")
        pair.setStyle(
            theme.table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [pair]
    return [_facts_table(rows, s, width, title) for title, rows in boxes]


def _facts_table(rows: Sequence[tuple[str, str]], s: theme.Styles, width: float, title: str) -> Table:
    body = [[Paragraph(bold(title), s.h3), ""]] + [
        [Paragraph(escape(k), s.cell), Paragraph(escape(v), s.cell)] for k, v in rows
    ]
    table = Table(body, colWidths=[width * 0.42, width * 0.58], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        theme.table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, theme.RULE),
                ("TEXTCOLOR", (0, 1), (0, -1), theme.MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def photos(items: Sequence[tuple[bytes, str, str]], s: theme.Styles, width: float) -> Table:
    """Photos two by two, each with its caption; ``items`` are (content, caption, what to
    print in place of a file that cannot be read)."""
    gap = 6 * mm
    cell_w = (width - gap * (PHOTOS_PER_ROW - 1)) / PHOTOS_PER_ROW
    cells = [[_image(content, cell_w - gap, unreadable, s.muted), Paragraph(escape(caption), s.caption)]
             for content, caption, unreadable in items]  # fmt: skip
    rows = []
    for i in range(0, len(cells), PHOTOS_PER_ROW):
        chunk = cells[i : i + PHOTOS_PER_ROW]
        chunk += [["", ""]] * (PHOTOS_PER_ROW - len(chunk))
        rows.append([c[0] for c in chunk])
        rows.append([c[1] for c in chunk])
    table = Table(rows, colWidths=[cell_w] * PHOTOS_PER_ROW, hAlign="CENTER")
    table.setStyle(
        theme.table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), gap / 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), gap / 2),
            ]
        )
    )
    return table


def image_size(content: bytes) -> tuple[float, float] | None:
    """A picture's size in pixels; None when the file cannot be read as a picture."""
    try:
        w, h = ImageReader(io.BytesIO(content)).getSize()
    except Exception:  # a damaged file must not stop the report: say so in its place
        return None
    return (float(w), float(h)) if w and h else None


def _image(content: bytes, width: float, unreadable: str, style: object) -> Flowable:
    size = image_size(content)
    if size is None:
        return Paragraph(escape(unreadable), style)
    w, h = size
    scale = min(width / w, PHOTO_MAX_H / h)
    return Image(io.BytesIO(content), width=w * scale, height=h * scale)
