"""An assessment's stored records read as the plain rows of :mod:`cpdesk.core.rows`.

The row builders the services share (a measurement, a waste stream, an option, the whole
assessment as :class:`~cpdesk.core.rows.AssessmentDetail`) take an open session; the reads
the workbench edits from (task progress, causes and resource savings with their ids, the
long texts the lists leave out, the assessment's and the company's forms, the factor sets)
each open one read-only session.
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cpdesk.core.rows import (
    AssessmentDetail,
    AssessmentForm,
    AssessmentRow,
    CauseRow,
    CompanyDetail,
    MeasurementRow,
    OptionRow,
    OptionTexts,
    ProcessStepRow,
    SavingItem,
    SavingRow,
    StreamRow,
    TaskProgressRow,
    TaskRow,
    TeamMemberRow,
    WasteStreamRow,
)
from cpdesk.services import lookup
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import (
    Assessment,
    Cause,
    Company,
    FactorSet,
    Measurement,
    Option,
    OptionSaving,
    ProcessStep,
    Stream,
    TaskProgress,
    TeamMember,
    WasteStream,
)


def measurement_row(m: Measurement, stream_name: str) -> MeasurementRow:
    return MeasurementRow(
        id=m.id,
        stream_id=m.stream_id,
        stream=stream_name,
        value=m.value,
        unit=m.unit,
        basis=m.basis,
        method=m.method,
        relative_uncertainty=(
            m.relative_uncertainty if m.relative_uncertainty is not None else m.method.default_relative_uncertainty
        ),
        measured_at=m.measured_at,
        instrument=m.instrument,
        author=m.author,
        note=m.note,
    )


def waste_stream_row(w: WasteStream) -> WasteStreamRow:
    return WasteStreamRow(
        id=w.id,
        name=w.name,
        annual_quantity=w.annual_quantity,
        unit=w.unit,
        loss_value_per_unit=w.loss_value_per_unit,
        treatment_cost_per_year=w.treatment_cost_per_year,
        annual_cost=(w.annual_quantity or 0.0) * w.loss_value_per_unit + w.treatment_cost_per_year,
    )


def option_row(o: Option) -> OptionRow:
    return OptionRow(
        id=o.id,
        code=o.code,
        title=o.title,
        description=o.description,
        category=o.category,
        cause_id=o.cause_id,
        waste_stream_id=o.waste_stream_id,
        screening=o.screening,
        status=o.status,
        investment=o.investment,
        annual_savings=o.annual_savings,
        annual_extra_costs=o.annual_extra_costs,
        lifetime_years=o.lifetime_years,
        rejection_reason=o.rejection_reason,
        implemented_on=o.implemented_on,
        monitored_annual_savings=o.monitored_annual_savings,
        type_code=o.type_code,
        savings=tuple(
            SavingRow(s.carrier, s.quantity, s.unit, s.monitored_quantity) for s in o.savings if s.deleted_at is None
        ),
    )


def assessment_detail(session: Session, a: Assessment, row: AssessmentRow) -> AssessmentDetail:
    def rows(model, *order):
        return session.execute(lookup.live(model).where(model.assessment_id == a.id).order_by(*order)).scalars().all()

    steps = rows(ProcessStep, ProcessStep.position, ProcessStep.name)
    step_names = {s.id: s.name for s in steps}
    streams = rows(Stream, Stream.name)
    stream_names = {s.id: s.name for s in streams}
    counts = dict(
        session.execute(
            select(Measurement.stream_id, func.count(Measurement.id))
            .where(Measurement.stream_id.in_(stream_names), Measurement.deleted_at.is_(None))
            .group_by(Measurement.stream_id)
        ).all()
    )
    measurements = (
        session.execute(
            lookup.live(Measurement)
            .where(Measurement.stream_id.in_(stream_names))
            .order_by(Measurement.measured_at, Measurement.created_at)
        )
        .scalars()
        .all()
    )
    options = (
        session.execute(
            lookup.live(Option)
            .where(Option.assessment_id == a.id)
            .options(selectinload(Option.savings.and_(OptionSaving.deleted_at.is_(None))))
            .order_by(Option.code, Option.title)
        )
        .scalars()
        .all()
    )
    factor_set = session.get(FactorSet, a.factor_set_id) if a.factor_set_id else None
    return AssessmentDetail(
        row=row,
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
        team=tuple(
            TeamMemberRow(t.id, t.name, t.role, t.organisation, t.position)
            for t in rows(TeamMember, TeamMember.created_at)
        ),
        tasks=tuple(TaskRow(t.task_no, t.status, t.note) for t in rows(TaskProgress, TaskProgress.task_no)),
        steps=tuple(ProcessStepRow(s.id, s.name, s.position, s.is_focus, s.description) for s in steps),
        streams=tuple(
            StreamRow(
                s.id,
                s.name,
                s.kind,
                s.carrier,
                s.source_step_id,
                step_names.get(s.source_step_id) if s.source_step_id else None,
                s.target_step_id,
                step_names.get(s.target_step_id) if s.target_step_id else None,
                s.pressure_bar,
                s.temperature_c,
                counts.get(s.id, 0),
            )
            for s in streams
        ),
        measurements=tuple(measurement_row(m, stream_names[m.stream_id]) for m in measurements),
        waste_streams=tuple(waste_stream_row(w) for w in rows(WasteStream, WasteStream.name)),
        options=tuple(option_row(o) for o in options),
    )


def task_progress(db: Database, assessment_id: uuid.UUID | str) -> list[TaskProgressRow]:
    """The assessment's 18 task rows, by task number."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        rows = session.execute(
            lookup.live(TaskProgress).where(TaskProgress.assessment_id == a.id).order_by(TaskProgress.task_no)
        ).scalars()
        return [TaskProgressRow(t.id, t.task_no, t.status, t.note, t.completed_at) for t in rows]


def causes(db: Database, assessment_id: uuid.UUID | str) -> list[CauseRow]:
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


def option_savings(db: Database, assessment_id: uuid.UUID | str) -> list[SavingItem]:
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


def option_texts(db: Database, assessment_id: uuid.UUID | str) -> dict[uuid.UUID, OptionTexts]:
    """The long texts of each live option, by option id."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        query = select(Option.id, Option.description, Option.technical_notes, Option.rejection_reason).where(
            Option.assessment_id == a.id, Option.deleted_at.is_(None)
        )
        return {row[0]: OptionTexts(*row) for row in session.execute(query)}


def assessment_form(db: Database, assessment_id: uuid.UUID | str) -> AssessmentForm:
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
            scope_weight=a.scope_weight,
        )


def company_detail(db: Database, company_id: uuid.UUID | str) -> CompanyDetail:
    with reading(db) as session:
        c = lookup.get(session, Company, company_id, "company")
        return CompanyDetail(c.id, c.name, c.sector, c.province, c.size, c.address, c.contact, c.employees)


def factor_set_codes(db: Database) -> list[tuple[str, str, str]]:
    """(code, Vietnamese name, English name) of the factor sets installed in the database."""
    with reading(db) as session:
        rows = session.execute(lookup.live(FactorSet).order_by(FactorSet.code)).scalars()
        return [(f.code, f.name_vi or f.name, f.name) for f in rows]
