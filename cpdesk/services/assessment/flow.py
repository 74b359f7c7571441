"""The flow chart: process steps, streams and their measurements."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.reading_units import allowed_dimensions
from cpdesk.core.rows import MeasurementRow, ProcessStepRow, StreamRow
from cpdesk.core.vocabulary import (
    Carrier,
    MeasurementBasis,
    MeasurementMethod,
    StreamKind,
)
from cpdesk.core.water_states import impossible_state
from cpdesk.services import editing, lookup
from cpdesk.services import validation as check
from cpdesk.services.assessment.records import measurement_row
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Measurement, ProcessStep, Stream


def add_process_step(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    name: str,
    description: str = "",
    position: int | None = None,
    is_focus: bool = False,
) -> ProcessStepRow:
    entity = Entity.PROCESS_STEP
    step = ProcessStep(
        name=check.text(entity, "name", name, max_len=200),
        description=check.text(entity, "description", description, max_len=5000, required=False),
        is_focus=bool(is_focus),
    )
    with unit_of_work(db) as session:
        a = lookup.assessment(session, assessment_id)
        step.assessment_id = a.id
        siblings = session.execute(lookup.live(ProcessStep).where(ProcessStep.assessment_id == a.id)).scalars().all()
        if any(s.name.casefold() == step.name.casefold() for s in siblings):
            raise ValidationError(entity, "name", name, msg("step.name_taken"))
        step.position = len(siblings) + 1 if position is None else int(position)
        session.add(step)
        session.flush()
        return ProcessStepRow(step.id, step.name, step.position, step.is_focus, step.description)


def add_stream(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    name: str,
    kind: StreamKind | str,
    carrier: Carrier | str,
    source_step_id: uuid.UUID | str | None = None,
    target_step_id: uuid.UUID | str | None = None,
    pressure_bar: float | None = None,
    temperature_c: float | None = None,
    note: str = "",
) -> StreamRow:
    """Add a stream; a missing source or target step means the plant boundary.

    ``pressure_bar`` is a gauge pressure, bar(g). Steam below its saturation temperature at
    that pressure, or liquid water above it, is refused (:mod:`cpdesk.core.water_states`).
    """
    entity = Entity.STREAM
    stream = Stream(
        name=check.text(entity, "name", name, max_len=200),
        kind=check.code(entity, "kind", kind, StreamKind),
        carrier=check.code(entity, "carrier", carrier, Carrier),
        pressure_bar=check.number(entity, "pressure_bar", pressure_bar, strictly_positive=True, optional=True),
        temperature_c=check.number(entity, "temperature_c", temperature_c, minimum=-273.15, optional=True),
        note=check.text(entity, "note", note, max_len=5000, required=False),
    )
    state = impossible_state(stream.carrier, stream.pressure_bar, stream.temperature_c)
    if state is not None:  # steam below saturation, liquid above its boiling point
        raise ValidationError(entity, "temperature_c", temperature_c, state.said())
    if source_step_id is None and target_step_id is None:
        raise ValidationError(entity, "target_step_id", None, msg("stream.needs_step"))
    if source_step_id is not None and source_step_id == target_step_id:
        raise ValidationError(entity, "target_step_id", target_step_id, msg("stream.same_step"))
    with unit_of_work(db) as session:
        a = lookup.assessment(session, assessment_id)
        stream.assessment_id = a.id
        for attr, key in (("source_step_id", source_step_id), ("target_step_id", target_step_id)):
            if key is None:
                continue
            step = lookup.get(session, ProcessStep, key, Entity.PROCESS_STEP)
            if step.assessment_id != a.id:
                raise ValidationError(entity, attr, key, msg("record.other_assessment"))
            setattr(stream, attr, step.id)
        session.add(stream)
        session.flush()
        return StreamRow(
            stream.id,
            stream.name,
            stream.kind,
            stream.carrier,
            stream.source_step_id,
            stream.source_step.name if stream.source_step else None,
            stream.target_step_id,
            stream.target_step.name if stream.target_step else None,
            stream.pressure_bar,
            stream.temperature_c,
            0,
        )


def record_measurement(
    db: Database,
    stream_id: uuid.UUID | str,
    *,
    value: float,
    unit: str,
    basis: MeasurementBasis | str,
    method: MeasurementMethod | str = MeasurementMethod.MEASURED,
    relative_uncertainty: float | None = None,
    measured_at: datetime | None = None,
    instrument: str = "",
    author: str = "",
    note: str = "",
) -> MeasurementRow:
    """Record one reading of a stream. The unit must suit what the stream carries."""
    entity = Entity.MEASUREMENT
    if measured_at is not None and measured_at.tzinfo is None:
        raise ValidationError(entity, "measured_at", measured_at, msg("measurement.needs_time_zone"))
    measurement = Measurement(
        value=check.required_number(entity, "value", value, minimum=0),
        basis=check.code(entity, "basis", basis, MeasurementBasis),
        method=check.code(entity, "method", method, MeasurementMethod),
        relative_uncertainty=check.number(
            entity,
            "relative_uncertainty",
            relative_uncertainty,
            strictly_positive=True,
            maximum=1.0,
            optional=True,
        ),
        measured_at=measured_at,
        instrument=check.text(entity, "instrument", instrument, max_len=200, required=False),
        author=check.text(entity, "author", author, max_len=200, required=False),
        note=check.text(entity, "note", note, max_len=5000, required=False),
    )
    with unit_of_work(db) as session:
        stream = lookup.get(session, Stream, stream_id, Entity.STREAM)
        measurement.unit = check.unit(entity, "unit", unit, dimensions=allowed_dimensions(stream.carrier))
        measurement.stream_id = stream.id
        session.add(measurement)
        session.flush()
        return measurement_row(measurement, stream.name)


# ----------------------------------------------------------------- the flow chart


@dataclass(frozen=True)
class ChartStep:
    """A process step as the chart draws it; ``x``/``y`` None until it is placed."""

    id: uuid.UUID
    name: str
    description: str
    position: int
    is_focus: bool
    x: float | None
    y: float | None


@dataclass(frozen=True)
class ChartStream:
    """A stream; a ``None`` end is the plant boundary."""

    id: uuid.UUID
    name: str
    kind: StreamKind
    carrier: Carrier
    source: uuid.UUID | None
    target: uuid.UUID | None
    note: str


@dataclass(frozen=True)
class ChartData:
    steps: tuple[ChartStep, ...]
    streams: tuple[ChartStream, ...]


def load_chart(db: Database, assessment_id: uuid.UUID | str) -> ChartData:
    """The live steps (in their list order, with where they sit on the chart) and streams of
    an assessment, read in one read-only session."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        steps = (
            session.execute(
                lookup.live(ProcessStep)
                .where(ProcessStep.assessment_id == a.id)
                .order_by(ProcessStep.position, ProcessStep.name)
            )
            .scalars()
            .all()
        )
        live_steps = {s.id for s in steps}
        streams = (
            session.execute(lookup.live(Stream).where(Stream.assessment_id == a.id).order_by(Stream.name))
            .scalars()
            .all()
        )
        return ChartData(
            steps=tuple(
                ChartStep(s.id, s.name, s.description, s.position, s.is_focus, s.chart_x, s.chart_y) for s in steps
            ),
            # A stream whose step was deleted elsewhere (a table, another version of cpdesk)
            # has lost that end; the chart shows what it can draw and leaves the rest out.
            streams=tuple(
                ChartStream(s.id, s.name, s.kind, s.carrier, s.source_step_id, s.target_step_id, s.note)
                for s in streams
                if (s.source_step_id is None or s.source_step_id in live_steps)
                and (s.target_step_id is None or s.target_step_id in live_steps)
            ),
        )


def add_step_at(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    name: str,
    x: float,
    y: float,
    description: str = "",
    is_focus: bool = False,
) -> uuid.UUID:
    """Create a process step placed at (x, y) on the chart, in one transaction; its id.

    The creation and the position join the same unit of work, so a step never exists
    without the place it was put.
    """
    with unit_of_work(db):
        row = add_process_step(db, assessment_id, name=name, description=description, is_focus=is_focus)
        editing.apply(db, editing.Update(Entity.PROCESS_STEP, row.id, {"chart_x": x, "chart_y": y}))
        return row.id
