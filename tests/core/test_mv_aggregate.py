"""A series added up per local day in one pass: the trapezoids, a gap, a missing reading, the
day boundary in the series' zone; the same amounts as the logger viewer's figures."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import numpy as np
import pytest

from cpdesk.core.loggers.stats import range_stats
from cpdesk.core.loggers.times import parse_time_zone
from cpdesk.core.mv.aggregate import day_figures

ZONE = parse_time_zone("+07:00")
LOCAL = timezone(timedelta(hours=7))


def ns(moment: datetime) -> int:
    return int(moment.timestamp() * 1e9)


def hourly(first: datetime, values: list[float]) -> np.ndarray:
    return np.array([ns(first + timedelta(hours=k)) for k in range(len(values))], dtype=np.int64)


def test_steps_belong_to_the_local_day_they_start_in() -> None:
    # 10 kW every hour from 1 March 00:00 (+07:00, 17:00 UTC the day before) to 2 March 23:00,
    # then 20 kW at 3 March 00:00: the 1st has 24 steps of 10 kWh = 240 kWh, the 2nd 23 of 10
    # and one of (10 + 20)/2 = 245 kWh, the 3rd none
    values = [10.0] * 48 + [20.0]
    times = hourly(datetime(2024, 3, 1, tzinfo=LOCAL), values)
    days = day_figures(times, np.array(values), ZONE, date(2024, 3, 1), 3, 3600.0)
    assert days.amount.tolist() == pytest.approx([240.0, 245.0, 0.0])
    assert days.covered_s.tolist() == [86_400, 86_400, 0]
    assert days.count.tolist() == [24, 24, 1] and days.total.tolist() == [240, 240, 20]
    # the viewer's figure over the 1st, to the next midnight's reading, is the same amount
    stats = range_stats(times[:25], np.array(values[:25]), "kW", ZONE)
    assert stats.amount == pytest.approx(days.amount[0])


def test_a_gap_and_a_missing_reading_count_nowhere() -> None:
    values = [10.0] * 24
    values[5] = np.nan  # the steps 4-5 and 5-6 touch it: 2 h lost
    times = hourly(datetime(2024, 3, 1, tzinfo=LOCAL), values)
    times[20:] += 3 * 3_600_000_000_000  # a 4-hour step from 19:00 to 23:00: a gap (limit 1.5 h)
    days = day_figures(times, np.array(values), ZONE, date(2024, 3, 1), 2, 3600.0)
    # steps counted: 23 in all, less the 2 about the NaN and the gap = 20 steps of 10 kWh; the
    # last readings (23:00 onwards, shifted) start steps on the 1st and 2nd
    assert days.amount.sum() == pytest.approx(200.0)
    assert days.covered_s.sum() == 20 * 3600
