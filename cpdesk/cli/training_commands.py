"""`cpdesk centre year YEAR` and `cpdesk centre indicators`: the centre's training figures and own
indicators; `cpdesk report centre-year YEAR -o FILE.pdf`: the same as a PDF page.

Registered from the `centre` and `report` parsers; the services are imported inside the
handlers, so that building the parser (every start of the command line) stays light.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from cpdesk.cli.output import add_lang_option, chosen_lang, emit_json, render_table

Handler = Callable[[Callable[[argparse.Namespace, Any], int]], Callable[[argparse.Namespace], int]]

STATUS_TEXT = {"met": "met", "not_met": "NOT MET", "no_target": "no target", "dropped": "dropped"}


def register_centre(actions: Any, handler: Handler) -> None:
    """Add `year` and `indicators` to the `cpdesk centre` subcommands."""
    p = actions.add_parser("year", help="the centre's training statistics of a year (courses, person-days, workshops)")
    p.add_argument("year", type=int, metavar="YEAR")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_centre_year))
    p = actions.add_parser("indicators", help="the centre's own indicators: target, actual, met or not (table 4)")
    p.add_argument("--year", type=int, metavar="YEAR", help="the year to show (default: the latest with values)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_centre_indicators))


def register_report(what: Any, open_db: Any) -> None:
    """Add `centre-year` to the `cpdesk report` subcommands."""
    q = what.add_parser("centre-year", help="the centre's year: training statistics and own indicators (.pdf)")
    q.add_argument("year", type=int, metavar="YEAR")
    q.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the file to write")
    add_lang_option(q)
    q.set_defaults(handler=lambda args: cmd_report_centre_year(args, open_db))


def cmd_centre_year(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.services.training import statistics as training_statistics

    stats = training_statistics.year_statistics(db, args.year)
    if args.json:
        emit_json(stats)
        return 0
    s = stats
    basis = f"attendance {_n(s.person_days_from_attendance)}, head count {_n(s.person_days_from_headcount)}"
    figures = [
        ["courses held", s.courses, ""],
        ["course person-days", s.course_person_days, basis],
        *[[f"  {k.kind.value}", k.courses, f"{_n(k.person_days)} person-days"] for k in s.by_kind],
        ["workshops and seminars", s.workshops, f"of which awareness seminars {s.awareness_seminars}"],
        ["workshop person-days", s.workshop_person_days, f"{s.workshop_participants} participants"],
        ["awareness seminar participants", s.awareness_participants, ""],
        ["certified trainees in the year", s.certified_in_year, ""],
        ["certified trainees since the start", s.certified_since_start, f"to 31 Dec {s.year}"],
        ["  of them consultants", s.certified_consultants_since_start, "organisation type consultant"],
        ["course person-days since the start", s.person_days_since_start, f"to 31 Dec {s.year}"],
        ["in-depth programme person-days since the start", s.in_depth_person_days_since_start, f"to 31 Dec {s.year}"],
        ["awareness seminar participants since the start", s.awareness_participants_since_start, f"to 31 Dec {s.year}"],
        ["assessments completed", s.assessments_completed, "end date in the year"],
        [
            "  converted to full assessments",
            s.assessments_converted,
            "scope weights added up: a follow-up or a short assessment counts as a fraction of one",
        ],
    ]
    print(f"Centre, {s.year}")
    print(render_table(["figure", "value", "note"], figures))
    if s.sessions_without_participants:
        print(f"note: {s.sessions_without_participants} session(s) have neither attendance nor a head count")
    if s.course_rows:
        print()
        rows = [
            [r.kind.value, r.title, r.sessions, r.days, r.person_days, r.basis.value, str(r.id)[:8]]
            for r in s.course_rows
        ]
        print(render_table(["kind", "course", "sessions", "days", "person-days", "from", "id"], rows))
    return 0


def cmd_centre_indicators(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.core.training_vocabulary import indicator_unit
    from cpdesk.services.training import indicators

    result = indicators.list_indicators(db, args.year)
    if args.json:
        emit_json(result)
        return 0
    rows = [
        [
            r.scope.value,
            r.name,
            indicator_unit(r.unit, r.normaliser),
            r.frequency.value,
            r.target,
            r.value,
            STATUS_TEXT[r.status.value] if r.status else "-",
            None if r.deviation is None else f"{100 * r.deviation:+.1f} %",
            r.note,
        ]
        for r in result.rows
    ]
    print(f"Centre's own indicators, {result.year if result.year is not None else 'no values recorded'}")
    print(
        render_table(
            ["scope", "indicator", "unit", "monitored", "target", "actual", "status", "vs target", "note"], rows
        )
    )
    return 0


def cmd_report_centre_year(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services.reports import training_reports as reports

    lang = chosen_lang(args)
    db = open_db(args)
    try:
        path = reports.centre_year_report(db, args.year, args.output, lang)
    finally:
        db.close()
    print(f"report written: {path}")
    return 0


def _n(value: float) -> str:
    return f"{value:,.1f}".rstrip("0").rstrip(".")
