"""`cpdesk report ...`: the assessment summary, the programme summary, worksheets, the option library and the user
guide, as files."""

from __future__ import annotations

import argparse
from typing import Any

from cpdesk.cli import training_commands
from cpdesk.cli.output import UsageError, add_lang_option, chosen_lang, progress_bar
from cpdesk.core.messages import msg


def register(sub: Any, open_db: Any) -> None:
    """Add `cpdesk report ...` to the command line."""
    p = sub.add_parser("report", help="write a report as PDF, Excel or Word")
    what = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    q = what.add_parser("assessment", help="the assessment summary (.pdf, .xlsx or an editable .docx)")
    q.add_argument("assessment", metavar="ID", help="the assessment's id (or a unique prefix of it)")
    _common(q, "FILE.pdf|FILE.xlsx|FILE.docx", word=True)
    q.set_defaults(handler=lambda args: _run(args, open_db, "assessment", args.assessment))

    q = what.add_parser("programme", help="the programme summary, table 2 (.pdf, .xlsx or .docx)")
    q.add_argument("codes", metavar="CODE", nargs="+", help="one or more programme codes (several: with a totals page)")
    _common(q, "FILE.pdf|FILE.xlsx|FILE.docx", word=True)
    q.set_defaults(handler=lambda args: _run(args, open_db, "programme", args.codes))

    q = what.add_parser("selection", help="the programme summary of any selection of assessments")
    q.add_argument("assessments", metavar="ID", nargs="+", help="assessment ids (or unique prefixes)")
    _common(q, "FILE.pdf|FILE.xlsx|FILE.docx", word=True)
    q.set_defaults(handler=lambda args: _run(args, open_db, "selection", args.assessments))

    q = what.add_parser("worksheets", help="trainee worksheets, blank or filled from an assessment (.pdf)")
    q.add_argument("assessment", metavar="ASSESSMENT", nargs="?", help="fill them from this assessment")
    q.add_argument("--blank", action="store_true", help="print blank worksheets")
    _common(q, "FILE.pdf")
    q.set_defaults(handler=lambda args: _worksheets(args, open_db))

    q = what.add_parser("library", help="the option library, each type with its evidence (.pdf or .docx)")
    _common(q, "FILE.pdf|FILE.docx")
    q.add_argument("--sector", metavar="S", help="only the types of this sector code (and those of every sector)")
    q.add_argument("--category", metavar="C", help="only the types of this option category code")
    q.set_defaults(handler=lambda args: _library(args, open_db))

    q = what.add_parser("guide", help="the user guide, with its contents, for handouts (.pdf; no database needed)")
    _common(q, "FILE.pdf")
    q.set_defaults(handler=_guide)
    training_commands.register_report(what, open_db)


def _common(parser: argparse.ArgumentParser, output: str, word: bool = False) -> None:
    parser.add_argument("-o", "--output", metavar=output, required=True, help="the file to write")
    add_lang_option(parser)
    if word:
        parser.add_argument(
            "--template",
            metavar="TEMPLATE.docx",
            help="for a .docx: the Word template with the centre's styles, logo and margins (default: cpdesk's own)",
        )


def _worksheets(args: argparse.Namespace, open_db: Any) -> int:
    if args.blank == bool(args.assessment):
        raise UsageError(msg("cli.report.worksheets_source"))
    return _run(args, open_db, "worksheets", None if args.blank else args.assessment)


def _library(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services.reports import library_report  # reportlab: only for a report

    db = open_db(args)
    try:
        with progress_bar() as bar:
            path = library_report.write_library_report(
                db, args.output, chosen_lang(args), sector=args.sector, category=args.category, progress=bar
            )
    finally:
        db.close()
    print(f"report written: {path}")
    return 0


def _guide(args: argparse.Namespace) -> int:
    from cpdesk.services.reports import guide_report  # reportlab: only for a report

    with progress_bar() as bar:
        path = guide_report.write_guide(args.output, chosen_lang(args), progress=bar)
    print(f"report written: {path}")
    return 0


def _run(args: argparse.Namespace, open_db: Any, kind: str, key: Any) -> int:
    lang = chosen_lang(args)
    from cpdesk.services.reports import building as reports  # reportlab and the figures: only for a report

    db = open_db(args)
    try:
        with progress_bar() as bar:
            path = reports.build_report(
                db, kind, key, args.output, lang, progress=bar, template=getattr(args, "template", None)
            )
    finally:
        db.close()
    print(f"report written: {path}")
    return 0
