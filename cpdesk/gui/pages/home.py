"""The database at a glance: the programmes and the companies."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from cpdesk.gui.models.catalogue import CompanyModel, ProgrammeModel
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import companies as catalogue


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
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.programme_table)
        splitter.addWidget(self.company_table)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        self.programmes.set_rows(catalogue.list_programmes(self.wb.db))
        self.companies.set_rows(catalogue.list_companies(self.wb.db))
