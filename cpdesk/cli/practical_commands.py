"""`cpdesk training ...`: practical modules on the command line.

The trainer prepares a module from a demonstration assessment, exports one bundle per
trainee, imports their results and prints the comparison; a trainee sends results back with
``training return``. Services are imported inside the handlers, so ``cpdesk --help`` and the
other commands do not pay for them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from cpdesk.cli.output import UsageError, add_lang_option, chosen_lang, emit_json
from cpdesk.core.errors import reason_of
from cpdesk.core.messages import msg

OpenDb = Callable[[argparse.Namespace], Any]


def register(sub: Any, open_db: OpenDb) -> None:
    """Add `cpdesk training ...` to the command line."""

    def handler(function: Callable[[argparse.Namespace, Any], int]) -> Callable[[argparse.Namespace], int]:
        def run(args: argparse.Namespace) -> int:
            db = open_db(args)
            try:
                return function(args, db)
            finally:
                db.close()

        return run

    training = sub.add_parser("training", help="practical modules: prepare, export, import results, compare")
    what = training.add_subparsers(dest="training", metavar="ACTION", required=True)

    p = what.add_parser("prepare", help="a module from a demonstration assessment, one copy per trainee")
    p.add_argument("reference", metavar="ASSESSMENT", help="the reference assessment's id (or a unique prefix)")
    p.add_argument("--title", required=True, help="the module's title")
    p.add_argument("--trainee", action="append", required=True, metavar="NAME", help="a trainee (repeat per trainee)")
    p.add_argument(
        "--give",
        default="",
        metavar="DATA,...",
        help="data the trainees get: team, steps, streams, measurements, waste_streams, options",
    )
    p.add_argument("--tasks", required=True, metavar="N,...", help="the task numbers (1-18) they must do")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="the due date")
    p.add_argument("--notes", default="", help="notes for the trainees")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_prepare))

    p = what.add_parser("modules", help="the practical modules and their trainees")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_modules))

    p = what.add_parser("export", help="one bundle per trainee, encrypted to the trainee's trusted key")
    p.add_argument("module", metavar="MODULE", help="the module's id (or its first 8 characters)")
    p.add_argument("--folder", required=True, metavar="DIR", help="the folder to write the bundles to")
    p.add_argument("--key", action="append", default=[], metavar="NAME=KEY", help="a trainee's key file or fingerprint")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_export))

    p = what.add_parser("import-results", help="a trainee's returned bundle, as that trainee's copy")
    p.add_argument("module", metavar="MODULE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_import_results))

    p = what.add_parser("return", help="(trainee) send the copy back to the trainer")
    p.add_argument("assessment", metavar="ASSESSMENT", help="your copy's id (or a unique prefix)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--to", metavar="KEY", help="the trainer's key file or trusted fingerprint")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_return))

    p = what.add_parser("compare", help="the trainees' results beside the reference (PDF and/or JSON)")
    p.add_argument("module", metavar="MODULE")
    p.add_argument("-o", "--output", metavar="FILE.pdf", help="write the comparison as PDF")
    add_lang_option(p, "the PDF's language")
    p.add_argument(
        "--closure-points",
        type=float,
        default=2.0,
        help="tolerance on the unaccounted share, in points of %% (default 2)",
    )
    p.add_argument("--flow-pct", type=float, default=10.0, help="flow tolerance in %% (default 10)")
    p.add_argument("--economics-pct", type=float, default=20.0, help="economics tolerance in %% (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=handler(cmd_compare))


def cmd_prepare(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.services.training import practical

    try:
        tasks = [int(x) for x in _items(args.tasks)]
    except ValueError:
        raise UsageError(msg("cli.practical.tasks", given=repr(args.tasks))) from None
    try:
        due = date.fromisoformat(args.due) if args.due else None
    except ValueError:
        raise UsageError(msg("cli.practical.due", given=repr(args.due))) from None
    module = practical.prepare_module(
        db,
        args.reference,
        args.title,
        args.trainee,
        data_given=_items(args.give),
        tasks_required=tasks,
        due_date=due,
        notes=args.notes,
    )
    if args.json:
        emit_json(module_json(module))
    else:
        print(f"module {str(module.id)[:8]} {module.title!r}: {len(module.assignments)} trainee copies")
        for a in module.assignments:
            print(f"  {a.trainee_name}: assessment {a.assessment_id}")
    return 0


def cmd_modules(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.services.training import practical

    modules = practical.list_modules(db)
    if args.json:
        emit_json([module_json(m) for m in modules])
        return 0
    for m in modules:
        returned = sum(1 for a in m.assignments if a.returned_at)
        print(f"{str(m.id)[:8]}  {m.title}  ({m.reference_title}): {returned}/{len(m.assignments)} returned")
    return 0


def cmd_export(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.services.training import practical_bundles

    keys = {}
    for item in args.key:
        name, sep, key = item.partition("=")
        if not sep or not name.strip() or not key.strip():
            raise UsageError(msg("cli.practical.key", given=repr(item)))
        keys[name.strip()] = key.strip()
    written = practical_bundles.export_module(db, args.module, Path(args.folder), keys=keys)
    rows = [
        {
            "trainee": b.trainee_name,
            "file": str(b.result.path),
            "recipient": b.recipient,
            "encrypted": b.result.encrypted,
            "size": b.result.size,
            "records": sum(b.result.tables.values()),
            "bundle_id": b.result.bundle_id,
        }
        for b in written
    ]
    if args.json:
        emit_json(rows)
    else:
        for r in rows:
            print(f"{r['trainee']}: {r['file']} ({r['records']} records, encrypted to {r['recipient']})")
    return 0


def cmd_import_results(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.services.training import practical_bundles

    back = practical_bundles.import_results(db, args.module, Path(args.file))
    report = back.report
    value = {
        "trainee": back.assignment.trainee_name,
        "assessment_id": back.assignment.assessment_id,
        "returned_at": back.assignment.returned_at,
        "status": report.status,
        "bundle_id": report.bundle_id,
        "signer": report.signer,
        "entities": {name: vars(counts) for name, counts in report.entities.items()},
        "conflicts": report.conflicts,
        "warnings": report.warnings,
    }
    if args.json:
        emit_json(value)
    else:
        totals = report.totals
        print(
            f"results of {value['trainee']}: {report.status} "
            f"({totals.new} new, {totals.updated} updated, {len(report.conflicts)} conflicts)"
        )
        for warning in report.warnings:
            print(f"  note: {warning}")
    return 0


def cmd_return(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.services.training import practical_bundles

    result = practical_bundles.export_results(db, args.assessment, Path(args.output), to=args.to)
    value = {
        "file": str(result.path),
        "recipient": result.recipient,
        "encrypted": result.encrypted,
        "size": result.size,
        "tables": result.tables,
        "bundle_id": result.bundle_id,
    }
    if args.json:
        emit_json(value)
    else:
        print(f"results written: {result.path} ({sum(result.tables.values())} records, to {result.recipient or '-'})")
    return 0


def cmd_compare(args: argparse.Namespace, db: Any) -> int:
    from cpdesk.core.comparison import Tolerances
    from cpdesk.services.reports import training_reports as reports
    from cpdesk.services.training.comparison import compare_module

    if not args.output and not args.json:
        raise UsageError(msg("cli.practical.output"))
    try:
        tolerances = Tolerances(args.closure_points, args.flow_pct / 100, args.economics_pct / 100)
    except ValueError as exc:
        raise UsageError(reason_of(exc)) from None
    if args.output:
        lang = chosen_lang(args)
        path = reports.comparison_report(db, args.module, args.output, lang, tolerances=tolerances)
        if not args.json:
            print(f"report written: {path}")
    if args.json:
        emit_json(comparison_json(compare_module(db, args.module, tolerances=tolerances)))
    return 0


def module_json(m: Any) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "reference_assessment_id": m.reference_assessment_id,
        "reference_title": m.reference_title,
        "data_given": list(m.data_given),
        "tasks_required": list(m.tasks_required),
        "due_date": m.due_date,
        "notes": m.notes,
        "assignments": [
            {
                "id": a.id,
                "trainee": a.trainee_name,
                "assessment_id": a.assessment_id,
                "exported_at": a.exported_at,
                "returned_at": a.returned_at,
            }
            for a in m.assignments
        ],
    }


def comparison_json(data: Any) -> dict[str, Any]:
    c = data.comparison
    return {
        "module": module_json(data.module),
        "tolerances": {
            "closure_points": c.tolerances.closure_points,
            "flow_relative": c.tolerances.flow_relative,
            "economics_relative": c.tolerances.economics_relative,
        },
        "currency": c.currency,
        "reference": c.reference,
        "trainees": [
            {
                "name": a.trainee_name,
                "assessment_id": a.assessment_id,
                "returned_at": a.returned_at,
                "differences": c.differences_of(i),
                "missing_categories": list(c.missing_categories[i]),
            }
            for i, a in enumerate(data.trainees)
        ],
        "measures": [
            {
                "section": m.section,
                "key": list(m.key),
                "label": m.label,
                "unit": m.unit,
                "reference": m.reference,
                "trainees": [
                    {
                        "value": d.value,
                        "absolute": d.absolute,
                        "relative": d.relative,
                        "differs": d.differs,
                        "reason": d.reason,
                    }
                    for d in m.trainees
                ],
            }
            for m in c.measures
        ],
        "notes": list(data.notes),
    }


def _items(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]
