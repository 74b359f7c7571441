"""Reads the workbench needs beyond the shared views: record ids for editing, and texts.

:mod:`cpdesk.core.rows` holds the rows the CLI prints too; the workbench also edits
records in place, so it needs the ids of task progress rows, causes and resource savings,
and the long texts (technical notes, notes) that the lists leave out. Each function opens
one read-only session and hands back plain, frozen rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from cpdesk.core.vocabulary import (
    Carrier,
    CauseCategory,
    CompanySize,
    DeliveryMode,
    TaskStatus,
)
from cpdesk.services import lookup
from cpdesk.services.uow import reading
from cpdesk.store.models import (
    Assessment,
    Cause,
    Company,
    FactorSet,
    Option,
    OptionSaving,
    TaskProgress,
    WasteStream,
)


@dataclass(frozen=True)
class TaskProgressRow:
    id: uuid.UUID
    task_no: int
    status: TaskStatus
    note: str
    completed_at: datetime | None


@dataclass(frozen=True)
class CauseRow:
    id: uuid.UUID
    waste_stream_id: uuid.UUID
    waste_stream: str
    category: CauseCategory
    description: str


@dataclass(frozen=True)
class SavingItem:
    """A resource an option saves per year, with the id that editing needs."""

    id: uuid.UUID
    option_id: uuid.UUID
    carrier: Carrier
    quantity: float
    unit: str
    monitored_quantity: float | None


@dataclass(frozen=True)
class OptionTexts:
    option_id: uuid.UUID
    description: str
    technical_notes: str
    rejection_reason: str


@dataclass(frozen=True)
class AssessmentForm:
    """Every field of an assessment that its overview screen shows or edits."""

    id: uuid.UUID
    title: str
    company: str
    programme: str | None
    delivery_mode: DeliveryMode
    start_date: date | None
    end_date: date | None
    currency: str
    exchange_rate: float | None
    discount_rate: float
    operating_hours_per_year: float | None
    operating_days_per_year: float | None
    annual_production: float | None
    production_unit: str
    batches_per_day: float | None
    factor_set: str | None
    audit_focus: str
    notes: str


@dataclass(frozen=True)
class CompanyDetail:
    id: uuid.UUID
    name: str
    sector: str
    province: str
    size: CompanySize | None
    address: str
    contact: str
    employees: int | None


def task_progress(db: Any, assessment_id: uuid.UUID | str) -> list[TaskProgressRow]:
    """The assessment's 18 task rows, by task number."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        rows = session.execute(
            lookup.live(TaskProgress).where(TaskProgress.assessment_id == a.id).order_by(TaskProgress.task_no)
        ).scalars()
        return [TaskProgressRow(t.id, t.task_no, t.status, t.note, t.completed_at) for t in rows]


def causes(db: Any, assessment_id: uuid.UUID | str) -> list[CauseRow]:
    """Every live cause of the assessment's live waste streams."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        query = (
            select(Cause, WasteStream.name)
            .join(WasteStream, Cause.waste_stream_id == WasteStream.id)
            .where(
                WasteStream.assessment_id == a.id,
                WasteStream.deleted_at.is_(None),
                Cause.deleted_at.is_(None),
            )
            .order_by(WasteStream.name, Cause.created_at)
        )
        return [
            CauseRow(c.id, c.waste_stream_id, name, c.category, c.description) for c, name in session.execute(query)
        ]


def option_savings(db: Any, assessment_id: uuid.UUID | str) -> list[SavingItem]:
    """Every live resource saving of the assessment's live options."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        query = (
            select(OptionSaving)
            .join(Option, OptionSaving.option_id == Option.id)
            .where(Option.assessment_id == a.id, Option.deleted_at.is_(None), OptionSaving.deleted_at.is_(None))
            .order_by(OptionSaving.created_at)
        )
        return [
            SavingItem(s.id, s.option_id, s.carrier, s.quantity, s.unit, s.monitored_quantity)
            for s in session.execute(query).scalars()
        ]


def option_texts(db: Any, assessment_id: uuid.UUID | str) -> dict[uuid.UUID, OptionTexts]:
    """The long texts of each live option, by option id."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        query = select(Option.id, Option.description, Option.technical_notes, Option.rejection_reason).where(
            Option.assessment_id == a.id, Option.deleted_at.is_(None)
        )
        return {row[0]: OptionTexts(*row) for row in session.execute(query)}


def assessment_form(db: Any, assessment_id: uuid.UUID | str) -> AssessmentForm:
    with reading(db) as session:
        a: Assessment = lookup.assessment(session, assessment_id)
        factor_set = session.get(FactorSet, a.factor_set_id) if a.factor_set_id else None
        return AssessmentForm(
            id=a.id,
            title=a.title,
            company=a.company.name,
            programme=a.programme.code if a.programme else None,
            delivery_mode=a.delivery_mode,
            start_date=a.start_date,
            end_date=a.end_date,
            currency=a.currency,
            exchange_rate=a.exchange_rate,
            discount_rate=a.discount_rate,
            operating_hours_per_year=a.operating_hours_per_year,
            operating_days_per_year=a.operating_days_per_year,
            annual_production=a.annual_production,
            production_unit=a.production_unit,
            batches_per_day=a.batches_per_day,
            factor_set=factor_set.code if factor_set else None,
            audit_focus=a.audit_focus,
            notes=a.notes,
        )


def company_detail(db: Any, company_id: uuid.UUID | str) -> CompanyDetail:
    with reading(db) as session:
        c = lookup.get(session, Company, company_id, "company")
        return CompanyDetail(c.id, c.name, c.sector, c.province, c.size, c.address, c.contact, c.employees)


def factor_set_codes(db: Any) -> list[tuple[str, str, str]]:
    """(code, Vietnamese name, English name) of the factor sets installed in the database."""
    with reading(db) as session:
        rows = session.execute(lookup.live(FactorSet).order_by(FactorSet.code)).scalars()
        return [(f.code, f.name_vi or f.name, f.name) for f in rows]
