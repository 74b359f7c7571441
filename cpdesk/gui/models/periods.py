"""The table of an assessment's period readings (a month's bill, a month's output): each
figure typed in the user's notation, each edit an undoable update of the one edit path."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cpdesk.core.entities import Entity
from cpdesk.core.mv.periods import variable_label
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel
from cpdesk.services.assessment.periods import PeriodRow


def variable_text(variable: str, lang: str) -> str:
    """A variable as the screens name it: a carrier by its label, a driver cpdesk knows by
    name in the interface language, any other driver as typed."""
    return variable_label(variable, lang)


class PeriodModel(RecordTableModel[PeriodRow]):
    """Variable, first and last day, days, value, unit and source of each reading."""

    entity = Entity.PERIOD_READING

    def make_columns(self) -> list[Column[PeriodRow]]:
        return [
            Column(
                "",
                QCoreApplication.translate("PeriodModel", "Variable"),
                lambda r: r.variable,
                show=lambda r: variable_text(r.variable, self.lang),
                editable=False,
            ),
            Column(
                "period_start", QCoreApplication.translate("PeriodModel", "From"), lambda r: r.period_start, Kind.DATE
            ),
            Column("period_end", QCoreApplication.translate("PeriodModel", "To"), lambda r: r.period_end, Kind.DATE),
            Column(
                "", QCoreApplication.translate("PeriodModel", "Days"), lambda r: r.days, Kind.INTEGER, editable=False
            ),
            Column("value", QCoreApplication.translate("PeriodModel", "Value"), lambda r: r.value, Kind.NUMBER),
            # typed as text: a driver's unit may be one cpdesk does not know ("pcs"), which
            # the service keeps as typed; a carrier's is checked there
            Column(
                "unit",
                QCoreApplication.translate("PeriodModel", "Unit"),
                lambda r: r.unit,
                show=lambda r: display.unit(r.unit, self.lang),
            ),
            Column("source", QCoreApplication.translate("PeriodModel", "Source"), lambda r: r.source),
        ]
