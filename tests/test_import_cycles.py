"""No import circles anywhere in the cpdesk package.

A circle between modules means neither can be understood, tested or moved without the other,
and at run time it works only as long as the imports happen in a lucky order. The graph is
read from the source, not from ``sys.modules``, so an import that runs only in one command or
one branch is checked too.

What counts as an edge from module A to module B:
- every ``import`` and ``from ... import`` statement in A that runs: at module level and
  inside functions and methods alike (the lazy imports that keep start-up quick). A lazy
  import only postpones the circle to the first call, so it counts;
- not the imports under ``if TYPE_CHECKING:``: they never run, so they cannot leave a module
  half-initialised, and they let a part typed against its whole (a menu against the window
  it belongs to) say so without a protocol written for the purpose. The layer test
  (``test_layers.py``) still reads them, so a type-only import cannot reach up a layer;
- relative imports are resolved against A's package;
- ``from P import name`` is an edge to the module ``P.name`` when that is a module, else to
  ``P`` itself (a package's ``__init__`` that re-exports is a module like any other);
- the implicit import of the parent packages is not an edge (their ``__init__`` modules are
  nodes of their own, reached only when something imports them by name).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "cpdesk"
ROOT = PACKAGE.name


def _module_names() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    names: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _run_time_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of ``tree`` except those under ``if TYPE_CHECKING:`` (its ``else`` runs)."""
    nodes: list[ast.AST] = []
    pending = [tree]
    while pending:
        node = pending.pop()
        nodes.append(node)
        if isinstance(node, ast.If) and _is_type_checking(node):
            pending.extend(node.orelse)
        else:
            pending.extend(ast.iter_child_nodes(node))
    return nodes


def _imported(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package's modules that ``module`` imports when it runs, anywhere in its text."""
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in _run_time_nodes(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            for alias in node.names:
                child = f"{source}.{alias.name}"
                found.add(child if child in modules else source)
    return {name for name in found if name in modules and name != module}


def import_graph() -> dict[str, set[str]]:
    """The import graph of the package: module -> the package's modules it imports."""
    modules = _module_names()
    return {name: _imported(name, path, modules) for name, path in sorted(modules.items())}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One circle per strongly connected component of more than one module (Tarjan's
    algorithm, iterative), each given as a path that starts and ends at the same module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
    return [_circle_in(graph, set(c)) for c in sorted(components)]


def _circle_in(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest circle through the first module of a strongly connected component."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph[node] & component):
            if child == start:
                return [*paths[node], start]
            if child not in paths:
                paths[child] = [*paths[node], child]
                queue.append(child)
    raise AssertionError(f"no circle through {start}")  # a component always holds one


def test_the_graph_sees_the_package() -> None:
    graph = import_graph()
    assert "cpdesk.core.errors" in graph["cpdesk.cli.main"], "a module-level import"
    assert "cpdesk.services.workspace" in graph["cpdesk.cli.main"], "an import inside a function"


def test_type_checking_imports_are_left_out() -> None:
    text = (
        "from typing import TYPE_CHECKING\n"
        "import cpdesk.a\n"
        "if TYPE_CHECKING:\n"
        "    from cpdesk import b\n"
        "else:\n"
        "    from . import c\n"
        "def f():\n"
        "    from .d import e\n"
    )
    tree = ast.parse(text)
    found = {
        alias.name if isinstance(node, ast.Import) else f"{node.module}:{alias.name}"
        for node in _run_time_nodes(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert found == {"typing:TYPE_CHECKING", "cpdesk.a", "None:c", "d:e"}


def test_cycles_are_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]


def test_no_import_cycles() -> None:
    cycles = find_cycles(import_graph())
    described = "\n".join(" -> ".join(c) for c in cycles)
    assert cycles == [], f"import circles:\n{described}"


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    path = tmp_path / "y.py"
    path.write_text("from . import z\nfrom ..w import v, name\nfrom .z import thing\n", encoding="utf-8")
    modules = {name: tmp_path for name in ("cpdesk.x.y", "cpdesk.x.z", "cpdesk.w", "cpdesk.w.v")}
    assert _imported("cpdesk.x.y", path, modules) == {"cpdesk.x.z", "cpdesk.w", "cpdesk.w.v"}
