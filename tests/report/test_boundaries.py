"""cpdesk.report lays out data and never reaches the services, the database, the store or Qt; the font ships with it."""

from __future__ import annotations

import ast
import subprocess
import sys
from importlib import resources
from pathlib import Path

from cpdesk.report.fonts import missing_glyphs, register_fonts

REPORT = Path(__file__).resolve().parents[2] / "cpdesk" / "report"


def _imports(path: Path) -> set[str]:
    """The modules ``path`` imports, wherever the import stands (in functions, for type checkers)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_report_does_not_touch_the_database() -> None:
    for path in REPORT.rglob("*.py"):
        imports = _imports(path)
        bad = {i for i in imports if i.split(".")[0] in {"sqlalchemy", "alembic", "sqlite3", "PySide6", "pyqtgraph"}}
        bad |= {i for i in imports if i.startswith(("cpdesk.store", "cpdesk.services", "cpdesk.gui", "cpdesk.cli"))}
        assert bad == set(), f"{path.name} imports {bad}"


def test_building_a_report_loads_no_qt() -> None:
    code = (
        "import sys, cpdesk.services.reports.building, cpdesk.cli.report_commands;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_font_family_ships_with_its_licence_and_covers_vietnamese() -> None:
    folder = resources.files("cpdesk.resources") / "fonts"
    files = {entry.name: entry for entry in folder.iterdir()}
    ttfs = [n for n in files if n.endswith(".ttf")]
    assert len(ttfs) == 4
    assert "LICENSE-DejaVu.txt" in files
    assert sum(len(files[n].read_bytes()) for n in ttfs) < 3_000_000
    assert "Bitstream Vera" in files["LICENSE-DejaVu.txt"].read_text(encoding="utf-8")
    family = register_fonts()
    base = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYdđĐ"
    tones = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
    import unicodedata

    alphabet = base + "".join(unicodedata.normalize("NFC", v + t) for v in base for t in tones)
    signs = "m³ CO₂ °C ± → ☐ ☒ – … “ ” · × ● χ²"
    for face in (family.regular, family.bold, family.italic, family.bold_italic):
        assert missing_glyphs(alphabet + signs, face) == set(), face
