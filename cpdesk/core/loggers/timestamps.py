"""Timestamps as loggers and Excel write them, read a million at a time.

Layouts (:data:`TIME_FORMATS`):

- ``iso``: year-month-day, then optionally a time and a UTC offset: "2024-03-01 14:30:00",
  "2024-03-01T14:30:00.250+07:00", "2024/03/01 14:30";
- ``dmy`` / ``mdy``: day/month/year or month/day/year with "/", "-" or "." and an optional
  time with optional AM/PM (or the Vietnamese SA/CH): "01/03/2024 14:30", "3/1/2024 2:30 PM";
- ``excel``: Excel's serial day numbers (1900 date system), "45352,5";
- ``unix``: seconds since 1970-01-01 UTC.

A separate time-of-day column uses the layout ``time`` ("14:30", "7:05:09.5").

Results are wall-clock nanoseconds "as if UTC" plus the UTC offset a cell states, if any;
turning wall-clock time into UTC is :mod:`cpdesk.core.loggers.times`'s job. The scalar
parsers are the reference; the vectorised path reads cells shape by shape through
:func:`cpdesk.core.loggers.cells.shape_groups` and agrees with them exactly.

Pure: numpy and the standard library, no I/O.
"""

from __future__ import annotations

import re

import numpy as np

from cpdesk.core.loggers.cells import (
    BAD,
    MISSING,
    OK,
    CellError,
    Cells,
    parse_number_text,
    parse_numbers,
    put,
    shape_groups,
    unless_empty,
)
from cpdesk.core.messages import Message, msg

__all__ = [
    "NO_OFFSET",
    "NS_PER_DAY",
    "NS_PER_S",
    "TIME_FORMATS",
    "bad_time_reason",
    "days_from_civil",
    "parse_datetime_text",
    "parse_datetimes",
]

#: Timestamp layouts of a date-and-time (or date) column.
TIME_FORMATS: tuple[str, ...] = ("iso", "dmy", "mdy", "excel", "unix")
#: ``offset_s`` of a cell that states no UTC offset.
NO_OFFSET = int(np.iinfo(np.int64).min)
NS_PER_S = 1_000_000_000
NS_PER_DAY = 86_400 * NS_PER_S
_EXCEL_EPOCH_DAYS = 25_569  # 1899-12-30 (Excel's day 0 in the 1900 system) to 1970-01-01

_TIME = (
    r"(?P<H>[0-9]{1,2}):(?P<M>[0-9]{2})(?::(?P<S>[0-9]{2})(?:[.,](?P<f>[0-9]{1,9}))?)?"
    r"(?:\s*(?P<p>[AaPp][Mm]|SA|CH))?"
)
_ZONE = r"(?:\s*(?P<z>Z|[+-][0-9]{2}(?::?[0-9]{2})?))?"
_REGEX = {
    "iso": re.compile(
        rf"(?P<Y>[0-9]{{4}})(?P<s>[-/.])(?P<m>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}})(?:(?:T|\s+){_TIME}{_ZONE})?"
    ),
    "dmy": re.compile(rf"(?P<d>[0-9]{{1,2}})(?P<s>[/.-])(?P<m>[0-9]{{1,2}})(?P=s)(?P<Y>[0-9]{{4}})(?:,?\s+{_TIME})?"),
    "mdy": re.compile(rf"(?P<m>[0-9]{{1,2}})(?P<s>[/.-])(?P<d>[0-9]{{1,2}})(?P=s)(?P<Y>[0-9]{{4}})(?:,?\s+{_TIME})?"),
    "time": re.compile(_TIME),
}
#: What a cell of each layout must be ("not a day/month/year date and time (01/03/2024 14:30)").
_NOT_LAYOUT = {
    "iso": "logger.time.not_iso",
    "dmy": "logger.time.not_dmy",
    "mdy": "logger.time.not_mdy",
    "time": "logger.time.not_time",
}
_NUMERIC_RANGE = {"excel": "logger.time.not_excel", "unix": "logger.time.not_unix"}
_EXPECTED = {"excel": "logger.time.expected_excel", "unix": "logger.time.expected_unix"}
_COMPONENTS = ("Y", "m", "d", "H", "M", "S", "f")
_DAYS_IN_MONTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def days_from_civil(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 of proleptic Gregorian dates (H. Hinnant's algorithm)."""
    y = year - (month <= 2)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    doy = (153 * (month + np.where(month > 2, -3, 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    days: np.ndarray = era * 146_097 + doe - 719_468
    return days


def _assemble(
    parts: dict[str, np.ndarray], ampm: int, days: tuple[np.ndarray, np.ndarray] | None
) -> tuple[np.ndarray, np.ndarray]:
    """Nanoseconds (since the epoch, or since midnight without ``days``) from the time's
    components and the days since the epoch with their validity; and which are valid.

    ``parts`` holds H, M, S (int arrays) and, if the cells have one, f (nanoseconds).
    """
    hour, minute, second = parts["H"], parts["M"], parts["S"]
    ok = (minute <= 59) & (second <= 59)
    if ampm:
        ok &= (hour >= 1) & (hour <= 12)
        hour = hour % 12 + (12 if ampm == 2 else 0)
    ok &= hour <= 23
    seconds = (hour * 60 + minute) * 60 + second
    if days is not None:
        seconds = seconds + days[0] * 86_400
        ok &= days[1]
    ns: np.ndarray = seconds.astype(np.int64, copy=False) * NS_PER_S
    if "f" in parts:
        ns += parts["f"]
    return ns, ok


def _calendar(year: np.ndarray, month: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Days since the epoch of dates, and whether each is a real date from 1900 to 2200."""
    y, m, d = year.astype(np.int64), month.astype(np.int64), day.astype(np.int64)
    ok = (y >= 1900) & (y <= 2200) & (m >= 1) & (m <= 12) & (d >= 1)
    m = np.clip(m, 1, 12)
    leap = ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)
    ok &= d <= _DAYS_IN_MONTH[m] + ((m == 2) & leap)
    return days_from_civil(y, m, d), ok


def _run_days(m: np.ndarray, match: re.Match[str]) -> tuple[np.ndarray, np.ndarray]:
    """Days since the epoch and validity of the dates of same-shape cells (``m``: their
    bytes in 64-bit words), worked out once per run of equal dates.

    A week of 1-second readings holds a million timestamps but seven dates, and readings
    come in time order: the runs are found by comparing each cell's date bytes with the
    cell's before (as whole words), and only the first cell of a run is read as a date.
    """
    spans = [match.span(name) for name in ("Y", "m", "d")]
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    words = m.view("<u8")
    change = np.zeros(len(m), dtype=bool)
    change[0] = True
    for k in range(first // 8, (last - 1) // 8 + 1):
        lanes = np.zeros(8, dtype=np.uint8)
        lanes[max(first - 8 * k, 0) : min(last - 8 * k, 8)] = 0xFF
        word = words[:, k] if lanes.all() else words[:, k] & lanes.view("<u8")[0]
        change[1:] |= word[1:] != word[:-1]
    starts = np.flatnonzero(change)
    heads = m[starts]
    days, ok = _calendar(*(_digits(heads, *match.span(name)) for name in ("Y", "m", "d")))
    if len(starts) == 1:
        return np.full(len(m), days[0]), np.full(len(m), ok[0])
    runs = np.diff(starts, append=len(m))
    return np.repeat(days, runs), np.repeat(ok, runs)


def _digits(m: np.ndarray, start: int, end: int) -> np.ndarray:
    """The number the digit bytes ``m[:, start:end]`` write, per row (int32; int64 beyond 8
    digits): the bytes times their powers of ten, less "0" times the sum of those powers."""
    kind = np.int64 if end - start > 8 else np.int32
    value: np.ndarray = m[:, start].astype(kind)
    for col in range(start + 1, end):
        value *= 10
        value += m[:, col]
    value -= 48 * (10 ** (end - start) - 1) // 9
    return value


def _ampm_code(text: str | None) -> int:
    if not text:
        return 0
    return 1 if text.upper() in ("AM", "SA") else 2


def _offset_seconds(text: str | None) -> int | None:
    if not text:
        return None
    if text == "Z":
        return 0
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 14 or minutes > 59:
        raise CellError(msg("logger.time.offset_range", offset=text))
    return (-1 if text[0] == "-" else 1) * (hours * 3600 + minutes * 60)


def parse_datetime_text(text: str, fmt: str) -> tuple[int, int | None] | None:
    """One cell as (wall-clock nanoseconds as if UTC, stated UTC offset in seconds or None).

    ``fmt`` is "iso", "dmy", "mdy" or "time" (then nanoseconds since midnight). Returns
    None for an empty cell.

    Raises:
        ValueError: the text is not such a timestamp, or names an impossible date or time.
    """
    body = text.strip()
    if not body:
        return None
    pattern = _REGEX.get(fmt)
    if pattern is None:
        raise ValueError(f"unknown timestamp layout {fmt!r}")  # a caller's mistake, never the user's
    match = pattern.fullmatch(body)
    if match is None:
        raise CellError(msg(_NOT_LAYOUT[fmt]))
    groups = match.groupdict()
    parts = {}
    for name in _COMPONENTS:
        raw = groups.get(name)
        value = (int(raw.ljust(9, "0")) if name == "f" else int(raw)) if raw else 0
        parts[name] = np.array([value], dtype=np.int64)
    days = None if fmt == "time" else _calendar(parts["Y"], parts["m"], parts["d"])
    ns, ok = _assemble(parts, _ampm_code(groups.get("p")), days)
    if not ok[0]:
        raise CellError(msg("logger.time.impossible"))
    return int(ns[0]), _offset_seconds(groups.get("z"))


def parse_datetimes(
    cells: Cells, fmt: str, decimal: str = ".", thousands: str | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All cells as timestamps: ``(wall_ns, offset_s, status)``.

    ``wall_ns`` is the wall-clock reading as if it were UTC; ``offset_s`` the UTC offset a
    cell states, or :data:`NO_OFFSET`; ``status`` OK, MISSING or BAD per cell. ``decimal``
    and ``thousands`` matter for the numeric layouts only.
    """
    if fmt in ("excel", "unix"):
        return _numeric_times(cells, fmt, decimal, thousands)
    if fmt not in _REGEX:
        raise ValueError(f"unknown timestamp layout {fmt!r}")
    n = len(cells)
    wall = np.zeros(n, dtype=np.int64)
    offset = np.full(n, NO_OFFSET, dtype=np.int64)
    status = np.full(n, BAD, dtype=np.int8)

    def read(template: np.ndarray, members: np.ndarray, m: np.ndarray) -> np.ndarray:
        return _read_time_shape(template, members, m, fmt, wall, offset, status)

    for i in shape_groups(cells, unless_empty(cells, status), read):
        try:
            parsed = parse_datetime_text(cells.text(i), fmt)
        except ValueError:
            continue
        if parsed is None:
            status[i] = MISSING
        else:
            wall[i] = parsed[0]
            offset[i] = NO_OFFSET if parsed[1] is None else parsed[1]
            status[i] = OK
    return wall, offset, status


def _read_time_shape(
    template: np.ndarray,
    members: np.ndarray,
    m: np.ndarray,
    fmt: str,
    wall: np.ndarray,
    offset: np.ndarray,
    status: np.ndarray,
) -> np.ndarray:
    """Read one shape's cells by digit position; all of them are settled (read or bad).

    The layouts' expressions only test digit classes, so a cell of the template's shape
    matches exactly when the template does: a template that fails settles its group as bad.
    """
    text = template.tobytes().decode("ascii")
    if text.strip() != text:
        return np.zeros(len(members), dtype=bool)  # the scalar path strips, then reads
    match = _REGEX[fmt].fullmatch(text)
    if match is None:
        return np.ones(len(members), dtype=bool)
    groups = match.groupdict()
    parts: dict[str, np.ndarray] = {}
    for name in ("H", "M", "S", "f"):
        if groups.get(name) is not None:
            start, end = match.span(name)
            parts[name] = _digits(m, start, end)
        elif name != "f":
            parts[name] = np.zeros(len(members), dtype=np.int32)
    if "f" in parts:
        start, end = match.span("f")
        parts["f"] = parts["f"].astype(np.int64) * 10 ** (9 - (end - start))
    days = None if fmt == "time" else _run_days(m, match)
    ns, ok = _assemble(parts, _ampm_code(groups.get("p")), days)
    zone = groups.get("z")
    if zone and zone != "Z":
        # The offset's digits differ from cell to cell too: read them by position.
        start, end = match.span("z")
        cols = [c for c in range(start, end) if template[c] != ord(":")][1:]
        hh = (m[:, cols[0]] - np.uint8(48)).astype(np.int64) * 10 + (m[:, cols[1]] - np.uint8(48))
        mm: np.ndarray = np.zeros(len(members), dtype=np.int64)
        if len(cols) == 4:
            mm = (m[:, cols[2]] - np.uint8(48)).astype(np.int64) * 10 + (m[:, cols[3]] - np.uint8(48))
        ok &= (hh <= 14) & (mm <= 59)
        sign = -1 if template[start] == ord("-") else 1
        offset[members[ok]] = (sign * (hh * 3600 + mm * 60))[ok]
    elif zone == "Z":
        offset[members[ok]] = 0
    if ok.all():
        put(wall, members, ns)
        put(status, members, OK)
    else:
        wall[members[ok]] = ns[ok]
        status[members[ok]] = OK
    return np.ones(len(members), dtype=bool)


def _numeric_ns(values: np.ndarray, fmt: str) -> tuple[np.ndarray, np.ndarray]:
    with np.errstate(invalid="ignore"):
        if fmt == "excel":
            # Serial 61 is 1900-03-01; before it, Excel's 1900 leap-year bug shifts dates.
            ok = (values >= 61) & (values < 110_575)
            ms = np.rint((np.where(ok, values, 0) - _EXCEL_EPOCH_DAYS) * 86_400_000.0)
        else:
            ok = (values >= 0) & (values < 7_258_118_400)
            ms = np.rint(np.where(ok, values, 0) * 1000.0)
    # Rounded to the millisecond: a serial day written with Excel's 15 significant digits
    # resolves about 10 µs, so finer digits are noise, not data.
    return ms.astype(np.int64) * 1_000_000, ok


def _numeric_times(
    cells: Cells, fmt: str, decimal: str, thousands: str | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    values, status = parse_numbers(cells, decimal, thousands)
    ns, in_range = _numeric_ns(values, fmt)
    status = np.where((status == OK) & ~in_range, BAD, status).astype(np.int8)
    offset = np.full(len(cells), NO_OFFSET, dtype=np.int64)
    if fmt == "unix":
        offset[status == OK] = 0  # Unix time is UTC by definition
    return ns, offset, status


def bad_time_reason(text: str, fmt: str, decimal: str = ".", thousands: str | None = None) -> Message:
    """Why a timestamp cell cannot be read (for the error report)."""
    try:
        if fmt in ("excel", "unix"):
            value = parse_number_text(text, decimal, thousands)
            if value is not None and not _numeric_ns(np.array([value]), fmt)[1][0]:
                return msg(_NUMERIC_RANGE[fmt])
        else:
            parse_datetime_text(text, fmt)
    except CellError as exc:
        problem = exc.message or msg("logger.cell.unreadable")
        return problem if fmt not in ("excel", "unix") else msg(_EXPECTED[fmt], problem=problem)
    return msg("logger.cell.unreadable")
