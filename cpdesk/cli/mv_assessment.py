"""`cpdesk mv` on an assessment's stored period readings (:mod:`cpdesk.cli.mv_commands` holds
the parser and the stand-alone forms on CSV files).

- ``mv periods ASSESSMENT [--variable V] [--json]``: the stored readings;
- ``mv import ASSESSMENT FILE [--skip-bad-rows] [--json]``: a CSV or XLSX table of periods,
  every bad row named; nothing stored from a file with errors unless they are skipped;
- ``mv fit ASSESSMENT --carrier C [--driver D ...] [--reporting-from DATE] [--json]``: the
  baseline fitted on the periods before the reporting period;
- ``mv savings ASSESSMENT --carrier C [--driver D ...] [--reporting-from DATE] [--json]``:
  the reporting period's verified saving with its uncertainty.

The reporting period starts on ``--reporting-from`` or else on the latest implementation date
of the assessment's implemented options. Figures and dates are printed in the user's
notation; the JSON is documented in docs/cli-json.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdesk.cli.output import UsageError, chosen_lang, emit_json, render_table

if TYPE_CHECKING:
    from cpdesk.core.mv.combined import VerifiedSummary
    from cpdesk.core.mv.verification import Verification
    from cpdesk.services.assessment.verification import AssessmentVerification

#: The largest table file read.
MAX_FILE_BYTES = 20 * 1024 * 1024


class PeriodNames:
    """The reporting periods' names as the savings table prints them (first – last day)."""

    def __init__(self, names: list[str]) -> None:
        self.names = names


def periods(args: argparse.Namespace, open_db: Any) -> int:
    """`mv periods`."""
    from cpdesk.core.dates import format_date
    from cpdesk.services.assessment.periods import list_periods

    lang = chosen_lang(args)
    db = open_db(args)
    try:
        rows = list_periods(db, args.assessment, args.variable)
    finally:
        db.close()
    if args.json:
        emit_json({"periods": [_period_json(r) for r in rows]})
        return 0
    from cpdesk.cli.mv_output import figure

    heads = ["variable", "from", "to", "days", "value", "unit", "source"]
    table = [
        (
            r.variable,
            format_date(r.period_start, lang),
            format_date(r.period_end, lang),
            r.days,
            figure(r.value, lang, 6),
        )
        + (r.unit, r.source)
        for r in rows
    ]
    print(render_table(heads, table))
    return 0


def _period_json(row: Any) -> dict[str, object]:
    return {
        "id": str(row.id),
        "variable": row.variable,
        "is_carrier": row.is_carrier,
        "start": row.period_start.isoformat(),
        "end": row.period_end.isoformat(),
        "days": row.days,
        "value": row.value,
        "unit": row.unit,
        "source": row.source,
    }


def import_file(args: argparse.Namespace, open_db: Any) -> int:
    """`mv import`: 0 when stored, 1 when refused (the problems printed, nothing stored)."""
    from cpdesk.core.messages import msg, render
    from cpdesk.services.assessment.period_import import import_periods

    lang = chosen_lang(args)
    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UsageError(msg("cli.mv.too_large", path=args.file, limit=str(MAX_FILE_BYTES // (1024 * 1024))))
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(msg("cli.mv.unreadable", path=args.file, detail=error.strerror or str(error))) from None
    db = open_db(args)
    try:
        result = import_periods(
            db, args.assessment, data, filename=path.name, lang=lang, skip_bad_rows=args.skip_bad_rows
        )
    finally:
        db.close()

    def said(problems: Any) -> list[dict[str, object]]:
        return [{"row": p.row, "code": p.message.code, "text": render(p.message, lang)} for p in problems]

    if args.json:
        emit_json(
            {
                "rows": result.rows,
                "stored": result.stored,
                "refused": result.refused,
                "variables": list(result.variables),
                "skipped_rows": list(result.skipped_rows),
                "problems": said(result.problems),
                "gaps": said(result.gaps),
            }
        )
        return 1 if result.refused else 0
    for problem in (*result.problems, *result.gaps):
        print(render(msg("mv.import_row", row=problem.row, problem=problem.message), lang))
    if result.refused:
        bad = len({p.row for p in (*result.problems, *result.gaps)})
        print(render(msg("mv.import_refused", count=bad), lang))
        return 1
    print(f"{result.stored} / {result.rows}: {', '.join(result.variables) or '-'}")
    return 0


def verified(args: argparse.Namespace, open_db: Any, *, with_savings: bool) -> int:
    """`mv fit` and `mv savings` on an assessment."""
    from cpdesk.cli.mv_output import model_json, print_model, print_savings, savings_json
    from cpdesk.core.dates import DateFormatError, parse_date
    from cpdesk.services.assessment.verification import record_verified_saving, verify_carrier

    lang = chosen_lang(args)
    start = None
    if args.reporting_from:
        try:
            start = parse_date(args.reporting_from, lang)
        except DateFormatError as error:
            raise UsageError(error.sentence("--reporting-from")) from None
    record = getattr(args, "record_for", None)
    db = open_db(args)
    try:
        found = verify_carrier(db, args.sources[0], carrier=args.carrier, drivers=args.driver, reporting_from=start)
        recorded = record_verified_saving(db, record, found) if record and found.verification.savings else None
    finally:
        db.close()
    v = found.verification
    args.consumption = found.carrier
    if with_savings and v.savings is None:
        from cpdesk.core.errors import CpdeskError
        from cpdesk.core.messages import msg

        raise CpdeskError(msg("mv.no_reporting_start"))
    names = PeriodNames(_reporting_names(v, lang))
    if args.json:
        document: dict[str, object] = {**_context(found), "model": model_json(v.model, args, lang)}
        document["baseline_periods"] = _periods(v, reporting=False)
        document["plots"] = _plots(v)
        if with_savings and v.savings is not None:
            document.update(savings_json(v.savings, names))  # type: ignore[arg-type]
        document["recorded_for"] = str(recorded.id) if recorded else None
        emit_json(document)
        return 0
    print(_heading(found, lang))
    print_model(v.model, args, lang)
    if with_savings and v.savings is not None:
        print()
        print_savings(v.savings, names, lang)  # type: ignore[arg-type]
    if recorded is not None:
        from cpdesk.core.messages import msg, render

        print(render(msg("mv.recorded", option=record, saving=str(recorded.id)), lang))
    return 0


def _heading(found: AssessmentVerification, lang: str) -> str:
    """The carrier, its unit (a day when fitted per day) and where the reporting period starts."""
    from cpdesk.cli.mv_output import heading
    from cpdesk.core.dates import format_date

    v = found.verification
    unit = f"{v.series.unit}, {heading('per_day', lang)}" if v.per_day else v.series.unit
    if found.reporting_from is None:
        return f"{found.carrier} ({unit}); {heading('baseline_only', lang)}"
    start = format_date(found.reporting_from, lang)
    said = heading(f"from_{found.reporting_from_source}", lang)
    return f"{found.carrier} ({unit}); {heading('reporting_from', lang)} {start} ({said})"


def _reporting_names(v: Verification, lang: str) -> list[str]:
    from cpdesk.core.dates import format_date

    return [
        f"{format_date(s, lang)} – {format_date(e, lang)}"
        for s, e, r in zip(v.series.starts, v.series.ends, v.reporting, strict=True)
        if r
    ]


def _context(found: AssessmentVerification) -> dict[str, object]:
    v = found.verification
    return {
        "assessment": str(found.assessment_id),
        "carrier": found.carrier,
        "unit": v.series.unit,
        "driver_units": dict(v.series.driver_units),
        "per_day": v.per_day,
        "reporting_from": found.reporting_from.isoformat() if found.reporting_from else None,
        "reporting_from_source": found.reporting_from_source,
    }


def _periods(v: Verification, *, reporting: bool) -> list[dict[str, object]]:
    return [
        {
            "start": v.series.starts[i].isoformat(),
            "end": v.series.ends[i].isoformat(),
            "consumption": v.series.consumption[i],
            "drivers": {name: values[i] for name, values in v.series.drivers.items()},
            "expected": v.expected[i],
        }
        for i in range(len(v.series))
        if v.reporting[i] == reporting and not v.excluded[i]
    ]


def _plots(v: Verification) -> dict[str, object]:
    """The three plots' figures (see docs/cli-json.md)."""
    base_x, base_y = v.points(reporting=False)
    rep_x, rep_y = v.points(reporting=True)
    line = v.line
    return {
        "scatter": {
            "driver": line.driver if line else None,
            "per_day": v.per_day,
            "baseline": {"x": list(base_x), "y": list(base_y)},
            "reporting": {"x": list(rep_x), "y": list(rep_y)},
            "line": None
            if line is None
            else {
                "x": list(line.x),
                "fitted": list(line.fitted),
                "lower": list(line.lower),
                "upper": list(line.upper),
                "confidence": line.confidence,
            },
        },
        "timeline": [
            {
                "start": v.series.starts[i].isoformat(),
                "end": v.series.ends[i].isoformat(),
                "phase": "excluded" if v.excluded[i] else "reporting" if v.reporting[i] else "baseline",
                "expected": v.expected[i],
                "actual": v.series.consumption[i],
                "cusum": v.cusum[i],
            }
            for i in range(len(v.series))
        ],
    }


def verified_json(v: VerifiedSummary | None) -> dict[str, object]:
    """A programme summary's verified savings (docs/cli-json.md, ``summary programme``): how
    many options have one, and per carrier and unit the verified total with its uncertainty
    (± at ``confidence``, combined in quadrature)."""
    if v is None:
        return {"options": 0, "confidence": 0.9, "independence_assumed": True, "savings": []}
    return {
        "options": v.options,
        "confidence": v.confidence,
        "independence_assumed": v.independence_assumed,
        "savings": [
            {
                "carrier": t.carrier,
                "unit": t.unit,
                "count": t.savings,
                "estimated": t.estimated,
                "verified": t.verified,
                "uncertainty": t.uncertainty,
            }
            for t in v.totals
        ],
    }


def print_verified(v: VerifiedSummary | None) -> None:
    """The verified savings under a programme summary's text (nothing when none)."""
    if v is None:
        return
    print(
        f"verified savings (measured, IPMVP) of {v.options} options; ± at {100 * v.confidence:.0f} % confidence,"
        " combined in quadrature (independence assumed):"
    )
    for s in v.totals:
        print(
            f"  {s.carrier:<14} {s.verified:>14,.6g} ± {s.uncertainty:,.3g} {s.unit}/yr"
            f" (estimated {s.estimated:,.6g}; {s.savings} savings)"
        )
