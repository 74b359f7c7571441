"""The commands of `cpdesk`: each parses its arguments and calls one service.

Registering the commands imports no engine: each command imports the services it calls when
it runs, so that `cpdesk --help` and `cpdesk --version` answer at once.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cpdesk.cli import engine_commands, logger_commands, report_commands, sync_commands, table
from cpdesk.cli.main import emit_json

if TYPE_CHECKING:
    from cpdesk.store.database import Database


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="write the demo data set into the database")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("list", help="list programmes, companies or assessments")
    p.add_argument("what", choices=["programmes", "companies", "assessments"])
    p.add_argument("--programme", metavar="CODE", help="only those of this programme")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one record in full")
    p.add_argument("what", choices=["assessment"])
    p.add_argument("id", metavar="ID", help="the assessment's id (or a unique prefix of it)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_show)

    engine_commands.register(sub, open_db)
    report_commands.register(sub, open_db)
    logger_commands.register(sub, open_db)
    sync_commands.register(sub, open_db)
    __import__("cpdesk.cli.practical_commands", fromlist=["register"]).register(sub, open_db)
    __import__("cpdesk.cli.guide_commands", fromlist=["register"]).register(sub, open_db)

    p = sub.add_parser("check", help="schema version, integrity check and row counts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_check)


def open_db(args: argparse.Namespace) -> Database:
    from cpdesk.services import workspace
    from cpdesk.store import locations

    return workspace.open_workspace(args.db or locations.default_database())


def cmd_demo(args: argparse.Namespace) -> int:
    from cpdesk.services.demo import data_set as demo

    db = open_db(args)
    try:
        written = demo.write_demo(db)
    finally:
        db.close()
    print(
        f"demo data written: {written.programmes} programmes, {written.companies} companies, "
        f"{written.assessments} assessments, {written.options} options"
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from cpdesk.services.assessment import assessments
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
            rows = assessments.list_assessments(db, args.programme)
            headers = ["id", "company", "title", "programme", "start", "tasks done"]
            cells = [[str(r.id)[:8], r.company, r.title, r.programme, r.start_date, f"{r.tasks_done}/18"] for r in rows]
    finally:
        db.close()
    if args.json:
        emit_json(rows)
    else:
        print(table.render(headers, cells))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from cpdesk.services.assessment import assessments

    db = open_db(args)
    try:
        detail = assessments.show_assessment(db, args.id)
    finally:
        db.close()
    if args.json:
        emit_json(detail)
        return 0
    r = detail.row
    print(f"{r.title}\n{r.company} ({r.sector}), programme {r.programme or '-'}")
    print(f"id {r.id}; {r.start_date or '?'} to {r.end_date or '?'}; {r.delivery_mode.value}")
    print(
        f"currency {detail.currency}, rate {detail.exchange_rate or '-'} VND/USD; "
        f"factor set {detail.factor_set or '-'}; tasks done {r.tasks_done}/18"
    )
    print(f"\nTeam ({len(detail.team)})")
    for m in detail.team:
        print(f"  {m.name} ({m.role.value}) {m.organisation}")
    print(f"\nProcess steps ({len(detail.steps)})")
    for s in detail.steps:
        print(f"  {s.position:>2}. {s.name}{'  [focus]' if s.is_focus else ''}")
    print(f"\nStreams ({len(detail.streams)})")
    print(
        table.render(
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
        table.render(
            ["code", "title", "category", "status", "investment", "savings/yr"],
            [[o.code, o.title, o.category, o.status, o.investment, o.annual_savings] for o in detail.options],
        )
    )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from cpdesk.services import health

    db = open_db(args)
    try:
        report = health.check_database(db)
    finally:
        db.close()
    if args.json:
        emit_json(report)
    else:
        print(f"database   {report.url}")
        print(f"schema     {report.schema_version} (this cpdesk: {report.schema_head})")
        print(f"integrity  {report.integrity}")
        print(f"device     {report.device_id}")
        print(table.render(["table", "rows", "deleted"], [[t.table, t.live, t.deleted] for t in report.tables]))
    return 0 if report.ok else 1
