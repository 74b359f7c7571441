"""Orthogonal routing of the streams between steps: arrows that go round the boxes.

Pure geometry (no Qt), so it is tested on its own. A stream leaves its source on the right
side and enters its target on the left side, each at its own *port*; between them it runs
horizontally in a *lane* chosen so that it crosses no step (nor the labels of its boundary
streams, the step's *footprint*) and does not run on top of a stream already routed. The
vertical legs sit in the gaps beside the boxes, each stream on its own offset, ordered so
that the streams of one port side do not cross each other.

Routing runs on whatever positions the steps have (laid out or placed by hand), so it is
done again after every move.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

Point = tuple[float, float]

#: Cost of one bend, in scene units of vertical travel: a straight route wins over a
#: slightly shorter one with two more corners.
BEND_COST = 24.0
#: Cost of crossing a stream already routed.
CROSSING_COST = 30.0
#: Cost of running through a step: only taken when nothing else is free.
HIT_COST = 10_000.0


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle (x, y = top-left)."""

    x: float
    y: float
    w: float
    h: float

    @property
    def left(self) -> float:
        return self.x

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def top(self) -> float:
        return self.y

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def centre_y(self) -> float:
        return self.y + self.h / 2

    def hits(self, a: Point, b: Point, margin: float = 0.0) -> bool:
        """Does the axis-parallel segment a-b pass through the rectangle grown by ``margin``?"""
        x0, x1 = sorted((a[0], b[0]))
        y0, y1 = sorted((a[1], b[1]))
        return (
            x0 < self.right + margin
            and x1 > self.left - margin
            and y0 < self.bottom + margin
            and y1 > self.top - margin
        )


@dataclass(frozen=True)
class Link:
    """A stream to route from ``source`` to ``target`` (keys of the boxes)."""

    key: Hashable
    source: Hashable
    target: Hashable


@dataclass
class _Plan:
    link: Link
    start: Point
    end: Point
    exit_x: float
    entry_x: float


def _ports(box: Rect, count: int) -> list[float]:
    return [box.top + box.h * (i + 1) / (count + 1) for i in range(count)]


def _plan(
    links: Sequence[Link],
    boxes: Mapping[Hashable, Rect],
    footprints: Mapping[Hashable, Rect],
    spacing: float,
    gap: float,
) -> list[_Plan]:
    """Ports and the x of the vertical legs of every link."""
    outgoing: dict[Hashable, list[Link]] = defaultdict(list)
    incoming: dict[Hashable, list[Link]] = defaultdict(list)
    for link in links:
        outgoing[link.source].append(link)
        incoming[link.target].append(link)
    start: dict[Hashable, Point] = {}
    end: dict[Hashable, Point] = {}
    # Ports in the order of the other end's height, so the streams of one side fan out
    # without crossing; ties keep the order the links were given.
    for node, out in outgoing.items():
        out = sorted(out, key=lambda lk: boxes[lk.target].centre_y)
        for link, y in zip(out, _ports(boxes[node], len(out)), strict=True):
            start[link.key] = (boxes[node].right, y)
    for node, into in incoming.items():
        into = sorted(into, key=lambda lk: boxes[lk.source].centre_y)
        for link, y in zip(into, _ports(boxes[node], len(into)), strict=True):
            end[link.key] = (boxes[node].left, y)
    exit_rank: dict[Hashable, int] = {}
    entry_rank: dict[Hashable, int] = {}
    for out in outgoing.values():
        # Upward streams: the top port turns first (nearest the box); downward: the bottom one.
        up = sorted((lk for lk in out if end[lk.key][1] < start[lk.key][1]), key=lambda lk: start[lk.key][1])
        down = sorted((lk for lk in out if end[lk.key][1] >= start[lk.key][1]), key=lambda lk: -start[lk.key][1])
        for group in (up, down):
            exit_rank.update((lk.key, i) for i, lk in enumerate(group))
    for into in incoming.values():
        above = sorted((lk for lk in into if start[lk.key][1] < end[lk.key][1]), key=lambda lk: end[lk.key][1])
        below = sorted((lk for lk in into if start[lk.key][1] >= end[lk.key][1]), key=lambda lk: -end[lk.key][1])
        for group in (above, below):
            entry_rank.update((lk.key, i) for i, lk in enumerate(group))
    return [
        _Plan(
            link,
            start[link.key],
            end[link.key],
            footprints[link.source].right + gap + exit_rank[link.key] * spacing,
            footprints[link.target].left - gap - entry_rank[link.key] * spacing,
        )
        for link in links
    ]


def _polyline(plan: _Plan, lane: float) -> list[Point]:
    (xa, ya), (xb, yb) = plan.start, plan.end
    x1, x2 = plan.exit_x, plan.entry_x
    if lane == ya and x2 > xa:
        points = [(xa, ya), (x2, ya), (x2, yb), (xb, yb)]
    elif lane == yb and xb > x1:
        points = [(xa, ya), (x1, ya), (x1, yb), (xb, yb)]
    else:
        points = [(xa, ya), (x1, ya), (x1, lane), (x2, lane), (x2, yb), (xb, yb)]
    return simplify(points)


def simplify(points: Sequence[Point]) -> list[Point]:
    """Drop repeated points and the middle point of three in a line."""
    result: list[Point] = []
    for p in points:
        if result and abs(result[-1][0] - p[0]) < 1e-9 and abs(result[-1][1] - p[1]) < 1e-9:
            continue
        if len(result) >= 2:
            a, b = result[-2], result[-1]
            if (abs(a[0] - b[0]) < 1e-9 and abs(b[0] - p[0]) < 1e-9) or (
                abs(a[1] - b[1]) < 1e-9 and abs(b[1] - p[1]) < 1e-9
            ):
                result[-1] = p
                continue
        result.append(p)
    return result


def _crosses(a: Point, b: Point, c: Point, d: Point, spacing: float) -> tuple[bool, bool]:
    """(cross, overlap) of two axis-parallel segments: overlap = parallel and closer than ``spacing``."""
    a_horizontal, c_horizontal = a[1] == b[1], c[1] == d[1]
    if a_horizontal == c_horizontal:
        i = 1 if a_horizontal else 0  # the coordinate that is constant along both
        j = 1 - i
        if abs(a[i] - c[i]) >= spacing - 1e-9:
            return False, False
        lo1, hi1 = sorted((a[j], b[j]))
        lo2, hi2 = sorted((c[j], d[j]))
        return False, min(hi1, hi2) - max(lo1, lo2) > 1e-9
    if not a_horizontal:
        a, b, c, d = c, d, a, b
    x0, x1 = sorted((a[0], b[0]))
    y0, y1 = sorted((c[1], d[1]))
    return x0 < c[0] < x1 and y0 < a[1] < y1, False


def route(
    links: Sequence[Link],
    boxes: Mapping[Hashable, Rect],
    footprints: Mapping[Hashable, Rect] | None = None,
    *,
    spacing: float = 6.0,
    gap: float = 12.0,
    clearance: float = 8.0,
) -> dict[Hashable, list[Point]]:
    """Polylines (port to port) for the links, keyed by ``Link.key``.

    ``boxes`` are the steps' boxes (ports sit on their sides); ``footprints`` (the boxes
    with their boundary-stream labels, default the boxes) are what lanes keep ``clearance``
    from; ``spacing`` separates parallel streams; ``gap`` is the first leg's length.
    """
    footprints = footprints or boxes
    plans = _plan(links, boxes, footprints, spacing, gap)
    plans.sort(key=lambda p: (abs(p.entry_x - p.exit_x) + abs(p.end[1] - p.start[1]), str(p.link.key)))
    done: list[tuple[Point, Point]] = []
    result: dict[Hashable, list[Point]] = {}
    for plan in plans:
        lo = min(plan.start[0], plan.exit_x, plan.entry_x) - clearance
        hi = max(plan.end[0], plan.exit_x, plan.entry_x) + clearance
        near = [r for r in footprints.values() if r.right > lo and r.left < hi]
        # Only what lies across this link's span can be in its way: keeps routing linear-ish.
        near_done = [(a, b) for a, b in done if max(a[0], b[0]) > lo and min(a[0], b[0]) < hi]
        candidates = {plan.start[1], plan.end[1]}
        for r in near:
            for k in range(4):
                candidates.add(r.top - clearance - k * spacing)
                candidates.add(r.bottom + clearance + k * spacing)
        for a, b in near_done:
            if a[1] == b[1]:
                candidates.update((a[1] - spacing, a[1] + spacing))
        ya, yb = plan.start[1], plan.end[1]

        best: tuple[float, list[Point]] | None = None
        for lane in sorted(candidates, key=lambda y: (_lower_bound(ya, yb, y), y)):
            if best is not None and _lower_bound(ya, yb, lane) >= best[0]:
                break  # candidates are sorted by their least possible cost: none can win now
            points = _polyline(plan, lane)
            cost = _cost(points, plan, boxes, footprints, near, near_done, spacing, clearance, best)
            if best is None or cost < best[0]:
                best = (cost, points)
        assert best is not None
        result[plan.link.key] = best[1]
        done.extend(zip(best[1], best[1][1:], strict=False))
    return result


def _lower_bound(ya: float, yb: float, lane: float) -> float:
    """The least :func:`_cost` a route through ``lane`` can have (its vertical travel and bends)."""
    bends = 0 if lane == ya == yb else (2 if lane in (ya, yb) else 4)
    return abs(ya - lane) + abs(lane - yb) + BEND_COST * bends


def _cost(
    points: list[Point],
    plan: _Plan,
    boxes: Mapping[Hashable, Rect],
    footprints: Mapping[Hashable, Rect],
    near: Sequence[Rect],
    done: Sequence[tuple[Point, Point]],
    spacing: float,
    clearance: float,
    best: tuple[float, list[Point]] | None = None,
) -> float:
    limit = best[0] if best is not None else float("inf")
    cost = sum(abs(a[1] - b[1]) + abs(a[0] - b[0]) * 0.05 for a, b in zip(points, points[1:], strict=False))
    cost += BEND_COST * (len(points) - 2)
    source_fp, target_fp = footprints[plan.link.source], footprints[plan.link.target]
    segments = list(zip(points, points[1:], strict=False))
    for index, (a, b) in enumerate(segments):
        for r in near:
            # The first leg starts on the source's side and the last one ends on the target's:
            # there only the box itself is in the way, not its labels.
            if index == 0 and r is source_fp:
                if boxes[plan.link.source].hits(a, b, -0.5):
                    cost += HIT_COST
                continue
            if index == len(segments) - 1 and r is target_fp:
                if boxes[plan.link.target].hits(a, b, -0.5):
                    cost += HIT_COST
                continue
            if r.hits(a, b, clearance / 2):
                cost += HIT_COST
        for c, d in done:
            cross, overlap = _crosses(a, b, c, d, spacing)
            if overlap:
                cost += HIT_COST / 10
            elif cross:
                cost += CROSSING_COST
        if cost >= limit:
            break  # already worse than the best lane found
    return cost
