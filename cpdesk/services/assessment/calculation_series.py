"""A compressor's load/unload duty from an assessment's logger series, as a figure a savings
calculation may take its inputs from, and on its own.

A series of a compressor's power (a channel of a power analyser, kW) gives, through
:func:`cpdesk.core.calculators.compressor_duty.compressor_duty` with the states found from
the series itself, five figures, each a source key of
:mod:`cpdesk.services.assessment.calculation_sources`:

- ``series.load_time:<id>`` and ``series.unload_time:<id>`` (min): the time loaded and
  unloaded over the series, for the leak calculator by load and unload times;
- ``series.loaded_kw:<id>`` (kW): the mean power loaded, a leak calculator's compressor power;
- ``series.unloaded_kw:<id>`` (kW): the mean power unloaded, which a leak repair does not
  save (the compressor unloads instead of loading);
- ``series.loaded_power:<id>`` (kW): the loaded energy per running hour, what a lower header
  pressure acts on, with the operating hours as the running hours.

A calculation keeps the key, so it is worked out again when the series changes and is marked
stale when the series is deleted (or no longer gives a duty). The duty of a series is kept
for the last few series read, by id and version, so that the options screen's recomputations
do not read a week of readings at each edit. :func:`series_duty` gives the whole duty (with
the nameplate's powers when given) for ``cpdesk calc compressor-duty`` and the calculator
form's plot.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from cpdesk.core.calculators.compressor_duty import CompressorDuty, compressor_duty, kw_of
from cpdesk.core.errors import ValidationError, ValueRefused, reason_of
from cpdesk.core.loggers.times import parse_time_zone
from cpdesk.core.messages import Message, msg
from cpdesk.core.units import dimension_of
from cpdesk.services import lookup
from cpdesk.services.loggers.analysis import Instant, instant
from cpdesk.services.loggers.common import ENTITY, SeriesRow, find_series, series_row, stream_name
from cpdesk.services.loggers.storage import read_readings
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Series

#: The figures a series gives, by key kind: (unit, label code, the inputs it may feed).
FIGURES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "series.load_time": ("min", "calcsrc.series_load_time", ("load_time",)),
    "series.unload_time": ("min", "calcsrc.series_unload_time", ("unload_time",)),
    "series.loaded_kw": ("kW", "calcsrc.series_loaded_kw", ("compressor_power",)),
    "series.unloaded_kw": ("kW", "calcsrc.series_unloaded_kw", ("unloaded_power",)),
    "series.loaded_power": ("kW", "calcsrc.series_loaded_power", ("compressor_power",)),
}
#: How many series' duties are kept.
_KEPT = 8
_kept: OrderedDict[tuple[uuid.UUID, int, int], CompressorDuty | None] = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True)
class SeriesDuty:
    """A series, its duty, and its readings (float seconds since the epoch, kW) for a plot."""

    row: SeriesRow
    duty: CompressorDuty
    seconds: np.ndarray
    kw: np.ndarray


def is_power(unit: str) -> bool:
    """True when a series in ``unit`` can give a compressor's duty."""
    try:
        return dimension_of(unit) == "power"
    except ValueError:
        return False


def fits(key: str, input_name: str) -> bool:
    """True when the series figure ``key`` may feed input ``input_name``."""
    kind = key.partition(":")[0]
    return kind in FIGURES and input_name in FIGURES[kind][2]


def _label(series: Series) -> str:
    channel = series.channel.strip()
    return series.name if not channel or channel in series.name else f"{series.name} ({channel})"


def _duty_of(session: Session, series: Series) -> CompressorDuty | None:
    """The duty of ``series`` from its own readings (kept by id and version); None when the
    series gives none (no loaded state, too few readings, not a power)."""
    token = (series.id, series.version, series.point_count)
    with _lock:
        if token in _kept:
            _kept.move_to_end(token)
            return _kept[token]
    readings = read_readings(session, series.id)
    try:
        duty: CompressorDuty | None = compressor_duty(readings.times, readings.values, series.unit)
    except ValueRefused:
        duty = None
    with _lock:
        _kept[token] = duty
        while len(_kept) > _KEPT:
            _kept.popitem(last=False)
    return duty


def resolve_series(session: Session, assessment: Assessment, key: str) -> tuple[Message, float, str] | None:
    """(label, value, unit) of the series figure ``key`` as the series is now; None when the
    series is gone, is another assessment's, or gives no duty."""
    kind, _, ref = key.partition(":")
    if kind not in FIGURES:
        return None
    try:
        series = session.get(Series, uuid.UUID(ref))
    except ValueError:
        return None
    if series is None or series.deleted_at is not None or series.assessment_id != assessment.id:
        return None
    if not is_power(series.unit):
        return None
    duty = _duty_of(session, series)
    if duty is None:
        return None
    unit, code, _ = FIGURES[kind]
    value = {
        "series.load_time": duty.loaded_hours * 60.0,
        "series.unload_time": duty.unloaded_hours * 60.0,
        "series.loaded_kw": duty.loaded_kw,
        "series.unloaded_kw": duty.unloaded_kw,
        "series.loaded_power": duty.loaded_kwh / duty.running_hours,
    }[kind]
    if value is None:  # never unloaded: no mean power unloaded
        return None
    return msg(code, series=_label(series)), value, unit


def series_keys(session: Session, assessment: Assessment) -> list[str]:
    """The figures of the assessment's power series, by key (each series' five)."""
    query = lookup.live(Series).where(Series.assessment_id == assessment.id).order_by(Series.name)
    found = [s for s in session.execute(query).scalars() if is_power(s.unit)]
    return [f"{kind}:{series.id}" for series in found for kind in FIGURES]


def series_duty(
    db: Database,
    key: Any,
    *,
    loaded_kw: float | None = None,
    unloaded_kw: float | None = None,
    max_gap_s: float | None = None,
    t_from: Instant = None,
    t_to: Instant = None,
) -> SeriesDuty:
    """The duty of series ``key`` (id or unique prefix) over [t_from, t_to], its states from
    the nameplate's powers when given; ValidationError naming the series and why not."""
    with reading(db) as session:
        series = find_series(session, key)
        row = series_row(series, stream_name(session, series.stream_id))
        zone = parse_time_zone(series.time_zone)
        readings = read_readings(session, series.id, instant(t_from, zone), instant(t_to, zone))
    try:
        duty = compressor_duty(
            readings.times,
            readings.values,
            series.unit,
            loaded_kw=loaded_kw,
            unloaded_kw=unloaded_kw,
            max_gap_s=max_gap_s,
        )
    except ValueRefused as exc:
        raise ValidationError(ENTITY, "series", row.name, reason_of(exc)) from None
    seconds = readings.times.astype(np.float64) / 1e9
    return SeriesDuty(row, duty, seconds, kw_of(readings.values, series.unit))


__all__ = ["FIGURES", "SeriesDuty", "fits", "is_power", "resolve_series", "series_duty", "series_keys"]
