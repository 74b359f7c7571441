"""The cases behind one option type's figures, read-only, as the centre's installation lists
them (:func:`cpdesk.services.reference.option_evidence.option_cases`): the plant by name, its
assessment, the option and its money in USD at the assessment's rate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cpdesk.core.option_evidence import OptionCase
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel


class OptionCaseModel(RecordTableModel[OptionCase]):
    """One row per case, by company; money in USD (empty without an exchange rate)."""

    entity = None

    def make_columns(self) -> list[Column[OptionCase]]:
        return [
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Company"),
                lambda c: c.company,
                editable=False,
                tip=lambda c: c.company,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Assessment"),
                lambda c: c.assessment,
                editable=False,
                tip=lambda c: c.assessment,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Year"),
                lambda c: c.year,
                Kind.INTEGER,
                editable=False,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Option"),
                lambda c: f"{c.option_code} · {c.option_title}" if c.option_code else c.option_title,
                editable=False,
                tip=lambda c: c.option_title,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Status"),
                lambda c: display.label("OptionStatus", c.status, self.lang),
                editable=False,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Investment, USD"),
                lambda c: c.investment_usd,
                Kind.NUMBER,
                editable=False,
                decimals=0,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Savings per year, USD"),
                lambda c: c.annual_savings_usd,
                Kind.NUMBER,
                editable=False,
                decimals=0,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Payback, years"),
                lambda c: c.payback_years,
                Kind.NUMBER,
                editable=False,
                decimals=1,
            ),
            Column(
                "",
                QCoreApplication.translate("OptionCaseModel", "Sector"),
                lambda c: display.label("Sector", c.sector, self.lang),
                editable=False,
            ),
        ]

    def row_tip(self, row: OptionCase) -> str:
        if row.investment_usd is None and row.annual_savings_usd is None:
            return QCoreApplication.translate(
                "OptionCaseModel", "The assessment states no exchange rate to USD: its money is left out."
            )
        return ""

    @staticmethod
    def _key(row: Any) -> Any:
        return row.option_id if row.option_id is not None else id(row)
