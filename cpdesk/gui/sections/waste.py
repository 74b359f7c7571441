"""Tasks 6 and 7: what each waste stream costs the company, and why it arises."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout

from cpdesk.core.entities import Entity
from cpdesk.core.rows import CauseRow
from cpdesk.core.vocabulary import CauseCategory
from cpdesk.gui.models.waste import CauseModel, WasteStreamModel
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.record_table import RecordTable, edit_new_row, unique_name
from cpdesk.services.assessment import options
from cpdesk.services.assessment import records as workbench_queries


class WasteSection(Section):
    key = "waste_costs"
    depends = frozenset({Entity.WASTE_STREAM, Entity.CAUSE, Entity.ASSESSMENT})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wastes = WasteStreamModel(self.wb.update, self.locale, self.lang, self.currency())
        self.waste_table = RecordTable(
            self.wastes,
            title=self.tr("Waste streams"),
            add_text=self.tr("Add waste stream"),
            name="waste_streams",
            first=("name", 5),  # 5: what the waste costs a year
        )
        self.waste_table.add_requested.connect(self.add_waste)
        self.waste_table.delete_requested.connect(
            lambda rows: self.execute(self.wb.delete, Entity.WASTE_STREAM, [r.id for r in rows])
        )
        self.waste_table.current_changed.connect(lambda _row: self._filter_causes())

        self.causes = CauseModel(self.wb.update, self.locale, self.lang)
        self.cause_table = RecordTable(
            self.causes, title=self.tr("Causes"), add_text=self.tr("Add cause"), name="causes"
        )
        self.cause_table.add_requested.connect(self.add_cause)
        self.cause_table.delete_requested.connect(
            lambda rows: self.execute(self.wb.delete, Entity.CAUSE, [r.id for r in rows])
        )
        self.only_selected = QCheckBox(self.tr("Only the selected waste stream"))
        self.only_selected.toggled.connect(lambda _on: self._filter_causes())
        self.cause_table.add_button_widget(self.only_selected)
        self._all_causes: list[CauseRow] = []

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.waste_table)
        splitter.addWidget(self.cause_table)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Task 6: a waste stream costs what is lost in it plus its treatment and disposal. "
                    "Task 7: for each, the causes: raw material, technology, equipment, process control, "
                    "housekeeping, product, waste not reused, people."
                )
            )
        )
        self.empty = EmptyStack(
            splitter,
            EmptyState(
                self.tr(
                    "No waste streams yet. Add each waste stream (waste water, sludge, off-cuts, lost heat) "
                    "with what it costs a year; then the causes of each."
                ),
                self.tr("Add the first waste stream"),
                self.add_waste,
            ),
        )
        layout.addWidget(self.empty, 1)

    def title(self) -> str:
        return self.tr("Waste costs and causes")

    def reload(self) -> None:
        detail = self.wb.detail(self.assessment_id)
        self.wastes.set_rows(detail.waste_streams)
        self.empty.show_empty(not detail.waste_streams)
        self._all_causes = workbench_queries.causes(self.wb.db, self.assessment_id)
        self._filter_causes()

    def _filter_causes(self) -> None:
        current = self.waste_table.current_row()
        if self.only_selected.isChecked() and current is not None:
            self.causes.set_rows([c for c in self._all_causes if c.waste_stream_id == current.id])
        else:
            self.causes.set_rows(self._all_causes)

    def add_waste(self) -> None:
        name = unique_name(self.tr("New waste stream"), {r.name for r in self.wastes.rows})
        row = self.execute(
            self.wb.create,
            Entity.WASTE_STREAM,
            lambda: options.add_waste_stream(self.wb.db, self.assessment_id, name=name),
            self.tr("Add waste stream"),
        )
        if row is not None:
            self.refresh()
            edit_new_row(self.waste_table, row.id, "name")

    def add_cause(self) -> None:
        waste = self.waste_table.current_row()
        if waste is None:
            self.status(self.tr("Select the waste stream the cause belongs to."))
            return
        cause_id = self.execute(
            self.wb.create,
            Entity.CAUSE,
            lambda: options.add_cause(
                self.wb.db, waste.id, category=CauseCategory.HOUSEKEEPING, description=self.tr("(describe the cause)")
            ),
            self.tr("Add cause"),
        )
        if cause_id is not None:
            self.refresh()
            edit_new_row(self.cause_table, cause_id, "description")
