"""A bundle's payload (the signed archive) read in place, decrypted on demand.

An import never writes the archive anywhere, not even to a temporary folder: a copy would
be plaintext on disk (a killed import would leave it behind), and it would let anyone who
knows the centre's public key make the centre write gigabytes before anything is
authenticated. Instead :func:`open_payload`

1. reads the envelope's header (:mod:`cpdesk.sync.envelope`) and works out the payload's size
   from the file's size, refusing one above the configured maximum before a byte is
   decrypted;
2. authenticates every chunk in one streaming pass (or, for a plain bundle, the SHA-256 of
   the whole file), keeping none of the plaintext, so that the whole envelope is checked
   before anything else;
3. hands out a read-only, seekable view, which :mod:`zipfile` reads like a file: chunk *i*
   lies at a computable offset, its nonce says whether it is the last one (known from the
   file's size, so a file cut at a chunk boundary still fails), and each chunk read is
   authenticated again. The last few chunks stay decrypted so that reading a member from
   start to end decrypts each chunk once.

A plain bundle's view is a window over the file. The file could change after the check;
the reader checks every member's SHA-256 again as the merge reads it (see
:mod:`cpdesk.sync.reader`).
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
from collections import OrderedDict
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag

from cpdesk.core.messages import Message, msg
from cpdesk.sync.archive import MAX_BUNDLE_ENV
from cpdesk.sync.envelope import (
    CHUNK_SIZE,
    TAG_SIZE,
    TRAILER_SIZE,
    ContentKey,
    EnvelopeHeader,
    read_header,
    unseal,
)
from cpdesk.sync.errors import DamagedBundle, UnsafeBundle
from cpdesk.sync.keys import KeyPair

#: Decrypted chunks an open payload keeps: a member read from start to end decrypts each once,
#: and so does a record chunk read around the two blobs of a logger chunk (a few MiB each).
CACHED_CHUNKS = 8


def open_payload(
    path: Path,
    key_for: dict[str, KeyPair],
    *,
    max_size: int,
    source: str,
) -> tuple[EnvelopeHeader, Payload]:
    """Check the envelope of ``path`` whole and return a read-only view of its payload.

    ``key_for`` maps the fingerprints of the identities whose private keys are here to
    those keys. The payload's size, known from the file's size before anything is
    decrypted, may not exceed ``max_size`` bytes. Then one streaming pass authenticates every
    chunk (an encrypted bundle) or the SHA-256 trailer (a plain one), keeping no plaintext:
    nothing of the bundle is ever written anywhere, and the view decrypts (and authenticates
    again) only the chunks that are read.
    """
    handle = open(path, "rb")  # noqa: SIM115  (handed to the view, closed with it)
    try:
        header = read_header(handle, source)
        if not header.encrypted:
            return header, _plain_payload(handle, header, max_size, source)
        return header, _encrypted_payload(handle, header, key_for, max_size, source)
    except BaseException:
        handle.close()
        raise


class Payload(io.RawIOBase):
    """The payload of a bundle file as a read-only, seekable file (what :mod:`zipfile` reads).

    A plain bundle's payload is a window over the file itself. An encrypted one is decrypted
    on demand, chunk by chunk: chunk *i* lies at a computable offset, every chunk read is
    authenticated, and the last few stay decrypted in memory so that reading a member from
    start to end decrypts each chunk once. A chunk that no longer checks (the file changed
    after it was opened) raises :class:`~cpdesk.sync.errors.DamagedBundle`.
    """

    def __init__(self, handle: BinaryIO, start: int, size: int, source: str) -> None:
        super().__init__()
        self._handle = handle
        self._start = start
        self.size = size
        self.source = source
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise OSError(errno.EINVAL, "seek before the start of the payload")
        self._pos = base + offset
        return self._pos

    def read(self, size: int | None = -1) -> bytes:
        end = self.size if size is None or size < 0 else min(self.size, self._pos + size)
        if end <= self._pos:
            return b""
        data = self._read_range(self._pos, end)
        self._pos = end
        return data

    def readall(self) -> bytes:
        return self.read(-1)

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if not self.closed:
            self._handle.close()
        super().close()

    def _read_range(self, start: int, end: int) -> bytes:
        self._handle.seek(self._start + start)
        data = self._handle.read(end - start)
        if len(data) != end - start:
            raise DamagedBundle(msg("sync.cut_short_reading"), self.source)
        return data


class _EncryptedPayload(Payload):
    def __init__(
        self,
        handle: BinaryIO,
        start: int,
        size: int,
        source: str,
        *,
        key: ContentKey,
        chunks: int,
        aad: bytes,
    ) -> None:
        super().__init__(handle, start, size, source)
        self._key = key
        self._chunk_size = key.chunk_size
        self._chunks = chunks
        self._aad = aad
        self._cache: OrderedDict[int, bytes] = OrderedDict()

    def authenticate_all(self) -> None:
        """Decrypt every chunk once, in order, keeping none of them."""
        for number in range(self._chunks):
            self._decrypt(number)

    def _read_range(self, start: int, end: int) -> bytes:
        first, last = start // self._chunk_size, (end - 1) // self._chunk_size
        if first == last:
            at = first * self._chunk_size
            return self._chunk(first)[start - at : end - at]
        parts = []
        for number in range(first, last + 1):
            at = number * self._chunk_size
            parts.append(self._chunk(number)[max(start - at, 0) : end - at])
        return b"".join(parts)

    def _chunk(self, number: int) -> bytes:
        plain = self._cache.get(number)
        if plain is not None:
            self._cache.move_to_end(number)
            return plain
        plain = self._decrypt(number)
        self._cache[number] = plain
        if len(self._cache) > CACHED_CHUNKS:
            self._cache.popitem(last=False)
        return plain

    def _decrypt(self, number: int) -> bytes:
        full = self._chunk_size + TAG_SIZE
        offset = self._start + number * full
        last = number == self._chunks - 1
        self._handle.seek(offset)
        block = self._handle.read(full)
        try:
            if len(block) < TAG_SIZE or (not last and len(block) != full):
                raise InvalidTag
            return self._key.aead.decrypt(self._key.nonce(number, last), block, self._aad)
        except InvalidTag:
            code = "sync.chunk_cut_at" if last else "sync.chunk_damaged_at"
            raise DamagedBundle(msg(code, offset=str(offset), chunk=str(number)), self.source) from None


def _plain_payload(handle: BinaryIO, header: EnvelopeHeader, max_size: int, source: str) -> Payload:
    start = handle.tell()
    remaining = os.fstat(handle.fileno()).st_size - start - TRAILER_SIZE
    if remaining < 0:
        raise DamagedBundle(msg("sync.cut_short_no_checksum"), source)
    if remaining > max_size:
        raise UnsafeBundle(_too_large(remaining, max_size), source)
    digest = hashlib.sha256(header.raw)
    left = remaining
    while left:
        block = handle.read(min(CHUNK_SIZE, left))
        if not block:
            raise DamagedBundle(msg("sync.cut_short"), source)
        digest.update(block)
        left -= len(block)
    if handle.read(TRAILER_SIZE) != digest.digest():
        raise DamagedBundle(msg("sync.checksum"), source)
    return Payload(handle, start, remaining, source)


def _encrypted_payload(
    handle: BinaryIO, header: EnvelopeHeader, key_for: dict[str, KeyPair], max_size: int, source: str
) -> Payload:
    key = unseal(header, key_for, source)
    start = handle.tell()
    sealed_size = os.fstat(handle.fileno()).st_size - start
    if sealed_size < TAG_SIZE:
        raise DamagedBundle(msg("sync.cut_short_at", offset=str(start)), source)
    # Every chunk but the last is full; the last holds 1 to chunk_size bytes (none when the
    # payload is empty), so the file's size alone says how many chunks there are.
    full = key.chunk_size + TAG_SIZE
    chunks = 1 if sealed_size == TAG_SIZE else (sealed_size - TAG_SIZE - 1) // full + 1
    size = sealed_size - chunks * TAG_SIZE
    if size > max_size:
        raise UnsafeBundle(_too_large(size, max_size), source)
    payload = _EncryptedPayload(handle, start, size, source, key=key, chunks=chunks, aad=header.raw)
    payload.authenticate_all()
    return payload


def _too_large(size: int, max_size: int) -> Message:
    return msg("sync.too_big", size=str(size), limit=str(max_size), variable=MAX_BUNDLE_ENV)
