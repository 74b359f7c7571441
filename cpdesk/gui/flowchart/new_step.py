"""A step added with the button: placed where the user is looking, selected, and its name
open for typing on the box, so that "Add step" is followed by typing the name rather than by
a hunt for a tiny box below the chart."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from cpdesk.core.entities import Entity
from cpdesk.gui.flowchart.edits import translate
from cpdesk.gui.flowchart.items import BOX_MIN_HEIGHT, BOX_WIDTH, name_font
from cpdesk.gui.flowchart.routing import Rect
from cpdesk.services.editing import Update

if TYPE_CHECKING:
    from cpdesk.gui.flowchart.view import FlowChartView

#: The smallest zoom at which a new box's name is typed: its text at a readable size.
READABLE_ZOOM = 1.0
#: Room kept free around a new box.
MARGIN = 30.0


class NameEditor(QLineEdit):
    """The name of a new step, typed on its box: Enter or leaving it renames, Esc keeps the
    name it was given."""

    finished = Signal(bool)  # True: rename; False: keep the name

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._done = False
        self.editingFinished.connect(lambda: self._finish(True))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._finish(False)
            return
        super().keyPressEvent(event)

    def _finish(self, rename: bool) -> None:
        if not self._done:
            self._done = True
            self.hide()
            self.finished.emit(rename)


def free_spot(view: FlowChartView) -> QPointF:
    """The top-left corner of a new box in the middle of what the view shows, moved to the
    nearest place no step occupies (below the chart when the view is full)."""
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    taken = [_rect(item.scene_footprint()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN) for item in view.steps.values()]
    centre = visible.center() - QPointF(BOX_WIDTH / 2, BOX_MIN_HEIGHT / 2)
    step_x, step_y = BOX_WIDTH + MARGIN, BOX_MIN_HEIGHT + MARGIN
    candidates = [centre + QPointF(i * step_x, j * step_y) for i in range(-4, 5) for j in range(-4, 5)]
    candidates.sort(key=lambda p: (p - centre).manhattanLength())
    for corner in candidates:
        box = QRectF(corner.x(), corner.y(), BOX_WIDTH, BOX_MIN_HEIGHT)
        if visible.contains(box) and not any(box.intersects(t) for t in taken):
            return corner
    bottom = max((t.bottom() for t in taken), default=0.0)
    return QPointF(visible.left() + MARGIN, bottom)


def _rect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def add_step_in_view(view: FlowChartView, name: str) -> uuid.UUID | None:
    """Add a step named ``name`` where the user is looking, select it and open its name."""
    if view.isVisible() and view.zoom() < READABLE_ZOOM:
        centre = view.mapToScene(view.viewport().rect().center())
        view.resetTransform()
        view.scale(READABLE_ZOOM, READABLE_ZOOM)
        view.centerOn(centre)
    at = free_spot(view) if view.isVisible() else None
    created = view.add_step(name, at)
    if created is None or created not in view.steps:
        return created
    item = view.steps[created]
    view.scene().clearSelection()
    item.setSelected(True)
    view.ensureVisible(item, int(MARGIN), int(MARGIN))
    if view.isVisible():
        edit_name(view, created)
    return created


def edit_name(view: FlowChartView, step_id: uuid.UUID) -> None:
    """Type the name of a step on its box."""
    item = view.steps[step_id]
    old = item.step.name
    editor = NameEditor(view.viewport())
    editor.setFont(name_font())
    editor.setText(old)
    editor.setGeometry(view.mapFromScene(QRectF(item.box).translated(item.pos())).boundingRect())
    editor.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def finished(rename: bool) -> None:
        name = editor.text().strip()
        view.name_editor = None
        editor.deleteLater()
        if rename and name and name != old:
            view.apply(
                translate("FlowChart", "Edit step %s") % name, [Update(Entity.PROCESS_STEP, step_id, {"name": name})]
            )
        view.setFocus()

    editor.finished.connect(finished)
    view.name_editor = editor
    editor.show()
    editor.selectAll()
    editor.setFocus()
