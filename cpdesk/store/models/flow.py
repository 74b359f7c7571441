"""The flow chart: process steps, the streams between them, and what was measured."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpdesk.core.vocabulary import Carrier, MeasurementBasis, MeasurementMethod, StreamKind
from cpdesk.store.base import Base, SyncedMixin, UTCDateTime
from cpdesk.store.models._types import code_enum


class ProcessStep(SyncedMixin, Base):
    """A unit operation: a box of the process flow chart (task 2)."""

    __tablename__ = "process_step"

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: Selected as a wasteful step, the audit focus (task 3).
    is_focus: Mapped[bool] = mapped_column(default=False)
    #: Place on the flow chart, in scene units; None until laid out.
    chart_x: Mapped[float | None] = mapped_column(Float, default=None)
    chart_y: Mapped[float | None] = mapped_column(Float, default=None)


class Stream(SyncedMixin, Base):
    """A flow between two steps, or across the plant boundary (a step left empty)."""

    __tablename__ = "stream"
    __table_args__ = (CheckConstraint("source_step_id IS NOT NULL OR target_step_id IS NOT NULL", name="has_an_end"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[StreamKind] = mapped_column(code_enum(StreamKind))
    carrier: Mapped[Carrier] = mapped_column(code_enum(Carrier))
    source_step_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("process_step.id"), index=True, default=None
    )
    target_step_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("process_step.id"), index=True, default=None
    )
    #: Steam and hot water: state at the stream, for the enthalpy. Pressure is gauge
    #: pressure (bar(g)), as the gauges on a steam line read it.
    pressure_bar: Mapped[float | None] = mapped_column(Float, default=None)
    temperature_c: Mapped[float | None] = mapped_column(Float, default=None)
    note: Mapped[str] = mapped_column(Text, default="")

    source_step: Mapped[ProcessStep | None] = relationship(foreign_keys=[source_step_id])
    target_step: Mapped[ProcessStep | None] = relationship(foreign_keys=[target_step_id])


class Measurement(SyncedMixin, Base):
    """One reading or record of a stream: value with its unit, basis and provenance."""

    __tablename__ = "measurement"

    stream_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("stream.id"), index=True)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40))
    basis: Mapped[MeasurementBasis] = mapped_column(code_enum(MeasurementBasis))
    method: Mapped[MeasurementMethod] = mapped_column(code_enum(MeasurementMethod), default=MeasurementMethod.MEASURED)
    #: Relative standard uncertainty (0.05 = 5 %); None means the method's default.
    relative_uncertainty: Mapped[float | None] = mapped_column(Float, default=None)
    measured_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    instrument: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    stream: Mapped[Stream] = relationship()
