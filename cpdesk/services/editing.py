"""Edits of existing records as plain, reversible operations (the workbench's undo and redo).

Each operation is a small frozen object; :func:`apply` carries it out in one unit of work and
returns its inverse, so an undo stack in the GUI only has to keep the inverses (Orange's
habit: the command's ``execute`` returns its inverse; Qt's QUndoStack wraps it at the edge).
Updates are validated field by field with the same rules as creation; deletions are
tombstones, so undoing one brings the same record back with the same id. Deleting a record
deletes what it owns with it (an assessment its steps, streams, options ...; a step the
streams into and out of it; see :mod:`cpdesk.store.ownership`), and undoing it brings back
exactly those rows; a record whose owner is deleted cannot be restored on its own.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpdesk.core.errors import ValidationError
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
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.assessment.flow import allowed_dimensions
from cpdesk.services.uow import unit_of_work
from cpdesk.store import ownership
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

Checker = Callable[[Session, Any, Any], Any]


def _text(max_len: int = 300, required: bool = True) -> Checker:
    return lambda _s, obj, v: check.text(_name(obj), "", v, max_len=max_len, required=required)


def _number(**bounds: Any) -> Checker:
    return lambda _s, obj, v: check.number(_name(obj), "", v, **bounds)


def _whole(optional: bool = False) -> Checker:
    def whole(_s: Session, obj: Any, value: Any) -> int | None:
        return check.whole(_name(obj), "", value, optional=optional)

    return whole


def _code(enum_cls: type) -> Checker:
    return lambda _s, obj, v: check.code(_name(obj), "", v, enum_cls)


def _optional_code(enum_cls: type) -> Checker:
    return lambda _s, obj, v: None if v in (None, "") else check.code(_name(obj), "", v, enum_cls)


def _flag(_s: Session, _obj: Any, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _date(_s: Session, _obj: Any, value: Any) -> date | None:
    if value is not None and (not isinstance(value, date) or isinstance(value, datetime)):
        raise ValueError("must be a date")
    return value


def _step_of_same_assessment(session: Session, obj: Stream, value: Any) -> uuid.UUID | None:
    if value is None:
        return None
    step = lookup.get(session, ProcessStep, value, "process_step")
    if step.assessment_id != obj.assessment_id:
        raise ValueError("belongs to another assessment")
    return step.id


def _measurement_unit(session: Session, obj: Measurement, value: Any) -> str:
    stream = session.get(Stream, obj.stream_id)
    assert stream is not None
    return check.unit("measurement", "unit", value, dimensions=allowed_dimensions(stream.carrier))


def _unit(_s: Session, obj: Any, value: Any) -> str:
    return check.unit(_name(obj), "unit", value) if value else ""


@dataclass(frozen=True)
class _Entity:
    model: type[SyncedMixin]
    fields: Mapping[str, Checker]


#: What can be edited, and how each field is checked. Money is in the assessment's currency.
ENTITIES: dict[str, _Entity] = {
    "programme": _Entity(
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
    "company": _Entity(
        Company,
        {
            "name": _text(),
            "province": _text(100, False),
            "address": _text(2000, False),
            "contact": _text(required=False),
            "employees": _whole(optional=True),
        },
    ),
    "assessment": _Entity(
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
            "audit_focus": _text(5000, False),
            "notes": _text(20000, False),
        },
    ),
    "team_member": _Entity(
        TeamMember,
        {
            "name": _text(200),
            "role": _code(TeamRole),
            "organisation": _text(200, False),
            "position": _text(200, False),
            "contact": _text(200, False),
        },
    ),
    "task_progress": _Entity(TaskProgress, {"status": _code(TaskStatus), "note": _text(5000, False)}),
    "process_step": _Entity(
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
    "stream": _Entity(
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
    "measurement": _Entity(
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
    "waste_stream": _Entity(
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
    "cause": _Entity(Cause, {"category": _code(CauseCategory), "description": _text(5000)}),
    "option": _Entity(
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
        },
    ),
    "option_saving": _Entity(
        OptionSaving, {"quantity": _number(minimum=0), "monitored_quantity": _number(minimum=0, optional=True)}
    ),
    "attachment": _Entity(Attachment, {"caption": _text(5000, False)}),
}


def _name(obj: Any) -> str:
    for name, entity in ENTITIES.items():
        if isinstance(obj, entity.model):
            return name
    return type(obj).__name__.lower()


@dataclass(frozen=True)
class Update:
    """Set fields of a record; applying it returns the Update that puts the old values back."""

    entity: str
    id: uuid.UUID
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Delete:
    """Tombstone a record; its inverse is a Restore of the same id."""

    entity: str
    id: uuid.UUID


@dataclass(frozen=True)
class Restore:
    """Bring a tombstoned record back; its inverse is a Delete."""

    entity: str
    id: uuid.UUID


Operation = Update | Delete | Restore


def apply(db: Any, operation: Operation) -> Operation:
    """Carry out one edit in one unit of work and return the operation that undoes it."""
    entity = ENTITIES.get(operation.entity)
    if entity is None:
        raise ValidationError(operation.entity, "", operation.id, "this kind of record cannot be edited here")
    with unit_of_work(db) as session:
        obj = session.get(entity.model, lookup.as_uuid(operation.entity, operation.id))
        if obj is None:
            raise lookup.NotFoundError(operation.entity, operation.id)
        if isinstance(operation, Update):
            if obj.deleted_at is not None:
                raise lookup.NotFoundError(operation.entity, operation.id)
            return _update(session, entity, operation, obj)
        table = entity.model.__tablename__  # type: ignore[attr-defined]
        if isinstance(operation, Delete):
            if obj.deleted_at is not None:
                raise lookup.NotFoundError(operation.entity, operation.id)
            _check_not_named(session, operation.entity, obj)
            obj.deleted_at = utcnow()
            ownership.tombstone_subtree(session, table, [obj.id], obj.deleted_at)
            return Restore(operation.entity, obj.id)
        if obj.deleted_at is not None:
            owner = ownership.deleted_owner(session, table, obj.id)
            if owner is not None:
                raise ValidationError(
                    operation.entity,
                    "id",
                    str(obj.id),
                    f"belongs to {owner[0]} {owner[1]}, which is deleted: restore it first",
                )
            deleted_at = obj.deleted_at
            obj.deleted_at = None
            ownership.restore_subtree(session, table, [obj.id], deleted_at)
        return Delete(operation.entity, obj.id)


#: Catalogue records that assessments name (links, not owners: see cpdesk.store.ownership).
#: The reports and the summaries read them, so they stay while a live assessment names them.
_NAMED_BY_ASSESSMENTS = {"company": Assessment.company_id, "programme": Assessment.programme_id}


def _check_not_named(session: Session, entity: str, obj: Any) -> None:
    column = _NAMED_BY_ASSESSMENTS.get(entity)
    if column is None:
        return
    query = select(func.count()).select_from(Assessment).where(column == obj.id, Assessment.deleted_at.is_(None))
    count = session.execute(query).scalar_one()
    if count:
        reason = f"{count} assessment(s) belong to it: delete them first"
        raise ValidationError(entity, "id", str(obj.id), reason)


def _update(session: Session, entity: _Entity, operation: Update, obj: Any) -> Update:
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for name, value in operation.values.items():
        checker = entity.fields.get(name)
        if checker is None:
            raise ValidationError(operation.entity, name, value, "this field cannot be edited")
        try:
            new[name] = checker(session, obj, value)
        except ValidationError as exc:
            raise ValidationError(operation.entity, name, value, exc.reason) from None
        except ValueError as exc:
            raise ValidationError(operation.entity, name, value, str(exc)) from None
        old[name] = getattr(obj, name)
    _check_record(operation.entity, obj, new)
    for name, value in new.items():
        setattr(obj, name, value)
    session.flush()
    return Update(operation.entity, obj.id, old)


def _check_record(entity: str, obj: Any, new: Mapping[str, Any]) -> None:
    """Rules across fields, checked on the record as it will be after the update."""

    def after(name: str) -> Any:
        return new.get(name, getattr(obj, name))

    if entity == "stream" and after("source_step_id") is None and after("target_step_id") is None:
        raise ValidationError(entity, "target_step_id", None, "a stream needs a source or a target step")
    if (
        entity == "stream"
        and after("source_step_id") is not None
        and after("source_step_id") == after("target_step_id")
    ):
        raise ValidationError(entity, "target_step_id", after("target_step_id"), "is the same step as the source")
    if entity == "option":
        if after("status") == OptionStatus.REJECTED and not after("rejection_reason"):
            raise ValidationError(entity, "rejection_reason", "", "say why the option was rejected")
        if after("monitored_annual_savings") is not None and after("status") != OptionStatus.IMPLEMENTED:
            raise ValidationError(
                entity,
                "monitored_annual_savings",
                after("monitored_annual_savings"),
                "only an implemented option has monitored savings",
            )
    if entity == "assessment" and after("start_date") and after("end_date") and after("end_date") < after("start_date"):
        raise ValidationError(entity, "end_date", after("end_date"), f"is before the start date {after('start_date')}")
    if entity == "task_progress" and "status" in new:
        obj.completed_at = utcnow() if new["status"] == TaskStatus.DONE else None
