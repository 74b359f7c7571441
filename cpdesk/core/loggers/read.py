"""Reading a logger file into time-ordered UTC readings, with a report of what was odd.

:func:`read_log` turns the bytes of a CSV or XLSX file and confirmed
:class:`~cpdesk.core.loggers.formats.ImportSettings` into one time axis (UTC nanoseconds,
ascending, unique) and one value array per chosen channel (NaN where that channel has no
reading). Everything that is not a clean reading is accounted for in the
:class:`ReadReport`: unreadable cells with line, column and text; rows without a usable
timestamp; empty cells; duplicate timestamps (the first in the file is kept); readings out
of time order (sorted); gaps in the sampling; wall-clock times that a daylight-saving
change made impossible or repeated; per channel, the cells that state NaN, an infinity or
an error value (gaps: nothing but finite readings leaves this module).

Pure: numpy and the standard library; bytes in, arrays out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from cpdesk.core.loggers.cells import BAD, MISSING, NON_FINITE, OK, Cells, parse_number_text, parse_numbers
from cpdesk.core.loggers.formats import BadCell, ImportSettings, LoggerFormatError, why
from cpdesk.core.loggers.split import RowBlock, body_of, csv_blocks, sheet_blocks
from cpdesk.core.loggers.times import WALL_AMBIGUOUS, WALL_NONEXISTENT, parse_time_zone, wall_to_utc
from cpdesk.core.loggers.timestamps import NO_OFFSET, NS_PER_S, bad_time_reason, parse_datetimes
from cpdesk.core.messages import Message, msg
from cpdesk.core.progress import CancelCheck, Progress

__all__ = ["Gap", "LogTable", "ReadCancelled", "ReadReport", "read_log", "row_blocks"]

MAX_LISTED = 200  # unreadable cells described in a report (all are counted)
_MAX_GAPS = 20
_GAP_FACTOR = 1.5  # a step longer than 1.5 nominal intervals is a gap


class ReadCancelled(Exception):
    """The user cancelled the reading."""


@dataclass(frozen=True)
class Gap:
    """A stretch without readings: from the last reading before to the first after (UTC ns)."""

    start_ns: int
    end_ns: int

    @property
    def seconds(self) -> float:
        return (self.end_ns - self.start_ns) / NS_PER_S


@dataclass(frozen=True)
class ReadReport:
    """What reading a file found besides clean readings. Counts are of rows or cells."""

    rows: int
    bad_cells: tuple[BadCell, ...]
    bad_cell_count: int
    rows_dropped: int
    values_dropped: dict[int, int]
    missing: dict[int, int]
    duplicates: int
    conflicting_duplicates: int
    out_of_order: int
    interval_s: float | None
    gaps: tuple[Gap, ...]
    gap_count: int
    gap_seconds: float
    ambiguous_local: int
    stated_offsets: bool
    time_zone: str
    #: Per channel: cells that state NaN, an infinity or an error value (#VALUE!, 1e400,
    #: -1.#IND). They are gaps in that channel (the series stores finite readings only),
    #: counted here so that a column of them is reported, not skipped silently.
    non_finite: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class LogTable:
    """Readings on one UTC time axis; ``values[column]`` is NaN where that column is empty."""

    times: np.ndarray
    values: dict[int, np.ndarray]
    report: ReadReport


@dataclass
class _Accumulator:
    wall: list[np.ndarray] = field(default_factory=list)
    #: Per block, the offsets its cells state; None for a block that states none (the usual).
    offset: list[np.ndarray | None] = field(default_factory=list)
    lines: list[np.ndarray] = field(default_factory=list)
    values: dict[int, list[np.ndarray]] = field(default_factory=dict)
    bad: list[BadCell] = field(default_factory=list)
    bad_count: int = 0
    rows: int = 0
    rows_dropped: int = 0
    values_dropped: dict[int, int] = field(default_factory=dict)
    missing: dict[int, int] = field(default_factory=dict)
    non_finite: dict[int, int] = field(default_factory=dict)

    def note(self, cell: BadCell) -> None:
        self.bad_count += 1
        if len(self.bad) < MAX_LISTED:
            self.bad.append(cell)


def row_blocks(
    data: bytes, settings: ImportSettings, wanted: Sequence[int], limit: int | None = None
) -> Iterator[RowBlock]:
    """The file's data rows in blocks, whatever its kind (a workbook's first ``limit`` rows)."""
    if settings.kind == "xlsx":
        from cpdesk.core.loggers.xlsx import sheet_rows

        total, rows = sheet_rows(data, settings.sheet, limit=limit)
        return sheet_blocks(rows, settings, wanted, total)
    return csv_blocks(body_of(data, settings), settings, wanted)


def read_log(
    data: bytes,
    settings: ImportSettings,
    channels: Sequence[int],
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> LogTable:
    """Read the timestamps and the ``channels`` (column numbers) of a logger file.

    Raises:
        LoggerFormatError: the settings cannot work, or no reading could be read at all.
        ReadCancelled: ``cancelled()`` returned True.
    """
    settings = settings.checked()
    time_columns = {c for c in (settings.time_column, settings.time_of_day_column) if c is not None}
    for column in channels:
        if not 0 <= column < len(settings.columns):
            raise LoggerFormatError(
                msg("logger.channel_missing", number=str(column + 1), count=str(len(settings.columns)))
            )
        if column in time_columns:
            raise LoggerFormatError(msg("logger.channel_is_time", column=repr(settings.columns[column])))
    wanted = sorted(time_columns | set(channels))
    acc = _Accumulator(values={c: [] for c in channels})
    for block in row_blocks(data, settings, wanted):
        if cancelled is not None and cancelled():
            raise ReadCancelled
        _read_block(block, settings, channels, acc)
        if progress is not None:
            progress(block.done, f"read {acc.rows:,} rows")
    return _finish(acc, settings, channels)


def _read_block(block: RowBlock, s: ImportSettings, channels: Sequence[int], acc: _Accumulator) -> None:
    acc.bad_count += block.bad_row_count - len(block.bad_rows)
    for cell in block.bad_rows:
        acc.note(cell)
    acc.rows_dropped += block.bad_row_count
    wall, offset, date_status = parse_datetimes(block.cells[s.time_column], s.time_format, s.decimal, s.thousands)
    status = date_status
    if s.time_of_day_column is not None:
        clock, _, clock_status = parse_datetimes(block.cells[s.time_of_day_column], "time")
        wall = wall + clock
        status = np.maximum(date_status, clock_status)  # BAD beats MISSING beats OK
    values = {c: parse_numbers(block.cells[c], s.decimal, s.thousands) for c in channels}
    # OK is 0: a block whose cells are all readings (the usual) skips the bookkeeping.
    if not status.any() and not any(value_status.any() for _, value_status in values.values()):
        acc.rows += len(status) + block.bad_row_count
        for c, (value, _) in values.items():
            acc.values[c].append(value)
        acc.wall.append(wall)
        acc.offset.append(offset if offset.max(initial=NO_OFFSET) != NO_OFFSET else None)
        acc.lines.append(block.lines)
        return
    # A row with nothing at all in it (Excel writes rows of bare separators) is no row.
    empty = status == MISSING
    for _, value_status in values.values():
        empty &= value_status == MISSING
    present = ~empty
    good = (status == OK) & present
    acc.rows += int(present.sum()) + block.bad_row_count
    no_time = np.flatnonzero(present & ~good)
    acc.rows_dropped += len(no_time)

    def time_cell(i: int) -> BadCell:
        column, layout = s.time_column, s.time_format
        if s.time_of_day_column is not None and date_status[i] == OK:
            column, layout = s.time_of_day_column, "time"
        text = block.cells[column].text(i)
        reason = (
            msg("logger.time.missing") if not text.strip() else bad_time_reason(text, layout, s.decimal, s.thousands)
        )
        return BadCell(int(block.lines[i]), s.columns[column], text, reason)

    _describe(acc, no_time, time_cell)
    for c, (value, value_status) in values.items():
        bad = np.flatnonzero((value_status == BAD) & good)
        acc.values_dropped[c] = acc.values_dropped.get(c, 0) + len(bad)
        acc.missing[c] = acc.missing.get(c, 0) + int(((value_status == MISSING) & good).sum())
        acc.non_finite[c] = acc.non_finite.get(c, 0) + int(((value_status == NON_FINITE) & good).sum())
        cells = block.cells[c]

        def value_cell(i: int, cells: Cells = cells, c: int = c) -> BadCell:
            return BadCell(int(block.lines[i]), s.columns[c], cells.text(i), _number_reason(cells.text(i), s))

        _describe(acc, bad, value_cell)
        acc.values[c].append(value[good])  # NaN wherever the cell is not a reading
    acc.wall.append(wall[good])
    kept = offset[good]
    acc.offset.append(kept if kept.max(initial=NO_OFFSET) != NO_OFFSET else None)
    acc.lines.append(block.lines[good])


def _describe(acc: _Accumulator, rows: np.ndarray, describe: Callable[[int], BadCell]) -> None:
    """Count the bad cells of ``rows``; word only as many as a report lists."""
    room = max(0, MAX_LISTED - len(acc.bad))
    for i in rows[:room]:
        acc.note(describe(int(i)))
    acc.bad_count += max(0, len(rows) - room)


def _number_reason(text: str, s: ImportSettings) -> Message:
    try:
        parse_number_text(text, s.decimal, s.thousands)
    except ValueError as exc:
        return why(exc)
    return msg("logger.cell.unreadable")


def _finish(acc: _Accumulator, s: ImportSettings, channels: Sequence[int]) -> LogTable:
    zone = parse_time_zone(s.time_zone)
    wall = np.concatenate(acc.wall) if acc.wall else np.zeros(0, dtype=np.int64)
    values = {c: np.concatenate(acc.values[c]) if acc.values[c] else np.zeros(0) for c in channels}
    utc, codes = wall_to_utc(wall, zone)
    stated = np.zeros(len(wall), dtype=bool)
    if any(o is not None for o in acc.offset):  # cells that state their UTC offset follow it, not the zone
        offset = np.concatenate(
            [np.full(len(w), NO_OFFSET) if o is None else o for w, o in zip(acc.wall, acc.offset, strict=True)]
        )
        stated = offset != NO_OFFSET
        utc = np.where(stated, wall - np.where(stated, offset, 0) * NS_PER_S, utc)
        codes = np.where(stated, 0, codes).astype(np.int8)
    impossible = np.flatnonzero(codes == WALL_NONEXISTENT) if codes.any() else np.zeros(0, dtype=np.int64)
    lines = np.concatenate(acc.lines) if len(impossible) else np.zeros(0, dtype=np.int64)
    for i in impossible:
        acc.note(
            BadCell(
                int(lines[i]),
                s.columns[s.time_column],
                _format_wall(int(wall[i])),
                msg("logger.time.nonexistent", zone=zone.name),
            )
        )
    acc.rows_dropped += len(impossible)
    if len(impossible):
        keep = codes != WALL_NONEXISTENT
        utc, codes, stated = utc[keep], codes[keep], stated[keep]
        values = {c: v[keep] for c, v in values.items()}
    if utc.size == 0:
        if acc.bad:
            raise LoggerFormatError(msg("logger.no_readings_first", problem=acc.bad[0].message))
        raise LoggerFormatError(msg("logger.no_readings"))
    steps = np.diff(utc)
    # Steps all above 0 (the usual logger): nothing is out of order and nothing repeated.
    out_of_order = int((steps < 0).sum()) if steps.min(initial=1) <= 0 else 0
    if out_of_order:
        order = np.argsort(utc, kind="stable")  # stable: among equal times, file order
        utc = utc[order]
        values = {c: v[order] for c, v in values.items()}
        steps = np.diff(utc)
    duplicate = np.zeros(len(utc), dtype=bool)
    if steps.min(initial=1) == 0:
        duplicate[1:] = steps == 0
    conflicting = 0
    if duplicate.any():
        kept_at = np.maximum.accumulate(np.where(duplicate, 0, np.arange(len(utc))))
        clash = np.zeros(len(utc), dtype=bool)
        for v in values.values():
            a, b = v, v[kept_at]
            clash |= ~((a == b) | (np.isnan(a) & np.isnan(b)))
        conflicting = int((clash & duplicate).sum())
        utc = utc[~duplicate]
        values = {c: v[~duplicate] for c, v in values.items()}
        steps = np.diff(utc)
    interval, gaps, gap_count, gap_seconds = _gaps(utc, steps)
    report = ReadReport(
        rows=acc.rows,
        bad_cells=tuple(sorted(acc.bad, key=lambda b: b.line)),
        bad_cell_count=acc.bad_count,
        rows_dropped=acc.rows_dropped,
        values_dropped={c: acc.values_dropped.get(c, 0) for c in channels},
        missing={c: acc.missing.get(c, 0) for c in channels},
        duplicates=int(duplicate.sum()),
        conflicting_duplicates=conflicting,
        out_of_order=out_of_order,
        interval_s=interval,
        gaps=gaps,
        gap_count=gap_count,
        gap_seconds=gap_seconds,
        ambiguous_local=int((codes == WALL_AMBIGUOUS).sum()),
        stated_offsets=bool(stated.any()),
        time_zone=zone.name,
        non_finite={c: acc.non_finite.get(c, 0) for c in channels},
    )
    return LogTable(utc, values, report)


def _gaps(utc: np.ndarray, steps: np.ndarray) -> tuple[float | None, tuple[Gap, ...], int, float]:
    """Nominal interval (median step), the largest gaps, their number and total length
    (``steps``: ``np.diff(utc)``)."""
    if len(utc) < 2:
        return None, (), 0, 0.0
    low, high = steps.min(), steps.max()
    # A logger's steps are usually all equal; the median (a partition) only when they are not.
    nominal = float(low) if low == high else float(np.median(steps))
    where = np.flatnonzero(steps > _GAP_FACTOR * nominal)
    largest = where[np.argsort(-steps[where], kind="stable")[:_MAX_GAPS]]
    gaps = tuple(Gap(int(utc[i]), int(utc[i + 1])) for i in np.sort(largest))
    missing_time = float((steps[where] - nominal).sum()) / NS_PER_S
    return nominal / NS_PER_S, gaps, len(where), missing_time


def _format_wall(ns: int) -> str:
    return str(np.datetime64(ns, "ns").astype("datetime64[s]")).replace("T", " ")
