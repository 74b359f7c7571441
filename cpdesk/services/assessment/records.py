"""An assessment's stored records read as the plain rows of :mod:`cpdesk.core.rows`.

The row builders the services share (a measurement, a waste stream, an option, the whole
assessment as :class:`~cpdesk.core.rows.AssessmentDetail`) take an open session; the reads
the workbench edits from (task progress, causes and resource savings with their ids, the
long texts the lists leave out, the assessment's and the company's forms, the factor sets)
each open one read-only session. Whole assessments are read by :func:`assessment_details`,
one or a thousand with the same statements (IN lists), as plain rows of the columns the
builders read rather than mapped objects: the lists run the guide's checks on every one.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Row, String, func, select, type_coerce
from sqlalchemy.orm import Session

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


def measurement_row(m: Measurement | Row[Any], stream_name: str) -> MeasurementRow:
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


def waste_stream_row(w: WasteStream | Row[Any]) -> WasteStreamRow:
    return WasteStreamRow(
        id=w.id,
        name=w.name,
        annual_quantity=w.annual_quantity,
        unit=w.unit,
        loss_value_per_unit=w.loss_value_per_unit,
        treatment_cost_per_year=w.treatment_cost_per_year,
        annual_cost=(w.annual_quantity or 0.0) * w.loss_value_per_unit + w.treatment_cost_per_year,
    )


def option_row(o: Option | Row[Any], savings: Iterable[OptionSaving | Row[Any]] | None = None) -> OptionRow:
    """The option as a row; ``savings`` its live savings when they were read apart (a row of
    :data:`OPTION_COLUMNS` has none), else the option's own less the deleted ones."""
    live = [s for s in o.savings if s.deleted_at is None] if savings is None else savings
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
        savings_basis=str(o.savings_basis),
        savings=tuple(SavingRow(s.carrier, s.quantity, s.unit, s.monitored_quantity) for s in live),
    )


#: The columns the row builders read, selected without the rest of each record (its sync
#: metadata): plain rows cost a fraction of mapped objects when a list reads thousands.
STEP_COLUMNS = (ProcessStep.id, ProcessStep.name, ProcessStep.position, ProcessStep.is_focus, ProcessStep.description)
STREAM_COLUMNS = (
    Stream.id,
    Stream.name,
    Stream.kind,
    Stream.carrier,
    type_coerce(Stream.source_step_id, String).label("source_step_id"),  # as stored: see RawIds
    type_coerce(Stream.target_step_id, String).label("target_step_id"),
    Stream.pressure_bar,
    Stream.temperature_c,
)
MEASUREMENT_COLUMNS = (
    Measurement.id,
    Measurement.stream_id,
    Measurement.value,
    Measurement.unit,
    Measurement.basis,
    Measurement.method,
    Measurement.relative_uncertainty,
    Measurement.measured_at,
    Measurement.instrument,
    Measurement.author,
    Measurement.note,
)
TEAM_COLUMNS = (TeamMember.id, TeamMember.name, TeamMember.role, TeamMember.organisation, TeamMember.position)
TASK_COLUMNS = (TaskProgress.task_no, TaskProgress.status, TaskProgress.note)
WASTE_COLUMNS = (
    WasteStream.id,
    WasteStream.name,
    WasteStream.annual_quantity,
    WasteStream.unit,
    WasteStream.loss_value_per_unit,
    WasteStream.treatment_cost_per_year,
)
OPTION_COLUMNS = (
    Option.id,
    Option.code,
    Option.title,
    Option.description,
    Option.category,
    Option.cause_id,
    Option.waste_stream_id,
    Option.screening,
    Option.status,
    Option.investment,
    Option.annual_savings,
    Option.annual_extra_costs,
    Option.lifetime_years,
    Option.rejection_reason,
    Option.implemented_on,
    Option.monitored_annual_savings,
    Option.type_code,
    Option.savings_basis,
)
SAVING_COLUMNS = (OptionSaving.carrier, OptionSaving.quantity, OptionSaving.unit, OptionSaving.monitored_quantity)


def assessment_detail(session: Session, a: Assessment, row: AssessmentRow) -> AssessmentDetail:
    return assessment_details(session, [(a, row)])[0]


T = TypeVar("T")

#: Ids per IN list: far below SQLite's limit of bound variables (999 before 3.32).
IN_CHUNK = 500


def chunks(ids: Sequence[T]) -> Iterator[Sequence[T]]:
    """``ids`` in slices of :data:`IN_CHUNK`, one IN list each."""
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


class RawIds(dict[Any, uuid.UUID]):
    """Ids read as they are stored (hex text on SQLite; the driver's uuid on PostgreSQL), each
    made a :class:`uuid.UUID` once: the records of a thousand assessments name the same
    few thousand ids (their assessment, their process steps) a hundred thousand times, and
    parsing each one again was a third of the time of reading them."""

    def __missing__(self, raw: Any) -> uuid.UUID:
        made = self[raw] = raw if isinstance(raw, uuid.UUID) else uuid.UUID(raw)
        return made


def raw_id(column: Any, name: str) -> Any:
    """``column`` (an id) selected as stored, labelled ``name``, for :class:`RawIds`."""
    return type_coerce(column, String).label(name)


def assessment_details(
    session: Session, assessments: Sequence[tuple[Assessment, AssessmentRow]], *, measurements: bool = True
) -> list[AssessmentDetail]:
    """Each assessment with its list row as :class:`AssessmentDetail`, in the order given.

    One statement per kind of record and IN list of :data:`IN_CHUNK` assessments, whatever
    they hold: one assessment and a thousand are read by the same code. ``measurements``
    False leaves the readings out (each stream still counts its own): what the guide's
    quick checks read for every assessment of a list.
    """
    ids = [a.id for a, _ in assessments]
    known = RawIds()

    def rows(model: Any, columns: tuple[Any, ...], *order: Any) -> dict[uuid.UUID, list[Row[Any]]]:
        found: dict[uuid.UUID, list[Row[Any]]] = defaultdict(list)
        for chunk in chunks(ids):
            query = (
                select(raw_id(model.assessment_id, "owner"), *columns)
                .where(model.assessment_id.in_(chunk), model.deleted_at.is_(None))
                .order_by(*order)
            )
            for record in session.execute(query):
                found[known[record.owner]].append(record)
        return found

    steps = rows(ProcessStep, STEP_COLUMNS, ProcessStep.position, ProcessStep.name)
    # Each stream with the count of its live readings (by the index on the readings' stream).
    readings_of_stream = (
        select(func.count(Measurement.id))
        .where(Measurement.stream_id == Stream.id, Measurement.deleted_at.is_(None))
        .scalar_subquery()
        .label("readings")
    )
    streams = rows(Stream, (*STREAM_COLUMNS, readings_of_stream), Stream.name)
    stream_names = {s.id: s.name for listed in streams.values() for s in listed}
    readings: dict[uuid.UUID, list[Any]] = defaultdict(list)  # rows of MEASUREMENT_COLUMNS
    saved: dict[uuid.UUID, list[Any]] = defaultdict(list)  # rows of SAVING_COLUMNS
    for chunk in chunks(ids):
        of_live_streams = (Stream.assessment_id.in_(chunk), Stream.deleted_at.is_(None))
        if measurements:
            in_order = (
                select(raw_id(Stream.assessment_id, "owner"), *MEASUREMENT_COLUMNS)
                .join(Stream, Measurement.stream_id == Stream.id)
                .where(*of_live_streams, Measurement.deleted_at.is_(None))
                .order_by(Measurement.measured_at, Measurement.created_at)
            )
            for m in session.execute(in_order):
                readings[known[m.owner]].append(m)
        # The options' live savings by the same IN list (a selectinload would send one
        # statement per 500 options): the statements stay one per kind of record.
        query = (
            select(raw_id(OptionSaving.option_id, "option"), *SAVING_COLUMNS)
            .join(Option, OptionSaving.option_id == Option.id)
            .where(Option.assessment_id.in_(chunk), Option.deleted_at.is_(None), OptionSaving.deleted_at.is_(None))
            .order_by(OptionSaving.carrier)  # the relationship's order
        )
        for saving in session.execute(query):
            saved[known[saving.option]].append(saving)
    options = rows(Option, OPTION_COLUMNS, Option.code, Option.title)
    team = rows(TeamMember, TEAM_COLUMNS, TeamMember.created_at)
    tasks = rows(TaskProgress, TASK_COLUMNS, TaskProgress.task_no)
    waste = rows(WasteStream, WASTE_COLUMNS, WasteStream.name)
    details = []
    for a, row in assessments:
        step_names = {s.id: s.name for s in steps[a.id]}

        def step_of(raw: Any, names: dict[uuid.UUID, str] = step_names) -> tuple[uuid.UUID | None, str | None]:
            """A stream's end: the step's id and name (None: outside the plant)."""
            if raw is None:
                return None, None
            step = known[raw]
            return step, names.get(step)

        factor_set = session.get(FactorSet, a.factor_set_id) if a.factor_set_id else None  # one read per set
        details.append(
            AssessmentDetail(
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
                team=tuple(TeamMemberRow(t.id, t.name, t.role, t.organisation, t.position) for t in team[a.id]),
                tasks=tuple(TaskRow(t.task_no, t.status, t.note) for t in tasks[a.id]),
                steps=tuple(ProcessStepRow(s.id, s.name, s.position, s.is_focus, s.description) for s in steps[a.id]),
                streams=tuple(
                    StreamRow(
                        s.id,
                        s.name,
                        s.kind,
                        s.carrier,
                        *step_of(s.source_step_id),
                        *step_of(s.target_step_id),
                        s.pressure_bar,
                        s.temperature_c,
                        s.readings,
                    )
                    for s in streams[a.id]
                ),
                measurements=tuple(measurement_row(m, stream_names[m.stream_id]) for m in readings[a.id]),
                waste_streams=tuple(waste_stream_row(w) for w in waste[a.id]),
                options=tuple(option_row(o, saved[o.id]) for o in options[a.id]),
            )
        )
    return details


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
            SavingItem(
                s.id,
                s.option_id,
                s.carrier,
                s.quantity,
                s.unit,
                s.monitored_quantity,
                str(s.basis),
                s.verified_quantity,
                s.verified_uncertainty,
                str(s.verified_method) if s.verified_method is not None else None,
            )
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
            boiler_efficiency_pct=a.boiler_efficiency_pct,
            boiler_efficiency_method=None if a.boiler_efficiency_method is None else a.boiler_efficiency_method.value,
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
