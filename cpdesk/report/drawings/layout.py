"""Layered layout of a flow graph, left to right (a small Sugiyama-style layout).

The flow chart and the Sankey diagrams place process steps in columns by the longest path
from the plant's inputs, so that material flows from left to right. Cycles (a condensate
return, a recirculated rinse) are broken at the edges that point back in the depth-first
order; edges that span several columns get waypoints ("dummy" nodes) so that they can be
routed between boxes; the order within each column is improved by barycentre sweeps to
reduce crossings. Pure Python, no drawing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

#: Sweeps of the barycentre heuristic; a handful removes most crossings of process graphs.
SWEEPS = 6


@dataclass(frozen=True)
class Layering:
    """Columns of nodes (dummies included) and the route of each edge through them."""

    columns: tuple[tuple[str, ...], ...]
    column_of: dict[str, int]
    #: edge index -> the nodes it passes through, source first, target last
    routes: dict[int, tuple[str, ...]]
    #: indices of edges that point backwards (against the flow); drawn as return loops
    back_edges: frozenset[int]

    def is_dummy(self, node: str) -> bool:
        return node.startswith("\0")


def layer_nodes(
    nodes: Sequence[str],
    edges: Sequence[tuple[str, str]],
    *,
    fixed: dict[str, int] | None = None,
    route: Sequence[bool] | None = None,
) -> Layering:
    """Lay ``nodes`` out in columns along ``edges`` (source, target).

    ``nodes`` order is the tie-breaker (e.g. the steps' positions). ``fixed`` puts some
    nodes in a given column instead of the longest-path one (the Sankey diagrams place a
    plant input just left of the step it feeds); columns are then renumbered from 0.
    ``route[i]`` False lays edge ``i`` out without waypoints (edges not drawn as lines).
    """
    index = {n: i for i, n in enumerate(nodes)}
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, (s, t) in enumerate(edges):
        if s in index and t in index and s != t:
            out[s].append((i, t))
    back = _back_edges(nodes, out)
    forward = [(i, s, t) for i, (s, t) in enumerate(edges) if s in index and t in index and s != t and i not in back]
    column = _longest_path(nodes, forward)
    if fixed:
        column.update(fixed)
        low = min(column.values())
        column = {n: c - low for n, c in column.items()}
    routes: dict[int, tuple[str, ...]] = {}
    members: dict[int, list[str]] = defaultdict(list)
    for n in nodes:
        members[column[n]].append(n)
    for i, (s, t) in enumerate(edges):
        if s not in index or t not in index or s == t:
            continue
        cs, ct = column[s], column[t]
        if i in back or ct <= cs or (route is not None and not route[i]):
            routes[i] = (s, t)
            continue
        chain = [s]
        for c in range(cs + 1, ct):
            dummy = f"\0{i}:{c}"
            column[dummy] = c
            members[c].append(dummy)
            chain.append(dummy)
        chain.append(t)
        routes[i] = tuple(chain)
    columns = [members[c] for c in range(max(members) + 1)] if members else []
    _order(columns, routes, index)
    return Layering(tuple(tuple(c) for c in columns), column, routes, frozenset(back))


def _back_edges(nodes: Sequence[str], out: dict[str, list[tuple[int, str]]]) -> set[int]:
    """Edges that close a cycle in a depth-first search started in node order (iterative)."""
    state: dict[str, int] = {}  # 1 on the stack, 2 finished
    back: set[int] = set()
    for root in nodes:
        if root in state:
            continue
        stack = [(root, iter(out.get(root, ())))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            for i, child in children:
                if state.get(child) == 1:
                    back.add(i)
                elif child not in state:
                    state[child] = 1
                    stack.append((child, iter(out.get(child, ()))))
                    break
            else:
                state[node] = 2
                stack.pop()
    return back


def _longest_path(nodes: Sequence[str], forward: list[tuple[int, str, str]]) -> dict[str, int]:
    incoming: dict[str, int] = {n: 0 for n in nodes}
    succ: dict[str, list[str]] = defaultdict(list)
    for _i, s, t in forward:
        succ[s].append(t)
        incoming[t] += 1
    column = {n: 0 for n in nodes}
    ready = [n for n in nodes if incoming[n] == 0]
    while ready:
        n = ready.pop(0)
        for t in succ[n]:
            column[t] = max(column[t], column[n] + 1)
            incoming[t] -= 1
            if incoming[t] == 0:
                ready.append(t)
    return column


def _order(columns: list[list[str]], routes: dict[int, tuple[str, ...]], index: dict[str, int]) -> None:
    """Reorder each column by the mean position of its neighbours, sweeping both ways."""
    left: dict[str, list[str]] = defaultdict(list)
    right: dict[str, list[str]] = defaultdict(list)
    for chain in routes.values():
        for a, b in zip(chain, chain[1:], strict=False):
            right[a].append(b)
            left[b].append(a)
    rank = {n: float(i) for col in columns for i, n in enumerate(col)}
    for sweep in range(SWEEPS):
        order = range(1, len(columns)) if sweep % 2 == 0 else range(len(columns) - 2, -1, -1)
        neighbours = left if sweep % 2 == 0 else right
        for c in order:
            col = columns[c]

            def place(n: str, near: dict[str, list[str]] = neighbours) -> tuple[float, float]:
                return _barycentre(n, near[n], rank, index)

            col.sort(key=place)
            for i, n in enumerate(col):
                rank[n] = float(i)


def _barycentre(node: str, near: list[str], rank: dict[str, float], index: dict[str, int]) -> tuple[float, float]:
    """Mean position of a node's neighbours (its own position when it has none), then node order."""
    ranks = [rank[m] for m in near if m in rank]
    return (sum(ranks) / len(ranks) if ranks else rank[node], index.get(node, len(index)))


def crossings(layering: Layering) -> int:
    """Number of crossings between adjacent columns (used by tests and to pick an order)."""
    pos = {n: i for col in layering.columns for i, n in enumerate(col)}
    segments: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for chain in layering.routes.values():
        for a, b in zip(chain, chain[1:], strict=False):
            if layering.column_of[b] == layering.column_of[a] + 1:
                segments[layering.column_of[a]].append((pos[a], pos[b]))
    total = 0
    for segs in segments.values():
        for i, (a1, b1) in enumerate(segs):
            for a2, b2 in segs[i + 1 :]:
                if (a1 - a2) * (b1 - b2) < 0:
                    total += 1
    return total
