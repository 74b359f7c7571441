"""Sankey diagram of a balance, drawn from ``Balance.sankey_nodes`` and ``sankey_links``.

Steps stand in columns by the longest path of the links between them; a plant input sits in
the column just before the step it feeds and a plant output just after the step it leaves,
so that losses peel off where they happen. Band widths are proportional to the annual
amounts. A step whose inputs exceed its measured outputs shows the unaccounted rest as a
grey notch, so an open balance is visible at a glance. Small nodes are not labelled when a
label would overlap another; the balance table beside the diagram has every figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Group, Path, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpdesk.core.balance import Balance, SankeyLink
from cpdesk.report import theme
from cpdesk.report.drawings.layout import layer_nodes
from cpdesk.report.drawings.text import legend, wrap_lines
from cpdesk.report.fonts import BOLD, REGULAR, register_fonts
from cpdesk.report.i18n import I18n

NODE_W = 7.0
NODE_GAP = 9.0
LABEL_ROOM = 92.0
FONT = 6.6
OPACITY = 0.6
#: More steps than this are too many to label on a page: the smallest are drawn as one node.
MAX_STEPS = 12
MAX_BOUNDARY = 14
OTHER_STEPS = "step:others"


def sankey(balance: Balance, t: I18n, width: float, height: float) -> Drawing:
    """The balance's Sankey diagram in ``width`` x ``height`` points."""
    register_fonts()
    names, links, merged = simplify(
        balance.sankey_nodes, [k for k in balance.sankey_links if k.value and k.value > 0], t
    )
    steps = [n for n in names if not n.startswith(("in:", "out:")) and any(n in (k.source, k.target) for k in links)]
    step_layers = layer_nodes(steps, [(k.source, k.target) for k in links if k.source in steps and k.target in steps])
    # Every node's column is decided here: steps by the longest path between steps, a plant
    # input just before the step it feeds, a plant output just after the step it leaves.
    column = {n: step_layers.column_of[n] + 1 for n in steps}
    # (an input feeding several steps stands before the first of them, an output after the last)
    for k in links:
        if k.source.startswith("in:") and k.target in column:
            column[k.source] = min(column.get(k.source, column[k.target] - 1), column[k.target] - 1)
        if k.target.startswith("out:") and k.source in column:
            column[k.target] = max(column.get(k.target, column[k.source] + 1), column[k.source] + 1)
    nodes = steps + [n for n in names if n in column and n not in steps]
    layering = layer_nodes(nodes, [(k.source, k.target) for k in links], fixed=column, route=[False] * len(links))

    families = list(dict.fromkeys(theme.family_of(k.carrier) for k in links))
    legend_group, legend_h = legend(
        [(theme.family_colour(f), t.family(f)) for f in families] + [(theme.UNACCOUNTED, t("sankey_unaccounted"))],
        0,
        0,
        width * 0.55,  # the right part of the foot is for the notes
    )
    plot_h = height - legend_h - 14
    size = _throughput(nodes, links)
    columns = [[n for n in col if n in size] for col in layering.columns]
    columns = [c for c in columns if c]
    if not columns:
        drawing = theme.drawing(width, 40)
        drawing.add(String(0, 20, t("sankey_empty"), fontName=REGULAR, fontSize=8, fillColor=theme.MUTED))
        return drawing
    biggest = max(sum(size[n] for n in col) for col in columns)
    most = max(len(col) for col in columns)
    room = max(0.0, plot_h - NODE_GAP * (most - 1))

    def scale(amount: float) -> float:
        """Points for ``amount``: the tallest column fills the room. The share first, since
        room / biggest overflows for a balance of 5e-324 (and 0 * inf is NaN)."""
        return room * (amount / biggest)

    col_step = (width - LABEL_ROOM - NODE_W) / max(1, len(columns) - 1)

    box: dict[str, tuple[float, float, float]] = {}  # node -> x, top y, height
    for c, col in enumerate(columns):
        total = sum(max(scale(size[n]), 1.0) for n in col) + NODE_GAP * (len(col) - 1)
        y = plot_h - (plot_h - total) / 2
        for n in col:
            h = max(scale(size[n]), 1.0)
            box[n] = (c * col_step, y, h)
            y -= h + NODE_GAP

    bands = Group()
    drawn = [k for k in links if k.source in box and k.target in box]
    # Stack the bands at each node in the order of the nodes at their other end, top first,
    # so that bands leaving and entering a node do not cross each other there.
    start: dict[int, float] = {}
    end: dict[int, float] = {}
    out_offset: dict[str, float] = defaultdict(float)
    in_offset: dict[str, float] = defaultdict(float)
    for i in sorted(range(len(drawn)), key=lambda i: -box[drawn[i].target][1]):
        k = drawn[i]
        start[i] = box[k.source][1] - out_offset[k.source]
        out_offset[k.source] += max(scale(k.value), 0.4)
    for i in sorted(range(len(drawn)), key=lambda i: -box[drawn[i].source][1]):
        k = drawn[i]
        end[i] = box[k.target][1] - in_offset[k.target]
        in_offset[k.target] += max(scale(k.value), 0.4)
    # wide bands first, so that a narrow band crossing a wide one is drawn on top of it
    for i, k in sorted(enumerate(drawn), key=lambda item: -item[1].value):
        w = max(scale(k.value), 0.4)
        bands.add(
            _band(box[k.source][0] + NODE_W, start[i], box[k.target][0], end[i], w, theme.carrier_colour(k.carrier))
        )

    nodes_g = Group()
    labels = Group()
    last_label_bottom: dict[float, float] = {}
    hidden = 0
    boundary_carrier = {k.source: k.carrier for k in links if k.source.startswith("in:")}
    boundary_carrier.update({k.target: k.carrier for k in links if k.target.startswith("out:")})
    for n, (x, top, h) in box.items():
        # steps dark, plant inputs and outputs in their carrier's colour (as on screen)
        colour = theme.carrier_colour(boundary_carrier[n]) if n in boundary_carrier else theme.INK
        nodes_g.add(Rect(x, top - h, NODE_W, h, fillColor=colour, strokeColor=None))
        unaccounted = scale(_unaccounted(n, links))
        if unaccounted > 0.8 and not n.startswith(("in:", "out:")):
            nodes_g.add(
                Rect(x + NODE_W, top - h, 4, min(unaccounted, h), fillColor=theme.UNACCOUNTED, strokeColor=None)
            )
        name = names.get(n, n)
        value = t.qty(size[n])
        last_column = x >= col_step * (len(columns) - 1) - 1
        lines = wrap_lines(
            name, BOLD if n in steps else REGULAR, FONT, LABEL_ROOM - 10 if last_column else col_step - NODE_W - 8, 2
        )
        lines.append(f"{value} {balance.unit}")
        block = len(lines) * FONT * 1.15
        centre = top - h / 2
        label_top = centre + block / 2
        if label_top > last_label_bottom.get(x, float("inf")) or (h < 3 and len(columns) > 1 and len(box) > 24):
            hidden += 1
            continue
        last_label_bottom[x] = label_top - block - 1
        lx = x + NODE_W + 5
        fonts = [BOLD if (n in steps and i < len(lines) - 1) else REGULAR for i in range(len(lines))]
        backing = max(stringWidth(text, f, FONT) for text, f in zip(lines, fonts, strict=True)) + 4
        # a light backing keeps the label legible where it lies over a band
        labels.add(
            Rect(
                lx - 2,
                label_top - block - 1,
                backing,
                block + 2,
                fillColor=colors.white,
                fillOpacity=0.8,
                strokeColor=None,
            )
        )
        for i, text in enumerate(lines):
            font = BOLD if (n in steps and i < len(lines) - 1) else REGULAR
            labels.add(
                String(
                    lx,
                    label_top - (i + 1) * FONT * 1.15 + 1.5,
                    text,
                    fontName=font,
                    fontSize=FONT,
                    fillColor=theme.INK if i < len(lines) - 1 else theme.MUTED,
                )
            )

    drawing = theme.drawing(width, height)
    body = Group(bands, nodes_g, labels)
    body.translate(0, legend_h + 14)
    drawing.add(body)
    legend_group.translate(0, legend_h)
    drawing.add(legend_group)
    notes = ([t("sankey_merged", n=merged)] if merged else []) + ([t("sankey_hidden", n=hidden)] if hidden else [])
    for line, note in enumerate(notes):
        drawing.add(
            String(width, 2 + 9 * line, note, fontName=REGULAR, fontSize=6.5, textAnchor="end", fillColor=theme.MUTED)
        )
    return drawing


def simplify(
    names: Mapping[str, str], links: Sequence[SankeyLink], t: I18n
) -> tuple[dict[str, str], list[SankeyLink], int]:
    """Fewer, larger nodes for a plant with many steps or many boundary streams.

    Beyond :data:`MAX_STEPS` steps the smallest are drawn as one node (the flows between
    them disappear inside it); beyond :data:`MAX_BOUNDARY` plant inputs (or outputs) they
    are drawn as one node per carrier family. Parallel links are then added up. Returns the
    node names, the links and how many steps were merged.
    """
    names = dict(names)
    steps = [n for n in names if not n.startswith(("in:", "out:"))]
    remap: dict[str, str] = {}
    merged = 0
    if len(steps) > MAX_STEPS:
        size = _throughput(steps, links)
        kept = set(sorted(steps, key=lambda n: -size.get(n, 0.0))[: MAX_STEPS - 1])
        small = [n for n in steps if n not in kept]
        merged = len(small)
        names[OTHER_STEPS] = t("sankey_other_steps", n=merged)
        remap.update(dict.fromkeys(small, OTHER_STEPS))
    for prefix in ("in:", "out:"):
        ends = [k for k in links if (k.source if prefix == "in:" else k.target).startswith(prefix)]
        if len({k.source if prefix == "in:" else k.target for k in ends}) <= MAX_BOUNDARY:
            continue
        members: dict[str, list[str]] = defaultdict(list)
        for k in ends:
            end = k.source if prefix == "in:" else k.target
            node = f"{prefix}family:{theme.family_of(k.carrier)}"
            remap[end] = node
            members[node].append(end)
        for node, ends_of_family in members.items():
            family = t.family(node.rsplit(":", 1)[1])
            single = len(ends_of_family) == 1
            names[node] = (
                names[ends_of_family[0]] if single else t("sankey_group", family=family, n=len(ends_of_family))
            )
    total: dict[tuple[str, str, str], float] = defaultdict(float)
    for k in links:
        source, target = remap.get(k.source, k.source), remap.get(k.target, k.target)
        if source != target:  # a flow between two merged steps stays inside the merged node
            total[(source, target, k.carrier)] += k.value
    return names, [SankeyLink(s, d, v, c, f"{s}>{d}") for (s, d, c), v in total.items()], merged


def _throughput(nodes: Sequence[str], links: Sequence[SankeyLink]) -> dict[str, float]:
    """A node's size: the larger of what enters and what leaves it."""
    into: dict[str, float] = defaultdict(float)
    out: dict[str, float] = defaultdict(float)
    for k in links:
        out[k.source] += k.value
        into[k.target] += k.value
    return {n: max(into[n], out[n]) for n in nodes if into[n] or out[n]}


def _unaccounted(node: str, links: Sequence[SankeyLink]) -> float:
    into = sum(k.value for k in links if k.target == node)
    out = sum(k.value for k in links if k.source == node)
    return max(0.0, into - out)


def _band(x0: float, top0: float, x1: float, top1: float, w: float, colour: object) -> Path:
    """A band of width ``w`` from the right side of one node to the left side of another."""
    path = Path(fillColor=colour, fillOpacity=OPACITY, strokeColor=None)
    if x1 <= x0:  # a link against the flow: loop it under both nodes
        low = min(top0, top1) - 40
        path = Path(strokeColor=colour, strokeWidth=max(w, 0.6), strokeOpacity=OPACITY, fillColor=None)
        path.moveTo(x0, top0 - w / 2)
        path.curveTo(x0 + 30, top0 - w / 2, x0 + 30, low, (x0 + x1) / 2, low)
        path.curveTo(x1 - 30, low, x1 - 30, top1 - w / 2, x1, top1 - w / 2)
        return path
    mid = (x0 + x1) / 2
    path.moveTo(x0, top0)
    path.curveTo(mid, top0, mid, top1, x1, top1)
    path.lineTo(x1, top1 - w)
    path.curveTo(mid, top1 - w, mid, top0 - w, x0, top0 - w)
    path.closePath()
    return path
