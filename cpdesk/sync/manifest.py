"""The manifest of a bundle: what it is, who made it, what it holds; and its signature.

The manifest is canonical JSON (sorted keys, no spaces) in the member ``manifest.json``;
``manifest.sig`` holds the author's Ed25519 signature of ``b"cpdesk-manifest-v1\\n"`` followed
by those bytes (the prefix keeps a manifest signature from ever being valid for anything
else). The manifest lists every other member with its size and SHA-256, so the signature
covers the whole bundle: an altered member fails its hash, an altered manifest its
signature, an extra or missing member the listing.

Fields (format version 1)::

    format           "cpdesk-bundle"
    format_version   1
    kind             "data" (records) or "reference" (the centre's reference-data pack)
    bundle_id        random UUID: the key of idempotent import
    app_version      the cpdesk that wrote it
    schema_revision  its database schema (Alembic revision), for converting older records
    device_id        the database it was exported from
    sequence         that device's export counter (1, 2, ...), for spotting gaps and replays
    author           the person's name; author_key: the fingerprint of the signing key
    signing_key      the signer's public keys (base64), so a centre can tell who sent an
                     unknown key; trust still comes only from the registry
    created_at       ISO 8601 UTC
    recipient        fingerprint of the key it is encrypted to, or null (bound to the
                     signature, so a bundle cannot be re-encrypted to someone else unnoticed)
    coverage         {"mode": "all" | "changes", "peer": fingerprint or "",
                      "tables": {table: {"records": n, "deleted": n}}, "blobs": n}
    members          [{"name", "size", "sha256"}], sorted by name
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cpdesk.core.messages import msg
from cpdesk.sync.errors import DamagedBundle, IncompatibleBundle
from cpdesk.sync.keys import KeyPair, PublicIdentity
from cpdesk.sync.records import canonical_json

FORMAT = "cpdesk-bundle"
#: Bumped when the layout of bundles changes; a reader refuses a newer one ("update cpdesk").
#: Records written under an older database *schema* are converted on reading (see
#: :mod:`cpdesk.sync.reader`).
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
KINDS = ("data", "reference")
_SIGNED_PREFIX = b"cpdesk-manifest-v1\n"
_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class TableCoverage:
    records: int = 0
    deleted: int = 0


@dataclass(frozen=True)
class Manifest:
    """A parsed, checked manifest."""

    kind: str
    bundle_id: str
    app_version: str
    schema_revision: str
    device_id: str
    sequence: int
    author: str
    author_key: str
    signing_key: bytes
    encryption_key: bytes
    created_at: datetime
    recipient: str | None
    mode: str
    peer: str
    tables: dict[str, TableCoverage]
    blobs: int
    members: tuple[Member, ...]
    format_version: int = FORMAT_VERSION

    @property
    def signer(self) -> PublicIdentity:
        """The identity the manifest says signed it (not yet trusted: see the registry)."""
        return PublicIdentity(self.author or "?", self.signing_key, self.encryption_key, "auditor", self.device_id)

    @property
    def member_map(self) -> dict[str, Member]:
        return {m.name: m for m in self.members}

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "kind": self.kind,
            "bundle_id": self.bundle_id,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "device_id": self.device_id,
            "sequence": self.sequence,
            "author": self.author,
            "author_key": self.author_key,
            "signing_key": {
                "ed25519": base64.b64encode(self.signing_key).decode("ascii"),
                "x25519": base64.b64encode(self.encryption_key).decode("ascii"),
            },
            "created_at": self.created_at.astimezone(UTC).isoformat(timespec="seconds"),
            "recipient": self.recipient,
            "coverage": {
                "mode": self.mode,
                "peer": self.peer,
                "tables": {
                    name: {"records": t.records, "deleted": t.deleted} for name, t in sorted(self.tables.items())
                },
                "blobs": self.blobs,
            },
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in sorted(self.members, key=_name)],
        }

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())


def _name(member: Member) -> str:
    return member.name


def sign_manifest(data: bytes, keys: KeyPair) -> bytes:
    return keys.sign(_SIGNED_PREFIX + data)


def signature_valid(data: bytes, signature: bytes, identity: PublicIdentity) -> bool:
    return len(signature) == 64 and identity.verify(signature, _SIGNED_PREFIX + data)


def manifest_digest(data: bytes) -> str:
    """SHA-256 of the manifest bytes: the identity of a bundle's content."""
    return hashlib.sha256(data).hexdigest()


def peek_format_version(data: bytes, source: str) -> int:
    """The format version alone, read before the rest (a newer format may differ in all else)."""
    doc = _load(data, source)
    version = doc.get("format_version")
    if doc.get("format") != FORMAT or isinstance(version, bool) or not isinstance(version, int):
        raise DamagedBundle(msg("sync.not_a_manifest"), source)
    if version > FORMAT_VERSION:
        newer = msg("sync.newer_format", version=str(version), supported=str(FORMAT_VERSION))
        raise IncompatibleBundle(newer, source)
    return version


def parse_manifest(data: bytes, source: str) -> Manifest:
    """Parse and check every field of a current-format manifest; one clear error otherwise."""
    doc = _load(data, source)
    check = _Checker(doc, source)
    if doc.get("format_version") != FORMAT_VERSION:
        raise DamagedBundle(msg("sync.manifest.format_version", version=repr(doc.get("format_version"))), source)
    kind = check.text("kind")
    if kind not in KINDS:
        raise IncompatibleBundle(msg("sync.unknown_kind", kind=repr(kind)), source)
    bundle_id = check.text("bundle_id")
    try:
        uuid.UUID(bundle_id)
    except ValueError:
        raise DamagedBundle(msg("sync.manifest.bundle_id"), source) from None
    keys = check.obj("signing_key")
    coverage = check.obj("coverage")
    cover = _Checker(coverage, source, "coverage.")
    tables = {}
    for name, counts in cover.obj("tables").items():
        counted = _Checker(counts if isinstance(counts, dict) else {}, source, f"coverage.tables.{name}.")
        tables[str(name)] = TableCoverage(counted.count("records"), counted.count("deleted"))
    members = []
    raw_members = doc.get("members")
    if not isinstance(raw_members, list):
        raise DamagedBundle(msg("sync.manifest.no_members"), source)
    for entry in raw_members:
        item = _Checker(entry if isinstance(entry, dict) else {}, source, "members[].")
        digest = item.text("sha256")
        if not _SHA256_RE.match(digest):
            raise DamagedBundle(msg("sync.manifest.sha256"), source)
        members.append(Member(item.text("name"), item.count("size"), digest))
    recipient = doc.get("recipient")
    if recipient is not None and not isinstance(recipient, str):
        raise DamagedBundle(msg("sync.manifest.recipient"), source)
    try:
        created = datetime.fromisoformat(check.text("created_at"))
    except ValueError:
        raise DamagedBundle(msg("sync.manifest.created"), source) from None
    if created.tzinfo is None:
        raise DamagedBundle(msg("sync.manifest.created_zone"), source)
    mode = cover.text("mode")
    if mode not in ("all", "changes"):
        raise DamagedBundle(msg("sync.manifest.coverage", mode=repr(mode)), source)
    return Manifest(
        kind=kind,
        bundle_id=bundle_id,
        app_version=check.text("app_version"),
        schema_revision=check.text("schema_revision"),
        device_id=check.text("device_id"),
        sequence=check.count("sequence"),
        author=check.text("author", allow_empty=True),
        author_key=check.text("author_key"),
        signing_key=_key(keys, "ed25519", source),
        encryption_key=_key(keys, "x25519", source),
        created_at=created,
        recipient=recipient,
        mode=mode,
        peer=cover.text("peer", allow_empty=True),
        tables=tables,
        blobs=cover.count("blobs"),
        members=tuple(members),
    )


def _load(data: bytes, source: str) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise DamagedBundle(msg("sync.manifest.not_json"), source) from None
    if not isinstance(doc, dict):
        raise DamagedBundle(msg("sync.manifest.not_object"), source)
    return doc


def _key(keys: dict[str, Any], kind: str, source: str) -> bytes:
    try:
        raw = base64.b64decode(str(keys[kind]), validate=True)
    except (KeyError, binascii.Error):
        raise DamagedBundle(msg("sync.manifest.key", kind=kind), source) from None
    if len(raw) != 32:
        raise DamagedBundle(msg("sync.manifest.key", kind=kind), source)
    return raw


class _Checker:
    def __init__(self, doc: dict[str, Any], source: str, prefix: str = "") -> None:
        self.doc = doc
        self.source = source
        self.prefix = prefix

    def text(self, key: str, *, allow_empty: bool = False) -> str:
        value = self.doc.get(key)
        if not isinstance(value, str) or (not value and not allow_empty):
            raise DamagedBundle(msg("sync.manifest.field", field=self.prefix + key), self.source)
        return value

    def count(self, key: str) -> int:
        value = self.doc.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise DamagedBundle(msg("sync.manifest.field", field=self.prefix + key), self.source)
        return value

    def obj(self, key: str) -> dict[str, Any]:
        value = self.doc.get(key)
        if not isinstance(value, dict):
            raise DamagedBundle(msg("sync.manifest.field", field=self.prefix + key), self.source)
        return value
