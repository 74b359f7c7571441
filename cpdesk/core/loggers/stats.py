"""Figures of a logger series over a time range: what an energy auditor reads off a week.

- minimum, mean, maximum and percentiles of the readings (numpy's linear interpolation);
- the *amount* a rate integrates to over the range: energy (kWh) from power (kW), volume
  (m³) from a flow (m³/h), by the trapezoidal rule over consecutive readings; a step longer
  than :data:`GAP_FACTOR` nominal intervals is a gap and is not bridged, so a logger that
  stopped for a night does not invent the night's consumption;
- base load: a low percentile (5 % by default), the load the plant never goes below;
- peak demand: the highest mean over clock-aligned demand intervals (15 minutes by
  default, as utility demand meters integrate), counting only intervals at least half
  covered by readings; load factor: mean load over peak demand;
- the load-duration curve (readings sorted from the highest, against the share of time),
  and the average daily (per hour of day) and weekly (per hour of week) profiles in the
  series' local time.

The mean is the mean of the readings: for a regularly sampled series it equals the time
average, and it does not weigh a gap as if the last reading had lasted through it.

Pure: numpy and cpdesk.core.units; arrays in, numbers out.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from cpdesk.core import units
from cpdesk.core.errors import Coded
from cpdesk.core.loggers.times import TimeZone, utc_offsets
from cpdesk.core.messages import msg

__all__ = [
    "GAP_FACTOR",
    "PERCENTILES",
    "Profile",
    "RangeStats",
    "amount_unit",
    "daily_profile",
    "in_range",
    "load_duration_curve",
    "percentiles_of_sorted",
    "range_stats",
    "weekly_profile",
]

NS_PER_S = 1_000_000_000
GAP_FACTOR = 1.5
_BLOCK = 1 << 20
PERCENTILES: tuple[float, ...] = (1.0, 5.0, 10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0)
_RATE_DENOMINATORS = ("h", "day", "year")


class RangeError(Coded, ValueError):
    """A range's figures cannot be worked out as asked (no readings, a parameter out of range)."""


@dataclass(frozen=True)
class RangeStats:
    """The figures of one series over one range. Times are UTC nanoseconds."""

    count: int
    first_ns: int
    last_ns: int
    covered_s: float
    unit: str
    minimum: float
    mean: float
    maximum: float
    percentiles: dict[float, float]
    base_percentile: float
    base_load: float
    amount: float | None
    amount_unit: str | None
    demand_interval_s: float
    peak_demand: float
    load_factor: float | None

    @property
    def duration_s(self) -> float:
        return (self.last_ns - self.first_ns) / NS_PER_S


@dataclass(frozen=True)
class Profile:
    """Mean (and extremes) of the readings per bin of local time; NaN where no reading."""

    bin_hours: float
    mean: np.ndarray
    minimum: np.ndarray
    maximum: np.ndarray
    count: np.ndarray


def amount_unit(unit: str) -> tuple[str, float] | None:
    """What a rate unit integrates to over time, and the seconds in its time unit.

    "kW" -> ("kWh", 3600); "m³/h" -> ("m³", 3600); "t/day" -> ("t", 86400); None for a unit
    that is not a rate (an amount, a temperature, a unit cpdesk does not know).
    """
    try:
        canonical = units.normalize_unit(unit)
        dimension = units.dimension_of(canonical)
    except ValueError:
        return None
    if dimension == "power":
        return canonical + "h", 3600.0
    if dimension in ("volume_flow", "mass_flow") and "/" in canonical:
        amount, per = canonical.split("/")
        if per in _RATE_DENOMINATORS:
            return amount, units.convert(1.0, per, "h") * 3600.0
    return None


def in_range(times: np.ndarray, t_from: int | None = None, t_to: int | None = None) -> slice:
    """The slice of sorted ``times`` within [t_from, t_to] (either end open when None)."""
    start = 0 if t_from is None else int(np.searchsorted(times, t_from, side="left"))
    stop = len(times) if t_to is None else int(np.searchsorted(times, t_to, side="right"))
    return slice(start, max(start, stop))


def _block_steps(times: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """The steps between readings, a block at a time: (index of the block's first, steps).

    Ten million steps would be an 80 MB temporary; blocks of a million keep the viewer's
    memory flat while it works out the figures of a whole series.
    """
    for start in range(0, len(times) - 1, _BLOCK):
        yield start, np.diff(times[start : min(start + _BLOCK, len(times) - 1) + 1])


def _nominal_step(times: np.ndarray) -> int:
    """The median step in nanoseconds (no partition when all steps are equal, as usual)."""
    if len(times) < 2:
        return 0
    low = min(int(steps.min()) for _, steps in _block_steps(times))
    high = max(int(steps.max()) for _, steps in _block_steps(times))
    return low if low == high else int(np.median(np.diff(times)))


def percentiles_of_sorted(ordered: np.ndarray, qs: list[float]) -> list[float]:
    """numpy's default ("linear") percentiles of an already sorted array, without a partition.

    The arithmetic follows numpy's own (virtual index ``(n - 1) * q``, and its two-sided
    interpolation), so the results equal ``np.percentile`` bit for bit; a test holds it to
    that.
    """
    n = len(ordered)
    result = []
    for percent in qs:
        q = np.float64(percent) / 100
        virtual = (n - 1) * q
        previous = int(np.floor(virtual))
        gamma = virtual - previous
        low = ordered[min(max(previous, 0), n - 1)]
        high = ordered[min(max(previous + 1, 0), n - 1)]
        if virtual >= n - 1:
            low = high = ordered[n - 1]
        elif virtual < 0:
            low = high = ordered[0]
        diff = high - low
        value = high - diff * (1 - gamma) if gamma >= 0.5 else low + diff * gamma
        result.append(float(value))
    return result


@dataclass(frozen=True)
class _Runs:
    """Readings cut at every quarter hour: start index of each run, its local start (s)."""

    starts: np.ndarray
    local_s: np.ndarray

    def reduce(self, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(sum, count) of the readings of each run."""
        counts = np.diff(np.append(self.starts, len(values)))
        return np.add.reduceat(values, self.starts), counts


def _runs(times: np.ndarray, zone: TimeZone, grain_s: int) -> _Runs | None:
    """Runs of readings within each ``grain_s`` of the local clock (None if too many).

    Every zone changes its offset on a quarter hour, so a UTC grid of quarter hours (or
    any divisor of them) is also a local one. Readings are in time order: a binary search
    per grid line finds the runs, and sums over runs cost one pass over the readings.
    """
    first = int(times[0]) // NS_PER_S
    last = int(times[-1]) // NS_PER_S
    if (last - first) // grain_s > 2_000_000:
        return None
    grid = np.arange(first - first % grain_s, last + grain_s, grain_s, dtype=np.int64)
    edges = np.searchsorted(times, grid * NS_PER_S, side="left")
    begin = np.flatnonzero(np.diff(np.append(edges, len(times))) > 0)
    starts = edges[begin]
    local = grid[begin] + utc_offsets(grid[begin] * NS_PER_S, zone)
    return _Runs(starts, local)


def _grain(*seconds: float) -> int | None:
    """The grid step that suits all the given intervals: their common divisor with 900 s."""
    grain = 900
    for value in seconds:
        if value != int(value) or value <= 0:
            return None
        grain = math.gcd(grain, int(value))
    return grain if grain >= 60 else None


def range_stats(
    times: np.ndarray,
    values: np.ndarray,
    unit: str,
    zone: TimeZone,
    *,
    demand_interval_s: float = 900.0,
    base_percentile: float = 5.0,
    ordered: np.ndarray | None = None,
) -> RangeStats:
    """All scalar figures of the readings ``values`` taken at ``times`` (UTC ns, ascending).

    ``ordered`` may pass the readings already sorted (the viewer sorts once for the
    load-duration curve too).

    Raises:
        ValueError: there are no readings, or a parameter is out of range.
    """
    if len(values) == 0:
        raise RangeError(msg("logger.range.no_readings"))
    if not 0 <= base_percentile <= 50:
        raise RangeError(msg("logger.range.base_percentile"))
    if demand_interval_s <= 0:
        raise RangeError(msg("logger.range.demand_interval"))
    values = np.asarray(values, dtype=np.float64)
    if ordered is None:
        ordered = np.sort(values)
    qs = sorted({*PERCENTILES, float(base_percentile)})
    percentiles = dict(zip(qs, percentiles_of_sorted(ordered, qs), strict=True))
    step = _nominal_step(times)
    limit = GAP_FACTOR * step
    rate = amount_unit(unit)
    covered_ns, area = 0, 0.0
    for start, steps in _block_steps(times):
        bridged = steps <= limit if step > 0 else np.zeros(len(steps), dtype=bool)
        every = bool(bridged.all())
        covered_ns += int(steps.sum() if every else steps[bridged].sum())
        if rate is not None:
            pairs = values[start + 1 : start + 1 + len(steps)] + values[start : start + len(steps)]
            seconds = steps / NS_PER_S
            area += float(np.dot(pairs, seconds) if every else np.dot(pairs[bridged], seconds[bridged]))
    covered = covered_ns / NS_PER_S
    integral = 0.5 * area / rate[1] if rate is not None else None
    peak = _peak_demand(times, values, zone, demand_interval_s, step)
    mean = float(values.mean())
    return RangeStats(
        count=len(values),
        first_ns=int(times[0]),
        last_ns=int(times[-1]),
        covered_s=covered,
        unit=unit,
        minimum=float(ordered[0]),
        mean=mean,
        maximum=float(ordered[-1]),
        percentiles=percentiles,
        base_percentile=float(base_percentile),
        base_load=percentiles[float(base_percentile)],
        amount=integral,
        amount_unit=rate[0] if rate else None,
        demand_interval_s=float(demand_interval_s),
        peak_demand=peak,
        load_factor=mean / peak if peak > 0 else None,
    )


def _peak_demand(times: np.ndarray, values: np.ndarray, zone: TimeZone, interval_s: float, step_ns: int) -> float:
    """The highest mean over local-clock-aligned intervals at least half covered."""
    grain = _grain(interval_s)
    runs = _runs(times, zone, grain) if grain else None
    if runs is not None:
        run_sums, run_counts = runs.reduce(values)
        window = runs.local_s // int(interval_s)
    else:  # an interval that is no multiple of a minute: reading by reading
        run_sums, run_counts = values, np.ones(len(values), dtype=np.int64)
        window = (times // NS_PER_S + utc_offsets(times, zone)) // interval_s
    window = (window - window[0]).astype(np.int64)
    counts = np.bincount(window, weights=run_counts)
    sums = np.bincount(window, weights=run_sums)
    expected = interval_s / (step_ns / NS_PER_S) if step_ns > 0 else 1.0
    full = counts >= max(1.0, 0.5 * expected)
    if not full.any():
        full = counts > 0  # a range shorter than half an interval: its mean is all there is
    return float((sums[full] / counts[full]).max())


def load_duration_curve(
    values: np.ndarray, points: int = 512, ordered: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The readings from the highest to the lowest, sampled at ``points`` shares of time.

    Returns ``(share, value)``: ``share`` from 0 to 1, and the value exceeded that share of
    the time (for regular sampling; each reading stands for an equal slice of time).
    ``ordered`` may pass the readings already sorted ascending.
    """
    if len(values) == 0:
        return np.zeros(0), np.zeros(0)
    if ordered is None:
        ordered = np.sort(np.asarray(values, dtype=np.float64))
    descending = ordered[::-1]
    share = np.linspace(0.0, 1.0, min(points, len(descending)))
    index = np.minimum((share * (len(descending) - 1)).round().astype(np.int64), len(descending) - 1)
    return share, descending[index]


def _profile(
    times: np.ndarray,
    values: np.ndarray,
    zone: TimeZone,
    bin_s: int,
    bin_of: Callable[[np.ndarray], np.ndarray],
    size: int,
) -> Profile:
    """Mean, extremes and count of the readings per bin of local time.

    Readings are reduced per run of the local clock first (one pass), then the runs are
    put in their bins: far fewer runs than readings.
    """
    values = np.asarray(values, dtype=np.float64)
    runs = _runs(times, zone, _grain(bin_s) or 60) if len(times) else None
    if runs is not None:
        run_sums, run_counts = runs.reduce(values)
        run_min = np.minimum.reduceat(values, runs.starts)
        run_max = np.maximum.reduceat(values, runs.starts)
        bins = bin_of(runs.local_s)
    else:
        run_sums, run_counts, run_min, run_max = values, np.ones(len(values), dtype=np.int64), values, values
        bins = bin_of(times // NS_PER_S + utc_offsets(times, zone))
    bins = bins.astype(np.int64)
    count = np.bincount(bins, weights=run_counts, minlength=size).astype(np.int64)
    total = np.bincount(bins, weights=run_sums, minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    minimum = np.full(size, np.inf)
    maximum = np.full(size, -np.inf)
    np.minimum.at(minimum, bins, run_min)
    np.maximum.at(maximum, bins, run_max)
    minimum[count == 0] = np.nan
    maximum[count == 0] = np.nan
    return Profile(bin_s / 3600, mean, minimum, maximum, count)


def daily_profile(times: np.ndarray, values: np.ndarray, zone: TimeZone, bin_minutes: int = 60) -> Profile:
    """Mean per ``bin_minutes`` of the day in local time (24 bins for hours)."""
    if bin_minutes <= 0 or 1440 % bin_minutes:
        raise RangeError(msg("logger.range.bin"))
    bin_s = bin_minutes * 60
    return _profile(times, values, zone, bin_s, lambda local: np.mod(local, 86_400) // bin_s, 1440 // bin_minutes)


def weekly_profile(times: np.ndarray, values: np.ndarray, zone: TimeZone) -> Profile:
    """Mean per hour of the week in local time: 168 bins, Monday 00:00 first."""

    def hour_of_week(local: np.ndarray) -> np.ndarray:
        weekday = np.mod(np.floor_divide(local, 86_400) + 3, 7)  # 1970-01-01 was a Thursday
        hour: np.ndarray = weekday * 24 + np.mod(local, 86_400) // 3600
        return hour

    return _profile(times, values, zone, 3600, hour_of_week, 168)
