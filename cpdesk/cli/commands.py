"""`cpdesk demo`, `list` and `show`: the demo data set, and the programmes, companies and
assessments of the database.

Registering the commands imports no engine: each command imports the services it calls when
it runs, so that `cpdesk --help` and `cpdesk --version` answer at once.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cpdesk.cli.output import add_lang_option, chosen_lang, emit_json, render_table

if TYPE_CHECKING:
    from cpdesk.services.workspace import Database

OpenDb = Callable[[argparse.Namespace], "Database"]


def register(sub: Any, open_db: OpenDb) -> None:
    """Add `cpdesk demo`, `list` and `show` to the command line."""
    p = sub.add_parser("demo", help="write the demo data set into the database")
    add_lang_option(p, "language of the demo's texts: names, notes, causes, options")
    p.set_defaults(handler=lambda args: cmd_demo(args, open_db))

    p = sub.add_parser("list", help="list programmes, companies or assessments")
    p.add_argument("what", choices=["programmes", "companies", "assessments"])
    p.add_argument("--programme", metavar="CODE", help="only those of this programme")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: cmd_list(args, open_db))

    p = sub.add_parser("show", help="show one record in full")
    p.add_argument("what", choices=["assessment"])
    p.add_argument("id", metavar="ID", help="the assessment's id (or a unique prefix of it)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: cmd_show(args, open_db))


def cmd_demo(args: argparse.Namespace, open_db: OpenDb) -> int:
    from cpdesk.services.demo import data_set as demo

    db = open_db(args)
    try:
        written = demo.write_demo(db, lang=chosen_lang(args))
    finally:
        db.close()
    print(
        f"demo data written: {written.programmes} programmes, {written.companies} companies, "
        f"{written.assessments} assessments, {written.options} options"
    )
    return 0


def cmd_list(args: argparse.Namespace, open_db: OpenDb) -> int:
    from cpdesk.core.rows import to_jsonable
    from cpdesk.services.assessment import assessments, guidance
    from cpdesk.services.assessment import companies as catalogue

    db = open_db(args)
    try:
        if args.what == "programmes":
            rows: list[Any] = catalogue.list_programmes(db)
            headers = ["code", "name", "year", "companies", "assessments", "origin"]
            cells = [[r.code, r.name, r.year, r.companies, r.assessments, r.origin] for r in rows]
        elif args.what == "companies":
            rows = catalogue.list_companies(db, args.programme)
            headers = ["id", "name", "sector", "province", "assessments"]
            cells = [[str(r.id)[:8], r.name, r.sector, r.province, r.assessments] for r in rows]
        else:
            found = assessments.list_assessments(db, args.programme)
            counts = guidance.task_counts(db, [r.id for r in found])
            # The guide's count, as the workbench shows it: tasks marked done whose checks fail
            # are not done (`cpdesk guide ID` says what they lack).
            rows = [{**to_jsonable(r), "tasks_done": counts[r.id].done} for r in found]
            headers = ["id", "company", "title", "programme", "start", "tasks done"]
            cells = [
                [str(r.id)[:8], r.company, r.title, r.programme, r.start_date, counts[r.id].text("en")] for r in found
            ]
    finally:
        db.close()
    if args.json:
        emit_json(rows)
    else:
        print(render_table(headers, cells))
    return 0


def cmd_show(args: argparse.Namespace, open_db: OpenDb) -> int:
    from cpdesk.core.rows import to_jsonable
    from cpdesk.services.assessment import assessments, guidance
    from cpdesk.services.reference.factor_sets import factor_set_name

    db = open_db(args)
    try:
        detail = assessments.show_assessment(db, args.id)
        count = guidance.task_counts(db, [detail.row.id])[detail.row.id]
        factors = factor_set_name(db, detail.factor_set)
    finally:
        db.close()
    if args.json:
        emit_json({**to_jsonable(detail), "tasks_done": count.done})
        return 0
    r = detail.row
    print(f"{r.title}\n{r.company} ({r.sector}), programme {r.programme or '-'}")
    print(f"id {r.id}; {r.start_date or '?'} to {r.end_date or '?'}; {r.delivery_mode.value}")
    print(
        f"currency {detail.currency}, rate {detail.exchange_rate or '-'} VND/USD; "
        f"factor set {factors}; tasks done {count.text('en')}"
    )
    print(f"\nTeam ({len(detail.team)})")
    for m in detail.team:
        print(f"  {m.name} ({m.role.value}) {m.organisation}")
    print(f"\nProcess steps ({len(detail.steps)})")
    for s in detail.steps:
        print(f"  {s.position:>2}. {s.name}{'  [focus]' if s.is_focus else ''}")
    print(f"\nStreams ({len(detail.streams)})")
    print(
        render_table(
            ["name", "kind", "carrier", "from", "to", "readings"],
            [
                [
                    s.name,
                    s.kind,
                    s.carrier,
                    s.source or "(boundary)",
                    s.target or "(boundary)",
                    s.measurements,
                ]
                for s in detail.streams
            ],
        )
    )
    print(f"\nWaste streams ({len(detail.waste_streams)})")
    for w in detail.waste_streams:
        print(f"  {w.name}: {w.annual_cost:,.0f} {detail.currency}/yr")
    print(f"\nOptions ({len(detail.options)})")
    print(
        render_table(
            ["code", "title", "category", "status", "investment", "savings/yr"],
            [[o.code, o.title, o.category, o.status, o.investment, o.annual_savings] for o in detail.options],
        )
    )
    return 0
