"""The options section's "Suggestions" panel: the option library's types that fit this plant
(task 8), each with why and what past cases show, and the action that adds one as an option.

The list comes from :func:`cpdesk.services.assessment.suggestions.suggest` and is read again
only when something it depends on changed (the flow chart, the waste streams, the readings,
the options): the section marks it stale and it reloads when next shown. An option added
from here is a creation through the editor, so Ctrl+Z takes it back; its figures are the
library's medians, which its technical notes call a starting estimate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.core.entities import Change, Entity
from cpdesk.gui import display
from cpdesk.gui.models.suggestions import SuggestionModel
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.services.assessment import suggestions

#: The kinds of record whose changes may change the suggestions.
DEPENDS = frozenset(
    {Entity.OPTION, Entity.PROCESS_STEP, Entity.STREAM, Entity.MEASUREMENT, Entity.WASTE_STREAM, Entity.ASSESSMENT}
)
#: How many suggestions the panel lists.
SHOWN = 40


class SuggestionsPanel(QWidget):
    """Suggested option types with their evidence, and "Add as option"."""

    def __init__(self, section: Any, add: Callable[[str], None]) -> None:
        super().__init__()
        self.section = section
        self._add = add
        self.stale = True
        self.model = SuggestionModel(None, section.locale, section.lang, "USD")
        self.table = RecordTable(
            self.model,
            title=self.tr("Suggestions from the option library"),
            can_delete=False,
            name="option_suggestions",
            first=(0, 1, 4, 3),  # the type, its evidence and why it fits
            hidden=(2,),  # the category: in the header's column chooser
        )
        self.add_button = QPushButton(self.tr("Add as option"))
        self.add_button.setToolTip(
            self.tr(
                "Add the selected type as an option of this assessment, linked to it; its figures are "
                "the library's medians, a starting estimate to replace with this plant's."
            )
        )
        self.add_button.clicked.connect(self.add_selected)
        self.table.add_button_widget(self.add_button)
        self.table.view.doubleClicked.connect(lambda _index: self.add_selected())
        self.table.current_changed.connect(lambda row: self.add_button.setEnabled(row is not None))
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #495057;")
        bar = QHBoxLayout()
        bar.addWidget(self.source, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)

    def on_changed(self, change: Change) -> None:
        """Mark the list to be read again if ``change`` may change it."""
        if change.touches(*DEPENDS):
            self.stale = True

    def reload(self) -> None:
        """Read the suggestions again if something they depend on changed."""
        if not self.stale:
            return
        self.stale = False
        found = suggestions.suggest(self.section.wb.db, self.section.assessment_id, limit=SHOWN)
        self.model.set_rows(list(found.items))
        self.source.setText(self._source_text(found))
        self.table.select_first()
        self.add_button.setEnabled(bool(found.items))

    def _source_text(self, found: suggestions.Suggestions) -> str:
        sector = display.label("Sector", found.sector, self.section.lang)
        if found.evidence_source == "pack":
            where = self.tr("Evidence from the centre's reference-data pack of %1.").replace(
                "%1", found.evidence_built or "?"
            )
        else:
            where = self.tr("Evidence from the options of every assessment in this database.")
        return (
            self.tr("Types that fit a plant of the %1 sector, its flow chart and its largest losses; ").replace(
                "%1", sector
            )
            + where
            + " "
            + self.tr("No figure is drawn from fewer than 3 companies (“few cases”).")
        )

    def add_selected(self) -> None:
        row = self.table.current_row()
        if row is None:
            self.section.status(self.tr("Select a suggestion first."))
            return
        self._add(row.type.code)
