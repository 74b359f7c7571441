"""A logger file from the disk, its errors named by file, and the import report kept small.

What is stored with a series about its import travels to the centre in every bundle, so it
must stay far below the bundles' record limits whatever the file held: :func:`stored_report`
lists at most :data:`LISTED_IN_REPORT` unreadable rows (each cut to 80 characters of the
cell, with its full length), then "and 12 345 more", and keeps the whole report under
:data:`MAX_REPORT_BYTES`.
"""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any

from cpdesk.core.loggers.formats import ImportSettings, LoggerFormatError, why
from cpdesk.core.loggers.head import check_head
from cpdesk.core.loggers.limits import MAX_LINE_BYTES, grouped
from cpdesk.core.loggers.read import ReadReport
from cpdesk.core.loggers.xlsx import is_xlsx
from cpdesk.core.messages import msg
from cpdesk.services.loggers.common import LoggerImportError

__all__ = ["LISTED_IN_REPORT", "MAX_REPORT_BYTES", "in_file", "read_logger_file", "stored_report"]

#: Unreadable rows described in a stored import report (all are counted).
LISTED_IN_REPORT = 20
#: Column names kept in a stored report's settings (the channel's and the time columns always).
COLUMNS_IN_REPORT = 50
#: The most a stored import report may take, in UTF-8 bytes.
MAX_REPORT_BYTES = 64 * 1024


def in_file(name: str, error: LoggerImportError | LoggerFormatError) -> LoggerImportError:
    """``error`` with the file's name in front: "may-nen.csv, line 3: ..." or "may-nen.csv: ..."."""
    message = error.message
    if message is None or message.code in ("logger.in_file", "logger.in_file_at") or not name:
        if isinstance(error, LoggerImportError):
            return error
        return LoggerImportError(why(error))
    at = message.code in ("logger.at_line", "logger.at_row")
    joined = msg("logger.in_file_at" if at else "logger.in_file", file=name, problem=message)
    if isinstance(error, LoggerImportError):
        return LoggerImportError(joined, error.bad_cells, error.bad_cell_count)
    return LoggerImportError(joined)


def read_logger_file(path: Path) -> bytes:
    """The bytes of a logger file, after its first line has been checked against the limits.

    A text file whose first line is longer than the limit or has too many columns is
    refused from its first megabyte, without reading the rest.

    Raises:
        LoggerImportError: the file cannot be read, or its start is no logger's.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(MAX_LINE_BYTES + 1)
            if not is_xlsx(head):
                try:
                    check_head(head)
                except LoggerFormatError as exc:
                    raise in_file(path.name, exc) from None
            handle.seek(0)
            return handle.read()  # one buffer of the file's size: not the head joined to the rest
    except OSError as exc:
        raise LoggerImportError(
            msg("logger.file_unreadable", path=str(path), detail=exc.strerror or str(exc))
        ) from None


def stored_report(report: ReadReport, settings: ImportSettings, channel: int) -> str:
    """What is kept with a series about its import: JSON for people and for sync, bounded."""
    columns = list(settings.columns)
    if len(columns) > COLUMNS_IN_REPORT:
        columns = columns[:COLUMNS_IN_REPORT] + [f"and {grouped(len(columns) - COLUMNS_IN_REPORT)} more"]
    left_out = ("notes", "value_columns", "columns")
    kept = {f.name: getattr(settings, f.name) for f in dataclasses.fields(settings) if f.name not in left_out}
    body: dict[str, Any] = {
        "settings": {**kept, "columns": columns},
        "channel": settings.columns[channel],
        "notes": [str(note) for note in settings.notes],
        "rows": report.rows,
        "rows_dropped": report.rows_dropped,
        "values_dropped": report.values_dropped.get(channel, 0),
        "missing": report.missing.get(channel, 0),
        "non_finite": report.non_finite.get(channel, 0),
        "bad_cells": [],
        "bad_cell_count": report.bad_cell_count,
        "duplicates": report.duplicates,
        "conflicting_duplicates": report.conflicting_duplicates,
        "out_of_order": report.out_of_order,
        "interval_s": report.interval_s,
        "gaps": [[g.start_ns, g.end_ns] for g in report.gaps],
        "gap_count": report.gap_count,
        "gap_seconds": report.gap_seconds if math.isfinite(report.gap_seconds) else None,
        "ambiguous_local": report.ambiguous_local,
        "stated_offsets": report.stated_offsets,
        "time_zone": report.time_zone,
    }
    listed = min(LISTED_IN_REPORT, len(report.bad_cells))
    while True:
        cells = [str(b) for b in report.bad_cells[:listed]]
        if report.bad_cell_count > listed:
            cells.append(f"and {grouped(report.bad_cell_count - listed)} more")
        body["bad_cells"] = cells
        text = json.dumps(body, ensure_ascii=False)
        if len(text.encode("utf-8")) <= MAX_REPORT_BYTES:
            return text
        if listed:
            listed //= 2
        elif body["notes"]:
            body["notes"] = []  # notes name columns and example cells: the report stays whole without them
        elif len(body["settings"]["columns"]) > 1:
            body["settings"]["columns"] = [f"{grouped(len(settings.columns))} columns"]
        else:  # only the settings' own texts are left, each bounded where it is checked
            return text
