"""Practical modules: a trainer prepares copies of a demonstration assessment for trainees.

**Preparing** a module creates, per trainee, a copy of the reference assessment holding only
the data given (team, steps, streams, measurements, waste streams, options) and a fresh task
list. Every copied record gets a new id *derived* from its reference record and the
assignment (:func:`copy_id`: a UUID5 of the reference id in the assignment's namespace), so
a trainee's copy keeps a link to the reference without a column for it: the comparison
matches a copied stream to its reference stream through that id, and a stream the trainee
drew himself by its steps and name (:func:`cpdesk.core.comparison.stream_key`). The copy
leaves the programme out (a trainee's options are no programme result) and is marked as a
training demonstration.

The copies travel to the trainees and their results come back as bundles
(``practical_bundles``); what one bundle of a copy holds is :func:`assessment_scope`.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.practical import AssignmentRow, ModuleRow
from cpdesk.core.training_vocabulary import PracticalData
from cpdesk.core.vocabulary import DeliveryMode, TaskStatus
from cpdesk.services import lookup
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, PracticalAssignment, PracticalModule, TaskProgress
from cpdesk.sync.records import synced_tables, table_codec

TASK_NUMBERS = range(1, 19)

#: The records of an assessment, parents first, with the data-given code that hands each to
#: the trainees (None: always copied). Task progress is never copied: each trainee starts
#: with all 18 tasks not started.
ASSESSMENT_TABLES: tuple[tuple[str, str | None], ...] = (
    ("team_member", PracticalData.TEAM),
    ("fuel_override", PracticalData.MEASUREMENTS),
    ("process_step", PracticalData.STEPS),
    ("stream", PracticalData.STREAMS),
    ("logger_series", PracticalData.MEASUREMENTS),
    ("measurement", PracticalData.MEASUREMENTS),
    ("logger_series_chunk", PracticalData.MEASUREMENTS),
    ("measurement_source", PracticalData.MEASUREMENTS),
    ("attachment", None),
    ("waste_stream", PracticalData.WASTE_STREAMS),
    ("cause", PracticalData.WASTE_STREAMS),
    ("cp_option", PracticalData.OPTIONS),
    ("option_saving", PracticalData.OPTIONS),
    ("period_reading", PracticalData.MEASUREMENTS),
)
#: A copy's dependants that travel (and come back): the above and its task list.
DEPENDANT_TABLES = ("task_progress", *(name for name, _ in ASSESSMENT_TABLES))
#: Data that needs other data given: streams join steps, readings join streams.
NEEDS = {
    PracticalData.STREAMS: PracticalData.STEPS,
    PracticalData.MEASUREMENTS: PracticalData.STREAMS,
}
_SYNC_METADATA = ("id", "created_at", "updated_at", "device_id", "version", "deleted_at")


def copy_id(assignment_id: uuid.UUID, reference_id: uuid.UUID) -> uuid.UUID:
    """The id of the trainee's copy of a reference record (the link back to the reference)."""
    return uuid.uuid5(assignment_id, str(reference_id))


# ------------------------------------------------------------------ preparing


def prepare_module(
    db: Database,
    reference_assessment_id: uuid.UUID | str,
    title: str,
    trainees: Sequence[str],
    *,
    data_given: Collection[str],
    tasks_required: Collection[int],
    due_date: date | None = None,
    notes: str = "",
) -> ModuleRow:
    """Create a module and one copy of the reference assessment per trainee, in one go."""
    title = title.strip()
    if not title:
        raise ValidationError("practical module", "title", title, msg("practical.needs_title"))
    names = [" ".join(t.split()) for t in trainees]
    if not names or any(not n for n in names):
        raise ValidationError("practical module", "trainees", list(trainees), msg("practical.name_every_trainee"))
    twice = sorted({n for n in names if [m.casefold() for m in names].count(n.casefold()) > 1})
    if twice:
        raise ValidationError("practical module", "trainees", ", ".join(twice), msg("practical.trainee_twice"))
    given = _data_given(data_given)
    tasks = sorted(set(tasks_required))
    wrong = [t for t in tasks if t not in TASK_NUMBERS]
    if wrong or not tasks:
        raise ValidationError("practical module", "tasks_required", wrong or tasks, msg("practical.tasks_range"))
    with unit_of_work(db) as session:
        reference = lookup.assessment(session, reference_assessment_id)
        module = PracticalModule(
            title=title,
            reference_assessment_id=reference.id,
            data_given=[g.value for g in given],
            tasks_required=tasks,
            due_date=due_date,
            notes=notes,
        )
        session.add(module)
        session.flush()
        for name in names:
            assignment_id = uuid.uuid4()
            copy = _copy_assessment(session, reference, assignment_id, name, given)
            session.add(
                PracticalAssignment(id=assignment_id, module_id=module.id, trainee_name=name, assessment_id=copy)
            )
        session.flush()
        return _module_row(session, module)


def _data_given(codes: Collection[str]) -> list[PracticalData]:
    given = []
    for code in codes:
        try:
            given.append(PracticalData(code))
        except ValueError:
            known = [p.value for p in PracticalData]
            raise ValidationError(
                "practical module", "data_given", code, msg("practical.choose_data", known=known)
            ) from None
    for data, needed in NEEDS.items():
        if data in given and needed not in given:
            raise ValidationError(
                "practical module", "data_given", data.value, msg("practical.needs_data", needed=needed.value)
            )
    return [p for p in PracticalData if p in given]


def _copy_assessment(
    session: Session, reference: Assessment, assignment_id: uuid.UUID, trainee: str, given: list[PracticalData]
) -> uuid.UUID:
    """Copy the reference and the records of the data given, with derived ids."""
    ids: dict[uuid.UUID, uuid.UUID] = {}
    new_id = copy_id(assignment_id, reference.id)
    ids[reference.id] = new_id
    values = _values(table_codec("assessment"), reference)
    values.update(
        id=new_id,
        title=f"{reference.title} – {trainee}"[:300],
        programme_id=None,
        delivery_mode=DeliveryMode.TRAINING_DEMONSTRATION,
    )
    session.add(Assessment(**values))
    session.flush()
    for number in TASK_NUMBERS:
        session.add(TaskProgress(assessment_id=new_id, task_no=number, status=TaskStatus.NOT_STARTED))
    scope = _dependants(session, reference.id)
    for name, data in ASSESSMENT_TABLES:
        if data is not None and data not in given:
            continue
        codec = table_codec(name)
        rows = session.execute(select(codec.model).where(codec.model.id.in_(scope.get(name, set())))).scalars()
        for row in sorted(rows, key=lambda r: str(r.id)):
            values = _values(codec, row)
            if not _remap(codec, values, ids):
                continue
            values["id"] = ids[row.id] = copy_id(assignment_id, row.id)
            session.add(codec.model(**values))
        session.flush()
    return new_id


def _values(codec: Any, row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, _attribute(codec, c.name)) for c in codec.columns if c.name not in _SYNC_METADATA}


def _attribute(codec: Any, column: str) -> str:
    key: str = codec.model.__mapper__.get_property_by_column(codec.table.c[column]).key
    return key


def _remap(codec: Any, values: dict[str, Any], ids: dict[uuid.UUID, uuid.UUID]) -> bool:
    """Point references at the copies; a reference to data not given is dropped when it may
    be empty, and the record is left out when it may not."""
    for column, _table in codec.references.items():
        if column not in values or values[column] is None or _table in ("company", "factor_set", "programme"):
            continue
        target = ids.get(values[column])
        if target is None:
            if not codec.table.c[column].nullable:
                return False
            values[column] = None
        else:
            values[column] = target
    if codec.name == "attachment" and values.get("owner_id") is not None:
        values["owner_id"] = ids.get(values["owner_id"])
        if values["owner_id"] is None:
            return False
    return True


def _dependants(session: Session, assessment_id: uuid.UUID) -> dict[str, set[uuid.UUID]]:
    """Ids of the assessment's records, per table (the assessment's own table included)."""
    scope: dict[str, set[uuid.UUID]] = {"assessment": {assessment_id}}
    for codec in synced_tables():
        if codec.name not in DEPENDANT_TABLES:
            continue
        found: set[uuid.UUID] = set()
        for column, parent in codec.references.items():
            parents = scope.get(parent)
            if parents and (parent == "assessment" or column != "assessment_id"):
                table = codec.table
                found.update(session.execute(select(table.c.id).where(table.c[column].in_(list(parents)))).scalars())
        if found:
            scope[codec.name] = found
    return scope


def assessment_scope(session: Session, assessment_id: uuid.UUID, *, with_parents: bool) -> dict[str, set[uuid.UUID]]:
    """What a bundle of one assessment holds: the assessment and its dependants, and, when
    ``with_parents``, the company and factor set (with its factors) it refers to."""
    scope = _dependants(session, assessment_id)
    if with_parents:
        a = session.get(Assessment, assessment_id)
        assert a is not None
        scope["company"] = {a.company_id}
        if a.factor_set_id is not None:
            scope["factor_set"] = {a.factor_set_id}
            for name in ("fuel_factor", "grid_factor", "carrier_price"):
                table = table_codec(name).table
                scope[name] = set(
                    session.execute(select(table.c.id).where(table.c.factor_set_id == a.factor_set_id)).scalars()
                )
    return scope


# ------------------------------------------------------------------ reading


def list_modules(db: Database) -> list[ModuleRow]:
    """Every live practical module, newest first."""
    with reading(db) as session:
        modules = session.execute(
            lookup.live(PracticalModule).order_by(PracticalModule.created_at.desc(), PracticalModule.title)
        ).scalars()
        return [_module_row(session, m) for m in modules]


def get_module(db: Database, module_id: uuid.UUID | str) -> ModuleRow:
    """A module by its id (or the first 8 or more characters of it)."""
    with reading(db) as session:
        return _module_row(session, _find_module(session, module_id))


def _find_module(session: Session, key: uuid.UUID | str) -> PracticalModule:
    text = str(key).strip().lower()
    if len(text) < 36:
        if len(text) < 8:
            raise ValidationError("practical module", "id", key, msg("practical.id_too_short"))
        matches = [m for m in session.execute(lookup.live(PracticalModule)).scalars() if str(m.id).startswith(text)]
        if len(matches) != 1:
            raise CpdeskError(msg("practical.id_matches", count=len(matches), start=text))
        return matches[0]
    return lookup.get(session, PracticalModule, text, "practical module")


def _module_row(session: Session, module: PracticalModule) -> ModuleRow:
    reference = session.get(Assessment, module.reference_assessment_id)
    assignments = session.execute(
        lookup.live(PracticalAssignment)
        .where(PracticalAssignment.module_id == module.id)
        .order_by(PracticalAssignment.trainee_name)
    ).scalars()
    return ModuleRow(
        module.id,
        module.title,
        module.reference_assessment_id,
        reference.title if reference is not None else "",
        tuple(module.data_given or ()),
        tuple(module.tasks_required or ()),
        module.due_date,
        module.notes,
        tuple(assignment_row(a) for a in assignments),
    )


def assignment_row(a: PracticalAssignment) -> AssignmentRow:
    """The row of one trainee's assignment."""
    return AssignmentRow(a.id, a.trainee_name, a.assessment_id, a.exported_at, a.returned_at)
