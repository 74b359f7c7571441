"""Writing a file so that it is either all there or not there: temporary name, fsync, rename.

The temporary file is the owner's alone (0600) and is removed on every path but a kill; what
a killed writer left is removed by the next write to the same destination.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

#: Read-back buffer: large enough to be fast, small enough to keep memory flat.
READ_BLOCK = 1024 * 1024


class HashingWriter:
    """A write-only file object that counts what passes through it and, unless told not to
    (a writer that checks its file another way), hashes it."""

    def __init__(self, raw: BinaryIO, *, hashed: bool = True) -> None:
        self._raw = raw
        self._hash = hashlib.sha256() if hashed else None
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data)
        self._raw.write(view)
        if self._hash is not None:
            self._hash.update(view)
        self.size += len(view)
        return len(view)

    def flush(self) -> None:
        self._raw.flush()

    def hexdigest(self) -> str:
        if self._hash is None:
            raise ValueError("this writer was told not to hash")  # a caller's mistake
        return self._hash.hexdigest()


@contextlib.contextmanager
def atomic_output(path: Path, *, hashed: bool = True) -> Iterator[HashingWriter]:
    """Yield a writer to a temporary file beside ``path``; on success it replaces ``path``.
    ``hashed=False`` spares the SHA-256 of what is written, for a writer that checks its
    file another way.

    The data is flushed to the device (fsync) before the rename, and the folder after it, so
    a crash or a pulled USB stick leaves either the old file or the complete new one. On any
    error the temporary file is removed and ``path`` is not touched.
    """
    path = Path(path)
    sweep_partials(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.partial")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as raw:
            writer = HashingWriter(raw, hashed=hashed)
            yield writer
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(path.parent)


def sweep_partials(path: Path) -> list[Path]:
    """Remove what a killed writer of ``path`` left: ``.NAME.PID.HEX.partial`` files beside it
    whose process is gone. A partial file lies beside its destination (a rename works only
    within one file system), so the next write to the same place is where it is found.
    """
    removed: list[Path] = []
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(\d+)\.[0-9a-f]{{8}}\.partial$")
    try:
        candidates = list(path.parent.iterdir())
    except OSError:
        return removed
    for candidate in candidates:
        match = pattern.match(candidate.name)
        if match and not process_running(int(match.group(1))):
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed


def process_running(pid: int) -> bool:
    """Might process ``pid`` still be writing (this one, another user's, any on Windows)?"""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill would end the process on Windows: leave the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's process
    return True


def write_atomically(path: Path, data: bytes) -> None:
    with atomic_output(path) as out:
        out.write(data)


def read_back_sha256(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of ``path`` as read from the device, not from the page cache."""
    digest = hashlib.sha256()
    size = 0
    with from_the_device(path) as handle:
        while block := handle.read(READ_BLOCK):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


@contextlib.contextmanager
def from_the_device(path: Path) -> Iterator[BinaryIO]:
    """``path`` opened for reading what the device holds, not what the page cache holds.

    Cheap USB sticks acknowledge writes they never made; asking the kernel to drop its cached
    pages first (where it can) makes the reads go to the stick.
    """
    with open(path, "rb") as handle:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        yield handle


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable. Windows cannot open a folder for fsync; NTFS journals
    # the rename anyway.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (FAT on USB sticks, network mounts) refuse; the data is synced
    finally:
        os.close(fd)
