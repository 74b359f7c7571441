"""What goes into the cpdesk bundle and where each piece lands.

One module for the PyInstaller spec (``cpdesk.spec``), the build script (``build.py``) and
the tests (``tests/installer``), so that the layout the Windows installer script and the Linux
launcher rely on is written down once. It imports nothing outside the standard library: the
fast tests run it without PyInstaller installed.

The one-folder bundle looks like this (``.exe`` on Windows)::

    cpdesk/                      DIST_NAME
      cpdesk                     the console executable, for scripts (on Linux: both)
      cpdesk-gui                 the workbench (windowed on Windows; on Linux a symbolic
                                 link to cpdesk, which opens the workbench under this name)
      _internal/                 CONTENTS_DIR: Python, Qt and data
        cpdesk/resources/...     everything under resources/ (translations as .qm)
        cpdesk/store/migrations/ the Alembic scripts, read from disk by Alembic
"""

from __future__ import annotations

import ast
import importlib.util
import json
import platform
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent

APP_NAME = "cpdesk"
CLI_NAME = "cpdesk"
GUI_NAME = "cpdesk-gui"
DIST_NAME = "cpdesk"
# PyInstaller 6's default, spelled out because the installer scripts depend on it.
CONTENTS_DIR = "_internal"

RESOURCES_SRC = "resources"
RESOURCES_PACKAGE = "cpdesk.resources"
RESOURCES_DEST = "cpdesk/resources"
MIGRATIONS_PACKAGE = "cpdesk.store.migrations"
GUI_PACKAGE = "cpdesk.gui"
MIGRATIONS_SRC = "cpdesk/store/migrations"
MIGRATIONS_DEST = "cpdesk/store/migrations"
TRANSLATIONS_SUBDIR = "translations"
ICONS_SUBDIR = "icons"

# The parts of resources/ that the bundle must carry. ``required`` ones exist today; the
# others arrive with later issues (report fonts, translations) and are bundled when present.
RESOURCE_SUBDIRS: dict[str, bool] = {
    "reference": True,
    "factor_sets": True,
    "demo": True,
    "icons": True,
    "fonts": False,
    "translations": False,
    "report": False,  # the Word report's template
    "guide": True,  # the user guide (F1, cpdesk report guide)
    "units": True,  # pint's conversions between the canonical units (cpdesk.core.unit_maps)
}

# Files under resources/ that are not data: the package marker is compiled into the
# executable's archive, .ts sources are shipped compiled (.qm).
_SKIP_NAMES = {"__init__.py", ".gitignore", ".gitkeep"}
_SKIP_SUFFIXES = {".pyc", ".pyo", ".ts"}
_SKIP_DIRS = {"__pycache__"}

ICON_BASENAME = "cpdesk"
ICON_PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Extension of the files a field laptop exports for the centre (sync issue). Used for the
# Windows file association and the Linux MIME type; one constant to change if sync picks
# another.
BUNDLE_EXTENSION = ".cpdx"
BUNDLE_MIME_TYPE = "application/x-cpdesk-bundle"

# Files the Linux package adds beside the one-folder bundle: path in the package -> source
# under installer/linux. install.sh finds the menu entry and the MIME type at these paths.
LINUX_EXTRAS: dict[str, str] = {
    "install.sh": "install.sh",
    "uninstall.sh": "uninstall.sh",
    "README.txt": "README.txt",
    "share/cpdesk.desktop": "cpdesk.desktop",
    "share/cpdesk-mime.xml": "cpdesk-mime.xml",
}

# Modules no cpdesk executable needs, though something installed in a developer's venv may
# try to import them (the test tools sit in the same venv). pandas is not among them:
# statsmodels, which fits the verified-savings baselines, imports it.
COMMON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "IPython",
    "matplotlib",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pypdf",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Packaging tools reach the analysis through cffi's build helpers; at run time nothing
    # needs them, and PyInstaller's hook for pkg_resources would import it at every start
    # (about 0.3 s of CPU).
    "setuptools",
    "pkg_resources",
    "distutils",
    "_distutils_hack",
    "pip",
    "wheel",
)
# The command line must run without Qt (tests/test_layers.py checks the source); excluding
# Qt from its analysis keeps the console executable's archive small and fails loudly if a
# Qt import ever sneaks into the headless side.
CLI_EXCLUDES = COMMON_EXCLUDES + ("PySide6", "shiboken6", "pyqtgraph")
# Qt modules cpdesk does not use but PySide6's hooks could pull in through pyqtgraph.
GUI_EXCLUDES = COMMON_EXCLUDES + (
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
)
# Qt's own translations (dialog buttons, shortcuts...) for the languages cpdesk speaks; the
# others (about 7 MB) are left out of the bundle.
QT_TRANSLATION_LANGUAGES = ("vi", "en")

# Qt modules the workbench needs though it may not import them at the top of a module:
# QtSvg for the SVG icon and the SVG image format, QtPrintSupport for printing.
GUI_HIDDEN_IMPORTS = ("PySide6.QtSvg", "PySide6.QtPrintSupport")


@dataclass(frozen=True)
class DataFile:
    """One file to bundle: its source on disk and the folder it lands in (relative to CONTENTS_DIR)."""

    source: Path
    dest_dir: str

    @property
    def dest(self) -> str:
        """The file's path inside CONTENTS_DIR, with forward slashes."""
        return str(PurePosixPath(self.dest_dir) / self.source.name)


def keep_qt_data(dest: str) -> bool:
    """False for Qt translation files of languages cpdesk does not offer (see QT_TRANSLATION_LANGUAGES)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if "translations" not in path.parts[:-1] or path.suffix != ".qm" or "PySide6" not in path.parts:
        return True
    language = path.stem.rsplit("_", 1)[-1] if "_" in path.stem else ""
    return language in QT_TRANSLATION_LANGUAGES


def exe_name(name: str, platform: str = sys.platform) -> str:
    """The file name of executable ``name`` on ``platform``."""
    return f"{name}.exe" if platform.startswith("win") else name


def version(repo: Path = REPO) -> str:
    """cpdesk's version, read from ``cpdesk/__init__.py`` without importing the package."""
    tree = ast.parse((repo / "cpdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise LookupError("cpdesk/__init__.py defines no __version__")


def version_tuple(text: str) -> tuple[int, int, int, int]:
    """Four numbers for the Windows version resource: "0.1.0" -> (0, 1, 0, 0); "1.2rc1" -> (1, 2, 0, 0)."""
    # Only the leading dotted numbers count: "1.2rc1" must not become 1.2.1.
    leading = re.match(r"\d+(?:\.\d+)*", text)
    if not leading:
        raise ValueError(f"no version number in {text!r}")
    numbers = [int(n) for n in leading.group(0).split(".")][:4]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def _is_data(path: Path) -> bool:
    return not (path.name in _SKIP_NAMES or path.suffix in _SKIP_SUFFIXES or set(path.parts) & _SKIP_DIRS)


def resource_files(repo: Path = REPO) -> list[DataFile]:
    """Every data file under resources/, to land under ``cpdesk/resources`` (.ts sources excluded)."""
    root = repo / RESOURCES_SRC
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        # A .qm beside its .ts is a developer's local compile (ignored by git), perhaps
        # stale: the build compiles the .ts afresh instead.
        if path.suffix == ".qm" and path.with_suffix(".ts").is_file():
            continue
        if _is_data(rel):
            files.append(DataFile(path, str(PurePosixPath(RESOURCES_DEST, *rel.parts[:-1]))))
    return files


def translation_sources(repo: Path = REPO) -> list[Path]:
    """The Qt Linguist sources ``resources/translations/*.ts`` (none until the GUI is translated)."""
    return sorted((repo / RESOURCES_SRC / TRANSLATIONS_SUBDIR).glob("*.ts"))


def translation_dest() -> str:
    return f"{RESOURCES_DEST}/{TRANSLATIONS_SUBDIR}"


def find_lrelease() -> list[str]:
    """The command that compiles .ts files: PySide6's lrelease beside this Python, else one on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / exe_name("pyside6-lrelease"), scripts / "Scripts" / exe_name("pyside6-lrelease")):
        if candidate.is_file():
            return [str(candidate)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise FileNotFoundError("pyside6-lrelease not found: install cpdesk's dependencies (PySide6-Essentials)")


def compile_translations(out_dir: Path, repo: Path = REPO, lrelease: Sequence[str] | None = None) -> list[DataFile]:
    """Compile each .ts into ``out_dir`` as .qm; return them as data files for the bundle.

    Compiled at build time rather than committed (STYLE.md: no generated files in the tree);
    a .ts that fails to compile fails the build instead of shipping an English-only window.
    """
    sources = translation_sources(repo)
    if not sources:
        return []
    command = list(lrelease) if lrelease else find_lrelease()
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([*command, str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)
        files.append(DataFile(qm, translation_dest()))
    return files


def migration_files(repo: Path = REPO) -> list[DataFile]:
    """The Alembic scripts as plain files: Alembic reads env.py and versions/*.py from disk."""
    root = repo / MIGRATIONS_SRC
    files = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        rel = path.relative_to(root)
        if "__pycache__" in rel.parts or path.suffix in {".pyc", ".pyo"}:
            continue
        files.append(DataFile(path, str(PurePosixPath(MIGRATIONS_DEST, *rel.parts[:-1]))))
    return files


def migration_imports(repo: Path = REPO) -> list[str]:
    """Modules the migration scripts import: PyInstaller cannot see them, since Alembic loads
    the scripts from files at run time, so they are passed as hidden imports."""
    names: set[str] = set()
    for data in migration_files(repo):
        if data.source.suffix != ".py":
            continue
        tree = ast.parse(data.source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                # "from alembic import op": op may be a module, so ask for it too.
                names.update(f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*")
    return sorted(n for n in names if not n.startswith("__future__") and _is_module(n))


def _is_module(name: str) -> bool:
    """True when ``name`` can be imported as a module here ("alembic.op" yes, "typing.Any" no)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def all_data_files(qm_dir: Path, repo: Path = REPO, lrelease: Sequence[str] | None = None) -> list[DataFile]:
    """Everything the spec bundles as data: resources, compiled translations, migrations."""
    return resource_files(repo) + compile_translations(qm_dir, repo, lrelease) + migration_files(repo)


def planned_data_files(repo: Path = REPO) -> list[DataFile]:
    """What ``all_data_files`` will bundle, without running lrelease (each .ts as its .qm)."""
    qm = [DataFile(ts.with_suffix(".qm"), translation_dest()) for ts in translation_sources(repo)]
    return resource_files(repo) + qm + migration_files(repo)


def pyinstaller_datas(files: Iterable[DataFile]) -> list[tuple[str, str]]:
    """``(source, destination folder)`` pairs in the form Analysis(datas=...) takes."""
    return [(str(f.source), f.dest_dir) for f in files]


def expected_layout(platform: str = sys.platform, repo: Path = REPO) -> set[str]:
    """Paths (relative to the one-folder ``DIST_NAME``, forward slashes) that a build must contain."""
    paths = {exe_name(CLI_NAME, platform), exe_name(GUI_NAME, platform)}
    paths.update(f"{CONTENTS_DIR}/{f.dest}" for f in planned_data_files(repo))
    return paths


MANIFEST_NAME = "bundle-manifest.json"


def write_manifest(work: Path, files: Iterable[DataFile]) -> Path:
    """Record, in PyInstaller's work folder, the paths a build is to produce (see ``read_manifest``).

    The spec writes it when it lists the data; the build script checks the finished bundle
    against it, so that the check sees exactly what this build was asked to carry even when
    files are added to the source tree while PyInstaller runs.
    """
    paths = sorted({exe_name(CLI_NAME), exe_name(GUI_NAME)} | {f"{CONTENTS_DIR}/{f.dest}" for f in files})
    work.mkdir(parents=True, exist_ok=True)
    target = work / MANIFEST_NAME
    target.write_text(json.dumps(paths, indent=1), encoding="utf-8")
    return target


def read_manifest(work: Path) -> list[str]:
    """The paths the last build in ``work`` was to produce, relative to the one-folder bundle."""
    paths = json.loads((work / MANIFEST_NAME).read_text(encoding="utf-8"))
    return [str(p) for p in paths]


def icon_file(kind: str, repo: Path = REPO) -> Path:
    """The application icon in the repository: ``ico``, ``svg`` or ``png`` (256 px)."""
    folder = repo / RESOURCES_SRC / ICONS_SUBDIR
    if kind == "png":
        return folder / f"{ICON_BASENAME}-256.png"
    return folder / f"{ICON_BASENAME}.{kind}"


def version_info_text(text_version: str, executable: str) -> str:
    """The Windows version resource of ``executable`` in PyInstaller's version-file syntax."""
    numbers = version_tuple(text_version)
    strings = {
        "CompanyName": "cpdesk developers",
        "FileDescription": "cpdesk: Cleaner Production assessments",
        "FileVersion": text_version,
        "InternalName": APP_NAME,
        "LegalCopyright": "MIT licence, cpdesk developers",
        "OriginalFilename": exe_name(executable, "win32"),
        "ProductName": APP_NAME,
        "ProductVersion": text_version,
    }
    string_structs = ",\n            ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
            {string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def directory_size(path: Path) -> int:
    """Bytes in all files under ``path`` (what ``du --apparent-size`` counts)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``...: names the packages a build makes."""
    system = "windows" if sys.platform.startswith("win") else sys.platform.rstrip("0123456789")
    return f"{system}-{platform.machine().lower() or 'unknown'}"
