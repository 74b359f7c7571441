"""A new assessment: of a company already in the database or of a new one."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import reference
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.field_ranges import plausible
from cpdesk.core.rows import AssessmentRow
from cpdesk.gui.errors import describe
from cpdesk.gui.widgets.entry import DateEdit, InvalidEntry, NumberEdit, find_data
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue

NEW_COMPANY = "new"


class NewAssessmentDialog(QDialog):
    """Creates the assessment (and the company, if new) as one undoable step on OK."""

    def __init__(self, workbench: Workbench, company_id: uuid.UUID | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.wb = workbench
        self.created: AssessmentRow | None = None
        self.setWindowTitle(self.tr("New assessment"))
        lang = workbench.lang
        self.company = QComboBox()
        self.company.addItem(self.tr("A new company…"), NEW_COMPANY)
        for c in catalogue.list_companies(workbench.db):
            self.company.addItem(c.name, c.id)
        if company_id is not None:
            self.company.setCurrentIndex(max(0, find_data(self.company, company_id)))
        self.company_name = QLineEdit()
        self.sector = QComboBox()
        for s in reference.sectors():
            prefix = "    " if s.parent else ""
            self.sector.addItem(prefix + s.label.get(lang), s.code)
        self.province = QLineEdit()
        self.programme = QComboBox()
        self.programme.addItem(self.tr("(no programme)"), None)
        for p in catalogue.list_programmes(workbench.db):
            self.programme.addItem(f"{p.code}: {(p.name_vi or p.name) if lang == 'vi' else p.name}", p.code)
        self.title_edit = QLineEdit(self.tr("CP assessment %1").replace("%1", str(date.today().year)))
        self.start = DateEdit(lang=lang, field=self.tr("Start date"))
        self.start.set_value(date.today())
        self.currency = QComboBox()
        self.currency.addItems(list(assessments.CURRENCIES))
        self.rate = NumberEdit(
            workbench.numbers, optional=True, plausible=plausible(Entity.ASSESSMENT, "exchange_rate")
        )
        self.rate.setPlaceholderText("25.000" if workbench.numbers == "vi" else "25,000")
        self.currency.currentTextChanged.connect(lambda c: self.rate.setEnabled(c == "VND"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #842029;")

        form = QFormLayout()
        form.addRow(self.tr("Company"), self.company)
        self._new_rows = [
            (self.tr("Company name"), self.company_name),
            (self.tr("Sector"), self.sector),
            (self.tr("Province"), self.province),
        ]
        for label, widget in self._new_rows:
            form.addRow(label, widget)
        self.form = form
        form.addRow(self.tr("Programme"), self.programme)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow(self.tr("VND per USD"), self.rate)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.company.currentIndexChanged.connect(self._company_changed)
        self._company_changed()
        self.resize(520, self.sizeHint().height())

    def _company_changed(self, _index: int = 0) -> None:
        new = self.company.currentData() == NEW_COMPANY
        for _label, widget in self._new_rows:
            self.form.setRowVisible(widget, new)

    def accept(self) -> None:
        """Create the records; stay open with the reason when something is wrong."""
        try:
            self.created = self.create()
        except (CpdeskError, InvalidEntry) as exc:
            self.error.setText(str(exc) if isinstance(exc, InvalidEntry) else describe(exc))
            return
        super().accept()

    def create(self) -> AssessmentRow:
        rate = self.rate.value() if self.currency.currentText() == "VND" else None
        start = self.start.value()
        wb = self.wb
        new_company = self.company.currentData() == NEW_COMPANY

        def make() -> list[Any]:
            made: list[Any] = []
            if new_company:
                company = catalogue.create_company(
                    wb.db,
                    name=self.company_name.text(),
                    sector=self.sector.currentData(),
                    province=self.province.text(),
                )
                made.append(company)
                company_id = company.id
            else:
                company_id = self.company.currentData()
            made.append(
                assessments.create_assessment(
                    wb.db,
                    company_id=company_id,
                    title=self.title_edit.text(),
                    programme_code=self.programme.currentData(),
                    start_date=start,
                    currency=self.currency.currentText(),
                    exchange_rate=rate,
                    factor_set_code=wb.prefs.factor_set or None,
                )
            )
            return made

        kinds = [Entity.COMPANY, Entity.ASSESSMENT] if new_company else [Entity.ASSESSMENT]
        rows = wb.create(kinds, make, self.tr("New assessment"))
        return rows[-1]
