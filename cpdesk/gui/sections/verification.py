"""Tasks 16 to 18: monitoring and verification (M&V) of the savings, as the IPMVP and ASHRAE
Guideline 14 describe it, on the assessment's period readings (a month's bills and output).

Two tabs, so that a 1366 × 768 screen shows each whole:

- *Period readings*: the readings, typed in the user's notation in the entry row or in the
  table (each edit an undoable step of the one edit path), imported from a CSV or XLSX table
  (:mod:`.period_import`: the refused rows shown, with the choice to skip them);
- *Baseline and savings*: the model chosen (carrier, one or two drivers, the data interval
  whose criteria it is held to, the reporting period's first day); the fit with its
  statistics, verdict and warnings, and the reporting period's savings with their
  uncertainty (:mod:`.verification_text`); the three charts (:mod:`cpdesk.gui.plots.verification`);
  and the saving recorded on an option's resource saving, undoable.

The fit runs off the GUI thread (:func:`cpdesk.gui.workers.run_job`, no progress dialog):
the section stays usable, and a fit overtaken by a newer choice or edit is dropped.
"""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.mv.periods import KNOWN_DRIVERS, is_carrier
from cpdesk.core.vocabulary import Carrier, OptionStatus
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.models.periods import PeriodModel, variable_text
from cpdesk.gui.plots.verification import CusumChart, Names, ScatterChart, TimeChart
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.sections.period_import import PeriodImporter
from cpdesk.gui.sections.verification_text import model_html, saving_line, savings_html
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.entry import DateEdit, InvalidEntry, NumberEdit
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.gui.workers import run_job
from cpdesk.services.assessment import periods, records, verification
from cpdesk.services.assessment.verification import AssessmentVerification

#: The data intervals offered, "" choosing from the periods' lengths.
INTERVALS = ("", "monthly", "daily", "hourly")


class VerificationSection(Section):
    key = "verification"
    depends = frozenset({Entity.PERIOD_READING, Entity.OPTION, Entity.OPTION_SAVING, Entity.ASSESSMENT})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate = QCoreApplication.translate
        self.found: AssessmentVerification | None = None
        self.fit_error = ""
        self._generation = 0
        self._fitting = False
        self._rows: tuple[periods.PeriodRow, ...] = ()
        self.importer = PeriodImporter(self, self.wb, self.assessment_id)

        # ---- period readings
        self.model = PeriodModel(self.wb.update, self.locale, self.lang)
        self.table = RecordTable(
            self.model, title=translate("VerificationSection", "Period readings"), name="period_readings"
        )
        self.table.delete_requested.connect(self._delete)
        self.import_button = QPushButton(translate("VerificationSection", "Import CSV or XLSX…"))
        self.import_button.setToolTip(
            translate(
                "VerificationSection",
                "A table of one row a period: its first and last day (or its month), a column a variable "
                "named with its unit, e.g. “electricity (kWh)”, “production (t)”",
            )
        )
        self.import_button.clicked.connect(self.import_file)
        self.table.add_button_widget(self.import_button)
        self.entry_variable = QComboBox()
        self.entry_variable.setEditable(True)
        self.entry_variable.setMinimumContentsLength(12)
        self.entry_start = DateEdit(False, lang=self.lang, field=translate("VerificationSection", "From"))
        self.entry_end = DateEdit(False, lang=self.lang, field=translate("VerificationSection", "To"))
        self.entry_value = NumberEdit(self.locale)
        self.entry_unit = QComboBox()
        self.entry_unit.setEditable(True)
        self.entry_unit.addItems(["kWh", "MWh", "t", "kg", "m³", "GJ"])
        self.entry_unit.setMinimumContentsLength(5)
        self.add_button = QPushButton(translate("VerificationSection", "Add reading"))
        self.add_button.clicked.connect(self.add_reading)
        self.entry_value.returnPressed.connect(self.add_reading)
        entry = QHBoxLayout()
        for label, widget in (
            (translate("VerificationSection", "Variable"), self.entry_variable),
            (translate("VerificationSection", "From"), self.entry_start),
            (translate("VerificationSection", "To"), self.entry_end),
            (translate("VerificationSection", "Value"), self.entry_value),
            (translate("VerificationSection", "Unit"), self.entry_unit),
        ):
            entry.addWidget(QLabel(label))
            entry.addWidget(widget, 1 if widget is not self.entry_unit else 0)
        entry.addWidget(self.add_button)
        readings = QWidget()
        readings_layout = QVBoxLayout(readings)
        readings_layout.addLayout(entry)
        # no readings yet: say where they come from (the entry row above stays for typing)
        self.empty = EmptyStack(
            self.table,
            EmptyState(
                translate(
                    "VerificationSection",
                    "No period readings yet. Type each month's bill and production in the row above, or import "
                    "a table of them kept from the utility bills and the production log.",
                ),
                translate("VerificationSection", "Import CSV or XLSX…"),
                lambda: self.import_file(),
            ),
        )
        readings_layout.addWidget(self.empty, 1)

        # ---- baseline and savings
        self.carrier = QComboBox()
        self.driver = QComboBox()
        self.driver2 = QComboBox()
        self.interval = QComboBox()
        names = {
            "": translate("VerificationSection", "from the periods"),
            "monthly": translate("VerificationSection", "monthly"),
            "daily": translate("VerificationSection", "daily"),
            "hourly": translate("VerificationSection", "hourly"),
        }
        for code in INTERVALS:
            self.interval.addItem(names[code], code)
        self.reporting_from = DateEdit(
            True, lang=self.lang, field=translate("VerificationSection", "Reporting period from")
        )
        # empty means "from the last implemented option": say so, not an example date
        self.reporting_from.setPlaceholderText(translate("VerificationSection", "after the last option"))
        self.reporting_from.setToolTip(
            translate("VerificationSection", "Empty: the day the last implemented option was put in place")
        )
        self.reporting_from.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + 16)
        # two rows: one would not fit beside the charts on a 1366-pixel screen
        choice = QGridLayout()
        for n, (label, widget) in enumerate(
            (
                (translate("VerificationSection", "Carrier"), self.carrier),
                (translate("VerificationSection", "Driver"), self.driver),
                (translate("VerificationSection", "Second driver"), self.driver2),
                (translate("VerificationSection", "Data interval"), self.interval),
                (translate("VerificationSection", "Reporting from"), self.reporting_from),
            )
        ):
            row, column = divmod(n, 3)
            choice.addWidget(QLabel(label), row, 2 * column)
            choice.addWidget(widget, row, 2 * column + 1)
        choice.setColumnStretch(6, 1)
        for combo in (self.carrier, self.driver, self.driver2, self.interval):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.carrier, self.driver, self.driver2, self.interval):
            combo.currentIndexChanged.connect(self._choice_changed)
        self.reporting_from.editingFinished.connect(self._choice_changed)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.option = QComboBox()
        self.option.setMinimumContentsLength(18)
        self.option.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.record_button = QPushButton(translate("VerificationSection", "Record as verified saving"))
        self.record_button.setToolTip(
            translate(
                "VerificationSection",
                "Record this saving, brought to a year, with its 90 % uncertainty on the option's saving of the "
                "carrier (Ctrl+Z undoes it). From the plant's bills it is the saving of every option implemented "
                "before the reporting period: record it on the option that stands for them.",
            )
        )
        self.record_button.clicked.connect(self.record_saving)
        record = QHBoxLayout()
        record.addWidget(QLabel(translate("VerificationSection", "Option")))
        record.addWidget(self.option, 1)
        record.addWidget(self.record_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.state)
        left_layout.addWidget(self.results, 1)
        left_layout.addLayout(record)
        self.scatter = ScatterChart(locale=self.locale)
        self.over_time = TimeChart(locale=self.locale)
        self.cusum = CusumChart(locale=self.locale)
        self.charts = QTabWidget()
        self.charts.addTab(self.scatter, translate("VerificationSection", "Against production"))
        self.charts.addTab(self.over_time, translate("VerificationSection", "Baseline and actual"))
        self.charts.addTab(self.cusum, translate("VerificationSection", "CUSUM"))
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(self.charts)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 1)
        fit = QWidget()
        fit_layout = QVBoxLayout(fit)
        fit_layout.addLayout(choice)
        body.setSizes([560, 440])
        fit_layout.addWidget(body, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(readings, translate("VerificationSection", "Period readings"))
        self.tabs.addTab(fit, translate("VerificationSection", "Baseline and savings"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                translate(
                    "VerificationSection",
                    "Tasks 16 to 18: measurement and verification (IPMVP option C). Enter the bills and the "
                    "production month by month, before and after the options; the baseline fitted on the months "
                    "before says what the plant would have used, and the difference is the verified saving.",
                )
            )
        )
        layout.addWidget(self.tabs, 1)
        # one fit for several changes of the choice in a row
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(150)
        self._fit_timer.timeout.connect(self.fit)

    def title(self) -> str:
        return QCoreApplication.translate("VerificationSection", "Monitoring and verification")

    # ----------------------------------------------------------------- reading

    def reload(self) -> None:
        self._rows = periods.list_periods(self.wb.db, self.assessment_id)
        self.model.set_rows(self._rows)
        self.empty.show_empty(not self._rows)
        self._fill_choices()
        self.fit()

    def _fill_choices(self) -> None:
        variables = sorted({r.variable for r in self._rows})
        carriers = [v for v in variables if is_carrier(v)]
        drivers = [v for v in variables if not is_carrier(v)]
        none = QCoreApplication.translate("VerificationSection", "none")
        previous = (self.carrier.currentData(), self.driver.currentData(), self.driver2.currentData())
        for combo in (self.carrier, self.driver, self.driver2):
            combo.blockSignals(True)
            combo.clear()
        for code in carriers:
            self.carrier.addItem(variable_text(code, self.lang), code)
        for combo in (self.driver, self.driver2):
            combo.addItem(none, "")
            for name in drivers:
                combo.addItem(variable_text(name, self.lang), name)
        _choose(self.carrier, previous[0], carriers[0] if carriers else None)
        _choose(self.driver, previous[1], drivers[0] if drivers else "")
        _choose(self.driver2, previous[2], "")
        for combo in (self.carrier, self.driver, self.driver2):
            combo.blockSignals(False)
        typed = self.entry_variable.currentText()
        self.entry_variable.clear()
        for code in [*carriers, *(c.value for c in Carrier if c.value not in carriers)]:
            self.entry_variable.addItem(variable_text(code, self.lang), code)
        for name in [*drivers, *(d for d in KNOWN_DRIVERS if d not in drivers)]:
            self.entry_variable.addItem(variable_text(name, self.lang), name)
        if typed:
            self.entry_variable.setEditText(typed)

    def _fill_options(self, carrier: str) -> None:
        """The options that save ``carrier``, implemented ones first."""
        kept = self.option.currentData()
        self.option.clear()
        saving = {s.option_id for s in records.option_savings(self.wb.db, self.assessment_id) if s.carrier == carrier}
        options = [o for o in self.wb.detail(self.assessment_id).options if o.id in saving]
        options.sort(key=lambda o: (o.status != OptionStatus.IMPLEMENTED, o.code or "", o.title))
        for option in options:
            self.option.addItem(f"{option.code} {option.title}".strip(), str(option.id))
        _choose(self.option, kept, None)

    # ----------------------------------------------------------------- the fit

    def _choice_changed(self, *_args: object) -> None:
        self._fit_timer.start()

    def choice(self) -> dict[str, Any] | None:
        """The model chosen, as verify_carrier's arguments; None without a carrier."""
        carrier = self.carrier.currentData()
        if not carrier:
            return None
        drivers = [d for d in (self.driver.currentData(), self.driver2.currentData()) if d]
        try:
            start = self.reporting_from.value()
        except InvalidEntry:
            start = None
        return {
            "carrier": carrier,
            "drivers": tuple(dict.fromkeys(drivers)),
            "reporting_from": start,
            "interval": self.interval.currentData() or None,
        }

    def fit(self) -> None:
        """Fit the chosen model off the GUI thread; the section stays usable meanwhile."""
        self._fit_timer.stop()
        self._generation += 1
        chosen = self.choice()
        if chosen is None:
            self._show(None, QCoreApplication.translate("VerificationSection", "No readings of a carrier yet."))
            return
        generation, db, assessment = self._generation, self.wb.db, self.assessment_id
        self._fitting = True
        self.state.setText(QCoreApplication.translate("VerificationSection", "Fitting the baseline…"))

        def job(_progress: object, _cancelled: object) -> AssessmentVerification:
            return verification.verify_carrier(db, assessment, **chosen)

        def done(found: AssessmentVerification) -> None:
            if generation == self._generation:
                self._fitting = False
                self._show(found, "")

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._fitting = False
                self._show(None, describe(error))

        run_job(job, done, parent=self, on_error=failed, show_progress=False)

    def _show(self, found: AssessmentVerification | None, problem: str) -> None:
        self.found = found
        self.fit_error = problem
        self.record_button.setEnabled(found is not None and found.verification.savings is not None)
        if found is None:
            self.state.setText(problem)
            self.results.setHtml("")
            for chart in (self.scatter, self.over_time, self.cusum):
                chart.reset()
            return
        self._fill_options(found.carrier)
        said = QCoreApplication.translate("VerificationSection", "Verified saving: %1")
        self.state.setText("<b>" + html.escape(said.replace("%1", saving_line(found, self.lang, self.locale))) + "</b>")
        self.results.setHtml(savings_html(found, self.lang, self.locale) + model_html(found, self.lang, self.locale))
        v = found.verification
        driver = found.drivers[0] if found.drivers else ""
        names = Names(
            carrier=display.label("Carrier", found.carrier, self.lang),
            unit=display.unit(v.series.unit, self.lang),
            driver=variable_text(driver, self.lang) if driver else "",
            driver_unit=v.series.driver_units.get(driver, ""),
        )
        self.charts.setTabText(
            0,
            QCoreApplication.translate("VerificationSection", "Against %1").replace(
                "%1", variable_text(driver, self.lang) if driver else "–"
            ),
        )
        for chart in (self.scatter, self.over_time, self.cusum):
            chart.update_chart(v, names, self.lang)

    # ----------------------------------------------------------------- edits

    def add_reading(self) -> None:
        """Store the reading typed in the entry row (undoable)."""
        translate = QCoreApplication.translate
        index = self.entry_variable.currentIndex()
        text = self.entry_variable.currentText().strip()
        variable = (
            self.entry_variable.itemData(index) if index >= 0 and self.entry_variable.itemText(index) == text else text
        )
        try:
            start, end, value = self.entry_start.value(), self.entry_end.value(), self.entry_value.value()
        except InvalidEntry as exc:
            self.status(str(exc))
            return
        unit = self.entry_unit.currentText().strip()
        db, assessment = self.wb.db, self.assessment_id

        def make() -> periods.PeriodRow:
            return periods.add_period(
                db, assessment, variable=variable, period_start=start, period_end=end, value=value, unit=unit
            )

        label = translate("VerificationSection", "Add a reading of %1").replace(
            "%1", variable_text(variable, self.lang)
        )
        if self.execute(self.wb.create, Entity.PERIOD_READING, make, label) is not None:
            self.entry_value.clear()
            self.entry_value.setFocus()

    def _delete(self, rows: list[periods.PeriodRow]) -> None:
        self.execute(self.wb.delete, Entity.PERIOD_READING, [r.id for r in rows])

    def import_file(self, path: str = "") -> None:
        """Import a CSV or XLSX table of readings (the file asked for when no path is given)."""
        try:
            result = self.importer.run(path if isinstance(path, str) else "")
        except (CpdeskError, OSError) as exc:
            self.status(describe(exc))
            self.state.setText(describe(exc))
            return
        if result is not None and result.stored:
            said = QCoreApplication.translate("VerificationSection", "%1 readings imported").replace(
                "%1", str(result.stored)
            )
            self.status(said)

    def record_saving(self) -> None:
        """Record the verified saving on the chosen option's saving of the carrier (undoable)."""
        option = self.option.currentData()
        if self.found is None or not option:
            return
        try:
            update = verification.verified_saving_update(self.wb.db, uuid.UUID(str(option)), self.found)
        except CpdeskError as exc:
            self.state.setText(describe(exc))
            return
        label = QCoreApplication.translate("VerificationSection", "Record the verified saving of %1").replace(
            "%1", display.label("Carrier", self.found.carrier, self.lang)
        )
        self.execute(self.wb.execute, [update], label)


def _choose(combo: QComboBox, *wanted: object) -> None:
    """Select the first of ``wanted`` the combo holds (by its data)."""
    for value in wanted:
        index = combo.findData(value) if value is not None else -1
        if index >= 0:
            combo.setCurrentIndex(index)
            return
