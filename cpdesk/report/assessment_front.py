"""The assessment summary's first part: cover, executive summary, company and process."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cpdesk.core.vocabulary import OptionCategory, OptionStatus
from cpdesk.report import assessment_tables as tables
from cpdesk.report import theme
from cpdesk.report.drawings.bars import hbar_chart
from cpdesk.report.fonts import BOLD, REGULAR
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.markup import escape
from cpdesk.report.model import AssessmentReportData
from cpdesk.report.story import Story


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
    story.space(24 * mm)
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
    story.cover_facts(rows)
    if d.row.origin.value != "field":
        story.space(10)
        story.para(t(f"origin_{d.row.origin.value}"), s.note)
    story.end_cover()


def executive_summary(story: Story, data: AssessmentReportData) -> None:
    """Key figures as tiles, a sentence a manager reads, resources saved and a chart."""
    t = story.t
    k = data.key
    cur = k.currency
    story.h1(t("exec_title"), new_page=False)
    story.tiles(
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
        story.tiles(items, columns=min(4, max(2, len(items))))
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
            [(t("col_investment"), theme.INVESTMENT_COLOUR), (t("col_savings"), theme.OUT_COLOUR)],
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
    t = story.t
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
    story.fact_boxes([(t("company_heading"), facts), (t("assessment_heading"), assessment)])
    if data.notes:
        story.h3(t("assessment_notes"))
        story.para(data.notes)
    story.table(tables.team(data, t))
    story.table(tables.steps(data, t))
