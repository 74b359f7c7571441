"""Export and import of bundles: the use cases behind ``cpdesk export``/``import`` and the
workbench's export and import dialogs.

Export takes the next sequence number, reads one consistent snapshot, streams it into the
bundle file, and only once the file is written and read back marks the records as sent to
that peer: an export that fails or is cancelled sends nothing and marks nothing (its number
stays unused, which an import mentions as a possible gap). Import checks everything
first (see :mod:`cpdesk.sync.reader`), then merges in one transaction per bundle (see
:mod:`cpdesk.sync.merge`); ``dry_run`` does all of it and rolls back, which is what the
import dialog shows before the person commits.

Long work takes ``progress(fraction, message)`` and ``cancelled()`` callbacks.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cpdesk import __version__
from cpdesk.services import sync_conflicts, sync_keys
from cpdesk.services.sync_reference import REFERENCE_TABLES, apply_pack, reference_policy
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store import ownership
from cpdesk.store.database import Database
from cpdesk.store.models import SyncImport, SyncPeerRow, SyncRecord
from cpdesk.sync import authority, clock
from cpdesk.sync.conflict_list import read_conflicts
from cpdesk.sync.errors import BundleRejected, UntrustedBundle
from cpdesk.sync.keys import PublicIdentity
from cpdesk.sync.merge import EntityReport, Merger
from cpdesk.sync.reader import OpenedBundle, open_bundle
from cpdesk.sync.records import TableCodec, schema_revisions, synced_tables
from cpdesk.sync.sql import lock_for_import, upsert
from cpdesk.sync.writer import BundleHeader, BundleWriter

Progress = Callable[[float, str], None]
CancelCheck = Callable[[], bool]
#: Restricts an export to these record ids per table (tables not named are left out).
Scope = Mapping[str, Collection[uuid.UUID]]


@dataclass(frozen=True)
class ExportPlan:
    """What an export would hold, for the export dialog: per table, records and deletions."""

    recipient: str | None
    recipient_fingerprint: str | None
    encrypted: bool
    mode: str
    tables: dict[str, int]

    @property
    def records(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    size: int
    encrypted: bool
    recipient: str | None
    mode: str
    tables: dict[str, int]
    blobs: int
    #: SHA-256 of the file as written, which the read-back from the device matched.
    sha256: str = ""


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


# ------------------------------------------------------------------ export


def plan_export(
    db: Database, *, all_records: bool = False, to: str | None = None, scope: Scope | None = None
) -> ExportPlan:
    """Count what :func:`export_bundle` would write, without writing."""
    with reading(db) as session:
        target = _recipient(session, to)
        peer = target.fingerprint if target else ""
        mine = _kept_back(session, db)
        tables = {}
        for codec in synced_tables():
            if scope is not None and not scope.get(codec.name):
                continue
            query = select(func.count()).select_from(_changed(codec, peer, all_records, scope, mine).subquery())
            count = session.execute(query).scalar_one()
            if count:
                tables[codec.name] = count
    return ExportPlan(
        target.name if target else None,
        target.fingerprint if target else None,
        target is not None,
        "all" if all_records else "changes",
        tables,
    )


def export_bundle(
    db: Database,
    path: Path,
    *,
    all_records: bool = False,
    to: str | None = None,
    author: str | None = None,
    scope: Scope | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write every record changed since the last export to that peer (or all) to ``path``.

    The peer is ``to`` (a key file or a trusted fingerprint), else the centre this
    installation trusts; without one the bundle is signed but not encrypted. ``scope`` keeps
    only the records it names (e.g. one assessment and its dependants).
    """
    path = Path(path)
    with reading(db) as session:
        target = _recipient(session, to)
        me = sync_keys.signing(session)
        mine = _kept_back(session, db)
    peer = target.fingerprint if target else ""
    sequence = sync_keys.next_export_sequence(db)
    header = BundleHeader(
        kind="data",
        keys=me.keys,
        author=(author or me.name).strip(),
        device_id=db.device_id,
        sequence=sequence,
        schema_revision=schema_revisions()[-1],
        app_version=__version__,
        recipient=target,
        mode="all" if all_records else "changes",
        peer=peer,
    )
    marks: list[dict[str, Any]] = []
    codecs = [c for c in synced_tables() if scope is None or scope.get(c.name)]
    with reading(db) as session, BundleWriter(path, header, cancelled=cancelled) as writer:
        for number, codec in enumerate(codecs):
            if progress is not None:
                progress(number / len(codecs), f"writing {codec.name}")
            records = _records(session, codec, peer, all_records, writer.add_blob, marks, scope, mine)
            writer.add_records(codec.name, records)
        conflicts = sync_conflicts.conflicts_for(session, peer)
        if conflicts is not None:
            writer.add_file(sync_conflicts.CONFLICTS_FILE, conflicts)
        written = writer.finish()
    if peer:
        with unit_of_work(db) as session:
            for start in range(0, len(marks), 1000):
                upsert(session, SyncPeerRow.__table__, marks[start : start + 1000], ["peer", "table_name", "row_id"])
    if progress is not None:
        progress(1.0, "written and read back")
    manifest = written.manifest
    return ExportResult(
        path=path,
        bundle_id=manifest.bundle_id,
        sequence=sequence,
        size=written.size,
        encrypted=written.encrypted,
        recipient=target.name if target else None,
        mode=manifest.mode,
        tables={name: t.records for name, t in manifest.tables.items() if t.records},
        blobs=manifest.blobs,
        sha256=written.sha256,
    )


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


def _recipient(session: Session, to: str | None) -> PublicIdentity | None:
    if to:
        return sync_keys.recipient(session, to)
    if sync_keys.centre_identity(session) is not None:
        return None  # the centre sends to a named auditor only
    return sync_keys.trusted_centre(session)


def _kept_back(session: Session, db: Database) -> str | None:
    """The device whose own records of the centre's tables a field export leaves out, or None
    at the centre.

    A field installation may hold records of a table only the centre may write and that
    cannot meet the centre's copy by a natural key (the demo writes the centre's indicators
    wherever it runs): the centre refuses a bundle that creates or changes them (see
    :mod:`cpdesk.sync.authority`), so sending them would block every later export of that
    installation. Those that came from the centre still travel, unchanged.
    """
    return None if sync_keys.signing(session).role == "centre" else db.device_id


def _changed(
    codec: TableCodec, peer: str, all_records: bool, scope: Scope | None = None, kept_back: str | None = None
) -> Any:
    table = codec.table
    query = _changed_all(codec, peer, all_records)
    if scope is not None:
        query = query.where(table.c.id.in_(list(scope.get(codec.name, ()))))
    if kept_back is not None and codec.name in authority.CENTRE_WRITES_ONLY and not codec.natural_keys:
        query = query.where(table.c.device_id != kept_back)
    return query


def _changed_all(codec: TableCodec, peer: str, all_records: bool) -> Any:
    table = codec.table
    if all_records or not peer:
        return select(table)
    mark = SyncPeerRow.__table__
    joined = table.outerjoin(
        mark, and_(mark.c.peer == peer, mark.c.table_name == codec.name, mark.c.row_id == table.c.id)
    )
    return (
        select(table)
        .select_from(joined)
        .where(or_(mark.c.row_id.is_(None), mark.c.version != table.c.version, mark.c.device_id != table.c.device_id))
    )


def _records(
    session: Session,
    codec: TableCodec,
    peer: str,
    all_records: bool,
    blobs: Callable[[bytes], str],
    marks: list[dict[str, Any]],
    scope: Scope | None = None,
    kept_back: str | None = None,
) -> Iterator[tuple[dict[str, int], dict[str, Any]]]:
    states = {
        r.row_id: r for r in session.execute(select(SyncRecord).where(SyncRecord.table_name == codec.name)).scalars()
    }
    query = _changed(codec, peer, all_records, scope, kept_back)
    rows = session.execute(query.execution_options(yield_per=64)).mappings()
    for row in rows:
        state = states.get(row["id"])
        vector = clock.effective(
            clock.from_json(state.vector) if state else None,
            (state.stamp_device, state.stamp_version) if state else None,
            row["device_id"],
            row["version"],
        )
        marks.append(
            {
                "peer": peer,
                "table_name": codec.name,
                "row_id": row["id"],
                "device_id": row["device_id"],
                "version": row["version"],
            }
        )
        yield vector, codec.encode(row, blobs)


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
            raise BundleRejected(
                f"its records break a rule of this database ({_first_line(exc.orig)})", path.name
            ) from None
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
        raise UntrustedBundle(
            "--centre-fingerprint confirms a centre's first reference pack only; this is a data bundle",
            bundle.source,
        )
    if kind == "reference" and role not in ("centre", "centre-unconfirmed", "self"):
        raise UntrustedBundle(
            f"a reference-data pack must be signed by the centre; this one is signed by {bundle.signer.name!r}",
            bundle.source,
        )


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
    merger = Merger(
        session, peer=bundle.signer.fingerprint, bundle_id=uuid.UUID(manifest.bundle_id), policy=policy, sender=sender
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
    report.warnings.extend(ownership.tombstone_orphans(session, bundle))


def _already(session: Session, bundle: OpenedBundle, report: ImportReport) -> ImportReport | None:
    """The report of an earlier import of this very bundle; a different bundle with the same
    id is refused."""
    row = session.get(SyncImport, uuid.UUID(bundle.manifest.bundle_id))
    if row is None:
        return None
    if row.manifest_sha256 != bundle.digest:
        raise BundleRejected(
            f"a different bundle with the same id {bundle.manifest.bundle_id} was imported on "
            f"{row.imported_at:%Y-%m-%d %H:%M}; this one is refused (re-used id or tampering)",
            bundle.source,
        )
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
