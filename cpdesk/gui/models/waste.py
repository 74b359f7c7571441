"""Models of the waste streams with their costs (task 6) and their causes (task 7)."""

from __future__ import annotations

from cpdesk.core.entities import Entity
from cpdesk.core.rows import CauseRow, WasteStreamRow
from cpdesk.core.vocabulary import CauseCategory
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel

_ANY_UNIT = frozenset({"volume", "mass", "energy", "volume_flow", "mass_flow", "dimensionless"})


class WasteStreamModel(RecordTableModel[WasteStreamRow]):
    entity = Entity.WASTE_STREAM

    def make_columns(self) -> list[Column[WasteStreamRow]]:
        units = display.units_for(_ANY_UNIT)
        return [
            Column("name", self.tr("Waste stream"), lambda r: r.name),
            Column(
                "annual_quantity", self.tr("Quantity per year"), lambda r: r.annual_quantity, Kind.NUMBER, optional=True
            ),
            Column("unit", self.tr("Unit"), lambda r: r.unit, Kind.UNIT, choices=lambda r: units),
            Column(
                "loss_value_per_unit",
                self.tr("Value lost per unit, %1").replace("%1", self.currency),
                lambda r: r.loss_value_per_unit,
                Kind.MONEY,
                tip=lambda r: self.tr("What the raw material, water or energy in one unit of this waste cost"),
            ),
            Column(
                "treatment_cost_per_year",
                self.tr("Treatment per year, %1").replace("%1", self.currency),
                lambda r: r.treatment_cost_per_year,
                Kind.MONEY,
            ),
            Column(
                "",
                self.tr("Cost per year, %1").replace("%1", self.currency),
                lambda r: r.annual_cost,
                Kind.MONEY,
                editable=False,
            ),
        ]


class CauseModel(RecordTableModel[CauseRow]):
    entity = Entity.CAUSE

    def make_columns(self) -> list[Column[CauseRow]]:
        categories = display.choices(CauseCategory, self.lang)
        return [
            Column("", self.tr("Waste stream"), lambda r: r.waste_stream, editable=False),
            Column("category", self.tr("Cause"), lambda r: r.category, Kind.CHOICE, choices=lambda r: categories),
            Column("description", self.tr("Description"), lambda r: r.description),
        ]
