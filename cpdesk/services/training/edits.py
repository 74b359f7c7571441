"""Edits of the centre's training records, with undo.

Edits of existing records go through :func:`apply` with the operations of
:mod:`cpdesk.services.editing` (Update, Delete, Restore), checked field by field as creation
is (:mod:`cpdesk.services.training.courses`), so the GUI's undo stack works the same way as on the
assessment screens. A record that others depend on (a course with sessions, a participant
with attendance ...) is not deleted while they are there: the message says what to delete
first.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpdesk.core.errors import ValidationError
from cpdesk.core.training_vocabulary import CourseKind, Gender, ModuleKind, OrganisationType, WorkshopKind
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.editing import Delete, Operation, Restore, Update
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
from cpdesk.services.uow import unit_of_work
from cpdesk.store.base import SyncedMixin, utcnow
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
    return None if value in (None, "") else lookup.get(session, Company, value, "company").id


def _module_field(session: Session, obj: TrainingSession, value: Any) -> uuid.UUID | None:
    return _module_of_course(session, obj.course_id, value)


def _attended_field(session: Session, obj: Attendance, value: Any) -> float:
    held = session.get(TrainingSession, obj.session_id)
    assert held is not None
    return check.required_number("", "", value, strictly_positive=True, maximum=held.days)


_TEXT = _text_field(20000, False)

#: What can be edited, and how each field is checked (the same rules as creation).
FIELDS: dict[str, tuple[type[SyncedMixin], Mapping[str, Checker]]] = {
    "course": (
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
    "course_module": (
        CourseModule,
        {
            "number": _whole_field(1),
            "title": _text_field(),
            "kind": _code_field(ModuleKind),
            "demonstration_company_id": _company_field,
            "notes": _TEXT,
        },
    ),
    "training_session": (
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
    "participant": (
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
    "attendance": (Attendance, {"days_attended": _attended_field}),
    "certificate": (Certificate, {"issued_on": _date_field(), "number": _text_field(60, False)}),
    "workshop": (
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
_DEPENDANTS: dict[str, tuple[tuple[type[SyncedMixin], Any, str], ...]] = {
    "course": (
        (TrainingSession, TrainingSession.course_id, "session(s)"),
        (CourseModule, CourseModule.course_id, "module(s)"),
        (Certificate, Certificate.course_id, "certificate(s)"),
    ),
    "course_module": (
        (TrainingSession, TrainingSession.module_id, "session(s)"),
        (PracticalModule, PracticalModule.course_module_id, "practical module(s)"),
    ),
    "training_session": ((Attendance, Attendance.session_id, "attendance record(s)"),),
    "participant": (
        (Attendance, Attendance.participant_id, "attendance record(s)"),
        (Certificate, Certificate.participant_id, "certificate(s)"),
        (PracticalAssignment, PracticalAssignment.participant_id, "practical assignment(s)"),
    ),
}


def apply(db: Any, operation: Operation) -> Operation:
    """Carry out one edit of a training record in one unit of work; return its inverse.

    Raises:
        ValidationError: a field that cannot be edited or a value its check refuses, or a
            deletion of a record others still depend on.
        NotFoundError: no such live record (or, for a Restore, no such deleted one).
    """
    entry = FIELDS.get(operation.entity)
    if entry is None:
        raise ValidationError(operation.entity, "", operation.id, "this kind of record cannot be edited here")
    model, fields = entry
    with unit_of_work(db) as session:
        obj = session.get(model, lookup.as_uuid(operation.entity, operation.id))
        if obj is None or (obj.deleted_at is not None) != isinstance(operation, Restore):
            raise lookup.NotFoundError(operation.entity, operation.id)
        if isinstance(operation, Update):
            return _update(session, operation, obj, fields)
        if isinstance(operation, Delete):
            _check_no_dependants(session, operation.entity, obj)
            obj.deleted_at = utcnow()
            return Restore(operation.entity, obj.id)
        obj.deleted_at = None
        return Delete(operation.entity, obj.id)


def _update(session: Session, operation: Update, obj: Any, fields: Mapping[str, Checker]) -> Update:
    entity, new, old = operation.entity, {}, {}
    for name, value in operation.values.items():
        checker = fields.get(name)
        if checker is None:
            raise ValidationError(entity, name, value, "this field cannot be edited")
        try:
            new[name] = checker(session, obj, value)
        except ValidationError as exc:
            raise ValidationError(entity, name, value, exc.reason) from None
        old[name] = getattr(obj, name)

    def after(name: str) -> Any:
        return new.get(name, getattr(obj, name))

    if entity == "course":
        _check_dates(entity, after("start_date"), after("end_date"))
    if entity == "course_module" and "number" in new:
        _free_module_number(session, obj.course_id, new["number"], obj.id)
    if entity == "training_session" and "days" in new:
        longest = session.execute(
            select(func.max(Attendance.days_attended)).where(
                Attendance.session_id == obj.id, Attendance.deleted_at.is_(None)
            )
        ).scalar_one()
        if longest is not None and new["days"] < longest:
            raise ValidationError(entity, "days", new["days"], f"a participant attended {longest:g} days")
    if entity == "participant" and after("email") and "@" not in after("email"):
        raise ValidationError(entity, "email", after("email"), "is not an e-mail address")
    for name, value in new.items():
        setattr(obj, name, value)
    session.flush()
    return Update(entity, obj.id, old)


def _check_no_dependants(session: Session, entity: str, obj: Any) -> None:
    for model, column, what in _DEPENDANTS.get(entity, ()):
        n = _live_count(session, model, column == obj.id)
        if n:
            raise ValidationError(entity, "id", str(obj.id), f"has {n} {what}; delete them first")
