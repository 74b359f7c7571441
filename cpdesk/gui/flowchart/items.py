"""The graphics items of the flow chart: step boxes, stream arrows and the legend.

A step is a box with its name; the streams that cross the plant boundary at that step are
drawn with it as short arrows with their names: inputs above the box, arrows pointing down
into it, outputs below, arrows pointing away. They are stacked as a staircase (the row
farthest from the box turns nearest to the box's left edge) so that no two of them cross,
and the box's *footprint* (box plus these labels) is what the layout and the router keep
clear. Streams between steps are polylines from the router.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cpdesk.gui.flowchart.data import ChartStep, ChartStream
from cpdesk.gui.flowchart.routing import Rect
from cpdesk.gui.plots.palette import FAMILIES, Family, family_label, family_of

BOX_WIDTH = 150.0
BOX_MIN_HEIGHT = 54.0
PADDING = 8.0
#: Height of one boundary-stream row and the step between the staircase's vertical legs.
ROW = 16.0
BUS = 9.0
#: Space between the box and its first boundary row.
STUB_GAP = 12.0
LABEL_MAX_WIDTH = 176.0
HANDLE_RADIUS = 5.0
#: Port spacing: streams on one side of a box keep at least this far apart.
PORT_SPACING = 7.0

FOCUS_COLOUR = QColor("#e8590c")
BOX_COLOUR = QColor("#495057")
TEXT_COLOUR = QColor("#212529")


def name_font() -> QFont:
    font = QFont()
    font.setPointSizeF(9.0)
    return font


def label_font() -> QFont:
    font = QFont()
    font.setPointSizeF(8.0)
    return font


def arrow_head(tip: QPointF, towards: QPointF, size: float = 8.0) -> QPolygonF:
    """A filled triangle at ``tip``, pointing in the direction from ``towards`` to ``tip``."""
    angle = math.atan2(tip.y() - towards.y(), tip.x() - towards.x())
    spread = math.radians(24)
    return QPolygonF(
        [
            tip,
            QPointF(tip.x() - size * math.cos(angle - spread), tip.y() - size * math.sin(angle - spread)),
            QPointF(tip.x() - size * math.cos(angle + spread), tip.y() - size * math.sin(angle + spread)),
        ]
    )


class StepItem(QGraphicsObject):
    """A process step: a box with its name, movable and selectable; focus steps stand out."""

    def __init__(self, step: ChartStep, moved: Callable[[StepItem], None]) -> None:
        super().__init__()
        self.step = step
        self._moved = moved
        self.inputs: list[ChartStream] = []
        self.outputs: list[ChartStream] = []
        self.port_count = 0
        self.export_mode = False
        self._hover = False
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.setToolTip(step.name + (f"\n{step.description}" if step.description else ""))
        self._size = (BOX_WIDTH, BOX_MIN_HEIGHT)
        self._label_width = 0.0
        self.measure()

    # --- geometry ------------------------------------------------------------------------

    def set_boundary(self, inputs: Sequence[ChartStream], outputs: Sequence[ChartStream], ports: int) -> None:
        """The boundary streams drawn with this box, and how many ports a side needs."""
        self.prepareGeometryChange()
        self.inputs, self.outputs, self.port_count = list(inputs), list(outputs), ports
        metrics = QFontMetricsF(label_font())
        widths = [min(metrics.horizontalAdvance(s.name), LABEL_MAX_WIDTH) for s in self.inputs + self.outputs]
        self._label_width = max(widths, default=0.0)
        self.measure()

    def measure(self) -> None:
        metrics = QFontMetricsF(name_font())
        text = metrics.boundingRect(
            QRectF(0, 0, BOX_WIDTH - 2 * PADDING, 1000), int(Qt.TextFlag.TextWordWrap), self.step.name
        )
        height = max(BOX_MIN_HEIGHT, text.height() + 2 * PADDING + (12 if self.step.is_focus else 0))
        height = max(height, (self.port_count + 1) * PORT_SPACING)
        self._size = (BOX_WIDTH, math.ceil(height))

    @property
    def box(self) -> QRectF:
        """The box in item coordinates (its top-left corner is the item's position)."""
        return QRectF(0, 0, *self._size)

    def label_x(self, count: int) -> float:
        """Where the labels of a staircase of ``count`` rows start."""
        return PADDING + count * BUS + 4

    def top_extent(self) -> float:
        return STUB_GAP + len(self.inputs) * ROW if self.inputs else 0.0

    def bottom_extent(self) -> float:
        return STUB_GAP + len(self.outputs) * ROW if self.outputs else 0.0

    def footprint(self) -> QRectF:
        """Box plus boundary labels, in item coordinates."""
        widest = max(self.label_x(max(len(self.inputs), len(self.outputs))) + self._label_width, BOX_WIDTH)
        return QRectF(0, -self.top_extent(), widest, self._size[1] + self.top_extent() + self.bottom_extent())

    def scene_box(self) -> Rect:
        p = self.pos()
        return Rect(p.x(), p.y(), *self._size)

    def scene_footprint(self) -> Rect:
        f = self.footprint().translated(self.pos())
        return Rect(f.x(), f.y(), f.width(), f.height())

    def stub(self, stream_id: object) -> tuple[list[QPointF], QPointF, bool]:
        """Scene path of a boundary stream drawn with this box, its label's left-centre point,
        and whether it enters (arrow head at the box) or leaves (arrow head at the label)."""
        p = self.pos()
        for entering, rows in ((True, self.inputs), (False, self.outputs)):
            for k, s in enumerate(rows):
                if s.id != stream_id:
                    continue
                n = len(rows)
                x = PADDING + (n - 1 - k) * BUS
                end_x = self.label_x(n) - 3
                if entering:
                    y = -STUB_GAP - (k + 0.5) * ROW
                    points = [QPointF(end_x, y), QPointF(x, y), QPointF(x, 0)]
                else:
                    y = self._size[1] + STUB_GAP + (k + 0.5) * ROW
                    points = [QPointF(x, self._size[1]), QPointF(x, y), QPointF(end_x, y)]
                return [q + p for q in points], QPointF(self.label_x(n), y) + p, entering
        raise KeyError(stream_id)

    def handle_at(self, scene_point: QPointF) -> str | None:
        """ "out" or "in" when the point is on the right or left connection handle."""
        local = self.mapFromScene(scene_point)
        box = self.box
        for side, centre in (("out", QPointF(box.right(), box.center().y())), ("in", QPointF(0, box.center().y()))):
            if (local - centre).manhattanLength() <= HANDLE_RADIUS + 4:
                return side
        return None

    # --- QGraphicsItem ---------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self.box.adjusted(-HANDLE_RADIUS - 2, -HANDLE_RADIUS - 2, HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        focus = self.step.is_focus
        selected = self.isSelected() and not self.export_mode
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(FOCUS_COLOUR if focus else BOX_COLOUR, 2.4 if focus else 1.3)
        if selected:
            pen = QPen(QColor("#1971c2"), 3.0)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor("#fff4e6") if focus else QColor("#ffffff")))
        painter.drawRoundedRect(box, 6, 6)
        text_rect = box.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        if focus:
            painter.setFont(label_font())
            painter.setPen(FOCUS_COLOUR)
            painter.drawText(
                box.adjusted(PADDING, 2, -PADDING, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                self.tr("focus"),
            )
            text_rect.adjust(0, 8, 0, 0)
        painter.setFont(name_font())
        painter.setPen(TEXT_COLOUR)
        wrap = QTextOption(Qt.AlignmentFlag.AlignCenter)
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(text_rect, self.step.name, wrap)
        if (self._hover or selected) and not self.export_mode:
            painter.setPen(QPen(QColor("#1971c2"), 1.2))
            painter.setBrush(QColor("#e7f5ff"))
            for centre in (QPointF(box.right(), box.center().y()), QPointF(0, box.center().y())):
                painter.drawEllipse(centre, HANDLE_RADIUS, HANDLE_RADIUS)

    def hoverEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._hover = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        on_handle = self.handle_at(event.scenePos()) is not None
        self.setCursor(Qt.CursorShape.CrossCursor if on_handle else Qt.CursorShape.SizeAllCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._hover = False
        self.unsetCursor()
        self.update()
        super().hoverLeaveEvent(event)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._moved(self)
        return super().itemChange(change, value)


class StreamItem(QGraphicsPathItem):
    """A stream: a polyline with an arrow head, in its carrier family's colour."""

    def __init__(self, stream: ChartStream, tooltip: str) -> None:
        super().__init__()
        self.stream = stream
        self.family: Family = family_of(stream.carrier)
        self.export_mode = False
        self._head = QPolygonF()
        self._label: QGraphicsSimpleTextItem | None = None
        self.points: list[QPointF] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self.setToolTip(tooltip)
        self._set_pen(False)

    @property
    def is_boundary(self) -> bool:
        return self.stream.source is None or self.stream.target is None

    def _set_pen(self, emphasised: bool) -> None:
        pen = QPen(self.family.qcolor, 3.0 if emphasised else 1.7)
        pen.setStyle(self.family.pen_style)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(pen)

    def set_route(self, points: Sequence[QPointF], head_size: float = 8.0) -> None:
        """Draw along ``points``; the arrow head sits at the last point."""
        self.points = list(points)
        path = QPainterPath(self.points[0])
        for p in self.points[1:]:
            path.lineTo(p)
        self.prepareGeometryChange()
        self.setPath(path)
        self._head = arrow_head(self.points[-1], self.points[-2], head_size)

    def set_label(self, text: str, left_centre: QPointF) -> None:
        """The boundary stream's name beside its arrow (elided; the tooltip has it whole)."""
        if self._label is None:
            self._label = QGraphicsSimpleTextItem(self)
            self._label.setFont(label_font())
            self._label.setBrush(TEXT_COLOUR)
        metrics = QFontMetricsF(label_font())
        self._label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_MAX_WIDTH))
        self._label.setPos(left_centre.x(), left_centre.y() - metrics.height() / 2)

    @property
    def label_text(self) -> str:
        return self._label.text() if self._label is not None else ""

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(9)
        shape = stroker.createStroke(self.path())
        shape.addPolygon(self._head)
        return shape

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self._set_pen(self.isSelected() and not self.export_mode)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path())
        if not self._head.isEmpty():
            painter.setPen(QPen(self.family.qcolor, 1.0))
            painter.setBrush(self.family.qcolor)
            painter.drawPolygon(self._head)


class LegendItem(QGraphicsItem):
    """Which colour is which carrier family: one row per family on the chart."""

    def __init__(self, families: Sequence[Family]) -> None:
        super().__init__()
        self.families = [f for f in FAMILIES if f in families]
        metrics = QFontMetricsF(label_font())
        self._column = 34 + max((metrics.horizontalAdvance(family_label(f)) for f in self.families), default=0) + 18
        self._row = max(ROW, metrics.height() + 2)
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        columns = min(len(self.families), 5)
        rows = math.ceil(len(self.families) / 5) if self.families else 0
        return QRectF(0, 0, columns * self._column, rows * self._row)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(label_font())
        for i, family in enumerate(self.families):
            x, y = (i % 5) * self._column, (i // 5) * self._row + self._row / 2
            pen = QPen(family.qcolor, 2.2)
            pen.setStyle(family.pen_style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(x + 32, y - self._row / 2, self._column, self._row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                family_label(family),
            )
