"""Tasks 14 to 16: preparing and implementing the selected options, and monitoring what
they actually save against what was estimated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QSplitter, QVBoxLayout

from cpdesk.core.entities import Entity
from cpdesk.core.rows import OptionRow
from cpdesk.core.vocabulary import OptionStatus
from cpdesk.gui.models.options import ImplementationModel, SavingModel
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.services.assessment import records as workbench_queries

_UNDER_WAY = (OptionStatus.SELECTED, OptionStatus.IMPLEMENTED)


class ImplementationSection(Section):
    key = "implementation"
    depends = frozenset({Entity.OPTION, Entity.OPTION_SAVING, Entity.ASSESSMENT})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.options = ImplementationModel(self.wb.update, self.locale, self.lang, self.currency())
        self.table = RecordTable(
            self.options,
            title=self.tr("Selected and implemented options"),
            can_delete=False,
            name="implementation",
            first=("code", "title", "monitored_annual_savings", 4, 6),  # 4, 6: estimated, and the difference
        )
        self.table.current_changed.connect(self._option_changed)
        self.show_all = QCheckBox(self.tr("Show every option"))
        self.show_all.toggled.connect(lambda _on: self.refresh())
        self.table.add_button_widget(self.show_all)
        self.savings = SavingModel(self.wb.update, self.locale, self.lang)
        self.saving_table = RecordTable(
            self.savings,
            title=self.tr("Resources saved: estimated and monitored"),
            can_delete=False,
            name="monitored_savings",
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.saving_table)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Tasks 14 to 16: mark options implemented with their date, then record the savings measured "
                    "afterwards beside the estimate."
                )
            )
        )
        self.empty = EmptyStack(splitter, EmptyState())
        layout.addWidget(self.empty, 1)
        self._savings: list[workbench_queries.SavingItem] = []

    def title(self) -> str:
        return self.tr("Implementation and monitoring")

    def reload(self) -> None:
        every = self.wb.detail(self.assessment_id).options
        rows = every if self.show_all.isChecked() else tuple(r for r in every if r.status in _UNDER_WAY)
        self._show_empty(bool(every), bool(rows))
        self.options.set_rows(rows)
        self._savings = workbench_queries.option_savings(self.wb.db, self.assessment_id)
        self.table.select_first()
        self._option_changed(self.table.current_row())

    def _show_empty(self, any_option: bool, shown: bool) -> None:
        """Nothing selected yet: the options are chosen in the options section."""
        state = self.empty.empty
        if any_option:
            state.set_text(
                self.tr(
                    "No option is selected for implementation yet. Set an option's status to selected "
                    "once it is found feasible; it is then followed here."
                )
            )
            state.set_action(self.tr("Show every option"), lambda: self.show_all.setChecked(True))
        else:
            state.set_text(
                self.tr(
                    "No CP options yet. Options selected for implementation are followed here, "
                    "with the savings measured afterwards."
                )
            )
            state.set_action(self.tr("Add the first option"), lambda: self.go_to("options", "add_option"))
        self.empty.show_empty(not shown)

    def _option_changed(self, option: OptionRow | None) -> None:
        self.savings.set_rows([s for s in self._savings if option is not None and s.option_id == option.id])
