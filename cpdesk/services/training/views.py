"""What the workbench's training screens need besides the training and indicator services: the
years there is something to show.

Their edits go through :mod:`cpdesk.services.editing`, as every other screen's do.
"""

from __future__ import annotations

from sqlalchemy import select

from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Certificate, IndicatorValue, TrainingSession, Workshop


def training_years(db: Database) -> list[int]:
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
