"""The layers of cpdesk, and what each may import.

    gui, cli  ->  services  ->  report, sync  ->  store  ->  core

A layer imports itself, the layers below it and core, nothing above and nothing beside:
report and sync never import the services, the windows and the command line never import the
store, sync or report (they go through the services), and the report lays out what it is
handed without reaching the store. Core is pure domain: no SQL, no Qt, no PDF. Qt is the
windows' alone; SQL belongs to store, sync and the services.

Every import counts, wherever it stands: at module level, inside a function (the lazy
imports that keep start-up quick), under ``if TYPE_CHECKING:`` (a type-only import still
ties two designs together), relative imports resolved against their package, and
``importlib.import_module("cpdesk....")`` or ``__import__`` with a literal name. A failure
names the file, the line and the import.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "cpdesk"
ROOT = PACKAGE.name

#: For each layer, the cpdesk layers its modules may import (itself included).
ALLOWED: dict[str, frozenset[str]] = {
    "core": frozenset({"core"}),
    "store": frozenset({"store", "core"}),
    "report": frozenset({"report", "core"}),
    "sync": frozenset({"sync", "store", "core"}),
    "services": frozenset({"services", "report", "sync", "store", "core"}),
    "gui": frozenset({"gui", "services", "core"}),
    "cli": frozenset({"cli", "services", "core"}),
}
#: Parts of the package every layer may import: the package itself (its version) and its data.
SHARED = frozenset({"", "resources"})

#: Modules of an allowed layer that a layer still must not import: a unit of work is opened
#: by the services alone, never by the windows or the command line.
FORBIDDEN_MODULES: dict[str, frozenset[str]] = {
    "gui": frozenset({"cpdesk.services.uow"}),
    "cli": frozenset({"cpdesk.services.uow"}),
}

QT = frozenset({"PySide6", "shiboken6", "pyqtgraph"})
SQL = frozenset({"sqlalchemy", "alembic", "sqlite3"})
#: Libraries each layer must not import.
FORBIDDEN: dict[str, frozenset[str]] = {
    "core": QT | SQL | {"reportlab"},
    "store": QT,
    "report": QT | SQL,
    "sync": QT,
    "services": QT,
    "gui": SQL,
    "cli": QT | SQL,
}


@dataclass(frozen=True)
class Import:
    """One import statement's target, where it stands."""

    file: str
    line: int
    module: str
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}"


def layer_of(module: str) -> str:
    """The layer of a dotted cpdesk module name ("" for the package itself)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def module_name(relative: str) -> str:
    """``cpdesk/gui/app.py`` -> ``cpdesk.gui.app`` (a package by its own name)."""
    parts = list(Path(relative).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(relative: str, source: str) -> Iterator[Import]:
    """Every import of ``source`` (the file ``relative`` to the repository), wherever it stands."""
    module = module_name(relative)
    package = module if relative.endswith("__init__.py") else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source, filename=relative)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(relative, node.lineno, alias.name, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            names = ", ".join(alias.name for alias in node.names)
            text = f"from {'.' * node.level}{node.module or ''} import {names}"
            for alias in node.names:
                # A cpdesk name is followed down to what it names (``from cpdesk.services import
                # uow`` is cpdesk.services.uow); ``from cpdesk import __version__`` is the package.
                names_a_layer = alias.name in ALLOWED or alias.name in SHARED
                inside = target.startswith(f"{ROOT}.") or (target == ROOT and names_a_layer)
                yield Import(relative, node.lineno, f"{target}.{alias.name}" if inside else target, text)
        elif isinstance(node, ast.Call) and _dynamic_import(node):
            name = node.args[0].value  # type: ignore[attr-defined]
            yield Import(relative, node.lineno, name, ast.unparse(node))


def _dynamic_import(node: ast.Call) -> bool:
    """``importlib.import_module("cpdesk...")`` or ``__import__("cpdesk...")`` with a literal name."""
    func = node.func
    named = (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
        isinstance(func, ast.Name) and func.id in {"import_module", "__import__"}
    )
    return (
        named
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and node.args[0].value.split(".")[0] == ROOT
    )


def offences(layer: str, files: Iterable[tuple[str, str]]) -> list[str]:
    """The imports of ``files`` (path, source) of ``layer`` that its row does not allow."""
    found: dict[tuple[str, int], str] = {}  # one line per import statement
    for relative, source in files:
        for imp in sorted(imports(relative, source), key=lambda i: i.line):
            top = imp.module.split(".")[0]
            key = (imp.file, imp.line)
            if top == ROOT:
                target = layer_of(imp.module)
                if target not in ALLOWED[layer] and target not in SHARED:
                    allowed = ", ".join(sorted(ALLOWED[layer] - {layer}))
                    found[key] = f"{imp}  ({layer} may import {allowed or 'no other layer'})"
                elif any(imp.module == m or imp.module.startswith(m + ".") for m in FORBIDDEN_MODULES.get(layer, ())):
                    found[key] = f"{imp}  (only the services open a unit of work)"
            elif top in FORBIDDEN[layer]:
                found[key] = f"{imp}  ({layer} must not import {top})"
    return list(found.values())


def layer_files(layer: str) -> list[tuple[str, str]]:
    folder = PACKAGE / layer
    return [
        (str(path.relative_to(PACKAGE.parent)), path.read_text(encoding="utf-8"))
        for path in sorted(folder.rglob("*.py"))
    ]


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_what_its_row_allows(layer: str) -> None:
    found = offences(layer, layer_files(layer))
    assert found == [], f"{len(found)} imports break the layers:\n" + "\n".join(found)


def test_every_module_belongs_to_a_layer() -> None:
    """A new subpackage must be given its row above before it can be checked."""
    known = set(ALLOWED) | {"resources"}
    stray = sorted(
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if len(p.relative_to(PACKAGE).parts) > 1 and p.relative_to(PACKAGE).parts[0] not in known
    )
    assert stray == []


def test_the_reader_sees_every_kind_of_import() -> None:
    """The checker itself: lazy, type-only, relative and literal dynamic imports all count."""
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from cpdesk.services.uow import reading\n"
        "def later():\n"
        "    import cpdesk.store.database\n"
        "    from ..gui import app\n"
        "    return importlib.import_module('cpdesk.cli.main')\n"
        "from . import model\n"
        "from cpdesk import store\n"
        "from cpdesk.services import uow\n"
    )
    found = {(i.line, i.module) for i in imports("cpdesk/report/example.py", source)}
    assert (4, "cpdesk.services.uow.reading") in found
    assert (6, "cpdesk.store.database") in found
    assert (7, "cpdesk.gui.app") in found
    assert (8, "cpdesk.cli.main") in found
    assert (9, "cpdesk.report.model") in found
    assert (10, "cpdesk.store") in found
    assert (11, "cpdesk.services.uow") in found
    lines = [o.split(":")[1] for o in offences("report", [("cpdesk/report/example.py", source)])]
    assert lines == ["4", "6", "7", "8", "10", "11"]
    assert offences("gui", [("cpdesk/gui/example.py", source)])[-1].endswith("(only the services open a unit of work)")


def test_cli_runs_without_qt_loaded() -> None:
    """The headless side must not even load Qt by accident through a transitive import."""
    code = (
        "import sys, cpdesk.cli.main, cpdesk.services.demo.data_set;"
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
