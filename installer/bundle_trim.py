"""What the Linux bundle leaves out of what PyInstaller collects, and how.

PyInstaller collects every Qt plugin PySide6 ships and every library those plugins link;
cpdesk's window needs few of them. The spec (``cpdesk.spec``) passes the analysis' lists
of binaries through :func:`trim_binaries`:

- Qt plugins: only those in :data:`QT_PLUGINS` (the X11 and Wayland windows, offscreen and
  minimal for tests and scripts, input methods for typing Vietnamese, the image formats
  cpdesk reads, the SVG icon engine). Left out: the framebuffer and EGL platforms, the GTK
  theme (it pulls in a second copy of cairo, pango and GDK, mismatched with the desktop's
  GTK), the CUPS print plugin (cpdesk does not print; its reports are PDF files), network
  information and TLS (cpdesk's Qt makes no network connection).
- Libraries that only the left-out plugins needed (found from each library's ELF
  ``NEEDED`` list), such as GnuTLS, Kerberos, cairo and pango.
- Files whose content another collected file already has (the GNU Fortran runtime that
  numpy and scipy both ship) become symbolic links to that file.
- Symbol tables, which only debuggers read, are stripped from the libraries that carry them
  (libpython alone carries 17 MB), except from those a wheel's repair tool (auditwheel,
  through patchelf) rewrote: ``strip`` breaks their layout, and the dynamic loader then
  refuses them ("ELF load command address/offset not page-aligned"). Those are the ones in
  a ``<package>.libs`` folder and the ones that link to one, whose names carry a hash.

It imports nothing outside the standard library, so that the fast tests run it without
PyInstaller installed.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import struct
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# A TOC entry as PyInstaller's Analysis lists it: (destination, source, type code).
Entry = tuple[str, str, str]

# Qt plugin folders kept, and within each the plugins kept (None: all of the folder).
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"}),
    "platforminputcontexts": None,  # compose keys, IBus (Vietnamese input methods)
    "platformthemes": frozenset({"libqxdgdesktopportal.so"}),  # portal file dialogs (Flatpak, Snap)
    "iconengines": None,  # SVG icons
    "imageformats": frozenset({"libqsvg.so", "libqico.so", "libqjpeg.so", "libqgif.so"}),  # PNG is built in
    "xcbglintegrations": None,
    "wayland-shell-integration": frozenset({"libxdg-shell.so"}),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": frozenset({"libqt-plugin-wayland-egl.so", "libshm-emulation-server.so"}),
}

# Python modules no cpdesk executable runs, which PyInstaller would otherwise collect:
# - Qt modules pyqtgraph imports when present and does without (OpenGL views, its test
#   helpers), and QtNetwork and QtDBus, which nothing in cpdesk uses (Qt's own D-Bus
#   library stays: the window needs it);
# - Pillow's codecs for formats cpdesk's reports never embed (AVIF, WebP), its font and
#   colour-management modules (reportlab draws text itself);
# - scipy's subpackages outside what cpdesk's balance, reconciliation and statistics use
#   (sparse, csgraph, linalg, optimize, special, and stats with what it imports: integrate,
#   interpolate, ndimage and special's Cython interface, for statsmodels' baselines of the
#   verified savings): signal, io, cluster, odr, the data sets;
# - lxml's objectify, HTML and Schematron parts (python-docx uses lxml.etree only);
# - SQLAlchemy's MySQL, Oracle and SQL Server dialects (cpdesk stores in SQLite or
#   PostgreSQL) and pyqtgraph's flowchart editor;
# - Python's OpenSSL modules (ssl, _hashlib) and with them a 5 MB libcrypto: cpdesk opens
#   no network connection, hashlib falls back to its built-in hashes, and the sync
#   encryption uses cryptography's own OpenSSL;
# - pygments, which Mako (under Alembic) uses to colour tracebacks when it is present;
# - psycopg's compiled accelerator with its own copies of libpq, OpenSSL and Kerberos: the
#   centre's PostgreSQL database is reached through the pure-Python psycopg and the
#   system's libpq (package libpq5), where the centre's server has it.
TRIMMED_MODULES = (
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtTest",
    "PySide6.QtNetwork",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL.ImageQt",
    "scipy.signal",
    "scipy.io",
    "scipy.cluster",
    "scipy.odr",
    "scipy.datasets",
    "scipy.misc",
    "scipy.differentiate",
    "scipy.fftpack",
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.oracle",
    "sqlalchemy.dialects.mssql",
    "pyqtgraph.flowchart",
    "PySide6.QtDBus",
    "ssl",
    "_ssl",
    "_hashlib",
    "pygments",
    "psycopg_binary",
)

_QT_PLUGIN_DIR = ("PySide6", "Qt", "plugins")


def keep_qt_plugin(dest: str) -> bool:
    """False for a Qt plugin the bundle leaves out (``dest`` relative to the contents folder)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts[: len(_QT_PLUGIN_DIR)] != _QT_PLUGIN_DIR or len(parts) != len(_QT_PLUGIN_DIR) + 2:
        return True
    folder, name = parts[-2], parts[-1]
    if folder not in QT_PLUGINS:
        return False
    kept = QT_PLUGINS[folder]
    return kept is None or name in kept


@functools.cache
def elf_needed(path: str) -> list[str]:
    """The ``NEEDED`` entries of an ELF file (``readelf``, from binutils, which PyInstaller needs too)."""
    out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True, check=False).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


def prune(binaries: Iterable[Entry], dropped: Callable[[str], bool], needed: Callable[[str], list[str]]) -> list[Entry]:
    """``binaries`` without the entries ``dropped`` names and the libraries only those needed.

    A library goes when every collected binary that needs it has gone; a library nothing
    collected needs (one Python or Qt opens by name at run time) stays.
    """
    entries = list(binaries)
    users: dict[str, set[str]] = {}
    for dest, source, kind in entries:
        if kind == "SYMLINK":
            continue
        for name in needed(source):
            users.setdefault(name, set()).add(dest)
    gone = {dest for dest, _, _ in entries if dropped(dest)}
    changed = True
    while changed:
        changed = False
        for dest, _, _ in entries:
            name = PurePosixPath(dest).name
            if dest not in gone and users.get(name) and users[name] <= gone:
                gone.add(dest)
                changed = True
    # A symbolic link goes with the file it points to.
    by_dest = {dest: source for dest, source, kind in entries}
    for dest, source, kind in entries:
        target = os.path.normpath(os.path.join(os.path.dirname(dest), source)) if kind == "SYMLINK" else None
        if target is not None and target in gone and by_dest.get(target) is not None:
            gone.add(dest)
    return [entry for entry in entries if entry[0] not in gone]


def link_duplicates(binaries: Iterable[Entry]) -> list[Entry]:
    """``binaries`` with each file whose bytes an earlier entry has turned into a symbolic link to it."""
    seen: dict[tuple[int, str], str] = {}
    result = []
    for dest, source, kind in binaries:
        if kind == "SYMLINK" or not Path(source).is_file():
            result.append((dest, source, kind))
            continue
        data = Path(source).read_bytes()
        key = (len(data), hashlib.sha256(data).hexdigest())
        first = seen.setdefault(key, dest)
        if first == dest:
            result.append((dest, source, kind))
        else:
            result.append((dest, os.path.relpath(first, os.path.dirname(dest) or "."), "SYMLINK"))
    return result


# auditwheel names the libraries it copies into a wheel after their hash: libfoo-1a2b3c4d.so.1
_REPAIRED_NAME = re.compile(r"-[0-9a-f]{8}\.so")


def strippable(dest: str, needed: list[str]) -> bool:
    """False for a file a wheel's repair tool rewrote (see the module's docstring)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if any(part.endswith(".libs") for part in path.parts[:-1]) or _REPAIRED_NAME.search(path.name):
        return False
    return not any(_REPAIRED_NAME.search(name) for name in needed)


def has_symbol_table(path: Path) -> bool:
    """True for a 64-bit little-endian ELF file with a ``.symtab`` section (one ``strip`` would remove)."""
    with path.open("rb") as stream:
        head = stream.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return False
        (shoff,) = struct.unpack_from("<Q", head, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", head, 0x3A)
        stream.seek(shoff)
        table = stream.read(shentsize * shnum)
    return any(struct.unpack_from("<I", table, i * shentsize + 4)[0] == 2 for i in range(len(table) // shentsize))


def strip_binaries(binaries: Iterable[Entry], out_dir: Path, needed: Callable[[str], list[str]]) -> list[Entry]:
    """``binaries`` with stripped copies (made in ``out_dir``) of the files worth and safe to strip.

    A copy made by an earlier build is used again while it is newer than its source; a file
    ``strip`` fails on is bundled as it is.
    """
    result = []
    for dest, source, kind in binaries:
        src = Path(source)
        if kind == "SYMLINK" or not src.is_file() or not has_symbol_table(src) or not strippable(dest, needed(source)):
            result.append((dest, source, kind))
            continue
        target = out_dir / dest
        if not (target.is_file() and target.stat().st_mtime >= src.stat().st_mtime):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
            target.chmod(0o755)
            if subprocess.run(["strip", str(target)], capture_output=True, check=False).returncode != 0:
                target.unlink()
                result.append((dest, source, kind))
                continue
        result.append((dest, str(target), kind))
    return result


def replace_source(binaries: Iterable[Entry], name: str, source: Path) -> list[Entry]:
    """``binaries`` with every entry whose file is called ``name`` taken from ``source``."""
    return [
        (dest, str(source), kind) if PurePosixPath(dest).name == name and kind != "SYMLINK" else (dest, src, kind)
        for dest, src, kind in binaries
    ]


def trim_binaries(binaries: Iterable[Entry], needed: Callable[[str], list[str]] = elf_needed) -> list[Entry]:
    """The Linux bundle's binaries: Qt plugins of :data:`QT_PLUGINS`, what they need, no duplicates."""
    return link_duplicates(prune(binaries, lambda dest: not keep_qt_plugin(dest), needed))


def size_of(entries: Iterable[Entry]) -> int:
    """Bytes of the files the entries name (symbolic links count nothing)."""
    return sum(Path(s).stat().st_size for _, s, k in entries if k != "SYMLINK" and Path(s).is_file())
