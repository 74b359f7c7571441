"""Importing logger files: detect, preview, then import in one unit of work.

The GUI's import dialog and ``cpdesk logger import`` follow the same three calls:

1. :func:`detect` proposes :class:`ImportSettings` from the file's bytes;
2. :func:`preview` shows the first rows as they will be read, with what cannot be read;
3. :func:`import_series` reads the whole file and stores one series per mapped channel.

The file is read before the transaction opens (no write lock held while parsing); all the
series are then written in one transaction. A failure, a cancellation, or a killed process
leaves nothing of the import behind.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np

from cpdesk.core import units
from cpdesk.core.errors import ValidationError
from cpdesk.core.loggers.detect import Preview
from cpdesk.core.loggers.detect import detect as _detect
from cpdesk.core.loggers.detect import preview as _preview
from cpdesk.core.loggers.formats import ImportSettings, LoggerFormatError, why
from cpdesk.core.loggers.limits import grouped
from cpdesk.core.loggers.read import LogTable, ReadCancelled, ReadReport, read_log
from cpdesk.core.messages import Message, msg
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.services import lookup
from cpdesk.services.loggers.common import (
    ImportCancelledError,
    LoggerImportError,
    SeriesRow,
    resolve_stream,
    series_row,
)
from cpdesk.services.loggers.limits import stored_report
from cpdesk.services.loggers.storage import write_readings
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Series, Stream

__all__ = ["ChannelMapping", "ImportResult", "detect", "import_series", "preview"]

READ_SHARE = 0.8  # of the progress bar: reading the file; the rest is writing


@dataclasses.dataclass(frozen=True)
class ChannelMapping:
    """One column of the file to store as a series.

    ``column`` is the column's name, or its number counted from 1 as text ("3"), or its
    index counted from 0 as an int. ``stream`` is a stream of the assessment (its id or
    its name), or None. ``name`` defaults to the column's name.
    """

    column: str | int
    unit: str
    stream: str | uuid.UUID | None = None
    name: str | None = None


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """The series an import stored, and what reading the file found."""

    series: tuple[SeriesRow, ...]
    report: ReadReport
    settings: ImportSettings


def detect(
    data: bytes, *, sheet: str | None = None, separator: str | None = None, encoding: str | None = None
) -> ImportSettings:
    """Propose how to read a logger file (editable; show it in a preview before importing).

    A ``separator`` or ``encoding`` the user chose is kept and the rest detected around it.
    """
    try:
        return _detect(data, sheet=sheet, separator=separator, encoding=encoding)
    except LoggerFormatError as exc:
        raise LoggerImportError(why(exc)) from None


def preview(data: bytes, settings: ImportSettings, rows: int = 50) -> Preview:
    """The first ``rows`` rows as the import will read them, and the cells it cannot read."""
    try:
        return _preview(data, settings, rows)
    except LoggerFormatError as exc:
        raise LoggerImportError(why(exc)) from None


@dataclasses.dataclass(frozen=True)
class _Channel:
    index: int
    name: str
    unit: str
    stream_id: uuid.UUID | None


def import_series(
    db: Database,
    assessment_id: uuid.UUID | str,
    data: bytes,
    settings: ImportSettings,
    mapping: Sequence[ChannelMapping],
    *,
    source_name: str = "",
    on_bad_rows: str | Callable[[ReadReport], bool] = "skip",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportResult:
    """Read a logger file and store one series per mapped channel, all or nothing.

    ``on_bad_rows``: "skip" stores the readable readings and reports the rest; "fail"
    stores nothing if any cell cannot be read (the error lists them); a function is asked,
    after the file is read and before anything is written, whether to skip the unreadable
    cells it is shown (True) or to cancel (False).

    Raises:
        LoggerImportError: the file cannot be read with these settings, a channel has no
            readings, or (with "fail") some cells cannot be read.
        ValidationError / NotFoundError: the assessment, a stream or a unit is wrong.
        ImportCancelledError: ``cancelled()`` returned True; nothing was stored.
    """
    if not callable(on_bad_rows) and on_bad_rows not in ("skip", "fail"):
        raise ValidationError("logger import", "on_bad_rows", on_bad_rows, msg("logger.import.on_bad_rows"))
    if not mapping:
        raise ValidationError("logger import", "channels", [], msg("logger.import.no_channels"))
    try:
        settings = settings.checked()
    except LoggerFormatError as exc:
        raise LoggerImportError(why(exc)) from None
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        channels = _resolve(session, assessment.id, settings, mapping)
    # The file's SHA-256 is worked out beside the reading: hashlib lets go of the GIL while it
    # hashes, so on a second core it costs no time.
    file_hash = hashlib.sha256()
    hashing = threading.Thread(target=file_hash.update, args=(data,), name="logger file hash")
    hashing.start()
    try:
        table = _read(data, settings, channels, on_bad_rows, progress, cancelled)
    finally:
        hashing.join()
    digest = file_hash.hexdigest()
    readings = []
    for channel in channels:
        values = table.values[channel.index]
        present = ~np.isnan(values)
        if present.all():
            readings.append((channel, table.times, values, table.report.interval_s))
            continue
        if not present.any():
            raise LoggerImportError(_no_readings(channel, table.report))
        times = table.times[present]
        readings.append((channel, times, values[present], _interval_s(times)))
    total_points = sum(len(t) for _, t, _, _ in readings)
    written = 0
    stored: list[SeriesRow] = []
    try:
        with unit_of_work(db) as session:
            for channel, times, values, interval in readings:
                series = Series(
                    assessment_id=assessment.id,
                    stream_id=channel.stream_id,
                    name=channel.name,
                    channel=settings.columns[channel.index],
                    unit=channel.unit,
                    time_zone=table.report.time_zone,
                    first_at=_aware(int(times[0])),
                    last_at=_aware(int(times[-1])),
                    point_count=len(times),
                    interval_s=interval,
                    source_file=source_name[:260],
                    source_sha256=digest,
                    import_report=stored_report(table.report, settings, channel.index),
                )
                session.add(series)
                session.flush()
                done_before = written

                def step(fraction: float, before: int = done_before, n: int = len(times)) -> None:
                    if progress is not None:
                        share = (before + fraction * n) / total_points
                        progress(READ_SHARE + (1 - READ_SHARE) * share, "storing readings")

                write_readings(session, series.id, times, values, cancelled=cancelled, progress=step)
                written += len(times)
                stored.append(series_row(series, _stream_name(session, channel.stream_id)))
    except InterruptedError:
        raise ImportCancelledError() from None
    if progress is not None:
        progress(1.0, f"stored {len(stored)} series")
    return ImportResult(tuple(stored), table.report, settings)


def _read(
    data: bytes,
    settings: ImportSettings,
    channels: list[_Channel],
    on_bad_rows: str | Callable[[ReadReport], bool],
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> LogTable:
    def reading_progress(fraction: float, message: str) -> None:
        if progress is not None:
            progress(READ_SHARE * fraction, message)

    try:
        table = read_log(data, settings, [c.index for c in channels], progress=reading_progress, cancelled=cancelled)
    except ReadCancelled:
        raise ImportCancelledError() from None
    except LoggerFormatError as exc:
        raise LoggerImportError(why(exc)) from None
    report = table.report
    if report.bad_cell_count and callable(on_bad_rows):
        if not on_bad_rows(report):
            raise ImportCancelledError()
    elif report.bad_cell_count and on_bad_rows == "fail":
        raise LoggerImportError(
            msg("logger.cells_unreadable", count=grouped(report.bad_cell_count), first=report.bad_cells[0].message),
            report.bad_cells,
            report.bad_cell_count,
        )
    return table


def _resolve(
    session: Any, assessment_id: uuid.UUID, settings: ImportSettings, mapping: Sequence[ChannelMapping]
) -> list[_Channel]:
    streams = session.execute(lookup.live(Stream).where(Stream.assessment_id == assessment_id)).scalars().all()
    channels: list[_Channel] = []
    for entry in mapping:
        try:
            index = settings.column_index(entry.column)
        except LoggerFormatError as exc:
            raise ValidationError("logger channel", "column", entry.column, why(exc)) from None
        if index in (settings.time_column, settings.time_of_day_column):
            raise ValidationError("logger channel", "column", entry.column, msg("logger.channel.time_column"))
        if any(c.index == index for c in channels):
            raise ValidationError("logger channel", "column", entry.column, msg("logger.channel.twice"))
        name = (entry.name or settings.columns[index]).strip()[:200]
        channels.append(
            _Channel(index, name, _unit(entry.unit), resolve_stream(streams, entry.stream, "logger channel"))
        )
    return channels


def _unit(text: str) -> str:
    """The canonical unit; a unit cpdesk does not convert (V, A, °C) is kept as written."""
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("logger channel", "unit", text, msg("logger.channel.unit_required"))
    try:
        return units.normalize_unit(text)
    except ValueError:
        cleaned = " ".join(text.split())
        if len(cleaned) > 40:
            raise ValidationError("logger channel", "unit", text, msg("value.too_long", maximum=40)) from None
        return cleaned


def _stream_name(session: Any, stream_id: uuid.UUID | None) -> str | None:
    return session.get(Stream, stream_id).name if stream_id is not None else None


def _interval_s(times: np.ndarray) -> float | None:
    """The median step in seconds (the usual logger has one step: no partition needed)."""
    if len(times) < 2:
        return None
    steps = np.diff(times)
    low, high = steps.min(), steps.max()
    return float(low if low == high else np.median(steps)) / 1e9


def _aware(ns: int) -> datetime:
    return datetime.fromtimestamp(ns // 1_000_000_000, UTC).replace(microsecond=(ns % 1_000_000_000) // 1000)


def _no_readings(channel: _Channel, report: ReadReport) -> Message:
    """Why a channel has nothing to store: NaN/inf/error values are said as such."""
    non_finite = report.non_finite.get(channel.index, 0)
    if non_finite:
        return msg("logger.column_not_finite", column=repr(channel.name), count=grouped(non_finite))
    return msg("logger.column_no_readings", column=repr(channel.name))
