"""The edits of the flow chart, made through the workbench's one editor, undoable with the
tables' edits on the same stack.

:class:`ChartEdits` is the editing half of :class:`~cpdesk.gui.flowchart.view.FlowChartView`
(the other half draws and handles the mouse). An edit runs in one transaction together with
the *freeze*: the first edit made in the chart stores the places the automatic layout gave
the steps, so the chart never rearranges what the user has seen once they started working on
it. The editor applies both through :mod:`cpdesk.services.editing` and keeps the inverses;
the chart reloads when the editor says the steps or streams changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui.errors import describe
from cpdesk.gui.flowchart.data import ChartData, add_step_at
from cpdesk.gui.flowchart.dialogs import StepDialog, StepDraft, StreamDialog, StreamDraft
from cpdesk.gui.flowchart.items import StepItem, StreamItem
from cpdesk.gui.workbench import Editor
from cpdesk.services.assessment import flow
from cpdesk.services.editing import Delete, Operation, Update, record_version

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from cpdesk.services.workspace import Database

GRID = 10.0


translate = QCoreApplication.translate


class ChartEdits:
    """Adding, changing, moving and deleting steps and streams (mixed into the chart view)."""

    db: Database
    editor: Editor
    assessment_id: uuid.UUID | str
    lang: str
    data: ChartData
    steps: dict[uuid.UUID, StepItem]
    streams: dict[uuid.UUID, StreamItem]
    laid_out: set[uuid.UUID]
    _pressed_at: dict[uuid.UUID, QPointF]
    changed: SignalInstance
    failed: SignalInstance
    #: Show refused edits in a message box too (a window that shows ``failed`` itself turns this off).
    message_boxes: bool = True

    if TYPE_CHECKING:  # what the view (a QGraphicsView) provides

        def reload(self) -> None: ...
        def layout_positions(self) -> dict[uuid.UUID, QPointF]: ...
        def _selected(self) -> list[StepItem | StreamItem]: ...

    def _freeze(self) -> list[Operation]:
        """Store the places of the laid-out steps with the next edit (see the module doc)."""
        return [
            Update(Entity.PROCESS_STEP, key, {"chart_x": self.steps[key].x(), "chart_y": self.steps[key].y()})
            for key in sorted(self.laid_out & set(self.steps), key=str)
        ]

    def _commit(self, edit: Callable[[list[Operation]], None]) -> bool:
        """Make an edit with the freeze through the editor (one transaction, one undo step).

        The editor's notice of the change reloads the chart; a refused edit stores nothing,
        is reported, and the chart reloads to drop what the mouse did.
        """
        try:
            edit(self._freeze())
        except CpdeskError as exc:
            self._report(describe(exc, name_field=True))  # in the user's language, naming the field
            self.reload()
            return False
        return True

    def _report(self, message: str) -> None:
        self.failed.emit(message)
        if not self.message_boxes:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, translate("FlowChart", "Flow chart"), message, parent=self)  # type: ignore[call-overload]
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the chart stays usable and tests are not blocked

    def add_step(
        self, name: str, at: QPointF | None = None, *, description: str = "", is_focus: bool = False
    ) -> uuid.UUID | None:
        """Create a step at ``at`` (scene point of its top-left corner; default below the chart)."""
        if at is None:
            bottom = max((i.scene_footprint().bottom for i in self.steps.values()), default=0.0)
            at = QPointF(0, bottom + 60)
        created: list[uuid.UUID] = []
        x, y = round(at.x() / GRID) * GRID, round(at.y() / GRID) * GRID

        def make() -> uuid.UUID:
            return add_step_at(
                self.db, self.assessment_id, name=name, x=x, y=y, description=description, is_focus=is_focus
            )

        def edit(freeze: list[Operation]) -> None:
            text = translate("FlowChart", "Add step %s") % name
            created.append(self.editor.create(Entity.PROCESS_STEP, make, text, also=freeze))

        return created[0] if self._commit(edit) else None

    def add_stream(self, draft: StreamDraft) -> uuid.UUID | None:
        """Create a stream; a ``None`` end is the plant boundary."""
        created: list[uuid.UUID] = []

        def make() -> uuid.UUID:
            return flow.add_stream(
                self.db,
                self.assessment_id,
                name=draft.name,
                kind=draft.kind,
                carrier=draft.carrier,
                source_step_id=draft.source,
                target_step_id=draft.target,
            ).id

        def edit(freeze: list[Operation]) -> None:
            text = translate("FlowChart", "Add stream %s") % draft.name
            created.append(self.editor.create(Entity.STREAM, make, text, also=freeze))

        return created[0] if self._commit(edit) else None

    def apply(self, text: str, operations: Sequence[Operation]) -> bool:
        """Carry out service operations as one undoable chart edit."""
        ops = list(operations)
        return self._commit(lambda freeze: self.editor.execute([*ops, *freeze], text)) if ops else False

    def delete(self, step_ids: Sequence[uuid.UUID] = (), stream_ids: Sequence[uuid.UUID] = ()) -> bool:
        """Delete streams and steps; a step takes its streams with it (a stream needs its ends)."""
        streams = list(dict.fromkeys(stream_ids))
        gone = set(step_ids)
        streams += [s.id for s in self.data.streams if (s.source in gone or s.target in gone) and s.id not in streams]
        ops: list[Operation] = [Delete(Entity.STREAM, key) for key in streams]
        ops += [Delete(Entity.PROCESS_STEP, key) for key in dict.fromkeys(step_ids)]
        self.laid_out -= gone
        return self.apply(translate("FlowChart", "Delete from the flow chart"), ops)

    def delete_selected(self) -> bool:
        steps = [i.step.id for i in self._selected() if isinstance(i, StepItem)]
        streams = [i.stream.id for i in self._selected() if isinstance(i, StreamItem)]
        return self.delete(steps, streams)

    def auto_layout(self) -> bool:
        """Lay every step out again and store the places (one undoable edit)."""
        positions = self.layout_positions()
        ops: list[Operation] = [
            Update(Entity.PROCESS_STEP, key, {"chart_x": p.x(), "chart_y": p.y()})
            for key, p in positions.items()
            if (self.steps[key].step.x, self.steps[key].step.y) != (p.x(), p.y())
        ]
        self.laid_out.clear()
        return self.apply(translate("FlowChart", "Arrange the flow chart"), ops)

    def _save_moves(self) -> None:
        ops: list[Operation] = []
        for key, before in self._pressed_at.items():
            item = self.steps.get(key)
            if item is None or item.pos() == before:
                continue
            snapped = QPointF(round(item.x() / GRID) * GRID, round(item.y() / GRID) * GRID)
            item.setPos(snapped)
            ops.append(Update(Entity.PROCESS_STEP, key, {"chart_x": snapped.x(), "chart_y": snapped.y()}))
            self.laid_out.discard(key)
        self._pressed_at = {}
        if ops:
            self.apply(translate("FlowChart", "Move steps"), ops)

    # The two questions to the user; tests replace them to drive the chart without dialogs.

    def ask_stream(self, draft: StreamDraft, editing_existing: bool = False) -> StreamDraft | None:
        steps = [(s.id, s.name) for s in self.data.steps]
        dialog = StreamDialog(steps, draft=draft, lang=self.lang, editing=editing_existing, parent=self)
        return dialog.draft() if dialog.exec() == StreamDialog.DialogCode.Accepted else None

    def ask_step(self, draft: StepDraft, editing_existing: bool = False) -> StepDraft | None:
        dialog = StepDialog(draft, editing=editing_existing, parent=self)
        return dialog.draft() if dialog.exec() == StepDialog.DialogCode.Accepted else None

    def edit_step(self, step_id: uuid.UUID) -> bool:
        step = self.steps[step_id].step
        seen = record_version(self.db, Entity.PROCESS_STEP, step_id)  # what the dialog shows
        draft = self.ask_step(StepDraft(step.name, step.description, step.is_focus), True)
        if draft is None:
            return False
        values = {
            k: v
            for k, v, old in (
                ("name", draft.name, step.name),
                ("description", draft.description, step.description),
                ("is_focus", draft.is_focus, step.is_focus),
            )
            if v != old
        }
        return self.apply(
            translate("FlowChart", "Edit step %s") % draft.name,
            [Update(Entity.PROCESS_STEP, step_id, values, seen=seen)],
        )

    def edit_stream(self, stream_id: uuid.UUID) -> bool:
        s = self.streams[stream_id].stream
        seen = record_version(self.db, Entity.STREAM, stream_id)  # what the dialog shows
        draft = self.ask_stream(StreamDraft(s.name, s.kind, s.carrier, s.source, s.target), True)
        if draft is None:
            return False
        values = {
            k: v
            for k, v, old in (
                ("name", draft.name, s.name),
                ("kind", draft.kind, s.kind),
                ("carrier", draft.carrier, s.carrier),
                ("source_step_id", draft.source, s.source),
                ("target_step_id", draft.target, s.target),
            )
            if v != old
        }
        return self.apply(
            translate("FlowChart", "Edit stream %s") % draft.name,
            [Update(Entity.STREAM, stream_id, values, seen=seen)],
        )

    def new_step_at(self, at: QPointF) -> uuid.UUID | None:
        draft = self.ask_step(StepDraft("", "", False))
        if draft is None:
            return None
        return self.add_step(draft.name, at, description=draft.description, is_focus=draft.is_focus)
