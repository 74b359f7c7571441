"""What the workbench's training screens need besides the training and indicator services:
one entry point for their undoable edits, and the years there is something to show.

Edits of training records and of indicators go to :func:`cpdesk.services.training.edits.apply`
and :func:`cpdesk.services.training.indicators.apply`; :func:`apply_all` runs several in one unit of
work and returns the operations that undo them (last first), as the workbench's undo stack
expects.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from cpdesk.core.errors import ValidationError
from cpdesk.services.editing import Operation
from cpdesk.services.training import edits as training_edits
from cpdesk.services.training import indicators
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.models import Certificate, IndicatorValue, TrainingSession, Workshop

#: Kinds of record whose edits :func:`apply` takes, and the service that carries them out.
INDICATOR_ENTITIES = frozenset({"indicator", "indicator_value"})
TRAINING_ENTITIES = frozenset(training_edits.FIELDS)
ENTITIES = TRAINING_ENTITIES | INDICATOR_ENTITIES


def apply(db: Any, operation: Operation) -> Operation:
    """Carry out one edit of a training record or an indicator; return its inverse."""
    if operation.entity in INDICATOR_ENTITIES:
        return indicators.apply(db, operation)
    if operation.entity in TRAINING_ENTITIES:
        return training_edits.apply(db, operation)
    raise ValidationError(operation.entity, "", operation.id, "this kind of record cannot be edited here")


def apply_all(db: Any, operations: Sequence[Operation]) -> list[Operation]:
    """Apply ``operations`` in one unit of work (all or none); the list that undoes them."""
    with unit_of_work(db):
        inverses = [apply(db, op) for op in operations]
    return list(reversed(inverses))


def training_years(db: Any) -> list[int]:
    """Years holding a session, a workshop, a certificate or an indicator value, oldest first."""
    columns = (
        (TrainingSession, TrainingSession.held_on),
        (Workshop, Workshop.held_on),
        (Certificate, Certificate.issued_on),
        (IndicatorValue, IndicatorValue.period_end),
    )
    years: set[int] = set()
    with reading(db) as session:
        for model, column in columns:
            query = select(column).where(model.deleted_at.is_(None)).distinct()
            years.update(day.year for day in session.execute(query).scalars() if day is not None)
    return sorted(years)
