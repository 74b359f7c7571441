"""A practical module as the trainer sees it: its trainees' copies and their comparison.

The practical-module services fill these rows; the practical screens, the command line and
the comparison PDF read them. They hold only plain values and the core comparison, so they
live here where every layer may read them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from cpdesk.core.comparison import Comparison


@dataclass(frozen=True)
class AssignmentRow:
    """A trainee's copy and where it travelled."""

    id: uuid.UUID
    trainee_name: str
    assessment_id: uuid.UUID
    exported_at: datetime | None
    returned_at: datetime | None


@dataclass(frozen=True)
class ModuleRow:
    """A practical module with its trainees."""

    id: uuid.UUID
    title: str
    reference_assessment_id: uuid.UUID
    reference_title: str
    data_given: tuple[str, ...]
    tasks_required: tuple[int, ...]
    due_date: date | None
    notes: str
    assignments: tuple[AssignmentRow, ...]


@dataclass(frozen=True)
class ModuleComparison:
    """The comparison of a module, with the module and the trainees it covers."""

    module: ModuleRow
    trainees: tuple[AssignmentRow, ...]
    comparison: Comparison
    #: figures that could not be computed, one line each ("An: energy balance: ...")
    notes: tuple[str, ...]
