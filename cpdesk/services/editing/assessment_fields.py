"""Which fields of an assessment's records (and of the programmes and companies it names) a
person may edit, how each is checked, and the rules across fields and on deletion.

The checks are the ones creation applies (:mod:`cpdesk.services.assessment`); money is in
the assessment's currency. :mod:`cpdesk.services.editing.registry` puts this table beside the
training centre's and the indicators'.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpdesk.core.calculators.basis import BoilerEfficiencyMethod
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError, ValueRefused
from cpdesk.core.messages import msg
from cpdesk.core.mv.methods import VerificationMethod
from cpdesk.core.reading_units import allowed_dimensions
from cpdesk.core.vocabulary import (
    Carrier,
    CauseCategory,
    DeliveryMode,
    MeasurementBasis,
    MeasurementMethod,
    OptionCategory,
    OptionStatus,
    ScreeningResult,
    StreamKind,
    TaskStatus,
    TeamRole,
)
from cpdesk.core.water_states import impossible_state
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.assessment import periods
from cpdesk.store.base import SyncedMixin, utcnow
from cpdesk.store.models import (
    Assessment,
    Attachment,
    Cause,
    Company,
    Measurement,
    Option,
    OptionSaving,
    ProcessStep,
    Programme,
    Stream,
    TaskProgress,
    TeamMember,
    WasteStream,
)
from cpdesk.store.models import PeriodReading as StoredPeriod

Checker = Callable[[Session, Any, Any], Any]


def _text(max_len: int = 300, required: bool = True) -> Checker:
    return lambda _s, _o, v: check.text("", "", v, max_len=max_len, required=required)


def _number(**bounds: Any) -> Checker:
    return lambda _s, _o, v: check.number("", "", v, **bounds)


def _whole(optional: bool = False) -> Checker:
    return lambda _s, _o, v: check.whole("", "", v, optional=optional)


def _code(enum_cls: type) -> Checker:
    return lambda _s, _o, v: check.code("", "", v, enum_cls)


def _optional_code(enum_cls: type) -> Checker:
    return lambda _s, _o, v: None if v in (None, "") else check.code("", "", v, enum_cls)


def _flag(_s: Session, _obj: Any, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueRefused(msg("value.true_or_false"))
    return value


def _date(_s: Session, _obj: Any, value: Any) -> date | None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise ValueRefused(msg("value.not_a_date"))
    return value


def _step_of_same_assessment(session: Session, obj: Stream, value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    step = lookup.get(session, ProcessStep, value, Entity.PROCESS_STEP)
    if step.assessment_id != obj.assessment_id:
        raise ValueRefused(msg("record.other_assessment"))
    return step.id


def _measurement_unit(session: Session, obj: Measurement, value: Any) -> str:
    stream = session.get(Stream, obj.stream_id)
    assert stream is not None
    return check.unit(Entity.MEASUREMENT, "unit", value, dimensions=allowed_dimensions(stream.carrier))


def _option_type(_s: Session, obj: Option, value: Any) -> str | None:
    # The option's own code passes even when the library in use no longer has it (kept).
    return check.option_type("", "", value, current=obj.type_code)


def _period_day(field: str) -> Checker:
    return lambda _s, _o, v: periods.period_date(field, v)


def _period_unit(_s: Session, obj: StoredPeriod, value: Any) -> str:
    return periods.period_unit(obj.variable, value)


def _unit(_s: Session, _obj: Any, value: Any) -> str:
    return check.unit("", "unit", value) if value else ""


#: What can be edited, and how each field is checked. Money is in the assessment's currency.
FIELDS: dict[Entity, tuple[type[SyncedMixin], Mapping[str, Checker]]] = {
    Entity.PROGRAMME: (
        Programme,
        {
            "name": _text(),
            "name_vi": _text(required=False),
            "donor": _text(200, False),
            "description": _text(5000, False),
            "reported_co2_t": _number(minimum=0, optional=True),
            "reported_note": _text(5000, False),
        },
    ),
    Entity.COMPANY: (
        Company,
        {
            "name": _text(),
            "province": _text(100, False),
            "address": _text(2000, False),
            "contact": _text(required=False),
            "employees": _whole(optional=True),
        },
    ),
    Entity.ASSESSMENT: (
        Assessment,
        {
            "title": _text(),
            "delivery_mode": _code(DeliveryMode),
            "start_date": _date,
            "end_date": _date,
            "exchange_rate": _number(strictly_positive=True, optional=True),
            "discount_rate": _number(minimum=0, maximum=1),
            "operating_hours_per_year": _number(strictly_positive=True, maximum=8784, optional=True),
            "operating_days_per_year": _number(strictly_positive=True, maximum=366, optional=True),
            "annual_production": _number(strictly_positive=True, optional=True),
            "batches_per_day": _number(strictly_positive=True, optional=True),
            # The scope as a fraction of a full assessment, entered by the centre (its year's
            # assessments converted to full ones add these up): above 0, at most 1.
            "scope_weight": _number(strictly_positive=True, maximum=1),
            "boiler_efficiency_pct": _number(strictly_positive=True, maximum=100, optional=True),
            "boiler_efficiency_method": _optional_code(BoilerEfficiencyMethod),
            "audit_focus": _text(5000, False),
            "notes": _text(20000, False),
        },
    ),
    Entity.TEAM_MEMBER: (
        TeamMember,
        {
            "name": _text(200),
            "role": _code(TeamRole),
            "organisation": _text(200, False),
            "position": _text(200, False),
            "contact": _text(200, False),
        },
    ),
    Entity.TASK_PROGRESS: (TaskProgress, {"status": _code(TaskStatus), "note": _text(5000, False)}),
    Entity.PROCESS_STEP: (
        ProcessStep,
        {
            "name": _text(200),
            "description": _text(5000, False),
            "position": _whole(),
            "is_focus": _flag,
            "chart_x": _number(optional=True),
            "chart_y": _number(optional=True),
        },
    ),
    Entity.STREAM: (
        Stream,
        {
            "name": _text(200),
            "kind": _code(StreamKind),
            "carrier": _code(Carrier),
            "source_step_id": _step_of_same_assessment,
            "target_step_id": _step_of_same_assessment,
            "pressure_bar": _number(strictly_positive=True, optional=True),
            "temperature_c": _number(minimum=-273.15, optional=True),
            "note": _text(5000, False),
        },
    ),
    Entity.MEASUREMENT: (
        Measurement,
        {
            "value": _number(minimum=0),
            "unit": _measurement_unit,
            "basis": _code(MeasurementBasis),
            "method": _code(MeasurementMethod),
            "relative_uncertainty": _number(strictly_positive=True, maximum=1.0, optional=True),
            "instrument": _text(200, False),
            "author": _text(200, False),
            "note": _text(5000, False),
        },
    ),
    Entity.WASTE_STREAM: (
        WasteStream,
        {
            "name": _text(200),
            "annual_quantity": _number(minimum=0, optional=True),
            "unit": _unit,
            "loss_value_per_unit": _number(minimum=0),
            "treatment_cost_per_year": _number(minimum=0),
            "note": _text(5000, False),
        },
    ),
    Entity.CAUSE: (Cause, {"category": _code(CauseCategory), "description": _text(5000)}),
    Entity.OPTION: (
        Option,
        {
            "code": _text(20, False),
            "title": _text(),
            "description": _text(20000, False),
            "category": _code(OptionCategory),
            "screening": _optional_code(ScreeningResult),
            "technical_notes": _text(20000, False),
            "investment": _number(minimum=0),
            "annual_savings": _number(minimum=0),
            "annual_extra_costs": _number(minimum=0),
            "lifetime_years": _number(strictly_positive=True, maximum=100),
            "status": _code(OptionStatus),
            "rejection_reason": _text(5000, False),
            "implemented_on": _date,
            "monitored_annual_savings": _number(minimum=0, optional=True),
            "type_code": _option_type,
        },
    ),
    Entity.OPTION_SAVING: (
        OptionSaving,
        {
            "quantity": _number(minimum=0),
            "monitored_quantity": _number(minimum=0, optional=True),
            # a verified saving may be below zero (the plant used more than the baseline says)
            "verified_quantity": _number(optional=True),
            "verified_uncertainty": _number(minimum=0, optional=True),
            "verified_method": _optional_code(VerificationMethod),
        },
    ),
    Entity.ATTACHMENT: (Attachment, {"caption": _text(5000, False)}),
    Entity.PERIOD_READING: (
        StoredPeriod,
        {
            "period_start": _period_day("period_start"),
            "period_end": _period_day("period_end"),
            "value": _number(minimum=0),
            "unit": _period_unit,
            "source": _text(periods.MAX_SOURCE, False),
        },
    ),
}


def check_update(_session: Session, entity: Entity, obj: Any, new: Mapping[str, Any]) -> None:
    """Rules across fields, checked on the record as it will be after the update."""

    def after(name: str) -> Any:
        return new.get(name, getattr(obj, name))

    if entity == Entity.STREAM and after("source_step_id") is None and after("target_step_id") is None:
        raise ValidationError(entity, "target_step_id", None, msg("stream.needs_step"))
    if (
        entity == Entity.STREAM
        and after("source_step_id") is not None
        and after("source_step_id") == after("target_step_id")
    ):
        raise ValidationError(entity, "target_step_id", after("target_step_id"), msg("stream.same_step"))
    if entity == Entity.STREAM and {"carrier", "pressure_bar", "temperature_c"} & new.keys():
        state = impossible_state(after("carrier"), after("pressure_bar"), after("temperature_c"))
        if state is not None:  # steam below saturation, liquid above its boiling point
            field = next(f for f in ("temperature_c", "pressure_bar", "carrier") if f in new)
            raise ValidationError(entity, field, new[field], state.said())
    if entity == Entity.OPTION:
        if after("status") == OptionStatus.REJECTED and not after("rejection_reason"):
            raise ValidationError(entity, "rejection_reason", "", msg("option.rejection_reason_first"))
        if after("monitored_annual_savings") is not None and after("status") != OptionStatus.IMPLEMENTED:
            raise ValidationError(
                entity,
                "monitored_annual_savings",
                after("monitored_annual_savings"),
                msg("option.monitored_not_implemented"),
            )
    if (
        entity == Entity.ASSESSMENT
        and after("start_date")
        and after("end_date")
        and after("end_date") < after("start_date")
    ):
        before = msg("value.before_start", start=after("start_date"))
        raise ValidationError(entity, "end_date", after("end_date"), before)
    if entity == Entity.PERIOD_READING and {"period_start", "period_end"} & new.keys():
        _check_period(_session, obj, after("period_start"), after("period_end"))
    if entity == Entity.TASK_PROGRESS and "status" in new:
        obj.completed_at = utcnow() if new["status"] == TaskStatus.DONE else None


def _check_period(session: Session, obj: StoredPeriod, start: date, end: date) -> None:
    """A period edited keeps its end after its start and clashes with no other."""
    if end < start:
        raise ValidationError(
            Entity.PERIOD_READING, "period_end", end, msg("mv.period_ends_before_start", start=start, end=end)
        )
    clash = periods.period_clash(session, obj.assessment_id, obj.variable, start, end, exclude=obj.id)
    if clash is not None:
        raise ValidationError(Entity.PERIOD_READING, "period_start", start, clash)


#: Catalogue records that assessments name (links, not owners: see cpdesk.store.ownership).
#: The reports and the summaries read them, so they stay while a live assessment names them.
_NAMED_BY_ASSESSMENTS = {Entity.COMPANY: Assessment.company_id, Entity.PROGRAMME: Assessment.programme_id}


def check_delete(session: Session, entity: Entity, obj: Any) -> None:
    """Refuse to delete a company or programme that a live assessment names."""
    column = _NAMED_BY_ASSESSMENTS.get(entity)
    if column is None:
        return
    query = select(func.count()).select_from(Assessment).where(column == obj.id, Assessment.deleted_at.is_(None))
    count = session.execute(query).scalar_one()
    if count:
        raise ValidationError(entity, "id", str(obj.id), msg("record.assessments_depend", count=count))
