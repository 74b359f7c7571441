"""The assessment summary's waste streams, causes, options, feasibility and implementation."""

from __future__ import annotations

from cpdesk.core.appraisal import OptionAppraisal
from cpdesk.core.vocabulary import OptionStatus
from cpdesk.report import assessment_calculations as calculations
from cpdesk.report import assessment_tables as tables
from cpdesk.report.i18n import I18n
from cpdesk.report.markup import bold, escape
from cpdesk.report.model import AssessmentReportData
from cpdesk.report.story import Story

_CHOSEN = (OptionStatus.SELECTED, OptionStatus.IMPLEMENTED)


def waste_section(story: Story, data: AssessmentReportData) -> None:
    """Waste streams with their costs and how they were worked out, then their causes."""
    t = story.t
    story.h1(t("waste_heading"))
    story.para(t("waste_intro", currency=data.currency))
    story.table(tables.waste_costs(data, t))
    notes = [(w.name, data.waste_notes[w.id]) for w in data.detail.waste_streams if w.id in data.waste_notes]
    if notes:
        story.h3(t("waste_notes"))
        for name, note in notes:
            story.markup(f"{bold(name)}: {escape(note)}", story.styles.small)
    story.h2(t("causes_title"))
    story.table(tables.causes(data, t), caption=False)


def options_section(story: Story, data: AssessmentReportData) -> None:
    """The option list by category and why options were rejected."""
    t = story.t
    story.h1(t("options_heading"))
    counts = {s: sum(1 for o in data.detail.options if o.status == s) for s in OptionStatus}
    story.para(
        t(
            "options_intro",
            n=len(data.detail.options),
            proposed=counts[OptionStatus.PROPOSED],
            selected=counts[OptionStatus.SELECTED],
            implemented=counts[OptionStatus.IMPLEMENTED],
            rejected=counts[OptionStatus.REJECTED],
        )
    )
    story.table(tables.options(data, t), caption=False)
    rejected = [o for o in data.detail.options if o.status == OptionStatus.REJECTED]
    if rejected:
        story.h3(t("rejected_heading"))
        for o in rejected:
            story.markup(f"{bold(o.code or o.title)}: {escape(o.rejection_reason or '–')}", story.styles.small)


def feasibility_section(story: Story, data: AssessmentReportData) -> None:
    """The feasibility table, then one block per selected option."""
    t, s = story.t, story.styles
    story.h1(t("feasibility_heading"))
    story.para(t("feasibility_intro"))
    story.table(tables.feasibility(data, t), caption=False)
    for a in data.appraisals:  # shown beside the others, with why its CO2 is missing
        if a.co2_gap is not None:
            story.note(co2_not_computed(t, a, data.factor_set_name(t.lang)))
    worked = calculations.calculations_table(data, t)
    if worked is not None:
        story.h2(t("calculations_heading"))
        story.para(t("calculations_intro"))
        story.table(worked, caption=False)
    cur = data.currency
    for a in data.appraisals:
        o = a.option
        if o.status not in _CHOSEN:
            continue
        e = a.economics
        # an option's sheet stays on one page unless its text alone is longer than a page
        with story.kept():
            story.para(f"{o.code} {o.title}".strip(), s.h3)
            if o.description:
                story.para(o.description)
            if o.id in data.option_notes:
                story.markup(f"{bold(t('technical_notes'))}: {escape(data.option_notes[o.id])}", s.small)
            money = t(
                "feasibility_line",
                investment=t.money(o.investment, cur),
                savings=t.money(o.annual_savings, cur),
                costs=t.money(o.annual_extra_costs, cur),
                currency=cur,
                life=t.num(o.lifetime_years, None),  # as typed: a partial year shows (2.5)
                payback=t.years(e.simple_payback_years),
                dpayback=t.years(e.discounted_payback_years),
                npv=t.money(e.npv, cur),
                irr=t.fraction_pct(e.irr),
            )
            story.markup(f"{bold(t('economic'))}: {escape(money)}", s.small)
            worked_out = calculations.calculation_of(data, o.id)
            if worked_out is not None:
                line = calculations.option_line(worked_out, t, cur)
                story.markup(f"{bold(t('calc_label'))}: {escape(line)}", s.small)
            if o.savings:
                resources = "; ".join(
                    f"{t.carrier(x.carrier)} {t.qty(x.quantity)} {t.unit(x.unit)}/{t('per_year')}" for x in o.savings
                )
                if a.co2 is None:
                    co2 = co2_not_computed(t, a, data.factor_set_name(t.lang))
                else:
                    co2 = t(
                        "co2_line",
                        total=t.num(a.co2.total_t, 1),
                        fossil=t.num(a.co2.fossil_t, 1),
                        electricity=t.num(a.co2.electricity_t, 1),
                    )
                story.markup(f"{bold(t('environmental'))}: {escape(resources)}. {escape(co2)}", s.small)
            for note in e.notes:
                story.note(t.label("PrintedEconomicsNote", note))


def co2_not_computed(t: I18n, a: OptionAppraisal, factor_set: str = "") -> str:
    """One sentence: the option's CO2 is not computed, and which factor its factor set lacks.
    ``factor_set`` is the set's name (its code when not given)."""
    gap = a.co2_gap
    if gap is None:
        return ""
    name = factor_set or gap.factor_set
    reason = t.label("FactorGap", gap.factor).format(fuel=t.carrier(gap.fuel), unit=gap.unit, factor_set=name)
    return t("co2_not_computed", option=a.option.code or a.option.title, reason=reason)


def implementation_section(story: Story, data: AssessmentReportData) -> None:
    """Implementation and monitoring, and where the assessment stands on the 18 tasks."""
    t = story.t
    story.h1(t("implementation_heading"))
    story.para(t("implementation_intro"))
    story.table(tables.implementation(data, t), caption=False)
    story.h2(t("tasks_heading"))
    story.table(tables.tasks(data, t), caption=False)
