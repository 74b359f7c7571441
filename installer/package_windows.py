"""The Windows package: the one-folder bundle compiled into ``cpdesk-<version>-windows-setup.exe``.

Inno Setup (6.3 or later) does the work; its script is ``windows/cpdesk.iss``. This module
only finds the compiler and hands it the paths and the version.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import bundle_layout as layout

ISS = Path(__file__).resolve().parent / "windows" / "cpdesk.iss"
ISCC_ENV = "ISCC"  # the full path of ISCC.exe, when it is not in a usual place


def find_iscc() -> Path | None:
    """Inno Setup's command-line compiler: $ISCC, PATH, or its default install folders."""
    candidates = [os.environ.get(ISCC_ENV), shutil.which("ISCC"), shutil.which("iscc")]
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        if root:
            folder = Path(root) / ("Programs" if base == "LOCALAPPDATA" else "") / "Inno Setup 6"
            candidates.append(str(folder / "ISCC.exe"))
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    return None


def setup_name(version: str) -> str:
    """The installer's file name, as ``OutputBaseFilename`` in cpdesk.iss makes it."""
    return f"{layout.APP_NAME}-{version}-windows-setup.exe"


def compile_installer(bundle: Path, out_dir: Path, version: str, iscc: Path) -> Path:
    """Run ISCC on cpdesk.iss for ``bundle``; return the setup program it wrote into ``out_dir``."""
    command = [
        str(iscc),
        "/Q",
        f"/DDistDir={bundle}",
        f"/DOutputDir={out_dir}",
        f"/DAppVersion={version}",
        f"/DBundleExt={layout.BUNDLE_EXTENSION}",
        str(ISS),
    ]
    subprocess.run(command, check=True)
    return out_dir / setup_name(version)
