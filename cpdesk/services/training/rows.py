"""The centre's training records as the screens show them: frozen rows of courses, modules,
sessions, participants, attendance, certificates and workshops, never ORM objects, and how
they are read from the records (with the totals the screens show: person-days and where they
come from, certificates, days attended).

The services of :mod:`cpdesk.services.training.courses` hand these rows back, from the lists and from
each record they create.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpdesk.core import training as core
from cpdesk.core.training import PersonDaysBasis
from cpdesk.core.training_vocabulary import CourseKind, Gender, ModuleKind, OrganisationType, WorkshopKind
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services import lookup
from cpdesk.services.training.statistics import session_facts
from cpdesk.store.base import SyncedMixin
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

# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class CourseRow:
    """A course with the totals of all its sessions."""

    id: uuid.UUID
    kind: CourseKind
    title: str
    sector: str
    start_date: date | None
    end_date: date | None
    notes: str
    origin: DataOrigin
    modules: int
    sessions: int
    days: float
    person_days: float
    basis: PersonDaysBasis
    certificates: int


@dataclass(frozen=True)
class ModuleRow:
    id: uuid.UUID
    course_id: uuid.UUID
    number: int
    title: str
    kind: ModuleKind
    demonstration_company_id: uuid.UUID | None
    demonstration_company: str | None
    notes: str


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    course_id: uuid.UUID
    module_id: uuid.UUID | None
    module_number: int | None
    held_on: date
    days: float
    participant_count: int | None
    attendees: int
    person_days: float
    basis: PersonDaysBasis
    topic: str
    notes: str


@dataclass(frozen=True)
class ParticipantRow:
    id: uuid.UUID
    name: str
    organisation: str
    organisation_type: OrganisationType
    gender: Gender | None
    email: str
    phone: str
    notes: str
    origin: DataOrigin
    days_attended: float
    certificates: int


@dataclass(frozen=True)
class AttendanceRow:
    id: uuid.UUID
    participant_id: uuid.UUID
    participant: str
    session_id: uuid.UUID
    held_on: date
    days_attended: float


@dataclass(frozen=True)
class CertificateRow:
    id: uuid.UUID
    participant_id: uuid.UUID
    participant: str
    course_id: uuid.UUID
    course: str
    issued_on: date
    number: str


@dataclass(frozen=True)
class WorkshopRow:
    id: uuid.UUID
    kind: WorkshopKind
    title: str
    held_on: date
    days: float
    participant_count: int
    person_days: float
    venue: str
    notes: str
    origin: DataOrigin


# --------------------------------------------------------------------------- reading


def course_rows(session: Session, courses: list[Course]) -> list[CourseRow]:
    ids = [c.id for c in courses]
    sessions = list(
        session.execute(
            lookup.live(TrainingSession).where(TrainingSession.course_id.in_(ids)).order_by(TrainingSession.held_on)
        ).scalars()
    )
    facts = session_facts(session, sessions)
    per_course: dict[uuid.UUID, list[core.SessionFacts]] = defaultdict(list)
    for s in sessions:
        per_course[s.course_id].append(facts[s.id])
    modules = _counts(session, CourseModule.course_id, CourseModule, ids)
    certificates = _counts(session, Certificate.course_id, Certificate, ids)
    rows = []
    for c in courses:
        total = core.total_person_days(per_course[c.id])
        rows.append(
            CourseRow(
                id=c.id,
                kind=c.kind,
                title=c.title,
                sector=c.sector,
                start_date=c.start_date,
                end_date=c.end_date,
                notes=c.notes,
                origin=c.origin,
                modules=modules.get(c.id, 0),
                sessions=len(per_course[c.id]),
                days=sum(f.days for f in per_course[c.id]),
                person_days=total.value,
                basis=total.basis,
                certificates=certificates.get(c.id, 0),
            )
        )
    return rows


def _counts(session: Session, column: Any, model: type[SyncedMixin], ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    query = select(column, func.count()).where(column.in_(ids), model.deleted_at.is_(None)).group_by(column)
    return {key: n for key, n in session.execute(query)}


def module_row(session: Session, m: CourseModule) -> ModuleRow:
    company = session.get(Company, m.demonstration_company_id) if m.demonstration_company_id else None
    return ModuleRow(
        m.id,
        m.course_id,
        m.number,
        m.title,
        m.kind,
        m.demonstration_company_id,
        company.name if company else None,
        m.notes,
    )


def session_rows(session: Session, records: list[TrainingSession]) -> list[SessionRow]:
    facts = session_facts(session, records)
    numbers = dict(
        session.execute(
            select(CourseModule.id, CourseModule.number).where(
                CourseModule.id.in_([s.module_id for s in records if s.module_id])
            )
        ).all()
    )
    rows = []
    for s in records:
        f = facts[s.id]
        pd = core.session_person_days(f)
        rows.append(
            SessionRow(
                id=s.id,
                course_id=s.course_id,
                module_id=s.module_id,
                module_number=numbers.get(s.module_id) if s.module_id else None,
                held_on=s.held_on,
                days=s.days,
                participant_count=s.participant_count,
                attendees=len(f.attended_days),
                person_days=pd.value,
                basis=pd.basis,
                topic=s.topic,
                notes=s.notes,
            )
        )
    return rows


def participant_rows(session: Session, people: list[Participant]) -> list[ParticipantRow]:
    ids = [p.id for p in people]
    days = dict(
        session.execute(
            select(Attendance.participant_id, func.sum(Attendance.days_attended))
            .where(Attendance.participant_id.in_(ids), Attendance.deleted_at.is_(None))
            .group_by(Attendance.participant_id)
        ).all()
    )
    certificates = _counts(session, Certificate.participant_id, Certificate, ids)
    return [
        ParticipantRow(
            id=p.id,
            name=p.name,
            organisation=p.organisation,
            organisation_type=p.organisation_type,
            gender=p.gender,
            email=p.email,
            phone=p.phone,
            notes=p.notes,
            origin=p.origin,
            days_attended=float(days.get(p.id) or 0.0),
            certificates=certificates.get(p.id, 0),
        )
        for p in people
    ]


def workshop_row(w: Workshop) -> WorkshopRow:
    return WorkshopRow(
        w.id,
        w.kind,
        w.title,
        w.held_on,
        w.days,
        w.participant_count,
        w.days * w.participant_count,
        w.venue,
        w.notes,
        w.origin,
    )
