"""The centre's reference-data pack: factor sets, programmes, catalogues and keys, to the field.

A pack is a bundle of kind ``reference``, signed with the centre's key and checked on import
exactly like a data bundle. It carries

- the records of the reference tables (factor sets with their fuel and grid factors, the
  centre's programmes), merged like any other records (so a field installation's own copy
  of a shipped factor set becomes an alias of the centre's);
- ``files/keys.json``: the centre's public key and the auditors it trusts or has revoked, so
  that field installations encrypt to the centre and can check each other's bundles;
- ``files/catalogue_<name>.json``: the centre's catalogues (sectors, option and cause
  categories, methodology, labels), stored in ``sync_reference_document``; among them
  ``catalogue_option_evidence.json``, the option library's evidence added up from the
  centre's own database when the pack is written (aggregates only: see
  :mod:`cpdesk.services.reference.option_evidence`).

The first pack a field installation imports is trusted only when a person confirms the
centre's fingerprint (``cpdesk import PACK --centre-fingerprint ...``), read to them from the
centre, not from the pack. Later packs must be signed by that centre key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk import __version__
from cpdesk.core import reference
from cpdesk.core.messages import msg
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.core.reference.option_types import CATALOGUE as OPTION_TYPES
from cpdesk.services.reference import centre_catalogues, option_evidence
from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.uow import reading
from cpdesk.store import option_type_index
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import SyncKey, SyncRecord, SyncReferenceDocument
from cpdesk.sync import clock
from cpdesk.sync.errors import DamagedBundle, TrustError, UntrustedBundle
from cpdesk.sync.keys import KeyFileError, PublicIdentity
from cpdesk.sync.reader import OpenedBundle
from cpdesk.sync.records import TableCodec, canonical_json, schema_revisions, synced_tables
from cpdesk.sync.writer import BundleHeader, BundleWriter, WrittenBundle

#: What a pack may carry; records of any other table in a pack are rejected.
REFERENCE_TABLES = ("factor_set", "fuel_factor", "grid_factor", "carrier_price", "programme")
KEYS_FILE = "keys.json"
CATALOGUE_PREFIX = "catalogue_"


def reference_policy(codec: TableCodec) -> str | None:
    """Why records of ``codec`` are refused from a pack (None: accepted)."""
    if codec.name in REFERENCE_TABLES:
        return None
    return "a reference-data pack may carry only factor sets and programmes"


def export_reference_pack(
    db: Database,
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> WrittenBundle:
    """Write the centre's reference-data pack (signed with the centre key, not encrypted:
    it holds nothing confidential and every field installation must read it)."""
    with reading(db) as session:
        me = sync_keys.signing(session)
        if me.role != "centre":
            raise TrustError(msg("key.centre_writes_packs"))
        keys_doc = _keys_document(session, me.public(db.device_id))
    header = BundleHeader(
        kind="reference",
        keys=me.keys,
        author=me.name,
        device_id=db.device_id,
        sequence=sync_keys.next_export_sequence(db),
        schema_revision=schema_revisions()[-1],
        app_version=__version__,
        recipient=None,
        mode="all",
        peer="",
    )
    codecs = [codec for codec in synced_tables() if codec.name in REFERENCE_TABLES]
    with reading(db) as session, BundleWriter(Path(path), header, cancelled=cancelled) as writer:
        for number, codec in enumerate(codecs):
            if progress is not None:
                progress(number / len(codecs), f"writing {codec.name}")
            rows = session.execute(select(codec.table)).mappings()
            writer.add_records(
                codec.name, ((_vector(session, codec, r), codec.encode(r, writer.add_blob)) for r in rows)
            )
        writer.add_file(KEYS_FILE, canonical_json(keys_doc))
        for name, content in _catalogues(session).items():
            writer.add_file(f"{CATALOGUE_PREFIX}{name}.json", content)
        written = writer.finish()
    if progress is not None:
        progress(1.0, "written and read back")
    return written


def apply_pack(session: Session, bundle: OpenedBundle) -> list[str]:
    """Take the keys and catalogues of a verified pack; return warnings for the report."""
    warnings: list[str] = []
    raw = bundle.file(KEYS_FILE)
    if raw is None:
        raise DamagedBundle(msg("sync.pack_no_keys"), bundle.source)
    try:
        doc = json.loads(raw)
        centre = PublicIdentity.from_json(doc["centre"], "the pack's centre key")
        auditors = [(PublicIdentity.from_json(a["key"], "an auditor key of the pack"), a) for a in doc["auditors"]]
    except (ValueError, KeyError, TypeError, KeyFileError) as exc:
        raise DamagedBundle(msg("sync.pack_keys_unreadable", detail=str(exc)), bundle.source) from None
    if centre.fingerprint != bundle.signer.fingerprint:
        raise UntrustedBundle(msg("sync.pack_other_centre"), bundle.source)
    _remember(session, centre, "centre", None, "")
    for identity, entry in auditors:
        revoked = entry.get("revoked_at")
        warning = _remember(session, identity, "auditor", revoked, str(entry.get("revoked_reason") or ""))
        if warning:
            warnings.append(warning)
    for member in bundle.manifest.members:
        name = member.name.removeprefix("files/")
        if not (name.startswith(CATALOGUE_PREFIX) and name.endswith(".json")):
            continue
        content = bundle.file(name)
        assert content is not None
        key = name.removeprefix(CATALOGUE_PREFIX).removesuffix(".json")
        try:
            json.loads(content)
            centre_catalogues.check_catalogue(key, content)
        except reference.ReferenceDataError as exc:
            raise DamagedBundle(msg("sync.pack_catalogue_unusable", name=name, detail=exc), bundle.source) from None
        except ValueError:
            raise DamagedBundle(msg("sync.pack_catalogue_not_json", name=name), bundle.source) from None
        row = session.get(SyncReferenceDocument, key)
        if row is None:
            row = SyncReferenceDocument(name=key)
            session.add(row)
        row.content = content.decode("utf-8")
        row.sha256 = hashlib.sha256(content).hexdigest()
        row.received_at = utcnow()
        row.bundle_id = uuid.UUID(bundle.manifest.bundle_id)
        if key == OPTION_TYPES:  # the library's search index follows in this transaction
            option_type_index.refresh(session, centre_catalogues.read_catalogue(key, content))
    return warnings


def reference_document(db: Database, name: str) -> Any | None:
    """A catalogue received from the centre (parsed JSON), or None when none was received."""
    with reading(db) as session:
        row = session.get(SyncReferenceDocument, name)
        return json.loads(row.content) if row is not None else None


def _remember(session: Session, identity: PublicIdentity, role: str, revoked: str | None, reason: str) -> str | None:
    """Add or update a key learned from the pack. A pack adds and revokes keys; it never
    takes back a revocation made here."""
    row = session.get(SyncKey, identity.fingerprint)
    if row is None:
        row = SyncKey(
            fingerprint=identity.fingerprint,
            name=identity.name,
            role=role,
            signing_key=base64.b64encode(identity.signing_key).decode(),
            encryption_key=base64.b64encode(identity.encryption_key).decode(),
            device_id=identity.device_id,
            source="pack",
            revoked_reason="",
        )
        session.add(row)
    if revoked and row.revoked_at is None:
        row.revoked_at = datetime.fromisoformat(revoked)
        row.revoked_reason = reason
        return f"the centre revoked the key of {row.name!r} ({row.fingerprint})"
    return None


def _keys_document(session: Session, centre: PublicIdentity) -> dict[str, Any]:
    rows = session.execute(select(SyncKey).where(SyncKey.role == "auditor").order_by(SyncKey.name)).scalars()
    return {
        "centre": centre.to_json(),
        "auditors": [
            {
                "key": sync_keys.identity_of(row).to_json(),
                "revoked_at": row.revoked_at.isoformat() if row.revoked_at else None,
                "revoked_reason": row.revoked_reason,
            }
            for row in rows
        ],
    }


def _catalogues(session: Session) -> dict[str, bytes]:
    """The centre's catalogues: those it received itself, else the ones cpdesk ships."""
    shipped = resources.files("cpdesk.resources").joinpath("reference")
    out = {
        entry.name.removesuffix(".json"): entry.read_bytes()
        for entry in shipped.iterdir()
        if entry.name.endswith(".json")
    }
    for row in session.execute(select(SyncReferenceDocument)).scalars():
        out[row.name] = row.content.encode("utf-8")
    out[option_evidence.DOCUMENT] = option_evidence.pack_document(session)  # the centre's own, now
    return dict(sorted(out.items()))


def _vector(session: Session, codec: TableCodec, row: Any) -> dict[str, int]:
    state = session.get(SyncRecord, (codec.name, row["id"]))
    return clock.effective(
        clock.from_json(state.vector) if state else None,
        (state.stamp_device, state.stamp_version) if state else None,
        row["device_id"],
        row["version"],
    )
