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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from cpdesk.core import training as core
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.training import IndicatorStatus, TrendPoint
from cpdesk.core.training_vocabulary import Frequency, IndicatorScope, Normaliser
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.training.statistics import training_person_days_between
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import SyncedMixin
from cpdesk.store.database import Database
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
        raise ValidationError(Entity.INDICATOR_VALUE, field, value, msg("value.not_a_date"))
    return value


def create_indicator(
    db: Database,
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
    entity = Entity.INDICATOR
    for field, flag in (("lower_is_better", lower_is_better), ("active", active)):
        if not isinstance(flag, bool):
            raise ValidationError(entity, field, flag, msg("value.true_or_false"))
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
    db: Database,
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
    entity = Entity.INDICATOR_VALUE
    start, end = _date("period_start", period_start), _date("period_end", period_end)
    if end < start:
        raise ValidationError(entity, "period_end", end, msg("indicator.before_period_start", start=start))
    actual_ = check.required_number(entity, "actual", actual, minimum=0)
    amount = check.number(entity, "normaliser_amount", normaliser_amount, strictly_positive=True, optional=True)
    note = check.text(entity, "note", note, max_len=5000, required=False)
    with unit_of_work(db) as session:
        indicator = lookup.get(session, Indicator, indicator_id, Entity.INDICATOR)
        if amount_from_records:
            if indicator.normaliser != Normaliser.TRAINING_PERSON_DAYS:
                raise ValidationError(entity, "normaliser_amount", "records", msg("indicator.records_person_days_only"))
            amount = training_person_days_between(db, start, end)
            if amount <= 0:
                raise ValidationError(
                    entity, "normaliser_amount", amount, msg("indicator.no_person_days", start=start, end=end)
                )
        if amount is not None and indicator.normaliser == Normaliser.NONE:
            raise ValidationError(entity, "normaliser_amount", amount, msg("indicator.not_normalised"))
        for other in _values(session, indicator.id):
            if other.period_start == start and other.period_end == end:
                raise ValidationError(entity, "period_start", start, msg("indicator.period_taken"))
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


def list_indicators(db: Database, year: int | None = None) -> IndicatorTable:
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


def list_values(db: Database, indicator_id: uuid.UUID | str) -> list[IndicatorValueRow]:
    """An indicator's recorded values in period order."""
    with reading(db) as session:
        indicator = lookup.get(session, Indicator, indicator_id, Entity.INDICATOR)
        return [_value_row(indicator, v) for v in _values(session, indicator.id)]


#: What of an indicator and of its values can be edited (through cpdesk.services.editing), and
#: how each field is checked: the same rules as :func:`create_indicator` and :func:`record_value`.
_INDICATOR_FIELDS: dict[str, Callable[[Any], Any]] = {
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
_VALUE_FIELDS: dict[str, Callable[[Any], Any]] = {
    "actual": lambda v: check.required_number("", "", v, minimum=0),
    "normaliser_amount": lambda v: check.number("", "", v, strictly_positive=True, optional=True),
    "note": lambda v: check.text("", "", v, max_len=5000, required=False),
}


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError("", "", value, msg("value.true_or_false"))
    return value


def _checkers(fields: dict[str, Callable[[Any], Any]]) -> dict[str, Callable[[Session, Any, Any], Any]]:
    def checker(one: Callable[[Any], Any]) -> Callable[[Session, Any, Any], Any]:
        return lambda _session, _old, value: one(value)

    return {name: checker(one) for name, one in fields.items()}


FIELDS: dict[Entity, tuple[type[SyncedMixin], Mapping[str, Callable[[Session, Any, Any], Any]]]] = {
    Entity.INDICATOR: (Indicator, _checkers(_INDICATOR_FIELDS)),
    Entity.INDICATOR_VALUE: (IndicatorValue, _checkers(_VALUE_FIELDS)),
}


def check_update(session: Session, entity: Entity, obj: Any, new: Mapping[str, Any]) -> None:
    """A value of an indicator that is not normalised has no normaliser amount."""
    if isinstance(obj, IndicatorValue) and new.get("normaliser_amount") is not None:
        indicator = session.get(Indicator, obj.indicator_id)
        if indicator is not None and indicator.normaliser == Normaliser.NONE:
            raise ValidationError(
                entity, "normaliser_amount", new["normaliser_amount"], msg("indicator.not_normalised")
            )


def check_delete(session: Session, entity: Entity, obj: Any) -> None:
    """An indicator with recorded values is dropped (``active`` False, a note saying why), not
    deleted: its history stays."""
    if isinstance(obj, Indicator) and _values(session, obj.id):
        raise ValidationError(entity, "id", str(obj.id), msg("indicator.has_values"))


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
