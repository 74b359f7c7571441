"""Qt's ICU data library cut down to what cpdesk's Qt uses: 32 MB down to about 2 MB.

PySide6's QtCore links ICU and so loads ``libicudata.so.73``, one 32 MB block of data for
every language, script and legacy encoding in the world. The QtCore that cpdesk runs calls
four groups of ICU functions (read with ``nm -D --undefined-only libQt6Core.so.6``):

- ``ucol_*``: collation (QCollator; the file dialog sorts by it), which needs the root
  collation, its UCA data and the Vietnamese and English tailorings;
- ``u_strToUpper`` / ``u_strToLower``: case mapping, whose tables are compiled into
  ``libicuuc``, not read from the data;
- ``ucal_*``: time-zone names and canonical ids, which need the zone tables and the zone
  names in Vietnamese and English;
- ``ucnv_*``: legacy text encodings for QStringDecoder, which cpdesk never asks Qt for
  (logger files are decoded by Python): the alias table and the two Vietnamese code pages
  (windows-1258, IBM 1258) are kept, the East Asian and EBCDIC tables are not.

The data is an ICU "common data" package (``CmnD``): a header, a table of contents sorted
by name, then the items, each aligned on 16 bytes. :func:`trim_package` keeps the items
:func:`keep_item` accepts; :func:`trim_library` writes the package back into a copy of the
library, moving the few bytes that follow the data and correcting the ELF headers, so that
no compiler is needed. A library whose layout is not the expected one raises
:class:`IcuDataError`, and the build keeps the full library.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

LIBRARY_PATTERN = re.compile(r"libicudata\.so\.(\d+)$")

# Items kept, relative to the package's "icudt73l/" folder. Locale data in Vietnamese and
# English (and their parents: root), and the tables the kept services read.
_LANGUAGES = r"(?:vi|en)(?:_[A-Za-z0-9]+)*"
KEEP_ITEMS = re.compile(
    r"(?:(?:coll/|zone/)?(?:root|res_index|pool|" + _LANGUAGES + r")\.res"
    r"|coll/ucadata\.icu"
    r"|zone/tzdbNames\.res"
    r"|(?:likelySubtags|metadata|supplementalData|keyTypeData|numberingSystems|timezoneTypes|metaZones|zoneinfo64)\.res"
    r"|cnvalias\.icu|ibm-(?:1258_P100-1997|5354_P100-1998)\.cnv)"
)

_ALIGN = 16
_PAGE = 0x1000


class IcuDataError(ValueError):
    """The library or its data package is not laid out as this module expects."""


def keep_item(name: str) -> bool:
    """True for a package item cpdesk's Qt reads (``name`` as in the package: ``icudt73l/coll/vi.res``)."""
    _, _, relative = name.partition("/")
    return KEEP_ITEMS.fullmatch(relative) is not None


def _pad(data: bytes, align: int = _ALIGN) -> bytes:
    return data + b"\0" * (-len(data) % align)


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items ``(name, data)`` in table order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:
        raise IcuDataError("not a little-endian ICU common data package")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    offsets = [data for _, data in entries] + [len(toc)]
    if any(b < a for a, b in zip(offsets, offsets[1:], strict=False)):
        raise IcuDataError("the package's items are not stored in table order")
    items = []
    for i, (name_at, _) in enumerate(entries):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        items.append((name, toc[offsets[i] : offsets[i + 1]]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package with ``items`` (kept in the given order, which must be sorted by name)."""
    if [n for n, _ in items] != sorted(n for n, _ in items):
        raise IcuDataError("package items must be sorted by name (ICU searches them by bisection)")
    names = b""
    name_offsets = []
    table_size = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    # Items start aligned relative to the file: the header is a multiple of 16 bytes.
    data_start = len(_pad(header + bytes(table_size) + names)) - len(header)
    body = b""
    table = struct.pack("<I", len(items))
    for (_, data), name_at in zip(items, name_offsets, strict=True):
        table += struct.pack("<II", name_at, data_start + len(body))
        body += _pad(data)
    return _pad(header + table + names) + body


def trim_package(blob: bytes) -> bytes:
    """The package with only the items :func:`keep_item` accepts."""
    header, items = read_package(blob)
    return write_package(header, [(name, data) for name, data in items if keep_item(name)])


def _data_symbol(elf: bytes) -> tuple[int, int, int]:
    """(offset of the .dynsym entry, value, size) of the ``icudt<N>_dat`` symbol."""
    shoff, shentsize, shnum = struct.unpack_from("<Q", elf, 0x28)[0], *struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _, kind, _, _, offset, size, link, _, _, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, entsize):
            name_at, _, _, _, value, sym_size = struct.unpack_from("<IBBHQQ", elf, at)
            name = elf[strtab + name_at : elf.index(b"\0", strtab + name_at)]
            if re.fullmatch(rb"icudt\d+_dat", name):
                return at, value, sym_size
    raise IcuDataError("no icudt<N>_dat symbol")


def trim_library(source: Path, target: Path) -> int:
    """Write ``target``: ``source`` (an x86-64/aarch64 ``libicudata.so.N``) with the data trimmed.

    The library holds one read-only segment (ELF headers, symbol table, then the data) and
    a few hundred bytes after it (the dynamic section, symbol names, section table). The
    trimmed data takes the old data's place; what followed moves down by a whole number of
    pages, so that every offset keeps its place within its page, and the headers that name
    those offsets are corrected. Returns the bytes saved.
    """
    elf = bytearray(source.read_bytes())
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise IcuDataError(f"{source.name}: not a 64-bit little-endian ELF file")
    sym_at, start, size = _data_symbol(bytes(elf))
    end = start + size
    phoff, shoff = struct.unpack_from("<QQ", elf, 0x20)
    phentsize, phnum, shentsize, shnum = struct.unpack_from("<HHHH", elf, 0x36)
    segments = [struct.unpack_from("<IIQQQQQQ", elf, phoff + i * phentsize) for i in range(phnum)]
    first = segments[0]
    if first[0] != 1 or first[2] != 0 or first[3] != 0 or first[5] != end or start % _ALIGN:
        raise IcuDataError(f"{source.name}: the data does not end the first loaded segment")
    data = trim_package(bytes(elf[start:end]))
    # Padded so that the data still ends at the same place within its page.
    data += b"\0" * ((size - len(data)) % _PAGE)
    shift = size - len(data)
    if shift <= 0:
        return 0
    out = bytearray(elf[:start]) + data + elf[end:]
    struct.pack_into("<Q", out, sym_at + 16, len(data))
    struct.pack_into("<Q", out, 0x28, shoff - shift)
    for i, (_, _, offset, vaddr, paddr, filesz, memsz, _) in enumerate(segments):
        at = phoff + i * phentsize
        if i == 0:
            struct.pack_into("<QQ", out, at + 32, filesz - shift, memsz - shift)
        elif offset >= end:
            struct.pack_into("<QQQ", out, at + 8, offset - shift, vaddr - shift, paddr - shift)
    for i in range(shnum):
        at = shoff - shift + i * shentsize
        _, _, _, addr, offset, sec_size = struct.unpack_from("<IIQQQQ", out, at)
        if offset == start:
            struct.pack_into("<Q", out, at + 32, len(data))
        elif offset >= end:
            struct.pack_into("<QQ", out, at + 16, addr - shift if addr else 0, offset - shift)
    _check_dynamic(out, segments, shift, end)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(bytes(out))
    target.chmod(source.stat().st_mode & 0o777)
    return len(elf) - len(out)


def _check_dynamic(elf: bytearray, segments: list[tuple[int, ...]], shift: int, end: int) -> None:
    """Refuse a library whose dynamic section points past the data: those addresses moved."""
    for kind, _, offset, _, _, filesz, _, _ in segments:
        if kind != 2:  # PT_DYNAMIC
            continue
        for at in range(offset - shift, offset - shift + filesz, 16):
            tag, value = struct.unpack_from("<qQ", elf, at)
            if tag in (4, 5, 6, 0x6FFFFEF5) and value >= end:
                raise IcuDataError("the dynamic section names addresses after the data")
