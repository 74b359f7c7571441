"""Importing a CSV or XLSX table of period readings into an assessment (the table's layout:
:mod:`cpdesk.core.mv.period_table`).

Every row is checked before anything is stored: a cell that is not a number, a negative
figure, a date that is not one, a period ending before it starts, a column whose unit does
not suit its carrier, a period given twice or overlapping another (in the file or already
stored), and a gap between periods (a missing month). Each is a message naming the row. A
file with any of them stores nothing, unless the caller asks to skip the rows with errors:
then those rows are left out whole, the others stored, and the gaps (which are not a row's
error but a missing one) are reported with what was stored. The import is one creation
through :func:`cpdesk.services.editing.create`, so one undo removes all it stored.
"""

from __future__ import annotations

import csv
import uuid
from collections import defaultdict
from dataclasses import dataclass, replace

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError, reason_of
from cpdesk.core.loggers.xlsx import is_xlsx, sheet_rows
from cpdesk.core.messages import Message, msg
from cpdesk.core.mv.period_table import PeriodTable, RowProblem, read_period_table
from cpdesk.core.mv.periods import PeriodReading, span_problems
from cpdesk.services import editing, lookup
from cpdesk.services import validation as check
from cpdesk.services.assessment.periods import MAX_SOURCE, stored_readings
from cpdesk.services.editing import Operation
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import PeriodReading as StoredPeriod

#: The largest file read (a table of periods is kilobytes).
MAX_FILE_BYTES = 20 * 1024 * 1024

_DELIMITERS = ",;\t"


@dataclass(frozen=True)
class PeriodImport:
    """What an import found and did."""

    #: Rows of figures read (the header and blank rows not counted).
    rows: int
    #: Readings stored (none when refused).
    stored: int
    #: The variables of the readings stored.
    variables: tuple[str, ...]
    #: The rows' errors, by row; a file with any stores nothing unless they are skipped.
    problems: tuple[RowProblem, ...]
    #: Missing periods between two rows (named by the later one).
    gaps: tuple[RowProblem, ...]
    #: Rows left out (skipping the rows with errors).
    skipped_rows: tuple[int, ...]
    #: Nothing stored because of the problems (or the gaps).
    refused: bool
    #: The operations that undo the import (the readings' deletion) and redo it.
    undo: tuple[Operation, ...]
    redo: tuple[Operation, ...]


def import_periods(
    db: Database,
    assessment_id: uuid.UUID | str,
    data: bytes,
    *,
    filename: str = "",
    lang: str = "vi",
    skip_bad_rows: bool = False,
) -> PeriodImport:
    """Read the table ``data`` (CSV text or an .xlsx workbook's first sheet) and store its
    readings in the assessment; figures and dates are read in ``lang``'s notation."""
    if len(data) > MAX_FILE_BYTES:
        raise CpdeskError(msg("mv.table_too_long", limit=MAX_FILE_BYTES))
    table = read_period_table(_rows(data), lang, source=filename[:MAX_SOURCE])
    outcome: list[PeriodImport] = []

    def make() -> list[uuid.UUID]:
        with unit_of_work(db) as session:
            assessment = lookup.assessment(session, assessment_id)
            problems, gaps, keep = _checked(table, stored_readings(session, assessment.id), skip_bad_rows)
            bad_rows = sorted({p.row for p in problems})
            refused = bool(problems or gaps) and not skip_bad_rows
            made = []
            if not refused:
                for reading in keep:
                    period = StoredPeriod(
                        assessment_id=assessment.id,
                        variable=reading.variable,
                        period_start=reading.start,
                        period_end=reading.end,
                        value=reading.value,
                        unit=reading.unit,
                        source=reading.source,
                    )
                    session.add(period)
                    made.append(period)
                session.flush()
            outcome.append(
                PeriodImport(
                    rows=table.rows,
                    stored=len(made),
                    variables=tuple(sorted({p.variable for p in made})),
                    problems=problems,
                    gaps=gaps,
                    skipped_rows=tuple(bad_rows) if skip_bad_rows else (),
                    refused=refused,
                    undo=(),
                    redo=(),
                )
            )
            return [p.id for p in made]

    created = editing.create(db, Entity.PERIOD_READING, make)
    return replace(outcome[0], undo=created.undo, redo=created.redo)


def _rows(data: bytes) -> list[tuple[int, tuple[object, ...]]]:
    """The file's rows as (row number, cells): a workbook's first sheet, or CSV text."""
    if is_xlsx(data):
        _, rows = sheet_rows(data)
        return list(rows)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CpdeskError(msg("mv.import_not_text")) from None
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first, delimiters=_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    # one row a line, numbered as an editor numbers the lines (a quoted line break is not
    # expected in a table of figures)
    return [(number, tuple(next(csv.reader([line], dialect), []))) for number, line in enumerate(lines, start=1)]


def _checked(
    table: PeriodTable, stored: list[PeriodReading], skip: bool
) -> tuple[tuple[RowProblem, ...], tuple[RowProblem, ...], list[PeriodReading]]:
    """The rows' problems, the gaps, and the readings to store (all of them, or without the
    rows with problems when ``skip``)."""
    problems = list(table.problems)
    readings = []
    for reading in table.readings:
        try:
            check.required_number(Entity.PERIOD_READING, "value", reading.value, minimum=0)
        except ValidationError as error:
            said = msg("mv.import_cell", column=reading.variable, problem=reason_of(error))
            problems.append(RowProblem(reading.row or 0, said))
            continue
        readings.append(reading)
    by_variable: dict[str, list[PeriodReading]] = defaultdict(list)
    for reading in [*stored, *readings]:
        by_variable[reading.variable].append(reading)
    gaps: list[RowProblem] = []
    for variable in sorted(by_variable):
        for named, problem in span_problems(by_variable[variable]):
            if named.row is None:
                continue  # stored readings that clash among themselves are not this file's
            (gaps if problem.code == "mv.period_gap" else problems).append(RowProblem(named.row, problem))
    bad = {p.row for p in problems}
    keep = [r for r in readings if r.row not in bad] if skip else readings
    if skip and bad:  # the gaps once the bad rows are left out
        gaps = [RowProblem(n.row, p) for v in sorted(by_variable) for n, p in _gaps(stored, keep, v) if n.row]
    order = sorted(problems, key=lambda p: p.row)
    return tuple(order), tuple(sorted(gaps, key=lambda p: p.row)), keep


def _gaps(stored: list[PeriodReading], keep: list[PeriodReading], variable: str) -> list[tuple[PeriodReading, Message]]:
    own = [r for r in [*stored, *keep] if r.variable == variable]
    return [(n, p) for n, p in span_problems(own) if p.code == "mv.period_gap"]
