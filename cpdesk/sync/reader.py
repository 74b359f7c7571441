"""Opening a bundle: every check that can be made before a single write.

:func:`open_bundle` takes the file apart in this order, and stops at the first problem with a
:class:`~cpdesk.sync.errors.BundleRejected` that says exactly what it was:

1. envelope: magic, header, the recipient's private key is here, the payload's size within the
   configured maximum, every chunk's tag (or the plain file's checksum); nothing is written
   anywhere: the archive is read through a view that decrypts the chunks it needs
   (:func:`~cpdesk.sync.envelope.open_payload`);
2. archive safety (:mod:`cpdesk.sync.archive`): member count, names, links, sizes, ratios;
3. manifest: the format version first (newer -> "update cpdesk"), then the signature with the
   key the manifest names, then that key in the trust registry (unknown or revoked ->
   rejected), then every field; the recipient it was signed for must be the one it was
   encrypted to; the schema revision must be one this cpdesk knows;
4. members: exactly those the manifest lists, each with a name of a known form.

That is enough to recognise a bundle already imported. :meth:`OpenedBundle.verify_contents`
then reads every member: sizes and SHA-256 against the manifest, every record decoded against
its table's columns, every blob a record refers to present and within the size a value may
have. Only then may the merge write. The merge reads the members again (the file is never
copied), and their SHA-256 is checked again as they stream: a file changed in the meantime
fails the import and its transaction is rolled back.

Records written under an older schema revision are converted: columns added since get their
default. Anything this cpdesk does not know (tables, columns, codes) is refused with
"update cpdesk".
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cpdesk.core.messages import Term, msg
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.sync import clock
from cpdesk.sync.archive import Limits, SafeArchive, configured_limits
from cpdesk.sync.envelope import EnvelopeHeader
from cpdesk.sync.errors import (
    BundleRejected,
    Cancelled,
    DamagedBundle,
    IncompatibleBundle,
    UnsafeBundle,
    UntrustedBundle,
)
from cpdesk.sync.keys import KeyPair
from cpdesk.sync.manifest import (
    MANIFEST,
    MAX_MANIFEST_BYTES,
    SIGNATURE,
    Manifest,
    manifest_digest,
    parse_manifest,
    peek_format_version,
    signature_valid,
)
from cpdesk.sync.payload import Payload, open_payload
from cpdesk.sync.records import BlobSource, RecordError, TableCodec, synced_tables

#: One record line (a row with bytes up to 64 KiB inline, texts) stays far below this.
MAX_LINE = 8 * 1024 * 1024
_RECORDS_RE = re.compile(r"^records/([a-z0-9_]+)/(\d{6})\.jsonl$")
_BLOB_RE = re.compile(r"^blobs/([0-9a-f]{64})$")
_FILE_RE = re.compile(r"^files/([a-z0-9_]+)\.json$")


@dataclass(frozen=True)
class Signer:
    """Who signed a bundle, as the trust registry knows them."""

    fingerprint: str
    name: str
    role: str
    revoked_at: str | None = None


TrustLookup = Callable[[str], Signer | None]


@dataclass(frozen=True)
class Record:
    """One record of a bundle: its table, version vector and decoded row."""

    table: TableCodec
    vector: clock.VersionVector
    row: dict[str, Any]
    #: Bytes it took in the bundle (its line and its blobs): what the merge's batches count.
    size: int = 0


class OpenedBundle:
    """A bundle whose envelope, archive, manifest and signature have been checked."""

    def __init__(
        self,
        source: str,
        header: EnvelopeHeader,
        archive: SafeArchive,
        manifest: Manifest,
        manifest_bytes: bytes,
        signer: Signer,
        convert: bool,
    ) -> None:
        self.source = source
        self.header = header
        self.archive = archive
        self.manifest = manifest
        self.manifest_bytes = manifest_bytes
        self.digest = manifest_digest(manifest_bytes)
        self.signer = signer
        self.converted = convert
        self._codecs = {codec.name: codec for codec in synced_tables()}
        self._chunks: dict[str, list[str]] = {}
        for member in sorted(manifest.members, key=lambda m: m.name):
            match = _RECORDS_RE.match(member.name)
            if match:
                self._chunks.setdefault(match.group(1), []).append(member.name)
        self.verified = False

    @property
    def tables(self) -> list[str]:
        """Tables with records in this bundle, parents first."""
        return [name for name in self._codecs if name in self._chunks]

    def verify_contents(self, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> None:
        """Hash every member and decode every record; reject the bundle on any mismatch."""
        members = self.manifest.member_map
        total = sum(m.size for m in members.values()) or 1
        done = 0
        blob_sizes = {
            match.group(1): members[name].size for name in members if (match := _BLOB_RE.match(name)) is not None
        }

        def check_blob(digest: str, size: int) -> bytes:
            if blob_sizes.get(digest) != size:
                raise RecordError(f"refers to blob {digest[:12]}... of {size} bytes, which the bundle does not hold")
            return b""

        # Records first: a value too large to import is refused before its blob is read.
        for name in sorted(members, key=lambda n: (_RECORDS_RE.match(n) is None, n)):
            if cancelled is not None and cancelled():
                raise Cancelled("the import")
            member = members[name]
            match = _RECORDS_RE.match(name)
            if match:
                self._check_records(match.group(1), name, member.size, member.sha256, check_blob)
            else:
                self._check_hash(name, member.size, member.sha256)
                blob = _BLOB_RE.match(name)
                if blob and blob.group(1) != member.sha256:
                    raise DamagedBundle(msg("sync.member_name_hash", member=name), self.source)
            done += member.size
            if progress is not None:
                progress(done / total, f"checked {name}")
        self.verified = True

    def _check_hash(self, name: str, size: int, digest: str) -> None:
        h = hashlib.sha256()
        for block in self.archive.stream(name, size):
            h.update(block)
        if h.hexdigest() != digest:
            raise DamagedBundle(msg("sync.member_hash", member=name), self.source)

    def _check_records(self, table: str, name: str, size: int, digest: str, blobs: BlobSource) -> None:
        codec = self._codec(table)
        largest = self.archive.limits.max_value_size
        referred: list[int] = []

        def sized(blob: str, blob_size: int) -> bytes:
            referred.append(blob_size)
            return blobs(blob, blob_size)

        for line in _lines(self._hashed(name, size, digest), name, self.source):
            record = self._decode(codec, line, name, sized)
            if referred and max(referred) > largest:
                kind = Term("Entity", {"cp_option": "option"}.get(table, table))
                value, limit = _mib(max(referred)), _mib(largest)
                too_big = msg("sync.value_too_big", table=kind, id=str(record.row.get("id")), size=value, limit=limit)
                raise UnsafeBundle(too_big, self.source)
            referred.clear()

    def _hashed(self, name: str, size: int | None, digest: str) -> Iterator[bytes]:
        """The blocks of a member; raises at its end when they do not match ``digest``.

        Once :meth:`verify_contents` has checked a member of an encrypted bundle, reading it
        again needs no second hash: every chunk read is authenticated under this bundle's own
        content key, so it is byte for byte what was checked. A plain bundle's file could be
        changed between the check and the merge, so its members are hashed again.
        """
        if self.verified and self.header.encrypted:
            yield from self.archive.stream(name, size)
            return
        h = hashlib.sha256()
        for block in self.archive.stream(name, size):
            h.update(block)
            yield block
        if h.hexdigest() != digest:
            raise DamagedBundle(msg("sync.member_hash", member=name), self.source)

    def records(self, table: str) -> Iterator[Record]:
        """The records of ``table``, decoded (bytes fetched from their blob members)."""
        if not self.verified:
            raise RuntimeError("verify_contents() first: records are only handed out from a verified bundle")
        codec = self._codec(table)
        members = self.manifest.member_map
        fetched = 0

        def blob(digest: str, size: int) -> bytes:
            nonlocal fetched
            fetched += size
            return self._blob(digest, size)

        for name in self._chunks.get(table, []):
            member = members[name]
            for line in _lines(self._hashed(name, member.size, member.sha256), name, self.source):
                fetched = 0
                yield replace(self._decode(codec, line, name, blob), size=len(line) + fetched)

    def file(self, name: str) -> bytes | None:
        """A named document of the bundle (``files/<name>``), or None when absent."""
        member = self.manifest.member_map.get(f"files/{name}")
        if member is None:
            return None
        return b"".join(self._hashed(member.name, member.size, member.sha256))

    def _blob(self, digest: str, size: int) -> bytes:
        if size > self.archive.limits.max_value_size:  # verify_contents refused it already
            raise UnsafeBundle(msg("sync.blob_too_big", blob=digest[:12], size=_mib(size)), self.source)
        return b"".join(self._hashed(f"blobs/{digest}", size, digest))

    def _codec(self, table: str) -> TableCodec:
        codec = self._codecs.get(table)
        if codec is None:
            raise IncompatibleBundle(msg("sync.unknown_table", table=repr(table)), self.source)
        return codec

    def _decode(self, codec: TableCodec, line: bytes, member: str, blobs: BlobSource) -> Record:
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict) or set(doc) != {"vv", "row"}:
                raise RecordError("a record line is not {vv, row}")
            row = codec.decode(doc["row"], blobs, fill_missing=self.converted)
            vector = clock.from_json(doc["vv"])
        except RecursionError:
            raise DamagedBundle(
                msg("sync.in_member", member=member, problem=msg("sync.nested_record")), self.source
            ) from None
        except ValueError as exc:  # RecordError and JSONDecodeError are ValueErrors
            message = str(exc)
            if "update cpdesk" in message:
                raise IncompatibleBundle(f"{member}: {message}", self.source) from None
            from cpdesk.sync.records import InvalidRecord, RecordRefused  # only on this path

            if isinstance(exc, RecordRefused):  # names table, id and column: the member adds nothing
                raise InvalidRecord(message, self.source) from None
            raise DamagedBundle(f"{member}: {message}", self.source) from None
        return Record(codec, vector, row)

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_bundle(
    path: Path,
    *,
    private_keys: dict[str, KeyPair],
    trust: TrustLookup,
    schema_revisions: Sequence[str],
    limits: Limits | None = None,
) -> OpenedBundle:
    """Check a bundle up to its signature and member list (see the module's steps 1-4).

    ``private_keys`` are the identities whose bundles may be opened here (fingerprint ->
    keys); ``trust`` tells who a signing key belongs to; ``schema_revisions`` are the schema
    revisions this cpdesk knows, oldest first; ``limits`` default to the installation's
    (:func:`~cpdesk.sync.archive.configured_limits`).
    """
    path = Path(path)
    source = path.name
    if not path.is_file():
        raise BundleRejected(msg("sync.no_such_file"), str(path))
    limits = limits or configured_limits()
    archive: SafeArchive | None = None
    payload: Payload | None = None
    try:
        try:
            header, payload = open_payload(path, private_keys, max_size=limits.max_bundle_size, source=source)
        except OSError as exc:
            raise BundleRejected(msg("sync.unreadable_file", detail=exc.strerror or str(exc)), source) from None
        archive = SafeArchive(payload, limits, source=source)
        data = archive.read(MANIFEST, MAX_MANIFEST_BYTES)
        peek_format_version(data, source)
        signature = archive.read(SIGNATURE, 64)
        manifest = parse_manifest(data, source)
        signer = _check_signature(manifest, data, signature, trust, source)
        if manifest.recipient != header.recipient:
            signed_for = manifest.recipient or msg("sync.no_recipient")
            encrypted_for = header.recipient or msg("sync.nobody")
            repacked = msg("sync.wrong_recipient", signed_for=signed_for, encrypted_for=encrypted_for)
            raise UntrustedBundle(repacked, source)
        convert = _check_schema(manifest, schema_revisions, source)
        _check_member_list(manifest, archive, source)
        return OpenedBundle(source, header, archive, manifest, data, signer, convert)
    except BaseException:
        if archive is not None:
            archive.close()
        elif payload is not None:
            payload.close()
        raise


def _check_signature(manifest: Manifest, data: bytes, signature: bytes, trust: TrustLookup, source: str) -> Signer:
    identity = manifest.signer
    if identity.fingerprint != manifest.author_key:
        raise DamagedBundle(msg("sync.key_mismatch"), source)
    if not signature_valid(data, signature, identity):
        raise DamagedBundle(msg("sync.bad_signature"), source)
    signer = trust(identity.fingerprint)
    key = identity.fingerprint
    if signer is None:
        if manifest.author:
            raise UntrustedBundle(msg("sync.untrusted_key_of", author=repr(manifest.author), key=key), source)
        raise UntrustedBundle(msg("sync.untrusted_key", key=key), source)
    if signer.revoked_at:
        revoked = msg("sync.revoked_key", key=key, name=repr(signer.name), revoked=str(signer.revoked_at))
        raise UntrustedBundle(revoked, source)
    return signer


def _check_schema(manifest: Manifest, revisions: Sequence[str], source: str) -> bool:
    """True when the records need converting from an older schema."""
    if manifest.schema_revision not in revisions:
        newer = msg("sync.newer_app", version=manifest.app_version, schema=manifest.schema_revision)
        raise IncompatibleBundle(newer, source)
    return manifest.schema_revision != revisions[-1]


def _check_member_list(manifest: Manifest, archive: SafeArchive, source: str) -> None:
    listed = manifest.member_map
    if len(listed) != len(manifest.members):
        raise DamagedBundle(msg("sync.member_twice"), source)
    present = set(archive.members) - {MANIFEST, SIGNATURE}
    for name in sorted(present - set(listed)):
        raise UnsafeBundle(msg("sync.member_unlisted", member=repr(name)), source)
    for name in sorted(set(listed) - present):
        raise DamagedBundle(msg("sync.member_missing", member=repr(name)), source)
    for name, member in listed.items():
        if not (_RECORDS_RE.match(name) or _BLOB_RE.match(name) or _FILE_RE.match(name)):
            raise UnsafeBundle(msg("sync.member_kind", member=repr(name)), source)
        if archive.members[name].file_size != member.size:
            size = str(archive.members[name].file_size)
            raise DamagedBundle(msg("sync.member_size", member=repr(name), size=size, listed=str(member.size)), source)


def _lines(blocks: Iterator[bytes], member: str, source: str) -> Iterator[bytes]:
    pending = b""
    for block in blocks:
        pending += block
        *complete, pending = pending.split(b"\n")
        yield from (line for line in complete if line)
        if len(pending) > MAX_LINE:
            raise UnsafeBundle(msg("sync.member_line", member=member, limit=str(MAX_LINE)), source)
    if pending:
        raise DamagedBundle(msg("sync.member_cut", member=member), source)


def _mib(size: int) -> str:
    return f"{size / (1 << 20):.1f} MiB"
