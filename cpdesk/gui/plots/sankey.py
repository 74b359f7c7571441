"""The Sankey diagram of a water or energy balance (pyqtgraph has none: drawn with painter paths).

Steps become vertical bars in columns by longest-path layering over the balance's links
(:mod:`cpdesk.core.layout`; a cycle such as steam out and condensate back is broken at its
back edge, which is drawn as a loop under the two bars). A plant input sits in the column just
before the step it feeds and a plant output just after the step it leaves, with its name on
its free side, so no band crosses the whole picture to reach the boundary. Bands are cubic
Bézier ribbons as wide as the flow, in the colour of the carrier family; a step's bar is as
tall as the larger of what enters and what leaves it. Hovering a band or a bar names it with
its value.

The drawing is laid out in units of about a pixel and stretched to the window; the labels are
text items of a fixed size on screen, so they stay readable in a small window and in exports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QWidget

from cpdesk.core.balance import WATER, Balance, SankeyLink
from cpdesk.core.layout import assign_layers, layered_layout
from cpdesk.gui.plots.base import INK, PlacedLabel, PlotView, fmt, plot_font, separate_labels, wrap
from cpdesk.gui.plots.palette import family_of

HEIGHT = 520.0  # scene units the tallest column's flows fill
BAR = 14.0
COLUMN_GAP = 200.0
NODE_GAP = 14.0
LABEL_CHARS = 24
LABEL_POINTS = (8.5, 8.0, 7.5, 7.0)  # the labels' type, from the size they have in room to the smallest
MIN_SLOT = 40.0  # room for a three-line label beside the thinnest bar
STEP_LABEL = 44.0  # room above a step's bar for its name and value


@dataclass(frozen=True)
class _Node:
    key: str
    name: str
    kind: str  # "step", "in" or "out"
    total_in: float
    total_out: float

    @property
    def value(self) -> float:
        return max(self.total_in, self.total_out)


class LinkItem(QGraphicsPathItem):
    """One band of the diagram (a filled ribbon, or a thick stroke for a loop); brighter under the mouse."""

    def __init__(self, link: SankeyLink, path: QPainterPath, width: float, colour: QColor, looping: bool) -> None:
        super().__init__(path)
        self.link = link
        self.width = width
        self.looping = looping
        self._colour = QColor(colour)
        self.setAcceptHoverEvents(True)
        self._shade(0.42)

    def _shade(self, alpha: float) -> None:
        colour = QColor(self._colour)
        colour.setAlphaF(alpha)
        if self.looping:
            self.setPen(QPen(colour, self.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            self.setBrush(Qt.BrushStyle.NoBrush)
        else:
            self.setPen(QPen(Qt.PenStyle.NoPen))
            self.setBrush(QBrush(colour))

    def hoverEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._shade(0.75)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._shade(0.42)
        super().hoverLeaveEvent(event)


class SankeyView(PlotView):
    """A balance's flows as a Sankey diagram: ``update_balance(balance)``, ``reset()``."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent, locale=locale)
        self.title = self.addLabel("", row=0, col=0)
        self.box = self.addViewBox(row=1, col=0)
        self.box.invertY(True)
        self._quiet(self.box)
        self.box.sigResized.connect(self._fit)
        self.balance: Balance | None = None
        self.link_items: dict[str, LinkItem] = {}
        self.node_rects: dict[str, QRectF] = {}
        self.labels: dict[str, str] = {}
        self._column_of: dict[str, int] = {}
        self._label_items: list[PlacedLabel] = []
        self._label_sizes: dict[int, float] = {}  # the flow through each label's node, by the label's id

    def reset(self) -> None:
        """Draw nothing (no balance, or one with no measured flow)."""
        self.box.clear()
        self.link_items.clear()
        self.node_rects.clear()
        self.labels.clear()
        self._column_of.clear()
        self._label_items.clear()
        self._label_sizes.clear()
        self.balance = None
        self.title.setText("")

    def update_balance(self, balance: Balance) -> None:
        """Draw the flows of ``balance`` (its ``sankey_nodes`` and ``sankey_links``)."""
        self.reset()
        self.balance = balance
        per_year = (
            self.tr("Water balance, %1 per year") if balance.group == WATER else self.tr("Energy balance, %1 per year")
        )
        links = [lk for lk in balance.sankey_links if lk.value > 0]
        if not links:
            return  # no measured flow: no chart, not a title over nothing
        self.title.setText(per_year.replace("%1", balance.unit), color=INK, size="11pt", bold=True)
        nodes = self._nodes(balance, links)
        columns = self._columns(nodes, links)
        self._column_of = columns
        scale = HEIGHT / max(sum(n.value for n in nodes.values() if columns[n.key] == c) for c in set(columns.values()))
        sizes = {
            key: (BAR, max(n.value * scale, MIN_SLOT) + (STEP_LABEL if n.kind == "step" else 0.0))
            for key, n in nodes.items()
        }
        layout = layered_layout(
            list(nodes),
            [(lk.source, lk.target) for lk in links],
            sizes,
            layers=columns,
            weights=[lk.value for lk in links],
            layer_gap=COLUMN_GAP,
            node_gap=NODE_GAP,
            lane=4.0,
        )
        for key, n in nodes.items():
            x, y = layout.positions[key]
            slot = sizes[key][1] - (STEP_LABEL if n.kind == "step" else 0.0)
            height = max(n.value * scale, 1.5)
            top = y + (STEP_LABEL if n.kind == "step" else 0.0) + (slot - height) / 2
            self.node_rects[key] = QRectF(x, top, BAR, height)
        self._draw_links(links, nodes, scale, layout.back_edges)
        for n in nodes.values():
            self._draw_node(n, links, balance.unit)
        self._fit()

    def _fit(self) -> None:
        """Show the whole diagram with room, in pixels, for the labels outside the bars."""
        if not self.node_rects:
            return
        bounds = QRectF()
        for r in self.node_rects.values():
            bounds = bounds.united(r)
        width, height = max(self.box.width(), 200.0), max(self.box.height(), 150.0)
        left, right, top, bottom = 200.0, 200.0, 40.0, 12.0  # label room, in pixels
        dx = bounds.width() / max(width - left - right, 100.0)
        dy = bounds.height() / max(height - top - bottom, 100.0)
        self.box.setRange(
            xRange=(bounds.left() - left * dx, bounds.right() + right * dx),
            yRange=(bounds.top() - top * dy, bounds.bottom() + bottom * dy),
            padding=0,
        )
        # Where the labels do not fit beside each other, a smaller type; where even the smallest
        # does not, the smallest flows go unnamed (their bar's tooltip names them) before a
        # label is cut off at the edge.
        shown = sorted(self._label_items, key=lambda lb: -self._label_sizes[id(lb)])
        for label in shown:
            label.item.setVisible(True)
        for points in LABEL_POINTS:
            for label in shown:
                label.item.setFont(plot_font(points, bold=label.item.textItem.font().bold()))
            if separate_labels(self.box, shown):
                return
        while len(shown) > 1 and not separate_labels(self.box, shown):
            shown.pop().item.setVisible(False)

    def _nodes(self, balance: Balance, links: list[SankeyLink]) -> dict[str, _Node]:
        into: dict[str, float] = defaultdict(float)
        out: dict[str, float] = defaultdict(float)
        for lk in links:
            out[lk.source] += lk.value
            into[lk.target] += lk.value
        keys = [k for k in balance.sankey_nodes if k in into or k in out]
        return {
            k: _Node(
                k,
                balance.sankey_nodes[k],
                "in" if k.startswith("in:") else ("out" if k.startswith("out:") else "step"),
                into[k],
                out[k],
            )
            for k in keys
        }

    def _columns(self, nodes: dict[str, _Node], links: list[SankeyLink]) -> dict[str, int]:
        """Steps by longest path, one column left free for plant inputs; boundary nodes beside their step.

        A plant input shares the column of the steps one layer before the step it feeds, and a
        plant output that of the steps one layer after: fewer columns leave room for labels.
        """
        steps = [k for k, n in nodes.items() if n.kind == "step"]
        edges = [(lk.source, lk.target) for lk in links if lk.source in steps and lk.target in steps]
        layer = assign_layers(steps, edges)
        column = {k: layer[k] + 1 for k in steps}
        for lk in links:
            if nodes[lk.source].kind == "in":
                column[lk.source] = column[lk.target] - 1
            if nodes[lk.target].kind == "out":
                column[lk.target] = column[lk.source] + 1
        used = sorted(set(column.values()))
        compact = {c: i for i, c in enumerate(used)}
        return {k: compact[c] for k, c in column.items()}

    def _draw_links(self, links: list[SankeyLink], nodes: dict[str, _Node], scale: float, back: frozenset[int]) -> None:
        rect = self.node_rects
        centre = {k: r.center().y() for k, r in rect.items()}
        leaving: dict[str, list[int]] = defaultdict(list)
        entering: dict[str, list[int]] = defaultdict(list)
        for i, lk in enumerate(links):
            leaving[lk.source].append(i)
            entering[lk.target].append(i)
        start: dict[int, float] = {}
        end: dict[int, float] = {}
        # Bands leave and enter a bar in the order of the other end's height: fewer crossings.
        for key, indices in leaving.items():
            indices.sort(key=lambda i: (i in back, centre[links[i].target]))
            y = rect[key].center().y() - sum(links[i].value for i in indices) * scale / 2
            for i in indices:
                start[i] = y
                y += links[i].value * scale
        for key, indices in entering.items():
            indices.sort(key=lambda i: (i in back, centre[links[i].source]))
            y = rect[key].center().y() - sum(links[i].value for i in indices) * scale / 2
            for i in indices:
                end[i] = y
                y += links[i].value * scale
        unit = self.balance.unit if self.balance else ""
        for i, lk in enumerate(links):
            width = lk.value * scale
            x0, x1 = rect[lk.source].right(), rect[lk.target].left()
            path = QPainterPath()
            looping = x1 <= x0
            if not looping:
                mid = (x0 + x1) / 2
                path.moveTo(x0, start[i])
                path.cubicTo(mid, start[i], mid, end[i], x1, end[i])
                path.lineTo(x1, end[i] + width)
                path.cubicTo(mid, end[i] + width, mid, start[i] + width, x0, start[i] + width)
                path.closeSubpath()
            else:
                # A back edge (condensate returning to the boiler): a loop under both bars.
                below = max(rect[lk.source].bottom(), rect[lk.target].bottom()) + 20 + width / 2
                a, b = start[i] + width / 2, end[i] + width / 2
                path.moveTo(x0, a)
                path.cubicTo(x0 + 60, a, x0 + 60, below, x0, below)
                path.lineTo(x1, below)
                path.cubicTo(x1 - 60, below, x1 - 60, b, x1, b)
            item = LinkItem(lk, path, width, family_of(lk.carrier).qcolor, looping)
            item.setToolTip(f"{self._stream_name(lk)}\n{fmt(lk.value, self.locale)} {unit}")
            self.box.addItem(item)
            self.link_items[lk.stream_id] = item

    def _stream_name(self, lk: SankeyLink) -> str:
        if self.balance is None:
            return lk.stream_id
        return next((s.name for s in self.balance.streams if s.id == lk.stream_id), lk.stream_id)

    def _draw_node(self, node: _Node, links: list[SankeyLink], unit: str) -> None:
        r = self.node_rects[node.key]
        bar = QGraphicsRectItem(r)
        if node.kind == "step":
            colour = QColor(INK)
        else:
            carrier = next(lk.carrier for lk in links if node.key in (lk.source, lk.target))
            colour = family_of(carrier).qcolor
        bar.setBrush(colour)
        bar.setPen(QPen(Qt.PenStyle.NoPen))
        bar.setZValue(5)
        value = fmt(node.value, self.locale)
        bar.setToolTip(
            f"{node.name}\n"
            + self.tr("in %1, out %2")
            .replace("%1", fmt(node.total_in, self.locale))
            .replace("%2", fmt(node.total_out, self.locale))
            + f" {unit}"
        )
        self.box.addItem(bar)
        text = f"{wrap(node.name, LABEL_CHARS, 2)}\n{value} {unit}"
        if node.kind == "in":
            anchor, at = (1.0, 0.5), QPointF(r.left() - 4, r.center().y())
        elif node.kind == "out":
            anchor, at = (0.0, 0.5), QPointF(r.right() + 4, r.center().y())
        else:
            anchor, at = (0.0, 1.0), QPointF(r.left(), r.top() - 2)
        # Text at a fixed size on screen: the diagram stretches to the window, the labels do not.
        label = pg.TextItem(text, color=INK, anchor=anchor, fill=pg.mkBrush(255, 255, 255, 215))
        label.setFont(plot_font(8.5, bold=node.kind == "step"))
        label.setPos(at)
        label.setZValue(10)
        self.box.addItem(label)
        placed = PlacedLabel(label, at, *anchor)
        self._label_items.append(placed)
        self._label_sizes[id(placed)] = node.value
        self.labels[node.key] = text
