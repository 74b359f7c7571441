"""A programme: its companies and assessments, and its roll-up (the seed's table 2) with
the CO2 computed from the factor set beside the CO2 the programme reported."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from cpdesk.core.errors import CpdeskError
from cpdesk.core.rollup import RollUp, Totals
from cpdesk.core.rows import ProgrammeRow
from cpdesk.core.vocabulary import Carrier, OptionCategory
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.models.catalogue import (
    AssessmentModel,
    BreakdownModel,
    BreakdownRow,
    CompanyModel,
    Figure,
    FigureModel,
)
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import assessments, guidance, summary
from cpdesk.services.assessment import companies as catalogue


class ProgrammePage(QWidget):
    open_requested = Signal(str, object)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.programme: ProgrammeRow | None = None
        loc, lang = workbench.numbers, workbench.lang
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.figures = FigureModel(None, loc, lang)
        self.sectors = BreakdownModel(None, loc, lang)
        self.categories = BreakdownModel(None, loc, lang)
        self.companies = CompanyModel(workbench.update, loc, lang)
        self.assessments = AssessmentModel(workbench.update, loc, lang)
        self.note = QLabel()
        self.note.setWordWrap(True)

        rollup = QWidget()
        rollup_layout = QVBoxLayout(rollup)
        rollup_layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(RecordTable(self.figures, title=self.tr("Totals"), can_delete=False))
        breakdowns = QSplitter(Qt.Orientation.Vertical)
        breakdowns.addWidget(RecordTable(self.sectors, title=self.tr("By sector"), can_delete=False))
        breakdowns.addWidget(RecordTable(self.categories, title=self.tr("By option category"), can_delete=False))
        split.addWidget(breakdowns)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        rollup_layout.addWidget(split, 1)

        self.assessment_table = RecordTable(self.assessments, can_delete=False)
        self.assessment_table.view.doubleClicked.connect(
            lambda _i: self.open_requested.emit("assessment", self.assessment_table.current_row().id)
        )
        self.company_table = RecordTable(self.companies, can_delete=False)
        self.company_table.view.doubleClicked.connect(
            lambda _i: self.open_requested.emit("company", self.company_table.current_row().id)
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(rollup, self.tr("Roll-up"))
        self.tabs.addTab(self.assessment_table, self.tr("Assessments"))
        self.tabs.addTab(self.company_table, self.tr("Companies"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def open(self, programme_id: uuid.UUID) -> None:
        rows = [p for p in catalogue.list_programmes(self.wb.db) if p.id == programme_id]
        if not rows:
            return
        p = self.programme = rows[0]
        name = (p.name_vi or p.name) if self.wb.lang == "vi" else p.name
        facts = [f for f in (p.donor, str(p.year or "")) if f]
        self.header.setText(
            f"<span style='font-size:14pt; font-weight:600'>{p.code}: {name}</span><br>{' · '.join(facts)}"
            + (f"<br><span style='color:#495057'>{p.description}</span>" if p.description else "")
        )
        listed = assessments.list_assessments(self.wb.db, p.code)
        self.assessments.show_assessments(listed, guidance.task_counts(self.wb.db, [a.id for a in listed]))
        self.companies.set_rows(catalogue.list_companies(self.wb.db, p.code))
        try:
            result = summary.programme_summary(self.wb.db, p.code)
        except CpdeskError as exc:
            self.note.setText(self.tr("The roll-up cannot be computed: %1").replace("%1", describe(exc)))
            self.figures.set_rows([])
            return
        self._show(result)

    def _show(self, result: RollUp) -> None:
        t = result.totals
        loc, lang = self.wb.numbers, self.wb.lang
        figures = [
            Figure(self.tr("Options proposed"), t.options_proposed, count=True),
            Figure(self.tr("Options implemented"), t.options_implemented, count=True),
            Figure(self.tr("Implemented / proposed"), None, "", display.percent(t.implemented_ratio, loc, 0)),
            Figure(self.tr("Investment (implemented)"), t.investment_usd, "USD"),
            Figure(self.tr("Savings per year (implemented)"), t.annual_savings_usd, "USD"),
        ]
        for carrier, (value, unit) in sorted(t.resource_savings.items()):
            figures.append(
                Figure(self.tr("Saved per year: %1").replace("%1", display.label(Carrier, carrier, lang)), value, unit)
            )
        figures.append(Figure(self.tr("CO₂ avoided per year (computed)"), t.co2_t, "t"))
        if result.reported_co2_t is not None:
            figures.append(Figure(self.tr("CO₂ avoided per year (as reported)"), result.reported_co2_t, "t"))
        self.figures.set_rows(figures)
        self.note.setText(
            self.tr("CO₂ computed with the factor set %1 (grid year %2). Figures of implemented options.")
            .replace("%1", self.wb.factor_set_name(result.factor_set))
            .replace("%2", str(result.grid_year or "–"))
        )
        self.sectors.set_rows([self._group(display.label("Sector", k, lang), v) for k, v in result.by_sector.items()])
        self.categories.set_rows(
            [self._group(display.label(OptionCategory, k, lang), v) for k, v in result.by_category.items()]
        )

    @staticmethod
    def _group(label: str, totals: Totals) -> BreakdownRow:
        return BreakdownRow(
            label,
            totals.options_proposed,
            totals.options_implemented,
            totals.investment_usd,
            totals.annual_savings_usd,
            totals.co2_t,
        )
