"""The process flow chart as a graphical editor of an assessment's steps and streams.

Every edit goes through the editor it is given (the workbench's, :class:`~cpdesk.gui.workbench.Editor`),
as the tables' edits do: the services carry it out in one unit of work (creation through
:mod:`cpdesk.services.assessment.flow`, changes and deletions through :mod:`cpdesk.services.editing`)
and the editor pushes its undo on the shared stack, so one Ctrl+Z walks back through edits
made in the chart and in the tables alike. Whenever the editor says that steps, streams or
readings changed (an edit here or in a table, an undo, a redo) the chart reloads from the
database, or, while hidden, when next shown; then it emits ``changed``.

Steps without a stored place are laid out automatically (:mod:`cpdesk.core.layout`); the
first edit made in the chart stores those places with it, so the chart never rearranges what
the user has seen once they started working on it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QWidget,
)

from cpdesk.core.entities import Change, Entity
from cpdesk.core.labels import label as label_of
from cpdesk.core.layout import layered_layout
from cpdesk.core.vocabulary import Carrier, StreamKind
from cpdesk.gui.flowchart import export
from cpdesk.gui.flowchart.data import ChartData, ChartStream, load_chart
from cpdesk.gui.flowchart.dialogs import StreamDraft
from cpdesk.gui.flowchart.edits import ChartEdits
from cpdesk.gui.flowchart.items import LegendItem, StepItem, StreamItem
from cpdesk.gui.flowchart.routing import Link, route
from cpdesk.gui.workbench import Editor

MIN_ZOOM, MAX_ZOOM = 0.1, 5.0
#: Fit never draws smaller: 9-point names at 6.75 points. A wider chart scrolls instead.
READABLE_ZOOM = 0.75


class FlowChartView(QGraphicsView, ChartEdits):
    """The flow chart of one assessment, editable with the mouse and the keyboard.

    Signals: ``changed()`` after every change of the steps, streams or readings (an edit made
    here or elsewhere, every undo or redo); ``selection_changed(entity, id)`` with entity
    Entity.PROCESS_STEP, Entity.STREAM or "" (nothing or several selected); ``failed(message)``
    when the services refused an edit made here.
    """

    changed = Signal()
    selection_changed = Signal(str, object)
    failed = Signal(str)

    def __init__(
        self,
        editor: Editor,
        assessment_id: uuid.UUID | str,
        parent: QWidget | None = None,
        *,
        lang: str = "vi",
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.db = editor.db
        self.assessment_id = assessment_id
        self.lang = lang
        self._stale = False
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene().selectionChanged.connect(self._on_selection)
        self.steps: dict[uuid.UUID, StepItem] = {}
        self.streams: dict[uuid.UUID, StreamItem] = {}
        self.data = ChartData((), ())
        #: Steps placed by the automatic layout, not yet stored.
        self.laid_out: set[uuid.UUID] = set()
        self._building = False
        self._connecting: tuple[StepItem, str, QGraphicsLineItem] | None = None
        self._pressed_at: dict[uuid.UUID, QPointF] = {}
        self._fitted = False
        self.name_editor: QWidget | None = None  # a new step's name, typed on its box (new_step)
        self.reload()
        editor.changed.connect(self._on_change)

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the steps and streams again and redraw (keeps zoom and selection)."""
        selected = {i.step.id if isinstance(i, StepItem) else i.stream.id for i in self._selected()}
        self.data = load_chart(self.db, self.assessment_id)
        self._building = True
        # The scene would report the selection of every item it deletes and recreates; the
        # view reports the outcome once, after the rebuild.
        self.scene().blockSignals(True)
        try:
            self.scene().clear()
            self._connecting = None
            self.steps.clear()
            self.streams.clear()
            names = {s.id: s.name for s in self.data.steps}
            inter_in: dict[uuid.UUID, int] = {}
            inter_out: dict[uuid.UUID, int] = {}
            for s in self.data.streams:
                if s.source is not None and s.target is not None:
                    inter_out[s.source] = inter_out.get(s.source, 0) + 1
                    inter_in[s.target] = inter_in.get(s.target, 0) + 1
            for step in self.data.steps:
                item = StepItem(step, self._on_step_moved)
                item.set_boundary(
                    [s for s in self.data.streams if s.target == step.id and s.source is None],
                    [s for s in self.data.streams if s.source == step.id and s.target is None],
                    max(inter_in.get(step.id, 0), inter_out.get(step.id, 0)),
                )
                self.scene().addItem(item)
                self.steps[step.id] = item
            for s in self.data.streams:
                item = StreamItem(s, self._tooltip(s, names))
                self.scene().addItem(item)
                self.streams[s.id] = item
            self._place()
            for key in selected:
                target = self.steps.get(key) or self.streams.get(key)
                if target is not None:
                    target.setSelected(True)
        finally:
            self._building = False
            self.scene().blockSignals(False)
        self._on_selection()
        self._redraw_streams()
        self._add_legend()
        self.setSceneRect(self.scene().itemsBoundingRect().adjusted(-600, -400, 600, 400))
        self.viewport().update()

    def _tooltip(self, s: ChartStream, names: dict[uuid.UUID, str]) -> str:
        boundary = self.tr("plant boundary")
        ends = f"{names.get(s.source, boundary) if s.source else boundary} → "
        ends += names.get(s.target, boundary) if s.target else boundary
        kinds = f"{label_of(Carrier, s.carrier.value, self.lang)} · {label_of(StreamKind, s.kind.value, self.lang)}"
        return f"{s.name}\n{kinds}\n{ends}" + (f"\n{s.note}" if s.note else "")

    def _layer_gap(self) -> float:
        """Columns far enough apart for the vertical legs of the busiest step's streams."""
        outs: dict[uuid.UUID, int] = {}
        ins: dict[uuid.UUID, int] = {}
        for s in self.data.streams:
            if s.source and s.target:
                outs[s.source] = outs.get(s.source, 0) + 1
                ins[s.target] = ins.get(s.target, 0) + 1
        busiest = max(outs.values(), default=0) + max(ins.values(), default=0)
        return min(40.0 + 5.0 * busiest, 160.0)

    def layout_positions(self) -> dict[uuid.UUID, QPointF]:
        """Where the automatic layout puts every step (box top-left corners)."""
        ids = list(self.steps)
        edges = [(s.source, s.target) for s in self.data.streams if s.source in self.steps and s.target in self.steps]
        sizes = {}
        for key, item in self.steps.items():
            f = item.footprint()
            sizes[key] = (f.width(), f.height())
        layout = layered_layout(ids, edges, sizes, layer_gap=self._layer_gap(), node_gap=28.0, lane=12.0)
        return {
            key: QPointF(round(x), round(y + self.steps[key].top_extent())) for key, (x, y) in layout.positions.items()
        }

    def _place(self) -> None:
        placed = [item for item in self.steps.values() if item.step.x is not None and item.step.y is not None]
        for item in placed:
            item.setPos(QPointF(item.step.x, item.step.y))  # type: ignore[arg-type]
        missing = [key for key, item in self.steps.items() if item.step.x is None or item.step.y is None]
        self.laid_out = set(missing)
        if not missing:
            return
        auto = self.layout_positions()
        if placed:
            # New steps go under what the user arranged, in the columns the layout gives them.
            below = max(item.scene_footprint().bottom for item in placed) + 60
            for key in missing:
                top = self.steps[key].top_extent()
                self.steps[key].setPos(QPointF(auto[key].x(), below + top))
                below += self.steps[key].footprint().height() + 28
        else:
            for key in missing:
                self.steps[key].setPos(auto[key])

    # --- drawing ---------------------------------------------------------------------------

    def _redraw_streams(self) -> None:
        boxes = {key: item.scene_box() for key, item in self.steps.items()}
        footprints = {key: item.scene_footprint() for key, item in self.steps.items()}
        links = [
            Link(s.id, s.source, s.target) for s in self.data.streams if s.source is not None and s.target is not None
        ]
        routes = route(links, boxes, footprints, spacing=6.0, gap=12.0, clearance=8.0)
        for key, points in routes.items():
            self.streams[key].set_route([QPointF(x, y) for x, y in points])  # type: ignore[index]
        for s in self.data.streams:
            if s.source is None or s.target is None:
                self._draw_stub(s)

    def _draw_stub(self, s: ChartStream) -> None:
        step = self.steps[s.target if s.source is None else s.source]  # type: ignore[index]
        points, label_at, _entering = step.stub(s.id)
        item = self.streams[s.id]
        item.set_route(points, head_size=6.5)
        item.set_label(s.name, label_at)

    def _add_legend(self) -> None:
        families = {item.family for item in self.streams.values()}
        if not families:
            return
        legend = LegendItem(list(families))
        bottom = max((item.scene_footprint().bottom for item in self.steps.values()), default=0.0)
        left = min((item.scene_footprint().left for item in self.steps.values()), default=0.0)
        legend.setPos(left, bottom + 36)
        self.scene().addItem(legend)

    def _on_step_moved(self, item: StepItem) -> None:
        if self._building:
            return
        if not self._pressed_at:
            self._redraw_streams()
            return
        # While the mouse drags, full routing on every move would lag: the streams of the
        # moved step follow on a simple three-leg path; the release routes everything again.
        key = item.step.id
        for s in self.data.streams:
            if key not in (s.source, s.target):
                continue
            if s.source is None or s.target is None:
                self._draw_stub(s)
                continue
            a, b = self.steps[s.source].scene_box(), self.steps[s.target].scene_box()
            middle = (a.right + b.left) / 2
            self.streams[s.id].set_route(
                [
                    QPointF(a.right, a.centre_y),
                    QPointF(middle, a.centre_y),
                    QPointF(middle, b.centre_y),
                    QPointF(b.left, b.centre_y),
                ]
            )

    # --- mouse and keyboard ----------------------------------------------------------------

    def _selected(self) -> list[StepItem | StreamItem]:
        if self.scene() is None:
            return []
        return [i for i in self.scene().selectedItems() if isinstance(i, StepItem | StreamItem)]

    def _on_selection(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1:
            self.selection_changed.emit("", None)
        elif isinstance(chosen[0], StepItem):
            self.selection_changed.emit(Entity.PROCESS_STEP, chosen[0].step.id)
        else:
            self.selection_changed.emit(Entity.STREAM, chosen[0].stream.id)

    def item_at(self, scene_point: QPointF) -> StepItem | StreamItem | None:
        """The step (preferred) or stream under a scene point."""
        found = [i for i in self.scene().items(scene_point) if isinstance(i, StepItem | StreamItem)]
        steps = [i for i in found if isinstance(i, StepItem)]
        return steps[0] if steps else (found[0] if found else None)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        point = self.mapToScene(event.position().toPoint())
        hit = self.item_at(point)
        if event.button() == Qt.MouseButton.LeftButton and isinstance(hit, StepItem):
            side = hit.handle_at(point)
            if side is not None:
                line = QGraphicsLineItem(point.x(), point.y(), point.x(), point.y())
                line.setPen(QPen(Qt.GlobalColor.darkGray, 1.5, Qt.PenStyle.DashLine))
                self.scene().addItem(line)
                self._connecting = (hit, side, line)
                event.accept()
                return
        self._pressed_at = {key: item.pos() for key, item in self.steps.items()}
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._connecting is not None:
            point = self.mapToScene(event.position().toPoint())
            _step, _side, line = self._connecting
            start = line.line().p1()
            line.setLine(start.x(), start.y(), point.x(), point.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._connecting is not None:
            step, side, line = self._connecting
            self._connecting = None
            self.scene().removeItem(line)
            other = self.item_at(self.mapToScene(event.position().toPoint()))
            other_id = other.step.id if isinstance(other, StepItem) and other is not step else None
            source, target = (step.step.id, other_id) if side == "out" else (other_id, step.step.id)
            kind, carrier = (
                (StreamKind.WASTE, Carrier.WASTEWATER) if target is None else (StreamKind.WATER, Carrier.WATER)
            )
            draft = self.ask_stream(StreamDraft("", kind, carrier, source, target))
            if draft is not None:
                self.add_stream(draft)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self._save_moves()

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        point = self.mapToScene(event.position().toPoint())
        hit = self.item_at(point)
        if isinstance(hit, StepItem):
            self.edit_step(hit.step.id)
        elif isinstance(hit, StreamItem):
            self.edit_stream(hit.stream.id)
        else:
            self.new_step_at(point)
        event.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected():
            self.delete_selected()
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or (
            ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
        ):
            self.zoom_by(1.25)
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (ctrl and event.key() == Qt.Key.Key_Minus):
            self.zoom_by(0.8)
        elif ctrl and event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 ** (event.angleDelta().y() / 120))
            event.accept()
        else:
            super().wheelEvent(event)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.context_menu(self.mapToScene(event.pos())).exec(event.globalPos())

    def context_menu(self, point: QPointF) -> QMenu:
        """The right-click menu at a scene point."""
        menu = QMenu(self)
        hit = self.item_at(point)
        if isinstance(hit, StepItem):
            menu.addAction(self.tr("Edit step…"), lambda: self.edit_step(hit.step.id))
        elif isinstance(hit, StreamItem):
            menu.addAction(self.tr("Edit stream…"), lambda: self.edit_stream(hit.stream.id))
        else:
            menu.addAction(self.tr("Add process step here…"), lambda: self.new_step_at(point))
        if self._selected():
            menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.addSeparator()
        menu.addAction(self.tr("Arrange automatically"), self.auto_layout)
        menu.addAction(self.tr("Fit to window"), self.fit)
        menu.addSeparator()
        menu.addAction(self.tr("Export as PNG…"), lambda: self._export_dialog("png"))
        menu.addAction(self.tr("Export as SVG…"), lambda: self._export_dialog("svg"))
        return menu

    # --- zoom and export -------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        self.scale(target / self.zoom(), target / self.zoom())

    def fit(self) -> None:
        """Show the whole chart, between a readable scale and 1:1 (text at its designed size);
        a chart too big for that shows its beginning, the plant's inputs, and scrolls."""
        content = self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20)
        if content.isEmpty():
            return
        self.fitInView(content, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = min(max(self.zoom(), READABLE_ZOOM), 1.0)
        if zoom != self.zoom():
            self.resetTransform()
            self.scale(zoom, zoom)
            half = self.viewport().width() / zoom / 2
            middle = content.center()
            self.centerOn(min(content.left() + half, middle.x()), middle.y())  # the left edge in view

    def _on_change(self, change: Change) -> None:
        if not change.touches(Entity.PROCESS_STEP, Entity.STREAM, Entity.MEASUREMENT):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
        self.changed.emit()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
        if not self._fitted:
            self._fitted = True
            self.fit()

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """The whole chart as a PNG image (``scale`` pixels per scene unit, 2 for print)."""
        export.write_png(self.scene(), path, scale)

    def export_svg(self, path: str | Path) -> None:
        export.write_svg(self.scene(), path, self.tr("Process flow chart"))

    def _export_dialog(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        caption = self.tr("Export the flow chart")
        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, caption, f"flowchart.{kind}", pattern)
        if not path:
            return
        try:
            self.export_png(path) if kind == "png" else self.export_svg(path)
        except OSError as exc:
            self._report(str(exc))

    def set_language(self, lang: str) -> None:
        """Labels of carriers and kinds in "vi" or "en"."""
        self.lang = lang
        self.reload()

    def scene_rect_of_content(self) -> QRectF:
        return export.content_rect(self.scene())
