"""Building the full, plain view of one assessment from the store."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cpdesk.core.rows import (
    AssessmentDetail,
    AssessmentRow,
    MeasurementRow,
    OptionRow,
    ProcessStepRow,
    SavingRow,
    StreamRow,
    TaskRow,
    TeamMemberRow,
    WasteStreamRow,
)
from cpdesk.services import lookup
from cpdesk.store.models import (
    Assessment,
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
        savings=tuple(
            SavingRow(s.carrier, s.quantity, s.unit, s.monitored_quantity) for s in o.savings if s.deleted_at is None
        ),
    )


def assessment_detail(session: Session, a: Assessment, row: AssessmentRow) -> AssessmentDetail:
    def rows(model, *order):  # type: ignore[no-untyped-def]
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
