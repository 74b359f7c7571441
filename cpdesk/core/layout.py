"""Layered drawing of a directed graph, left to right: the flow chart and the Sankey diagram.

The classic Sugiyama scheme, kept small:

1. **Cycles.** A depth-first search from the sources (in the order the nodes are given) marks
   the edges that close a cycle (steam out, condensate back) as *back edges*; layering
   ignores them, so a cycle never pushes a node further right forever.
2. **Layers.** Longest path from the sources over the remaining edges: every edge points at
   least one layer to the right. A source whose successors all sit far to the right is then
   moved next to them, so a side input does not drag a long edge across the chart.
3. **Order.** Edges spanning several layers get a dummy node in each layer they cross (so
   they take part in the ordering and keep a lane free); the order inside each layer is
   improved by barycentre sweeps, down and up, keeping the order with the fewest crossings.
4. **Coordinates.** Layers become columns (as wide as their widest node, nodes centred);
   inside a column each node is pulled towards the mean height of its neighbours in the
   column before (or after) and overlaps are removed by isotonic regression, which moves the
   nodes as little as possible (in the least-squares sense) while keeping their order and gaps.

Plain data in, plain data out: node ids are any hashable values, edges are (source, target)
pairs, sizes are (width, height). No Qt, so it is tested on its own and used by both the
flow chart editor and the Sankey view.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

Node = Hashable
Edge = tuple[Node, Node]

__all__ = [
    "Layout",
    "assign_layers",
    "count_crossings",
    "find_back_edges",
    "layered_layout",
    "order_layers",
]


@dataclass(frozen=True)
class _Dummy:
    """A point where a long edge crosses a layer."""

    edge: int
    layer: int


@dataclass(frozen=True)
class Layout:
    """Where each node goes.

    ``positions`` are the top-left corners; ``layers`` list the real nodes of each column from
    top to bottom; ``back_edges`` are the indices of the edges that layering ignored (they
    point left or stay in their column); ``width``/``height`` bound the whole drawing.
    """

    positions: Mapping[Node, tuple[float, float]]
    layers: tuple[tuple[Node, ...], ...]
    layer_of: Mapping[Node, int]
    back_edges: frozenset[int]
    width: float
    height: float


def _unique(nodes: Sequence[Node]) -> list[Node]:
    seen: set[Node] = set()
    result = []
    for n in nodes:
        if n not in seen:
            seen.add(n)
            result.append(n)
    return result


def _check_edges(nodes: Sequence[Node], edges: Sequence[Edge]) -> None:
    known = set(nodes)
    for i, (u, v) in enumerate(edges):
        if u not in known or v not in known:
            raise ValueError(f"edge {i} ({u!r} -> {v!r}) names a node that is not in the list")


def find_back_edges(nodes: Sequence[Node], edges: Sequence[Edge]) -> frozenset[int]:
    """Indices of the edges that close a cycle, found by depth-first search from the sources.

    Self-loops are back edges. Starting from the nodes nobody feeds keeps the direction of
    the process: in boiler -> dyeing -> (condensate) -> boiler it is the return that breaks.
    """
    nodes = _unique(nodes)
    _check_edges(nodes, edges)
    out: dict[Node, list[tuple[int, Node]]] = defaultdict(list)
    has_input: set[Node] = set()
    for i, (u, v) in enumerate(edges):
        out[u].append((i, v))
        if u != v:
            has_input.add(v)
    starts = [n for n in nodes if n not in has_input] + [n for n in nodes if n in has_input]
    state: dict[Node, int] = {}  # 1 = on the DFS stack, 2 = finished
    back: set[int] = set()
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        stack: list[tuple[Node, int]] = [(start, 0)]
        # Iterative DFS: a flow chart of a few thousand steps must not hit the recursion limit.
        while stack:
            node, index = stack[-1]
            children = out[node]
            if index == len(children):
                state[node] = 2
                stack.pop()
                continue
            stack[-1] = (node, index + 1)
            edge, child = children[index]
            seen = state.get(child)
            if seen == 1:
                back.add(edge)
            elif seen is None:
                state[child] = 1
                stack.append((child, 0))
    return frozenset(back)


def assign_layers(
    nodes: Sequence[Node], edges: Sequence[Edge], back_edges: frozenset[int] | None = None
) -> dict[Node, int]:
    """Layer of each node: longest path from the sources, back edges ignored, sources tightened."""
    nodes = _unique(nodes)
    if back_edges is None:
        back_edges = find_back_edges(nodes, edges)
    _check_edges(nodes, edges)
    succ: dict[Node, list[Node]] = defaultdict(list)
    indegree = dict.fromkeys(nodes, 0)
    for i, (u, v) in enumerate(edges):
        if i in back_edges or u == v:
            continue
        succ[u].append(v)
        indegree[v] += 1
    layer = dict.fromkeys(nodes, 0)
    ready = [n for n in nodes if indegree[n] == 0]
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for child in succ[node]:
            layer[child] = max(layer[child], layer[node] + 1)
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
    if len(order) != len(nodes):  # cannot happen once back edges are removed; guard anyway
        raise ValueError("the graph still has a cycle after removing its back edges")
    has_pred = {v for i, (u, v) in enumerate(edges) if i not in back_edges and u != v}
    for node in reversed(order):
        if node not in has_pred and succ[node]:
            layer[node] = min(layer[c] for c in succ[node]) - 1
    return layer


def _proper_graph(
    layer_of: Mapping[Node, int], edges: Sequence[Edge], back_edges: frozenset[int], weights: Sequence[float]
) -> tuple[list[tuple[Node, Node, float]], dict[Node, int]]:
    """Edges between adjacent layers only (long edges split by dummies; back edges reversed)."""
    segments: list[tuple[Node, Node, float]] = []
    level: dict[Node, int] = dict(layer_of)
    for i, (u, v) in enumerate(edges):
        if u == v:
            continue
        if i in back_edges or layer_of[v] <= layer_of[u]:
            u, v = v, u
        if layer_of[u] == layer_of[v]:
            continue  # same column (given layers): nothing to order by
        chain: list[Node] = [u]
        for lay in range(layer_of[u] + 1, layer_of[v]):
            dummy = _Dummy(i, lay)
            level[dummy] = lay
            chain.append(dummy)
        chain.append(v)
        segments.extend((a, b, weights[i]) for a, b in zip(chain, chain[1:], strict=False))
    return segments, level


def count_crossings(layers: Sequence[Sequence[Node]], segments: Sequence[tuple[Node, Node, float]]) -> int:
    """Crossings between adjacent layers of a proper layered graph (edges join adjacent layers)."""
    where = {n: (lay, i) for lay, nodes in enumerate(layers) for i, n in enumerate(nodes)}
    by_layer: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for u, v, _w in segments:
        (lu, iu), (lv, iv) = where[u], where[v]
        if lv < lu:
            (lu, iu), (lv, iv) = (lv, iv), (lu, iu)
        by_layer[lu].append((iu, iv))
    total = 0
    for pairs in by_layer.values():
        pairs.sort()
        for a in range(len(pairs)):
            for b in range(a + 1, len(pairs)):
                if pairs[a][0] != pairs[b][0] and pairs[a][1] > pairs[b][1]:
                    total += 1
    return total


def order_layers(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    layer_of: Mapping[Node, int],
    back_edges: frozenset[int] = frozenset(),
    *,
    weights: Sequence[float] | None = None,
    sweeps: int = 12,
) -> list[list[Node]]:
    """Order of the nodes inside each layer (dummies included), by barycentre sweeps.

    Nodes start in the order given; each sweep sorts a layer by the weighted mean position
    of its neighbours in the layer just done. The best order seen is kept.
    """
    nodes = _unique(nodes)
    weights = list(weights) if weights is not None else [1.0] * len(edges)
    segments, level = _proper_graph(layer_of, edges, back_edges, weights)
    count = max(level.values(), default=-1) + 1
    layers: list[list[Node]] = [[] for _ in range(count)]
    for n in nodes:
        layers[level[n]].append(n)
    # Dummies start at the end of their layer; the first sweep moves them beside their neighbours.
    for u, v, _w in segments:
        for end in (u, v):
            if isinstance(end, _Dummy) and end not in layers[end.layer]:
                layers[end.layer].append(end)
    up: dict[Node, list[tuple[Node, float]]] = defaultdict(list)
    down: dict[Node, list[tuple[Node, float]]] = defaultdict(list)
    for u, v, w in segments:
        if level[u] > level[v]:
            u, v = v, u
        down[u].append((v, w))
        up[v].append((u, w))

    def sweep(order: list[list[Node]], lay: int, neighbours: dict[Node, list[tuple[Node, float]]], ref: int) -> None:
        position = {n: i for i, n in enumerate(order[ref])}
        current = order[lay]

        def key(item: tuple[int, Node]) -> float:
            index, node = item
            linked = [(position[m], w) for m, w in neighbours[node] if m in position]
            total = sum(w for _p, w in linked)
            if not linked or total <= 0:
                return float(index)
            return sum(p * w for p, w in linked) / total

        order[lay] = [n for _i, n in sorted(enumerate(current), key=key)]

    best = [list(layer) for layer in layers]
    best_crossings = count_crossings(best, segments)
    for s in range(sweeps):
        if best_crossings == 0:
            break
        if s % 2 == 0:
            for lay in range(1, count):
                sweep(layers, lay, up, lay - 1)
        else:
            for lay in range(count - 2, -1, -1):
                sweep(layers, lay, down, lay + 1)
        crossings = count_crossings(layers, segments)
        if crossings < best_crossings:
            best, best_crossings = [list(layer) for layer in layers], crossings
    return best


def _isotonic(targets: Sequence[float], weights: Sequence[float]) -> list[float]:
    """Least-squares non-decreasing fit (pool adjacent violators)."""
    blocks: list[list[float]] = []  # [mean, weight, count]
    for t, w in zip(targets, weights, strict=True):
        blocks.append([t, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            m2, w2, c2 = blocks.pop()
            m1, w1, c1 = blocks.pop()
            blocks.append([(m1 * w1 + m2 * w2) / (w1 + w2), w1 + w2, c1 + c2])
    result: list[float] = []
    for mean, _w, n in blocks:
        result.extend([mean] * int(n))
    return result


def _place_column(
    column: Sequence[Node], desired: Mapping[Node, float], heights: Mapping[Node, float], gap: float
) -> dict[Node, float]:
    """Tops of the nodes of one column, as near their desired tops as order and gaps allow."""
    offsets, offset = [], 0.0
    for n in column:
        offsets.append(offset)
        offset += heights[n] + gap
    fitted = _isotonic(
        [desired[n] - o for n, o in zip(column, offsets, strict=True)],
        [0.2 if isinstance(n, _Dummy) else 1.0 for n in column],
    )
    return {n: z + o for n, z, o in zip(column, fitted, offsets, strict=True)}


def layered_layout(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    sizes: Mapping[Node, tuple[float, float]],
    *,
    layers: Mapping[Node, int] | None = None,
    weights: Sequence[float] | None = None,
    layer_gap: float = 60.0,
    node_gap: float = 20.0,
    lane: float = 10.0,
    sweeps: int = 12,
    iterations: int = 8,
) -> Layout:
    """Lay the graph out left to right.

    ``sizes`` gives each node's (width, height); ``layers`` fixes the columns (otherwise
    :func:`assign_layers`); ``weights`` weigh the edges in ordering and placement (the
    Sankey passes the flows); ``lane`` is the height a long edge reserves in each column it
    crosses. Layers with no node keep their place as empty columns of width 0.
    """
    nodes = _unique(nodes)
    _check_edges(nodes, edges)
    for n in nodes:
        if n not in sizes:
            raise ValueError(f"no size for node {n!r}")
    back = find_back_edges(nodes, edges)
    if layers is None:
        layer_of = assign_layers(nodes, edges, back)
    else:
        missing = [n for n in nodes if n not in layers]
        if missing:
            raise ValueError(f"no layer for node {missing[0]!r}")
        layer_of = {n: int(layers[n]) for n in nodes}
        if any(v < 0 for v in layer_of.values()):
            raise ValueError("layers must be 0 or more")
        # With layers given, an edge that does not point right is what the drawing loops back.
        back = frozenset(i for i, (u, v) in enumerate(edges) if layer_of[v] <= layer_of[u])
    w = list(weights) if weights is not None else [1.0] * len(edges)
    order = order_layers(nodes, edges, layer_of, back, weights=w, sweeps=sweeps)
    segments, level = _proper_graph(layer_of, edges, back, w)

    def height(n: Node) -> float:
        return lane if isinstance(n, _Dummy) else float(sizes[n][1])

    def width(n: Node) -> float:
        return 0.0 if isinstance(n, _Dummy) else float(sizes[n][0])

    heights = {n: height(n) for column in order for n in column}
    left: dict[Node, list[tuple[Node, float]]] = defaultdict(list)
    right: dict[Node, list[tuple[Node, float]]] = defaultdict(list)
    for u, v, wt in segments:
        if level[u] > level[v]:
            u, v = v, u
        right[u].append((v, wt))
        left[v].append((u, wt))

    top: dict[Node, float] = {}
    for column in order:
        top.update(_place_column(column, {n: 0.0 for n in column}, heights, node_gap))

    def centre(n: Node) -> float:
        return top[n] + heights[n] / 2

    def pull(column: Sequence[Node], sides: Sequence[dict[Node, list[tuple[Node, float]]]]) -> None:
        desired = {}
        for n in column:
            # A real node listens less to the long edges passing by (their dummies), so the
            # main line of the process is drawn straight rather than bent towards every bus.
            damp = 1.0 if isinstance(n, _Dummy) else 0.25
            linked = [(centre(m), wt * (damp if isinstance(m, _Dummy) else 1.0)) for side in sides for m, wt in side[n]]
            total = sum(wt for _c, wt in linked)
            desired[n] = (sum(c * wt for c, wt in linked) / total if total > 0 else centre(n)) - heights[n] / 2
        top.update(_place_column(column, desired, heights, node_gap))

    for it in range(iterations):
        if it % 2 == 0:
            for column in order[1:]:
                pull(column, [left])
        else:
            for column in reversed(order[:-1]):
                pull(column, [right])
    for column in order:
        pull(column, [left, right])

    shift = min(top.values(), default=0.0)
    widths = [max((width(n) for n in column), default=0.0) for column in order]
    xs, x = [], 0.0
    for wd in widths:
        xs.append(x)
        x += wd + layer_gap
    positions = {n: (xs[layer_of[n]] + (widths[layer_of[n]] - width(n)) / 2, top[n] - shift) for n in nodes}
    total_height = max((top[n] - shift + heights[n] for n in top), default=0.0)
    return Layout(
        positions=positions,
        layers=tuple(tuple(n for n in column if not isinstance(n, _Dummy)) for column in order),
        layer_of=layer_of,
        back_edges=back,
        width=max(x - layer_gap, 0.0),
        height=total_height,
    )
