"""Practical modules: a trainer hands trainees copies of a demonstration assessment and takes
their results back.

**Preparing** a module creates, per trainee, a copy of the reference assessment holding only
the data given (team, steps, streams, measurements, waste streams, options) and a fresh task
list. Every copied record gets a new id *derived* from its reference record and the
assignment (:func:`copy_id`: a UUID5 of the reference id in the assignment's namespace), so
a trainee's copy keeps a link to the reference without a column for it: the comparison
matches a copied stream to its reference stream through that id, and a stream the trainee
drew himself by its steps and name (:func:`cpdesk.core.comparison.stream_key`). The copy
leaves the programme out (a trainee's options are no programme result) and is marked as a
training demonstration.

**Exporting** writes one bundle per trainee with the sync service, restricted to the copy,
its dependants and the records they refer to (company, factor set with its factors): not
the reference, not another trainee's copy, not the module itself. Each bundle is encrypted
to that trainee's key: the trainer trusts every trainee's public key under the trainee's
name (``cpdesk centre trust KEYFILE --name NAME``), which is also what lets their results
back in; a key file or fingerprint can be given instead.

**The trainee** trusts the trainer's key once (``cpdesk centre trust TRAINER.cpdeskkey
--name Trainer``; the same command on a field installation), imports the bundle like any
other, works on the copy, and sends it back with :func:`export_results` (``cpdesk training
return``): the copy and its dependants only, encrypted to the trainer.

**Importing results** checks that the bundle holds exactly one trainee copy of this module
and no other assessment (never the reference), imports it with the sync service (the records
have the copy's ids, so they update that copy and nothing else; the trainee's newer versions
win, an edit the trainer made to the same copy meanwhile is kept as a conflict), and marks
the assignment returned.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.practical import AssignmentRow, ModuleRow
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.core.training_vocabulary import PracticalData
from cpdesk.core.vocabulary import DeliveryMode, TaskStatus
from cpdesk.services import lookup
from cpdesk.services.sync import importing as sync
from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, PracticalAssignment, PracticalModule, SyncKey, TaskProgress
from cpdesk.sync.errors import BundleRejected, TrustError
from cpdesk.sync.reader import open_bundle
from cpdesk.sync.records import schema_revisions, synced_tables, table_codec

TASK_NUMBERS = range(1, 19)
BUNDLE_SUFFIX = ".cpdx"

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
)
#: A copy's dependants that travel (and come back): the above and its task list.
DEPENDANT_TABLES = ("task_progress", *(name for name, _ in ASSESSMENT_TABLES))
#: Data that needs other data given: streams join steps, readings join streams.
NEEDS = {
    PracticalData.STREAMS: PracticalData.STEPS,
    PracticalData.MEASUREMENTS: PracticalData.STREAMS,
}
_SYNC_METADATA = ("id", "created_at", "updated_at", "device_id", "version", "deleted_at")


@dataclass(frozen=True)
class ExportedBundle:
    """One trainee's bundle."""

    trainee_name: str
    recipient: str | None
    result: sync.ExportResult


@dataclass(frozen=True)
class ReturnedResult:
    """A trainee's results taken back."""

    assignment: AssignmentRow
    report: sync.ImportReport


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
        raise ValidationError("practical module", "title", title, "give the module a title")
    names = [" ".join(t.split()) for t in trainees]
    if not names or any(not n for n in names):
        raise ValidationError("practical module", "trainees", list(trainees), "name every trainee")
    twice = sorted({n for n in names if [m.casefold() for m in names].count(n.casefold()) > 1})
    if twice:
        raise ValidationError("practical module", "trainees", ", ".join(twice), "a trainee is named twice")
    given = _data_given(data_given)
    tasks = sorted(set(tasks_required))
    wrong = [t for t in tasks if t not in TASK_NUMBERS]
    if wrong or not tasks:
        raise ValidationError("practical module", "tasks_required", wrong or tasks, "choose tasks among 1-18")
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
            known = ", ".join(p.value for p in PracticalData)
            raise ValidationError("practical module", "data_given", code, f"choose among {known}") from None
    for data, needed in NEEDS.items():
        if data in given and needed not in given:
            raise ValidationError("practical module", "data_given", data.value, f"needs {needed.value} given too")
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
    return codec.model.__mapper__.get_property_by_column(codec.table.c[column]).key


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
            for name in ("fuel_factor", "grid_factor"):
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
            raise ValidationError("practical module", "id", key, "give at least 8 characters of its id")
        matches = [m for m in session.execute(lookup.live(PracticalModule)).scalars() if str(m.id).startswith(text)]
        if len(matches) != 1:
            raise CpdeskError(f"{len(matches)} practical modules have an id starting with {text}")
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
        tuple(_assignment_row(a) for a in assignments),
    )


def _assignment_row(a: PracticalAssignment) -> AssignmentRow:
    return AssignmentRow(a.id, a.trainee_name, a.assessment_id, a.exported_at, a.returned_at)


# ------------------------------------------------------------------ export


def bundle_name(module: ModuleRow, trainee: str) -> str:
    """``<module>-<trainee>.cpdx`` in plain ASCII (the file crosses e-mail and USB sticks)."""
    return f"{_slug(module.title)}-{_slug(trainee)}{BUNDLE_SUFFIX}"


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:40] or "module"


def trainee_key(db: Database, trainee: str) -> str:
    """The fingerprint of the trusted key named as the trainee (how bundles reach them)."""
    with reading(db) as session:
        rows = [
            r
            for r in session.execute(select(SyncKey).where(SyncKey.revoked_at.is_(None))).scalars()
            if r.name.strip().casefold() == trainee.strip().casefold()
        ]
    if not rows:
        raise TrustError(
            f"no trusted key is named {trainee!r}: trust the trainee's key first "
            f"(cpdesk centre trust KEYFILE --name {trainee!r}) or give a key file"
        )
    if len(rows) > 1:
        raise TrustError(f"{len(rows)} trusted keys are named {trainee!r}: give the trainee's key file or fingerprint")
    return rows[0].fingerprint


def export_module(
    db: Database,
    module_id: uuid.UUID | str,
    folder: Path,
    *,
    keys: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> list[ExportedBundle]:
    """One bundle per trainee in ``folder``, each encrypted to that trainee's key.

    ``keys`` maps a trainee's name to a key file or fingerprint; a trainee not in it gets
    the trusted key of the same name. Every key is found before the first bundle is written.
    """
    folder = Path(folder)
    module = get_module(db, module_id)
    if not module.assignments:
        raise CpdeskError(f"practical module {module.title!r} has no trainees")
    given = {k.strip().casefold(): v for k, v in (keys or {}).items()}
    targets = [(a, given.get(a.trainee_name.casefold()) or trainee_key(db, a.trainee_name)) for a in module.assignments]
    if not folder.is_dir():
        raise ValidationError("export", "folder", str(folder), "choose an existing folder")
    written = []
    for number, (assignment, to) in enumerate(targets):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(number / len(targets), assignment.trainee_name)
        with reading(db) as session:
            scope = assessment_scope(session, assignment.assessment_id, with_parents=True)
        result = sync.export_bundle(
            db,
            folder / bundle_name(module, assignment.trainee_name),
            all_records=True,
            to=to,
            scope=scope,
            cancelled=cancelled,
        )
        with unit_of_work(db) as session:
            lookup.get(session, PracticalAssignment, assignment.id, "practical assignment").exported_at = utcnow()
        written.append(ExportedBundle(assignment.trainee_name, result.recipient, result))
    if progress is not None:
        progress(1.0, "written")
    return written


def export_results(
    db: Database, assessment_id: uuid.UUID | str, path: Path, *, to: str | None = None
) -> sync.ExportResult:
    """The trainee's side: send the copy and its dependants back to the trainer.

    ``to`` is the trainer's key file or fingerprint (else the centre this installation
    trusts). Only the copy travels: the company and factor set stay as the trainer sent them.
    """
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        scope = assessment_scope(session, a.id, with_parents=False)
    return sync.export_bundle(db, Path(path), all_records=True, to=to, scope=scope)


# ------------------------------------------------------------------ import


def import_results(
    db: Database,
    module_id: uuid.UUID | str,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ReturnedResult:
    """Take a trainee's returned bundle back as that trainee's copy and mark it returned."""
    path = Path(path)
    module = get_module(db, module_id)
    copies = {a.assessment_id: a for a in module.assignments}
    held = _assessments_in(db, path)
    mine = [copies[i] for i in held if i in copies]
    others = [i for i in held if i not in copies]
    if module.reference_assessment_id in held:
        raise BundleRejected(
            f"it holds the reference assessment of {module.title!r}, not a trainee's copy; nothing was imported",
            path.name,
        )
    if len(mine) != 1 or others:
        found = ", ".join(a.trainee_name for a in mine) or "none"
        raise BundleRejected(
            f"a trainee's results hold exactly one copy of {module.title!r} and no other assessment; "
            f"this bundle holds {len(held)} assessment(s), copies of: {found}; nothing was imported",
            path.name,
        )
    report = sync.import_bundle(db, path, progress=progress, cancelled=cancelled)
    with unit_of_work(db) as session:
        row = lookup.get(session, PracticalAssignment, mine[0].id, "practical assignment")
        if report.status == "imported" or row.returned_at is None:
            row.returned_at = utcnow()
        session.flush()
        return ReturnedResult(_assignment_row(row), report)


def _assessments_in(db: Database, path: Path) -> list[uuid.UUID]:
    """The ids of the assessments a bundle carries, read after all of the import's checks."""
    with reading(db) as session:
        keys = sync_keys.private_keys(session)
        trust = sync_keys.trust_lookup(session)
    try:
        with open_bundle(path, private_keys=keys, trust=trust, schema_revisions=list(schema_revisions())) as bundle:
            if "assessment" not in bundle.tables:
                return []
            bundle.verify_contents()
            return [record.row["id"] for record in bundle.records("assessment")]
    except BundleRejected as exc:
        raise (exc.with_source(path.name) if exc.source is None else exc) from None
