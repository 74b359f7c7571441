"""Building bundles by hand for the tests: good ones, and ones crafted to be rejected."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cpdesk.sync.envelope import EnvelopeWriter
from cpdesk.sync.keys import KeyPair, PublicIdentity
from cpdesk.sync.manifest import FORMAT_VERSION, MANIFEST, SIGNATURE, Manifest, Member, TableCoverage, sign_manifest
from cpdesk.sync.reader import OpenedBundle, Signer, open_bundle
from cpdesk.sync.records import canonical_json, table_codec
from cpdesk.sync.writer import BundleHeader, BundleWriter, WrittenBundle

REVISIONS = ["0001"]


def programme_row(code: str, **changes: Any) -> dict[str, Any]:
    now = datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)
    row: dict[str, Any] = dict(
        id=uuid.uuid4(),
        created_at=now,
        updated_at=now,
        device_id="dev-a",
        version=1,
        deleted_at=None,
        code=code,
        name=f"Programme {code}",
        name_vi="Chương trình",
        donor="",
        year=2004,
        description="",
        reported_co2_t=3300.0,
        reported_note="",
        origin="field",
    )
    row.update(changes)
    return row


def write_bundle(
    path: Path,
    author: KeyPair,
    recipient: PublicIdentity | None = None,
    rows: list[dict[str, Any]] | None = None,
    **header: Any,
) -> WrittenBundle:
    """A genuine bundle of programme records."""
    codec = table_codec("programme")
    fields: dict[str, Any] = dict(
        kind="data",
        keys=author,
        author="Auditor A",
        device_id="dev-a",
        sequence=1,
        schema_revision=REVISIONS[-1],
        app_version="0.1.0",
        recipient=recipient,
        mode="all",
        peer="",
    )
    fields.update(header)
    with BundleWriter(path, BundleHeader(**fields)) as writer:
        writer.add_records(
            "programme", (({"dev-a": r["version"]}, codec.encode(r)) for r in rows or [programme_row("P1")])
        )
        return writer.finish()


def trusting(*keys: KeyPair, revoked: Mapping[str, str] | None = None) -> Any:
    known = {k.fingerprint: k for k in keys}
    revoked = revoked or {}

    def lookup(fingerprint: str) -> Signer | None:
        if fingerprint not in known:
            return None
        return Signer(fingerprint, "Auditor A", "auditor", revoked.get(fingerprint))

    return lookup


def open_and_verify(path: Path, *, keys: list[KeyPair], trusted: list[KeyPair], **kwargs: Any) -> OpenedBundle:
    bundle = open_bundle(
        path,
        private_keys={k.fingerprint: k for k in keys},
        trust=trusting(*trusted, revoked=kwargs.pop("revoked", None)),
        schema_revisions=kwargs.pop("revisions", REVISIONS),
        **kwargs,
    )
    try:
        bundle.verify_contents()
    except BaseException:
        bundle.close()
        raise
    return bundle


def signed_archive(
    members: Mapping[str, bytes],
    author: KeyPair,
    *,
    manifest_changes: Mapping[str, Any] | None = None,
    extra_infos: list[tuple[zipfile.ZipInfo, bytes]] | None = None,
    recipient: str | None = None,
) -> bytes:
    """A ZIP with a correctly signed manifest over ``members`` (then optionally altered)."""
    import hashlib

    manifest = Manifest(
        kind="data",
        bundle_id=str(uuid.uuid4()),
        app_version="0.1.0",
        schema_revision=REVISIONS[-1],
        device_id="dev-a",
        sequence=1,
        author="Auditor A",
        author_key=author.fingerprint,
        signing_key=author.signing_public,
        encryption_key=author.encryption_public,
        created_at=datetime.now(UTC),
        recipient=recipient,
        mode="all",
        peer="",
        tables={"programme": TableCoverage(1, 0)},
        blobs=0,
        members=tuple(Member(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in members.items()),
        format_version=FORMAT_VERSION,
    )
    doc = manifest.to_json()
    doc.update(manifest_changes or {})
    data = canonical_json(doc)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        for info, content in extra_infos or []:
            archive.writestr(info, content)
        archive.writestr(MANIFEST, data)
        archive.writestr(SIGNATURE, sign_manifest(data, author))
    return buffer.getvalue()


def wrap(path: Path, payload: bytes, recipient: PublicIdentity | None = None) -> Path:
    """Put an archive into a bundle envelope (encrypted when a recipient is given)."""
    with open(path, "wb") as out:
        envelope = EnvelopeWriter(out, recipient)
        envelope.write(payload)
        envelope.close()
    return path


def records_member(*rows: dict[str, Any]) -> bytes:
    codec = table_codec("programme")
    return b"".join(json.dumps({"vv": {"dev-a": r["version"]}, "row": codec.encode(r)}).encode() + b"\n" for r in rows)
