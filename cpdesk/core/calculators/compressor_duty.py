"""Load/unload duty of an air compressor from a logger series of its electric power.

A load/unload compressor is, at any moment, loaded (compressing, near its full power),
unloaded (running, the inlet closed, at 15 to 40 % of it: MEASUR's operating cost
calculator, after the DOE/Compressed Air Challenge sourcebook) or off. A week of its power
logged every few seconds to a minute says how long it spends in each, what each costs, and
so what a measure acts on: a leak repair takes loaded time away (it becomes unloaded time
unless the machine stops), a lower header pressure lowers the loaded power, and a smaller
compressor or one with a variable speed drive removes most of the unloaded energy.

How a series is read:

- **States.** From the nameplate's (or a measured) loaded and unloaded power when given: a
  reading at or above their midpoint is loaded, one below half the unloaded power is off,
  the rest unloaded. Otherwise from the series: readings below :data:`OFF_SHARE` of its
  99th percentile are off, and the rest are split in two levels by iterating the threshold
  to the midpoint of the means on either side of it (Ridler and Calvard's intermediate
  means, the one-dimensional two-means split). Two levels closer than
  :data:`SAME_LEVEL_RATIO` are one: the compressor ran loaded throughout. When more than
  :data:`MIXED_SHARE` of the running readings lie in the middle half between the two levels,
  the machine modulates (or has a drive) and has no load/unload duty: refused.
- **Time.** Each reading stands for half the step before it and half the step after it (the
  midpoint rule: its energy summed over the readings is the trapezoidal integral that
  ``cpdesk logger stats`` gives), so irregular sampling is weighed by time. A step longer
  than :data:`GAP_STEPS` median steps (or the limit given) is a gap: a logger that stopped.
  No time or energy is counted across it, and the gaps are counted and their time given.
- **Cycles.** A load cycle is a change from unloaded to loaded between two readings not
  separated by a gap; cycles per hour are per hour running (loaded or unloaded).
- **A year.** The logged running time stands for the compressor's running hours a year:
  loaded and unloaded hours and energies scale by those hours over the running hours logged
  (over the logged time, off included, when the running hours are not given: 8 760 h).

A logger that averages over an interval longer than a load cycle blurs the states (a minute
half loaded reads in between); log at a minute or less. Refused with a message code
(:class:`~cpdesk.core.errors.ValueRefused`): a unit that is no power (a current in A), fewer
than :data:`MIN_READINGS` readings, times not increasing, no time outside gaps, no loaded
state, no two levels, nameplate powers not loaded > unloaded > 0.

Pure: numpy and :mod:`cpdesk.core.units`; arrays in, numbers out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from cpdesk.core import units
from cpdesk.core.errors import ValueRefused
from cpdesk.core.messages import msg
from cpdesk.core.units import HOURS_PER_YEAR

#: The states of a reading, as :attr:`CompressorDuty.states` holds them.
OFF, UNLOADED, LOADED = 0, 1, 2
#: The fewest readings a duty is worked out from.
MIN_READINGS = 20
#: A step longer than this many median steps is a gap (when no limit is given).
GAP_STEPS = 3.0
#: Below this share of the series' 99th percentile the compressor is off.
OFF_SHARE = 0.1
#: Two levels whose means are closer than this ratio (low / high) are one level.
SAME_LEVEL_RATIO = 0.8
#: More running readings than this share in the middle half between the levels: no duty.
MIXED_SHARE = 0.2
_NS_PER_S = 1e9


@dataclass(frozen=True)
class AnnualDuty:
    """The duty over a year: hours and energy loaded and unloaded."""

    running_hours: float
    loaded_hours: float
    unloaded_hours: float
    loaded_kwh: float
    unloaded_kwh: float


@dataclass(frozen=True)
class CompressorDuty:
    """The duty of one compressor over a logged series. Hours and kWh are those logged,
    gaps left out; ``states`` holds :data:`OFF`, :data:`UNLOADED` or :data:`LOADED` per
    reading (for a plot)."""

    readings: int
    from_nameplate: bool
    off_below_kw: float
    loaded_from_kw: float
    counted_hours: float
    gaps: int
    gap_hours: float
    loaded_hours: float
    unloaded_hours: float
    off_hours: float
    loaded_kwh: float
    unloaded_kwh: float
    off_kwh: float
    cycles: int
    states: np.ndarray

    @property
    def running_hours(self) -> float:
        """Hours loaded or unloaded."""
        return self.loaded_hours + self.unloaded_hours

    @property
    def total_kwh(self) -> float:
        return self.loaded_kwh + self.unloaded_kwh + self.off_kwh

    def time_share(self, state: int) -> float:
        """The share (0–1) of the counted time in ``state``."""
        hours = (self.off_hours, self.unloaded_hours, self.loaded_hours)[state]
        return hours / self.counted_hours

    def energy_share(self, state: int) -> float:
        """The share (0–1) of the energy used in ``state`` (0 when none was used)."""
        kwh = (self.off_kwh, self.unloaded_kwh, self.loaded_kwh)[state]
        return kwh / self.total_kwh if self.total_kwh > 0 else 0.0

    @property
    def loaded_share_running(self) -> float:
        """The share of the running time loaded (the tip sheet's T / (T + t))."""
        return self.loaded_hours / self.running_hours

    @property
    def loaded_kw(self) -> float:
        """The mean power while loaded (kW)."""
        return self.loaded_kwh / self.loaded_hours

    @property
    def unloaded_kw(self) -> float | None:
        """The mean power while unloaded (kW); None when it never unloaded."""
        return self.unloaded_kwh / self.unloaded_hours if self.unloaded_hours > 0 else None

    @property
    def cycles_per_hour(self) -> float:
        """Load cycles per hour running."""
        return self.cycles / self.running_hours

    def annual(self, running_hours: float | None = None) -> AnnualDuty:
        """The duty over a year of ``running_hours`` running (loaded or unloaded); None:
        the logged time, off included, stands for the 8 760 hours of a year."""
        scale = HOURS_PER_YEAR / self.counted_hours if running_hours is None else running_hours / self.running_hours
        return AnnualDuty(
            running_hours=self.running_hours * scale,
            loaded_hours=self.loaded_hours * scale,
            unloaded_hours=self.unloaded_hours * scale,
            loaded_kwh=self.loaded_kwh * scale,
            unloaded_kwh=self.unloaded_kwh * scale,
        )


def kw_of(values: np.ndarray, unit: str) -> np.ndarray:
    """``values`` in ``unit`` as kW; refused when the unit is no power (A, V, kWh ...)."""
    try:
        power = units.dimension_of(unit) == "power"
    except ValueError:
        power = False
    if not power:
        raise ValueRefused(msg("duty.not_power", unit=unit or "-"))
    factor = units.convert(1.0, unit, "kW")
    return np.asarray(values, dtype=np.float64) * factor


def _weights(times_ns: np.ndarray, max_gap_s: float | None) -> tuple[np.ndarray, np.ndarray, float]:
    """(seconds each reading stands for, which steps are gaps, the limit used)."""
    steps = np.diff(times_ns).astype(np.float64) / _NS_PER_S
    if np.any(steps <= 0):
        raise ValueRefused(msg("duty.times_not_increasing"))
    limit = GAP_STEPS * float(np.median(steps)) if max_gap_s is None else float(max_gap_s)
    if not limit > 0 or not math.isfinite(limit):
        raise ValueRefused(msg("duty.gap_limit", limit=limit))
    gap = steps > limit
    half = np.where(gap, 0.0, steps / 2.0)
    weights = np.zeros(len(times_ns), dtype=np.float64)
    weights[:-1] += half
    weights[1:] += half
    return weights, gap, limit


def _two_levels(running: np.ndarray) -> tuple[float, float, float]:
    """(threshold, low mean, high mean) of the intermediate-means split of ``running``."""
    threshold = (float(running.min()) + float(running.max())) / 2.0
    low = high = threshold
    for _ in range(100):
        below, above = running[running < threshold], running[running >= threshold]
        if len(below) == 0 or len(above) == 0:
            break
        low, high = float(below.mean()), float(above.mean())
        new = (low + high) / 2.0
        if abs(new - threshold) <= 1e-9 * max(abs(new), 1.0):
            threshold = new
            break
        threshold = new
    return threshold, low, high


def _auto_thresholds(kw: np.ndarray) -> tuple[float, float]:
    """(off below, loaded from) found from the series' own readings."""
    top = float(np.percentile(kw, 99))
    if not top > 0:
        raise ValueRefused(msg("duty.no_loaded"))
    off_below = OFF_SHARE * top
    running = kw[kw >= off_below]
    if float(running.max()) == float(running.min()):
        return off_below, off_below
    threshold, low, high = _two_levels(running)
    if low == high or low > SAME_LEVEL_RATIO * high:  # one level: loaded throughout
        return off_below, off_below
    quarter = (high - low) / 4.0
    middle = np.count_nonzero((running > low + quarter) & (running < high - quarter))
    if middle > MIXED_SHARE * len(running):
        raise ValueRefused(msg("duty.no_two_levels", low=round(low, 1), high=round(high, 1)))
    return off_below, threshold


def compressor_duty(
    times_ns: np.ndarray,
    values: np.ndarray,
    unit: str = "kW",
    *,
    loaded_kw: float | None = None,
    unloaded_kw: float | None = None,
    max_gap_s: float | None = None,
    min_readings: int = MIN_READINGS,
) -> CompressorDuty:
    """The duty of a compressor whose power (in ``unit``) was logged at ``times_ns`` (UTC ns,
    increasing). ``loaded_kw`` and ``unloaded_kw`` (both or neither) set the states from
    the nameplate; ``max_gap_s`` the longest step that is not a gap. ValueRefused naming
    why otherwise (see the module's docstring)."""
    times = np.asarray(times_ns, dtype=np.int64)
    kw = kw_of(values, unit)
    if len(times) != len(kw):
        raise ValueRefused(msg("duty.lengths_differ", times=len(times), values=len(kw)))
    if len(kw) < min_readings:
        raise ValueRefused(msg("duty.too_few", count=len(kw), minimum=min_readings))
    if not np.all(np.isfinite(kw)):
        raise ValueRefused(msg("duty.not_finite"))
    if (loaded_kw is None) != (unloaded_kw is None):
        raise ValueRefused(msg("duty.nameplate_pair"))
    if loaded_kw is not None and unloaded_kw is not None:
        if not (math.isfinite(loaded_kw) and math.isfinite(unloaded_kw) and loaded_kw > unloaded_kw > 0):
            raise ValueRefused(msg("duty.nameplate_order", loaded=loaded_kw, unloaded=unloaded_kw))
        off_below, loaded_from = unloaded_kw / 2.0, (loaded_kw + unloaded_kw) / 2.0
    else:
        off_below, loaded_from = _auto_thresholds(kw)
    weights, gap, _limit = _weights(times, max_gap_s)
    counted_s = float(weights.sum())
    if not counted_s > 0:
        raise ValueRefused(msg("duty.no_time"))
    states = np.where(kw >= loaded_from, LOADED, np.where(kw >= off_below, UNLOADED, OFF)).astype(np.int8)
    seconds = [float(weights[states == state].sum()) for state in (OFF, UNLOADED, LOADED)]
    kwh = [float((kw * weights)[states == state].sum()) / 3600.0 for state in (OFF, UNLOADED, LOADED)]
    if not seconds[LOADED] > 0:
        raise ValueRefused(msg("duty.no_loaded"))
    cycles = int(np.count_nonzero((states[:-1] == UNLOADED) & (states[1:] == LOADED) & ~gap))
    steps_s = np.diff(times).astype(np.float64) / _NS_PER_S
    return CompressorDuty(
        readings=len(kw),
        from_nameplate=loaded_kw is not None,
        off_below_kw=off_below,
        loaded_from_kw=loaded_from,
        counted_hours=counted_s / 3600.0,
        gaps=int(np.count_nonzero(gap)),
        gap_hours=float(steps_s[gap].sum()) / 3600.0,
        loaded_hours=seconds[LOADED] / 3600.0,
        unloaded_hours=seconds[UNLOADED] / 3600.0,
        off_hours=seconds[OFF] / 3600.0,
        loaded_kwh=kwh[LOADED],
        unloaded_kwh=kwh[UNLOADED],
        off_kwh=kwh[OFF],
        cycles=cycles,
        states=states,
    )
