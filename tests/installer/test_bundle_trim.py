"""What the Linux bundle leaves out: Qt plugins, the libraries only they need, duplicate files,
most of ICU's data; and the xz package keeps the bundle's symbolic links.

These run without PyInstaller; the ICU tests cut the data library of the PySide6 installed
here and load the result.
"""

from __future__ import annotations

import ctypes
import lzma
import struct
import sys
import tarfile
from pathlib import Path

import bundle_trim
import icu_data
import package_linux
import pytest

PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{PLUGINS}/platforms/libqxcb.so", True),
        (f"{PLUGINS}/platforms/libqwayland.so", True),
        (f"{PLUGINS}/platforms/libqoffscreen.so", True),
        (f"{PLUGINS}/platforms/libqeglfs.so", False),
        (f"{PLUGINS}/platforms/libqvnc.so", False),
        (f"{PLUGINS}/imageformats/libqsvg.so", True),
        (f"{PLUGINS}/imageformats/libqtiff.so", False),
        (f"{PLUGINS}/platformthemes/libqgtk3.so", False),
        (f"{PLUGINS}/printsupport/libcupsprintersupport.so", False),
        (f"{PLUGINS}/tls/libqopensslbackend.so", False),
        (f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        (f"{PLUGINS}/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),  # not a plugin: left to the library pruning
        ("libpython3.11.so.1.0", True),
    ],
)
def test_qt_plugins_kept(dest: str, kept: bool) -> None:
    assert bundle_trim.keep_qt_plugin(dest) is kept


def test_the_smoke_tests_image_formats_are_kept() -> None:
    # tests/installer/test_frozen_bundle.py checks these in the frozen workbench (PNG is built in).
    kept = bundle_trim.QT_PLUGINS["imageformats"]
    assert kept is not None and {"libqsvg.so", "libqico.so", "libqjpeg.so"} <= kept


def test_pruning_drops_the_libraries_only_dropped_plugins_needed() -> None:
    needs = {
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6", "libQt6Gui.so.6"],
        "/src/libqgtk3.so": ["libcairo.so.2", "libQt6Gui.so.6"],
        "/src/libcairo.so.2": ["libpixman-1.so.0"],
        "/src/libpixman-1.so.0": [],
        "/src/libQt6Gui.so.6": [],
        "/src/libQt6XcbQpa.so.6": [],
        "/src/libpython.so": [],
    }
    binaries = [
        (f"{PLUGINS}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{PLUGINS}/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("libpython.so", "/src/libpython.so", "BINARY"),  # needed by nothing collected: stays
    ]
    kept = bundle_trim.prune(binaries, lambda d: not bundle_trim.keep_qt_plugin(d), lambda s: needs.get(s, []))
    assert [d for d, _, _ in kept] == [
        f"{PLUGINS}/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libpython.so",
    ]


def test_a_symbolic_link_goes_with_its_file() -> None:
    binaries = [
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/net", "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
    ]
    assert bundle_trim.prune(binaries, lambda d: d.startswith("PySide6/Qt/lib/libQt6Network"), lambda s: []) == []


def test_identical_files_become_links_to_the_first(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"gfortran runtime")
    (tmp_path / "b").write_bytes(b"gfortran runtime")
    (tmp_path / "c").write_bytes(b"another library")
    binaries = [
        ("numpy.libs/libgfortran.so.5", str(tmp_path / "a"), "BINARY"),
        ("scipy.libs/libgfortran.so.5", str(tmp_path / "b"), "BINARY"),
        ("scipy.libs/libother.so", str(tmp_path / "c"), "BINARY"),
    ]
    linked = bundle_trim.link_duplicates(binaries)
    assert linked[0] == binaries[0]
    assert linked[1] == ("scipy.libs/libgfortran.so.5", "../numpy.libs/libgfortran.so.5", "SYMLINK")
    assert linked[2] == binaries[2]
    assert bundle_trim.size_of(linked) == len(b"gfortran runtime") + len(b"another library")


def _package(items: dict[str, bytes]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0) + b"CmnD"
    header += bytes(32 - len(header))
    return icu_data.write_package(header, sorted(items.items()))


def test_a_package_keeps_the_items_cpdesk_reads_byte_for_byte() -> None:
    items = {
        "icudt73l/coll/root.res": b"root collation",
        "icudt73l/coll/ucadata.icu": b"UCA" * 7,
        "icudt73l/coll/vi.res": b"vi tailoring",
        "icudt73l/coll/zh.res": b"zh tailoring",
        "icudt73l/vi_VN.res": b"vi_VN",
        "icudt73l/en_GB.res": b"en_GB",
        "icudt73l/ja.res": b"ja",
        "icudt73l/brkitr/word.brk": b"break rules",
        "icudt73l/gb18030.cnv": b"gb18030",
        "icudt73l/ibm-5354_P100-1998.cnv": b"windows-1258",
        "icudt73l/zone/vi.res": b"zone names",
        "icudt73l/zoneinfo64.res": b"zones",
    }
    header, read = icu_data.read_package(icu_data.trim_package(_package(items)))
    assert header[12:16] == b"CmnD"
    names = [name for name, _ in read]
    assert names == sorted(names)
    assert set(names) == set(items) - {
        "icudt73l/coll/zh.res",
        "icudt73l/ja.res",
        "icudt73l/brkitr/word.brk",
        "icudt73l/gb18030.cnv",
    }
    for name, data in read:  # each item padded to 16 bytes, its bytes unchanged
        assert data.rstrip(b"\0") == items[name]


def test_not_a_package_is_refused() -> None:
    with pytest.raises(icu_data.IcuDataError):
        icu_data.read_package(b"\x7fELF" + bytes(60))


def _pyside_icu_data() -> Path:
    if not sys.platform.startswith("linux"):
        pytest.skip("PySide6 ships its own ICU on Linux only")
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library")
    return found[0]


def test_the_cut_icu_library_loads_and_holds_the_kept_items(tmp_path: Path) -> None:
    source = _pyside_icu_data()
    target = tmp_path / source.name
    saved = icu_data.trim_library(source, target)
    assert target.stat().st_size < 4 * 2**20 < source.stat().st_size
    assert saved == source.stat().st_size - target.stat().st_size

    library = ctypes.CDLL(str(target))  # the dynamic loader accepts the corrected headers
    version = icu_data.LIBRARY_PATTERN.search(target.name)
    assert version is not None
    symbol = ctypes.c_char.in_dll(library, f"icudt{version.group(1)}_dat")
    header_size = struct.unpack("<H", ctypes.string_at(ctypes.addressof(symbol), 2))[0]
    (count,) = struct.unpack("<I", ctypes.string_at(ctypes.addressof(symbol) + header_size, 4))

    original = source.read_bytes()
    start = original.index(b"CmnD") - 12
    _, items = icu_data.read_package(original[start:])
    kept = [(name, data) for name, data in items if icu_data.keep_item(name)]
    assert count == len(kept)
    assert any(name.endswith("coll/vi.res") for name, _ in kept)
    trimmed = target.read_bytes()
    _, read = icu_data.read_package(trimmed[trimmed.index(b"CmnD") - 12 :])
    expected = [(name, icu_data._pad(data)) for name, data in kept]
    # Read to the end of the file, the last item runs on into what follows the data.
    assert read[:-1] == expected[:-1]
    assert read[-1][0] == expected[-1][0] and read[-1][1].startswith(expected[-1][1])


@pytest.mark.parametrize(("machine", "x86"), [("x86_64", True), ("AMD64", True), ("aarch64", False)])
def test_compression_uses_the_x86_branch_filter_only_on_x86(machine: str, x86: bool) -> None:
    filters = package_linux.compression_filters(machine)
    assert (filters[0]["id"] == lzma.FILTER_X86) is x86
    assert filters[-1]["id"] == lzma.FILTER_LZMA2


def test_the_package_is_xz_and_keeps_the_workbench_link(tmp_path: Path) -> None:
    bundle = tmp_path / "cpdesk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "cpdesk").write_bytes(b"\x7fELF executable")
    (bundle / "cpdesk").chmod(0o755)
    (bundle / "cpdesk-gui").symlink_to("cpdesk")
    (bundle / "_internal" / "data.txt").write_text("data", encoding="utf-8")
    tarball = package_linux.make_tarball(bundle, tmp_path, "9.9")
    assert tarball.name.endswith(".tar.xz")
    with tarfile.open(tarball, "r:xz") as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers()}
    assert members["cpdesk-gui"].issym() and members["cpdesk-gui"].linkname == "cpdesk"
    assert members["cpdesk"].isfile() and members["_internal/data.txt"].isfile()
    assert "install.sh" in members
