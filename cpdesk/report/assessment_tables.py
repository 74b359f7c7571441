"""The tables of the assessment summary, shared by its PDF and its Excel workbook.

The annex's tables (readings, fuels, grid factors) are ``annex_tables``; :func:`all_tables`
lists them all in the order of the report.
"""

from __future__ import annotations

from collections import defaultdict

from cpdesk.core.balance import Balance
from cpdesk.core.reference import methodology
from cpdesk.core.rows import OptionRow, SavingRow
from cpdesk.core.vocabulary import OptionCategory, OptionStatus
from cpdesk.report.annex_tables import fuels, grid, measurements
from cpdesk.report.assessment_calculations import calculations_table
from cpdesk.report.assessment_mv import mv_tables
from cpdesk.report.i18n import I18n
from cpdesk.report.model import AssessmentReportData, BalanceSection
from cpdesk.report.tabular import Column, Group, Kind, Row, TableSpec

_SELECTED = (OptionStatus.SELECTED, OptionStatus.IMPLEMENTED)


def key_figures(data: AssessmentReportData, t: I18n) -> TableSpec:
    """The executive summary's figures as one table (the workbook's first sheet)."""
    k = data.key
    rows: list[Row] = [
        (t("kf_found"), k.options_found, ""),
        (t("kf_selected"), k.options_selected, ""),
        (t("kf_implemented"), k.options_implemented, ""),
        (t("kf_investment"), k.investment, k.currency),
        (t("kf_savings"), k.annual_savings, f"{k.currency}/{t('per_year')}"),
        (t("kf_payback"), k.payback_years, t("years")),
        (t("kf_investment_usd"), k.investment_usd, "USD"),
        (t("kf_savings_usd"), k.annual_savings_usd, f"USD/{t('per_year')}"),
        (t("kf_co2"), k.co2_t, f"t CO₂/{t('per_year')}"),
    ]
    rows += [
        (t("kf_resource", carrier=t.carrier(c)), v, f"{u}/{t('per_year')}") for c, (v, u) in k.resource_savings.items()
    ]
    return TableSpec(
        t("sheet_summary"),
        t("kf_title"),
        (
            Column(t("col_figure"), width=3),
            Column(t("col_value"), Kind.NUMBER, decimals=None, width=1.4),
            Column(t("col_unit"), width=1.2),
        ),
        rows,
        note=t("kf_note", factor_set=data.factor_set_name(t.lang), year=k.grid_year or "–"),
    )


def team(data: AssessmentReportData, t: I18n) -> TableSpec:
    """The CP team (task 1)."""
    return TableSpec(
        t("sheet_team"),
        t("team_title"),
        (
            Column(t("col_name"), width=1.6),
            Column(t("col_role"), width=1.2),
            Column(t("col_organisation"), width=1.2),
            Column(t("col_position"), width=2.4),
        ),
        [(m.name, t.label("TeamRole", m.role), m.organisation, m.position) for m in data.detail.team],
    )


def steps(data: AssessmentReportData, t: I18n) -> TableSpec:
    """The process steps in order, the audit focus marked (tasks 2 and 3)."""
    return TableSpec(
        t("sheet_steps"),
        t("steps_title"),
        (
            Column("#", Kind.INT, width=0.35),
            Column(t("col_step"), width=1.8),
            Column(t("col_focus"), width=0.7),
            Column(t("col_description"), width=4),
        ),
        [(s.position, s.name, t("yes") if s.is_focus else "", s.description) for s in data.detail.steps],
    )


def streams(data: AssessmentReportData, t: I18n) -> TableSpec:
    """Every stream of the flow chart with its ends and number of readings (task 4)."""
    boundary = t("boundary")
    return TableSpec(
        t("sheet_streams"),
        t("streams_title"),
        (
            Column(t("col_stream"), width=2.2),
            Column(t("col_kind"), width=0.9),
            Column(t("col_carrier"), width=1.0),
            Column(t("col_from"), width=1.5),
            Column(t("col_to"), width=1.5),
            Column(t("col_readings"), Kind.INT, width=0.6),
        ),
        [
            (
                s.name,
                t.label("StreamKind", s.kind),
                t.carrier(s.carrier),
                s.source or boundary,
                s.target or boundary,
                s.measurements,
            )
            for s in data.detail.streams
        ],
    )


def balance(section: BalanceSection, t: I18n, *, reconciled: bool) -> TableSpec | None:
    """Per step and for the plant: inputs, outputs, unaccounted, closure."""
    report = section.report
    if report is None:
        return None
    b: Balance | None = report.reconciled if reconciled else report.measured
    if b is None:
        return None
    which = t("reconciled") if reconciled else t("measured")
    unit = f"{b.unit}/{t('per_year')}"
    rows: list[Row] = [
        (n.name, n.total_in, n.total_out, n.unaccounted, n.closure_pct, ", ".join(n.unmeasured)) for n in b.nodes
    ]
    p = b.plant
    return TableSpec(
        t(f"sheet_{section.group}_{'rec' if reconciled else 'meas'}"),
        t(f"balance_{section.group}_title") + f" ({which})",
        (
            Column(t("col_step"), width=2.2),
            Column(t("col_in"), Kind.NUMBER, unit, 0),
            Column(t("col_out"), Kind.NUMBER, unit, 0),
            Column(t("col_unaccounted"), Kind.NUMBER, unit, 0),
            Column(t("col_closure"), Kind.PCT, "", 1, width=0.8),  # the header names the %
            Column(t("col_unmeasured"), width=1.8),
        ),
        rows,
        total=(t("plant_boundary"), p.total_in, p.total_out, p.unaccounted, p.closure_pct, ", ".join(p.unmeasured)),
        note=t("closure_note"),
    )


def reconciliation(section: BalanceSection, t: I18n) -> TableSpec | None:
    """Each stream's reading beside its reconciled value, uncertainty, status and test."""
    report = section.report
    if report is None or report.reconciliation is None or report.reconciled is None:
        return None
    rec = report.reconciliation
    unit = f"{report.measured.unit}/{t('per_year')}"
    return TableSpec(
        t(f"sheet_{section.group}_adj"),
        t("reconciliation_title", balance=t(f"balance_{section.group}_title")),
        (
            Column(t("col_stream"), width=2.4),
            Column(t("col_measured"), Kind.NUMBER, unit, 0),
            Column(t("col_reconciled"), Kind.NUMBER, unit, 0),
            Column("±", Kind.NUMBER, unit, 0, width=0.8),
            Column(t("col_status"), width=1.0),
            Column(t("col_test"), width=0.9),
        ),
        [
            (
                rec.names.get(e.stream_id, e.stream_id),
                e.measured,
                e.value,
                e.sigma,
                t.label("StreamStatus", e.status),
                t("gross_error") if e.gross_error else "",
            )
            for e in rec.result.streams
        ],
    )


def waste_costs(data: AssessmentReportData, t: I18n) -> TableSpec:
    """What each waste stream costs a year, with the totals (task 6)."""
    cur = data.currency
    ws = data.detail.waste_streams
    return TableSpec(
        t("sheet_waste"),
        t("waste_title"),
        (
            Column(t("col_waste_stream"), width=2.4),
            Column(t("col_quantity"), Kind.NUMBER, t("per_year")),
            Column(t("col_unit"), width=0.5),
            Column(t("col_loss_value"), Kind.MONEY, f"{cur}/{t('unit_short')}"),
            Column(t("col_treatment"), Kind.MONEY, f"{cur}/{t('per_year')}"),
            Column(t("col_annual_cost"), Kind.MONEY, f"{cur}/{t('per_year')}"),
        ),
        [
            (w.name, w.annual_quantity, t.unit(w.unit), w.loss_value_per_unit, w.treatment_cost_per_year, w.annual_cost)
            for w in ws
        ],
        total=(t("total"), None, "", None, sum(w.treatment_cost_per_year for w in ws), sum(w.annual_cost for w in ws)),
        extra={"currency": cur},
    )


def causes(data: AssessmentReportData, t: I18n) -> TableSpec:
    """The causes of each waste stream, grouped by waste stream (task 7)."""
    rows: list[Row] = []
    current = None
    for c in data.causes:
        if c.waste_stream_id != current:
            rows.append(Group(c.waste_stream))
            current = c.waste_stream_id
        rows.append((c.waste_stream, t.label("CauseCategory", c.category), c.description))
    return TableSpec(
        t("sheet_causes"),
        t("causes_title"),
        (
            Column(t("col_waste_stream"), width=1.6),
            Column(t("col_cause_category"), width=1.3),
            Column(t("col_cause"), width=4),
        ),
        rows,
    )


def options(data: AssessmentReportData, t: I18n) -> TableSpec:
    """Every option grouped by category, with screening, status and money (tasks 8 and 9)."""
    cur = data.currency
    by_category: dict[str, list[OptionRow]] = defaultdict(list)
    for o in data.detail.options:
        by_category[o.category.value].append(o)
    rows: list[Row] = []
    for category in OptionCategory:
        items = by_category.get(category.value, [])
        if not items:
            continue
        rows.append(Group(t.label(OptionCategory, category)))
        rows += [
            (
                o.code,
                o.title,
                t.label("OptionCategory", o.category),
                t.label("ScreeningResult", o.screening),
                t.label("OptionStatus", o.status),
                o.investment,
                o.annual_savings,
            )
            for o in items
        ]
    return TableSpec(
        t("sheet_options"),
        t("options_title"),
        (
            Column(t("col_code"), width=0.6),
            Column(t("col_option"), width=2.9),
            Column(t("col_category"), width=1.3),
            Column(t("col_screening"), width=1.1),
            Column(t("col_status"), width=0.9),
            Column(t("col_investment"), Kind.MONEY, cur, width=1.35),
            Column(t("col_savings"), Kind.MONEY, f"{cur}/{t('per_year')}", width=1.35),
        ),
        rows,
        total=(
            "",
            t("total"),
            "",
            "",
            "",
            sum(o.investment for o in data.detail.options),
            sum(o.annual_savings for o in data.detail.options),
        ),
        extra={"currency": cur},
    )


def feasibility(data: AssessmentReportData, t: I18n) -> TableSpec:
    """Economics and CO2 of the options selected or implemented (tasks 10 to 12)."""
    cur = data.currency
    chosen = [a for a in data.appraisals if a.option.status in _SELECTED]
    return TableSpec(
        t("sheet_feasibility"),
        t("feasibility_title"),
        (
            Column(t("col_code"), width=0.6),
            Column(t("col_option"), width=2.6),
            Column(t("col_investment"), Kind.MONEY, cur),
            Column(t("col_net_savings"), Kind.MONEY, f"{cur}/{t('per_year')}"),
            Column(t("col_payback"), Kind.NUMBER, t("years"), 1, width=0.7),
            Column(t("col_npv"), Kind.MONEY, cur),
            Column("IRR", Kind.FRACTION, "%", 1, width=0.6),
            Column("CO₂", Kind.NUMBER, f"t/{t('per_year')}", 0, width=0.7),
        ),
        [
            (
                a.option.code,
                a.option.title,
                a.option.investment,
                a.option.annual_savings - a.option.annual_extra_costs,
                a.economics.simple_payback_years,
                a.economics.npv,
                a.economics.irr,
                a.co2_t,  # None (a dash) when the factor set cannot count a saving: see the note
            )
            for a in chosen
        ],
        note=t("feasibility_note", rate=t.num(100 * data.detail.discount_rate, 1)),
        extra={"currency": cur},
    )


def resource_saved(saving: SavingRow, t: I18n) -> str:
    """A resource saved as "estimated → monitored", or the estimate alone while not monitored yet
    (never "800 → – t"); the summary's implementation table and the monitoring worksheet."""
    carrier, estimated, unit = t.carrier(saving.carrier), t.qty(saving.quantity), t.unit(saving.unit)
    if saving.monitored_quantity is None:
        return t("resource_not_monitored", carrier=carrier, estimated=estimated, unit=unit)
    return f"{carrier}: {estimated} → {t.qty(saving.monitored_quantity)} {unit}"


def implementation(data: AssessmentReportData, t: I18n) -> TableSpec:
    """Implementation dates and estimated against monitored savings (tasks 14 to 16)."""
    cur = data.currency
    rows: list[Row] = []
    for o in data.detail.options:
        if o.status not in _SELECTED:
            continue
        resources = "; ".join(resource_saved(s, t) for s in o.savings)
        rows.append(
            (
                o.code,
                o.title,
                t.label("OptionStatus", o.status),
                o.implemented_on,
                o.annual_savings,
                o.monitored_annual_savings,
                resources,
            )
        )
    return TableSpec(
        t("sheet_implementation"),
        t("implementation_title"),
        (
            Column(t("col_code"), width=0.6),
            Column(t("col_option"), width=2.4),
            Column(t("col_status"), width=0.9),
            Column(t("col_implemented_on"), Kind.DATE, width=0.9),
            Column(t("col_estimated"), Kind.MONEY, f"{cur}/{t('per_year')}"),
            Column(t("col_monitored"), Kind.MONEY, f"{cur}/{t('per_year')}"),
            Column(t("col_resources_monitored"), width=2.2),
        ),
        rows,
        extra={"currency": cur},
    )


def tasks(data: AssessmentReportData, t: I18n) -> TableSpec:
    """Where the assessment stands on each of the method's 18 tasks."""
    method = methodology()
    return TableSpec(
        t("sheet_tasks"),
        t("tasks_heading"),
        (
            Column("#", Kind.INT, width=0.3),
            Column(t("col_task"), width=2.4),
            Column(t("col_status"), width=0.9),
            Column(t("col_note"), width=3.4),
        ),
        [
            (task.task_no, method.task(task.task_no).title.get(t.lang), t.label("TaskStatus", task.status), task.note)
            for task in data.detail.tasks
        ],
    )


def all_tables(data: AssessmentReportData, t: I18n) -> list[TableSpec]:
    """Every table of the assessment summary, in the order of the report (the workbook's sheets)."""
    specs: list[TableSpec | None] = [key_figures(data, t), team(data, t), steps(data, t), streams(data, t)]
    for section in data.balances:
        specs += [
            balance(section, t, reconciled=False),
            balance(section, t, reconciled=True),
            reconciliation(section, t),
        ]
    specs += [
        waste_costs(data, t),
        causes(data, t),
        options(data, t),
        feasibility(data, t),
        calculations_table(data, t),
        implementation(data, t),
        *mv_tables(data, t),
        tasks(data, t),
        measurements(data, t),
        fuels(data, t),
        grid(data, t),
    ]
    return [s for s in specs if s is not None]
