"""The centre's training statistics: a year's figures as the annual report gives them, and the
course person-days of a period (an indicator's normaliser), read from the training records
(:mod:`cpdesk.services.training.courses`) and counted by :mod:`cpdesk.core.training`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core import training as core
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.training import YearStatistics
from cpdesk.services import lookup
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import (
    Assessment,
    Attendance,
    Certificate,
    Course,
    Participant,
    PracticalAssignment,
    TrainingSession,
    Workshop,
)


def year_statistics(db: Database, year: int) -> YearStatistics:
    """The year's training figures as the annual report gives them (see core.training.year_statistics).

    Assessments completed are the live assessments whose end date falls in the year,
    trainees' copies of a practical module left out; converted to full assessments, they add
    up their scope weights (a follow-up visit or a short assessment counts as a fraction).
    """
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise ValidationError("statistics", "year", year, msg("value.year_such_as"))
    with reading(db) as session:
        return year_statistics_of(session, year)


def training_person_days_between(db: Database, start: date, end: date) -> float:
    """Course person-days of the sessions held from ``start`` to ``end`` (both included).

    The normaliser amount of an indicator per training person-day, taken from the records.
    """
    with reading(db) as session:
        facts = session_facts(session)
        return core.total_person_days(f for f in facts.values() if start <= f.held_on <= end).value


def _attendance_by_session(session: Session) -> dict[uuid.UUID, list[float]]:
    query = (
        select(Attendance.session_id, Attendance.days_attended)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.deleted_at.is_(None), Participant.deleted_at.is_(None))
    )
    days: dict[uuid.UUID, list[float]] = defaultdict(list)
    for session_id, attended in session.execute(query):
        days[session_id].append(attended)
    return days


def session_facts(session: Session, records: list[TrainingSession] | None = None) -> dict[uuid.UUID, core.SessionFacts]:
    """Session id -> its facts, for the given sessions or every live session of a live course."""
    if records is None:
        query = (
            select(TrainingSession)
            .join(Course, Course.id == TrainingSession.course_id)
            .where(TrainingSession.deleted_at.is_(None), Course.deleted_at.is_(None))
        )
        records = list(session.execute(query).scalars())
    attended = _attendance_by_session(session)
    return {
        s.id: core.SessionFacts(s.held_on, s.days, tuple(attended.get(s.id, ())), s.participant_count) for s in records
    }


def year_statistics_of(session: Session, year: int) -> YearStatistics:
    """:func:`year_statistics` read in a session the caller already holds."""
    sessions = list(
        session.execute(
            select(TrainingSession).where(TrainingSession.deleted_at.is_(None)).order_by(TrainingSession.held_on)
        ).scalars()
    )
    facts = session_facts(session, sessions)
    by_course: dict[uuid.UUID, list[core.SessionFacts]] = defaultdict(list)
    for s in sessions:
        by_course[s.course_id].append(facts[s.id])
    courses = [
        core.CourseFacts(c.id, c.kind, c.title, c.start_date, tuple(by_course.get(c.id, ())))
        for c in session.execute(lookup.live(Course)).scalars()
    ]
    workshops = [
        core.WorkshopFacts(w.kind, w.held_on, w.days, w.participant_count)
        for w in session.execute(lookup.live(Workshop)).scalars()
    ]
    certificates = [
        core.CertificateFacts(pid, issued, organisation_type)
        for pid, issued, organisation_type in session.execute(
            select(Certificate.participant_id, Certificate.issued_on, Participant.organisation_type)
            .join(Participant, Participant.id == Certificate.participant_id)
            .join(Course, Course.id == Certificate.course_id)
            .where(Certificate.deleted_at.is_(None), Participant.deleted_at.is_(None), Course.deleted_at.is_(None))
        )
    ]
    copies = select(PracticalAssignment.assessment_id).where(PracticalAssignment.deleted_at.is_(None))
    assessments = [
        core.AssessmentFacts(end, weight)
        for end, weight in session.execute(
            select(Assessment.end_date, Assessment.scope_weight).where(
                Assessment.deleted_at.is_(None), Assessment.id.not_in(copies)
            )
        )
    ]
    return core.year_statistics(year, courses, workshops, certificates, assessments)
