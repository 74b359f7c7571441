"""The database at a glance: the programmes and the companies.

A centre's database holds thousands of companies: the page lists the :data:`COMPANIES_SHOWN`
changed last (all of them on a plant's laptop), and says how many more there are and where
to find them (the navigator's search, which the database runs), so that the window opens as
soon on a centre of 5 000 assessments as on one of 100.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from cpdesk.gui import display
from cpdesk.gui.models.catalogue import CompanyModel, ProgrammeModel
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import companies as catalogue

#: Companies listed on the page at most: the ones changed last.
COMPANIES_SHOWN = 200


class HomePage(QWidget):
    """Programmes and companies; double-click opens one."""

    open_requested = Signal(str, object)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.programmes = ProgrammeModel(workbench.update, workbench.numbers, workbench.lang)
        self.companies = CompanyModel(workbench.update, workbench.numbers, workbench.lang)
        self.programme_table = RecordTable(self.programmes, title=self.tr("Programmes"), can_delete=False)
        self.company_table = RecordTable(self.companies, title=self.tr("Companies"), can_delete=False)
        self.programme_table.view.doubleClicked.connect(
            lambda index: self.open_requested.emit("programme", self.programme_table.current_row().id)
        )
        self.company_table.view.doubleClicked.connect(
            lambda index: self.open_requested.emit("company", self.company_table.current_row().id)
        )
        title = QLabel(self.tr("Cleaner Production assessments in this database"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.more_companies = QLabel()
        self.more_companies.setWordWrap(True)
        self.more_companies.setVisible(False)
        companies = QWidget()
        column = QVBoxLayout(companies)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.company_table, 1)
        column.addWidget(self.more_companies)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.programme_table)
        splitter.addWidget(companies)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        self.programmes.set_rows(catalogue.list_programmes(self.wb.db))
        shown, total = catalogue.recent_companies(self.wb.db, COMPANIES_SHOWN)
        self.companies.set_rows(shown)
        more = total > len(shown)
        if more:
            self.more_companies.setText(
                self.tr("The %1 companies changed last of %2. The navigator's search (on the left) finds any company.")
                .replace("%1", display.count(len(shown), self.wb.numbers))
                .replace("%2", display.count(total, self.wb.numbers))
            )
        self.more_companies.setVisible(more)
