"""The ZIP archive inside a bundle, read under safety rules before anything is unpacked.

A bundle comes from a USB stick or an e-mail, so its archive is treated as hostile until
its signature and hashes check. Nothing is ever extracted to the file system: members are
streamed into hashes and parsers. Still, names are checked the way an extracting tool must
check them (``..``, absolute paths, drive letters, back-slashes, links, folders are refused
by name), and the sizes are bounded at three levels so that a zip bomb fails fast with
bounded memory:

1. the number of members, read from the end-of-central-directory record *before* Python's
   :mod:`zipfile` builds its list (100 000 empty members never become 100 000 objects);
2. the sizes the central directory declares, per member and in total, and the ratio of
   declared to compressed size for every member above 64 KiB (zeros compress 1000:1, the
   records and files cpdesk writes a few times at most);
3. the bytes actually inflated, counted while streaming: a member that inflates beyond what
   it declared is stopped at that point.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from cpdesk.core.errors import ValueRefused, reason_of
from cpdesk.core.messages import Message, msg
from cpdesk.sync.errors import DamagedBundle, SyncError, UnsafeBundle

STREAM_BLOCK = 256 * 1024
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
#: Central directory entry: 46 fixed bytes plus a name (<= 255 here) and extra fields.
_MAX_CD_ENTRY = 46 + 255 + 64
_NAME_RE = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


#: Sets the largest bundle an import opens (its decrypted archive), e.g. ``8G`` or ``500M``.
MAX_BUNDLE_ENV = "CPDESK_MAX_BUNDLE_SIZE"
_SIZE_RE = re.compile(r"^\s*(\d+)\s*([KMGT]?)(?:i?B)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


@dataclass(frozen=True)
class Limits:
    """How much a bundle may hold. The defaults leave room for a year of one auditor's work
    (photos of 25 MB each, logger series) while a crafted archive stays harmless."""

    max_members: int = 20_000
    max_member_size: int = 1 << 31
    max_total_size: int = 1 << 34
    #: Declared uncompressed size over compressed size, for members above ``ratio_floor``.
    max_ratio: float = 100.0
    ratio_floor: int = 1 << 16
    #: The archive itself (what an encrypted bundle decrypts to): checked from the file's
    #: size before a byte is decrypted, so a stranger who knows the centre's public key
    #: cannot make it work through gigabytes. Settable with ``CPDESK_MAX_BUNDLE_SIZE``.
    max_bundle_size: int = 4 << 30
    #: One bytes value of a record (an attachment's content, a logger chunk's arrays): the
    #: largest file a person may attach, so that whatever is attached also travels. An
    #: import holds at most a few such values at a time, which bounds its memory.
    max_value_size: int = 25 << 20


DEFAULT_LIMITS = Limits()


def parse_size(text: str) -> int:
    """Bytes from ``4294967296``, ``4G``, ``4GiB``, ``500M`` (units of 1024)."""
    match = _SIZE_RE.match(text)
    if match is None:
        raise ValueRefused(msg("sync.not_a_size", text=repr(text)))
    return int(match.group(1)) * _UNITS[match.group(2).upper()]


def configured_limits(environ: Mapping[str, str] | None = None) -> Limits:
    """The limits of this installation: the defaults, with ``CPDESK_MAX_BUNDLE_SIZE`` if set."""
    value = (os.environ if environ is None else environ).get(MAX_BUNDLE_ENV, "").strip()
    if not value:
        return DEFAULT_LIMITS
    try:
        size = parse_size(value)
    except ValueError as exc:
        raise SyncError(msg("sync.size_setting", setting=MAX_BUNDLE_ENV, problem=reason_of(exc))) from None
    if size <= 0:
        zero = msg("sync.size_zero", text=repr(value))
        raise SyncError(msg("sync.size_setting", setting=MAX_BUNDLE_ENV, problem=zero))
    return replace(DEFAULT_LIMITS, max_bundle_size=size)


def check_member_name(name: str) -> Message | None:
    """Why ``name`` is not acceptable as a member of a bundle, or None when it is."""
    if not name:
        return msg("sync.name.empty")
    if "\x00" in name:
        return msg("sync.name.nul")
    if name.startswith(("/", "\\")):
        return msg("sync.name.absolute")
    if _DRIVE_RE.match(name):
        return msg("sync.name.drive")
    if "\\" in name:
        return msg("sync.name.backslash")
    parts = name.split("/")
    if ".." in parts:
        return msg("sync.name.parent")
    if "." in parts or "" in parts:
        return msg("sync.name.empty_part")
    if len(name) > 255:
        return msg("sync.name.long")
    if not _NAME_RE.match(name):
        return msg("sync.name.characters")
    return None


class ArchiveFile(Protocol):
    """A readable, seekable binary file: an open bundle, or an encrypted one's payload."""

    def read(self, size: int = -1, /) -> bytes: ...
    def seek(self, offset: int, whence: int = 0, /) -> int: ...
    def tell(self) -> int: ...
    def close(self) -> None: ...


def count_members(handle: ArchiveFile, source: str) -> tuple[int, int]:
    """Members and central-directory size, from the end records alone (ZIP and ZIP64)."""
    handle.seek(0, 2)
    size = handle.tell()
    tail_size = min(size, 22 + 65535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        raise DamagedBundle(msg("sync.archive_no_end"), source)
    entries, cd_size = struct.unpack("<xxxxxxxxxxHI", tail[at : at + 16])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
        locator_at = at - 20
        if locator_at < 0 or tail[locator_at : locator_at + 4] != _ZIP64_LOCATOR:
            raise DamagedBundle(msg("sync.archive_damaged_in", part="ZIP64 locator"), source)
        (offset,) = struct.unpack("<Q", tail[locator_at + 8 : locator_at + 16])
        if offset > size - 56:
            raise DamagedBundle(msg("sync.archive_damaged_in", part="ZIP64 end record"), source)
        handle.seek(offset)
        record = handle.read(56)
        if record[:4] != _ZIP64_EOCD:
            raise DamagedBundle(msg("sync.archive_damaged_in", part="ZIP64 end record"), source)
        entries, cd_size = struct.unpack("<QQ", record[32:48])
    handle.seek(0)
    return entries, cd_size


class SafeArchive:
    """A ZIP archive opened under :class:`Limits`; members are read as bounded streams.

    ``archive`` is a file, or an open seekable file object (a bundle's payload as
    :func:`cpdesk.sync.envelope.open_payload` gives it), which the archive then owns and
    closes.
    """

    def __init__(self, archive: Path | ArchiveFile, limits: Limits = DEFAULT_LIMITS, *, source: str = "bundle") -> None:
        self.source = source
        self.limits = limits
        if isinstance(archive, str | os.PathLike):
            self._handle: ArchiveFile = open(archive, "rb")  # noqa: SIM115  (closed by close())
        else:
            self._handle = archive
        try:
            entries, cd_size = count_members(self._handle, source)
            if entries > limits.max_members:
                raise UnsafeBundle(
                    msg("sync.too_many_members", count=str(entries), limit=str(limits.max_members)), source
                )
            if cd_size > (entries + 1) * _MAX_CD_ENTRY:
                raise UnsafeBundle(msg("sync.directory_too_big"), source)
            try:
                self._zip = zipfile.ZipFile(self._handle)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise DamagedBundle(msg("sync.archive_damaged_in", part=str(exc)), source) from None
            self.members = self._check_directory(self._zip.infolist())
        except BaseException:
            self._handle.close()
            raise

    def _check_directory(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        limits = self.limits
        if len(infos) > limits.max_members:
            raise UnsafeBundle(
                msg("sync.too_many_members", count=str(len(infos)), limit=str(limits.max_members)), self.source
            )
        members: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.orig_filename
            problem = check_member_name(name.rstrip("/") if name.endswith("/") and len(name) > 1 else name)
            if problem:
                raise UnsafeBundle(msg("sync.member_name", member=repr(name), problem=problem), self.source)
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UnsafeBundle(msg("sync.member_link", member=repr(name)), self.source)
            if info.is_dir() or stat.S_ISDIR(mode):
                raise UnsafeBundle(msg("sync.member_folder", member=repr(name)), self.source)
            if info.flag_bits & 0x1:
                raise UnsafeBundle(msg("sync.member_zip_encryption", member=repr(name)), self.source)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise UnsafeBundle(msg("sync.member_compression", member=repr(name)), self.source)
            if name in members:
                raise UnsafeBundle(msg("sync.member_appears_twice", member=repr(name)), self.source)
            if info.file_size > limits.max_member_size:
                size, limit = str(info.file_size), str(limits.max_member_size)
                raise UnsafeBundle(msg("sync.member_too_big", member=repr(name), size=size, limit=limit), self.source)
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                ratio = f"{info.file_size / max(info.compress_size, 1):.0f}"
                bomb = msg("sync.member_bomb", member=repr(name), ratio=ratio, limit=f"{limits.max_ratio:.0f}")
                raise UnsafeBundle(bomb, self.source)
            total += info.file_size
            if total > limits.max_total_size:
                raise UnsafeBundle(msg("sync.members_too_big", limit=str(limits.max_total_size)), self.source)
            members[name] = info
        return members

    def stream(self, name: str, expected_size: int | None = None) -> Iterator[bytes]:
        """The bytes of member ``name`` in blocks; stops once it passes its declared size."""
        info = self.members.get(name)
        if info is None:
            raise DamagedBundle(msg("sync.member_absent", member=repr(name)), self.source)
        limit = info.file_size if expected_size is None else min(info.file_size, expected_size)
        seen = 0
        try:
            with self._zip.open(info) as member:
                while True:
                    block = member.read(STREAM_BLOCK)
                    if not block:
                        break
                    seen += len(block)
                    if seen > limit:
                        beyond = msg("sync.member_inflates", member=repr(name), limit=str(limit))
                        raise UnsafeBundle(beyond, self.source)
                    yield block
        except (zipfile.BadZipFile, OSError, EOFError) as exc:  # CRC errors, truncated data
            raise DamagedBundle(msg("sync.member_damaged", member=repr(name), detail=str(exc)), self.source) from None
        except Exception as exc:  # zlib.error and friends: a damaged deflate stream
            if isinstance(exc, (UnsafeBundle, DamagedBundle)):
                raise
            raise DamagedBundle(msg("sync.member_damaged", member=repr(name), detail=str(exc)), self.source) from None
        if expected_size is not None and seen != expected_size:
            raise DamagedBundle(
                msg("sync.member_size", member=repr(name), size=str(seen), listed=str(expected_size)), self.source
            )

    def read(self, name: str, max_size: int) -> bytes:
        """A small member whole (the manifest, its signature); refuses one above ``max_size``."""
        info = self.members.get(name)
        if info is None:
            raise DamagedBundle(msg("sync.member_absent", member=repr(name)), self.source)
        if info.file_size > max_size:
            declared = msg(
                "sync.member_expected_size", member=repr(name), size=str(info.file_size), limit=str(max_size)
            )
            raise UnsafeBundle(declared, self.source)
        return b"".join(self.stream(name))

    def close(self) -> None:
        try:
            if hasattr(self, "_zip"):
                self._zip.close()
        finally:
            self._handle.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
