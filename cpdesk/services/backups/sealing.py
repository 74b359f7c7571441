"""The bytes of a copy: gzip, sealed or not to the installation's key, written and read back.

A sealed copy is the sync machinery's envelope (:mod:`cpdesk.sync.envelope`) around the gzip
stream: a random content key per copy, ChaCha20-Poly1305 in authenticated chunks, the key
sealed with X25519 to this installation's own encryption key (``keys/installation.key`` in
the data folder, the key that opens bundles sent to it). Without that private key a sealed
copy is noise; a restore on a new laptop needs the key file from the old one (or the centre's
bundles).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol

from cpdesk.core.messages import msg
from cpdesk.services.backups.copies import BackupError
from cpdesk.sync.errors import BundleRejected

if TYPE_CHECKING:
    # The envelope and the keys load cryptography: only a sealed copy needs it, not the
    # workbench's start, which imports this module with the automatic copies.
    from cpdesk.sync.keys import KeyPair

BLOCK = 1024 * 1024
#: zlib's default level (the benchmark's baseline compresses at the same level).
LEVEL = 6
#: A sealed copy may be as large as a database can be.
MAX_COPY = 1 << 44


class Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...

    def flush(self) -> None: ...


#: Opens the file a copy is written to: a context manager yielding a writable sink that
#: replaces the file only when the block ends without error (``cpdesk.sync.atomic``'s
#: ``atomic_output``; tests hand one that fills up).
Output = Callable[[Path], AbstractContextManager[Sink]]


def write_copy(
    source: Path,
    target: Path,
    output: Output,
    recipient: KeyPair | None,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """Compress (and seal to ``recipient``) the database file ``source`` into ``target``;
    return the SHA-256 of the database's bytes."""
    from cpdesk.sync.envelope import EnvelopeWriter

    digest = hashlib.sha256()
    with output(target) as out, open(source, "rb") as db:
        envelope = EnvelopeWriter(out, recipient.public("backup")) if recipient is not None else None
        sink: Sink = envelope if envelope is not None else out
        with gzip.GzipFile(filename="", mode="wb", fileobj=sink, compresslevel=LEVEL, mtime=0) as packed:
            while block := db.read(BLOCK):
                if cancelled is not None and cancelled():
                    raise BackupError(msg("backup.cancelled"))
                digest.update(block)
                packed.write(block)
        if envelope is not None:
            envelope.close()
    return digest.hexdigest()


@contextmanager
def opened_copy(path: Path, keys: Callable[[], KeyPair] | None) -> Iterator[BinaryIO]:
    """The database bytes of the copy at ``path``, as a stream (decrypted when sealed)."""
    sealed = path.name.endswith(".sealed")
    if not sealed:
        with gzip.open(path, "rb") as plain:
            yield plain  # type: ignore[misc]
        return
    if keys is None:
        raise BackupError(msg("backup.sealed_no_key", name=path.name))
    from cpdesk.sync.payload import open_payload

    pair = keys()
    try:
        _header, payload = open_payload(path, {pair.fingerprint: pair}, max_size=MAX_COPY, source=path.name)
    except BundleRejected as exc:
        raise BackupError(msg("backup.sealed_unreadable", name=path.name, reason=str(exc))) from None
    with payload, gzip.GzipFile(fileobj=io.BufferedReader(payload, BLOCK), mode="rb") as plain:
        yield plain  # type: ignore[misc]


def read_back(path: Path, keys: Callable[[], KeyPair] | None) -> str:
    """SHA-256 of the database bytes the copy at ``path`` gives back (the check of a copy
    just written: it decompresses, and decrypts, whole)."""
    digest = hashlib.sha256()
    try:
        with opened_copy(path, keys) as stream:
            while block := stream.read(BLOCK):
                digest.update(block)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise BackupError(msg("backup.copy_damaged", name=path.name, reason=str(exc))) from None
    return digest.hexdigest()


def extract(path: Path, target: Path, keys: Callable[[], KeyPair] | None) -> str:
    """Write the database of the copy at ``path`` to ``target``; return its SHA-256."""
    digest = hashlib.sha256()
    try:
        with opened_copy(path, keys) as stream, open(target, "wb") as out:
            while block := stream.read(BLOCK):
                digest.update(block)
                out.write(block)
            out.flush()
    except (EOFError, gzip.BadGzipFile, OSError) as exc:
        target.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, gzip.BadGzipFile) and exc.errno is not None:
            raise
        raise BackupError(msg("backup.copy_damaged", name=path.name, reason=str(exc))) from None
    return digest.hexdigest()


def copy_file(source: Path, target: Path, output: Output) -> None:
    """Copy a finished copy to another folder (the second place), atomically there."""
    with output(target) as out, open(source, "rb") as handle:
        shutil.copyfileobj(handle, out, BLOCK)
