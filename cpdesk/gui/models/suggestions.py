"""The suggestions of the option library for one plant (task 8), read-only: each type with
why it fits and what past cases show, after implementation included (how many plants
monitored or verified their saving, the median of the monitored over the estimated saving
and of the saving's share of the plant's annual use)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cpdesk.core.option_evidence import Spread
from cpdesk.core.option_suggestions import evidence_message, reason_message
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel
from cpdesk.services.assessment.suggestions import Suggestion


class SuggestionModel(RecordTableModel[Suggestion]):
    """Suggested option types, best first; the figures are the medians of past cases in USD."""

    entity = None

    def make_columns(self) -> list[Column[Suggestion]]:
        def median(spread: Spread | None) -> float | None:
            return spread.median if spread is not None else None

        def evidence(s: Suggestion) -> Any:
            return s.evidence

        return [
            Column("", self.tr("Code"), lambda s: s.type.code, editable=False),
            Column(
                "",
                self.tr("Option type"),
                lambda s: s.type.title.get(self.lang),
                editable=False,
                tip=lambda s: s.type.description.get(self.lang),
            ),  # fmt: skip
            Column(
                "",
                self.tr("Category"),
                lambda s: display.label(OptionCategory, s.type.category, self.lang),
                editable=False,
            ),
            Column(
                "",
                self.tr("Why"),
                lambda s: "; ".join(reason_message(r).text(self.lang) for r in s.reasons),
                editable=False,
            ),
            Column(
                "",
                self.tr("Evidence"),
                lambda s: evidence_message(evidence(s), figures=False).text(self.lang),
                editable=False,
            ),
            Column(
                "",
                self.tr("Investment, median USD"),
                lambda s: median(s.evidence.investment_usd) if s.evidence else None,
                Kind.NUMBER,
                editable=False,
                decimals=0,
            ),
            Column(
                "",
                self.tr("Savings per year, median USD"),
                lambda s: median(s.evidence.annual_savings_usd) if s.evidence else None,
                Kind.NUMBER,
                editable=False,
                decimals=0,
            ),
            Column(
                "",
                self.tr("Payback, median years"),
                lambda s: median(s.evidence.payback_years) if s.evidence else None,
                Kind.NUMBER,
                editable=False,
                decimals=1,
            ),
            Column(
                "",
                QCoreApplication.translate("SuggestionModel", "Monitored"),
                lambda s: s.evidence.monitored if s.evidence else None,
                Kind.INTEGER,
                editable=False,
                tip=lambda s: QCoreApplication.translate(
                    "SuggestionModel", "Past cases with a monitored annual saving (task 16)"
                ),
            ),
            Column(
                "",
                QCoreApplication.translate("SuggestionModel", "Verified"),
                lambda s: s.evidence.verified if s.evidence else None,
                Kind.INTEGER,
                editable=False,
                tip=lambda s: QCoreApplication.translate(
                    "SuggestionModel", "Past cases with a resource saving verified by measurement (IPMVP)"
                ),
            ),
            Column(
                "",
                QCoreApplication.translate("SuggestionModel", "Monitored ÷ estimated, median"),
                lambda s: median(s.evidence.monitored_ratio) if s.evidence else None,
                Kind.NUMBER,
                editable=False,
                decimals=2,
            ),
            Column(
                "",
                QCoreApplication.translate("SuggestionModel", "Share of the plant's use, median %"),
                lambda s: median(s.evidence.baseline_share_pct) if s.evidence else None,
                Kind.NUMBER,
                editable=False,
                decimals=1,
                tip=lambda s: QCoreApplication.translate(
                    "SuggestionModel", "The saving in per cent of the plant's annual use of that carrier"
                ),
            ),
        ]

    def row_tip(self, row: Suggestion) -> str:
        """The type's description, why it fits and its evidence in full."""
        lines = [row.type.description.get(self.lang), ""]
        lines += [reason_message(r).text(self.lang) for r in row.reasons]
        lines.append(evidence_message(row.evidence).text(self.lang))
        return "\n".join(lines)

    @staticmethod
    def _key(row: Any) -> Any:
        return row.type.code
