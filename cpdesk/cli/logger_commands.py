"""`cpdesk logger import|list|stats|measure`: logger files and series, headless."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cpdesk.cli.output import add_lang_option, chosen_lang, emit_json, progress_bar, render_table
from cpdesk.core.messages import Figure, Message, msg, render

if TYPE_CHECKING:  # the logger engine (numpy) is imported by the command that runs, not by `cpdesk --help`
    from cpdesk.core.loggers.formats import ImportSettings
    from cpdesk.core.loggers.read import ReadReport
    from cpdesk.services.loggers import ChannelMapping, SeriesRow

_SEPARATORS = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ",", "pipe": "|"}
_LISTED = 20


def register(sub: Any, open_db: Any) -> None:
    logger = sub.add_parser("logger", help="import and explore logger files (power analysers, flow loggers)")
    actions = logger.add_subparsers(dest="logger_command", metavar="ACTION", required=True)

    p = actions.add_parser("import", help="import a CSV or XLSX logger file as series")
    p.add_argument("assessment", metavar="ASSESSMENT", help="the assessment's id (or a unique prefix)")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--channel",
        action="append",
        default=[],
        metavar="COLUMN=STREAM:UNIT",
        help="store COLUMN (name or number from 1) as a series of STREAM (name or id; may be empty) "
        "in UNIT; repeat for several channels (default: every numeric column whose name states its unit)",
    )
    p.add_argument("--yes", action="store_true", help="accept the detected settings and skip unreadable rows")
    p.add_argument("--sep", help="field separator: ';' ',' tab '|'")
    p.add_argument("--decimal", choices=[",", "."], help="decimal mark")
    p.add_argument("--thousands", help="thousands mark: '.' ',' ' ' or 'none'")
    p.add_argument("--encoding", help="text encoding: utf-8, utf-8-sig, cp1258, utf-16 ...")
    p.add_argument("--time-format", choices=["iso", "dmy", "mdy", "excel", "unix"], help="timestamp layout")
    p.add_argument("--time-zone", help="the logger clock's zone: +07:00 (default) or a name like Asia/Ho_Chi_Minh")
    p.add_argument("--sheet", help="worksheet of an .xlsx file (default: the first)")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(p, "language of what the import tells")
    p.set_defaults(handler=lambda args: _import(args, open_db))

    p = actions.add_parser("list", help="the logger series of an assessment")
    p.add_argument("assessment", metavar="ASSESSMENT")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_lang_option(p, "language of the table's headings")
    p.set_defaults(handler=lambda args: _list(args, open_db))

    p = actions.add_parser("stats", help="figures of a series over a time range")
    _series_range_args(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: _stats(args, open_db))

    p = actions.add_parser("measure", help="save a figure of a series as a measurement of a stream")
    _series_range_args(p)
    p.add_argument("statistic", metavar="STATISTIC", help="mean, min, max, p95, base_load, peak_demand, total ...")
    p.add_argument("--stream", help="the stream measured (default: the series' stream)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=lambda args: _measure(args, open_db))


def _series_range_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("series", metavar="SERIES", help="the series' id (or a unique prefix, as `logger list` prints)")
    p.add_argument("--from", dest="t_from", metavar="TIME", help="start, in the series' time zone: 2024-03-01 08:00")
    p.add_argument("--to", dest="t_to", metavar="TIME", help="end (included)")
    p.add_argument("--demand-minutes", type=float, default=15.0, help="demand interval of the peak (default 15)")
    p.add_argument("--base-percentile", type=float, default=5.0, help="percentile taken as base load (default 5)")


def _settings(args: argparse.Namespace, data: bytes) -> ImportSettings:
    from cpdesk.core.loggers.formats import LoggerFormatError
    from cpdesk.services import loggers
    from cpdesk.services.loggers import LoggerImportError

    separator = _SEPARATORS.get(args.sep.lower(), args.sep) if args.sep else None
    settings = loggers.detect(data, sheet=args.sheet, separator=separator, encoding=args.encoding)
    changes: dict[str, Any] = {}
    if args.decimal:
        changes["decimal"] = args.decimal
    if args.thousands:
        changes["thousands"] = None if args.thousands.lower() == "none" else args.thousands
    if args.time_format:
        changes["time_format"] = args.time_format
    if args.time_zone:
        changes["time_zone"] = args.time_zone
    try:
        return dataclasses.replace(settings, **changes).checked()
    except LoggerFormatError as exc:
        raise LoggerImportError(exc.message or str(exc)) from None


def _mapping(args: argparse.Namespace, settings: ImportSettings) -> list[ChannelMapping]:
    from cpdesk.core.loggers.detect import unit_from_header
    from cpdesk.services.loggers import ChannelMapping, LoggerImportError

    if args.channel:
        mapping = []
        for spec in args.channel:
            column, eq, rest = spec.partition("=")
            stream, colon, unit = rest.rpartition(":")
            if not eq or not colon or not column.strip() or not unit.strip():
                raise LoggerImportError(msg("cli.logger.channel_spec", spec=repr(spec)))
            mapping.append(ChannelMapping(column.strip(), unit.strip(), stream.strip() or None))
        return mapping
    mapping = []
    for index in settings.value_columns:
        name = settings.columns[index]
        unit = unit_from_header(name)
        if unit is None:
            raise LoggerImportError(msg("cli.logger.no_unit", column=repr(name), name=name))
        mapping.append(ChannelMapping(index, unit))
    if not mapping:
        raise LoggerImportError(msg("cli.logger.no_channel"))
    return mapping


def _describe_settings(settings: ImportSettings, lang: str) -> str:
    """The settings detected, and detection's notes, in ``lang``."""

    def shown(mark: str | None) -> str:
        word = {"\t": "cli.logger.tab", " ": "cli.logger.space", None: "cli.logger.none"}.get(mark)
        return render(msg(word), lang) if word else str(mark)

    time_columns = settings.columns[settings.time_column]
    if settings.time_of_day_column is not None:
        time_columns += f" + {settings.columns[settings.time_of_day_column]}"
    marks = {"kind": settings.kind, "decimal": repr(settings.decimal), "thousands": shown(settings.thousands)}
    if settings.kind == "csv":
        file = msg("cli.logger.file_csv", encoding=settings.encoding, separator=shown(settings.separator), **marks)
    else:
        file = msg("cli.logger.file", **marks)
    header = msg("cli.logger.header_line", line=str(settings.skip_lines + 1)) if settings.has_header else None
    timing = msg(
        "cli.logger.header",
        header=header or msg("cli.logger.none"),
        columns=time_columns,
        format=settings.time_format,
        zone=settings.time_zone,
    )
    lines = [render(file, lang), render(timing, lang)]
    lines += [render(msg("cli.logger.note", note=note), lang) for note in settings.notes]
    return "\n".join(lines)


def _ask(question: Message, lang: str) -> bool:
    print(f"{render(question, lang)} {render(msg('cli.logger.yes_no'), lang)} ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes", "c", "có")


def _import(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services import loggers
    from cpdesk.services.loggers import LoggerImportError

    data = loggers.read_logger_file(args.file)  # its refusals name the file already
    try:
        return _import_data(args, open_db, data)
    except LoggerImportError as exc:
        raise loggers.in_file(args.file.name, exc) from None  # "file.csv, line 3, column 'P': ..."


def _import_data(args: argparse.Namespace, open_db: Any, data: bytes) -> int:
    from cpdesk.services import loggers
    from cpdesk.services.loggers import LoggerImportError

    lang = chosen_lang(args)
    settings = _settings(args, data)
    mapping = _mapping(args, settings)
    interactive = sys.stdin.isatty() and not args.yes
    if not args.json:
        print(_describe_settings(settings, lang), file=sys.stderr)
    if settings.notes and not args.yes:
        if not interactive:
            raise LoggerImportError(msg("cli.logger.unsure"))
        if not _ask(msg("cli.logger.ask_settings"), lang):
            raise LoggerImportError(msg("cli.logger.cancelled"))

    def confirm(report: ReadReport) -> bool:
        for cell in report.bad_cells[:_LISTED]:
            print(render(msg("cli.logger.cannot_read", cell=cell.message), lang), file=sys.stderr)
        more = report.bad_cell_count - min(_LISTED, len(report.bad_cells))
        if more > 0:
            print(render(msg("cli.logger.and_more", count=str(more)), lang), file=sys.stderr)
        if args.yes:
            return True
        if not interactive:
            raise LoggerImportError(
                msg("cli.logger.bad_cells", count=str(report.bad_cell_count)),
                report.bad_cells,
                report.bad_cell_count,
            )
        return _ask(msg("cli.logger.ask_skip", count=str(report.bad_cell_count)), lang)

    db = open_db(args)
    try:
        with progress_bar() as bar:
            result = loggers.import_series(
                db,
                args.assessment,
                data,
                settings,
                mapping,
                source_name=args.file.name,
                on_bad_rows=confirm,
                progress=bar,
            )
    finally:
        db.close()
    if args.json:
        emit_json(result)
        return 0
    print(_series_table(list(result.series), lang))
    print(_import_report(result, lang))
    return 0


def _import_report(result: Any, lang: str) -> str:
    """What the import read, dropped and left as gaps, in ``lang``. Counts are said as
    figures without grouping (a count of rows reads the same in both languages)."""
    report = result.report
    read = render(
        msg(
            "cli.logger.read",
            rows=str(report.rows),
            dropped=str(report.rows_dropped),
            bad=str(report.bad_cell_count),
            duplicates=str(report.duplicates),
        ),
        lang,
    )
    if report.conflicting_duplicates:
        read += " " + render(msg("cli.logger.conflicting", count=str(report.conflicting_duplicates)), lang)
    if report.out_of_order:
        read += "; " + render(msg("cli.logger.out_of_order", count=str(report.out_of_order)), lang)
    lines = [read]
    for series, column in zip(result.series, _mapped_columns(result), strict=True):
        if report.non_finite.get(column):
            found = msg("cli.logger.non_finite", column=repr(series.channel), count=str(report.non_finite[column]))
            lines.append(render(found, lang))
    if report.gap_count:
        hours = Figure(report.gap_seconds / 3600, 2)
        lines.append(render(msg("cli.logger.gaps", count=str(report.gap_count), hours=hours), lang))
    if report.ambiguous_local:
        lines.append(render(msg("cli.logger.repeated_hour", count=str(report.ambiguous_local)), lang))
    return "\n".join(lines)


def _mapped_columns(result: Any) -> list[int]:
    """The file's column of each stored series (series are stored in the mapping's order)."""
    return [result.settings.columns.index(series.channel) for series in result.series]


def _local(moment: datetime | None, zone: str) -> str:
    from cpdesk.core.loggers.times import parse_time_zone

    if moment is None:
        return "-"
    return moment.astimezone(parse_time_zone(zone).info).strftime("%Y-%m-%d %H:%M:%S")


#: The columns of the table of series, by their message codes ("cli.logger.col.*").
_COLUMNS = ("id", "name", "unit", "stream", "points", "from", "to", "interval", "zone")


def _series_table(rows: list[SeriesRow], lang: str) -> str:
    return render_table(
        [render(msg(f"cli.logger.col.{column}"), lang) for column in _COLUMNS],
        [
            [
                str(r.id)[:8],
                r.name,
                r.unit,
                r.stream,
                r.point_count,
                _local(r.first_at, r.time_zone),
                _local(r.last_at, r.time_zone),
                r.interval_s,
                r.time_zone,
            ]
            for r in rows
        ],
    )


def _list(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services import loggers

    db = open_db(args)
    try:
        rows = loggers.list_series(db, args.assessment)
    finally:
        db.close()
    if args.json:
        emit_json(rows)
    else:
        print(_series_table(rows, chosen_lang(args)))
    return 0


def _stats(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.core.loggers.times import parse_time_zone
    from cpdesk.services import loggers

    db = open_db(args)
    try:
        result = loggers.series_stats(
            db,
            args.series,
            args.t_from,
            args.t_to,
            demand_minutes=args.demand_minutes,
            base_percentile=args.base_percentile,
        )
    finally:
        db.close()
    s, row = result.stats, result.row
    zone = parse_time_zone(row.time_zone)
    first = datetime.fromtimestamp(s.first_ns / 1e9, zone.info).isoformat(timespec="seconds")
    last = datetime.fromtimestamp(s.last_ns / 1e9, zone.info).isoformat(timespec="seconds")
    if args.json:
        emit_json(
            {
                "series": row,
                "from": first,
                "to": last,
                "count": s.count,
                "covered_s": s.covered_s,
                "unit": s.unit,
                "min": s.minimum,
                "mean": s.mean,
                "max": s.maximum,
                "percentiles": {f"p{q:g}": v for q, v in s.percentiles.items()},
                "base_load": s.base_load,
                "base_percentile": s.base_percentile,
                "total": s.amount,
                "total_unit": s.amount_unit,
                "total_kind": result.amount_name,
                "peak_demand": s.peak_demand,
                "demand_interval_s": s.demand_interval_s,
                "load_factor": s.load_factor,
            }
        )
        return 0
    unit = s.unit
    print(f"{row.name} ({unit}), {first} to {last}: {s.count} readings, {s.covered_s / 3600:,.2f} h covered")
    print(f"min {s.minimum:,.6g}  mean {s.mean:,.6g}  max {s.maximum:,.6g} {unit}")
    print("percentiles  " + "  ".join(f"P{q:g} {v:,.6g}" for q, v in s.percentiles.items()))
    print(f"base load (P{s.base_percentile:g}) {s.base_load:,.6g} {unit}")
    print(f"peak demand ({s.demand_interval_s / 60:g} min) {s.peak_demand:,.6g} {unit}")
    if s.load_factor is not None:
        print(f"load factor {s.load_factor:.3f}")
    if s.amount is not None:
        print(f"{result.amount_name or 'total'} {s.amount:,.6g} {s.amount_unit}")
    return 0


def _measure(args: argparse.Namespace, open_db: Any) -> int:
    from cpdesk.services import loggers

    db = open_db(args)
    try:
        row = loggers.save_measurement(
            db,
            args.series,
            args.statistic,
            t_from=args.t_from,
            t_to=args.t_to,
            stream=args.stream,
            demand_minutes=args.demand_minutes,
            base_percentile=args.base_percentile,
        )
    finally:
        db.close()
    if args.json:
        emit_json(row)
    else:
        print(f"measurement {str(row.id)[:8]} of {row.stream}: {row.value:,.6g} {row.unit} {row.basis.value}")
    return 0
