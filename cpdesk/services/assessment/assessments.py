"""Assessments: create, team, progress through the 18 tasks, list and show."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, contains_eager, selectinload

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.rows import AssessmentDetail, AssessmentRow, TeamMemberRow
from cpdesk.core.vocabulary import DataOrigin, DeliveryMode, TaskStatus, TeamRole
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.assessment.records import assessment_detail, assessment_details, chunks
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Company, FactorSet, Programme, TaskProgress, TeamMember

TASK_NUMBERS = range(1, 19)
CURRENCIES = ("VND", "USD")


def create_assessment(
    db: Database,
    *,
    company_id: uuid.UUID | str,
    title: str,
    programme_code: str | None = None,
    delivery_mode: DeliveryMode | str = DeliveryMode.CONSULTING_TRAINING,
    start_date: date | None = None,
    end_date: date | None = None,
    currency: str = "VND",
    exchange_rate: float | None = None,
    discount_rate: float = 0.10,
    operating_hours_per_year: float | None = None,
    operating_days_per_year: float | None = None,
    annual_production: float | None = None,
    production_unit: str = "t",
    batches_per_day: float | None = None,
    factor_set_code: str | None = None,
    audit_focus: str = "",
    notes: str = "",
    origin: DataOrigin | str = DataOrigin.FIELD,
) -> AssessmentRow:
    """Create an assessment with its 18 tasks not started."""
    entity = Entity.ASSESSMENT
    currency = check.text(entity, "currency", currency, max_len=3).upper()
    if currency not in CURRENCIES:
        raise ValidationError(entity, "currency", currency, msg("value.one_of", allowed=list(CURRENCIES)))
    rate = check.number(entity, "exchange_rate", exchange_rate, strictly_positive=True, optional=True)
    if currency == "VND" and rate is None:
        raise ValidationError(entity, "exchange_rate", rate, msg("assessment.needs_exchange_rate"))
    if start_date and end_date and end_date < start_date:
        raise ValidationError(entity, "end_date", end_date, msg("value.before_start", start=start_date))
    assessment = Assessment(
        title=check.text(entity, "title", title),
        delivery_mode=check.code(entity, "delivery_mode", delivery_mode, DeliveryMode),
        start_date=start_date,
        end_date=end_date,
        currency=currency,
        exchange_rate=rate,
        discount_rate=check.required_number(entity, "discount_rate", discount_rate, minimum=0, maximum=1),
        operating_hours_per_year=check.number(
            entity,
            "operating_hours_per_year",
            operating_hours_per_year,
            strictly_positive=True,
            maximum=8784,
            optional=True,
        ),
        operating_days_per_year=check.number(
            entity,
            "operating_days_per_year",
            operating_days_per_year,
            strictly_positive=True,
            maximum=366,
            optional=True,
        ),
        annual_production=check.number(
            entity, "annual_production", annual_production, strictly_positive=True, optional=True
        ),
        production_unit=check.unit(entity, "production_unit", production_unit),
        batches_per_day=check.number(entity, "batches_per_day", batches_per_day, strictly_positive=True, optional=True),
        audit_focus=check.text(entity, "audit_focus", audit_focus, max_len=5000, required=False),
        notes=check.text(entity, "notes", notes, max_len=20000, required=False),
        origin=check.code(entity, "origin", origin, DataOrigin),
    )
    with unit_of_work(db) as session:
        company = lookup.get(session, Company, company_id, Entity.COMPANY)
        assessment.company_id = company.id
        if programme_code:
            assessment.programme_id = lookup.programme_by_code(session, programme_code).id
        assessment.factor_set_id = _factor_set_id(session, factor_set_code)
        session.add(assessment)
        session.flush()
        for n in TASK_NUMBERS:
            session.add(TaskProgress(assessment_id=assessment.id, task_no=n))
        session.flush()
        return _row(session, assessment)


def add_team_member(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    name: str,
    role: TeamRole | str = TeamRole.MEMBER,
    organisation: str = "",
    position: str = "",
    contact: str = "",
) -> TeamMemberRow:
    entity = Entity.TEAM_MEMBER
    member = TeamMember(
        name=check.text(entity, "name", name, max_len=200),
        role=check.code(entity, "role", role, TeamRole),
        organisation=check.text(entity, "organisation", organisation, max_len=200, required=False),
        position=check.text(entity, "position", position, max_len=200, required=False),
        contact=check.text(entity, "contact", contact, max_len=200, required=False),
    )
    with unit_of_work(db) as session:
        member.assessment_id = lookup.assessment(session, assessment_id).id
        session.add(member)
        session.flush()
        return TeamMemberRow(member.id, member.name, member.role, member.organisation, member.position)


def set_task_status(
    db: Database, assessment_id: uuid.UUID | str, task_no: int, status: TaskStatus | str, note: str = ""
) -> None:
    """Record where the assessment stands on task ``task_no`` (1 to 18)."""
    if task_no not in TASK_NUMBERS:
        raise ValidationError(Entity.TASK_PROGRESS, "task_no", task_no, msg("task.number_range"))
    status = check.code(Entity.TASK_PROGRESS, "status", status, TaskStatus)
    with unit_of_work(db) as session:
        a = lookup.assessment(session, assessment_id)
        task = session.execute(
            lookup.live(TaskProgress).where(TaskProgress.assessment_id == a.id, TaskProgress.task_no == task_no)
        ).scalar_one()
        task.status = status
        task.completed_at = utcnow() if status == TaskStatus.DONE else None
        if note:
            task.note = check.text(Entity.TASK_PROGRESS, "note", note, max_len=5000)


def list_assessments(db: Database, programme_code: str | None = None) -> list[AssessmentRow]:
    with reading(db) as session:
        query = (
            lookup.live(Assessment)
            .join(Company)
            .options(contains_eager(Assessment.company), selectinload(Assessment.programme))
            .order_by(Company.name, Assessment.start_date)
        )
        if programme_code is not None:
            programme = lookup.programme_by_code(session, programme_code)
            query = query.where(Assessment.programme_id == programme.id)
        found = list(session.execute(query).scalars())
        # One count for all of them, not one query per assessment (the navigator lists them all).
        done = _marked_done(session)
        rows = [_row(session, a, done.get(a.id, 0)) for a in found]
        return sorted(rows, key=lambda r: (lookup.natural_key(r.company), r.start_date or date.min))


def show_assessment(db: Database, assessment_id: uuid.UUID | str) -> AssessmentDetail:
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        return assessment_detail(session, a, _row(session, a))


def show_assessments(
    db: Database, assessment_ids: Iterable[uuid.UUID | str], *, measurements: bool = True
) -> dict[uuid.UUID, AssessmentDetail]:
    """Many assessments, each as :func:`show_assessment` gives it, by id in the order asked.

    A fixed number of statements whatever their number (IN lists of
    :data:`~cpdesk.services.assessment.records.IN_CHUNK` ids), where :func:`show_assessment`
    one after the other took some twenty each. ``measurements`` False leaves the readings
    out (each stream still counts its own). An id not found, or deleted, is refused as
    :func:`show_assessment` refuses it.
    """
    with reading(db) as session:
        keys = [lookup.as_uuid(Entity.ASSESSMENT, k) if len(str(k).strip()) >= 32 else k for k in assessment_ids]
        # A prefix (as the command line prints ids) is looked up alone: people type a few.
        ids = list(dict.fromkeys(k if isinstance(k, uuid.UUID) else lookup.assessment(session, k).id for k in keys))
        found: dict[uuid.UUID, Assessment] = {}
        for chunk in chunks(ids):
            query = (
                lookup.live(Assessment)
                .join(Company)
                .options(contains_eager(Assessment.company), selectinload(Assessment.programme))
                .where(Assessment.id.in_(chunk))
            )
            found.update((a.id, a) for a in session.execute(query).scalars())
        missing = next((i for i in ids if i not in found), None)
        if missing is not None:
            raise lookup.NotFoundError(Entity.ASSESSMENT, missing)
        done = _marked_done(session, ids)
        pairs = [(found[i], _row(session, found[i], done.get(i, 0))) for i in ids]
        return {d.row.id: d for d in assessment_details(session, pairs, measurements=measurements)}


def _marked_done(session: Session, ids: Sequence[uuid.UUID] | None = None) -> dict[uuid.UUID, int]:
    """Per assessment (of ``ids``, else all), its tasks marked done; none: not listed."""
    query = (
        select(TaskProgress.assessment_id, func.count(TaskProgress.id))
        .where(TaskProgress.status == TaskStatus.DONE, TaskProgress.deleted_at.is_(None))
        .group_by(TaskProgress.assessment_id)
    )
    if ids is None:
        return dict(session.execute(query).all())
    done: dict[uuid.UUID, int] = {}
    for chunk in chunks(ids):
        done.update(session.execute(query.where(TaskProgress.assessment_id.in_(chunk))).all())
    return done


def _factor_set_id(session: Session, code: str | None) -> uuid.UUID | None:
    query = lookup.live(FactorSet)
    query = query.where(FactorSet.code == code) if code else query.where(FactorSet.is_default)
    factor_set = session.execute(query).scalars().first()
    if factor_set is None:
        if code:
            raise ValidationError(Entity.ASSESSMENT, "factor_set", code, msg("factor_set.unknown_code"))
        return None
    return factor_set.id


def _row(session: Session, a: Assessment, done: int | None = None) -> AssessmentRow:
    """The assessment's list row; ``done`` is its count of tasks marked done when the caller
    has it."""
    if done is None:
        done = session.execute(
            select(func.count(TaskProgress.id)).where(
                TaskProgress.assessment_id == a.id,
                TaskProgress.status == TaskStatus.DONE,
                TaskProgress.deleted_at.is_(None),
            )
        ).scalar_one()
    programme: Programme | None = a.programme
    return AssessmentRow(
        id=a.id,
        title=a.title,
        company_id=a.company_id,
        company=a.company.name,
        sector=a.company.sector,
        programme_id=a.programme_id,
        programme=programme.code if programme else None,
        delivery_mode=a.delivery_mode,
        start_date=a.start_date,
        end_date=a.end_date,
        origin=a.origin,
        tasks_marked_done=done,
    )
