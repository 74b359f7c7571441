"""The centre's training records: courses, modules, sessions, participants, attendance,
certificates, workshops; recording them, with their checks, and the lists for the screens.

Every function is one user action (one unit of work). Creation and lists hand back the frozen
rows of :mod:`cpdesk.services.training.rows`, never ORM objects. Edits of existing records are
in :mod:`cpdesk.services.training.edits`, the statistics in
:mod:`cpdesk.services.training.statistics`.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.training_vocabulary import CourseKind, Gender, ModuleKind, OrganisationType, WorkshopKind
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.training.rows import (
    AttendanceRow,
    CertificateRow,
    CourseRow,
    ModuleRow,
    ParticipantRow,
    SessionRow,
    WorkshopRow,
    course_rows,
    module_row,
    participant_rows,
    session_rows,
    workshop_row,
)
from cpdesk.services.training.statistics import year_statistics_of
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import SyncedMixin
from cpdesk.store.database import Database
from cpdesk.store.models import (
    Attendance,
    Certificate,
    Company,
    Course,
    CourseModule,
    Participant,
    TrainingSession,
    Workshop,
)

MAX_SESSION_DAYS = 31.0

# --------------------------------------------------------------------------- checks


def _date(entity: str, field: str, value: Any, *, optional: bool = False) -> date | None:
    if value is None and optional:
        return None
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(entity, field, value, msg("value.not_a_date"))
    return value


def _whole(entity: str, field: str, value: Any, *, minimum: int = 0, optional: bool = False) -> int | None:
    return check.whole(entity, field, value, minimum=minimum, optional=optional)


def _days(entity: str, value: Any) -> float:
    return check.required_number(entity, "days", value, strictly_positive=True, maximum=MAX_SESSION_DAYS)


def _sector(value: Any) -> str:
    from cpdesk.core.reference import sectors

    sector = check.text(Entity.COURSE, "sector", value, max_len=40, required=False)
    known = {s.code for s in sectors()}
    if sector and sector not in known:
        raise ValidationError(Entity.COURSE, "sector", sector, msg("training.unknown_sector"))
    return sector


def _check_dates(entity: str, start: date | None, end: date | None) -> None:
    if start and end and end < start:
        raise ValidationError(entity, "end_date", end, msg("value.before_start", start=start))


def _live_count(session: Session, model: type[SyncedMixin], *where: Any) -> int:
    query = select(func.count()).select_from(model).where(model.deleted_at.is_(None), *where)
    return session.execute(query).scalar_one()


def _module_of_course(session: Session, course_id: uuid.UUID, module_id: Any) -> uuid.UUID | None:
    if module_id in (None, ""):
        return None
    module = lookup.get(session, CourseModule, module_id, Entity.COURSE_MODULE)
    if module.course_id != course_id:
        raise ValidationError(Entity.TRAINING_SESSION, "module_id", module_id, msg("training.module_of_another_course"))
    return module.id


def _free_module_number(session: Session, course_id: uuid.UUID, number: int, own: uuid.UUID | None = None) -> None:
    clash = session.execute(
        lookup.live(CourseModule).where(CourseModule.course_id == course_id, CourseModule.number == number)
    ).scalar_one_or_none()
    if clash is not None and clash.id != own:
        raise ValidationError(Entity.COURSE_MODULE, "number", number, msg("training.module_number_taken"))


# --------------------------------------------------------------------------- create


def create_course(
    db: Database,
    *,
    kind: CourseKind | str,
    title: str,
    sector: str = "",
    start_date: date | None = None,
    end_date: date | None = None,
    notes: str = "",
    origin: DataOrigin | str = DataOrigin.FIELD,
) -> CourseRow:
    """Create a course (in-depth sector programme, skills, on-demand or university lecturers)."""
    entity = Entity.COURSE
    course = Course(
        kind=check.code(entity, "kind", kind, CourseKind),
        title=check.text(entity, "title", title),
        sector=_sector(sector),
        start_date=_date(entity, "start_date", start_date, optional=True),
        end_date=_date(entity, "end_date", end_date, optional=True),
        notes=check.text(entity, "notes", notes, max_len=20000, required=False),
        origin=check.code(entity, "origin", origin, DataOrigin),
    )
    _check_dates(entity, course.start_date, course.end_date)
    with unit_of_work(db) as session:
        session.add(course)
        session.flush()
        return course_rows(session, [course])[0]


def add_module(
    db: Database,
    course_id: uuid.UUID | str,
    *,
    number: int,
    title: str,
    kind: ModuleKind | str = ModuleKind.CLASSROOM,
    demonstration_company_id: uuid.UUID | str | None = None,
    notes: str = "",
) -> ModuleRow:
    """Add a numbered module to a course; a practical module may name its demonstration company."""
    entity = Entity.COURSE_MODULE
    number_ = _whole(entity, "number", number, minimum=1)
    assert number_ is not None
    module = CourseModule(
        number=number_,
        title=check.text(entity, "title", title),
        kind=check.code(entity, "kind", kind, ModuleKind),
        notes=check.text(entity, "notes", notes, max_len=20000, required=False),
    )
    with unit_of_work(db) as session:
        module.course_id = lookup.get(session, Course, course_id, Entity.COURSE).id
        _free_module_number(session, module.course_id, number_)
        if demonstration_company_id is not None:
            module.demonstration_company_id = lookup.get(session, Company, demonstration_company_id, Entity.COMPANY).id
        session.add(module)
        session.flush()
        return module_row(session, module)


def add_session(
    db: Database,
    course_id: uuid.UUID | str,
    *,
    held_on: date,
    days: float = 1.0,
    module_id: uuid.UUID | str | None = None,
    participant_count: int | None = None,
    topic: str = "",
    notes: str = "",
) -> SessionRow:
    """Add a dated session to a course (or to one of its modules).

    ``participant_count`` is the head count for a session whose attendance is not recorded
    person by person; once attendance is recorded it takes precedence.
    """
    entity = Entity.TRAINING_SESSION
    record = TrainingSession(
        held_on=_date(entity, "held_on", held_on),
        days=_days(entity, days),
        participant_count=_whole(entity, "participant_count", participant_count, optional=True),
        topic=check.text(entity, "topic", topic, required=False),
        notes=check.text(entity, "notes", notes, max_len=20000, required=False),
    )
    with unit_of_work(db) as session:
        record.course_id = lookup.get(session, Course, course_id, Entity.COURSE).id
        record.module_id = _module_of_course(session, record.course_id, module_id)
        session.add(record)
        session.flush()
        return session_rows(session, [record])[0]


def create_participant(
    db: Database,
    *,
    name: str,
    organisation: str = "",
    organisation_type: OrganisationType | str = OrganisationType.COMPANY,
    gender: Gender | str | None = None,
    email: str = "",
    phone: str = "",
    notes: str = "",
    origin: DataOrigin | str = DataOrigin.FIELD,
) -> ParticipantRow:
    """Register a person the centre trains."""
    entity = Entity.PARTICIPANT
    person = Participant(
        name=check.text(entity, "name", name, max_len=200),
        organisation=check.text(entity, "organisation", organisation, required=False),
        organisation_type=check.code(entity, "organisation_type", organisation_type, OrganisationType),
        gender=None if gender in (None, "") else check.code(entity, "gender", gender, Gender),
        email=check.text(entity, "email", email, max_len=200, required=False),
        phone=check.text(entity, "phone", phone, max_len=60, required=False),
        notes=check.text(entity, "notes", notes, max_len=20000, required=False),
        origin=check.code(entity, "origin", origin, DataOrigin),
    )
    if person.email and "@" not in person.email:
        raise ValidationError(entity, "email", email, msg("value.not_email"))
    with unit_of_work(db) as session:
        session.add(person)
        session.flush()
        return participant_rows(session, [person])[0]


def record_attendance(
    db: Database,
    session_id: uuid.UUID | str,
    participant_id: uuid.UUID | str,
    days_attended: float | None = None,
) -> AttendanceRow:
    """Record that a participant attended a session (all of it unless ``days_attended`` says less)."""
    entity = Entity.ATTENDANCE
    with unit_of_work(db) as session:
        held = lookup.get(session, TrainingSession, session_id, Entity.TRAINING_SESSION)
        person = lookup.get(session, Participant, participant_id, Entity.PARTICIPANT)
        days = held.days if days_attended is None else days_attended
        days = check.required_number(entity, "days_attended", days, strictly_positive=True, maximum=held.days)
        if _live_count(session, Attendance, Attendance.session_id == held.id, Attendance.participant_id == person.id):
            raise ValidationError(entity, "participant_id", person.name, msg("training.already_attending"))
        row = Attendance(session_id=held.id, participant_id=person.id, days_attended=days)
        session.add(row)
        session.flush()
        return AttendanceRow(row.id, person.id, person.name, held.id, held.held_on, row.days_attended)


def issue_certificate(
    db: Database, participant_id: uuid.UUID | str, course_id: uuid.UUID | str, *, issued_on: date, number: str = ""
) -> CertificateRow:
    """Record the certificate a participant received for a course (one per course)."""
    entity = Entity.CERTIFICATE
    issued = _date(entity, "issued_on", issued_on)
    number = check.text(entity, "number", number, max_len=60, required=False)
    with unit_of_work(db) as session:
        person = lookup.get(session, Participant, participant_id, Entity.PARTICIPANT)
        course = lookup.get(session, Course, course_id, Entity.COURSE)
        if _live_count(
            session, Certificate, Certificate.participant_id == person.id, Certificate.course_id == course.id
        ):
            raise ValidationError(entity, "participant_id", person.name, msg("training.already_certified"))
        row = Certificate(participant_id=person.id, course_id=course.id, issued_on=issued, number=number)
        session.add(row)
        session.flush()
        return CertificateRow(row.id, person.id, person.name, course.id, course.title, row.issued_on, row.number)


def create_workshop(
    db: Database,
    *,
    title: str,
    held_on: date,
    kind: WorkshopKind | str = WorkshopKind.WORKSHOP,
    days: float = 1.0,
    participant_count: int = 0,
    venue: str = "",
    notes: str = "",
    origin: DataOrigin | str = DataOrigin.FIELD,
) -> WorkshopRow:
    """Record a workshop or an awareness seminar with its number of participants."""
    entity = Entity.WORKSHOP
    count = _whole(entity, "participant_count", participant_count)
    assert count is not None
    workshop = Workshop(
        kind=check.code(entity, "kind", kind, WorkshopKind),
        title=check.text(entity, "title", title),
        held_on=_date(entity, "held_on", held_on),
        days=_days(entity, days),
        participant_count=count,
        venue=check.text(entity, "venue", venue, required=False),
        notes=check.text(entity, "notes", notes, max_len=20000, required=False),
        origin=check.code(entity, "origin", origin, DataOrigin),
    )
    with unit_of_work(db) as session:
        session.add(workshop)
        session.flush()
        return workshop_row(workshop)


# --------------------------------------------------------------------------- lists


def list_courses(db: Database, year: int | None = None) -> list[CourseRow]:
    """Courses, newest first; with ``year``, those holding a session in that year (or starting in it)."""
    with reading(db) as session:
        courses = list(session.execute(lookup.live(Course)).scalars())
        rows = course_rows(session, courses)
        if year is not None:
            held = {r.id for r in year_statistics_of(session, year).course_rows}
            rows = [r for r in rows if r.id in held]
        return sorted(rows, key=lambda r: (r.start_date or date.min, lookup.natural_key(r.title)), reverse=True)


def list_modules(db: Database, course_id: uuid.UUID | str) -> list[ModuleRow]:
    """A course's modules by number."""
    with reading(db) as session:
        course = lookup.get(session, Course, course_id, Entity.COURSE)
        query = lookup.live(CourseModule).where(CourseModule.course_id == course.id).order_by(CourseModule.number)
        return [module_row(session, m) for m in session.execute(query).scalars()]


def list_sessions(db: Database, course_id: uuid.UUID | str) -> list[SessionRow]:
    """A course's sessions in date order, each with its person-days and where they come from."""
    with reading(db) as session:
        course = lookup.get(session, Course, course_id, Entity.COURSE)
        query = lookup.live(TrainingSession).where(TrainingSession.course_id == course.id)
        records = list(session.execute(query.order_by(TrainingSession.held_on)).scalars())
        return session_rows(session, records)


def list_participants(db: Database) -> list[ParticipantRow]:
    """Everyone trained, by name, with the days they attended and their certificates."""
    with reading(db) as session:
        people = list(session.execute(lookup.live(Participant)).scalars())
        return sorted(participant_rows(session, people), key=lambda r: lookup.natural_key(r.name))


def list_attendance(db: Database, session_id: uuid.UUID | str) -> list[AttendanceRow]:
    """Who attended a session, by name, and for how many days."""
    with reading(db) as session:
        held = lookup.get(session, TrainingSession, session_id, Entity.TRAINING_SESSION)
        query = (
            select(Attendance, Participant)
            .join(Participant, Participant.id == Attendance.participant_id)
            .where(Attendance.session_id == held.id, Attendance.deleted_at.is_(None), Participant.deleted_at.is_(None))
        )
        rows = [
            AttendanceRow(a.id, p.id, p.name, held.id, held.held_on, a.days_attended) for a, p in session.execute(query)
        ]
        return sorted(rows, key=lambda r: lookup.natural_key(r.participant))


def list_certificates(db: Database, course_id: uuid.UUID | str | None = None) -> list[CertificateRow]:
    """Certificates (of one course, or all) by date issued and name."""
    with reading(db) as session:
        query = (
            select(Certificate, Participant, Course)
            .join(Participant, Participant.id == Certificate.participant_id)
            .join(Course, Course.id == Certificate.course_id)
            .where(Certificate.deleted_at.is_(None), Participant.deleted_at.is_(None), Course.deleted_at.is_(None))
        )
        if course_id is not None:
            query = query.where(Course.id == lookup.get(session, Course, course_id, Entity.COURSE).id)
        rows = [
            CertificateRow(c.id, p.id, p.name, k.id, k.title, c.issued_on, c.number)
            for c, p, k in session.execute(query)
        ]
        return sorted(rows, key=lambda r: (r.issued_on, lookup.natural_key(r.participant)))


def list_workshops(db: Database, year: int | None = None) -> list[WorkshopRow]:
    """Workshops and awareness seminars (of one year, or all) by date."""
    with reading(db) as session:
        rows = [workshop_row(w) for w in session.execute(lookup.live(Workshop).order_by(Workshop.held_on)).scalars()]
        return [r for r in rows if year is None or r.held_on.year == year]
