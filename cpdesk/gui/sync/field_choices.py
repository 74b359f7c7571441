"""Two versions of a record field by field, and which to keep of each: the table of the sync
conflicts screen, and of the question an edit on an older screen asks when a colleague (or an
import) changed the record meanwhile.

One widget for both, so that a person merges a colleague's change the way they merge a
bundle's: the field by its name, each version's value as every screen writes it, the version
the record shows now shaded, and a "Keep" choice per field. The callers hand the values
already written out and read the choices back; saving them is theirs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from cpdesk.gui.sync.texts import style_table

#: Background of the version the record shows now.
SHOWN = QColor("#e3f1e6")


@dataclass(frozen=True)
class FieldChoice:
    """One field as the table shows it: its code, its label, and each version's value as text."""

    field: str
    label: str
    mine: str
    theirs: str


class FieldChoices(QTableWidget):
    """Field | mine | theirs | Keep (a choice of "mine" or "theirs" per field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        style_table(
            self,
            self.headers(
                QCoreApplication.translate("ConflictsDialog", "This database (mine)"),
                QCoreApplication.translate("ConflictsDialog", "Theirs"),
            ),
        )
        header = self.horizontalHeader()
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        self._fields: list[str] = []

    @staticmethod
    def headers(mine: str, theirs: str) -> list[str]:
        return [
            QCoreApplication.translate("ConflictsDialog", "Field"),
            mine,
            theirs,
            QCoreApplication.translate("ConflictsDialog", "Keep"),
        ]

    def show_fields(
        self, rows: Sequence[FieldChoice], *, mine: str, theirs: str, shown: str, enabled: bool = True
    ) -> None:
        """Fill the table: ``mine`` and ``theirs`` head the two versions' columns, ``shown``
        ("mine" or "theirs") is the version the record holds now (shaded, and the choice each
        field starts at); ``enabled`` False shows a settled conflict."""
        self.setRowCount(0)
        self.setHorizontalHeaderLabels(self.headers(mine, theirs))
        self._fields = [row.field for row in rows]
        bold = QFont(self.font())
        bold.setBold(True)
        for row in rows:
            n = self.rowCount()
            self.insertRow(n)
            self.setItem(n, 0, QTableWidgetItem(row.label))
            for column, side, text in ((1, "mine", row.mine), (2, "theirs", row.theirs)):
                item = QTableWidgetItem(text)
                if side == shown:
                    item.setBackground(QBrush(SHOWN))
                    item.setFont(bold)
                self.setItem(n, column, item)
            choice = QComboBox()
            choice.addItem(QCoreApplication.translate("ConflictsDialog", "mine"), "mine")
            choice.addItem(QCoreApplication.translate("ConflictsDialog", "theirs"), "theirs")
            choice.setCurrentIndex(0 if shown == "mine" else 1)
            choice.setEnabled(enabled)
            self.setCellWidget(n, 3, choice)
        self.resizeRowsToContents()

    def choices(self) -> dict[str, str]:
        """Field -> "mine" or "theirs", as chosen in the Keep column."""
        chosen = {}
        for n, field in enumerate(self._fields):
            widget = self.cellWidget(n, 3)
            if isinstance(widget, QComboBox):
                chosen[field] = str(widget.currentData())
        return chosen

    def set_choice(self, field: str, side: str) -> None:
        """Choose ``side`` for ``field`` in the Keep column (the keyboard's way, and tests')."""
        for n, name in enumerate(self._fields):
            widget = self.cellWidget(n, 3)
            if name == field and isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(side))
