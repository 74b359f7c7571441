"""`cpdesk report ...`: the assessment summary, the programme summary and worksheets, as files."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from cpdesk.cli.main import UsageError
from cpdesk.report.i18n import LANGS

#: Language of reports when --lang is not given (Vietnamese unless CPDESK_LANG says "en").
LANG_ENV = "CPDESK_LANG"


def register(sub: Any, open_db: Any) -> None:
    """Add `cpdesk report ...` to the command line."""
    p = sub.add_parser("report", help="write a report as PDF or Excel")
    what = p.add_subparsers(dest="report", metavar="REPORT", required=True)

    q = what.add_parser("assessment", help="the assessment summary (.pdf or .xlsx)")
    q.add_argument("assessment", metavar="ID", help="the assessment's id (or a unique prefix of it)")
    _common(q, "FILE.pdf|FILE.xlsx")
    q.set_defaults(handler=lambda args: _run(args, open_db, "assessment", args.assessment))

    q = what.add_parser("programme", help="the programme summary, table 2 (.pdf or .xlsx)")
    q.add_argument("codes", metavar="CODE", nargs="+", help="one or more programme codes (several: with a totals page)")
    _common(q, "FILE.pdf|FILE.xlsx")
    q.set_defaults(handler=lambda args: _run(args, open_db, "programme", args.codes))

    q = what.add_parser("selection", help="the programme summary of any selection of assessments")
    q.add_argument("assessments", metavar="ID", nargs="+", help="assessment ids (or unique prefixes)")
    _common(q, "FILE.pdf|FILE.xlsx")
    q.set_defaults(handler=lambda args: _run(args, open_db, "selection", args.assessments))

    q = what.add_parser("worksheets", help="trainee worksheets, blank or filled from an assessment (.pdf)")
    q.add_argument("assessment", metavar="ASSESSMENT", nargs="?", help="fill them from this assessment")
    q.add_argument("--blank", action="store_true", help="print blank worksheets")
    _common(q, "FILE.pdf")
    q.set_defaults(handler=lambda args: _worksheets(args, open_db))
    __import__("cpdesk.cli.training_commands", fromlist=["register_report"]).register_report(what, open_db)


def _common(parser: argparse.ArgumentParser, output: str) -> None:
    parser.add_argument("-o", "--output", metavar=output, required=True, help="the file to write")
    parser.add_argument("--lang", choices=LANGS, help=f"language (default: ${LANG_ENV} or vi)")


def _worksheets(args: argparse.Namespace, open_db: Any) -> int:
    if args.blank == bool(args.assessment):
        raise UsageError("give an ASSESSMENT to fill the worksheets from, or --blank (not both)")
    return _run(args, open_db, "worksheets", None if args.blank else args.assessment)


def _run(args: argparse.Namespace, open_db: Any, kind: str, key: Any) -> int:
    lang = args.lang or os.environ.get(LANG_ENV) or "vi"
    if lang not in LANGS:
        raise UsageError(f"${LANG_ENV}={lang!r}: choose one of {', '.join(LANGS)}")
    from cpdesk.services.reports import building as reports  # reportlab and the figures: only for a report

    db = open_db(args)
    bar = _ProgressBar() if sys.stderr.isatty() else None
    try:
        path = reports.build_report(db, kind, key, args.output, lang, progress=bar)
    finally:
        db.close()
        if bar is not None:
            bar.close()
    print(f"report written: {path}")
    return 0


class _ProgressBar:
    """A one-line progress bar on the terminal: "[#########           ]  45 % message"."""

    WIDTH = 30

    def __init__(self) -> None:
        self._shown = False

    def __call__(self, fraction: float, message: str) -> None:
        filled = int(round(self.WIDTH * fraction))
        sys.stderr.write(f"\r[{'#' * filled}{' ' * (self.WIDTH - filled)}] {100 * fraction:3.0f} % {message[:40]:<40}")
        sys.stderr.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            sys.stderr.write("\r" + " " * (self.WIDTH + 50) + "\r")
            sys.stderr.flush()
