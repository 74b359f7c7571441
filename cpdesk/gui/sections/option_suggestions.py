"""The options section's "Suggestions" panel: the option library's types that fit this plant
(task 8), each with why and what past cases show, and the action that adds one as an option.

The list comes from :func:`cpdesk.services.assessment.suggestions.suggest` and is read again
only when something it depends on changed (the flow chart, the waste streams, the readings,
the options): the section marks it stale and it reloads when next shown. An option added
from here is a creation through the editor, so Ctrl+Z takes it back; its figures are the
library's medians, which its technical notes call a starting estimate.

Beside the list, the selected type's evidence in figures
(:class:`~cpdesk.gui.sections.option_evidence_card.EvidenceCard`), after implementation
included; on the centre's own installation its button lists the cases behind the figures
(:class:`~cpdesk.gui.dialogs.option_cases_dialog.OptionCasesDialog`), from which an option
opens in its assessment.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui import display
from cpdesk.gui.dialogs.option_cases_dialog import OptionCasesDialog
from cpdesk.gui.errors import show_error
from cpdesk.gui.models.suggestions import SuggestionModel
from cpdesk.gui.navigator import ASSESSMENT
from cpdesk.gui.sections.option_evidence_card import EvidenceCard
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.services.assessment import suggestions
from cpdesk.services.reference import option_evidence

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
        if self.table.title is not None:  # on two lines at a pinch: the figures beside need the room
            self.table.title.setWordWrap(True)
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
        self.table.current_changed.connect(self._current_changed)
        self.card = EvidenceCard(section.locale, section.lang)
        self.card.cases_requested.connect(self.show_cases)
        self.cases_dialog: OptionCasesDialog | None = None
        self.sector: str | None = None
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.card)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        self._split_sized = False
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #495057;")
        bar = QHBoxLayout()
        bar.addWidget(self.source, 1)
        bar.addWidget(self.card.cases_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(bar)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._split_sized:
            self._split_sized = True
            QTimer.singleShot(0, self._size_split)  # once the tab is laid out at its width

    def _size_split(self) -> None:
        """The figures as wide as they read best, up to half the tab; the list the rest."""
        width = sum(self.split.sizes())
        card = min(self.card.sizeHint().width(), width // 2)
        self.split.setSizes([width - card, card])

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
        self.sector = found.sector
        self.card.set_centre(option_evidence.cases_available(self.section.wb.db))
        self.model.set_rows(list(found.items))
        self.source.setText(self._source_text(found))
        self.table.select_first()
        self.add_button.setEnabled(bool(found.items))
        self._current_changed(self.table.current_row())

    def _current_changed(self, row: suggestions.Suggestion | None) -> None:
        self.add_button.setEnabled(row is not None)
        if row is None:
            self.card.show_evidence(None, self.sector)
            self.card.setEnabled(False)
            return
        self.card.setEnabled(True)
        self.card.show_evidence(row.evidence, self.sector, row.type.title.get(self.section.lang))

    def show_cases(self) -> OptionCasesDialog | None:
        """List the cases behind the selected type's figures (the centre's installation)."""
        row = self.table.current_row()
        if row is None or row.evidence is None:
            return None
        sector = row.evidence.sector
        try:
            cases = option_evidence.option_cases(self.section.wb.db, row.type.code, sector=sector)
        except CpdeskError as exc:
            show_error(self, exc)
            return None
        window = self.window()
        opener = getattr(window, "open_item", None)
        if self.cases_dialog is not None:
            self.cases_dialog.close()
        dialog = OptionCasesDialog(
            cases,
            type_code=row.type.code,
            type_title=row.type.title.get(self.section.lang),
            sector=sector,
            locale=self.section.locale,
            lang=self.section.lang,
            open_option=(lambda a, o: open_option(window, a, o)) if callable(opener) else None,
            parent=window,  # it outlives this panel when another assessment opens
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_gone)
        self.cases_dialog = dialog
        dialog.show()
        return dialog

    def _dialog_gone(self) -> None:
        self.cases_dialog = None

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


def open_option(window: Any, assessment_id: uuid.UUID, option_id: uuid.UUID) -> None:
    """Open ``option_id`` in its assessment's options section in the main window."""
    window.open_item(ASSESSMENT, assessment_id)
    section = window.show_section("options")
    if section is not None:
        section.table.select(option_id)
