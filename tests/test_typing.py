"""The typed seam between the screens and the services: every public service that takes the
database names it as ``db: Database``.

mypy checks what is annotated; a ``db: Any`` (or no annotation) would let any value through
unchecked, so this test reads the services' source and fails on such a parameter.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SERVICES = Path(__file__).resolve().parent.parent / "cpdesk" / "services"


def _public_functions(tree: ast.Module) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """Module-level functions and the methods of module-level classes, by dotted name, that
    do not start with an underscore (nor sit in a class that does); a public class's
    ``__init__`` is public too, as calling the class calls it."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and not node.name.startswith("_"):
            yield node.name, node
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for item in node.body:
                if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                if item.name == "__init__" or not item.name.startswith("_"):
                    yield f"{node.name}.{item.name}", item


def _db_parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.arg]:
    args = function.args
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.arg == "db":
            yield arg


def _is_database(annotation: ast.expr | None) -> bool:
    """``Database``, also as a string or qualified (``database.Database``)."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        annotation = ast.parse(annotation.value, mode="eval").body
    if isinstance(annotation, ast.Name):
        return annotation.id == "Database"
    if isinstance(annotation, ast.Attribute):
        return annotation.attr == "Database"
    return False


def untyped_db_parameters(root: Path = SERVICES) -> list[str]:
    """``path:line function(db: annotation)`` for each public service whose ``db`` is not a Database."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name, function in _public_functions(tree):
            for arg in _db_parameters(function):
                if not _is_database(arg.annotation):
                    shown = ast.unparse(arg.annotation) if arg.annotation is not None else "no annotation"
                    found.append(f"{path.relative_to(root.parent.parent)}:{arg.lineno} {name}(db: {shown})")
    return found


def test_every_public_service_takes_db_as_a_database() -> None:
    offenders = untyped_db_parameters()
    assert offenders == [], "annotate db as cpdesk.store.database.Database:\n" + "\n".join(offenders)


def test_the_check_finds_an_untyped_db(tmp_path: Path) -> None:
    (tmp_path / "service.py").write_text(
        "from typing import Any\n"
        "from cpdesk.store.database import Database\n"
        "def typed(db: Database) -> None: ...\n"
        "def quoted(db: 'Database') -> None: ...\n"
        "def loose(db: Any, *, name: str) -> None: ...\n"
        "def bare(x: int, db) -> None: ...\n"
        "def _private(db: Any) -> None: ...\n"
        "class Service:\n"
        "    def __init__(self, db: Any) -> None: ...\n"
        "    def run(self, db: Any) -> None: ...\n"
        "    def _step(self, db: Any) -> None: ...\n"
    )
    found = untyped_db_parameters(tmp_path)
    names = [line.split(" ", 1)[1] for line in found]
    assert names == [
        "loose(db: Any)",
        "bare(db: no annotation)",
        "Service.__init__(db: Any)",
        "Service.run(db: Any)",
    ]
