"""`cpdesk check`: the database's schema version, integrity checks and row counts.

Every check is printed with what it ran and what it found, or that it did not run and why;
`--quick` is the daily check (SQLite's quick_check; on PostgreSQL no index check).

The last command of `cpdesk --help`; the health service is imported when the command runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from cpdesk.cli.output import emit_json, render_table

if TYPE_CHECKING:
    from cpdesk.services.workspace import Database

OpenDb = Callable[[argparse.Namespace], "Database"]


def register(sub: Any, open_db: OpenDb) -> None:
    """Add `cpdesk check` to the command line."""
    p = sub.add_parser("check", help="schema version, integrity checks and row counts")
    p.add_argument(
        "--quick", action="store_true", help="the daily check: SQLite's quick_check, no index check on PostgreSQL"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: cmd_check(args, open_db))


def cmd_check(args: argparse.Namespace, open_db: OpenDb) -> int:
    from cpdesk.services import health

    db = open_db(args)
    try:
        report = health.check_database(db, quick=args.quick)
    finally:
        db.close()
    if args.json:
        emit_json(report)
    else:
        print(f"database   {report.url}")
        print(f"schema     {report.schema_version} (this cpdesk: {report.schema_head})")
        for check in report.checks:
            print(f"  {check.name:<17} {check.ran_what}: {check.outcome}")
        print(f"integrity  {report.integrity}")
        print(f"device     {report.device_id}")
        print(render_table(["table", "rows", "deleted"], [[t.table, t.live, t.deleted] for t in report.tables]))
    return 0 if report.ok else 1
