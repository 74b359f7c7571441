"""`cpdesk balance`, `cpdesk options`, `cpdesk summary`: the engine's figures, headless."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cpdesk.cli.mv_assessment import print_verified, verified_json
from cpdesk.cli.output import emit_json, render_table

if TYPE_CHECKING:  # the engines are imported by the command that runs, not by `cpdesk --help`
    from cpdesk.core.balance import Balance, NodeBalance
    from cpdesk.core.balance_report import Reconciliation
    from cpdesk.core.rollup import RollUp, Totals
    from cpdesk.services.assessment import appraisal
    from cpdesk.services.assessment.balances import BalanceReport


def register(sub: Any, open_db: Any) -> None:
    p = sub.add_parser("balance", help="water or energy balance of an assessment")
    p.add_argument("assessment", metavar="ASSESSMENT", help="the assessment's id (or a unique prefix)")
    p.add_argument("--carrier", choices=["water", "energy"], required=True)
    p.add_argument("--unit", choices=["GJ", "MWh", "kWh"], default="GJ", help="energy unit (default GJ)")
    p.add_argument("--reconcile", action="store_true", help="reconcile the readings (weighted least squares)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: _balance(args, open_db))

    p = sub.add_parser("options", help="the options of an assessment with payback, NPV, IRR and CO2")
    p.add_argument("assessment", metavar="ASSESSMENT")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: _options(args, open_db))

    p = sub.add_parser("benchmark", help="the plant's specific consumption of a carrier against a benchmark")
    p.add_argument("assessment", metavar="ASSESSMENT")
    p.add_argument("--carrier", required=True, help="e.g. electricity, water, anthracite")
    p.add_argument("--value", type=float, required=True, help="the benchmark, e.g. 1500")
    p.add_argument("--unit", required=True, help="the benchmark's unit, e.g. kWh/t or m3/t")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: _benchmark(args, open_db))

    p = sub.add_parser("summary", help="the programme summary (table 2 of the centre's report)")
    p.add_argument("what", choices=["programme"])
    p.add_argument("code", metavar="CODE")
    p.add_argument("--grid-year", type=int, help="grid emission factor year (default: the factor set's)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: _summary(args, open_db))


def _balance(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services.assessment import balances
    from cpdesk.services.reference.factor_sets import factor_set_name

    db = open_db(args)
    try:
        report = balances.assessment_balance(
            db, args.assessment, args.carrier, energy_unit=args.unit, reconcile=args.reconcile
        )
        factors = factor_set_name(db, report.factor_set)
    finally:
        db.close()
    if args.json:
        emit_json(balance_json(report))
        return 0
    shown = report.reconciled or report.measured
    title = "reconciled" if report.reconciled else "measured"
    print(f"{args.carrier} balance ({title}), {shown.unit} per year; factor set {factors}")
    rows = [_node_cells(n) for n in shown.nodes] + [_node_cells(shown.plant, "PLANT BOUNDARY")]
    print(render_table(["step", "in", "out", "unaccounted", "unaccounted %", "unmeasured"], rows))
    if shown.specific:
        print(f"specific consumption: {shown.specific['total']:,.4g} {shown.unit}/{shown.production_unit}")
    if report.reconciliation:
        test = report.reconciliation.result.global_test
        verdict = "passed" if test.passed else "FAILED"
        print(f"\nglobal test: chi² = {test.statistic:.3g}, {test.dof} dof, p = {test.p_value:.3g}: {verdict}")
        if report.reconciliation.suspect_name:
            print(f"most likely wrong reading: {report.reconciliation.suspect_name}")
        for line in _elimination_lines(report.reconciliation):
            print(line)
        names = report.reconciliation.names
        result = report.reconciliation.result
        without = result.elimination.result if result.elimination and result.suspected else None
        print(
            render_table(
                ["stream", "measured", "reconciled", "±", "status", "test"] + (["without suspects"] if without else []),
                [
                    [
                        names[e.stream_id],
                        e.measured,
                        e.value,
                        e.sigma,
                        e.status.value,
                        _flags(e.gross_error, e.at_bound, e.stream_id in result.suspected),
                    ]
                    + ([without.stream(e.stream_id).value] if without else [])
                    for e in result.streams
                ],
            )
        )
    return 0


def _flags(gross_error: bool, at_bound: bool, suspected: bool) -> str:
    flags = ["SUSPECTED" if suspected else "", "GROSS ERROR" if gross_error else "", "HELD AT 0" if at_bound else ""]
    return ", ".join(f for f in flags if f)


def _elimination_lines(rec: Reconciliation) -> list[str]:
    """Serial elimination of gross errors, and flows held at 0, in a line or two."""
    lines = []
    elimination = rec.result.elimination
    if elimination is not None:
        if rec.suspected_names:
            test = elimination.result.global_test
            verdict = "passed" if test.passed else "FAILED"
            lines.append(
                f"suspected readings (serial elimination): {', '.join(rec.suspected_names)}; without them "
                f"chi² = {test.statistic:.3g}, {test.dof} dof, p = {test.p_value:.3g}: {verdict}"
            )
        if not elimination.passed:
            undecided = ", ".join(rec.names.get(s, s) for s in elimination.undecided)
            lines.append(f"serial elimination stopped: {_STOPPED[elimination.stopped.value].format(undecided)}")
    if rec.at_bound_names:
        lines.append(f"held at 0 (the balances alone would make them negative): {', '.join(rec.at_bound_names)}")
    return lines


_STOPPED = {
    "passed": "",
    "no_reading_exceeds": "no reading's test exceeds its critical value",
    "indistinguishable": "the balances cannot tell which of {} is wrong",
    "unobservable": "leaving out {} would leave a flow undetermined",
}


def _node_cells(n: NodeBalance, name: str | None = None) -> list[object]:
    closure = None if n.closure_pct is None else round(n.closure_pct, 2)
    return [name or n.name, n.total_in, n.total_out, n.unaccounted, closure, len(n.unmeasured)]


def balance_json(report: BalanceReport) -> dict[str, Any]:
    """The balance report as documented in docs/cli-json.md."""
    result: dict[str, Any] = {
        "assessment": str(report.assessment_id),
        "factor_set": report.factor_set,
        "measured": _balance_json(report.measured),
    }
    if report.reconciled and report.reconciliation:
        rec = report.reconciliation
        test = rec.result.global_test
        result["reconciled"] = _balance_json(report.reconciled)
        result["reconciliation"] = {
            "global_test": {
                "chi2": test.statistic,
                "dof": test.dof,
                "p_value": test.p_value,
                "critical_value": test.critical_value,
                "alpha": test.alpha,
                "passed": test.passed,
            },
            "measurement_critical_value": rec.result.measurement_critical_value,
            "suspect": rec.result.suspect,
            "suspect_name": rec.suspect_name,
            "suspected": list(rec.result.suspected),
            "suspected_names": list(rec.suspected_names),
            "elimination": _elimination_json(rec),
            "at_bound": list(rec.result.at_bound),
            "steps": list(rec.nodes),
            "streams": [
                {
                    "id": e.stream_id,
                    "name": rec.names[e.stream_id],
                    "status": e.status.value,
                    "measured": e.measured,
                    "measured_sigma": e.measured_sigma,
                    "value": e.value,
                    "sigma": e.sigma,
                    "redundancy": e.redundancy,
                    "normalized_adjustment": e.normalized_adjustment,
                    "gross_error": e.gross_error,
                    "at_bound": e.at_bound,
                }
                for e in rec.result.streams
            ],
        }
    return result


def _elimination_json(rec: Reconciliation) -> dict[str, Any] | None:
    """Serial elimination: why it stopped, its global test and the flows without the suspects."""
    elimination = rec.result.elimination
    if elimination is None:
        return None
    test = elimination.result.global_test
    return {
        "stopped": elimination.stopped.value,
        "undecided": list(elimination.undecided),
        "global_test": {"chi2": test.statistic, "dof": test.dof, "p_value": test.p_value, "passed": test.passed},
        "streams": [
            {"id": e.stream_id, "status": e.status.value, "value": e.value, "sigma": e.sigma, "at_bound": e.at_bound}
            for e in elimination.result.streams
        ],
    }


def _balance_json(b: Balance) -> dict[str, Any]:
    def node(n: NodeBalance) -> dict[str, Any]:
        return {
            "id": n.node,
            "name": n.name,
            "inputs": [{"id": v.id, "name": v.name, "value": v.value} for v in n.inputs],
            "outputs": [{"id": v.id, "name": v.name, "kind": v.kind, "value": v.value} for v in n.outputs],
            "total_in": n.total_in,
            "total_out": n.total_out,
            "unaccounted": n.unaccounted,
            "closure_pct": n.closure_pct,
            "unmeasured": list(n.unmeasured),
        }

    return {
        "carrier": b.group,
        "unit": b.unit,
        "plant": node(b.plant),
        "steps": [node(n) for n in b.nodes],
        "specific": {"unit": f"{b.unit}/{b.production_unit}", **b.specific},
        "streams": [
            {
                "id": v.id,
                "name": v.name,
                "kind": v.kind,
                "carrier": v.carrier,
                "source": v.source,
                "target": v.target,
                "value": v.value,
                "relative_uncertainty": v.relative_uncertainty,
                "readings": v.readings,
            }
            for v in b.streams
        ],
        "sankey": {
            "nodes": [{"id": k, "name": v} for k, v in b.sankey_nodes.items()],
            "links": [
                {
                    "source": s.source,
                    "target": s.target,
                    "value": s.value,
                    "carrier": s.carrier,
                    "stream": s.stream_id,
                }
                for s in b.sankey_links
            ],
        },
    }


def _options(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services.assessment import appraisal
    from cpdesk.services.reference.factor_sets import factor_set_name

    db = open_db(args)
    try:
        items = appraisal.appraise_options(db, args.assessment)
        factors = factor_set_name(db, items[0].factor_set if items else None)
    finally:
        db.close()
    if args.json:
        emit_json([_option_json(a) for a in items])
        return 0
    currency = items[0].economics.local.currency if items else ""
    print(
        render_table(
            [
                "code",
                "option",
                "status",
                f"investment {currency}",
                "payback yr",
                f"NPV {currency}",
                "IRR %",
                "CO2 t/yr",
            ],
            [
                [
                    a.option.code,
                    a.option.title[:48],
                    a.option.status,
                    a.option.investment,
                    None if a.economics.simple_payback_years is None else round(a.economics.simple_payback_years, 2),
                    round(a.economics.npv),
                    None if a.economics.irr is None else round(100 * a.economics.irr, 1),
                    None if a.co2 is None else round(a.co2.total_t, 1),
                ]
                for a in items
            ],
        )
    )
    if items:
        print(f"CO2 with factor set {factors}, grid year {items[0].grid_year}")
    for a in items:
        if a.co2_gap is not None:
            print(f"CO2 of {a.option.code or a.option.title} not computed: {a.co2_problem}")
    return 0


def _option_json(a: appraisal.OptionAppraisal) -> dict[str, Any]:
    e = a.economics
    return {
        "option": a.option,
        "simple_payback_years": e.simple_payback_years,
        "discounted_payback_years": e.discounted_payback_years,
        "npv": e.npv,
        "irr": e.irr,
        "npv_usd": e.usd.npv if e.usd else None,
        "currency": e.local.currency,
        "discount_rate": e.discount_rate,
        "notes": [n.value for n in e.notes],
        "npv_sensitivity": {
            "spread": a.sensitivity.spread,
            "factors": a.sensitivity.factors,
            "npv": a.sensitivity.npv,
        },
        "co2_t": a.co2_t,
        "co2": None
        if a.co2 is None
        else {
            "fossil_t": a.co2.fossil_t,
            "electricity_t": a.co2.electricity_t,
            "biogenic_t": a.co2.biogenic_t,
        },
        "co2_problem": a.co2_problem or None,
        "co2_problem_code": a.co2_gap.said().code if a.co2_gap is not None else None,
        "factor_set": a.factor_set,
        "grid_year": a.grid_year,
    }


def _benchmark(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services.assessment import balances

    db = open_db(args)
    try:
        result = balances.compare_specific(db, args.assessment, args.carrier, args.value, args.unit)
    finally:
        db.close()
    c = result.comparison
    if args.json:
        emit_json(
            {
                "carrier": result.carrier,
                "value": result.value,
                "unit": result.unit,
                "benchmark": c.benchmark,
                "ratio": c.ratio,
                "difference_pct": c.difference_pct,
                "verdict": c.verdict,
            }
        )
        return 0
    print(
        f"{result.carrier}: {result.value:,.4g} {result.unit} against a benchmark of {c.benchmark:,.4g} "
        f"{result.unit} ({c.difference_pct:+.1f} %): {c.verdict}"
    )
    return 0


def _summary(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services.assessment import summary
    from cpdesk.services.reference.factor_sets import factor_set_name

    db = open_db(args)
    try:
        result = summary.programme_summary(db, args.code, grid_year=args.grid_year)
        factors = factor_set_name(db, result.factor_set)
    finally:
        db.close()
    if args.json:
        emit_json(summary_json(args.code, result))
        return 0
    t = result.totals
    ratio = "-" if t.implemented_ratio is None else f"{100 * t.implemented_ratio:.0f} %"
    print(
        f"programme {args.code}: options implemented / proposed {t.options_implemented}/{t.options_proposed} ({ratio})"
    )
    print(
        f"investment {t.investment_usd:,.0f} USD, annual savings {t.annual_savings_usd:,.0f} USD (implemented options)"
    )
    for carrier, (value, unit) in t.resource_savings.items():
        print(f"  {carrier:<14} {value:>14,.6g} {unit}/yr")
    print(f"CO2 avoided {t.co2_t:,.0f} t/yr computed with factor set {factors} (grid year {result.grid_year})")
    if result.reported_co2_t is not None:
        print(f"CO2 reported {result.reported_co2_t:,.0f} t/yr; difference {result.co2_difference_t:+,.0f} t/yr")
    print_verified(result.verified)
    return 0


def summary_json(code: str, r: RollUp) -> dict[str, Any]:
    """The programme summary as documented in docs/cli-json.md."""
    return {
        "programme": code,
        **_totals_json(r.totals),
        "factor_set": r.factor_set,
        "grid_year": r.grid_year,
        "co2_reported_t": r.reported_co2_t,
        "co2_difference_t": r.co2_difference_t,
        "notes": list(r.notes),
        "by_sector": {k: _totals_json(v) for k, v in r.by_sector.items()},
        "by_category": {k: _totals_json(v) for k, v in r.by_category.items()},
        "verified": verified_json(r.verified),
    }


def _totals_json(t: Totals) -> dict[str, Any]:
    return {
        "options_proposed": t.options_proposed,
        "options_implemented": t.options_implemented,
        "implemented_ratio": t.implemented_ratio,
        "investment_usd": t.investment_usd,
        "annual_savings_usd": t.annual_savings_usd,
        "investment_usd_all_options": t.investment_usd_all,
        "annual_savings_usd_all_options": t.annual_savings_usd_all,
        "resource_savings": {c: {"value": v, "unit": u} for c, (v, u) in t.resource_savings.items()},
        "co2_t": t.co2_t,
        "co2": {
            "fossil_t": t.co2.fossil_t,
            "electricity_t": t.co2.electricity_t,
            "biogenic_t": t.co2.biogenic_t,
        },
        "not_in_co2": list(t.not_in_co2),
        "not_counted": [gap.message() for gap in t.not_counted],
        "not_counted_codes": [gap.said().code for gap in t.not_counted],
    }
