"""Choosing a participant by typing a name: the attendance and certificate lines of the
training records. A name not on the list is allowed, and registers a new participant."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from cpdesk.services.training.rows import ParticipantRow


class ParticipantPicker(QComboBox):
    """An editable list of the participants, completed as one types (a new name is allowed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMinimumContentsLength(14)
        self.lineEdit().setPlaceholderText(self.tr("Participant…"))
        self.setToolTip(self.tr("Type a name: a name not on the list registers a new participant"))

    def set_participants(self, people: list[ParticipantRow]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for p in people:
            shown = f"{p.name} — {p.organisation}" if p.organisation else p.name
            self.addItem(shown, p.id)
        self.setEditText(text)
        self.blockSignals(False)

    def chosen(self) -> tuple[uuid.UUID | None, str]:
        """The participant named (their id), or None and the name typed for a new one."""
        text = self.currentText().strip()
        for i in range(self.count()):
            if self.itemText(i).casefold() == text.casefold():
                return self.itemData(i), text
        for i in range(self.count()):  # the name alone, without the organisation
            if self.itemText(i).split(" — ")[0].casefold() == text.casefold():
                return self.itemData(i), text
        return None, text
