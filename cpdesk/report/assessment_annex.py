"""The assessment summary's photos and annexes: all measurements, and the factor set used."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Image, Paragraph, Table

from cpdesk.report import annex_tables as tables
from cpdesk.report import theme
from cpdesk.report.markup import escape
from cpdesk.report.model import AssessmentReportData, Photo
from cpdesk.report.story import Story

PHOTO_MAX_H = 68 * mm
PHOTOS_PER_ROW = 2


def photos_section(story: Story, data: AssessmentReportData) -> None:
    """Photos two by two, each with its caption (and what it shows, when attached to a record)."""
    if not data.photos:
        return
    t, s = story.t, story.styles
    story.h1(t("photos_heading"))
    gap = 6 * mm
    cell_w = (story.width - gap * (PHOTOS_PER_ROW - 1)) / PHOTOS_PER_ROW
    cells = []
    for n, photo in enumerate(data.photos, start=1):
        caption = t("photo_caption", n=n, caption=photo.caption or photo.filename)
        if photo.owner_name:
            caption += f" ({photo.owner_name})"
        cells.append(
            [
                _image(photo, cell_w - gap, t("photo_unreadable", name=photo.filename), s.muted),
                Paragraph(escape(caption), s.caption),
            ]
        )
    rows = []
    for i in range(0, len(cells), PHOTOS_PER_ROW):
        chunk = cells[i : i + PHOTOS_PER_ROW]
        chunk += [["", ""]] * (PHOTOS_PER_ROW - len(chunk))
        rows.append([c[0] for c in chunk])
        rows.append([c[1] for c in chunk])
    widths = []
    for _ in range(PHOTOS_PER_ROW):
        widths += [cell_w]
    table = Table(rows, colWidths=widths, hAlign="CENTER")
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
    story.add(table)


def _image(photo: Photo, width: float, unreadable: str, style: object) -> object:
    try:
        reader = ImageReader(io.BytesIO(photo.content))
        w, h = reader.getSize()
    except Exception:  # a damaged file must not stop the report: say so in its place
        return Paragraph(escape(unreadable), style)
    scale = min(width / w, PHOTO_MAX_H / h)
    return Image(io.BytesIO(photo.content), width=w * scale, height=h * scale)


def measurements_annex(story: Story, data: AssessmentReportData) -> None:
    """Annex A: every reading with its unit, basis, method, uncertainty and source."""
    t = story.t
    story.unnumbered(t("annex_measurements"))
    story.para(t("annex_measurements_intro"))
    story.table(tables.measurements(data, t), caption=False, font_size=6.8)


def factors_annex(story: Story, data: AssessmentReportData) -> None:
    """Annex B: the fuels and grid factors the CO2 figures were computed with."""
    t = story.t
    story.unnumbered(t("annex_factors"))
    f = data.factor_set
    if f is None:
        story.para(t("no_factor_set"))
        return
    # the set by its name: its code is an internal key, and its date is written as the report's dates
    dated = _factor_set_date(f.date)
    story.para(
        t("factor_set_intro", name=f.name(t.lang), date=t.date(dated) if dated else f.date or "–", source=f.source)
    )
    story.table(tables.fuels(data, t), font_size=6.8)
    story.table(tables.grid(data, t), font_size=6.8)


def _factor_set_date(text: str) -> date | None:
    """The factor set's date ("2026-11-28" in its file), None when it is not an ISO date."""
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return None
