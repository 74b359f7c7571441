"""The assessment summary's photos and annexes: all measurements, and the factor set used."""

from __future__ import annotations

from datetime import date

from cpdesk.report import annex_tables as tables
from cpdesk.report.model import AssessmentReportData
from cpdesk.report.story import Story


def photos_section(story: Story, data: AssessmentReportData) -> None:
    """Photos two by two, each with its caption (and what it shows, when attached to a record)."""
    if not data.photos:
        return
    t = story.t
    story.h1(t("photos_heading"))
    items = []
    for n, photo in enumerate(data.photos, start=1):
        caption = t("photo_caption", n=n, caption=photo.caption or photo.filename)
        if photo.owner_name:
            caption += f" ({photo.owner_name})"
        items.append((photo.content, caption, t("photo_unreadable", name=photo.filename)))
    story.photos(items)


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
