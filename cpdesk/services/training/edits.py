"""Which fields of the centre's training records a person may edit, how each is checked (the
same rules as creation, :mod:`cpdesk.services.training.courses`), and the rules across fields
and on deletion.

The edits themselves go through :mod:`cpdesk.services.editing`, whose registry puts this table
beside the assessment's and the indicators', so the GUI's undo stack works the same way on
every screen. A record that others depend on (a course with sessions, a participant with
attendance ...) is not deleted while they are there: the message says what to delete first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import Message, msg
from cpdesk.core.training_vocabulary import CourseKind, Gender, ModuleKind, OrganisationType, WorkshopKind
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.training.courses import (
    _check_dates,
    _date,
    _days,
    _free_module_number,
    _live_count,
    _module_of_course,
    _sector,
    _whole,
)
from cpdesk.store.base import SyncedMixin
from cpdesk.store.models import (
    Attendance,
    Certificate,
    Company,
    Course,
    CourseModule,
    Participant,
    PracticalAssignment,
    PracticalModule,
    TrainingSession,
    Workshop,
)

Checker = Callable[[Session, Any, Any], Any]


def _text_field(max_len: int = 300, required: bool = True) -> Checker:
    return lambda _s, _o, v: check.text("", "", v, max_len=max_len, required=required)


def _code_field(enum_cls: type, optional: bool = False) -> Checker:
    return lambda _s, _o, v: None if optional and v in (None, "") else check.code("", "", v, enum_cls)


def _date_field(optional: bool = False) -> Checker:
    return lambda _s, _o, v: _date("", "", v, optional=optional)


def _whole_field(minimum: int = 0, optional: bool = False) -> Checker:
    return lambda _s, _o, v: _whole("", "", v, minimum=minimum, optional=optional)


def _company_field(session: Session, _obj: Any, value: Any) -> uuid.UUID | None:
    return None if value in (None, "") else lookup.get(session, Company, value, Entity.COMPANY).id


def _module_field(session: Session, obj: TrainingSession, value: Any) -> uuid.UUID | None:
    return _module_of_course(session, obj.course_id, value)


def _attended_field(session: Session, obj: Attendance, value: Any) -> float:
    held = session.get(TrainingSession, obj.session_id)
    assert held is not None
    return check.required_number("", "", value, strictly_positive=True, maximum=held.days)


_TEXT = _text_field(20000, False)

#: What can be edited, and how each field is checked (the same rules as creation).
FIELDS: dict[Entity, tuple[type[SyncedMixin], Mapping[str, Checker]]] = {
    Entity.COURSE: (
        Course,
        {
            "kind": _code_field(CourseKind),
            "title": _text_field(),
            "sector": lambda _s, _o, v: _sector(v),
            "start_date": _date_field(True),
            "end_date": _date_field(True),
            "notes": _TEXT,
        },
    ),
    Entity.COURSE_MODULE: (
        CourseModule,
        {
            "number": _whole_field(1),
            "title": _text_field(),
            "kind": _code_field(ModuleKind),
            "demonstration_company_id": _company_field,
            "notes": _TEXT,
        },
    ),
    Entity.TRAINING_SESSION: (
        TrainingSession,
        {
            "module_id": _module_field,
            "held_on": _date_field(),
            "days": lambda _s, _o, v: _days("", v),
            "participant_count": _whole_field(0, True),
            "topic": _text_field(300, False),
            "notes": _TEXT,
        },
    ),
    Entity.PARTICIPANT: (
        Participant,
        {
            "name": _text_field(200),
            "organisation": _text_field(300, False),
            "organisation_type": _code_field(OrganisationType),
            "gender": _code_field(Gender, True),
            "email": _text_field(200, False),
            "phone": _text_field(60, False),
            "notes": _TEXT,
        },
    ),
    Entity.ATTENDANCE: (Attendance, {"days_attended": _attended_field}),
    Entity.CERTIFICATE: (Certificate, {"issued_on": _date_field(), "number": _text_field(60, False)}),
    Entity.WORKSHOP: (
        Workshop,
        {
            "kind": _code_field(WorkshopKind),
            "title": _text_field(),
            "held_on": _date_field(),
            "days": lambda _s, _o, v: _days("", v),
            "participant_count": _whole_field(),
            "venue": _text_field(300, False),
            "notes": _TEXT,
        },
    ),
}

#: Live records that keep another from being deleted: entity -> (model, column, what).
_DEPENDANTS: dict[Entity, tuple[tuple[type[SyncedMixin], Any, str], ...]] = {
    Entity.COURSE: (
        (TrainingSession, TrainingSession.course_id, "training.dependants.sessions"),
        (CourseModule, CourseModule.course_id, "training.dependants.modules"),
        (Certificate, Certificate.course_id, "training.dependants.certificates"),
    ),
    Entity.COURSE_MODULE: (
        (TrainingSession, TrainingSession.module_id, "training.dependants.sessions"),
        (PracticalModule, PracticalModule.course_module_id, "training.dependants.practical_modules"),
    ),
    Entity.TRAINING_SESSION: ((Attendance, Attendance.session_id, "training.dependants.attendances"),),
    Entity.PARTICIPANT: (
        (Attendance, Attendance.participant_id, "training.dependants.attendances"),
        (Certificate, Certificate.participant_id, "training.dependants.certificates"),
        (PracticalAssignment, PracticalAssignment.participant_id, "training.dependants.assignments"),
    ),
}


def check_update(session: Session, entity: Entity, obj: Any, new: Mapping[str, Any]) -> None:
    """Rules across fields, checked on the record as it will be after the update."""

    def after(name: str) -> Any:
        return new.get(name, getattr(obj, name))

    if entity == Entity.COURSE:
        _check_dates(entity, after("start_date"), after("end_date"))
    if entity == Entity.COURSE_MODULE and "number" in new:
        _free_module_number(session, obj.course_id, new["number"], obj.id)
    if entity == Entity.TRAINING_SESSION and "days" in new:
        longest = session.execute(
            select(func.max(Attendance.days_attended)).where(
                Attendance.session_id == obj.id, Attendance.deleted_at.is_(None)
            )
        ).scalar_one()
        if longest is not None and new["days"] < longest:
            raise ValidationError(entity, "days", new["days"], msg("training.attended_longer", days=longest))
    if entity == Entity.PARTICIPANT and after("email") and "@" not in after("email"):
        raise ValidationError(entity, "email", after("email"), msg("value.not_email"))


def check_delete(session: Session, entity: Entity, obj: Any) -> None:
    """Refuse to delete a record while live records depend on it."""
    for model, column, what in _DEPENDANTS.get(entity, ()):
        n = _live_count(session, model, column == obj.id)
        if n:
            raise ValidationError(
                entity, "id", str(obj.id), msg("training.has_dependants", count=n, what=Message(what))
            )
