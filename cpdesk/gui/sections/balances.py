"""Task 5: the water and energy balances, as measured and as reconciled.

The measured balance is recomputed at once after every edit (it is quick); reconciliation,
a least-squares problem over the whole flow chart, runs off the GUI thread with a progress
dialog and Cancel when asked for, and again in the background after edits while the
reconciled view is on. Flagged readings are highlighted here and in the stream tables.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import balance as core_balance
from cpdesk.core.balance import Balance
from cpdesk.core.balance_report import BalanceReport, Reconciliation
from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.reconcile import StreamEstimate
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.models.balance import COLUMNS, BalanceTreeModel
from cpdesk.gui.plots_embed import balance_plots
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.workers import Job, run_job
from cpdesk.services.assessment import balances
from cpdesk.services.assessment.balance_cache import BalanceSource


class BalancesSection(Section):
    """Balance tables per step with closure; plots beside them."""

    key = "balances"
    depends = frozenset({Entity.STREAM, Entity.MEASUREMENT, Entity.PROCESS_STEP, Entity.ASSESSMENT})

    #: The tables show a new balance (after an edit, a carrier change or a reconciliation).
    updated = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.group = QComboBox()
        self.group.addItem(self.tr("Water balance"), core_balance.WATER)
        self.group.addItem(self.tr("Energy balance"), core_balance.ENERGY)
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.unit = QComboBox()
        self.unit.addItems(list(core_balance.ENERGY_UNITS))
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reconciled = QCheckBox(self.tr("Show reconciled values"))
        self.reconciled.toggled.connect(self._toggle_reconciled)
        self.reconcile_button = QPushButton(self.tr("Reconcile"))
        self.reconcile_button.setToolTip(
            self.tr("Adjust the readings so that every step balances, and test them for gross errors (Ctrl+R)")
        )
        self.reconcile_button.clicked.connect(self.reconcile)
        bar = QHBoxLayout()
        bar.addWidget(self.group)
        bar.addWidget(self.unit)
        bar.addWidget(self.reconcile_button)
        bar.addWidget(self.reconciled)
        bar.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BalanceTreeModel(self.locale, self, self.lang)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.model.values_changed.connect(self.tree.viewport().update)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fitted = False

        self.plots = balance_plots(self.locale)
        self.plot_tabs = QTabWidget()
        for title, widget in self.plots.pages():
            self.plot_tabs.addTab(widget, title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.plot_tabs)
        splitter.setSizes([1, 1])  # half and half, whatever the window's height

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Task 5: every reading brought to a year through the operating hours, days, batches and "
                    "production. Unaccounted, % is the share of what enters a step that is not found leaving it "
                    "(0 % is a closed balance)."
                )
            )
        )
        layout.addLayout(bar)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.summary)
        content_layout.addWidget(splitter, 1)
        self.empty = EmptyStack(content, EmptyState())
        layout.addWidget(self.empty, 1)
        self.report: BalanceReport | None = None
        # The inputs are kept between edits: typing readings re-reads only the readings.
        self.source = BalanceSource(self.wb.db, self.assessment_id)
        self._fitted_numbers = ""
        self._generation = 0
        self._job: Job | None = None  # the reconciliation running, if any

    def title(self) -> str:
        return self.tr("Balances")

    @property
    def group_code(self) -> str:
        return str(self.group.currentData())

    # ----------------------------------------------------------------- computing

    def reload(self) -> None:
        """Recompute the measured balance now; reconcile again in the background if shown."""
        self._generation += 1
        self.unit.setEnabled(self.group_code == core_balance.ENERGY)
        try:
            measured = self.source.measured(self.group_code, self.unit.currentText())
            report = BalanceReport(self.assessment_id, self.source.inputs().factors.code, measured)
        except CpdeskError as exc:
            self._show_error(exc)
            return
        # The last reconciliation stays on screen only beside figures of its own carrier and
        # unit (the energy in MWh is not to be read against a reconciliation in GJ).
        last = self.report.measured if self.report is not None else None
        same = last is not None and (last.group, last.unit) == (measured.group, measured.unit)
        keep = self.report if same else None
        self.report = report
        if self.reconciled.isChecked() and keep is not None and keep.reconciliation is not None:
            self._show(report, stale=keep)  # the last reconciliation, until the new one is in
            self.reconcile(background=True)
        else:
            self._show(report)
            if self.reconciled.isChecked():
                self.reconcile(background=True)

    def on_changed(self, change: Change) -> None:
        if self.concerned(change):
            self.source.changed(change)
        super().on_changed(change)

    def reconcile(self, background: bool = False) -> None:
        """Reconcile the current balance off the GUI thread."""
        generation = self._generation
        group, unit = self.group_code, self.unit.currentText()
        db, assessment_id = self.wb.db, self.assessment_id
        # The job runs in a worker thread: it takes plain values only, never the section or
        # its widgets (which the GUI thread may change or delete meanwhile).
        reading, finished = self.tr("Reading the flow chart and its readings…"), self.tr("Done")

        def job(progress: Any, cancelled: Any) -> BalanceReport | None:
            progress(0.1, reading)
            report = balances.assessment_balance(db, assessment_id, group, energy_unit=unit, reconcile=True)
            progress(1.0, finished)
            return None if cancelled() else report

        def done(report: BalanceReport | None) -> None:
            self._ended(handle)
            if report is None or generation != self._generation:
                return  # superseded by a newer edit or choice: that one's run will show
            self.report = report
            if not self.reconciled.isChecked():
                self.reconciled.blockSignals(True)
                self.reconciled.setChecked(True)
                self.reconciled.blockSignals(False)
            self._show(report)

        def failed(exc: BaseException) -> None:
            self._ended(handle)
            if generation == self._generation:
                self._show_error(exc)

        if self._job is not None:
            self._job.cancel()  # superseded: its figures would be dropped when they came
        handle = self._job = run_job(
            job,
            done,
            parent=self,
            title=self.tr("Reconciling the balance"),
            label=self.tr("Reconciling the readings…"),
            on_error=failed,
            on_cancel=lambda: self._ended(handle),
            show_progress=not background,
        )

    @property
    def reconciling(self) -> bool:
        """A reconciliation is running for what the section shows."""
        return self._job is not None

    def _ended(self, job: Job) -> None:
        if job is self._job:
            self._job = None

    def _toggle_reconciled(self, on: bool) -> None:
        if on:
            self.reconcile()
        elif self.report is not None:
            self._show(self.report)

    # ----------------------------------------------------------------- showing

    def _show_error(self, exc: BaseException) -> None:
        self.report = None
        self.empty.show_empty(False)
        self.model.clear()
        self.summary.setStyleSheet("color: #842029;")
        self.summary.setText(self.tr("The balance cannot be computed: %1").replace("%1", describe(exc)))
        self.plots.clear()
        self.updated.emit()

    def _show_empty(self, balance: Balance) -> bool:
        """No stream in this balance: say where its figures come from (no empty chart, no
        totals of nothing)."""
        empty = not balance.streams
        if empty:
            state = self.empty.empty
            if self.wb.detail(self.assessment_id).steps:
                state.set_text(
                    self.tr(
                        "No streams for this balance yet. The balance adds up the readings of the streams "
                        "that enter and leave each step: add the streams and record their readings."
                    )
                )
                state.set_action(self.tr("Add a stream"), lambda: self.go_to("streams", "add_stream"))
            else:
                state.set_text(
                    self.tr(
                        "Nothing to balance yet. The balance adds up the readings of the streams that enter "
                        "and leave each process step: list the steps first."
                    )
                )
                state.set_action(self.tr("Add a process step"), lambda: self.go_to("process_steps", "add_step"))
        self.empty.show_empty(empty)
        return empty

    def _show(self, report: BalanceReport, stale: BalanceReport | None = None) -> None:
        reconciliation = (stale or report).reconciliation if self.reconciled.isChecked() else None
        estimates: dict[str, StreamEstimate] = (
            {e.stream_id: e for e in reconciliation.result.streams} if reconciliation else {}
        )
        # The stream tables highlight the readings serial elimination drops when it names
        # any (the others' flags are their error spread by the balances), else the flagged.
        suspected = frozenset(reconciliation.result.suspected if reconciliation else ())
        flagged = set(suspected) or {e.stream_id for e in estimates.values() if e.gross_error}
        self.wb.flagged[self.assessment_id] = {uuid.UUID(s) for s in flagged}
        shown = report.reconciled if reconciliation is not None and report.reconciled is not None else None
        balance = report.measured
        if self._show_empty(balance):
            self.model.clear()
            self.plots.clear()
            self.updated.emit()
            return
        self.summary.setStyleSheet("")
        self.summary.setText(self._summary(balance, report, reconciliation))
        lines = self.model.lines
        expanded = {lines[i].key for i in range(len(lines)) if self.tree.isExpanded(self.model.index(i, 0))}
        if self.model.set_balance(balance, estimates, shown, suspected):
            for row, line in enumerate(self.model.lines):
                touched = flagged & {s.value.id for s in line.streams}
                if line.key in expanded or touched or (not expanded and row == 0):
                    self.tree.expand(self.model.index(row, 0))
        if not self._fitted and self.model.lines:
            self._fitted = True
            self.tree.resizeColumnToContents(0)
            self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 24, 360))
        figures = "reconciled" if reconciliation is not None else "measured"
        if self._fitted_numbers != figures:
            # Fit the figures' columns once per kind of view (a reconciliation adds three);
            # after each reading typed the widths stay, which keeps the refresh quick.
            self._fitted_numbers = figures
            for column in range(1, COLUMNS):
                self.tree.resizeColumnToContents(column)
        self.plots.show_balance(balance, shown, reconciliation.result if reconciliation else None)
        self.updated.emit()

    def _summary(self, balance: Balance, report: BalanceReport, reconciliation: Any) -> str:
        plant = balance.plant
        text = (
            self.tr("Plant: in %1, out %2, unaccounted %3 %4 per year (%5 % of the inputs).")
            if plant.closure_pct is not None
            else self.tr("Plant: in %1, out %2, unaccounted %3 %4 per year.")
        )
        parts = [
            text.replace("%1", display.number(plant.total_in, self.locale))
            .replace("%2", display.number(plant.total_out, self.locale))
            .replace("%3", display.number(plant.unaccounted, self.locale))
            .replace("%4", balance.unit)
            .replace("%5", display.number(plant.closure_pct or 0, self.locale, 1))
        ]
        unmeasured = [v.name for v in balance.streams if v.value is None]
        if unmeasured:
            parts.append(self.tr("Unmeasured streams: %1.").replace("%1", str(len(unmeasured))))
        total = balance.specific.get("total")
        if total is not None:
            parts.append(
                self.tr("Specific consumption: %1 %2/%3.")
                .replace("%1", display.number(total, self.locale))
                .replace("%2", balance.unit)
                .replace("%3", balance.production_unit)
            )
        if reconciliation is not None:
            test = reconciliation.result.global_test
            verdict = self.tr("passed") if test.passed else self.tr("failed")
            parts.append(
                self.tr("Reconciliation: χ² = %1 with %2 degrees of freedom, p = %3: %4.")
                .replace("%1", display.number(test.statistic, self.locale, 1))
                .replace("%2", str(test.dof))
                .replace("%3", display.number(test.p_value, self.locale, 3))
                .replace("%4", verdict)
            )
            if reconciliation.suspect_name:
                parts.append(self.tr("Most likely wrong: %1.").replace("%1", f"<b>{reconciliation.suspect_name}</b>"))
            parts.extend(self._flags(reconciliation))
        parts.append(self.tr("Factor set: %1.").replace("%1", self.wb.factor_set_name(report.factor_set)))
        return " ".join(parts)

    def _flags(self, reconciliation: Reconciliation) -> list[str]:
        """The readings serial elimination drops, and the flows held at 0, in a sentence each."""
        parts = []
        elimination = reconciliation.result.elimination
        if elimination is not None and reconciliation.suspected_names:
            verdict = self.tr("passes") if elimination.passed else self.tr("still fails")
            parts.append(
                self.tr("Suspected by serial elimination of gross errors: %1; without them the test %2.")
                .replace("%1", ", ".join(f"<b>{name}</b>" for name in reconciliation.suspected_names))
                .replace("%2", verdict)
            )
        if reconciliation.at_bound_names:
            parts.append(
                self.tr("Held at 0 (the other readings would make them negative): %1.").replace(
                    "%1", ", ".join(reconciliation.at_bound_names)
                )
            )
        return parts
