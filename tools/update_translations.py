"""Refresh the translation sources from the code: ``python tools/update_translations.py``.

Runs Qt's ``lupdate`` (from the PySide6 wheel) over every module of ``cpdesk/gui`` into
``resources/translations/cpdesk_vi.ts`` and ``cpdesk_en.ts``, dropping texts the code no
longer has. New texts arrive untranslated: translate them with Qt Linguist
(``pyside6-linguist``) or any editor. English needs no translation, so every English entry
is marked finished with its source text. Prints what is still untranslated in Vietnamese;
exits 1 while anything is. The compiled .qm files are build output (``dev.sh`` makes them).

The .ts files hold the widgets' own texts only (menus, buttons, dialogs). The names of codes
and records (carriers, statuses, categories, field names, kinds of record...) are domain
labels: they live in :mod:`cpdesk.core.labels` in both languages, where the screens, the
reports and the command line read them, and never pass through ``tr()``.

lupdate reads only the modules git knows (``git ls-files``): add a new module to git before
running this, or its texts are dropped.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("vi", "en")


def lupdate() -> list[str]:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lupdate", folder / "lupdate.exe"):
        if candidate.is_file():
            return [str(candidate)]
    return [str(Path(sys.executable).parent / "pyside6-lupdate")]


def sources() -> list[str]:
    """The GUI modules under version control, relative to the repository."""
    listed = subprocess.run(
        ["git", "ls-files", "cpdesk/gui/*.py", "cpdesk/gui/**/*.py"], cwd=ROOT, capture_output=True, text=True
    )
    if listed.returncode == 0 and listed.stdout.strip():
        return sorted(set(listed.stdout.split()))
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cpdesk" / "gui").rglob("*.py"))


def update(ts: Path, lang: str) -> None:
    command = [*lupdate(), "-no-obsolete", "-locations", "none", "-target-language", lang, *sources(), "-ts", str(ts)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def finish_english(ts: Path) -> None:
    """English is the source language: every entry translates to its source text."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = form.text or source
        else:
            translation.text = translation.text or source
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not (translation.text or translation.findtext("numerusform"))
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = FOLDER / f"cpdesk_{lang}.ts"
        update(ts, lang)
        if lang == "en":
            finish_english(ts)
    missing = untranslated(FOLDER / "cpdesk_vi.ts")
    for context, source in missing:
        print(f"untranslated [{context}] {source}")
    print(f"{len(missing)} texts untranslated in Vietnamese")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
