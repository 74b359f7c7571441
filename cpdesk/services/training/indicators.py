"""The centre's own environmental indicators (seed, table 4): define them, record their values,
list a year with met / not met, and the trend of each.

An indicator is normalised by useful person-months or training person-days. A value is
recorded either as the raw quantity with the period's normaliser amount (the service divides)
or, without an amount, as the normalised figure itself (as the seed prints it). For an
indicator per training person-day the amount may be taken from the training records
(``amount_from_records=True``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from cpdesk.core import training as core
from cpdesk.core.errors import ValidationError
from cpdesk.core.training import IndicatorStatus, TrendPoint
from cpdesk.core.training_vocabulary import Frequency, IndicatorScope, Normaliser
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.editing import Delete, Operation, Restore, Update
from cpdesk.services.training.statistics import training_person_days_between
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import utcnow
from cpdesk.store.models import Indicator, IndicatorValue


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator with its value in the year shown, met / not met, and its whole trend."""

    id: uuid.UUID
    scope: IndicatorScope
    name: str
    name_vi: str
    unit: str
    normaliser: Normaliser
    frequency: Frequency
    target: float | None
    lower_is_better: bool
    active: bool
    note: str
    origin: DataOrigin
    #: The year's value (see core.training.period_summary); None when nothing was recorded.
    value: float | None
    status: IndicatorStatus | None
    deviation: float | None
    trend: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class IndicatorTable:
    """The indicators for one year (the latest year with values when none was asked for)."""

    year: int | None
    rows: tuple[IndicatorRow, ...]


@dataclass(frozen=True)
class IndicatorValueRow:
    id: uuid.UUID
    indicator_id: uuid.UUID
    period_start: date
    period_end: date
    actual: float
    normaliser_amount: float | None
    value: float
    status: IndicatorStatus
    note: str


def _date(field: str, value: Any) -> date:
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError("indicator_value", field, value, "must be a date")
    return value


def create_indicator(
    db: Any,
    *,
    name: str,
    unit: str,
    scope: IndicatorScope | str = IndicatorScope.OFFICE,
    name_vi: str = "",
    normaliser: Normaliser | str = Normaliser.NONE,
    frequency: Frequency | str = Frequency.QUARTERLY,
    target: float | None = None,
    lower_is_better: bool = True,
    active: bool = True,
    note: str = "",
    origin: DataOrigin | str = DataOrigin.FIELD,
) -> IndicatorRow:
    """Define one of the centre's own indicators.

    ``unit`` is the quantity's unit ("kg"); with a normaliser the value is per useful
    person-month or training person-day (see core.training_vocabulary.indicator_unit).
    """
    entity = "indicator"
    for field, flag in (("lower_is_better", lower_is_better), ("active", active)):
        if not isinstance(flag, bool):
            raise ValidationError(entity, field, flag, "must be true or false")
    indicator = Indicator(
        scope=check.code(entity, "scope", scope, IndicatorScope),
        name=check.text(entity, "name", name, max_len=200),
        name_vi=check.text(entity, "name_vi", name_vi, max_len=200, required=False),
        unit=check.text(entity, "unit", unit, max_len=100),
        normaliser=check.code(entity, "normaliser", normaliser, Normaliser),
        frequency=check.code(entity, "frequency", frequency, Frequency),
        target=check.number(entity, "target", target, minimum=0, optional=True),
        lower_is_better=lower_is_better,
        active=active,
        note=check.text(entity, "note", note, max_len=5000, required=False),
        origin=check.code(entity, "origin", origin, DataOrigin),
    )
    with unit_of_work(db) as session:
        session.add(indicator)
        session.flush()
        return _row(indicator, [], None)


def record_value(
    db: Any,
    indicator_id: uuid.UUID | str,
    *,
    period_start: date,
    period_end: date,
    actual: float,
    normaliser_amount: float | None = None,
    amount_from_records: bool = False,
    note: str = "",
) -> IndicatorValueRow:
    """Record an indicator's actual value over a period (one value per period)."""
    entity = "indicator_value"
    start, end = _date("period_start", period_start), _date("period_end", period_end)
    if end < start:
        raise ValidationError(entity, "period_end", end, f"is before the period start {start}")
    actual_ = check.required_number(entity, "actual", actual, minimum=0)
    amount = check.number(entity, "normaliser_amount", normaliser_amount, strictly_positive=True, optional=True)
    note = check.text(entity, "note", note, max_len=5000, required=False)
    with unit_of_work(db) as session:
        indicator = lookup.get(session, Indicator, indicator_id, "indicator")
        if amount_from_records:
            if indicator.normaliser != Normaliser.TRAINING_PERSON_DAYS:
                raise ValidationError(
                    entity, "normaliser_amount", "records", "only training person-days come from the records"
                )
            amount = training_person_days_between(db, start, end)
            if amount <= 0:
                raise ValidationError(
                    entity, "normaliser_amount", amount, f"no training person-days from {start} to {end}"
                )
        if amount is not None and indicator.normaliser == Normaliser.NONE:
            raise ValidationError(entity, "normaliser_amount", amount, "this indicator is not normalised")
        for other in _values(session, indicator.id):
            if other.period_start == start and other.period_end == end:
                raise ValidationError(entity, "period_start", start, "this period already has a value; edit it instead")
        value = IndicatorValue(
            indicator_id=indicator.id,
            period_start=start,
            period_end=end,
            actual=actual_,
            normaliser_amount=amount,
            note=note,
        )
        session.add(value)
        session.flush()
        return _value_row(indicator, value)


def list_indicators(db: Any, year: int | None = None) -> IndicatorTable:
    """Indicators by scope (office, training) in the order they were defined, with the year's values."""
    with reading(db) as session:
        indicators = list(session.execute(lookup.live(Indicator)).scalars())
        values = {i.id: _values(session, i.id) for i in indicators}
        if year is None:
            years = [v.period_end.year for vs in values.values() for v in vs]
            year = max(years) if years else None
        scopes = list(IndicatorScope)
        indicators.sort(key=lambda i: (scopes.index(i.scope), i.created_at, lookup.natural_key(i.name)))
        rows = [_row(i, values[i.id], year) for i in indicators]
        return IndicatorTable(year, tuple(rows))


def list_values(db: Any, indicator_id: uuid.UUID | str) -> list[IndicatorValueRow]:
    """An indicator's recorded values in period order."""
    with reading(db) as session:
        indicator = lookup.get(session, Indicator, indicator_id, "indicator")
        return [_value_row(indicator, v) for v in _values(session, indicator.id)]


_INDICATOR_FIELDS = {
    "name": lambda v: check.text("", "", v, max_len=200),
    "name_vi": lambda v: check.text("", "", v, max_len=200, required=False),
    "unit": lambda v: check.text("", "", v, max_len=100),
    "scope": lambda v: check.code("", "", v, IndicatorScope),
    "frequency": lambda v: check.code("", "", v, Frequency),
    "target": lambda v: check.number("", "", v, minimum=0, optional=True),
    "lower_is_better": lambda v: _flag(v),
    "active": lambda v: _flag(v),
    "note": lambda v: check.text("", "", v, max_len=5000, required=False),
}
_VALUE_FIELDS = {
    "actual": lambda v: check.required_number("", "", v, minimum=0),
    "normaliser_amount": lambda v: check.number("", "", v, strictly_positive=True, optional=True),
    "note": lambda v: check.text("", "", v, max_len=5000, required=False),
}


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("", "", value, "must be true or false")
    return value


def apply(db: Any, operation: Operation) -> Operation:
    """Edit, delete or restore an indicator or one of its values; return the inverse operation.

    Dropping an indicator is an Update of ``active`` to False with a ``note`` saying why;
    deleting one with values is refused (drop it instead, its history stays).
    """
    models = {"indicator": (Indicator, _INDICATOR_FIELDS), "indicator_value": (IndicatorValue, _VALUE_FIELDS)}
    if operation.entity not in models:
        raise ValidationError(operation.entity, "", operation.id, "this kind of record cannot be edited here")
    model, fields = models[operation.entity]
    with unit_of_work(db) as session:
        obj = session.get(model, lookup.as_uuid(operation.entity, operation.id))
        if obj is None or (obj.deleted_at is not None) != isinstance(operation, Restore):
            raise lookup.NotFoundError(operation.entity, operation.id)
        if isinstance(operation, Restore):
            obj.deleted_at = None
            return Delete(operation.entity, obj.id)
        if isinstance(operation, Delete):
            if isinstance(obj, Indicator) and _values(session, obj.id):
                raise ValidationError("indicator", "id", str(obj.id), "has recorded values; drop it instead")
            obj.deleted_at = utcnow()
            return Restore(operation.entity, obj.id)
        old, new = {}, {}
        for name, value in operation.values.items():
            if name not in fields:
                raise ValidationError(operation.entity, name, value, "this field cannot be edited")
            try:
                new[name] = fields[name](value)
            except ValidationError as exc:
                raise ValidationError(operation.entity, name, value, exc.reason) from None
            old[name] = getattr(obj, name)
        if isinstance(obj, IndicatorValue) and new.get("normaliser_amount") is not None:
            indicator = session.get(Indicator, obj.indicator_id)
            if indicator is not None and indicator.normaliser == Normaliser.NONE:
                raise ValidationError(operation.entity, "normaliser_amount", new["normaliser_amount"], "not normalised")
        for name, value in new.items():
            setattr(obj, name, value)
        session.flush()
        return Update(operation.entity, obj.id, old)


def _values(session: Session, indicator_id: uuid.UUID) -> list[IndicatorValue]:
    query = lookup.live(IndicatorValue).where(IndicatorValue.indicator_id == indicator_id)
    return list(session.execute(query.order_by(IndicatorValue.period_start, IndicatorValue.period_end)).scalars())


def _facts(values: list[IndicatorValue]) -> list[core.PeriodValue]:
    return [core.PeriodValue(v.period_start, v.period_end, v.actual, v.normaliser_amount) for v in values]


def _row(i: Indicator, values: list[IndicatorValue], year: int | None) -> IndicatorRow:
    trend = core.trend(_facts(values), i.target, lower_is_better=i.lower_is_better, active=i.active)
    in_year = [v for v in values if year is not None and v.period_start.year == year and v.period_end.year == year]
    value = core.period_summary(_facts(in_year))
    status = (
        None
        if value is None
        else core.indicator_status(value, i.target, lower_is_better=i.lower_is_better, active=i.active)
    )
    return IndicatorRow(
        id=i.id,
        scope=i.scope,
        name=i.name,
        name_vi=i.name_vi,
        unit=i.unit,
        normaliser=i.normaliser,
        frequency=i.frequency,
        target=i.target,
        lower_is_better=i.lower_is_better,
        active=i.active,
        note=i.note,
        origin=i.origin,
        value=value,
        status=status,
        deviation=None if value is None else core.deviation(value, i.target),
        trend=trend,
    )


def _value_row(i: Indicator, v: IndicatorValue) -> IndicatorValueRow:
    value = core.normalised_value(v.actual, v.normaliser_amount)
    status = core.indicator_status(value, i.target, lower_is_better=i.lower_is_better, active=i.active)
    return IndicatorValueRow(
        v.id, i.id, v.period_start, v.period_end, v.actual, v.normaliser_amount, value, status, v.note
    )
