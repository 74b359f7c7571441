"""A practical module's bundles: the copies sent to the trainees, their results taken back.

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
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.messages import Message, msg
from cpdesk.core.practical import AssignmentRow, ModuleRow
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.services import lookup
from cpdesk.services.sync import importing as sync
from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.training.practical import assessment_scope, assignment_row, get_module
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import PracticalAssignment, SyncKey
from cpdesk.sync.errors import BundleRejected, TrustError
from cpdesk.sync.reader import open_bundle
from cpdesk.sync.records import schema_revisions

BUNDLE_SUFFIX = ".cpdx"


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
        raise TrustError(msg("practical.no_trainee_key", trainee=repr(trainee)))
    if len(rows) > 1:
        raise TrustError(msg("practical.trainee_keys", count=len(rows), trainee=repr(trainee)))
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
        raise CpdeskError(msg("practical.no_trainees", title=module.title))
    given = {k.strip().casefold(): v for k, v in (keys or {}).items()}
    targets = [(a, given.get(a.trainee_name.casefold()) or trainee_key(db, a.trainee_name)) for a in module.assignments]
    if not folder.is_dir():
        raise ValidationError("export", "folder", str(folder), msg("file.choose_existing_folder"))
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
            msg("practical.reference_not_copy", title=module.title),
            path.name,
        )
    if len(mine) != 1 or others:
        found = [a.trainee_name for a in mine] or Message("practical.no_copy")
        raise BundleRejected(
            msg("practical.one_copy", title=module.title, count=len(held), found=found),
            path.name,
        )
    report = sync.import_bundle(db, path, progress=progress, cancelled=cancelled)
    with unit_of_work(db) as session:
        row = lookup.get(session, PracticalAssignment, mine[0].id, "practical assignment")
        if report.status == "imported" or row.returned_at is None:
            row.returned_at = utcnow()
        session.flush()
        return ReturnedResult(assignment_row(row), report)


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
