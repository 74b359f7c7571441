"""Period readings made from a logger series: its readings summed or averaged into days,
weeks or months, for a measure isolated and metered before and after (IPMVP option B) or a
driver read by a logger (the hall's temperature).

A period runs from local midnight of its first day to local midnight after its last, in the
series' own time zone. ``amount`` is what the series' rate integrates to over the period (kWh
from kW, m³ from m³/h, by the trapezoidal rule of the logger viewer, never bridging a gap in
the logging: :mod:`cpdesk.core.mv.aggregate`, one pass over the series); ``mean`` the mean of
its readings (a temperature, a load); ``cdd`` the cooling degree-days of a temperature series,
each day's mean above a base (18.3 °C unless given) added up over the period, a driver of the
cooling a plant's chillers and fans do. A period the
logger covered less than :data:`MIN_COVERAGE` of is left out and named, as an amount over a
half-logged day would be half the day's use. The readings are stored through
:func:`cpdesk.services.editing.create`: one undo removes them all.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import numpy as np

from cpdesk.core import units
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.loggers.stats import amount_unit
from cpdesk.core.messages import msg
from cpdesk.core.mv.aggregate import day_figures
from cpdesk.core.mv.periods import PeriodReading, span_problems
from cpdesk.services import editing
from cpdesk.services import validation as check
from cpdesk.services.assessment.periods import PeriodRow, period_row, period_unit, stored_readings, variable_of
from cpdesk.services.editing import Operation
from cpdesk.services.loggers.analysis import read_series
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import PeriodReading as StoredPeriod

#: The share of a period the logger must have covered for the period to count.
MIN_COVERAGE = 0.9

GRAINS = ("day", "week", "month")
STATISTICS = ("amount", "mean", "cdd")

#: The base temperature of cooling degree-days when none is given: 18.3 °C (65 °F, ASHRAE's).
CDD_BASE_C = 18.3

#: The unit cooling degree-days are stored in (a driver's unit, kept as written).
CDD_UNIT = "°C·d"

_NS_PER_DAY = 86_400 * 1_000_000_000
_EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class SeriesPeriods:
    """What was made from a series: the readings stored, the periods left out, and the
    operations that undo and redo the whole."""

    stored: tuple[PeriodRow, ...]
    #: (first day, last day, share of the period covered) of each period left out.
    left_out: tuple[tuple[date, date, float], ...]
    undo: tuple[Operation, ...]
    redo: tuple[Operation, ...]


def spans(first: date, last: date, grain: str) -> list[tuple[date, date]]:
    """The periods from ``first`` to ``last``: each day, each 7 days from ``first``, or each
    calendar month (the first and last cut to the range)."""
    if grain not in GRAINS:
        raise ValidationError(Entity.PERIOD_READING, "grain", grain, msg("mv.bad_grain", grains=", ".join(GRAINS)))
    if last < first:
        raise ValidationError(
            Entity.PERIOD_READING, "period_end", last, msg("mv.period_ends_before_start", start=first, end=last)
        )
    found = []
    start = first
    while start <= last:
        if grain == "day":
            end = start
        elif grain == "week":
            end = start + timedelta(days=6)
        else:
            end = date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
        found.append((start, min(end, last)))
        start = min(end, last) + timedelta(days=1)
    return found


def periods_from_series(
    db: Database,
    series: Any,
    *,
    variable: str,
    first_day: date,
    last_day: date,
    grain: str = "day",
    statistic: str = "amount",
    base_c: float = CDD_BASE_C,
) -> SeriesPeriods:
    """Sum (``amount``) or average (``mean``) the logger series ``series`` (its id or a unique
    prefix) into periods of ``grain`` from ``first_day`` to ``last_day``, and store them in the
    series' assessment as readings of ``variable``; ``cdd`` makes a temperature series into
    cooling degree-days, Σ max(0, a day's mean − ``base_c``) over the period's days."""
    if statistic not in STATISTICS:
        raise ValidationError(
            Entity.PERIOD_READING, "statistic", statistic, msg("mv.bad_statistic", statistics=", ".join(STATISTICS))
        )
    periods = spans(first_day, last_day, grain)
    data = read_series(db, series)
    unit = data.row.unit
    integrated = amount_unit(unit)
    if statistic == "amount":
        if integrated is None:
            raise ValidationError(Entity.PERIOD_READING, "statistic", statistic, msg("mv.not_a_rate", unit=unit or "-"))
        unit = integrated[0]
    if statistic == "cdd":
        unit = _in_celsius(unit)
    figures: list[tuple[date, date, float]] = []
    left_out: list[tuple[date, date, float]] = []
    first = periods[0][0]
    per_unit = integrated[1] if statistic == "amount" and integrated is not None else None
    days = day_figures(data.times, data.values, data.zone, first, (periods[-1][1] - first).days + 1, per_unit)
    for start, end in periods:
        a, b = (start - first).days, (end - first).days + 1
        covered = float(days.covered_s[a:b].sum()) / ((b - a) * 86_400)
        readings = int(days.count[a:b].sum())
        if covered < MIN_COVERAGE or not readings:
            left_out.append((start, end, covered))
            continue
        if statistic == "cdd":
            # each day's mean temperature above the base; a day without readings adds none
            means = days.total[a:b] / np.maximum(days.count[a:b], 1)
            heat = np.where(days.count[a:b] > 0, np.maximum(0.0, _celsius(means, data.row.unit) - base_c), 0.0)
            value = float(heat.sum())
        elif per_unit is not None:
            value = float(days.amount[a:b].sum())
        else:
            value = float(days.total[a:b].sum()) / readings
        figures.append((start, end, value))
    source = f"{data.row.name} ({data.row.source_file or data.row.channel})"[:200]
    name = variable_of(variable)
    unit = period_unit(name, unit)
    stored: list[PeriodRow] = []

    def make() -> list[PeriodRow]:
        # checked and written in bulk: a check per period against every stored one would
        # read five years of days 1 800 times
        with unit_of_work(db) as session:
            new = [PeriodReading(name, start, end, value, unit, row=i) for i, (start, end, value) in enumerate(figures)]
            own = [r for r in stored_readings(session, data.row.assessment_id) if r.variable == name]
            for named, problem in span_problems([*own, *new]):
                if named.row is not None and problem.code != "mv.period_gap":
                    raise ValidationError(Entity.PERIOD_READING, "period_start", named.start, problem)
            periods = [
                StoredPeriod(
                    assessment_id=data.row.assessment_id,
                    variable=name,
                    period_start=r.start,
                    period_end=r.end,
                    value=check.required_number(Entity.PERIOD_READING, "value", r.value, minimum=0),
                    unit=unit,
                    source=source,
                )
                for r in new
            ]
            session.add_all(periods)
            session.flush()
            stored.extend(period_row(p) for p in periods)
        return stored

    created = editing.create(db, Entity.PERIOD_READING, make)
    return replace(SeriesPeriods(tuple(stored), tuple(left_out), (), ()), undo=created.undo, redo=created.redo)


def _in_celsius(unit: str) -> str:
    """The unit cooling degree-days of a series in ``unit`` are stored in; refused for a
    series that is not a temperature."""
    try:
        ok = units.dimension_of(units.normalize_unit(unit)) == "temperature"
    except ValueError:
        ok = False
    if not ok:
        raise ValidationError(Entity.PERIOD_READING, "statistic", "cdd", msg("mv.not_a_temperature", unit=unit or "-"))
    return CDD_UNIT


def _celsius(values: np.ndarray, unit: str) -> np.ndarray:
    """Temperatures in ``unit`` as °C (K and °F converted, offsets and all)."""
    canonical = units.normalize_unit(unit)
    if canonical == "°C":
        return values
    scale = units.convert(1.0, canonical, "°C") - units.convert(0.0, canonical, "°C")
    return values * scale + units.convert(0.0, canonical, "°C")
