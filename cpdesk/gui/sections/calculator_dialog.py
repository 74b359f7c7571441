"""The savings calculator of an option: a form per calculator, the result as one types, and
"Use this result" to keep it with the option.

The calculators offered are the option's (its library type's, then its category's; the
others follow). Each input is typed in the user's notation (:class:`NumberEdit`) with its unit
chosen or typed beside it, or taken from the assessment (its operating hours, a stream's
pressure or temperature, a reading, a fuel's calorific value): then it follows the assessment
and is recomputed when that figure changes. The result is recomputed from the core's
functions at every keystroke, with no database read; an impossible input is named in red
under the result. "Use this result" reads the assessment's figures once more and keeps the
calculation through the workbench's editor, so Ctrl+Z takes it back. The form fits a
1366×768 screen with the longest calculator (the pump's sixteen inputs) without scrolling.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.calculators.catalogue import calculator
from cpdesk.core.calculators.choice import FUEL, SAVING_OUTPUTS
from cpdesk.core.calculators.inputs import Input, read_inputs, to_unit
from cpdesk.core.calculators.stored import TYPED, Calculation, GivenInput, compute
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.messages import render
from cpdesk.core.numbers import format_significant
from cpdesk.core.units import STANDARD_ATMOSPHERE_BAR, UnitError, absolute_pressure
from cpdesk.core.vocabulary import FUELS
from cpdesk.gui import display
from cpdesk.gui.errors import describe, entry_problem
from cpdesk.gui.plots.calculator import CalculatorPlot
from cpdesk.gui.sections.duty_series import DutySeries
from cpdesk.gui.sections.power_factor_charge_box import PowerFactorChargeBox
from cpdesk.gui.widgets.entry import INVALID_STYLE, InvalidEntry, NumberEdit, UnitCombo
from cpdesk.services.assessment import calculations

#: The units offered for an input, by the unit its calculation takes (any other may be typed).
UNIT_CHOICES: dict[str, tuple[str, ...]] = {
    "bar": ("bar(g)", "bar(a)", "psi(g)", "kPa(g)", "MPa(g)", "kgf/cm²(g)"),
    "millimeter": ("mm", "cm", "in", "m"),
    "meter": ("m", "mm", "ft"),
    "kelvin": ("°C", "K", "°F"),
    "kilowatt": ("kW", "W", "hp", "MW"),
    "meter ** 3 / minute": ("m³/min", "m³/h", "cfm", "L/s"),
    "meter ** 3 / hour": ("m³/h", "m³/min", "L/s", "L/min"),
    "kilojoule / kilogram": ("kJ/kg", "MJ/kg", "GJ/t", "kcal/kg"),
    "watt / meter / kelvin": ("W/(m·K)",),
    "meter / second": ("m/s", "km/h"),
    "volt": ("V", "kV"),
    "ampere": ("A",),
    "watt": ("W", "kW"),
    "kilogram / meter ** 3": ("kg/m³", "t/m³"),
    "minute": ("min", "s", "h"),
    "meter ** 3": ("m³", "L", "gal"),
    "percent": ("%",),
    "dimensionless": ("1",),
    "hour": ("h", "h/day", "%"),
    "kilogram / hour": ("kg/h", "t/h", "lb/h"),
}


class CalcUnitCombo(UnitCombo):
    """A unit of one calculator input: any spelling the calculation can read is accepted
    (mm, in, cfm, psi(g) ...), not only the units cpdesk stores."""

    def __init__(self, spec: Input, parent: QWidget | None = None) -> None:
        self.spec = spec
        super().__init__(UNIT_CHOICES.get(spec.unit, (spec.shown,)), parent)
        self.setEditText(spec.shown)

    def value(self) -> str:
        text = self.currentText().strip()
        try:
            if self.spec.kind == "pressure":
                absolute_pressure(1.0, text, atmosphere_bar=STANDARD_ATMOSPHERE_BAR)
            elif self.spec.kind != "hours":
                to_unit(self.spec.name, 1.0, text, self.spec.unit)
        except (UnitError, ValidationError):
            raise InvalidEntry(entry_problem("unknown_unit", text)) from None
        return text


class InputRow:
    """One input: its label, number, unit and (when the assessment has figures) source."""

    def __init__(self, spec: Input, locale: str, lang: str, sources: tuple[calculations.SourceChoice, ...]) -> None:
        self.spec = spec
        self.locale = locale
        self.label = QLabel(display.label("Field", f"calculator.{spec.name}", lang))
        self.number = NumberEdit(locale, optional=True)
        self.number.setObjectName(f"calc_{spec.name}")
        self.unit = CalcUnitCombo(spec)
        self.unit.setMinimumContentsLength(7)
        if spec.default is not None:
            self.number.set_value(spec.default)
        elif spec.optional:
            self.number.setPlaceholderText("–")
        self.sources = {choice.key: choice for choice in sources}
        self.source = QComboBox()
        self.source.addItem(QCoreApplication.translate("CalculatorDialog", "typed"), TYPED)
        for choice in sources:
            self.source.addItem(render(choice.label, lang), choice.key)
        self.source.setVisible(bool(sources))
        self.source.setMaximumWidth(260)
        self.source.currentIndexChanged.connect(self._source_chosen)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.label, self.number, self.unit, self.source

    def _source_chosen(self, _index: int = 0) -> None:
        choice = self.sources.get(self.source.currentData())
        follows = choice is not None
        self.source.setToolTip(self.source.currentText())
        if choice is not None:
            self.number.set_value(choice.value)
            self.unit.setEditText(choice.unit)
        self.number.setReadOnly(follows)
        self.unit.setEnabled(not follows)

    def choose(self, key: str) -> None:
        """Take the input from the assessment's figure ``key`` (typed if it has none)."""
        self.source.setCurrentIndex(max(self.source.findData(key), 0))

    def given(self) -> GivenInput | None:
        """The input as given; None when empty; InvalidEntry naming the field otherwise."""
        try:
            value = self.number.value()
            unit = self.unit.value()
        except InvalidEntry as exc:
            raise InvalidEntry(f"{self.label.text()}: {exc}") from None
        if value is None:
            return None
        return GivenInput(float(value), unit, self.source.currentData())

    def mark(self, wrong: bool) -> None:
        self.number.setStyleSheet(INVALID_STYLE if wrong else "")


class CalculatorDialog(QDialog):
    """The calculator form of one option; "Use this result" keeps the calculation."""

    def __init__(self, workbench: Any, option_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.lang, self.locale = workbench.lang, workbench.numbers
        self.about = calculations.option_calculation(workbench.db, option_id)
        self.setObjectName("CalculatorDialog")
        self.setWindowTitle(
            self.tr("Calculate saving: %1").replace("%1", f"{self.about.code} {self.about.title}".strip())
        )
        self.result: Calculation | None = None
        self.rows: dict[str, InputRow] = {}
        self.chooser = QComboBox()
        for name in self.about.calculators:
            mark = "★ " if name in self.about.suggested else ""
            self.chooser.addItem(mark + display.label("Calculator", name, self.lang), name)
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setStyleSheet("color: #495057;")
        self.grid_host = QWidget()
        self.fuel = QComboBox()
        self.fuel.addItem("–", None)
        for fuel in sorted(FUELS, key=lambda f: display.label("Carrier", f.value, self.lang)):
            self.fuel.addItem(display.label("Carrier", fuel.value, self.lang), fuel.value)
        self.price = NumberEdit(self.locale, optional=True)
        self.price.setObjectName("calc_price")
        self.price_unit = QLabel()
        #: typed, or a waste stream's value lost per unit of the saving (offered per its unit)
        self.price_source = QComboBox()
        self.price_source.setMaximumWidth(260)
        self._priced_unit: tuple[str, str] | None = None
        self.outputs = QLabel()
        self.outputs.setWordWrap(True)
        self.outputs.setTextFormat(Qt.TextFormat.RichText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #842029;")
        self.plot = CalculatorPlot(locale=self.locale)
        self.plot.setMinimumSize(360, 240)
        self.duty = DutySeries(self.plot, workbench.db)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = self.buttons.addButton(self.tr("Use this result"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.clicked.connect(self.use_result)
        self.buttons.rejected.connect(self.reject)
        self.pf_charge = PowerFactorChargeBox(workbench, option_id, self.about.currency)
        self._layout()
        self.chooser.currentIndexChanged.connect(self._calculator_chosen)
        self.fuel.currentIndexChanged.connect(self._fuel_chosen)
        self.price.textChanged.connect(self.recompute)
        self.price_source.currentIndexChanged.connect(self._price_source_chosen)
        current = self.about.current
        start = current.calculator if current is not None else self.about.calculators[0]
        self.chooser.setCurrentIndex(max(self.chooser.findData(start), 0))
        self._calculator_chosen()
        if current is not None:
            self._fill(current)
        self.resize(1180, 660)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Calculator")))
        top.addWidget(self.chooser, 1)
        left = QVBoxLayout()
        left.addWidget(self.method)
        left.addWidget(self.grid_host)
        pricing = QGridLayout()
        pricing.addWidget(QLabel(self.tr("Boiler fuel")), 0, 0)
        pricing.addWidget(self.fuel, 0, 1, 1, 2)
        pricing.addWidget(QLabel(self.tr("Price of the saving")), 1, 0)
        pricing.addWidget(self.price, 1, 1)
        pricing.addWidget(self.price_unit, 1, 2)
        pricing.addWidget(self.price_source, 1, 3)
        left.addLayout(pricing)
        left.addWidget(self.pf_charge)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("Result") + "</b>"))
        right.addWidget(self.outputs)
        right.addWidget(self.problem)
        right.addWidget(self.plot, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    @property
    def name(self) -> str:
        return str(self.chooser.currentData())

    def _calculator_chosen(self, _index: int = 0) -> None:
        chosen = calculator(self.name)
        self.method.setText(display.label("CalculatorMethod", self.name, self.lang))
        sources = calculations.input_sources(self.wb.db, self.about.option_id, self.name)
        old = self.grid_host.layout()
        if old is not None:  # a layout is replaced by moving it to a widget that is dropped
            QWidget().setLayout(old)
        grid = QGridLayout(self.grid_host)
        grid.setVerticalSpacing(3)
        for column, text in enumerate((self.tr("Input"), self.tr("Value"), self.tr("Unit"), self.tr("From"))):
            grid.addWidget(QLabel(f"<i>{html.escape(text)}</i>"), 0, column)
        self.rows = {}
        for n, spec in enumerate(chosen.inputs, start=1):
            row = InputRow(spec, self.locale, self.lang, sources.get(spec.name, ()))
            for column, widget in enumerate(row.widgets()):
                grid.addWidget(widget, n, column)
            row.number.textChanged.connect(self.recompute)
            row.unit.editTextChanged.connect(self.recompute)
            row.source.currentIndexChanged.connect(self.recompute)
            self.rows[spec.name] = row
        for input_name, key in calculations.DEFAULT_SOURCES.items():  # the assessment's figure, if it has it
            row = self.rows.get(input_name)
            if row is not None:
                row.choose(key)
        priced_in_fuel = any(carrier == FUEL for _, carrier in SAVING_OUTPUTS.get(self.name, ()))
        self.fuel.setEnabled(priced_in_fuel)
        self.recompute()

    def _fuel_chosen(self, _index: int = 0) -> None:
        fuel = self.fuel.currentData()
        row = self.rows.get("fuel_calorific_value")
        if fuel and row is not None:
            row.choose(f"fuel.ncv:{fuel}")
        self.recompute()

    def _fill(self, calc: Calculation) -> None:
        """Show a kept calculation's inputs, fuel and price."""
        for name, given in calc.inputs.items():
            row = self.rows.get(name)
            if row is None:
                continue
            row.choose(given.source)
            if not given.from_assessment or row.source.currentData() == TYPED:
                row.number.set_value(given.value)
                row.unit.setEditText(given.unit)
        self.fuel.setCurrentIndex(max(self.fuel.findData(calc.fuel), 0))
        self.price.set_value(calc.price)
        self.pf_charge.fill(calc)
        self.recompute()
        self.price_source.setCurrentIndex(max(self.price_source.findData(calc.price_source), 0))

    def inputs(self) -> dict[str, GivenInput]:
        """The inputs as given (empty ones left out); InvalidEntry naming the field."""
        found = {}
        for name, row in self.rows.items():
            given = row.given()
            if given is not None:
                found[name] = given
        return found

    def recompute(self, *_args: object) -> None:
        """The result of what is typed now (nothing is stored)."""
        self.result = None
        for row in self.rows.values():
            row.mark(False)
        try:
            inputs = self.inputs()
            price = self.price.value()
            self.result = compute(
                self.name,
                inputs,
                now=datetime.now(UTC),
                fuel=self.fuel.currentData() if self.fuel.isEnabled() else None,
                price=None if price is None else float(price),
                price_source=self.price_source.currentData() or TYPED,
            )
        except InvalidEntry as exc:
            self._refused(str(exc))
            return
        except ValidationError as exc:
            wrong = self.rows.get(exc.field)
            if wrong is not None:
                wrong.mark(True)
            self._refused(describe(exc, name_field=True))
            return
        self.problem.clear()
        self.use_button.setEnabled(True)
        self.outputs.setText(self._result_text(self.result))
        saving = self.result.saving
        self.price_unit.setText(f"{self.about.currency}/{display.unit(saving.unit)}" if saving else "")
        self._offer_prices(None if saving is None else (saving.unit, saving.carrier))
        self.pf_charge.show_for(self.name, self.result)
        values = read_inputs(calculator(self.name), {k: (g.value, g.unit) for k, g in inputs.items()})
        if not self.plot.draw(self.name, values):  # else an input's logger series, by state
            self.duty.show({name: given.source for name, given in inputs.items()})

    def _offer_prices(self, saving: tuple[str, str] | None) -> None:
        """What can price a saving of (unit, carrier): the factor set's price of the carrier
        and the waste streams' value lost (read when the saving's unit or carrier changes).
        An empty price takes the factor set's, which typing over it can change."""
        if saving == self._priced_unit:
            return
        self._priced_unit = saving
        sources = () if saving is None else calculations.price_sources(self.wb.db, self.about.option_id, *saving)
        self.price_source.blockSignals(True)
        self.price_source.clear()
        self.price_source.addItem(QCoreApplication.translate("CalculatorDialog", "typed"), TYPED)
        for choice in sources:
            self.price_source.addItem(render(choice.label, self.lang), choice.key)
            self.price_source.setItemData(self.price_source.count() - 1, choice.value, Qt.ItemDataRole.UserRole + 1)
        self.price_source.blockSignals(False)
        self.price_source.setVisible(bool(sources))
        self.price.setReadOnly(False)
        factor_price = next((c.key for c in sources if c.key.startswith("factor.price:")), None)
        if factor_price is not None and self.price.value() is None:
            self.price_source.setCurrentIndex(self.price_source.findData(factor_price))

    def _price_source_chosen(self, _index: int = 0) -> None:
        value = self.price_source.currentData(Qt.ItemDataRole.UserRole + 1)
        follows = self.price_source.currentData() != TYPED and value is not None
        self.price_source.setToolTip(self.price_source.currentText())
        if follows:
            self.price.set_value(float(value))
        self.price.setReadOnly(follows)
        self.recompute()

    def _refused(self, text: str) -> None:
        self.pf_charge.show_for(self.name, None)
        self.problem.setText(text)
        self.outputs.setText("")
        self.use_button.setEnabled(False)
        self.plot.reset()

    def _result_text(self, calc: Calculation) -> str:
        def figure(value: float) -> str:
            return html.escape(format_significant(value, self.locale))

        lines = [
            f"{html.escape(display.label('CalculatorOutput', out.name, self.lang))}: "
            f"<b>{figure(out.value)}</b> {html.escape(display.unit(out.unit))}"
            for out in calc.outputs
        ]
        for saving in (calc.saving, *calc.also) if calc.saving is not None else ():
            what = f"{display.label('Carrier', saving.carrier, self.lang)} {figure(saving.quantity)}"
            per_year = html.escape(display.unit(f"{saving.unit}/year"))
            lines.append(self.tr("Saves: %1").replace("%1", f"<b>{html.escape(what)}</b> {per_year}"))
        if calc.annual_savings is not None:
            money = display.money(calc.annual_savings, self.locale, self.about.currency)
            lines.append(
                self.tr("Annual savings: %1").replace("%1", f"<b>{html.escape(money)}</b> {self.about.currency}")
            )
        return "<br>".join(lines)

    def use_result(self) -> None:
        """Keep the result with the option (one undoable step); refused: the form says why."""
        try:
            inputs = self.inputs()
            price = self.price.value()
            fuel = self.fuel.currentData() if self.fuel.isEnabled() else None
            db = self.wb.db
            calc = calculations.preview(
                db,
                self.about.option_id,
                self.name,
                inputs,
                fuel=fuel,
                price=None if price is None else float(price),
                price_source=self.price_source.currentData() or TYPED,
                bill=self.pf_charge.bill_value(),
            )
            plan = calculations.plan_use(db, self.about.option_id, calc)
            text = self.tr("Calculate saving of %1").replace("%1", self.about.code or self.about.title)
            self.wb.create(plan.entities or Entity.OPTION, plan.make(db), text, also=plan.updates)
        except InvalidEntry as exc:
            self._refused(str(exc))
            return
        except CpdeskError as exc:
            self._refused(describe(exc, name_field=True))
            return
        self.accept()


def open_calculator(workbench: Any, option_id: uuid.UUID, parent: QWidget | None, done: Callable[[], None]) -> None:
    """Open the option's calculator form (window-modal); ``done`` runs when a result is kept."""
    dialog = CalculatorDialog(workbench, option_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(done)
    dialog.open()
