"""A logger series' readings added up per local day in one pass, for period readings: five
years of 15-minute readings are 175 000 steps, and a day at a time through the viewer's
figures (:func:`cpdesk.core.loggers.stats.range_stats`) would be 1 800 passes.

The rules are the viewer's: a step between two readings counts by the trapezoidal rule,
(v₀ + v₁)/2 × its seconds over the rate's time unit (kW over 3 600 s gives kWh); a step longer
than :data:`~cpdesk.core.loggers.stats.GAP_FACTOR` times the nominal (median) step is a gap
and counts nowhere, and neither does a step that touches a missing reading (NaN). Each step
belongs to the local day it starts in, so that the step from 23:45 to the next midnight's
reading is the day's last quarter hour. A day's ``covered_s`` is the seconds of its steps
that count; its ``total`` and ``count`` are the sum and the number of its readings, for a
mean. Pure: numpy arrays in, arrays out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from cpdesk.core.loggers.stats import GAP_FACTOR
from cpdesk.core.loggers.times import TimeZone, utc_offsets

NS_PER_S = 1_000_000_000
NS_PER_DAY = 86_400 * NS_PER_S
_EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class DayFigures:
    """Per day from ``first_day``: the amount, the seconds covered, the readings' sum and count."""

    first_day: date
    amount: np.ndarray
    covered_s: np.ndarray
    total: np.ndarray
    count: np.ndarray


def day_figures(
    times: np.ndarray,
    values: np.ndarray,
    zone: TimeZone,
    first_day: date,
    days: int,
    seconds_per_unit: float | None,
) -> DayFigures:
    """The figures of ``days`` local days from ``first_day`` of the readings ``values`` at
    ``times`` (UTC ns, ascending); ``seconds_per_unit`` is the rate's time unit in seconds
    (3 600 for kW), None for a series that is not a rate (its amount is then zero)."""
    times = np.asarray(times, dtype=np.int64)
    values = np.asarray(values, dtype=np.float64)
    local = times + utc_offsets(times, zone) * NS_PER_S
    day = np.floor_divide(local, NS_PER_DAY) - (first_day - _EPOCH).days
    amount: np.ndarray = np.zeros(days)
    covered: np.ndarray = np.zeros(days)
    present = ~np.isnan(values)
    inside = (day >= 0) & (day < days) & present
    total = np.bincount(day[inside], weights=values[inside], minlength=days)[:days]
    count = np.bincount(day[inside], minlength=days)[:days].astype(np.int64)
    if len(times) >= 2:
        steps = np.diff(times)
        nominal = float(np.median(steps))
        counts = (steps <= GAP_FACTOR * nominal) & present[1:] & present[:-1]
        start_day = day[:-1]
        counts &= (start_day >= 0) & (start_day < days)
        where = start_day[counts]
        covered = np.bincount(where, weights=steps[counts] / NS_PER_S, minlength=days)[:days].astype(np.float64)
        if seconds_per_unit is not None:
            area = (values[1:] + values[:-1])[counts] * 0.5 * (steps[counts] / NS_PER_S) / seconds_per_unit
            amount = np.bincount(where, weights=area, minlength=days)[:days].astype(np.float64)
    return DayFigures(first_day, amount, covered, total, count)
