"""A company: its particulars (saved when the cursor leaves a field) and its assessments."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.field_ranges import plausible
from cpdesk.core.vocabulary import CompanySize
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.models.catalogue import AssessmentModel
from cpdesk.gui.sections.base import data_label
from cpdesk.gui.widgets.entry import INVALID_STYLE, InvalidEntry, NumberEdit
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import assessments, guidance
from cpdesk.services.assessment import records as workbench_queries


class CompanyPage(QWidget):
    open_requested = Signal(str, object)
    #: The user wants a new assessment of this company (its id).
    new_assessment = Signal(object)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.company_id: uuid.UUID | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.name = QLineEdit()
        self.province = QLineEdit()
        self.address = QLineEdit()
        self.contact = QLineEdit()
        self.employees = NumberEdit(
            workbench.numbers, optional=True, integer=True, plausible=plausible(Entity.COMPANY, "employees")
        )
        self.sector = data_label()
        self.size = data_label()
        fields: list[tuple[str, QWidget, Callable[[], Any]]] = [
            ("name", self.name, self.name.text),
            ("province", self.province, self.province.text),
            ("address", self.address, self.address.text),
            ("contact", self.contact, self.contact.text),
            ("employees", self.employees, self.employees.value),
        ]
        for field, widget, read in fields:
            widget.editingFinished.connect(lambda f=field, w=widget, r=read: self._commit(f, w, r))  # type: ignore[attr-defined]
        box = QGroupBox(self.tr("Company"))
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Employees"), self.employees)
        self.model = AssessmentModel(workbench.update, workbench.numbers, workbench.lang)
        self.table = RecordTable(self.model, title=self.tr("Assessments"), can_delete=False)
        self.table.view.doubleClicked.connect(
            lambda _i: self.open_requested.emit("assessment", self.table.current_row().id)
        )
        add = QPushButton(self.tr("New assessment…"))
        add.clicked.connect(lambda: self.new_assessment.emit(self.company_id))
        self.table.add_button_widget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(box)
        layout.addWidget(self.table, 1)
        self._saved: dict[str, Any] = {}

    def open(self, company_id: uuid.UUID) -> None:
        self.company_id = company_id
        self.reload()

    def reload(self) -> None:
        if self.company_id is None:
            return
        try:
            c = workbench_queries.company_detail(self.wb.db, self.company_id)
        except CpdeskError:
            return
        self._saved = {
            "name": c.name,
            "province": c.province,
            "address": c.address,
            "contact": c.contact,
            "employees": c.employees,
        }
        self.header.setText(f"<span style='font-size:14pt; font-weight:600'>{c.name}</span>")
        for widget, text in (
            (self.name, c.name),
            (self.province, c.province),
            (self.address, c.address),
            (self.contact, c.contact),
        ):
            if not widget.hasFocus():
                widget.setText(text)
        if not self.employees.hasFocus():
            self.employees.set_value(c.employees)
        self.sector.setText(display.label("Sector", c.sector, self.wb.lang))
        self.size.setText(display.label(CompanySize, c.size, self.wb.lang) or "–")
        listed = [a for a in assessments.list_assessments(self.wb.db) if a.company_id == c.id]
        self.model.show_assessments(listed, guidance.task_counts(self.wb.db, [a.id for a in listed]))

    def _commit(self, field: str, widget: QWidget, read: Callable[[], Any]) -> None:
        if self.company_id is None:
            return
        try:
            value = read()
            if value == self._saved.get(field):
                return
            self.wb.update(Entity.COMPANY, self.company_id, {field: value})
        except (InvalidEntry, CpdeskError) as exc:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(str(exc) if isinstance(exc, InvalidEntry) else describe(exc))
            return
        widget.setStyleSheet("")
        widget.setToolTip("")
