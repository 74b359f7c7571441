"""Build cpdesk's installer for this platform and print where it is.

From the repository root, in the development virtual environment::

    pip install -e ".[build]"                 # PyInstaller, once
    python installer/build.py                 # bundle and package, into dist/
    python installer/build.py --no-package    # the one-folder bundle only
    python installer/build.py --dist DIR --work DIR

Steps:

1. PyInstaller runs ``installer/cpdesk.spec``: the one-folder bundle ``dist/cpdesk`` with the
   workbench (``cpdesk-gui``) and the command line (``cpdesk``), Python, Qt and cpdesk's data.
2. The package for this platform:
   - Linux: ``dist/cpdesk-<version>-linux-<machine>.tar.gz`` (bundle, install.sh, menu entry);
   - Windows: ``dist/cpdesk-<version>-windows-setup.exe`` through Inno Setup 6.3+ (``ISCC``
     on PATH, in its default folder, or named by ``$ISCC``); without Inno Setup the bundle is
     still built and the script says what to install.

A build takes a few minutes on two cores. It needs no network; PyInstaller and Inno Setup do
not sign anything.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_layout as layout  # noqa: E402
import package_linux  # noqa: E402
import package_windows  # noqa: E402

SPEC = Path(__file__).resolve().parent / "cpdesk.spec"


@dataclass(frozen=True)
class BuildResult:
    """What a build made: the one-folder bundle and, if one was made, the package."""

    bundle: Path
    bundle_bytes: int
    package: Path | None
    seconds: float


class BuildError(RuntimeError):
    """A build step failed; the message says which and what to do."""


def check_pyinstaller() -> str:
    """PyInstaller's version; a BuildError that says how to install it when it is missing."""
    try:
        import PyInstaller  # only the build needs it
    except ImportError as exc:
        raise BuildError('PyInstaller is not installed here: pip install -e ".[build]"') from exc
    return str(PyInstaller.__version__)


def build_bundle(dist: Path, work: Path, *, clean: bool = False, quiet: bool = True) -> Path:
    """Run PyInstaller on the spec; return the one-folder bundle."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--log-level",
        "WARN" if quiet else "INFO",
    ]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    result = subprocess.run(command, check=False)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode}); its messages are above")
    bundle = dist / layout.DIST_NAME
    # PyInstaller gives the spec a work folder of its own, named after the spec.
    missing = sorted(p for p in layout.read_manifest(work / SPEC.stem) if not (bundle / p).exists())
    if missing:
        raise BuildError(f"the bundle lacks files the installers rely on: {', '.join(missing)}")
    return bundle


def make_package(bundle: Path, out_dir: Path, version: str) -> Path | None:
    """The installer for this platform, or None (with the reason printed) when none can be made."""
    if sys.platform.startswith("linux"):
        missing = package_linux.missing_desktop_libraries(bundle)
        if missing:
            print(
                "warning: the bundle lacks these X11 libraries, which this machine does not have either: "
                f"{', '.join(missing)}. A laptop without them cannot open the window. Build releases on "
                "a machine set up with './dev.sh app', which installs them.",
                file=sys.stderr,
            )
        return package_linux.make_tarball(bundle, out_dir, version)
    if sys.platform.startswith("win"):
        iscc = package_windows.find_iscc()
        if iscc is None:
            print(
                "Inno Setup 6.3 or later was not found (ISCC.exe): install it, or name it in %ISCC%, "
                "then run this again to make the setup program.",
                file=sys.stderr,
            )
            return None
        return package_windows.compile_installer(bundle, out_dir, version, iscc)
    print(f"no installer is made on {sys.platform}; the one-folder bundle is complete", file=sys.stderr)
    return None


def build(dist: Path, work: Path, *, package: bool = True, clean: bool = False, quiet: bool = True) -> BuildResult:
    """Bundle, then package; the whole build for this platform."""
    started = time.monotonic()
    check_pyinstaller()
    bundle = build_bundle(dist, work, clean=clean, quiet=quiet)
    made = make_package(bundle, dist, layout.version()) if package else None
    return BuildResult(bundle, layout.directory_size(bundle), made, time.monotonic() - started)


def _mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build cpdesk's installer for this platform.")
    parser.add_argument("--dist", type=Path, default=layout.REPO / "dist", help="output folder (default: dist/)")
    parser.add_argument(
        "--work", type=Path, default=layout.REPO / "build" / "pyinstaller", help="PyInstaller's work folder"
    )
    parser.add_argument("--no-package", action="store_true", help="build the one-folder bundle only")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    parser.add_argument("--verbose", action="store_true", help="show PyInstaller's progress messages")
    args = parser.parse_args(argv)
    try:
        result = build(
            args.dist.resolve(),
            args.work.resolve(),
            package=not args.no_package,
            clean=args.clean,
            quiet=not args.verbose,
        )
    except BuildError as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    print(f"cpdesk {layout.version()} built in {result.seconds:.0f} s")
    print(f"bundle:  {result.bundle} ({_mib(result.bundle_bytes)})")
    if result.package is not None:
        print(f"package: {result.package} ({_mib(result.package.stat().st_size)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
