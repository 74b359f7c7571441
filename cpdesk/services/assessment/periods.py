"""An assessment's period readings: a carrier's consumption or a driving variable's value over
a period of whole days (a month's electricity bill, a month's output), the data of verified
savings (:mod:`cpdesk.services.assessment.verification`).

- :func:`list_periods` gives them as rows, by variable and period, and
  :func:`period_variables` each variable with its number of periods, span and units;
- :func:`add_period` adds one (the screens wrap it in ``editing.create`` for undo);
- an edit or a deletion is an ``Update`` or ``Delete`` of ``Entity.PERIOD_READING`` through
  :mod:`cpdesk.services.editing` (fields ``period_start``, ``period_end``, ``value``,
  ``unit``, ``source``), checked as an addition is;
- :mod:`cpdesk.services.assessment.period_import` reads a CSV or XLSX table of them.

Every figure is checked as :mod:`cpdesk.core.mv.periods` says: a carrier's unit is an amount
of its kind, a value is not negative, and a period neither repeats nor overlaps another of the
same variable (a refusal names both periods).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError, reason_of
from cpdesk.core.messages import Message, msg
from cpdesk.core.mv.periods import PeriodReading, is_carrier, reading_unit, span_problems, variable_name
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import PeriodReading as StoredPeriod

ENTITY = Entity.PERIOD_READING

#: The longest text of a reading's source.
MAX_SOURCE = 200


@dataclass(frozen=True)
class PeriodRow:
    """A stored period reading as the screens, the command line and the reports read it."""

    id: uuid.UUID
    assessment_id: uuid.UUID
    variable: str
    #: A carrier's consumption (else a driving variable).
    is_carrier: bool
    period_start: date
    period_end: date
    days: int
    value: float
    unit: str
    source: str
    version: int


def period_row(period: StoredPeriod) -> PeriodRow:
    """The row of a stored reading."""
    return PeriodRow(
        id=period.id,
        assessment_id=period.assessment_id,
        variable=period.variable,
        is_carrier=is_carrier(period.variable),
        period_start=period.period_start,
        period_end=period.period_end,
        days=(period.period_end - period.period_start).days + 1,
        value=period.value,
        unit=period.unit,
        source=period.source,
        version=period.version,
    )


def list_periods(db: Database, assessment_id: uuid.UUID | str, variable: str | None = None) -> tuple[PeriodRow, ...]:
    """The assessment's live period readings (of ``variable`` only, when given), carriers
    first, then by variable and start."""
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        rows = [period_row(p) for p in _live(session, assessment.id, variable)]
    return tuple(sorted(rows, key=lambda r: (not r.is_carrier, r.variable, r.period_start, r.period_end)))


@dataclass(frozen=True)
class VariableRow:
    """One variable of an assessment's period readings: what a screen offers to fit."""

    variable: str
    is_carrier: bool
    periods: int
    first_day: date
    last_day: date
    #: The units its readings are in (more than one when the unit changed between periods).
    units: tuple[str, ...]


def period_variables(db: Database, assessment_id: uuid.UUID | str) -> tuple[VariableRow, ...]:
    """The variables of the assessment's period readings (carriers first, then drivers), each
    with how many periods it has, from when to when and in which units."""
    found: dict[str, list[PeriodRow]] = {}
    for row in list_periods(db, assessment_id):
        found.setdefault(row.variable, []).append(row)
    return tuple(
        VariableRow(
            variable=name,
            is_carrier=rows[0].is_carrier,
            periods=len(rows),
            first_day=min(r.period_start for r in rows),
            last_day=max(r.period_end for r in rows),
            units=tuple(dict.fromkeys(r.unit for r in rows)),
        )
        for name, rows in found.items()
    )


def stored_readings(session: Session, assessment_id: uuid.UUID) -> list[PeriodReading]:
    """The assessment's live readings as the core reads them."""
    return [_reading(p) for p in _live(session, assessment_id, None)]


def _reading(p: StoredPeriod) -> PeriodReading:
    return PeriodReading(p.variable, p.period_start, p.period_end, p.value, p.unit, p.source)


def _live(session: Session, assessment_id: uuid.UUID, variable: str | None) -> Sequence[StoredPeriod]:
    query = select(StoredPeriod).where(StoredPeriod.assessment_id == assessment_id, StoredPeriod.deleted_at.is_(None))
    if variable is not None:
        query = query.where(StoredPeriod.variable == variable)
    return session.execute(query).scalars().all()


def add_period(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    variable: str,
    period_start: date,
    period_end: date,
    value: float,
    unit: str,
    source: str = "",
) -> PeriodRow:
    """Store one reading of ``variable`` (a carrier's code or a driver's name) over the days
    ``period_start`` to ``period_end``, both included."""
    name = variable_of(variable)
    start, end = period_date("period_start", period_start), period_date("period_end", period_end)
    if end < start:
        raise ValidationError(ENTITY, "period_end", end, msg("mv.period_ends_before_start", start=start, end=end))
    period = StoredPeriod(
        variable=name,
        period_start=start,
        period_end=end,
        value=check.required_number(ENTITY, "value", value, minimum=0),
        unit=period_unit(name, unit),
        source=check.text(ENTITY, "source", source, max_len=MAX_SOURCE, required=False),
    )
    with unit_of_work(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        clash = period_clash(session, assessment.id, name, start, end)
        if clash is not None:
            raise ValidationError(ENTITY, "period_start", start, clash)
        period.assessment_id = assessment.id
        session.add(period)
        session.flush()
        return period_row(period)


def variable_of(text: Any) -> str:
    """A variable's name as typed, checked and as stored (a carrier's code in lower case)."""
    try:
        return variable_name(check.text(ENTITY, "variable", text, max_len=200))
    except CpdeskError as error:
        raise ValidationError(ENTITY, "variable", text, reason_of(error)) from None


def period_date(field: str, value: Any) -> date:
    """A period's first or last day: a date (not a moment)."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(ENTITY, field, value, msg("value.not_a_date"))
    return value


def period_unit(variable: str, unit: Any) -> str:
    """The unit of a reading of ``variable``, as stored (see core.mv.periods.reading_unit)."""
    text = check.text(ENTITY, "unit", unit if unit is not None else "", max_len=40, required=False)
    try:
        return reading_unit(variable, text)
    except (CpdeskError, ValueError) as error:  # ValueError: an unknown unit (UnitError, coded)
        raise ValidationError(ENTITY, "unit", unit, reason_of(error)) from None


def period_clash(
    session: Session,
    assessment_id: uuid.UUID,
    variable: str,
    start: date,
    end: date,
    exclude: uuid.UUID | None = None,
) -> Message | None:
    """Why a period of ``variable`` from ``start`` to ``end`` cannot be stored beside the
    assessment's others (a period given already, or overlapping one), None when it can."""
    others = [_reading(p) for p in _live(session, assessment_id, variable) if p.id != exclude]
    new = PeriodReading(variable, start, end, 0.0, row=0)
    for named, problem in span_problems([*others, new]):
        if named is new and problem.code != "mv.period_gap":
            return problem
    return None
