"""Exploring stored series: list, read, figures over a range, and measurements from them.

A figure saved as a measurement is recomputed here from the stored readings, inside the same
unit of work that writes the measurement, so what a balance uses is exactly what
``cpdesk logger stats`` prints for that range, and the measurement keeps its source (series,
range, statistic) in ``measurement_source``.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import select

from cpdesk.core import units
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError, reason_of
from cpdesk.core.loggers.stats import (
    Profile,
    RangeStats,
    daily_profile,
    load_duration_curve,
    range_stats,
    weekly_profile,
)
from cpdesk.core.loggers.times import TimeZone, parse_time_zone, wall_to_utc
from cpdesk.core.loggers.timestamps import parse_datetime_text
from cpdesk.core.messages import msg
from cpdesk.core.rows import MeasurementRow
from cpdesk.core.vocabulary import MeasurementBasis, MeasurementMethod
from cpdesk.services import lookup
from cpdesk.services.assessment import flow
from cpdesk.services.loggers.common import SeriesRow, find_series, resolve_stream, series_row, stream_name
from cpdesk.services.loggers.storage import read_readings
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store import ownership
from cpdesk.store.database import Database
from cpdesk.store.models import MeasurementSource, Series, Stream
from cpdesk.store.session import tombstone

__all__ = [
    "STATISTICS",
    "SeriesData",
    "SeriesProfiles",
    "SeriesStats",
    "delete_series",
    "figure",
    "get_series",
    "instant",
    "list_series",
    "read_series",
    "save_measurement",
    "series_profiles",
    "series_stats",
]

#: Figures a measurement can be made of (besides "p<N>", the N-th percentile).
STATISTICS: dict[str, str] = {
    "mean": "mean",
    "min": "minimum",
    "max": "maximum",
    "base_load": "base load",
    "peak_demand": "peak demand",
    "total": "total over the range",
    "total_per_day": "total per day",
    "load_factor": "load factor",
}
_PERCENTILE = re.compile(r"p([0-9]{1,2}(?:\.[0-9]+)?)")
_AMOUNT_NAMES = {"energy": "energy", "volume": "volume", "mass": "mass"}
Instant = datetime | int | str | None


@dataclasses.dataclass(frozen=True)
class SeriesData:
    """A series' description and its readings (UTC ns, values) in a range."""

    row: SeriesRow
    zone: TimeZone
    times: np.ndarray
    values: np.ndarray


@dataclasses.dataclass(frozen=True)
class SeriesStats:
    """The figures of a series over a range; ``amount_name`` says what ``stats.amount`` is."""

    row: SeriesRow
    stats: RangeStats
    amount_name: str | None


@dataclasses.dataclass(frozen=True)
class SeriesProfiles:
    """Average daily and weekly profiles and the load-duration curve over a range."""

    row: SeriesRow
    daily: Profile
    weekly: Profile
    duration_share: np.ndarray
    duration_value: np.ndarray


def list_series(db: Database, assessment_id: uuid.UUID | str) -> list[SeriesRow]:
    """The live series of an assessment, by name."""
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        rows = session.execute(
            lookup.live(Series).where(Series.assessment_id == assessment.id).order_by(Series.name, Series.created_at)
        ).scalars()
        return [series_row(s, stream_name(session, s.stream_id)) for s in rows]


def stream_choices(db: Database, assessment_id: uuid.UUID | str) -> list[tuple[str, uuid.UUID]]:
    """(name, id) of the live streams of an assessment, by name: where a figure of a series
    can be saved (one statement, not the assessment's whole detail)."""
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        query = (
            select(Stream.name, Stream.id)
            .where(Stream.assessment_id == assessment.id, Stream.deleted_at.is_(None))
            .order_by(Stream.name)
        )
        return [(name, stream_id) for name, stream_id in session.execute(query)]


def get_series(db: Database, key: Any) -> SeriesRow:
    """One series' description (no readings), by id or unique id prefix."""
    with reading(db) as session:
        series = find_series(session, key)
        return series_row(series, stream_name(session, series.stream_id))


def instant(value: Instant, zone: TimeZone) -> int | None:
    """UTC nanoseconds of a range end given as an aware datetime, nanoseconds, or text.

    Text is a date and time in the series' zone ("2024-03-01 08:00", "01/03/2024 08:00")
    or with its UTC offset ("2024-03-01T08:00+07:00"); a date alone means midnight.
    """
    if value is None or isinstance(value, int | np.integer):
        return None if value is None else int(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValidationError("range", "time", value, msg("logger.range.needs_zone"))
        delta = value.astimezone(UTC) - datetime(1970, 1, 1, tzinfo=UTC)
        return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000
    text = str(value).strip()
    for layout in ("iso", "dmy"):
        try:
            parsed = parse_datetime_text(text, layout)
        except ValueError:
            continue
        if parsed is None:
            break
        wall, offset = parsed
        if offset is not None:
            return wall - offset * 1_000_000_000
        utc, codes = wall_to_utc(np.array([wall], dtype=np.int64), zone)
        if codes[0] == 1:
            raise ValidationError("range", "time", value, msg("logger.range.local_nonexistent", zone=zone.name))
        return int(utc[0])
    raise ValidationError("range", "time", value, msg("logger.range.not_a_moment"))


def read_series(
    db: Database, key: Any, t_from: Instant = None, t_to: Instant = None, *, seconds_offset: float | None = None
) -> SeriesData:
    """A series and its readings within [t_from, t_to] (ends open when None).

    ``times`` are UTC nanoseconds, or with ``seconds_offset`` float seconds since the
    epoch plus that offset (for plots: half the memory of keeping both).
    """
    with reading(db) as session:
        series = find_series(session, key)
        zone = parse_time_zone(series.time_zone)
        low, high = instant(t_from, zone), instant(t_to, zone)
        readings = read_readings(session, series.id, low, high, seconds_offset=seconds_offset)
        return SeriesData(
            series_row(series, stream_name(session, series.stream_id)), zone, readings.times, readings.values
        )


def _amount_name(unit: str | None) -> str | None:
    if not unit:
        return None
    try:
        return _AMOUNT_NAMES.get(units.dimension_of(unit))
    except ValueError:
        return None


def series_stats(
    db: Database,
    key: Any,
    t_from: Instant = None,
    t_to: Instant = None,
    *,
    demand_minutes: float = 15.0,
    base_percentile: float = 5.0,
) -> SeriesStats:
    """Minimum, mean, maximum, percentiles, total (energy), base load, peak demand and
    load factor of a series over a range."""
    data = read_series(db, key, t_from, t_to)
    stats = _stats(data, demand_minutes, base_percentile)
    return SeriesStats(data.row, stats, _amount_name(stats.amount_unit))


def _stats(data: SeriesData, demand_minutes: float, base_percentile: float) -> RangeStats:
    try:
        return range_stats(
            data.times,
            data.values,
            data.row.unit,
            data.zone,
            demand_interval_s=demand_minutes * 60.0,
            base_percentile=base_percentile,
        )
    except ValueError as exc:
        raise ValidationError("logger range", "range", data.row.name, reason_of(exc)) from None


def series_profiles(db: Database, key: Any, t_from: Instant = None, t_to: Instant = None) -> SeriesProfiles:
    """The average daily and weekly profiles and the load-duration curve over a range."""
    data = read_series(db, key, t_from, t_to)
    if len(data.values) == 0:
        raise ValidationError("logger range", "range", data.row.name, msg("logger.range.no_readings"))
    share, value = load_duration_curve(data.values)
    return SeriesProfiles(
        data.row,
        daily_profile(data.times, data.values, data.zone),
        weekly_profile(data.times, data.values, data.zone),
        share,
        value,
    )


def figure(
    stats: RangeStats, statistic: str, values: np.ndarray | None = None
) -> tuple[float, str, MeasurementBasis, str, float | None]:
    """One figure of ``stats`` as a reading: (value, unit, basis, label, parameter).

    Rates (kW, m³/h) are readings per hour; the total over the range is a total, and the
    total per day (over the time the readings cover) a daily figure.

    Raises:
        ValidationError: an unknown statistic, or one that is no reading of a stream.
    """
    key = statistic.strip().lower()
    if key == "load_factor":
        raise ValidationError("measurement", "statistic", statistic, msg("logger.figure.load_factor"))
    if key in ("total", "total_per_day"):
        if stats.amount is None or stats.amount_unit is None:
            unit = stats.unit or msg("logger.figure.no_unit")
            raise ValidationError("measurement", "statistic", statistic, msg("logger.figure.no_total", unit=unit))
        if key == "total":
            return stats.amount, stats.amount_unit, MeasurementBasis.TOTAL, "total", None
        if stats.covered_s <= 0:
            raise ValidationError(Entity.MEASUREMENT, "statistic", statistic, msg("logger.figure.no_time"))
        per_day = stats.amount / stats.covered_s * 86_400.0
        return per_day, stats.amount_unit, MeasurementBasis.PER_DAY, "total per day", None
    basis = MeasurementBasis.PER_HOUR
    simple = {"mean": stats.mean, "min": stats.minimum, "max": stats.maximum}
    if key in simple:
        return simple[key], stats.unit, basis, STATISTICS[key], None
    if key == "base_load":
        return stats.base_load, stats.unit, basis, f"base load (P{stats.base_percentile:g})", stats.base_percentile
    if key == "peak_demand":
        minutes = stats.demand_interval_s / 60
        return stats.peak_demand, stats.unit, basis, f"peak demand ({minutes:g} min)", stats.demand_interval_s
    match = _PERCENTILE.fullmatch(key)
    if match and 0 <= float(match.group(1)) <= 100:
        q = float(match.group(1))
        value = stats.percentiles.get(q)
        if value is None:
            if values is None:
                raise ValidationError(Entity.MEASUREMENT, "statistic", statistic, msg("logger.figure.needs_readings"))
            value = float(np.percentile(values, q))
        return value, stats.unit, basis, f"P{q:g}", q
    names = ", ".join([*STATISTICS, "p5 ... p99"])
    raise ValidationError(Entity.MEASUREMENT, "statistic", statistic, msg("value.one_of", allowed=names))


def save_measurement(
    db: Database,
    key: Any,
    statistic: str,
    *,
    t_from: Instant = None,
    t_to: Instant = None,
    stream: uuid.UUID | str | None = None,
    demand_minutes: float = 15.0,
    base_percentile: float = 5.0,
    author: str = "",
    note: str = "",
) -> MeasurementRow:
    """Save one figure of a series over a range as a measurement of a stream, linked to
    its source. One unit of work: the figure, the measurement and the link commit together.

    The stream is ``stream`` (an id, or a name among the assessment's streams) or else the
    series' own stream.
    """
    with unit_of_work(db) as session:
        series = find_series(session, key)
        zone = parse_time_zone(series.time_zone)
        low, high = instant(t_from, zone), instant(t_to, zone)
        readings = read_readings(session, series.id, low, high)
        row = series_row(series, stream_name(session, series.stream_id))
        data = SeriesData(row, zone, readings.times, readings.values)
        stats = _stats(data, demand_minutes, base_percentile)
        value, unit, basis, label, parameter = figure(stats, statistic, readings.values)
        streams = (
            session.execute(lookup.live(Stream).where(Stream.assessment_id == series.assessment_id)).scalars().all()
        )
        target = resolve_stream(streams, stream, "measurement") if stream is not None else series.stream_id
        if target is None:
            raise ValidationError(Entity.MEASUREMENT, "stream", None, msg("logger.figure.no_stream"))
        measured = lookup.get(session, Stream, target, Entity.STREAM)
        first = datetime.fromtimestamp(stats.first_ns / 1e9, zone.info)
        last = datetime.fromtimestamp(stats.last_ns / 1e9, zone.info)
        span = f"{first:%Y-%m-%d %H:%M:%S} to {last:%Y-%m-%d %H:%M:%S} ({zone.label})"
        text = f"{label} of logger series '{series.name}' from {span}, {stats.count} readings"
        measurement = flow.record_measurement(
            db,
            measured.id,
            value=value,
            unit=unit,
            basis=basis,
            method=MeasurementMethod.MEASURED,
            measured_at=first.astimezone(UTC),
            instrument=f"logger: {series.source_file or series.name}"[:200],
            author=author,
            note=f"{text}. {note}".strip() if note else text,
        )
        session.add(
            MeasurementSource(
                measurement_id=measurement.id,
                series_id=series.id,
                t_from=stats.first_ns,
                t_to=stats.last_ns,
                statistic=statistic.strip().lower(),
                parameter=parameter,
            )
        )
        return measurement


def delete_series(db: Database, key: Any) -> None:
    """Delete a series with its chunks (tombstones: the deletion syncs like any other change).

    The measurements made from it stay, with their provenance (see :mod:`cpdesk.store.ownership`).
    """
    with unit_of_work(db) as session:
        series = find_series(session, key)
        tombstone(series)
        assert series.deleted_at is not None
        ownership.tombstone_subtree(session, Series.__tablename__, [series.id], series.deleted_at)
