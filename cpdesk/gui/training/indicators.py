"""The centre's own environmental indicators (seed, table 4): the indicators with their
target, latest value and met / not met; the values of the one chosen, per period (edited in
place, or a new period recorded on the line above them); and its trend with the target line.

Met is shown in green with "✓ met", not met in red with "✗ not met"; a dropped indicator is
greyed (its history stays). Every edit is saved when made and undone with Ctrl+Z.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.entities import Entity
from cpdesk.core.training_vocabulary import Frequency, IndicatorScope, Normaliser, indicator_unit, label
from cpdesk.gui import display
from cpdesk.gui.models.indicators import IndicatorModel, IndicatorValueModel, latest_status, status_text
from cpdesk.gui.training.indicator_chart import IndicatorTrendView
from cpdesk.gui.training.training_screen import TrainingScreen
from cpdesk.gui.widgets.entry import DateEdit, InvalidEntry, NumberEdit
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.gui.workbench import Workbench
from cpdesk.services.training import indicators
from cpdesk.services.training.indicators import IndicatorRow, IndicatorValueRow

_MONTHS = {Frequency.MONTHLY: 1, Frequency.QUARTERLY: 3, Frequency.YEARLY: 12}


def add_months(day: date, months: int) -> date:
    """The first of the month ``months`` after ``day``'s month (``day`` a first of the month)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def next_period(frequency: Frequency, values: list[IndicatorValueRow], today: date | None = None) -> tuple[date, date]:
    """The period after the last recorded one (of the indicator's frequency), or the current one."""
    months = _MONTHS[Frequency(frequency)]
    if values:
        start = values[-1].period_end + timedelta(days=1)
    else:
        today = today or date.today()
        start = date(today.year, (today.month - 1) // months * months + 1, 1)
    if start.day != 1:
        return start, start + timedelta(days=30 * months - 1)
    return start, add_months(start, months) - timedelta(days=1)


class NewIndicatorDialog(QDialog):
    """The form of a new indicator: what is measured, its unit and normaliser, its target."""

    def __init__(self, locale: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New indicator"))
        self.scope = QComboBox()
        for member in IndicatorScope:
            self.scope.addItem(label(member, lang), member.value)
        self.name = QLineEdit()
        self.name_vi = QLineEdit()
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("kg, kWh, t CO₂ (the normaliser is added)"))
        # Wide enough for the hint in either language and for an indicator's usual name.
        metrics = self.unit.fontMetrics()
        width = max(metrics.horizontalAdvance(self.unit.placeholderText()) + 24, 32 * metrics.averageCharWidth())
        for field in (self.name, self.name_vi, self.unit):
            field.setMinimumWidth(width)
        self.normaliser = QComboBox()
        for member in Normaliser:
            self.normaliser.addItem(label(member, lang), member.value)
        self.frequency = QComboBox()
        for member in Frequency:
            self.frequency.addItem(label(member, lang), member.value)
        self.frequency.setCurrentIndex(list(Frequency).index(Frequency.QUARTERLY))
        self.target = NumberEdit(locale, optional=True)
        self.lower_is_better = QCheckBox(self.tr("Lower is better"))
        self.lower_is_better.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Scope:"), self.scope)
        form.addRow(self.tr("&Name (English):"), self.name)
        form.addRow(self.tr("Name (&Vietnamese):"), self.name_vi)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("N&ormalised by:"), self.normaliser)
        form.addRow(self.tr("&Monitored:"), self.frequency)
        form.addRow(self.tr("&Target:"), self.target)
        form.addRow("", self.lower_is_better)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #842029;")
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        """The service's arguments; InvalidEntry when the target is not a number."""
        return {
            "scope": self.scope.currentData(),
            "name": self.name.text().strip(),
            "name_vi": self.name_vi.text().strip(),
            "unit": self.unit.text().strip(),
            "normaliser": self.normaliser.currentData(),
            "frequency": self.frequency.currentData(),
            "target": self.target.value(),
            "lower_is_better": self.lower_is_better.isChecked(),
        }

    def _accept(self) -> None:
        try:
            values = self.values()
        except InvalidEntry as exc:
            self.problem.setText(str(exc))
            return
        if not values["name"] or not values["unit"]:
            self.problem.setText(self.tr("Give the indicator a name and a unit."))
            return
        self.accept()


class IndicatorsDialog(TrainingScreen):
    """Training → The centre's indicators."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("indicators_dialog")
        self.setWindowTitle(self.tr("The centre's own indicators"))
        self.indicator: IndicatorRow | None = None
        self.model = IndicatorModel(self.wb.update, self.locale, self.lang)
        self.table = RecordTable(self.model, add_text=self.tr("&New indicator…"))
        self.table.add_requested.connect(self.new_indicator)
        self.table.delete_requested.connect(
            lambda rows: self.run(self.wb.delete, Entity.INDICATOR, [r.id for r in rows])
        )
        self.table.current_changed.connect(self._chosen)

        self.values_model = IndicatorValueModel(self.wb.update, self.locale, self.lang)
        self.values = RecordTable(self.values_model)
        self.values.delete_requested.connect(
            lambda rows: self.run(self.wb.delete, Entity.INDICATOR_VALUE, [r.id for r in rows])
        )
        self.period_start = DateEdit(optional=False, lang=self.lang, field=self.tr("Period from"))
        self.period_end = DateEdit(optional=False, lang=self.lang, field=self.tr("Period to"))
        self.actual = NumberEdit(self.locale)
        self.amount = NumberEdit(self.locale, optional=True)
        self.from_records = QCheckBox(self.tr("person-days from the records"))
        self.from_records.toggled.connect(lambda on: self.amount.setEnabled(not on))
        self.record_button = QPushButton(self.tr("&Record value"))
        self.record_button.clicked.connect(self.record_value)
        for field in (self.period_start, self.period_end, self.actual, self.amount):
            field.returnPressed.connect(self.record_value)
        for field in (self.period_start, self.period_end):
            field.setMaximumWidth(110)
        self.actual.setMaximumWidth(110)
        self.amount.setMaximumWidth(110)
        line = QHBoxLayout()
        for text, field in (
            (self.tr("&From:"), self.period_start),
            (self.tr("T&o:"), self.period_end),
            (self.tr("&Actual:"), self.actual),
            (self.tr("A&mount:"), self.amount),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            line.addWidget(caption)
            line.addWidget(field)
        line.addWidget(self.from_records)
        line.addStretch(1)
        line.addWidget(self.record_button)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #842029;")
        self.problem.hide()

        self.chart = IndicatorTrendView(locale=self.locale)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addLayout(line)
        box.addWidget(self.problem)
        box.addWidget(self.values, 1)
        box.addWidget(self.chart, 2)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.table.setMinimumHeight(self.table.view.verticalHeader().defaultSectionSize() * 7 + 50)
        self.note = QLabel(
            self.tr(
                "Values are normalised by useful person-months or training person-days: give the period's amount, "
                "or type the normalised value itself and leave the amount empty."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #495057;")
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.note)
        self.resize(1200, 860)
        self.refresh()
        self.table.select_first()

    # ----------------------------------------------------------------- reading

    def reload(self) -> None:
        self.model.set_rows(indicators.list_indicators(self.wb.db).rows)
        current = self.indicator.id if self.indicator else None
        self.indicator = next((r for r in self.model.rows if r.id == current), None)
        if self.indicator is not None:
            self.table.select(self.indicator.id)
        self._show_indicator()

    def _chosen(self, row: IndicatorRow | None) -> None:
        if row is not None and (self.indicator is None or row.id != self.indicator.id):
            self.indicator = row
            self.period_start.clear()
            self._show_indicator()

    def _show_indicator(self) -> None:
        i = self.indicator
        for widget in (self.period_start, self.period_end, self.actual, self.record_button):
            widget.setEnabled(i is not None)
        if i is None:
            self.heading.setText(self.tr("Choose an indicator above to see and record its values."))
            self.values_model.set_rows([])
            self.chart.reset()
            return
        name = self.model.name_of(i)
        unit = indicator_unit(i.unit, i.normaliser, self.lang)
        target = self.tr("no target") if i.target is None else display.number(i.target, self.locale)
        direction = self.tr("lower is better") if i.lower_is_better else self.tr("higher is better")
        self.heading.setText(
            f"<b>{name}</b> ({unit}) — "
            + self.tr("target %1, %2; latest: %3")
            .replace("%1", target)
            .replace("%2", direction)
            .replace("%3", status_text(latest_status(i)))
        )
        normalised = i.normaliser != Normaliser.NONE
        self.values_model.normalised = normalised
        self.amount.setEnabled(normalised and not self.from_records.isChecked())
        self.from_records.setVisible(i.normaliser == Normaliser.TRAINING_PERSON_DAYS)
        if i.normaliser != Normaliser.TRAINING_PERSON_DAYS:
            self.from_records.setChecked(False)
        values = indicators.list_values(self.wb.db, i.id)
        self.values_model.set_rows(values)
        if not self.period_start.text():
            start, end = next_period(i.frequency, values)
            self.period_start.set_value(start)
            self.period_end.set_value(end)
        self.chart.update_trend(name, unit, i.trend, i.target)

    # ----------------------------------------------------------------- editing

    def record_value(self) -> None:
        """Record the value typed for the period typed (one value per period)."""
        i = self.indicator
        if i is None:
            return
        try:
            start, end = self.period_start.value(), self.period_end.value()
            actual = self.actual.value()
            amount = self.amount.value() if self.amount.isEnabled() else None
        except InvalidEntry as exc:
            self._problem(str(exc))
            return
        self._problem("")
        from_records = not self.from_records.isHidden() and self.from_records.isChecked()
        row = self.run(
            self.wb.create,
            Entity.INDICATOR_VALUE,
            lambda: indicators.record_value(
                self.wb.db,
                i.id,
                period_start=start,
                period_end=end,
                actual=actual,
                normaliser_amount=amount,
                amount_from_records=from_records,
            ),
            self.tr("Record indicator value"),
        )
        if row is not None:
            self.actual.clear()
            self.amount.clear()
            self.period_start.clear()
            self.refresh()
            self.actual.setFocus()

    def new_indicator(self) -> None:
        form = NewIndicatorDialog(self.locale, self.lang, self)
        if form.exec() != QDialog.DialogCode.Accepted:
            return
        values = form.values()
        row = self.run(self.wb.create, Entity.INDICATOR, lambda: indicators.create_indicator(self.wb.db, **values))
        if row is not None:
            self.indicator = row
            self.refresh()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
