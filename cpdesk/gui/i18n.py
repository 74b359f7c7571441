"""Qt translations: compile the .ts sources when needed, install them, and a pseudo-locale.

The sources ``resources/translations/cpdesk_<lang>.ts`` (written with Qt Linguist's tools)
are the only thing kept in git; the compiled ``.qm`` files are build output. ``dev.sh`` and
the installer compile them; should one be missing or older than its source (a fresh
checkout started some other way), :func:`ensure_compiled` runs ``lrelease`` from the
PySide6 wheel at start-up, into the package folder when it is writable, else into the
user's data folder.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cpdesk.services import locations

log = logging.getLogger(__name__)

#: The translation catalogues of cpdesk: its own strings (kept by ``tools/update_translations.py``)
#: and a hand-kept one for Qt's own widgets (dialog buttons, edit menus), which the PySide6
#: wheel has no Vietnamese for, and texts whose run-time context lupdate cannot name.
CATALOGUES = ("cpdesk", "cpdesk_extra")


def translations_dir() -> Path:
    """The folder holding the .ts sources (and, once compiled, the .qm files)."""
    return Path(str(resources.files("cpdesk.resources") / "translations"))


def lrelease() -> list[str] | None:
    """The command that compiles .ts into .qm: the wheel's binary, else a wrapper on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe"):
        if candidate.is_file():
            return [str(candidate)]
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).is_file():
            return [str(scripts / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_ts(source: Path, target: Path) -> bool:
    """Compile one .ts file; False (and a log line) when it cannot be done."""
    command = lrelease()
    if command is None:
        log.warning("no lrelease found: %s stays uncompiled", source.name)
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([*command, "-silent", str(source), "-qm", str(target)], capture_output=True, text=True)
    if result.returncode != 0 or not target.is_file():
        log.warning("lrelease failed on %s: %s", source.name, result.stderr.strip()[-500:])
        return False
    return True


def ensure_compiled(catalogue: str, lang: str) -> Path | None:
    """The .qm file of ``catalogue`` in ``lang``, compiled first if missing or stale."""
    source = translations_dir() / f"{catalogue}_{lang}.ts"
    if not source.is_file():
        return None
    for folder in (translations_dir(), locations.data_dir() / "translations"):
        target = folder / f"{catalogue}_{lang}.qm"
        if target.is_file() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
        try:
            if compile_ts(source, target):
                return target
        except OSError as exc:  # read-only install folder: try the data folder next
            log.info("cannot compile into %s: %s", folder, exc)
    return None


def compile_all() -> list[Path]:
    """Compile every .ts source (the build step ``dev.sh`` runs); returns the .qm files."""
    done = []
    for source in sorted(translations_dir().glob("*.ts")):
        catalogue, _, lang = source.stem.rpartition("_")
        qm = ensure_compiled(catalogue, lang)
        if qm is not None:
            done.append(qm)
    return done


class PseudoTranslator(QTranslator):
    """Wraps every string as "[!!! text !!!]": about 40 % longer, like much Vietnamese, so a
    layout that clips or overlaps shows it at once; placeholders and accelerators survive."""

    def __init__(self, inner: list[QTranslator], parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self._inner = inner

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = ""
        for translator in self._inner:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                break
        return f"[!!! {text or source} !!!]"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


_installed: list[QTranslator] = []


def install(lang: str, pseudo: bool = False) -> list[QTranslator]:
    """Replace the application's translators with those of ``lang`` ("vi" or "en")."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[QTranslator] = []
    for catalogue in CATALOGUES:
        qm = ensure_compiled(catalogue, lang)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            loaded.append(translator)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        loaded.append(qt_own)
    chosen: list[QTranslator] = [PseudoTranslator(loaded, app)] if pseudo else loaded
    for translator in chosen:
        app.installTranslator(translator)
    _installed.extend(chosen)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English))
    return chosen


def main() -> int:
    """``python -m cpdesk.gui.i18n``: compile the translations (a build step)."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    done = compile_all()
    for qm in done:
        print(qm.name)
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
