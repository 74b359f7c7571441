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
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from cpdesk.core import balance as core_balance
from cpdesk.core.balance import Balance, NodeBalance, StreamValue
from cpdesk.core.reconcile import StreamEstimate, StreamStatus
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.models.base import FLAG_BACKGROUND
from cpdesk.gui.plots_embed import balance_plots
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.workers import run_job
from cpdesk.services import balances
from cpdesk.services.balances import BalanceReport
from cpdesk.services.errors import CpdeskError

COLUMNS = 9


class BalancesSection(Section):
    """Balance tables per step with closure; plots beside them."""

    key = "balances"
    depends = frozenset({"stream", "measurement", "process_step", "assessment"})

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
        self.tree = QTreeWidget()
        self.tree.setColumnCount(COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("Step / stream"),
                self.tr("In"),
                self.tr("Out"),
                self.tr("Unaccounted"),
                self.tr("Closure, %"),
                self.tr("Measured"),
                self.tr("Reconciled"),
                self.tr("±"),
                self.tr("Status"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in range(1, COLUMNS):
            self.tree.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)

        self.plots = balance_plots(self.locale)
        tabs = QTabWidget()
        for title, widget in self.plots.pages():
            tabs.addTab(widget, title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Task 5: every reading brought to a year through the operating hours, days, batches and "
                    "production. Closure is the unaccounted share of what enters a step."
                )
            )
        )
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.report: BalanceReport | None = None
        self._generation = 0
        self._reconciling = False

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
            report = balances.assessment_balance(
                self.wb.db, self.assessment_id, self.group_code, energy_unit=self.unit.currentText()
            )
        except CpdeskError as exc:
            self._show_error(exc)
            return
        keep = self.report if self.report and self.report.measured.group == report.measured.group else None
        self.report = report
        if self.reconciled.isChecked() and keep is not None and keep.reconciliation is not None:
            self._show(report, stale=keep)  # the last reconciliation, until the new one is in
            self.reconcile(background=True)
        else:
            self._show(report)
            if self.reconciled.isChecked():
                self.reconcile(background=True)

    def reconcile(self, background: bool = False) -> None:
        """Reconcile the current balance off the GUI thread."""
        generation = self._generation
        group, unit = self.group_code, self.unit.currentText()
        db, assessment_id = self.wb.db, self.assessment_id

        def job(progress: Any, cancelled: Any) -> BalanceReport | None:
            progress(0.1, self.tr("Reading the flow chart and its readings…"))
            report = balances.assessment_balance(db, assessment_id, group, energy_unit=unit, reconcile=True)
            progress(1.0, self.tr("Done"))
            return None if cancelled() else report

        def done(report: BalanceReport | None) -> None:
            self._reconciling = False
            if report is None or generation != self._generation:
                return  # superseded by a newer edit: that one's run will show
            self.report = report
            if not self.reconciled.isChecked():
                self.reconciled.blockSignals(True)
                self.reconciled.setChecked(True)
                self.reconciled.blockSignals(False)
            self._show(report)

        def failed(exc: BaseException) -> None:
            self._reconciling = False
            self._show_error(exc)

        self._reconciling = True
        run_job(
            job,
            done,
            parent=self,
            title=self.tr("Reconciling the balance"),
            label=self.tr("Reconciling the readings…"),
            on_error=failed,
            on_cancel=lambda: setattr(self, "_reconciling", False),
            show_progress=not background,
        )

    def _toggle_reconciled(self, on: bool) -> None:
        if on:
            self.reconcile()
        elif self.report is not None:
            self._show(self.report)

    # ----------------------------------------------------------------- showing

    def _show_error(self, exc: BaseException) -> None:
        self.report = None
        self.tree.clear()
        self.summary.setStyleSheet("color: #842029;")
        self.summary.setText(self.tr("The balance cannot be computed: %1").replace("%1", describe(exc)))
        self.plots.clear()
        self.updated.emit()

    def _show(self, report: BalanceReport, stale: BalanceReport | None = None) -> None:
        reconciliation = (stale or report).reconciliation if self.reconciled.isChecked() else None
        estimates: dict[str, StreamEstimate] = (
            {e.stream_id: e for e in reconciliation.result.streams} if reconciliation else {}
        )
        flagged = {e.stream_id for e in estimates.values() if e.gross_error}
        self.wb.flagged[self.assessment_id] = {uuid.UUID(s) for s in flagged}
        shown = report.reconciled if reconciliation is not None and report.reconciled is not None else None
        balance = report.measured
        self.summary.setStyleSheet("")
        self.summary.setText(self._summary(balance, report, reconciliation))
        expanded = {
            self.tree.topLevelItem(i).text(0)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        reconciled_nodes = {n.node: n for n in shown.nodes} if shown else {}
        for node in (balance.plant, *balance.nodes):
            item = self._node_item(node, balance)
            self.tree.addTopLevelItem(item)
            for value, direction in [(v, "in") for v in node.inputs] + [(v, "out") for v in node.outputs]:
                item.addChild(self._stream_item(value, direction, estimates.get(value.id)))
            if node.node in reconciled_nodes:
                item.setToolTip(
                    4,
                    self.tr("Reconciled closure: %1 %").replace(
                        "%1", display.number(reconciled_nodes[node.node].closure_pct, self.locale, 1)
                    ),
                )
            item.setExpanded(item.text(0) in expanded or bool(flagged & {v.id for v in node.inputs + node.outputs}))
        self.tree.setUpdatesEnabled(True)
        if self.tree.topLevelItemCount() and not expanded:
            self.tree.topLevelItem(0).setExpanded(True)
            self.tree.resizeColumnToContents(0)
            self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 24, 360))
            for column in range(1, COLUMNS):
                self.tree.resizeColumnToContents(column)
        self.plots.show_balance(balance, shown, reconciliation.result if reconciliation else None)
        self.updated.emit()

    def _summary(self, balance: Balance, report: BalanceReport, reconciliation: Any) -> str:
        plant = balance.plant
        parts = [
            self.tr("Plant: in %1, out %2, unaccounted %3 %4 per year (closure %5 %).")
            .replace("%1", display.number(plant.total_in, self.locale))
            .replace("%2", display.number(plant.total_out, self.locale))
            .replace("%3", display.number(plant.unaccounted, self.locale))
            .replace("%4", balance.unit)
            .replace("%5", display.number(plant.closure_pct, self.locale, 1))
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
        parts.append(self.tr("Factor set: %1.").replace("%1", report.factor_set))
        return " ".join(parts)

    def _node_item(self, node: NodeBalance, balance: Balance) -> QTreeWidgetItem:
        name = self.tr("Plant boundary") if node.node is None else node.name
        item = QTreeWidgetItem(
            [
                name,
                display.number(node.total_in, self.locale),
                display.number(node.total_out, self.locale),
                display.number(node.unaccounted, self.locale),
                display.number(node.closure_pct, self.locale, 1),
                "",
                "",
                "",
                self.tr("%1 unmeasured").replace("%1", str(len(node.unmeasured))) if node.unmeasured else "",
            ]
        )
        font = QFont(item.font(0))
        font.setBold(True)
        for column in range(COLUMNS):
            item.setFont(column, font)
            if column:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if node.unmeasured:
            item.setToolTip(8, ", ".join(node.unmeasured))
        item.setData(0, Qt.ItemDataRole.UserRole, node.node or "plant")
        return item

    def _stream_item(self, value: StreamValue, direction: str, estimate: StreamEstimate | None) -> QTreeWidgetItem:
        arrow = "→ " if direction == "in" else "← "
        status = self._status(estimate) if estimate else (self.tr("not measured") if value.value is None else "")
        item = QTreeWidgetItem(
            [
                arrow + value.name,
                display.number(value.value, self.locale) if direction == "in" else "",
                display.number(value.value, self.locale) if direction == "out" else "",
                "",
                "",
                display.number(value.value, self.locale),
                display.number(estimate.value, self.locale) if estimate else "",
                display.number(estimate.sigma, self.locale) if estimate and estimate.sigma is not None else "",
                status,
            ]
        )
        for column in range(1, COLUMNS - 1):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(0, Qt.ItemDataRole.UserRole, value.id)
        if estimate is not None and estimate.gross_error:
            for column in range(COLUMNS):
                item.setBackground(column, QBrush(FLAG_BACKGROUND))
            item.setToolTip(
                0, self.tr("Flagged: the adjustment of this reading is too large to be chance (gross error test)")
            )
        return item

    def _status(self, estimate: StreamEstimate) -> str:
        texts = {
            StreamStatus.REDUNDANT: self.tr("adjusted"),
            StreamStatus.NONREDUNDANT: self.tr("as read"),
            StreamStatus.OBSERVABLE: self.tr("computed"),
            StreamStatus.UNOBSERVABLE: self.tr("not determined"),
        }
        text = texts.get(estimate.status, estimate.status.value)
        if estimate.gross_error:
            text = self.tr("flagged") + " · " + text
        return text
