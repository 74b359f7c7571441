"""Writing a bundle: records and files into a ZIP, a signed manifest, the envelope, and a
read-back check of the bytes on the device.

Everything streams: the ZIP is written straight into the (encrypting) envelope, which is
written straight into a temporary file beside the destination, so no unencrypted copy of
the data ever touches the disk (a temporary file on a USB stick could be recovered from it
after deletion). Memory holds one chunk of records (about 8 MiB) at a time.

The members are written in the export's own thread. A thread of their own, deflating and
hashing while the export read on, took the same CPU for a centre's records on a loaded
machine and a quarter more for a field's bundle of photos and logger chunks, whose writing
(the ZIP's Python code, the encryption) holds Python's lock. Record members are deflated by
ISA-L (:mod:`cpdesk.sync.deflate`), to zlib's size at a twelfth of its CPU.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from isal.isal_zlib import crc32

from cpdesk.core.messages import msg
from cpdesk.core.progress import CancelCheck
from cpdesk.sync import deflate
from cpdesk.sync.archive import DEFAULT_LIMITS, Limits
from cpdesk.sync.atomic import atomic_output, from_the_device, read_back_sha256
from cpdesk.sync.envelope import EnvelopeWriter
from cpdesk.sync.errors import Cancelled, ExportError
from cpdesk.sync.keys import KeyPair, PublicIdentity
from cpdesk.sync.manifest import MANIFEST, SIGNATURE, Manifest, Member, TableCoverage, sign_manifest

#: A chunk of records closes with the batch of lines that brings it to this many records or
#: bytes, whichever comes first (an export's batches divide 10 000 records).
CHUNK_RECORDS = 10_000
CHUNK_BYTES = 8 * 1024 * 1024
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def _line(record: dict[str, Any]) -> bytes:
    # json.dumps looked up when called: the tests of hostile bundles write raw JSON through it.
    return json.dumps(record, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


@dataclass(frozen=True)
class BundleHeader:
    """Who writes the bundle and for whom."""

    kind: str
    keys: KeyPair
    author: str
    device_id: str
    sequence: int
    schema_revision: str
    app_version: str
    recipient: PublicIdentity | None
    mode: str
    peer: str
    bundle_id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass(frozen=True)
class WrittenBundle:
    path: Path
    manifest: Manifest
    size: int
    #: The file's SHA-256 for a plain bundle; empty for an encrypted one, which the read-back
    #: checks by its chunks' tags instead.
    sha256: str

    @property
    def encrypted(self) -> bool:
        return self.manifest.recipient is not None


#: What zipfile's member writer counts into (the CRC, the size) and writes to (the archive's
#: file); a test checks that this Python's writer has them, else write_stored takes its way.
MEMBER_COUNTS = ("_crc", "_file_size", "_fileobj")


def write_stored(archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
    """``archive.writestr(info, data)`` for a stored member, its CRC-32 taken by ISA-L.

    zipfile's member writer takes the CRC-32 of what passes through it with zlib: 54 ms of CPU
    for the 220 MB of photos and logger chunks of the sync benchmark's field bundle, where
    ISA-L's takes 4 ms for the same number. The member is opened by zipfile as writestr opens
    it (its local header, and at its close the CRC, the sizes and the data descriptor, are
    zipfile's own); only the bytes go straight to the archive's file, with the CRC and the size
    the member writer would have counted.
    """
    info.compress_type = zipfile.ZIP_STORED
    info.file_size = len(data)
    with archive.open(info, "w") as member:
        if not all(hasattr(member, name) for name in MEMBER_COUNTS):
            member.write(data)  # a Python whose member writer counts otherwise: its own way
            return
        member._crc = crc32(data)  # type: ignore[attr-defined]
        member._file_size = len(data)  # type: ignore[attr-defined]
        member._fileobj.write(data)  # type: ignore[attr-defined]


class BundleWriter:
    """Streams records, blobs and files into a new bundle at ``path``.

    Use as a context manager; :meth:`finish` signs, closes, renames into place and reads the
    file back. Leaving the block without ``finish`` (an error, a cancel) removes the partial
    file and leaves whatever was at ``path`` untouched.
    """

    def __init__(
        self,
        path: Path,
        header: BundleHeader,
        *,
        limits: Limits = DEFAULT_LIMITS,
        cancelled: CancelCheck | None = None,
    ) -> None:
        self.path = Path(path)
        self.header = header
        self.limits = limits
        self._cancelled = cancelled or (lambda: False)
        self._members: list[Member] = []
        self._blobs: set[str] = set()
        self._tables: dict[str, TableCoverage] = {}
        self._chunk_numbers: dict[str, int] = {}
        self._finished: WrittenBundle | None = None

    def __enter__(self) -> BundleWriter:
        try:
            # The envelope gives the file's SHA-256 (a plain bundle) or checks the file by its
            # tags (an encrypted one): no hash of the written bytes is needed on the way.
            self._output_cm = atomic_output(self.path, hashed=False)
            self._output = self._output_cm.__enter__()
        except OSError as exc:
            raise self._write_error(exc) from None
        try:
            self._envelope = EnvelopeWriter(self._output, self.header.recipient)
            self._zip = zipfile.ZipFile(self._envelope, "w", allowZip64=True)
        except BaseException as exc:
            self.__exit__(type(exc), exc, None)
            raise
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None and self._finished is None:
            exc_type, exc = ExportError, ExportError(msg("sync.export_unfinished"))
        if exc_type is not None:
            if hasattr(self, "_envelope"):
                self._envelope.abort()
            if hasattr(self, "_zip"):
                with contextlib.suppress(Exception):
                    self._zip.close()
            try:
                self._output_cm.__exit__(exc_type, exc, tb)
            except BaseException:  # noqa: S110  (the original error is the one to report)
                pass
            if isinstance(exc, OSError):
                raise self._write_error(exc) from None

    # ------------------------------------------------------------------ contents

    def add_records(self, table: str, records: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> None:
        """Add ``(version vector, coded row)`` pairs of one table, in chunks."""
        self.add_lines(
            table,
            ((_line({"vv": vector, "row": row}), 1, row.get("deleted_at") is not None) for vector, row in records),
        )

    def add_lines(self, table: str, batches: Iterable[tuple[bytes, int, int]]) -> None:
        """Add the records of one table as bundle lines already written (see
        :mod:`cpdesk.sync.lines`), in chunks: batches of lines, each with how many records it
        holds and how many of them are deletions."""
        parts: list[bytes] = []
        size = held = 0
        count = deleted = 0
        for lines, records, deletions in batches:
            parts.append(lines)
            size += len(lines)
            held += records
            count += records
            deleted += deletions
            if held >= CHUNK_RECORDS or size >= CHUNK_BYTES:
                self._write_chunk(table, b"".join(parts))
                parts, size, held = [], 0, 0
        if parts:
            self._write_chunk(table, b"".join(parts))
        previous = self._tables.get(table, TableCoverage())
        self._tables[table] = TableCoverage(previous.records + count, previous.deleted + deleted)

    def add_blob(self, data: bytes) -> str:
        """Store bytes once under their SHA-256 (stored, not deflated: photos are compressed
        already, and a stored member can never look like a zip bomb). Returns the SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._blobs:
            self._write_member(f"blobs/{digest}", data, zipfile.ZIP_STORED, digest)
            self._blobs.add(digest)
        return digest

    def add_file(self, name: str, data: bytes) -> None:
        """A named JSON document (the reference pack's keys and catalogues): ``files/<name>``."""
        self._write_member(f"files/{name}", data, self._compression_for(data))

    def _write_chunk(self, table: str, data: bytes) -> None:
        number = self._chunk_numbers.get(table, 0) + 1
        self._chunk_numbers[table] = number
        self._write_member(f"records/{table}/{number:06d}.jsonl", data, self._compression_for(data))

    def _compression_for(self, data: bytes) -> int:
        # Records deflate a few times over. A chunk that would deflate so well that an
        # importer could take it for a zip bomb (long runs of one value) is stored instead.
        if len(data) <= self.limits.ratio_floor:
            return zipfile.ZIP_DEFLATED
        sample = data[: 256 * 1024]
        ratio = len(sample) / max(deflate.compress_sample(sample), 1)
        return zipfile.ZIP_DEFLATED if ratio < self.limits.max_ratio / 4 else zipfile.ZIP_STORED

    def _write_member(self, name: str, data: bytes, compression: int, digest: str | None = None) -> None:
        if self._cancelled():
            raise Cancelled("the export")
        info = zipfile.ZipInfo(name, _ZIP_EPOCH)
        info.compress_type = compression
        info.external_attr = 0o100644 << 16  # a regular file, for tools that look
        try:
            if compression == zipfile.ZIP_DEFLATED:
                deflate.write_deflated(self._zip, info, data)  # ISA-L's, see cpdesk.sync.deflate
            else:
                write_stored(self._zip, info, data)
        except OSError as exc:
            raise self._write_error(exc) from None
        written = self._zip.getinfo(name)
        if written.file_size > self.limits.ratio_floor and written.file_size > self.limits.max_ratio * max(
            written.compress_size, 1
        ):
            raise ExportError(msg("sync.export_too_compressible", member=name))
        self._members.append(Member(name, len(data), digest or hashlib.sha256(data).hexdigest()))

    # ------------------------------------------------------------------ finish

    def finish(self) -> WrittenBundle:
        """Sign and close the bundle, move it into place and check it on the device."""
        h = self.header
        manifest = Manifest(
            kind=h.kind,
            bundle_id=h.bundle_id,
            app_version=h.app_version,
            schema_revision=h.schema_revision,
            device_id=h.device_id,
            sequence=h.sequence,
            author=h.author,
            author_key=h.keys.fingerprint,
            signing_key=h.keys.signing_public,
            encryption_key=h.keys.encryption_public,
            created_at=datetime.now(UTC),
            recipient=h.recipient.fingerprint if h.recipient else None,
            mode=h.mode,
            peer=h.peer,
            tables=dict(self._tables),
            blobs=len(self._blobs),
            members=tuple(self._members),
        )
        data = manifest.to_bytes()
        try:
            for name, content in ((MANIFEST, data), (SIGNATURE, sign_manifest(data, h.keys))):
                info = zipfile.ZipInfo(name, _ZIP_EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o100644 << 16
                self._zip.writestr(info, content)
            self._zip.close()
            self._envelope.close()
            expected_size = self._output.size
            expected_hash = "" if self._envelope.encrypted else self._envelope.file_sha256()
            self._output_cm.__exit__(None, None, None)
        except OSError as exc:
            # __exit__ removes the partial file (the rename has not happened).
            raise self._write_error(exc) from None
        self._finished = WrittenBundle(self.path, manifest, expected_size, expected_hash)
        self._read_back(expected_size, expected_hash)
        return self._finished

    def _read_back(self, size: int, digest: str) -> None:
        """Read the file back from the device and check it: a plain bundle by its size and
        SHA-256, an encrypted one by its size and every chunk's tag (see
        :meth:`~cpdesk.sync.envelope.EnvelopeWriter.reads_back`). The tags cost about 20 ms
        for 220 MB, where a SHA-256 of the file on the way and another from the device cost
        about 260 ms; both checks find a flipped bit, a file cut short or one too long."""
        try:
            if self._envelope.encrypted:
                same, got_size = self._reads_back(size)
            else:
                got_size, got_hash = read_back_sha256(self.path)
                same = (got_size, got_hash) == (size, digest)
        except OSError as exc:
            self.path.unlink(missing_ok=True)
            detail = exc.strerror or str(exc)
            raise ExportError(msg("sync.export_unreadable", path=str(self.path), detail=detail)) from None
        if not same:
            self.path.unlink(missing_ok=True)
            differs = msg("sync.export_differs", path=str(self.path), size=str(got_size), total=str(size))
            raise ExportError(differs)

    def _reads_back(self, size: int) -> tuple[bool, int]:
        with from_the_device(self.path) as handle:
            got_size = os.fstat(handle.fileno()).st_size
            return got_size == size and self._envelope.reads_back(handle), got_size

    def _write_error(self, exc: OSError) -> ExportError:
        reason = exc.strerror or str(exc)
        return ExportError(msg("sync.export_cannot_write", path=str(self.path), detail=reason))
