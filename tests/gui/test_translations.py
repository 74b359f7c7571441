"""The translation sources: complete in Vietnamese for the workbench's screens, placeholders
kept, and compilable (the .qm files are build output, not in git)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cpdesk.gui import i18n

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%\d|%[nsv]")
#: The workbench's own modules, whose every text must be in the sources. The packages built
#: beside it (flow chart, plots, logger windows) are translated as they arrive; a text of
#: theirs not translated yet does not fail this test (their authors keep working).
WORKBENCH = (
    "cpdesk/gui/models/",
    "cpdesk/gui/sections/",
    "cpdesk/gui/pages/",
    "cpdesk/gui/dialogs/",
    "cpdesk/gui/widgets/",
)
WORKBENCH_MODULES = {
    f"cpdesk/gui/{name}.py"
    for name in (
        "app",
        "delegates",
        "display",
        "errors",
        "i18n",
        "main_menu",
        "main_window",
        "navigator",
        "plots_embed",
        "preferences",
        "progress_panel",
        "quick_entry",
        "report_export",
        "search",
        "typed",
        "workbench",
        "workers",
        "workspace",
    )
}


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_vietnamese_text_is_translated_with_its_placeholders() -> None:
    for path in (FOLDER / "cpdesk_vi.ts", FOLDER / "cpdesk_extra_vi.ts"):
        found = messages(path)
        assert len(found) > 20
        for (context, source), message in found.items():
            translation = message.find("translation")
            assert translation is not None, (context, source)
            assert translation.get("type") != "unfinished", (context, source)
            # A plural text (numerus="yes") has one form per plural of the language.
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for text in forms:
                assert text.strip(), (context, source)
                assert sorted(set(PLACEHOLDER.findall(source))) == sorted(set(PLACEHOLDER.findall(text))), (
                    context,
                    source,
                    text,
                )


def test_every_text_has_the_context_the_code_asks_for() -> None:
    """lupdate files a text it cannot place (a translate helper of our own, tr() outside a
    QObject class) under an empty context, where the running code never looks for it: the
    screen then stays in English. Texts must be in the context their call names."""
    for path in (FOLDER / "cpdesk_vi.ts", FOLDER / "cpdesk_en.ts"):
        orphans = [source for (context, source) in messages(path) if not context]
        assert orphans == [], f"{path.name}: texts without a context: {orphans[:5]}"


def test_english_lists_the_same_texts() -> None:
    assert set(messages(FOLDER / "cpdesk_en.ts")) == set(messages(FOLDER / "cpdesk_vi.ts"))


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to list the sources")
def test_the_sources_hold_every_text_of_the_workbench(tmp_path: Path) -> None:
    """lupdate over the workbench's modules finds no text missing from cpdesk_vi.ts."""
    import tools.update_translations as tool

    mine = [s for s in tool.sources() if s.startswith(WORKBENCH) or s in WORKBENCH_MODULES]
    assert len(mine) > 40
    ts = tmp_path / "probe.ts"
    subprocess.run(
        [*tool.lupdate(), "-locations", "none", *mine, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True
    )
    missing = set(messages(ts)) - set(messages(FOLDER / "cpdesk_vi.ts"))
    assert missing == set(), "run tools/update_translations.py and translate: " + repr(sorted(missing)[:10])


def test_translations_compile(tmp_path: Path) -> None:
    for source in sorted(FOLDER.glob("*.ts")):
        target = tmp_path / f"{source.stem}.qm"
        assert i18n.compile_ts(source, target), source.name
        assert target.stat().st_size > 100


def test_no_compiled_translation_is_in_git() -> None:
    if shutil.which("git") is None:
        pytest.skip("needs git")
    listed = subprocess.run(["git", "ls-files", "*.qm"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert listed.stdout.strip() == ""
