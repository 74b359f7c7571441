"""Import of bundles, and where this database stands in the exchange: the use cases behind
``cpdesk import`` and the workbench's import dialog (export is :mod:`cpdesk.services.sync.exporting`,
whose names this module gives too, so that callers name one module for the exchange).

Import checks everything first (see :mod:`cpdesk.sync.reader`): the envelope, the signature,
every record's values and the list of conflicts; then merges in one transaction per bundle
(see :mod:`cpdesk.sync.merge`), where each record is held to who may change it (see
:mod:`cpdesk.sync.authority`) and deletions are made whole (see :mod:`cpdesk.store.ownership`).
``dry_run`` does all of it and rolls back, which is what the import dialog shows before the
person commits.

Long work takes ``progress(fraction, message)`` and ``cancelled()`` callbacks.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cpdesk.core.messages import msg
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.services.sync import conflicts as sync_conflicts
from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.sync.exporting import ExportPlan, ExportResult, Scope, export_bundle, plan_export
from cpdesk.services.sync.reference_pack import REFERENCE_TABLES, apply_pack, reference_policy
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store import ownership
from cpdesk.store.database import Database
from cpdesk.store.models import SyncImport
from cpdesk.sync.conflict_list import read_conflicts
from cpdesk.sync.errors import BundleRejected, UntrustedBundle
from cpdesk.sync.merge import EntityReport, Merger
from cpdesk.sync.reader import OpenedBundle, open_bundle
from cpdesk.sync.records import schema_revisions, synced_tables
from cpdesk.sync.sql import lock_for_import


@dataclass(frozen=True)
class SyncStatus:
    """Where this database stands in the exchange, for the workbench's dialogs."""

    is_centre: bool
    name: str
    fingerprint: str
    centre: str | None
    centre_fingerprint: str | None
    open_conflicts: int


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do), per entity."""

    source: str
    bundle_id: str
    kind: str
    status: str  # "imported", "already imported", "dry run"
    author: str
    author_key: str
    signer: str
    device_id: str
    sequence: int
    created_at: datetime
    encrypted: bool
    converted_from: str | None
    entities: dict[str, EntityReport] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signer_fingerprint: str = ""
    signer_role: str = ""
    format_version: int = 0
    schema_revision: str = ""
    #: Members whose size and SHA-256 were checked (0 when already imported: not read again).
    members_checked: int = 0

    @property
    def totals(self) -> EntityReport:
        total = EntityReport()
        for counts in self.entities.values():
            for name in vars(total):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
        return total


def sync_status(db: Database) -> SyncStatus:
    """This database's signing identity, the centre it sends to, and its open conflicts."""
    with reading(db) as session:
        me = sync_keys.signing(session)
        centre = None if me.role == "centre" else sync_keys.trusted_centre(session)
    return SyncStatus(
        is_centre=me.role == "centre",
        name=me.name,
        fingerprint=me.keys.fingerprint,
        centre=centre.name if centre else None,
        centre_fingerprint=centre.fingerprint if centre else None,
        open_conflicts=sync_conflicts.count_open(db),
    )


# ------------------------------------------------------------------ import


class _DryRun(Exception):
    def __init__(self, report: ImportReport) -> None:
        self.report = report


def import_bundle(
    db: Database,
    path: Path,
    *,
    dry_run: bool = False,
    centre_fingerprint: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Verify and merge a bundle (or a reference pack); the same bundle again changes nothing.

    ``centre_fingerprint`` confirms the centre's key for a first reference pack (read it to
    the person from the centre, not from the pack).
    """
    path = Path(path)
    with reading(db) as session:
        keys = sync_keys.private_keys(session)
        trust = sync_keys.trust_lookup(session, first_centre=centre_fingerprint)
    revisions = list(schema_revisions())
    try:
        bundle = open_bundle(path, private_keys=keys, trust=trust, schema_revisions=revisions)
    except BundleRejected as exc:
        raise (exc.with_source(path.name) if exc.source is None else exc) from None
    with bundle:
        _check_signer_role(bundle)
        report = _report(bundle, "dry run" if dry_run else "imported")
        with reading(db) as session:
            done = _already(session, bundle, report)
        if done is not None:
            return done
        bundle.verify_contents(_scaled(progress, 0.0, 0.4), cancelled)
        _check_conflict_list(bundle)
        report.members_checked = len(bundle.manifest.members)
        try:
            with unit_of_work(db) as session:
                lock_for_import(session, "cpdesk-sync-import")
                done = _already(session, bundle, report)
                if done is not None:
                    return done
                _warn_about_sequence(session, bundle, report)
                session.add(_import_row(bundle))
                session.flush()
                _merge(session, bundle, report, _scaled(progress, 0.4, 1.0), cancelled)
                row = session.get(SyncImport, uuid.UUID(bundle.manifest.bundle_id))
                assert row is not None
                row.report = json.dumps(_report_json(report), default=str)
                if dry_run:
                    raise _DryRun(report)
        except _DryRun as exc:
            return exc.report
        except IntegrityError as exc:
            raise BundleRejected(msg("sync.breaks_rule", detail=_first_line(exc.orig)), path.name) from None
        except BundleRejected as exc:
            raise (exc.with_source(path.name) if exc.source is None else exc) from None
    if progress is not None:
        progress(1.0, "imported")
    return report


def verify_bundle(db: Database, path: Path, *, centre_fingerprint: str | None = None) -> ImportReport:
    """Everything an import checks, and what it would do, without writing (a dry run)."""
    return import_bundle(db, path, dry_run=True, centre_fingerprint=centre_fingerprint)


def _check_signer_role(bundle: OpenedBundle) -> None:
    role = bundle.signer.role
    kind = bundle.manifest.kind
    if role == "centre-unconfirmed" and kind != "reference":
        raise UntrustedBundle(msg("sync.first_pack_only"), bundle.source)
    if kind == "reference" and role not in ("centre", "centre-unconfirmed", "self"):
        raise UntrustedBundle(msg("sync.pack_not_by_centre", name=repr(bundle.signer.name)), bundle.source)


def _check_conflict_list(bundle: OpenedBundle) -> None:
    """A data bundle's list of conflicts is read and checked whole before the first write."""
    shipped = bundle.file(sync_conflicts.CONFLICTS_FILE)
    if shipped is not None and bundle.manifest.kind == "data":
        try:
            read_conflicts(shipped)
        except BundleRejected as exc:
            raise exc.with_source(bundle.source) from None


def _merge(
    session: Session,
    bundle: OpenedBundle,
    report: ImportReport,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> None:
    manifest = bundle.manifest
    policy = reference_policy if manifest.kind == "reference" else None
    sender = sync_keys.sender(session, bundle.signer, manifest.device_id, bundle.source)
    orphans = ownership.OrphanWatch()
    merger = Merger(
        session,
        peer=bundle.signer.fingerprint,
        bundle_id=uuid.UUID(manifest.bundle_id),
        policy=policy,
        sender=sender,
        observe=orphans,
    )
    tables = bundle.tables
    codecs = {codec.name: codec for codec in synced_tables()}
    for number, name in enumerate(tables):
        if progress is not None:
            progress(number / max(len(tables), 1), f"merging {name}")
        merger.merge(bundle.records(name), codecs[name], cancelled=cancelled)
    if manifest.kind == "reference":
        report.warnings.extend(apply_pack(session, bundle))
    shipped = bundle.file(sync_conflicts.CONFLICTS_FILE)
    received: list[uuid.UUID] = []
    if shipped is not None and manifest.kind == "data":
        received = sync_conflicts.receive_conflicts(
            session, shipped, peer=bundle.signer.fingerprint, bundle_id=merger.bundle_id, aliases=merger.aliases
        )
        if received:
            report.warnings.append(f"{len(received)} conflict(s) found by the sender are listed here too")
    report.entities = merger.report.entities
    report.conflicts = [str(c) for c in [*merger.report.conflict_ids, *received]]
    report.rejections = merger.report.rejections
    report.warnings.extend(ownership.tombstone_orphans(session, orphans))


def _already(session: Session, bundle: OpenedBundle, report: ImportReport) -> ImportReport | None:
    """The report of an earlier import of this very bundle; a different bundle with the same
    id is refused."""
    row = session.get(SyncImport, uuid.UUID(bundle.manifest.bundle_id))
    if row is None:
        return None
    if row.manifest_sha256 != bundle.digest:
        when = f"{row.imported_at:%Y-%m-%d %H:%M}"
        raise BundleRejected(msg("sync.id_reused", bundle=bundle.manifest.bundle_id, when=when), bundle.source)
    report.status = "already imported"
    report.entities = {}
    report.warnings.append(f"this bundle was imported on {row.imported_at:%Y-%m-%d %H:%M}; nothing was changed")
    return report


def _warn_about_sequence(session: Session, bundle: OpenedBundle, report: ImportReport) -> None:
    manifest = bundle.manifest
    earlier = session.execute(
        select(SyncImport.sequence, SyncImport.author_key).where(
            SyncImport.device_id == manifest.device_id, SyncImport.kind == manifest.kind
        )
    ).all()
    if not earlier:
        return
    seen = {seq for seq, _key in earlier}
    latest = max(seen)
    if manifest.sequence < latest:
        report.warnings.append(
            f"older than bundle #{latest} already imported from this device: only what is not newer here was taken"
        )
    elif manifest.sequence > latest + 1:
        report.warnings.append(
            f"bundles #{latest + 1}-#{manifest.sequence - 1} of this device have not been imported here "
            "(or were never written)"
        )
    if {key for _seq, key in earlier} - {manifest.author_key}:
        report.warnings.append(
            "this device's earlier bundles were signed with another key: was its database copied to another computer?"
        )


def _import_row(bundle: OpenedBundle) -> SyncImport:
    m = bundle.manifest
    return SyncImport(
        bundle_id=uuid.UUID(m.bundle_id),
        manifest_sha256=bundle.digest,
        kind=m.kind,
        author=m.author[:200],
        author_key=m.author_key,
        device_id=m.device_id,
        sequence=m.sequence,
        created_at=m.created_at,
        report="",
    )


def _report(bundle: OpenedBundle, status: str) -> ImportReport:
    m = bundle.manifest
    return ImportReport(
        source=bundle.source,
        bundle_id=m.bundle_id,
        kind=m.kind,
        status=status,
        author=m.author,
        author_key=m.author_key,
        signer=bundle.signer.name,
        device_id=m.device_id,
        sequence=m.sequence,
        created_at=m.created_at,
        encrypted=bundle.header.encrypted,
        converted_from=m.schema_revision if bundle.converted else None,
        signer_fingerprint=bundle.signer.fingerprint,
        signer_role=bundle.signer.role,
        format_version=m.format_version,
        schema_revision=m.schema_revision,
    )


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "entities": {name: vars(counts) for name, counts in report.entities.items()},
        "conflicts": report.conflicts,
        "rejections": report.rejections,
        "warnings": report.warnings,
    }


def _scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    if progress is None:
        return None
    return lambda fraction, message: progress(start + (end - start) * fraction, message)


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


__all__ = [
    "REFERENCE_TABLES",
    "BundleRejected",
    "ExportPlan",
    "ExportResult",
    "ImportReport",
    "Scope",
    "SyncStatus",
    "UntrustedBundle",
    "export_bundle",
    "import_bundle",
    "plan_export",
    "sync_status",
    "verify_bundle",
]
