"""The calculator form's line for a power factor correction: the plant's active energy bill
a year, and the tariff's power-factor charge the correction avoids by the rule of the
assessment's factor set (:mod:`cpdesk.services.assessment.power_factor_charges`). "Use this
result" keeps the bill with the calculation, and the charge avoided becomes the option's
annual savings."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cpdesk.core.calculators.stored import Calculation
from cpdesk.core.errors import ValidationError
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.widgets.entry import InvalidEntry, NumberEdit
from cpdesk.services.assessment.power_factor_charges import POWER_FACTOR, power_factor_charge


class PowerFactorChargeBox(QWidget):
    """Shown for a power factor correction only; the charge avoided follows the bill typed."""

    def __init__(self, workbench: Any, option_id: uuid.UUID, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb, self.option_id, self.currency = workbench, option_id, currency
        self.calc: Calculation | None = None
        self.active = False
        self.bill = NumberEdit(workbench.numbers, optional=True)
        self.bill.setObjectName("calc_active_energy_bill")
        self.bill.textChanged.connect(self._show)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(
            QLabel(QCoreApplication.translate("PowerFactorChargeBox", "Active energy bill a year (without VAT)")), 0, 0
        )
        grid.addWidget(self.bill, 0, 1)
        grid.addWidget(QLabel(currency), 0, 2)
        grid.addWidget(self.answer, 1, 0, 1, 3)
        self.setVisible(False)

    def show_for(self, name: str, calc: Calculation | None) -> None:
        """Follow the form's calculator ``name`` and its result (None: the form has none)."""
        self.active = name == POWER_FACTOR
        self.setVisible(self.active)
        self.calc = calc if name == POWER_FACTOR and calc is not None and calc.calculator == name else None
        self._show()

    def bill_value(self) -> float | None:
        """The bill typed, for a power factor correction (None: none typed, or another
        calculator); InvalidEntry when it cannot be read."""
        if not self.active:
            return None
        bill = self.bill.value()
        return None if bill is None else float(bill)

    def fill(self, calc: Calculation) -> None:
        """Show the bill a kept calculation holds."""
        if calc.charge is not None:
            self.bill.set_value(calc.charge.bill)

    def _show(self, *_args: object) -> None:
        self.answer.clear()
        if self.calc is None:
            return
        try:
            bill = self.bill.value()
            if bill is None:
                self.answer.setText(
                    QCoreApplication.translate(
                        "PowerFactorChargeBox", "Type the bill to see the power-factor charge it avoids."
                    )
                )
                return
            charge = power_factor_charge(self.wb.db, self.option_id, self.calc, float(bill))
        except InvalidEntry as exc:
            self.answer.setText(html.escape(str(exc)))
            return
        except ValidationError as exc:
            self.answer.setText(html.escape(describe(exc, name_field=True)))
            return
        if charge is None:
            self.answer.setText(
                QCoreApplication.translate(
                    "PowerFactorChargeBox", "The factor set holds no power-factor rule of the tariff."
                )
            )
            return
        locale = self.wb.numbers
        text = QCoreApplication.translate(
            "PowerFactorChargeBox",
            "Power-factor charge avoided: %1 %2 a year (%3 % of the bill before, %4 % after; factor set %5, %6)",
        )
        for mark, value in (
            ("%1", f"<b>{html.escape(display.money(charge.avoided, locale, self.currency))}</b>"),
            ("%2", html.escape(self.currency)),
            ("%3", display.number(charge.share_before, locale, 2)),
            ("%4", display.number(charge.share_after, locale, 2)),
            ("%5", html.escape(charge.factor_set)),
            ("%6", html.escape(charge.source)),
        ):
            text = text.replace(mark, value)
        kept = QCoreApplication.translate(
            "PowerFactorChargeBox", "Use this result keeps it as the option's annual savings."
        )
        self.answer.setText(f"{text}<br>{html.escape(kept)}")
