"""The ten worksheets of the method's tasks, each blank or filled from an assessment."""

from __future__ import annotations

from collections.abc import Callable

from cpdesk.core.reference import methodology
from cpdesk.core.vocabulary import CauseCategory, OptionStatus, ScreeningResult
from cpdesk.report.assessment_options import co2_not_computed
from cpdesk.report.assessment_tables import resource_saved
from cpdesk.report.drawings.flowchart import flow_chart
from cpdesk.report.i18n import I18n
from cpdesk.report.model import AssessmentReportData, WorksheetData
from cpdesk.report.story import Story
from cpdesk.report.worksheet_forms import drawing_area, grid, sheet_heading

BOX = "☐"
TICKED = "☒"
_CHOSEN = (OptionStatus.SELECTED, OptionStatus.IMPLEMENTED)

#: (title key, tasks of the method) of each sheet, in the order of the method
_SHEETS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("ws_team", (1,)),
    ("ws_steps", (2, 3)),
    ("ws_flow", (4,)),
    ("ws_balance", (5,)),
    ("ws_waste", (6,)),
    ("ws_causes", (7,)),
    ("ws_options", (8, 9)),
    ("ws_feasibility", (10, 11, 12)),
    ("ws_plan", (13, 14, 15)),
    ("ws_monitoring", (16,)),
)


def sheet_list(t: I18n) -> list[tuple[str, str]]:
    """(sheet title, tasks) for the cover's list of sheets."""
    method = methodology()
    return [(t(key), ", ".join(f"{n}. {method.task(n).title.get(t.lang)}" for n in tasks)) for key, tasks in _SHEETS]


def _start(story: Story, data: WorksheetData, index: int) -> AssessmentReportData | None:
    key, tasks = _SHEETS[index]
    sheet_heading(story, f"{index + 1}. {story.t(key)}", tasks, story.t(f"{key}_how"), data)
    return data.report


def team(story: Story, data: WorksheetData) -> None:
    """Sheet 1: the CP team."""
    t = story.t
    r = _start(story, data, 0)
    rows = [[m.name, m.position, m.organisation, t.label("TeamRole", m.role), ""] for m in (r.detail.team if r else ())]
    story.add(
        grid(
            [t("col_name"), t("col_position"), t("col_organisation"), t("col_role"), t("ws_signature")],
            [1.6, 2.0, 1.0, 1.1, 0.9],
            rows,
            story,
            blank_rows=4 if r else 18,
        )
    )


def steps(story: Story, data: WorksheetData) -> None:
    """Sheet 2: process steps with their main inputs and outputs, the focus ticked."""
    t = story.t
    r = _start(story, data, 1)
    rows = []
    if r:
        for s in r.detail.steps:
            ins = [x.name for x in r.detail.streams if x.target_step_id == s.id]
            outs = [x.name for x in r.detail.streams if x.source_step_id == s.id]
            rows.append([str(s.position), s.name, "; ".join(ins), "; ".join(outs), TICKED if s.is_focus else BOX])
    story.add(
        grid(
            ["#", t("col_step"), t("ws_main_inputs"), t("ws_main_outputs"), t("col_focus")],
            [0.3, 1.5, 2.4, 2.4, 0.6],
            rows,
            story,
            blank_rows=2 if r else 22,
            numeric=(0,),
        )
    )


def flow(story: Story, data: WorksheetData) -> None:
    """Sheet 3: the flow chart, drawn or a grid to draw on (landscape)."""
    story.landscape()  # a flow chart needs the width of the page
    r = _start(story, data, 2)
    height = story.height - 120
    if r and r.detail.steps:
        story.add(flow_chart(r.detail.steps, r.detail.streams, story.t, story.width, height))
    else:
        story.add(drawing_area(story, height))
    story.portrait()


def balance(story: Story, data: WorksheetData) -> None:
    """Sheet 4: inputs and outputs of each step, and what is unaccounted."""
    t = story.t
    r = _start(story, data, 3)
    headers = [t("col_step"), t("ws_direction"), t("col_stream"), t("col_quantity"), t("col_unit")]
    widths = [1.5, 0.6, 2.4, 0.9, 0.7]
    if r is None:
        story.add(grid(headers, widths, [], story, blank_rows=28))
        return
    for section in r.balances:
        if section.report is None or not section.report.measured.streams:
            continue
        b = section.report.measured
        story.h3(t(f"balance_{section.group}_title"))
        rows = []
        for n in b.nodes:
            unit = f"{b.unit}/{t('per_year')}"
            rows += [[n.name, t("col_in"), v.name, t.qty(v.value), unit] for v in n.inputs]
            rows += [[n.name, t("col_out"), v.name, t.qty(v.value), unit] for v in n.outputs]
            rows.append(
                [
                    n.name,
                    t("col_unaccounted"),
                    f"{t('col_closure')} {t.num(n.closure_pct, 1)}",
                    t.qty(n.unaccounted),
                    unit,
                ]
            )
        story.add(grid(headers, widths, rows, story, blank_rows=2, numeric=(3,)))


def waste(story: Story, data: WorksheetData) -> None:
    """Sheet 5: the cost of each waste stream."""
    t = story.t
    r = _start(story, data, 4)
    cur = r.currency if r else ""
    rows = [
        [
            w.name,
            t.qty(w.annual_quantity),
            t.unit(w.unit),
            t.money(w.loss_value_per_unit, cur),
            t.money(w.treatment_cost_per_year, cur),
            t.money(w.annual_cost, cur),
        ]
        for w in (r.detail.waste_streams if r else ())
    ]
    suffix = f" ({cur})" if cur else ""
    story.add(
        grid(
            [
                t("col_waste_stream"),
                t("ws_quantity_year"),
                t("col_unit"),
                t("col_loss_value") + suffix,
                t("col_treatment") + suffix,
                t("col_annual_cost") + suffix,
            ],
            [2.2, 0.9, 0.6, 1.0, 1.1, 1.1],
            rows,
            story,
            blank_rows=3 if r else 24,
            numeric=(1, 3, 4, 5),
        )
    )


def causes(story: Story, data: WorksheetData) -> None:
    """Sheet 6: causes of each waste stream, with the eight categories to go through."""
    t = story.t
    r = _start(story, data, 5)
    story.para(
        t("ws_cause_categories", categories=", ".join(t.label(CauseCategory, c) for c in CauseCategory)),
        story.styles.muted,
    )
    rows = [[c.waste_stream, t.label("CauseCategory", c.category), c.description] for c in (r.causes if r else ())]
    story.add(
        grid(
            [t("col_waste_stream"), t("col_cause_category"), t("col_cause")],
            [1.6, 1.2, 4.0],
            rows,
            story,
            blank_rows=3 if r else 24,
        )
    )


def options(story: Story, data: WorksheetData) -> None:
    """Sheet 7: CP opportunities and their screening."""
    t = story.t
    r = _start(story, data, 6)
    rows = []
    for o in r.detail.options if r else ():
        screening = "  ".join(
            f"{TICKED if o.screening == s else BOX} {t.label(ScreeningResult, s)}" for s in ScreeningResult
        )
        rows.append([o.code, o.title, t.label("OptionCategory", o.category), screening])
    blank_screening = "  ".join(f"{BOX} {t.label(ScreeningResult, s)}" for s in ScreeningResult)
    story.para(t("ws_screening_hint", choices=blank_screening), story.styles.muted)
    story.add(
        grid(
            [t("col_code"), t("ws_opportunity"), t("col_category"), t("col_screening")],
            [0.5, 2.8, 1.3, 2.2],
            rows,
            story,
            blank_rows=3 if r else 24,
        )
    )


def feasibility(story: Story, data: WorksheetData) -> None:
    """Sheet 8: technical, economic and environmental feasibility, one form per option."""
    t = story.t
    r = _start(story, data, 7)
    fields = [
        t("technical_notes"),
        t("col_investment"),
        t("col_savings"),
        t("ws_extra_costs"),
        t("ws_lifetime"),
        t("col_payback"),
        "NPV",
        "IRR",
        t("ws_resources_saved"),
        "CO₂",
    ]
    chosen = [a for a in (r.appraisals if r else ()) if a.option.status in _CHOSEN]
    if not chosen:
        for _ in range(2):
            story.h3(t("ws_option_field"))
            story.add(
                grid([t("ws_aspect"), t("col_value")], [1.4, 4.0], [[f, ""] for f in fields], story, blank_rows=0)
            )
            story.space(10)
        return
    cur = r.currency if r else ""
    for a in chosen:
        o, e = a.option, a.economics
        # an option whose saving the factor set cannot count has no CO2: the sentence says why
        co2 = (
            co2_not_computed(t, a, r.factor_set_name(t.lang) if r else "")
            if a.co2 is None
            else f"{t.num(a.co2.total_t, 1)} t/{t('per_year')}"
        )
        story.h3(f"{o.code} {o.title}".strip())
        values = [
            r.option_notes.get(o.id, "") if r else "",
            f"{t.money(o.investment, cur)} {cur}",
            f"{t.money(o.annual_savings, cur)} {cur}/{t('per_year')}",
            f"{t.money(o.annual_extra_costs, cur)} {cur}/{t('per_year')}",
            f"{t.num(o.lifetime_years, None)} {t('years')}",
            f"{t.years(e.simple_payback_years)} {t('years')}",
            f"{t.money(e.npv, cur)} {cur}",
            t.fraction_pct(e.irr),
            "; ".join(
                f"{t.carrier(x.carrier)} {t.qty(x.quantity)} {t.unit(x.unit)}/{t('per_year')}" for x in o.savings
            ),
            co2,
        ]
        story.add(
            grid(
                [t("ws_aspect"), t("col_value")],
                [1.4, 4.0],
                [list(p) for p in zip(fields, values, strict=True)],
                story,
                blank_rows=0,
            )
        )
        story.space(6)


def plan(story: Story, data: WorksheetData) -> None:
    """Sheet 9: who does what by when, with the budget."""
    t = story.t
    r = _start(story, data, 8)
    cur = r.currency if r else ""
    rows = [
        [
            o.code,
            o.title,
            "",
            t.date(o.implemented_on) if o.implemented_on else "",
            t.money(o.investment, cur),
            t.label("OptionStatus", o.status),
        ]
        for o in (r.detail.options if r else ())
        if o.status in _CHOSEN
    ]
    suffix = f" ({cur})" if cur else ""
    story.add(
        grid(
            [
                t("col_code"),
                t("col_option"),
                t("ws_responsible"),
                t("ws_deadline"),
                t("ws_budget") + suffix,
                t("col_status"),
            ],
            [0.5, 2.6, 1.2, 0.9, 1.0, 0.9],
            rows,
            story,
            blank_rows=3 if r else 24,
            numeric=(4,),
        )
    )


def monitoring(story: Story, data: WorksheetData) -> None:
    """Sheet 10: estimated against monitored savings."""
    t = story.t
    r = _start(story, data, 9)
    cur = r.currency if r else ""
    rows = []
    for o in r.detail.options if r else ():
        if o.status != OptionStatus.IMPLEMENTED:
            continue
        indicator = "; ".join(resource_saved(x, t) for x in o.savings)
        rows.append(
            [o.code, o.title, indicator, t.money(o.annual_savings, cur), t.money(o.monitored_annual_savings, cur)]
        )
    suffix = f" ({cur})" if cur else ""
    story.add(
        grid(
            [
                t("col_code"),
                t("col_option"),
                t("ws_indicator"),
                t("col_estimated") + suffix,
                t("col_monitored") + suffix,
            ],
            [0.5, 2.2, 2.4, 1.0, 1.0],
            rows,
            story,
            blank_rows=3 if r else 24,
            numeric=(3, 4),
        )
    )


SHEETS: tuple[Callable[[Story, WorksheetData], None], ...] = (
    team,
    steps,
    flow,
    balance,
    waste,
    causes,
    options,
    feasibility,
    plan,
    monitoring,
)
