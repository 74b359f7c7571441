"""The cases behind an option type's figures, on the centre's own installation: company,
assessment, year, option, status and money in USD, by company. A double-click (or "Open
option") opens the option in its assessment in the workbench, the dialog staying open beside
it so that one case after another can be looked at.

The list comes from :func:`cpdesk.services.reference.option_evidence.option_cases`, which
refuses on any other installation; the screens offer the dialog only where it works.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.core.option_evidence import OptionCase
from cpdesk.gui import display
from cpdesk.gui.models.option_cases import OptionCaseModel
from cpdesk.gui.widgets.record_table import RecordTable

#: Opens an option (assessment id, option id) in the workbench.
OpenOption = Callable[[uuid.UUID, uuid.UUID], None]


class OptionCasesDialog(QDialog):
    """The cases of one type (in one sector, or every sector), and the way to open one."""

    def __init__(
        self,
        cases: Sequence[OptionCase],
        *,
        type_code: str,
        type_title: str,
        sector: str | None,
        locale: str,
        lang: str,
        open_option: OpenOption | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._open_option = open_option
        self.setWindowTitle(
            QCoreApplication.translate("OptionCasesDialog", "Cases behind the figures: %1").replace("%1", type_code)
        )
        where = (
            display.label("Sector", sector, lang)
            if sector is not None
            else QCoreApplication.translate("OptionCasesDialog", "every sector")
        )
        companies = len({c.company for c in cases})
        summary = QLabel(
            QCoreApplication.translate(
                "OptionCasesDialog",
                "%1, %2: %3 cases of %4 companies. The companies' names stay at the centre: the "
                "field installations receive the figures only.",
            )
            .replace("%1", type_title)
            .replace("%2", where)
            .replace("%3", display.count(len(cases), locale))
            .replace("%4", display.count(companies, locale))
        )
        summary.setWordWrap(True)
        self.model = OptionCaseModel(None, locale, lang, "USD")
        self.table = RecordTable(self.model, can_delete=False, name="option_cases", hidden=(8,))
        self.model.set_rows(list(cases))  # after the table, which fits its columns to the rows
        # The names narrowed so that the money shows beside them; widened again on showing
        # as far as the dialog has room (the money's columns keep their width).
        header = self.table.view.horizontalHeader()
        header.setStretchLastSection(False)
        x = self.fontMetrics().horizontalAdvance("x")
        self._names = {0: 22, 1: 22, 3: 28}
        self._fitted = {column: header.sectionSize(column) for column in self._names}
        for column, chars in self._names.items():
            header.resizeSection(column, min(self._fitted[column], x * chars))
        self._widened = False
        self.open_button = QPushButton(QCoreApplication.translate("OptionCasesDialog", "Open option"))
        self.open_button.setToolTip(
            QCoreApplication.translate(
                "OptionCasesDialog", "Open the selected option in its assessment (a double-click does the same)"
            )
        )
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setVisible(open_option is not None)
        self.table.add_button_widget(self.open_button)
        self.table.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.current_changed.connect(lambda row: self.open_button.setEnabled(self._can_open(row)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.select_first()
        self.open_button.setEnabled(self._can_open(self.table.current_row()))
        self.resize(1240, 520)  # a field laptop's 1366 × 768 with room around it

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._widened:
            self._widened = True
            self.widen_names()

    def widen_names(self) -> None:
        """Give the names the room the table has beyond its columns, up to their full width."""
        header = self.table.view.horizontalHeader()
        spare = self.table.view.viewport().width() - header.length()
        for column in self._names:
            give = max(0, min(self._fitted[column] - header.sectionSize(column), spare))
            header.resizeSection(column, header.sectionSize(column) + give)
            spare -= give

    def _can_open(self, row: OptionCase | None) -> bool:
        return (
            self._open_option is not None
            and row is not None
            and row.assessment_id is not None
            and row.option_id is not None
        )

    def open_selected(self) -> None:
        """Open the selected case's option in its assessment."""
        row = self.table.current_row()
        if self._open_option is None or not self._can_open(row):
            return
        self._open_option(row.assessment_id, row.option_id)
