"""Period readings made from a logger series: its readings summed or averaged into days,
weeks or months, for a measure isolated and metered before and after (IPMVP option B) or a
driver read by a logger (the hall's temperature).

A period runs from local midnight of its first day to local midnight after its last, in the
series' own time zone. ``amount`` is what the series' rate integrates to over the period (kWh
from kW, m³ from m³/h; :func:`cpdesk.core.loggers.stats.range_stats`, which never bridges a
gap in the logging); ``mean`` the mean of its readings (a temperature, a load). A period the
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

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.loggers.stats import amount_unit, in_range, range_stats
from cpdesk.core.loggers.times import TimeZone, wall_to_utc
from cpdesk.core.messages import msg
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
STATISTICS = ("amount", "mean")

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
) -> SeriesPeriods:
    """Sum (``amount``) or average (``mean``) the logger series ``series`` (its id or a unique
    prefix) into periods of ``grain`` from ``first_day`` to ``last_day``, and store them in the
    series' assessment as readings of ``variable``."""
    if statistic not in STATISTICS:
        raise ValidationError(
            Entity.PERIOD_READING, "statistic", statistic, msg("mv.bad_statistic", statistics=", ".join(STATISTICS))
        )
    periods = spans(first_day, last_day, grain)
    data = read_series(db, series)
    unit = data.row.unit
    if statistic == "amount":
        integrated = amount_unit(unit)
        if integrated is None:
            raise ValidationError(Entity.PERIOD_READING, "statistic", statistic, msg("mv.not_a_rate", unit=unit or "-"))
        unit = integrated[0]
    figures: list[tuple[date, date, float]] = []
    left_out: list[tuple[date, date, float]] = []
    for start, end in periods:
        low, high = _utc(start, data.zone), _utc(end + timedelta(days=1), data.zone) - 1
        # an amount runs to the reading at the next midnight, so that the period's last step
        # counts; a mean takes the period's own readings
        part = in_range(data.times, low, high + 1 if statistic == "amount" else high)
        times, values = data.times[part], data.values[part]
        keep = ~np.isnan(values)
        times, values = times[keep], values[keep]
        covered = 0.0
        if len(values):
            stats = range_stats(times, values, data.row.unit, data.zone)
            covered = stats.covered_s / ((high + 1 - low) / 1e9)
        if covered < MIN_COVERAGE:
            left_out.append((start, end, covered))
            continue
        value = stats.amount if statistic == "amount" else stats.mean
        figures.append((start, end, float(value or 0.0)))
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


def _utc(day: date, zone: TimeZone) -> int:
    """UTC nanoseconds of local midnight at the start of ``day`` in ``zone``."""
    wall = np.array([(day - _EPOCH).days * _NS_PER_DAY], dtype=np.int64)
    utc, _ = wall_to_utc(wall, zone)
    return int(utc[0])
