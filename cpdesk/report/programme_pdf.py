"""The programme summary as a PDF: what a donor reads.

A totals page with the seed's table 2 (one row per programme) when several programmes are
asked for, then one page per programme: its row of table 2 as big figures, the resources
saved, CO2 computed beside CO2 reported, breakdowns by sector and option category (with the
implementation rate of each category), a chart of money by option category, and the most
frequent types of the option library among its options.
"""

from __future__ import annotations

from collections.abc import Container

from cpdesk.report import programme_tables as tables
from cpdesk.report import theme
from cpdesk.report.document import BuildHooks, PageFurniture, render_pdf
from cpdesk.report.drawings.bars import hbar_chart
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.model import ProgrammePage, ProgrammeReportData
from cpdesk.report.story import Story

SAVINGS_COLOUR = theme.OUT_COLOUR


def build(data: ProgrammeReportData, t: I18n, hooks: BuildHooks) -> bytes:
    """The programme summary's PDF bytes."""
    story = Story(t)
    fill(story, data)
    title = t("programme_title")
    names = ", ".join(tables.page_name(p, t) for p in data.pages)
    furniture = PageFurniture(
        header_left=title,
        header_right=names,
        footer_left=t("footer", date=t.date(data.printed_on)),
        page_label=t("page_label"),
    )
    return render_pdf(story.flowables, furniture, hooks, title=f"{title}: {names}", subject=names, lang=t.lang)


def fill(story: Story, data: ProgrammeReportData) -> None:
    """Every page of the programme summary, in order (PDF and Word alike)."""
    t = story.t
    if data.totals is not None:
        story.unnumbered(t("table2_heading"), new_page=False)
        story.para(t("table2_intro", n=len(data.pages)))
        story.table(tables.table2(data, t), caption=False, font_size=7)
        _page(story, data.totals, t)
    for page in data.pages:
        story.next_page()
        _page(story, page, t)


def _page(story: Story, page: ProgrammePage, t: I18n) -> None:
    x = page.rollup.totals
    r = page.rollup
    info = page.info
    if page.is_total:
        story.h3(t("prog_totals_heading", names=page.title))
    elif info is not None:
        story.unnumbered(f"{info.code}: {info.title(t.lang)}", new_page=False)
        facts = [
            info.donor,
            str(info.year) if info.year else "",
            t("prog_counts", companies=t.count(page.companies), assessments=t.count(page.assessments)),
        ]
        story.para(" · ".join(f for f in facts if f), story.styles.muted)
        if info.origin == "reconstructed":
            story.note(t("origin_reconstructed"))
    else:
        story.unnumbered(t("prog_selection", n=page.assessments), new_page=False)
        counts = t("prog_counts", companies=t.count(page.companies), assessments=t.count(page.assessments))
        story.para(counts, story.styles.muted)
    ratio = DASH if x.implemented_ratio is None else t.fraction_pct(x.implemented_ratio, 0)
    reported = DASH if page.reported_co2_t is None else t.num(page.reported_co2_t, 0)
    story.tiles(
        [
            (f"{t.count(x.options_implemented)}/{t.count(x.options_proposed)}", t("kpi_options", ratio=ratio)),
            (t.money(x.investment_usd, "USD"), t("kpi_investment")),
            (t.money(x.annual_savings_usd, "USD"), t("kpi_savings")),
            (f"{t.num(x.co2_t, 0)} / {reported}", t("kpi_co2")),
        ],
    )
    story.space(4)
    if x.resource_savings:
        items = [(f"{t.qty(v)} {u}", t.carrier(c)) for c, (v, u) in x.resource_savings.items()]
        story.tiles(items, columns=min(4, max(2, len(items))))
    notes = [
        t(
            "co2_basis",
            factor_set=page.factor_set_name(t.lang),
            year=r.grid_year or DASH,
            fossil=t.num(x.co2.fossil_t, 0),
            electricity=t.num(x.co2.electricity_t, 0),
        )
    ]
    if x.not_in_co2:
        notes.append(t("not_in_co2", carriers=", ".join(t.carrier(c) for c in x.not_in_co2)))
    if x.not_counted:  # savings the factor set cannot count: said, never silently dropped

        def gap_set(code: str) -> str:
            return page.factor_set_name(t.lang) if code == r.factor_set else code

        gaps = dict.fromkeys(
            t.label("FactorGap", g.factor).format(fuel=t.carrier(g.fuel), unit=g.unit, factor_set=gap_set(g.factor_set))
            for g in x.not_counted
        )
        notes.append(t("rollup_not_counted", savings="; ".join(gaps)))
    if page.reported_co2_t is not None and r.co2_difference_t is not None and not page.is_total:
        notes.append(t("co2_difference", value=t.num(r.co2_difference_t, 0)))
    if page.is_total and page.reported_of[1]:
        notes.append(t("reported_of", k=page.reported_of[0], n=page.reported_of[1]))
    if info is not None and info.reported_note:
        notes.append(t("reported_as_printed", note=info.reported_note))
    notes += [t("rollup_steam") for n in r.notes if "steam" in n]
    story.note(" ".join(notes))
    story.table(tables.by_sector(page, t), font_size=7)
    story.table(tables.by_category(page, t), font_size=7)
    checked = tables.verified(page, t)
    if checked is not None:
        story.table(checked, font_size=7)
    rows = [
        (t.label("OptionCategory", code), [g.investment_usd, g.annual_savings_usd], "")
        for code, g in ((c, r.by_category[c]) for c in _category_order(r.by_category))
    ]
    if rows:
        chart = hbar_chart(
            rows,
            [(t("col_investment"), theme.INVESTMENT_COLOUR), (t("col_savings"), SAVINGS_COLOUR)],
            t,
            story.width,
            "USD",
            bar_h=5.0,
            row_gap=4.0,
        )
        story.figure(chart, t("prog_chart_caption", name=tables.page_name(page, t)))
    if page.option_types:
        story.table(tables.option_types(page, t), font_size=7)
    else:
        story.h3(t("types_title"))
        story.para(t("types_none"), story.styles.muted)


def _category_order(groups: Container[str]) -> list[str]:
    from cpdesk.core.vocabulary import OptionCategory

    return [c.value for c in OptionCategory if c.value in groups]
