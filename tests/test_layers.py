"""The import boundary: Qt only under cpdesk/gui; core free of SQL and I/O libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cpdesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
            if node.module.startswith("cpdesk."):
                names.add(node.module)
    return names


def _modules(subpackage: str) -> list[Path]:
    return sorted((PACKAGE / subpackage).rglob("*.py"))


def test_no_qt_outside_gui() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if "gui" not in p.relative_to(PACKAGE).parts[:1] and _imports(p) & {"PySide6", "shiboken6", "pyqtgraph"}
    ]
    assert offenders == []


def test_core_has_no_sql_no_qt_no_upper_layers() -> None:
    forbidden = {"sqlalchemy", "alembic", "sqlite3", "PySide6", "pyqtgraph", "reportlab"}
    for path in _modules("core"):
        imports = _imports(path)
        assert not imports & forbidden, f"{path.name} imports {imports & forbidden}"
        upper = {i for i in imports if i.startswith(("cpdesk.store", "cpdesk.services", "cpdesk.gui", "cpdesk.cli"))}
        assert not upper, f"{path.name} imports {upper}"


def test_store_does_not_reach_up() -> None:
    for path in _modules("store"):
        upper = {i for i in _imports(path) if i.startswith(("cpdesk.services", "cpdesk.gui", "cpdesk.cli"))}
        assert not upper, f"{path.name} imports {upper}"


def test_cli_runs_without_qt_loaded() -> None:
    """The headless side must not even load Qt by accident through a transitive import."""
    code = (
        "import sys, cpdesk.cli.main, cpdesk.cli.commands, cpdesk.services.demo.data_set;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_package_is_installed() -> None:
    """pyproject lists packages explicitly; a new subpackage must be added there."""
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(PACKAGE.parent).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
