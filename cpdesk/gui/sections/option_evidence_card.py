"""What the past cases of one option type show, beside the suggestions of task 8: how many
cases and companies, the share implemented, the quartiles of investment, savings and payback,
and after implementation how many plants monitored or verified their saving, how the
monitored saving compared with the estimate and what share of the plant's annual use of its
carrier the saving was (:class:`cpdesk.core.option_evidence.Evidence`).

Every figure is written in the user's number notation and every word in the interface's
language. Its button (placed by the owner) asks for the cases behind the figures; it works on the
centre's own installation only (the rule of ``cpdesk library cases``): elsewhere it stays
disabled and its tooltip says why.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from cpdesk.core.option_evidence import Evidence, Spread
from cpdesk.gui import display


class EvidenceCard(QScrollArea):
    """One type's evidence in figures, and the button to its cases (the centre's only)."""

    #: The cases behind the figures were asked for.
    cases_requested = Signal()

    def __init__(self, locale: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.lang = lang
        self.evidence: Evidence | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setToolTip(
            QCoreApplication.translate(
                "EvidenceCard",
                "Q1, median and Q3 are the first quartile, the median and the third quartile of the cases' "
                "figures; n is how many figures there are. Monitored ÷ estimated: 0.8 means the plants saved "
                "a fifth less than estimated. Share of use: the saving in per cent of the plant's annual use "
                "of that carrier, from a year of its bills or meter readings before the option.",
            )
        )
        self.cases_button = QPushButton(QCoreApplication.translate("EvidenceCard", "Cases behind these figures…"))
        self.cases_button.clicked.connect(self.cases_requested)
        self.set_centre(False)
        inside = QWidget()
        layout = QVBoxLayout(inside)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.figures)
        layout.addStretch(1)  # the button goes where its owner places it (under the list)
        self.setWidget(inside)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Narrow at a pinch (the lines wrap, the table scrolls), as wide as the quartiles'
        # table beside its names in either language when there is room.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.show_evidence(None, None)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance("x") * 46, super().sizeHint().height())

    def set_centre(self, centre: bool) -> None:
        """Offer the cases (the centre's own installation) or say why not."""
        self.centre = centre
        if centre:
            tip = QCoreApplication.translate(
                "EvidenceCard",
                "List the cases behind these figures: company, assessment, option and saving. "
                "Double-click one to open it. Only the centre's installation holds them.",
            )
        else:
            tip = QCoreApplication.translate(
                "EvidenceCard",
                "The cases behind the figures stay at the centre: this installation receives the "
                "aggregates only, without company names. The centre's own installation lists them.",
            )
        self.cases_button.setToolTip(tip)
        self._enable()

    def _enable(self) -> None:
        self.cases_button.setEnabled(self.centre and self.evidence is not None)

    def show_evidence(self, evidence: Evidence | None, plant_sector: str | None, title: str = "") -> None:
        """Show ``evidence`` (None: no case), the group of ``plant_sector`` or, where that
        sector has too few companies, of every sector; ``title`` names the type."""
        self.evidence = evidence
        self._enable()
        heading = f"<b>{escape(title)}</b><br>" if title else ""
        self.heading.setText(heading + escape(self._scope(evidence, plant_sector)))
        self.figures.setText(self._figures(evidence))

    def _scope(self, evidence: Evidence | None, plant_sector: str | None) -> str:
        if evidence is None:
            return QCoreApplication.translate("EvidenceCard", "No case of this type yet.")
        if evidence.sector is not None:
            return QCoreApplication.translate("EvidenceCard", "Past cases in the %1 sector").replace(
                "%1", display.label("Sector", evidence.sector, self.lang)
            )
        if plant_sector:
            return QCoreApplication.translate(
                "EvidenceCard", "Past cases in every sector (too few companies in the %1 sector)"
            ).replace("%1", display.label("Sector", plant_sector, self.lang))
        return QCoreApplication.translate("EvidenceCard", "Past cases in every sector")

    def _figures(self, e: Evidence | None) -> str:
        if e is None:
            return ""
        if e.few_cases:
            return escape(
                QCoreApplication.translate("EvidenceCard", "Few cases: fewer than 3 companies, so no figure is shown.")
            )
        n = self._count
        lines = [
            QCoreApplication.translate("EvidenceCard", "%1 cases of %2 companies, %3 % implemented.")
            .replace("%1", n(e.cases))
            .replace("%2", n(e.companies))
            .replace("%3", display.number(100 * (e.implementation_rate or 0.0), self.locale, 0))
        ]
        if e.without_rate:
            lines.append(
                QCoreApplication.translate(
                    "EvidenceCard", "%1 cases in VND without an exchange rate are left out of the USD figures."
                ).replace("%1", n(e.without_rate))
            )
        rows = [
            (QCoreApplication.translate("EvidenceCard", "Investment, USD"), e.investment_usd, 0),
            (QCoreApplication.translate("EvidenceCard", "Savings per year, USD"), e.annual_savings_usd, 0),
            (QCoreApplication.translate("EvidenceCard", "Payback, years"), e.payback_years, 1),
        ]
        after = [
            (QCoreApplication.translate("EvidenceCard", "Monitored ÷ estimated saving"), e.monitored_ratio, 2),
            (
                QCoreApplication.translate("EvidenceCard", "Saving, % of the plant's annual use"),
                e.baseline_share_pct,
                1,
            ),
        ]
        html = "<p>" + "<br>".join(escape(line) for line in lines) + "</p>" + self._table(rows)
        html += "<p><b>" + escape(QCoreApplication.translate("EvidenceCard", "After implementation")) + "</b><br>"
        if e.monitored is None or e.verified is None:
            html += escape(
                QCoreApplication.translate(
                    "EvidenceCard",
                    "Not counted: the centre's pack was built before monitored and verified savings were.",
                )
            )
            return html + "</p>"
        html += escape(
            QCoreApplication.translate("EvidenceCard", "%1 monitored (task 16), %2 verified by measurement.")
            .replace("%1", n(e.monitored))
            .replace("%2", n(e.verified))
        )
        return html + "</p>" + self._table(after)

    def _count(self, value: int | None) -> str:
        return display.count(value, self.locale) or "0"

    def _table(self, rows: list[tuple[str, Spread | None, int]]) -> str:
        """A small table of quartiles: a row per figure, "–" where no case gives one."""
        head = [
            "",
            QCoreApplication.translate("EvidenceCard", "Q1"),
            QCoreApplication.translate("EvidenceCard", "median"),
            QCoreApplication.translate("EvidenceCard", "Q3"),
            QCoreApplication.translate("EvidenceCard", "n"),
        ]
        out = ['<table cellspacing="0" cellpadding="2">', "<tr>"]
        out += [f'<th align="{"left" if i == 0 else "right"}">{escape(h)}</th>' for i, h in enumerate(head)]
        out.append("</tr>")
        for name, spread, decimals in rows:
            if spread is None:
                cells = ["–", "–", "–", "0"]
            else:
                cells = [display.number(v, self.locale, decimals) for v in (spread.q1, spread.median, spread.q3)]
                cells.append(self._count(spread.count))
            out.append(f"<tr><td>{escape(name)}</td>")
            out += [f'<td align="right">{escape(c)}</td>' for c in cells]
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)
