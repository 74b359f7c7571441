"""`cpdesk mv`: verified savings (measurement and verification) on the command line, on an
assessment's stored period readings (:mod:`cpdesk.cli.mv_assessment`: ``mv periods``,
``mv import``, and ``mv fit`` / ``mv savings`` with ``--carrier``) or, stand-alone (no
database is opened), from CSV tables of periods:

``cpdesk mv fit FILE.csv --consumption COLUMN --driver COLUMN [--driver COLUMN]`` fits the
baseline model and prints its coefficients, statistics and ASHRAE Guideline 14's verdict;
``cpdesk mv savings BASELINE.csv REPORTING.csv --consumption COLUMN --driver COLUMN`` fits the
baseline on the first table and prints the second's adjusted baseline, avoided consumption,
CUSUM and indicator per period and the saving with its uncertainty at 68 % and 90 %. The
figures are typed in the user's notation (decimal comma in Vietnamese) and printed in it; the
texts come in the language of ``--lang`` / ``$CPDESK_LANG``. The arithmetic is
:mod:`cpdesk.core.mv`; the JSON is documented in docs/cli-json.md.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdesk.cli.mv_output import model_json, print_model, print_savings, savings_json
from cpdesk.cli.output import UsageError, add_lang_option, chosen_lang, emit_json
from cpdesk.core.messages import msg

if TYPE_CHECKING:
    from cpdesk.core.mv.baseline import BaselineModel
    from cpdesk.core.mv.table import PeriodTable

#: The largest table file read (a table of periods is kilobytes; this refuses a wrong file).
MAX_FILE_BYTES = 20 * 1024 * 1024


def register(sub: Any, open_db: Any) -> None:
    """Add `cpdesk mv periods|import|fit|savings|from-series|isolated` (fit and savings on CSV
    files need no database)."""
    from cpdesk.cli import mv_assessment

    p = sub.add_parser("mv", help="verified savings (M&V): an assessment's period readings, or CSV tables of periods")
    what = p.add_subparsers(dest="mv", metavar="ACTION", required=True)
    q = what.add_parser("periods", help="the period readings stored in an assessment")
    q.add_argument("assessment", metavar="ASSESSMENT", help="the assessment's id (or a unique prefix)")
    q.add_argument("--variable", metavar="NAME", help="only this carrier or driver")
    q.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(q, "language of the texts and the notation of the figures")
    q.set_defaults(handler=lambda args: mv_assessment.periods(args, open_db))
    q = what.add_parser("import", help="import a CSV or XLSX table of period readings into an assessment")
    q.add_argument("assessment", metavar="ASSESSMENT", help="the assessment's id (or a unique prefix)")
    q.add_argument("file", metavar="FILE", help="a table: a row a period, a column a variable 'name (unit)'")
    q.add_argument("--skip-bad-rows", action="store_true", help="store the good rows and leave out those with errors")
    q.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(q, "language of the texts and the notation of the figures and dates read")
    q.set_defaults(handler=lambda args: mv_assessment.import_file(args, open_db))
    q = what.add_parser("fit", help="fit a baseline model: consumption against one or two driving variables")
    q.add_argument("sources", nargs=1, metavar="ASSESSMENT|FILE.csv", help="an assessment (with --carrier) or a table")
    _model_options(q)
    q.add_argument("--days", metavar="COLUMN", help="the column of each period's length in days (unequal: refused)")
    q.add_argument("--per-day", action="store_true", help="with --days: fit per day (each figure over its days)")
    q.set_defaults(handler=lambda args: _fit(args, open_db))
    q = what.add_parser("savings", help="a reporting period's savings against a baseline, with their uncertainty")
    q.add_argument(
        "sources",
        nargs="+",
        metavar="ASSESSMENT | BASELINE.csv REPORTING.csv",
        help="an assessment (with --carrier), or the baseline's and the reporting period's tables",
    )
    q.add_argument(
        "--record-for",
        metavar="OPTION",
        help="with --carrier: record the saving as this option's verified saving of the carrier (its code or id)",
    )
    _model_options(q)
    q.set_defaults(handler=lambda args: _savings(args, open_db))
    _isolated_commands(what, open_db)


def _isolated_commands(what: Any, open_db: Any) -> None:
    """`mv from-series` and `mv isolated` (:mod:`cpdesk.cli.mv_isolated`)."""
    from cpdesk.cli import mv_isolated

    q = what.add_parser("from-series", help="period readings summed or averaged from a logger series")
    q.add_argument("series", metavar="SERIES", help="the logger series' id (or a unique prefix)")
    q.add_argument("--variable", required=True, metavar="NAME", help="the carrier or driver the periods are of")
    q.add_argument("--from", dest="first", required=True, metavar="DATE", help="the first day")
    q.add_argument("--to", dest="last", required=True, metavar="DATE", help="the last day")
    q.add_argument("--grain", choices=("day", "week", "month"), default="day", help="the periods (default: day)")
    q.add_argument(
        "--statistic",
        choices=("amount", "mean", "cdd"),
        default="amount",
        help="amount: what a rate adds up to (default); mean: the readings' mean; cdd: cooling degree-days",
    )
    q.add_argument("--base", type=float, default=18.3, metavar="°C", help="with cdd: the base temperature (18.3)")
    q.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(q, "language of the texts and the notation of the dates and figures")
    q.set_defaults(handler=lambda args: mv_isolated.from_series(args, open_db))
    q = what.add_parser("isolated", help="one measure isolated (IPMVP option B): use per unit of load before and after")
    q.add_argument("assessment", metavar="ASSESSMENT", help="the assessment's id (or a unique prefix)")
    q.add_argument("--use", required=True, metavar="NAME", help="the measure's use (a variable of the period readings)")
    q.add_argument("--load", required=True, metavar="NAME", help="its load (a variable of the same periods)")
    q.add_argument("--changed-on", required=True, metavar="DATE", help="the day the measure was put in")
    q.add_argument("--record-for", metavar="OPTION", help="record the saving on this option (with --carrier)")
    q.add_argument("--carrier", metavar="CARRIER", help="the option's resource saving to record it on")
    q.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(q, "language of the texts and the notation of the dates and figures")
    q.set_defaults(handler=lambda args: mv_isolated.isolated(args, open_db))


def _model_options(q: argparse.ArgumentParser) -> None:
    q.add_argument("--carrier", metavar="CARRIER", help="an assessment's carrier (electricity, anthracite, water ...)")
    q.add_argument(
        "--reporting-from",
        metavar="DATE",
        help="with --carrier: the reporting period's first day (default: the "
        "latest implementation date of the assessment's implemented options)",
    )
    q.add_argument("--consumption", metavar="COLUMN", help="a table's column of the consumption")
    q.add_argument("--driver", action="append", default=[], metavar="NAME", help="a driving variable (at most two)")
    q.add_argument(
        "--interval",
        choices=("monthly", "daily", "hourly"),
        default="monthly",
        help="a table's data interval, for ASHRAE Guideline 14's acceptance (default: monthly)",
    )
    q.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(q, "language of the texts and the notation of the figures")


def _on_files(args: argparse.Namespace, count: int) -> bool:
    """Whether the command works on tables (else on an assessment, with --carrier)."""
    if args.carrier:
        if len(args.sources) != 1 or args.consumption:
            raise UsageError(msg("cli.mv.carrier_one_source"))
        return False
    if not args.consumption or len(args.sources) != count:
        raise UsageError(msg("cli.mv.sources"))
    if args.reporting_from:
        raise UsageError(msg("cli.mv.reporting_from_needs_carrier"))
    if getattr(args, "record_for", None):
        raise UsageError(msg("mv.record_for_needs_carrier"))
    return True


def _read(path: str, args: argparse.Namespace, lang: str) -> PeriodTable:
    from cpdesk.core.mv.table import read_periods

    file = Path(path)
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise UsageError(msg("cli.mv.too_large", path=path, limit=str(MAX_FILE_BYTES // (1024 * 1024))))
        raw = file.read_bytes()
    except OSError as error:
        raise UsageError(msg("cli.mv.unreadable", path=path, detail=error.strerror or str(error))) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(msg("cli.mv.not_utf8", path=path)) from None
    days = [getattr(args, "days", None)] if getattr(args, "days", None) else []
    named = [args.consumption, *args.driver, *days]
    if len(named) != len(set(named)):
        raise UsageError(msg("cli.mv.column_twice"))
    return read_periods(text, named, lang)


def _model(args: argparse.Namespace, lang: str) -> tuple[BaselineModel, PeriodTable]:
    from cpdesk.core.mv.baseline import fit_baseline
    from cpdesk.core.mv.inputs import per_day

    table = _read(args.sources[0], args, lang)
    consumption = table.columns[args.consumption]
    drivers = {name: table.columns[name] for name in args.driver}
    days = table.columns[args.days] if getattr(args, "days", None) else None
    if getattr(args, "per_day", False):
        if days is None:
            raise UsageError(msg("cli.mv.per_day_needs_days"))
        consumption = per_day(consumption, days)
        drivers = {name: per_day(values, days) for name, values in drivers.items()}
    per = bool(getattr(args, "per_day", False))
    return fit_baseline(consumption, drivers, interval=args.interval, days=days, normalised=per), table


def _fit(args: argparse.Namespace, open_db: Any) -> int:
    if not _on_files(args, 1):
        from cpdesk.cli.mv_assessment import verified

        return verified(args, open_db, with_savings=False)
    lang = chosen_lang(args)
    model, _ = _model(args, lang)
    if args.json:
        emit_json(model_json(model, args, lang))
        return 0
    print_model(model, args, lang)
    return 0


def _savings(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.core.mv.savings import reporting_savings

    if not _on_files(args, 2):
        from cpdesk.cli.mv_assessment import verified

        return verified(args, open_db, with_savings=True)
    lang = chosen_lang(args)
    model, _ = _model(args, lang)
    table = _read(args.sources[1], args, lang)
    result = reporting_savings(model, table.columns[args.consumption], {n: table.columns[n] for n in args.driver})
    if args.json:
        emit_json({"model": model_json(model, args, lang), **savings_json(result, table)})
        return 0
    print_model(model, args, lang)
    print()
    print_savings(result, table, lang)
    return 0
