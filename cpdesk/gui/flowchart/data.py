"""What the flow chart reads and the one write the services have no call for.

The shared rows (:mod:`cpdesk.services.views`) leave out where a step sits on the chart, so
:func:`load_chart` reads steps with their ``chart_x``/``chart_y`` and the streams in one
read-only session and hands back plain rows. :func:`add_step_at` creates a step where the
user clicked as one unit of work: the creation service and the position update join the same
transaction, so a step never exists without the place it was put. Both belong in
``cpdesk.services.flow`` and live here until the services grow them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from cpdesk.core.vocabulary import Carrier, StreamKind
from cpdesk.services import editing, flow, lookup
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.models import ProcessStep, Stream


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


def load_chart(db: Any, assessment_id: uuid.UUID | str) -> ChartData:
    """The live steps (in their list order) and streams of an assessment."""
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
    db: Any,
    assessment_id: uuid.UUID | str,
    *,
    name: str,
    x: float,
    y: float,
    description: str = "",
    is_focus: bool = False,
) -> uuid.UUID:
    """Create a process step placed at (x, y) on the chart, in one transaction; its id."""
    with unit_of_work(db):
        row = flow.add_process_step(db, assessment_id, name=name, description=description, is_focus=is_focus)
        editing.apply(db, editing.Update("process_step", row.id, {"chart_x": x, "chart_y": y}))
        return row.id
