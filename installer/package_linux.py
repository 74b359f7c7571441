"""The Linux package: a tarball of the one-folder bundle with install.sh, uninstall.sh and a menu entry.

An AppImage would need appimagetool and its runtime, fetched from outside the package
registries the build machines reach; a tarball needs nothing but Python, unpacks with any
file manager, and install.sh gives the same result (menu entry, icon, file type, commands on
PATH) per user, without root.
"""

from __future__ import annotations

import lzma
import os
import platform
import subprocess
import tarfile
from pathlib import Path

import bundle_layout as layout

LINUX_DIR = Path(__file__).resolve().parent / "linux"
# Where the xcb platform plugin lies in the bundle: the window on an X11 desktop needs it
# and the system libraries it links to.
XCB_PLUGIN = f"{layout.CONTENTS_DIR}/PySide6/Qt/plugins/platforms/libqxcb.so"
SUFFIX = ".tar.xz"


def compression_filters(machine: str | None = None) -> list[dict[str, int]]:
    """xz's filter chain: LZMA2 at its default level, after the x86 branch filter on x86 machines.

    xz makes the package about a quarter smaller than gzip did (the bundle is mostly
    machine code, which the branch filter makes more alike); every Linux desktop's archive
    manager and ``tar xf`` unpack it.
    """
    machine = (machine or platform.machine()).lower()
    chain: list[dict[str, int]] = [{"id": lzma.FILTER_X86}] if machine in {"x86_64", "amd64", "i686", "i386"} else []
    return [*chain, {"id": lzma.FILTER_LZMA2, "preset": 6}]


def package_name(version: str) -> str:
    """``cpdesk-0.1.0-linux-x86_64``: the tarball's name without suffix, and its top folder."""
    return f"{layout.APP_NAME}-{version}-{layout.platform_tag()}"


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    # The builder's user name and ids mean nothing on the laptop that unpacks the tarball.
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def make_tarball(bundle: Path, out_dir: Path, version: str) -> Path:
    """Write ``<out_dir>/cpdesk-<version>-<platform>.tar.xz`` from the one-folder ``bundle``.

    The tarball holds one folder: the bundle's executables and ``_internal`` (symlinks kept,
    as PyInstaller made them), plus the files of ``layout.LINUX_EXTRAS``. Entries are sorted,
    so that two builds of the same bundle list the same files in the same order.
    """
    top = package_name(version)
    target = out_dir / f"{top}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    with (
        lzma.open(partial, "wb", format=lzma.FORMAT_XZ, filters=compression_filters()) as packed,
        tarfile.open(fileobj=packed, mode="w") as tar,
    ):
        for path in sorted(bundle.rglob("*")):
            if path.is_dir() and not path.is_symlink():
                continue
            arcname = f"{top}/{path.relative_to(bundle).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=_normalise)
        for arcpath, source in sorted(layout.LINUX_EXTRAS.items()):
            info = tar.gettarinfo(str(LINUX_DIR / source), arcname=f"{top}/{arcpath}")
            info.mode = 0o755 if source.endswith(".sh") else 0o644
            with open(LINUX_DIR / source, "rb") as extra:
                tar.addfile(_normalise(info), extra)
    os.replace(partial, target)
    return target


def missing_desktop_libraries(bundle: Path) -> list[str]:
    """System libraries the bundle's X11 platform plugin needs but neither bundle nor build machine has.

    PyInstaller copies into the bundle the libraries it finds on the build machine; one it
    cannot find is left out, and a laptop without it cannot open the window ("could not load
    the Qt platform plugin xcb"). libxcb-cursor0 is the usual one: Qt 6 needs it and many
    desktops lack it. A release is built where they are all installed (``./dev.sh app``
    installs them).
    """
    plugin = bundle / XCB_PLUGIN
    if not plugin.is_file():
        return []
    contents = bundle / layout.CONTENTS_DIR
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join([str(contents), str(contents / "PySide6/Qt/lib")]))
    try:
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env, check=False).stdout
    except FileNotFoundError:
        return []
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})
