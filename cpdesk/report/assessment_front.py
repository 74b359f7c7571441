"""The assessment summary's first part: cover, executive summary, company and process."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer, Table

from cpdesk.core.vocabulary import OptionCategory, OptionStatus
from cpdesk.report import assessment_tables as tables
from cpdesk.report import theme
from cpdesk.report.document import BODY
from cpdesk.report.drawings.bars import hbar_chart
from cpdesk.report.fonts import BOLD, REGULAR
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.markup import bold, escape
from cpdesk.report.model import AssessmentReportData
from cpdesk.report.story import Story

INVESTMENT_COLOUR = colors.HexColor("#7f8fa6")

#: Above this many characters of facts, the company and assessment boxes go one under the other.
SIDE_BY_SIDE_CHARS = 700


def cover_painter(t: I18n, centre: str, band_title: str) -> Callable[[Canvas, Any], None]:
    """Draws the cover's bands (the text on it is flowables, so long names wrap)."""

    def paint(canv: Canvas, _doc: Any) -> None:
        width, height = canv._pagesize
        canv.saveState()
        canv.setFillColor(theme.ACCENT)
        canv.rect(0, height - 38 * mm, width, 38 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(BOLD, 10)
        canv.drawString(theme.MARGIN_X, height - 17 * mm, band_title.upper())
        canv.setFont(REGULAR, 9)
        canv.drawString(theme.MARGIN_X, height - 23 * mm, t("cover_band_subtitle"))
        if centre:
            canv.drawRightString(width - theme.MARGIN_X, height - 17 * mm, centre[:90])
        canv.setFillColor(theme.ACCENT_LIGHT)
        canv.rect(0, 0, width, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(theme.MUTED)
        canv.setFont(REGULAR, 7.5)
        canv.drawString(theme.MARGIN_X, 6 * mm, t("cover_footer"))
        canv.restoreState()

    return paint


def cover(story: Story, data: AssessmentReportData) -> None:
    """Title, company, programme, dates, team and centre."""
    t, s = story.t, story.styles
    d = data.detail
    story.add(Spacer(1, 24 * mm))
    story.markup(escape(t("assessment_title")), s.cover_title)
    story.para(d.row.title, s.cover_subtitle)
    story.para(data.company.name, s.cover_company)
    place = " · ".join(x for x in (t.label("Sector", data.company.sector), data.company.province) if x and x != DASH)
    story.para(place, s.body)
    story.space(14)
    team = "<br/>".join(
        f"{escape(m.name)} <font color='#616e7c'>({escape(t.label('TeamRole', m.role))}"
        f"{', ' + escape(m.organisation) if m.organisation else ''})</font>"
        for m in d.team
    )
    programme = data.programme
    rows = [
        (t("cover_programme"), escape(f"{programme.code}: {programme.title(t.lang)}") if programme else DASH),
        (t("cover_period"), escape(t.period(d.row.start_date, d.row.end_date))),
        (t("cover_delivery"), escape(t.label("DeliveryMode", d.row.delivery_mode))),
        (t("cover_centre"), escape(data.centre or DASH)),
        (t("cover_team"), team or DASH),
        (t("cover_printed"), escape(t.date(data.printed_on))),
    ]
    body = [[Paragraph(bold(k), s.body), Paragraph(v, s.body)] for k, v in rows]
    table = Table(body, colWidths=[42 * mm, story.width - 42 * mm], hAlign="LEFT", splitInRow=1)
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
    story.add(table)
    if d.row.origin.value != "field":
        story.space(10)
        story.para(t(f"origin_{d.row.origin.value}"), s.note)
    story.add(NextPageTemplate(BODY), PageBreak())


def kpi_tiles(story: Story, items: list[tuple[str, str]], columns: int = 4) -> None:
    """Big figures with their labels, in a grid of tiles."""
    s = story.styles
    cells: list[object] = [
        [Paragraph(escape(value), s.kpi_value), Paragraph(escape(label), s.kpi_label)] for value, label in items
    ]
    while len(cells) % columns:
        cells.append("")
    grid = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    table = Table([[c for c in row] for row in grid], colWidths=[story.width / columns] * columns, hAlign="LEFT")
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
    story.add(table)


def executive_summary(story: Story, data: AssessmentReportData) -> None:
    """Key figures as tiles, a sentence a manager reads, resources saved and a chart."""
    t = story.t
    k = data.key
    cur = k.currency
    story.h1(t("exec_title"), new_page=False)
    kpi_tiles(
        story,
        [
            (t.count(k.options_found), t("kf_found")),
            (t.count(k.options_selected), t("kf_selected")),
            (t.count(k.options_implemented), t("kf_implemented")),
            (t.years(k.payback_years), t("kf_payback_years")),
            (t.money(k.investment, cur), t("kf_investment_cur", currency=cur)),
            (t.money(k.annual_savings, cur), t("kf_savings_cur", currency=cur)),
            (t.money(k.annual_savings_usd, "USD"), t("kf_savings_usd_short")),
            (t.num(k.co2_t, 0), t("kf_co2_short")),
        ],
    )
    story.space(8)
    story.para(
        t(
            "exec_text",
            found=t.count(k.options_found),
            selected=t.count(k.options_selected),
            implemented=t.count(k.options_implemented),
            investment=t.money(k.investment, cur),
            savings=t.money(k.annual_savings, cur),
            currency=cur,
            payback=t.years(k.payback_years),
            co2=t.num(k.co2_t, 0),
        )
    )
    if k.planned_investment or k.planned_annual_savings:
        story.para(
            t(
                "exec_planned",
                investment=t.money(k.planned_investment, cur),
                savings=t.money(k.planned_annual_savings, cur),
                currency=cur,
            )
        )
    if k.resource_savings:
        story.h3(t("exec_resources"))
        items = [(f"{t.qty(v)} {u}", t.carrier(c)) for c, (v, u) in k.resource_savings.items()]
        kpi_tiles(story, items, columns=min(4, max(2, len(items))))
    story.note(t("kf_note", factor_set=data.factor_set_name(t.lang), year=k.grid_year or DASH))
    # in the assessment's currency, like the tiles above it (not USD for a VND company)
    done = [o for o in data.detail.options if o.status == OptionStatus.IMPLEMENTED]
    rows = [
        (
            t.label(OptionCategory, c),
            [sum(o.investment for o in in_category), sum(o.annual_savings for o in in_category)],
            "",
        )
        for c in OptionCategory
        if (in_category := [o for o in done if o.category == c])
    ]
    if rows:
        chart = hbar_chart(
            rows,
            [(t("col_investment"), INVESTMENT_COLOUR), (t("col_savings"), theme.OUT_COLOUR)],
            t,
            story.width,
            cur,
            bar_h=6.0,
            row_gap=5.0,
        )
        story.figure(chart, t("exec_chart_caption", currency=cur))
    if data.detail.audit_focus:
        story.h3(t("audit_focus"))
        story.para(data.detail.audit_focus)


def company_and_process(story: Story, data: AssessmentReportData) -> None:
    """Company and assessment facts, notes, the CP team and the process steps."""
    t, s = story.t, story.styles
    d = data.detail
    c = data.company
    story.h1(t("company_title"))
    facts = [
        (t("company_name"), c.name),
        (t("company_sector"), t.label("Sector", c.sector)),
        (t("company_province"), c.province or DASH),
        (t("company_size"), t.label("CompanySize", c.size) if c.size else DASH),
        (t("company_employees"), t.count(c.employees) if c.employees is not None else DASH),
        (t("company_address"), c.address or DASH),
    ]
    production = f"{t.qty(d.annual_production)} {d.production_unit}/{t('per_year')}" if d.annual_production else DASH
    rate = f"{t.num(d.exchange_rate)} VND/USD" if d.exchange_rate else DASH
    assessment = [
        (t("assessment_name"), d.row.title),
        (t("cover_period"), t.period(d.row.start_date, d.row.end_date)),
        (
            t("operating_hours"),
            f"{t.num(d.operating_hours_per_year)} h/{t('per_year')}" if d.operating_hours_per_year else DASH,
        ),
        (
            t("operating_days"),
            f"{t.num(d.operating_days_per_year)} {t('days')}/{t('per_year')}" if d.operating_days_per_year else DASH,
        ),
        (t("production"), production),
        (t("batches"), t.qty(d.batches_per_day) if d.batches_per_day else DASH),
        (t("currency_rate"), f"{d.currency}; {rate}"),
        (t("discount_rate"), t.pct(100 * d.discount_rate)),
        (t("tasks_done"), data.tasks.text(t.lang) if data.tasks is not None else DASH),
    ]
    # Side by side when both fit comfortably; one under the other when a user wrote a long
    # address or title, since a table nested in a table cannot break across pages.
    if sum(len(v) for _k, v in facts + assessment) <= SIDE_BY_SIDE_CHARS:
        half = (story.width - 6 * mm) / 2
        left = _facts_table(facts, s, half, t("company_heading"))
        right = _facts_table(assessment, s, half, t("assessment_heading"))
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
        story.add(pair)
    else:
        story.add(_facts_table(facts, s, story.width, t("company_heading")))
        story.add(_facts_table(assessment, s, story.width, t("assessment_heading")))
    if data.notes:
        story.h3(t("assessment_notes"))
        story.para(data.notes)
    story.table(tables.team(data, t))
    story.table(tables.steps(data, t))


def _facts_table(rows: list[tuple[str, str]], s: theme.Styles, width: float, title: str) -> Table:
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
