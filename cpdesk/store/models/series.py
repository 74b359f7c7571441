"""Logger series: millions of readings kept as numpy arrays in chunked BLOBs.

One row per reading would make a week of 1-second readings a million ORM objects; instead a
:class:`Series` row describes the series and :class:`SeriesChunk` rows carry its readings,
each chunk up to a quarter of a million points as two little-endian arrays (int64 UTC
nanoseconds and float64 values) that numpy reads back without copying. Both are synced
records like any other (UUID, version, tombstone); a chunk never changes once written.

:class:`MeasurementSource` links a measurement made from a series to the series, the time
range and the statistic it came from, so that a figure in a balance can be traced back to
the logger file.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.store.base import Base, SyncedMixin, UTCDateTime


class Series(SyncedMixin, Base):
    """A time series from one column (channel) of a logger file, bound to an assessment."""

    __tablename__ = "logger_series"

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    #: The stream (or meter) the channel measures, when the user mapped it to one.
    stream_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("stream.id"), index=True, default=None)
    name: Mapped[str] = mapped_column(String(200))
    #: The column of the source file the readings came from.
    channel: Mapped[str] = mapped_column(String(200), default="")
    #: Canonical unit text (cpdesk.core.units) or, for a unit cpdesk does not convert
    #: (V, A, °C), the text as given.
    unit: Mapped[str] = mapped_column(String(40), default="")
    #: The logger clock's zone: a fixed offset ("+07:00") or an IANA name.
    time_zone: Mapped[str] = mapped_column(String(64), default="+07:00")
    first_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    point_count: Mapped[int] = mapped_column(Integer, default=0)
    #: Median step between readings, in seconds.
    interval_s: Mapped[float | None] = mapped_column(Float, default=None)
    source_file: Mapped[str] = mapped_column(String(260), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    #: JSON: what the import found (skipped rows, duplicates, gaps, settings used).
    import_report: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SeriesChunk(SyncedMixin, Base):
    """Consecutive readings of a series: ``count`` points from ``t0`` to ``t1`` (UTC ns)."""

    __tablename__ = "logger_series_chunk"
    __table_args__ = (UniqueConstraint("series_id", "chunk_no"),)

    #: Not indexed on its own: the unique (series_id, chunk_no) index serves lookups by series.
    series_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("logger_series.id"))
    chunk_no: Mapped[int] = mapped_column(Integer)
    t0: Mapped[int] = mapped_column(BigInteger)
    t1: Mapped[int] = mapped_column(BigInteger)
    count: Mapped[int] = mapped_column(Integer)
    #: int64 little-endian nanoseconds since 1970-01-01 UTC, ascending.
    timestamps: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    #: float64 little-endian readings, one per timestamp.
    readings: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    #: SHA-256 of the timestamps followed by the readings, checked on sync and on demand.
    sha256: Mapped[str] = mapped_column(String(64), default="")


class MeasurementSource(SyncedMixin, Base):
    """Where a measurement made from a logger series came from."""

    __tablename__ = "measurement_source"
    __table_args__ = (UniqueConstraint("measurement_id"),)

    measurement_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("measurement.id"))
    series_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("logger_series.id"), index=True)
    #: The range the statistic was taken over, UTC nanoseconds, both ends included.
    t_from: Mapped[int] = mapped_column(BigInteger)
    t_to: Mapped[int] = mapped_column(BigInteger)
    #: "mean", "max", "p95", "energy", "peak_demand" ... (cpdesk.services.loggers).
    statistic: Mapped[str] = mapped_column(String(40))
    #: The statistic's parameter where it has one (percentile, demand interval in s).
    parameter: Mapped[float | None] = mapped_column(Float, default=None)
