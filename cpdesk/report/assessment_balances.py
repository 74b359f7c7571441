"""The assessment summary's flow chart and water and energy balances."""

from __future__ import annotations

from cpdesk.core.balance import Balance
from cpdesk.core.balance_report import Reconciliation
from cpdesk.core.guidance import closure_exceeds
from cpdesk.core.messages import say
from cpdesk.report import assessment_tables as tables
from cpdesk.report import theme
from cpdesk.report.drawings.bars import hbar_chart
from cpdesk.report.drawings.flowchart import flow_chart
from cpdesk.report.drawings.sankey import sankey
from cpdesk.report.i18n import I18n
from cpdesk.report.model import AssessmentReportData, BalanceSection
from cpdesk.report.story import Story

#: Steps per bar chart: 26 rows of two bars fill most of a page.
BAR_ROWS_PER_CHART = 26


def flow_chart_section(story: Story, data: AssessmentReportData) -> None:
    """The flow chart on a landscape page, then the list of streams."""
    t = story.t
    d = data.detail
    if d.steps:
        story.landscape()
        story.h1(t("flow_title"), new_page=False)
        drawing = flow_chart(d.steps, d.streams, t, story.width, story.height - 60)
        story.figure(drawing, t("flow_caption", company=data.company.name))
        story.portrait()
    else:
        story.h1(t("flow_title"))
        story.note(t("none_recorded"))
    story.table(tables.streams(data, t))


def balance_section(story: Story, data: AssessmentReportData, section: BalanceSection) -> None:
    """Tables with closure, reconciliation, bar chart, then the Sankey diagram on a landscape page."""
    t = story.t
    story.h1(t(f"balance_{section.group}_title"))
    report = section.report
    if report is None:
        story.para(t("balance_failed", reason=say(section.error, t.lang)))
        return
    measured = report.measured
    if not measured.streams:
        story.para(t("balance_empty"))
        return
    story.para(t(f"balance_{section.group}_intro", unit=measured.unit))
    story.table(tables.balance(section, t, reconciled=False))
    flagged = unaccounted_flagged(measured, section.threshold_pct, t)
    if flagged:
        story.para(t("unaccounted_flagged", threshold=t.num(section.threshold_pct, 1), names=flagged))
    if measured.specific:
        story.para(
            t(
                "specific",
                value=t.qty(measured.specific.get("total")),
                unit=measured.unit,
                product=measured.production_unit,
            )
        )
    shown: Balance = report.reconciled or measured
    if report.reconciled is not None and report.reconciliation is not None:
        test = report.reconciliation.result.global_test
        verdict = t("test_passed") if test.passed else t("test_failed")
        story.h2(t("reconciled_heading"))
        story.para(
            t(
                "reconciled_intro",
                chi2=t.num(test.statistic, 2),
                dof=test.dof,
                p=t.num(test.p_value, 3),
                verdict=verdict,
            )
        )
        if report.reconciliation.suspect_name:
            story.para(t("suspect", name=report.reconciliation.suspect_name))
        for sentence in _flags(report.reconciliation, t):
            story.para(sentence)
        story.table(tables.balance(section, t, reconciled=True))
    elif section.reconcile_error:
        story.note(t("reconcile_failed", reason=say(section.reconcile_error, t.lang)))
    charts = _bars(measured, t, story.width)
    for n, chart in enumerate(charts, start=1):
        caption = t("bars_caption", balance=t(f"balance_{section.group}_title"))
        if len(charts) > 1:
            caption += f" ({n}/{len(charts)})"
        story.figure(chart, caption, heading=t("bars_heading") if n == 1 else None)
    if report.reconciliation is not None:
        story.table(tables.reconciliation(section, t))
    story.landscape()
    caption = t(
        "sankey_caption",
        balance=t(f"balance_{section.group}_title"),
        unit=shown.unit,
        which=t("reconciled") if report.reconciled else t("measured"),
    )
    story.figure(sankey(shown, t, story.width, story.height - 40), caption)
    story.portrait()


def unaccounted_flagged(balance: Balance, threshold_pct: float, t: I18n) -> str:
    """The steps and the plant whose measured unaccounted share passes the threshold, with
    that share ("" when none does): the guide's check, whatever the chi-square test says.
    A step with an unmeasured stream is left to the list of unmeasured streams."""
    nodes = [(n.name, n) for n in balance.nodes] + [(t("plant_boundary"), balance.plant)]
    return ", ".join(
        f"{name} ({t.pct(n.closure_pct)})"
        for name, n in nodes
        if not n.unmeasured and closure_exceeds(n.closure_pct, threshold_pct)
    )


def _flags(reconciliation: Reconciliation, t: I18n) -> list[str]:
    """The readings serial elimination names (or cannot choose between), and the flows held at 0."""
    sentences = []
    elimination = reconciliation.result.elimination
    if elimination is not None and reconciliation.suspected_names:
        test = elimination.result.global_test
        sentences.append(
            t(
                "suspected",
                names=", ".join(reconciliation.suspected_names),
                chi2=t.num(test.statistic, 2),
                dof=test.dof,
                p=t.num(test.p_value, 3),
                verdict=t("test_passed") if test.passed else t("test_failed"),
            )
        )
    if elimination is not None and elimination.stopped == "indistinguishable":
        names = ", ".join(reconciliation.names.get(s, s) for s in elimination.undecided)
        sentences.append(t("suspects_undecided", names=names))
    if reconciliation.at_bound_names:
        sentences.append(t("held_at_zero", names=", ".join(reconciliation.at_bound_names)))
    return sentences


def _bars(balance: Balance, t: I18n, width: float) -> list[object]:
    """Inputs and outputs per step, with the plant last; one chart per page's worth of steps."""
    rows = [(n.name, [n.total_in, n.total_out], t.pct(n.closure_pct)) for n in balance.nodes]
    p = balance.plant
    rows.append((t("plant_boundary"), [p.total_in, p.total_out], t.pct(p.closure_pct)))
    chunks = [rows[i : i + BAR_ROWS_PER_CHART] for i in range(0, len(rows), BAR_ROWS_PER_CHART)]
    return [
        hbar_chart(
            chunk,
            [(t("col_in"), theme.IN_COLOUR), (t("col_out"), theme.OUT_COLOUR)],
            t,
            width,
            f"{balance.unit}/{t('per_year')}",
            bold_last=chunk is chunks[-1],
            right_title=t("col_closure"),
        )
        for chunk in chunks
    ]
