"""An option's main fields in one form: code, title, category, investment, annual savings and
description, with its history one click away.

The form remembers the option's version when it opens. The person may keep it open as long as
they like (no transaction is open meanwhile: it reads, then writes only when accepted); if a
colleague or an import changed the option in the meantime, accepting goes through the same
question as any edit (reload, mine anyway, or merge field by field), because the edit carries
the version the form showed. Only the fields the person changed are written.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.rows import OptionRow
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.widgets.entry import InvalidEntry, NumberEdit
from cpdesk.services import editing


class OptionDialog(QDialog):
    """Edit one option; OK saves the fields changed as one undoable edit."""

    def __init__(
        self, workbench: Any, option: OptionRow, currency: str, parent: QWidget | None = None, sector: str | None = None
    ) -> None:
        """``sector``: the plant's, whose types the choice of the option's type lists first."""
        super().__init__(parent)
        self.wb = workbench
        self.option = option
        self.sector = sector
        self.setObjectName("OptionDialog")
        self.setWindowTitle(self.tr("Option %1").replace("%1", f"{option.code} {option.title}".strip()))
        #: The option's version as the form shows it (see the module's doc).
        self.seen = editing.record_version(workbench.db, Entity.OPTION, option.id)
        locale = workbench.numbers
        self.code = QLineEdit(option.code)
        self.title = QLineEdit(option.title)
        self.category = QComboBox()
        for code, label in display.choices(OptionCategory, workbench.lang):
            self.category.addItem(label, code)
        self.category.setCurrentIndex(max(self.category.findData(option.category.value), 0))
        self.investment = NumberEdit(locale)
        self.investment.set_value(option.investment)
        self.savings = NumberEdit(locale)
        self.savings.set_value(option.annual_savings)
        self.type_code = option.type_code
        self.type_button = QPushButton()
        self.type_button.setToolTip(self.tr("Choose the option library's type (search without accents)"))
        self.type_button.clicked.connect(self.choose_type)
        self._show_type()
        self.description = QPlainTextEdit(option.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("C&ategory"), self.category)
        form.addRow(self.tr("Option t&ype"), self.type_button)
        form.addRow(self.tr("&Investment, %1").replace("%1", currency), self.investment)
        form.addRow(self.tr("Annual &savings, %1").replace("%1", currency), self.savings)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.history_button = QPushButton(self.tr("History…"))
        buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button.clicked.connect(self.show_history)
        self.calculate_button = QPushButton(self.tr("Calculate saving…"))
        buttons.addButton(self.calculate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.calculate_button.clicked.connect(self.calculate)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def changes(self) -> dict[str, Any]:
        """The fields the person changed, with their new values. Raises InvalidEntry for a number
        that cannot be read."""
        new: dict[str, Any] = {
            "code": self.code.text().strip(),
            "title": self.title.text().strip(),
            "category": self.category.currentData(),
            "investment": self.investment.value() or 0.0,
            "annual_savings": self.savings.value() or 0.0,
            "description": self.description.toPlainText().strip(),
            "type_code": self.type_code or None,
        }
        old = {
            "code": self.option.code,
            "title": self.option.title,
            "category": self.option.category.value,
            "investment": self.option.investment,
            "annual_savings": self.option.annual_savings,
            "description": self.option.description,
            "type_code": self.option.type_code,
        }
        return {name: value for name, value in new.items() if value != old[name]}

    def accept(self) -> None:
        """Save what changed (refused: the form stays open and says why)."""
        try:
            values = self.changes()
        except InvalidEntry as exc:
            self.message.setText(str(exc))
            return
        if values:
            text = self.tr("Edit option %1").replace("%1", self.option.code or self.option.title)
            try:
                self.wb.update(Entity.OPTION, self.option.id, values, text, seen=self.seen)
            except CpdeskError as exc:
                self.message.setText(describe(exc, name_field=True))
                return
        super().accept()

    def choose_type(self) -> None:
        """Search the option library for the option's type; "No type" clears it."""
        from cpdesk.gui.dialogs.option_type_dialog import OptionTypeDialog

        dialog = OptionTypeDialog(self.wb.lang, self.sector, self.type_code, self)
        if dialog.exec() and dialog.chosen is not None:
            self.type_code = dialog.chosen or None
            self._show_type()

    def _show_type(self) -> None:
        from cpdesk.services.assessment.options import type_title

        if not self.type_code:
            self.type_button.setText(self.tr("None: choose…"))
            return
        title = type_title(self.type_code, self.wb.lang)
        unknown = self.tr("unknown type")
        self.type_button.setText(f"{self.type_code} · {title if title is not None else unknown}")

    def calculate(self) -> None:
        """The option's savings calculator; a result kept shows here as the annual savings."""
        from cpdesk.gui.sections.calculator_dialog import open_calculator

        open_calculator(self.wb, self.option.id, self, self._calculated)

    def _calculated(self) -> None:
        from cpdesk.services.assessment import calculations

        kept = calculations.option_calculation(self.wb.db, self.option.id)
        savings = kept.current.annual_savings if kept.current is not None else None
        if savings is not None and kept.savings_basis == "calculated":
            self.savings.set_value(savings)  # as the field reads it back: unchanged for changes()
            self.option = dataclasses.replace(self.option, annual_savings=self.savings.value() or 0.0)
        self.seen = editing.record_version(self.wb.db, Entity.OPTION, self.option.id)

    def show_history(self) -> None:
        """The option's last changes, in a window of their own."""
        from cpdesk.gui.record_history import show_history

        show_history(self.wb, Entity.OPTION, self.option.id, self)
