"""Time zones of logger series: wall-clock readings to UTC and back, vectorised.

A logger's clock shows local time, and most loggers never change it for daylight saving
time. Vietnam is UTC+7 all year, so for the field's usual case a fixed offset ("+07:00") is
exact. A series may instead name an IANA zone ("Europe/Berlin"); then a wall-clock time
that does not exist (the hour skipped in spring) is an error the user sees, and one that
occurs twice (the hour repeated in autumn) is resolved by the order of the readings and
reported. A logger whose clock ignores daylight saving time is read with a fixed offset.

Pure: numpy and the standard library (zoneinfo reads the time zone database), no files of
ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

from cpdesk.core.errors import Coded
from cpdesk.core.messages import msg

__all__ = [
    "WALL_AMBIGUOUS",
    "WALL_NONEXISTENT",
    "WALL_OK",
    "TimeZone",
    "TimeZoneError",
    "parse_time_zone",
    "utc_offsets",
    "wall_to_utc",
]

NS_PER_S = 1_000_000_000
_BUCKET_S = 900  # every zone in use changes its offset on a quarter hour
_MAX_BUCKETS = 400_000  # about 11 years of quarter hours; beyond that, only those present
_EPOCH = datetime(1970, 1, 1)

#: Codes :func:`wall_to_utc` gives each reading.
WALL_OK, WALL_NONEXISTENT, WALL_AMBIGUOUS = 0, 1, 2

_OFFSET = re.compile(r"(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?", re.IGNORECASE)


class TimeZoneError(Coded, ValueError):
    """A time zone cannot be read; says how to write one."""


@dataclass(frozen=True)
class TimeZone:
    """A series' time zone: a fixed UTC offset or an IANA zone.

    ``name`` is what is stored and shown: "+07:00", "UTC" or "Asia/Ho_Chi_Minh".
    """

    name: str
    fixed_offset_s: int | None = None

    @property
    def info(self) -> tzinfo:
        if self.fixed_offset_s is not None:
            return timezone(timedelta(seconds=self.fixed_offset_s))
        return ZoneInfo(self.name)

    @property
    def label(self) -> str:
        """A short label for axes and reports: "UTC+07:00" or the zone's name."""
        if self.fixed_offset_s is None:
            return self.name
        return "UTC" + _format_offset(self.fixed_offset_s) if self.fixed_offset_s else "UTC"


def _format_offset(seconds: int) -> str:
    sign = "-" if seconds < 0 else "+"
    minutes = abs(seconds) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_time_zone(text: str) -> TimeZone:
    """Read "+07:00", "+7", "UTC+7", "GMT+07:00", "UTC", "Z" or an IANA name.

    Raises:
        ValueError: not an offset between -14:00 and +14:00 nor a zone the database knows.
    """
    body = (text or "").strip()
    if body.upper() in ("Z", "UTC", "GMT", "+00:00", "UTC+0", "UTC+00:00"):
        return TimeZone("+00:00", 0)
    match = _OFFSET.fullmatch(body)
    if match:
        hours, minutes = int(match["h"]), int(match["m"] or 0)
        if hours > 14 or minutes > 59 or hours * 60 + minutes > 14 * 60:
            raise TimeZoneError(msg("logger.zone_offset_range", zone=repr(text)))
        seconds = (hours * 3600 + minutes * 60) * (-1 if match["sign"] == "-" else 1)
        return TimeZone(_format_offset(seconds), seconds)
    if not body or body.startswith(("/", ".")) or ".." in body:
        raise TimeZoneError(msg("logger.zone_unreadable", zone=repr(text)))
    try:
        ZoneInfo(body)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise TimeZoneError(msg("logger.zone_unknown", zone=repr(text))) from None
    return TimeZone(body)


def wall_to_utc(wall_ns: np.ndarray, zone: TimeZone) -> tuple[np.ndarray, np.ndarray]:
    """UTC nanoseconds of wall-clock readings in ``zone``, and a code per reading.

    Codes: :data:`WALL_OK`; :data:`WALL_NONEXISTENT` (the clock never showed that time; its
    UTC value is meaningless); :data:`WALL_AMBIGUOUS` (the clock showed it twice: readings
    before the clock goes back take the first, later ones the second occurrence).
    """
    codes = np.zeros(len(wall_ns), dtype=np.int8)
    if zone.fixed_offset_s is not None or len(wall_ns) == 0:
        return wall_ns - (zone.fixed_offset_s or 0) * NS_PER_S, codes
    info = ZoneInfo(zone.name)
    buckets = np.floor_divide(wall_ns, _BUCKET_S * NS_PER_S)
    keys, index = _bucket_index(buckets)
    first = np.empty(len(keys), dtype=np.int64)
    second = np.empty(len(keys), dtype=np.int64)
    for k, bucket in enumerate(keys):
        wall = _EPOCH + timedelta(seconds=int(bucket) * _BUCKET_S)
        first[k] = _seconds(wall.replace(tzinfo=info, fold=0).utcoffset())
        second[k] = _seconds(wall.replace(tzinfo=info, fold=1).utcoffset())
    off0, off1 = first[index], second[index]
    codes[off0 < off1] = WALL_NONEXISTENT
    ambiguous = np.flatnonzero(off0 > off1)
    offset = off0.copy()
    if ambiguous.size:
        codes[ambiguous] = WALL_AMBIGUOUS
        later = ambiguous[_second_pass(ambiguous, wall_ns[ambiguous])]
        offset[later] = off1[later]
    return wall_ns - offset * NS_PER_S, codes


def _second_pass(rows: np.ndarray, wall: np.ndarray) -> np.ndarray:
    """Within each run of consecutive ambiguous rows, those after the clock went back.

    A reading whose wall time is not later than the one before it, inside the repeated
    hour, is taken as the start of the second pass (an hourly logger shows 02:30 twice).
    """
    run = np.cumsum(np.diff(rows, prepend=rows[0] - 2) > 1)
    back = np.zeros(len(rows), dtype=np.int64)
    back[1:] = (np.diff(wall) <= 0) & (np.diff(run) == 0)
    seen = np.cumsum(back)
    run_start = np.flatnonzero(np.diff(run, prepend=-1))
    before_run = np.repeat(seen[run_start], np.diff(run_start, append=len(rows)))
    return (seen - before_run) > 0


def utc_offsets(utc_ns: np.ndarray, zone: TimeZone) -> np.ndarray:
    """The zone's UTC offset in seconds at each UTC instant."""
    if zone.fixed_offset_s is not None:
        return np.full(len(utc_ns), zone.fixed_offset_s, dtype=np.int64)
    if len(utc_ns) == 0:
        return np.zeros(0, dtype=np.int64)
    info = ZoneInfo(zone.name)
    keys, index = _bucket_index(np.floor_divide(utc_ns, _BUCKET_S * NS_PER_S))
    offsets = np.array(
        [_seconds(datetime.fromtimestamp(int(b) * _BUCKET_S, UTC).astimezone(info).utcoffset()) for b in keys],
        dtype=np.int64,
    )
    offset_s: np.ndarray = offsets[index]
    return offset_s


def _bucket_index(buckets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    low, high = int(buckets.min()), int(buckets.max())
    if high - low < _MAX_BUCKETS:
        return np.arange(low, high + 1), buckets - low
    keys, index = np.unique(buckets, return_inverse=True)
    return keys, index.ravel()


def _seconds(delta: timedelta | None) -> int:
    return int(delta.total_seconds()) if delta is not None else 0
