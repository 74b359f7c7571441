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

from dataclasses import dataclass

import numpy as np

from cpdesk.core import units
from cpdesk.core.logger_time import TimeZone, utc_offsets

__all__ = [
    "GAP_FACTOR",
    "PERCENTILES",
    "Profile",
    "RangeStats",
    "amount_unit",
    "daily_profile",
    "in_range",
    "load_duration_curve",
    "range_stats",
    "weekly_profile",
]

NS_PER_S = 1_000_000_000
GAP_FACTOR = 1.5
PERCENTILES: tuple[float, ...] = (1.0, 5.0, 10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0)
_RATE_DENOMINATORS = ("h", "day", "year")


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


def _nominal_step(times: np.ndarray) -> float:
    return float(np.median(np.diff(times))) if len(times) > 1 else 0.0


def range_stats(
    times: np.ndarray,
    values: np.ndarray,
    unit: str,
    zone: TimeZone,
    *,
    demand_interval_s: float = 900.0,
    base_percentile: float = 5.0,
) -> RangeStats:
    """All scalar figures of the readings ``values`` taken at ``times`` (UTC ns, ascending).

    Raises:
        ValueError: there are no readings, or a parameter is out of range.
    """
    if len(values) == 0:
        raise ValueError("no readings in this range")
    if not 0 <= base_percentile <= 50:
        raise ValueError("the base-load percentile lies between 0 and 50")
    if demand_interval_s <= 0:
        raise ValueError("the demand interval must be positive")
    values = np.asarray(values, dtype=np.float64)
    qs = sorted({*PERCENTILES, float(base_percentile)})
    found = np.percentile(values, qs)
    percentiles = {q: float(v) for q, v in zip(qs, found, strict=True)}
    step = _nominal_step(times)
    dt = np.diff(times) / NS_PER_S
    bridged = dt <= GAP_FACTOR * step / NS_PER_S if step > 0 else np.zeros(len(dt), dtype=bool)
    covered = float(dt[bridged].sum())
    integral = None
    rate = amount_unit(unit)
    if rate is not None:
        trapezoids = 0.5 * (values[1:] + values[:-1]) * dt
        integral = float(trapezoids[bridged].sum()) / rate[1]
    peak = _peak_demand(times, values, zone, demand_interval_s, step)
    mean = float(values.mean())
    return RangeStats(
        count=len(values),
        first_ns=int(times[0]),
        last_ns=int(times[-1]),
        covered_s=covered,
        unit=unit,
        minimum=float(values.min()),
        mean=mean,
        maximum=float(values.max()),
        percentiles=percentiles,
        base_percentile=float(base_percentile),
        base_load=percentiles[float(base_percentile)],
        amount=integral,
        amount_unit=rate[0] if rate else None,
        demand_interval_s=float(demand_interval_s),
        peak_demand=peak,
        load_factor=mean / peak if peak > 0 else None,
    )


def _peak_demand(times: np.ndarray, values: np.ndarray, zone: TimeZone, interval_s: float, step_ns: float) -> float:
    """The highest mean over local-clock-aligned intervals at least half covered."""
    local_s = times // NS_PER_S + utc_offsets(times, zone)
    window = np.floor_divide(local_s, interval_s).astype(np.int64)
    window -= window[0] if len(window) else 0
    if len(window) and window.max() > 50_000_000:
        raise ValueError("the range holds too many demand intervals; choose a longer interval or a shorter range")
    counts = np.bincount(window)
    sums = np.bincount(window, weights=values)
    expected = interval_s / (step_ns / NS_PER_S) if step_ns > 0 else 1.0
    full = counts >= max(1.0, 0.5 * expected)
    if not full.any():
        full = counts > 0  # a range shorter than half an interval: its mean is all there is
    return float((sums[full] / counts[full]).max())


def load_duration_curve(values: np.ndarray, points: int = 512) -> tuple[np.ndarray, np.ndarray]:
    """The readings from the highest to the lowest, sampled at ``points`` shares of time.

    Returns ``(share, value)``: ``share`` from 0 to 1, and the value exceeded that share of
    the time (for regular sampling; each reading stands for an equal slice of time).
    """
    if len(values) == 0:
        return np.zeros(0), np.zeros(0)
    ordered = np.sort(np.asarray(values, dtype=np.float64))[::-1]
    share = np.linspace(0.0, 1.0, min(points, len(ordered)))
    index = np.minimum((share * (len(ordered) - 1)).round().astype(np.int64), len(ordered) - 1)
    return share, ordered[index]


def _profile(bins: np.ndarray, values: np.ndarray, size: int, bin_hours: float) -> Profile:
    count = np.bincount(bins, minlength=size)
    total = np.bincount(bins, weights=values, minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    minimum = np.full(size, np.inf)
    maximum = np.full(size, -np.inf)
    np.minimum.at(minimum, bins, values)
    np.maximum.at(maximum, bins, values)
    minimum[count == 0] = np.nan
    maximum[count == 0] = np.nan
    return Profile(bin_hours, mean, minimum, maximum, count)


def daily_profile(times: np.ndarray, values: np.ndarray, zone: TimeZone, bin_minutes: int = 60) -> Profile:
    """Mean per ``bin_minutes`` of the day in local time (24 bins for hours)."""
    if bin_minutes <= 0 or 1440 % bin_minutes:
        raise ValueError("the bin must divide a day into whole bins (e.g. 15, 30 or 60 minutes)")
    local_s = times // NS_PER_S + utc_offsets(times, zone)
    bins = (np.mod(local_s, 86_400) // (bin_minutes * 60)).astype(np.int64)
    return _profile(bins, np.asarray(values, dtype=np.float64), 1440 // bin_minutes, bin_minutes / 60)


def weekly_profile(times: np.ndarray, values: np.ndarray, zone: TimeZone) -> Profile:
    """Mean per hour of the week in local time: 168 bins, Monday 00:00 first."""
    local_s = times // NS_PER_S + utc_offsets(times, zone)
    days = np.floor_divide(local_s, 86_400)
    weekday = np.mod(days + 3, 7)  # 1970-01-01 was a Thursday (Monday = 0)
    hour = np.mod(local_s, 86_400) // 3600
    return _profile((weekday * 24 + hour).astype(np.int64), np.asarray(values, dtype=np.float64), 168, 1.0)
