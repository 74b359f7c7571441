"""Benchmark: verified savings from five years of 15-minute logger readings, beside a bare
pandas resample and statsmodels OLS on the same data, in one run.

Run from the repository root (pandas is in the ``bench`` extra)::

    python tests/bench/bench_mv.py            # 5 runs
    python tests/bench/bench_mv.py --runs 9

The data: 175 200 readings of a plant's power (kW) every 15 minutes over 2020-2024, drawn
as 120 kW of base load plus 9 kW per t of the day's production, with noise; from 2023 the
plant uses 6 % less. cpdesk's path: :func:`cpdesk.core.mv.aggregate.day_figures` sums the
readings into local days (trapezoids, gaps not bridged), :func:`cpdesk.core.mv.verification.verify`
fits the baseline on 2020-2022 against the daily production and verifies 2023-2024 (the
savings, their uncertainty at 68 % and 90 %, CUSUM and the plots' figures). The baseline:
``Series.resample("D").sum()`` of the readings × 0.25 h, then ``sm.OLS(...).fit()`` and a
prediction over the reporting days, nothing more. Times are the minimum over the runs with
the median beside it; the saving of both paths is printed to show they agree.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DAYS = 5 * 365 + 1  # 2020 is a leap year
PER_DAY = 96
FIRST = date(2020, 1, 1)
SPLIT = date(2023, 1, 1)


def make_data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """UTC nanoseconds, kW and the daily production in t."""
    rng = np.random.default_rng(17)
    production = 20 + 8 * rng.random(DAYS)
    kw_day = 120 + 9 * production
    factor = np.where(np.arange(DAYS) >= (SPLIT - FIRST).days, 0.94, 1.0)
    kw = np.repeat(kw_day * factor, PER_DAY) * (1 + 0.04 * rng.standard_normal(DAYS * PER_DAY))
    local_midnight = (FIRST - date(1970, 1, 1)).days * 86_400 * 10**9
    times = local_midnight - 7 * 3600 * 10**9 + np.arange(DAYS * PER_DAY, dtype=np.int64) * 900 * 10**9
    return times, kw, production


def cpdesk_path(times: np.ndarray, kw: np.ndarray, production: np.ndarray) -> float:
    from cpdesk.core.loggers.times import parse_time_zone
    from cpdesk.core.mv.aggregate import day_figures
    from cpdesk.core.mv.periods import PeriodSeries
    from cpdesk.core.mv.verification import verify

    days = day_figures(times, kw, parse_time_zone("+07:00"), FIRST, DAYS, 3600.0)
    starts = tuple(FIRST + timedelta(days=k) for k in range(DAYS))
    series = PeriodSeries(
        "electricity", "kWh", starts, starts, tuple(days.amount.tolist()), {"production": tuple(production)}, {}
    )
    result = verify(series, SPLIT)
    assert result.savings is not None
    return result.savings.total_avoided


def pandas_path(times: np.ndarray, kw: np.ndarray, production: np.ndarray) -> float:
    import pandas as pd
    import statsmodels.api as sm

    index = pd.to_datetime(times, utc=True).tz_convert("Asia/Ho_Chi_Minh")
    daily = pd.Series(kw, index=index).resample("D").sum() * 0.25
    x = pd.Series(production, index=daily.index)
    baseline = daily.index < pd.Timestamp(SPLIT, tz="Asia/Ho_Chi_Minh")
    fit = sm.OLS(daily[baseline].to_numpy(), sm.add_constant(x[baseline].to_numpy())).fit()
    expected = fit.predict(sm.add_constant(x[~baseline].to_numpy()))
    return float(expected.sum() - daily[~baseline].sum())


def timed(fn: Callable[[], float], runs: int) -> tuple[float, float, float]:
    seconds = []
    value = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        seconds.append(time.perf_counter() - start)
    return min(seconds), statistics.median(seconds), value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times, kw, production = make_data()
    print(f"{len(times)} readings, {DAYS} days")
    for name, fn in (("cpdesk", cpdesk_path), ("pandas + statsmodels", pandas_path)):
        best, median, saving = timed(lambda fn=fn: fn(times, kw, production), args.runs)
        print(f"{name:<22} min {best:.3f} s  median {median:.3f} s  saving {saving:,.0f} kWh")


if __name__ == "__main__":
    main()
