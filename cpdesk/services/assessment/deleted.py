"""Deleted assessments, for Edit -> Deleted items: what can still be brought back.

Deleting an assessment leaves tombstones (the rows stay, with ``deleted_at`` set, so that the
deletion travels to the centre and can be undone), so a deleted assessment can be brought
back whole, with what its deletion took, by the edit path's ``Restore``
(:func:`cpdesk.services.editing.apply`), for as long as its rows are in the database. This
module lists them; the bringing back is an ordinary, undoable edit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Company


@dataclass(frozen=True)
class DeletedAssessmentRow:
    """A deleted assessment: its title, company and when it was deleted."""

    id: uuid.UUID
    title: str
    company: str
    deleted_at: datetime
    #: The company is deleted too: it must be brought back first.
    company_deleted: bool


def deleted_assessments(db: Database) -> list[DeletedAssessmentRow]:
    """The deleted assessments, the most recently deleted first."""
    with reading(db) as session:
        rows = session.execute(
            select(Assessment.id, Assessment.title, Company.name, Assessment.deleted_at, Company.deleted_at)
            .join(Company, Company.id == Assessment.company_id)
            .where(Assessment.deleted_at.is_not(None))
            .order_by(Assessment.deleted_at.desc(), Assessment.title)
        ).all()
    return [
        DeletedAssessmentRow(r[0], r[1], r[2], r[3], r[4] is not None)
        for r in rows
        if r[3] is not None  # for the type checker: the query asks for deleted ones only
    ]
