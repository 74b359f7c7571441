"""Models of the programme and company lists, and of the assessments within them."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from cpdesk.core.entities import Entity
from cpdesk.core.guidance import TaskCount
from cpdesk.core.rows import AssessmentRow, CompanyRow, ProgrammeRow
from cpdesk.core.vocabulary import CompanySize
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel


class ProgrammeModel(RecordTableModel[ProgrammeRow]):
    entity = Entity.PROGRAMME

    def make_columns(self) -> list[Column[ProgrammeRow]]:
        return [
            Column("", self.tr("Code"), lambda r: r.code, editable=False),
            Column(
                "name_vi" if self.lang == "vi" else "name",
                self.tr("Programme"),
                lambda r: (r.name_vi or r.name) if self.lang == "vi" else r.name,
            ),
            Column("donor", self.tr("Donor"), lambda r: r.donor),
            Column(
                "", self.tr("Year"), lambda r: r.year, Kind.INTEGER, editable=False, show=lambda r: str(r.year or "")
            ),
            Column("", self.tr("Companies"), lambda r: r.companies, Kind.INTEGER, editable=False),
            Column("", self.tr("Assessments"), lambda r: r.assessments, Kind.INTEGER, editable=False),
        ]


class CompanyModel(RecordTableModel[CompanyRow]):
    entity = Entity.COMPANY

    def make_columns(self) -> list[Column[CompanyRow]]:
        return [
            Column("name", self.tr("Company"), lambda r: r.name),
            Column("", self.tr("Sector"), lambda r: display.label("Sector", r.sector, self.lang), editable=False),
            Column("province", self.tr("Province"), lambda r: r.province),
            Column("", self.tr("Size"), lambda r: display.label(CompanySize, r.size, self.lang), editable=False),
            Column("", self.tr("Assessments"), lambda r: r.assessments, Kind.INTEGER, editable=False),
        ]


class AssessmentModel(RecordTableModel[AssessmentRow]):
    """The assessments of a programme or a company, with their tasks done as the guide and the
    workbench's header count them (marked done, and no blocking check fails)."""

    entity = Entity.ASSESSMENT
    # Per assessment, its count of tasks (replaced, never changed in place).
    _counts: Mapping[uuid.UUID, TaskCount] = MappingProxyType({})

    def show_assessments(self, rows: list[AssessmentRow], counts: Mapping[uuid.UUID, TaskCount]) -> None:
        """Show ``rows`` with their counts of tasks done (``guidance.task_counts``)."""
        self._counts = dict(counts)
        self.set_rows(rows)

    def _count(self, row: AssessmentRow) -> TaskCount:
        return self._counts.get(row.id) or TaskCount(0, row.tasks_marked_done)

    def make_columns(self) -> list[Column[AssessmentRow]]:
        return [
            Column("title", self.tr("Assessment"), lambda r: r.title),
            Column("", self.tr("Company"), lambda r: r.company, editable=False),
            Column("", self.tr("Programme"), lambda r: r.programme or "", editable=False),
            Column("", self.tr("Start"), lambda r: r.start_date, Kind.DATE, editable=False),
            Column("", self.tr("End"), lambda r: r.end_date, Kind.DATE, editable=False),
            Column(
                "",
                self.tr("Tasks done"),
                lambda r: self._count(r).done,
                Kind.INTEGER,
                editable=False,
                show=lambda r: self._count(r).text(self.lang),
            ),
        ]


@dataclass(frozen=True)
class Figure:
    """One line of a summary: what, how much, in what unit."""

    label: str
    value: float | None
    unit: str = ""
    text: str = ""  # shown instead of the value when set
    count: bool = False  # a count of items: never grouped


class FigureModel(RecordTableModel[Figure]):
    """Read-only figures (roll-ups, balance totals)."""

    def make_columns(self) -> list[Column[Figure]]:
        return [
            Column("", self.tr("Figure"), lambda f: f.label, editable=False),
            Column(
                "",
                self.tr("Value"),
                lambda f: f.value,
                Kind.NUMBER,
                editable=False,
                show=lambda f: f.text or (display.count if f.count else display.number)(f.value, self.locale),
            ),
            Column("", self.tr("Unit"), lambda f: f.unit, editable=False),
        ]


@dataclass(frozen=True)
class BreakdownRow:
    """One group of a programme's roll-up (a sector or an option category)."""

    label: str
    proposed: int
    implemented: int
    investment_usd: float
    savings_usd: float
    co2_t: float


class BreakdownModel(RecordTableModel[BreakdownRow]):
    def make_columns(self) -> list[Column[BreakdownRow]]:
        return [
            Column("", self.tr("Group"), lambda r: r.label, editable=False),
            Column("", self.tr("Options proposed"), lambda r: r.proposed, Kind.INTEGER, editable=False),
            Column("", self.tr("Implemented"), lambda r: r.implemented, Kind.INTEGER, editable=False),
            Column("", self.tr("Investment, USD"), lambda r: r.investment_usd, Kind.NUMBER, editable=False, decimals=0),
            Column("", self.tr("Savings, USD/yr"), lambda r: r.savings_usd, Kind.NUMBER, editable=False, decimals=0),
            Column("", self.tr("CO₂ avoided, t/yr"), lambda r: r.co2_t, Kind.NUMBER, editable=False, decimals=0),
        ]

    @staticmethod
    def _key(row: object) -> object:
        return getattr(row, "label", id(row))
