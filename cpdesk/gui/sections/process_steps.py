"""Tasks 2 and 3: the process steps (unit operations) and the audit focus among them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from cpdesk.core.entities import Entity
from cpdesk.gui.models.flow import ProcessStepModel
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.record_table import RecordTable, edit_new_row, unique_name
from cpdesk.services.assessment import flow
from cpdesk.services.editing import Delete


class ProcessStepsSection(Section):
    key = "process_steps"
    depends = frozenset({Entity.PROCESS_STEP, Entity.STREAM, Entity.ASSESSMENT})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.model = ProcessStepModel(self.wb.update, self.locale, self.lang)
        self.table = RecordTable(self.model, add_text=self.tr("Add step"), name="process_steps")
        self.table.add_requested.connect(self.add_step)
        self.table.delete_requested.connect(self.delete_steps)
        self._streams: list[Any] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Task 2: list the unit operations in the order of production. "
                    "Task 3: tick the wasteful steps chosen as the audit focus."
                )
            )
        )
        self.empty = EmptyStack(
            self.table,
            EmptyState(
                self.tr(
                    "No process steps yet. List the unit operations of the plant in the order of production: "
                    "every stream, balance and option hangs on them."
                ),
                self.tr("Add the first step"),
                self.add_step,
            ),
        )
        layout.addWidget(self.empty, 1)

    def title(self) -> str:
        return self.tr("Process steps")

    def reload(self) -> None:
        detail = self.wb.detail(self.assessment_id)
        self._streams = list(detail.streams)
        self.model.set_rows(detail.steps)
        self.empty.show_empty(not detail.steps)

    def add_step(self) -> None:
        name = unique_name(self.tr("New step"), {r.name for r in self.model.rows})
        row = self.execute(
            self.wb.create,
            Entity.PROCESS_STEP,
            lambda: flow.add_process_step(self.wb.db, self.assessment_id, name=name),
            self.tr("Add process step"),
        )
        if row is not None:
            self.refresh()
            edit_new_row(self.table, row.id, "name")

    def delete_steps(self, rows: list[Any]) -> None:
        """Delete steps with the streams that touch them (a stream cannot lose an end);
        one undo brings all of them back."""
        ids = {r.id for r in rows}
        streams = [
            Delete(Entity.STREAM, s.id) for s in self._streams if s.source_step_id in ids or s.target_step_id in ids
        ]
        self.execute(self.wb.delete, Entity.PROCESS_STEP, list(ids), also=streams)
        if streams:
            self.status(
                self.tr("Deleted %1 streams with the steps (Ctrl+Z brings them back)").replace("%1", str(len(streams)))
            )
