"""The kinds of record a person edits, and the notice of what an edit changed.

Every edit names the kind of record it touches by an :class:`Entity`; the screens hear of an
edit through a :class:`Change` (the kinds and ids touched) and reload only when it concerns
what they show. The members' values are the names the services' messages and the command line
have always used for these kinds ("stream", "option"), so a member is written and read back as
that plain string.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar


class Entity(StrEnum):
    """A kind of record: the assessment's, the training centre's and its indicators."""

    # A programme's and a company's catalogue, and an assessment with what it owns.
    PROGRAMME = "programme"
    COMPANY = "company"
    ASSESSMENT = "assessment"
    TEAM_MEMBER = "team_member"
    TASK_PROGRESS = "task_progress"
    PROCESS_STEP = "process_step"
    STREAM = "stream"
    MEASUREMENT = "measurement"
    WASTE_STREAM = "waste_stream"
    CAUSE = "cause"
    OPTION = "option"
    OPTION_SAVING = "option_saving"
    ATTACHMENT = "attachment"
    LOGGER_SERIES = "logger_series"
    PERIOD_READING = "period_reading"
    # The training centre's records.
    COURSE = "course"
    COURSE_MODULE = "course_module"
    TRAINING_SESSION = "training_session"
    PARTICIPANT = "participant"
    ATTENDANCE = "attendance"
    CERTIFICATE = "certificate"
    WORKSHOP = "workshop"
    # The centre's own environmental indicators.
    INDICATOR = "indicator"
    INDICATOR_VALUE = "indicator_value"


#: The training centre's kinds of record, its indicators included.
TRAINING_ENTITIES = frozenset(
    {
        Entity.COURSE,
        Entity.COURSE_MODULE,
        Entity.TRAINING_SESSION,
        Entity.PARTICIPANT,
        Entity.ATTENDANCE,
        Entity.CERTIFICATE,
        Entity.WORKSHOP,
        Entity.INDICATOR,
        Entity.INDICATOR_VALUE,
    }
)


@dataclass(frozen=True)
class Change:
    """What an edit changed: the kinds of record and the records' ids.

    ``everything`` is set when the change is not known in detail (an import, a restored
    backup): every screen reloads. :data:`Change.ANYTHING` is that change.
    """

    entities: frozenset[Entity] = frozenset()
    ids: frozenset[uuid.UUID] = frozenset()
    everything: bool = False

    ANYTHING: ClassVar[Change]

    @classmethod
    def of(cls, *entities: Entity | str, ids: Iterable[uuid.UUID] = ()) -> Change:
        """The change of records of ``entities`` (and, when known, of the records ``ids``)."""
        return cls(frozenset(Entity(e) for e in entities), frozenset(ids))

    def touches(self, *entities: Entity) -> bool:
        """Whether records of any of ``entities`` may have changed."""
        return self.everything or not self.entities.isdisjoint(entities)

    def touches_other_than(self, *entities: Entity) -> bool:
        """Whether records of any kind but ``entities`` may have changed."""
        return self.everything or not self.entities <= frozenset(entities)

    def __or__(self, other: Change) -> Change:
        return Change(self.entities | other.entities, self.ids | other.ids, self.everything or other.everything)


Change.ANYTHING = Change(everything=True)
