"""Choosing an option's type in the option library, by typing without accents.

"thu hoi nuoc ngung" finds "Thu hồi nước ngưng về lò hơi", "air leak" the compressed-air
leaks, "stm.trap" the types whose code starts so (:func:`cpdesk.core.option_search.search`).
The list starts with the plant's sector's types and the utilities every plant has; "All
sectors" widens it. OK links the chosen type, "No type" clears the link.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.option_search import search
from cpdesk.core.reference.option_types import option_library
from cpdesk.gui import display

#: The code given back by "No type": the link is cleared.
NO_TYPE = ""


class OptionTypeDialog(QDialog):
    """Search the option library and choose one type (or none)."""

    def __init__(self, lang: str, sector: str | None, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Option type"))
        self.lang = lang
        self.sector = sector
        self.chosen: str | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search the option library (no accents needed)…"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.refresh)
        self.every_sector = QCheckBox(self.tr("All sectors"))
        self.every_sector.setChecked(sector is None)
        self.every_sector.setEnabled(sector is not None)
        self.every_sector.toggled.connect(self.refresh)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.count = QLabel()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.results.currentItemChanged.connect(self._show_description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = buttons.addButton(self.tr("No type"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.every_sector)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.description)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.refresh()
        if current:
            self._select(current)
        self.query.setFocus()

    def refresh(self) -> None:
        """List the types that match what is typed, best first."""
        library = option_library()
        sector = None if self.every_sector.isChecked() else self.sector
        try:
            found = search(library, self.query.text(), sector=sector)
        except ValueError:  # a company's sector the catalogue lacks: search every sector
            found = search(library, self.query.text())
        self.results.clear()
        for f in found:
            category = display.label("OptionCategory", f.type.category.value, self.lang)
            item = QListWidgetItem(f"{f.type.code}  {f.type.title.get(self.lang)}  ({category})")
            item.setData(Qt.ItemDataRole.UserRole, f.type.code)
            item.setToolTip(f.type.description.get(self.lang))
            self.results.addItem(item)
        self.count.setText(self.tr("%1 types").replace("%1", display.count(len(found), self.lang)))
        if found:
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = str(item.data(Qt.ItemDataRole.UserRole))
        super().accept()

    def _clear(self) -> None:
        self.chosen = NO_TYPE
        super().accept()

    def _select(self, code: str) -> None:
        for i in range(self.results.count()):
            if self.results.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.results.setCurrentRow(i)
                return

    def _show_description(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.description.setText(current.toolTip() if current is not None else "")
