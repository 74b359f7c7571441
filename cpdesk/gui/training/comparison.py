"""The comparison of a practical module: the trainees' results beside the trainer's reference.

A table (rows: measures grouped by section; columns: measure, unit, reference, one per
trainee) whose trainee cells are shaded where the figure differs from the reference, with a
tooltip giving the difference; a bar chart of the plant balance closures; and Print to PDF,
the same feedback document as ``cpdesk training compare -o``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import comparison as cmp
from cpdesk.gui import display
from cpdesk.gui.errors import show_error
from cpdesk.gui.plots.base import INK

DIFFERS_FILL = QColor("#fde2e1")
DIFFERS_INK = QColor("#c53030")
SECTION_FILL = QColor("#e3f0ee")
SECTION_INK = QColor("#1d6f6a")
CLOSURE_COLOURS = ("#2b7bb9", "#e0a526")

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def section_title(section: str) -> str:
    return {
        cmp.CLOSURE: translate("TrainingComparison", "Balance unaccounted, % of inputs"),
        cmp.FLOW: translate("TrainingComparison", "Flows per year"),
        cmp.OPTIONS: translate("TrainingComparison", "Options found, by category"),
        cmp.ECONOMICS: translate("TrainingComparison", "Economics of all options"),
        cmp.TASKS: translate("TrainingComparison", "Tasks"),
    }[section]


def group_title(group: str) -> str:
    return translate("TrainingComparison", "Water") if group == "water" else translate("TrainingComparison", "Energy")


def measure_title(m: cmp.Measure, lang: str) -> str:
    """A measure's row title in the user's language."""
    if m.section == cmp.CLOSURE:
        plant = translate("TrainingComparison", "plant")
        return f"{group_title(m.key[0])}: {m.key[1] or plant}"
    if m.section == cmp.FLOW:
        return f"{group_title(m.key[0])}: {m.label.split(': ', 1)[-1]}"
    if m.section == cmp.OPTIONS:
        return (
            translate("TrainingComparison", "All options")
            if m.key[0] == cmp.ALL_OPTIONS
            else display.label("OptionCategory", m.key[0], lang)
        )
    if m.section == cmp.ECONOMICS:
        return {
            cmp.INVESTMENT: translate("TrainingComparison", "Investment"),
            cmp.ANNUAL_SAVINGS: translate("TrainingComparison", "Annual savings"),
            cmp.PAYBACK: translate("TrainingComparison", "Simple payback"),
            cmp.NPV: translate("TrainingComparison", "NPV"),
        }[m.key[0]]
    return translate("TrainingComparison", "Required tasks done")


def measure_unit(m: cmp.Measure) -> str:
    if m.section == cmp.ECONOMICS and m.key[0] == cmp.PAYBACK:
        return translate("TrainingComparison", "years")
    if m.section == cmp.TASKS:
        return translate("TrainingComparison", "of %1").replace("%1", m.unit.split()[-1])
    return m.unit


def figure(m: cmp.Measure, value: float | None, locale: str) -> str:
    if value is None:
        return "–"
    if m.section == cmp.CLOSURE:
        return f"{display.number(value, locale, 1)} %"
    if m.section in (cmp.OPTIONS, cmp.TASKS):
        return display.count(round(value), locale)  # options found, tasks done: counts
    if m.section == cmp.ECONOMICS and m.key[0] == cmp.PAYBACK:
        return display.number(value, locale, 1)
    if m.section == cmp.ECONOMICS:
        return display.money(value, locale, m.unit)
    return display.number(value, locale)


def difference_text(m: cmp.Measure, d: cmp.Difference, locale: str) -> str:
    """The tooltip of a trainee's cell: how far from the reference, and whether it differs."""
    if d.reason == "missing" and d.value is None:
        return translate("TrainingComparison", "Missing: the reference has this figure, the trainee not")
    if d.reason == "extra":
        return translate("TrainingComparison", "Not in the reference")
    if d.absolute is None:
        return ""
    sign = "+" if d.absolute > 0 else ""
    if m.section == cmp.CLOSURE:
        text = translate("TrainingComparison", "%1 points from the reference").replace(
            "%1", sign + display.number(d.absolute, locale, 1)
        )
    elif d.relative is not None and m.section not in (cmp.OPTIONS, cmp.TASKS):
        text = translate("TrainingComparison", "%1 from the reference (%2)").replace(
            "%1", sign + display.percent(d.relative, locale, 0)
        )
        text = text.replace("%2", sign + figure(m, d.absolute, locale))
    else:
        text = translate("TrainingComparison", "%1 from the reference").replace(
            "%1", sign + figure(m, d.absolute, locale)
        )
    if d.reason == "missing":
        text += " · " + translate("TrainingComparison", "category missing")
    elif d.differs:
        text += " · " + translate("TrainingComparison", "beyond the tolerance")
    return text


@dataclass(frozen=True)
class _Row:
    section: str
    measure: cmp.Measure | None = None


class ComparisonModel(QAbstractTableModel):
    """Rows: a title row per section, then its measures; columns: measure, unit, reference,
    then one per trainee."""

    MEASURE, UNIT, REFERENCE = 0, 1, 2

    def __init__(self, locale: str = "vi", lang: str = "vi", parent: Any = None) -> None:
        super().__init__(parent)
        self.locale = locale
        self.lang = lang
        self.comparison: cmp.Comparison | None = None
        self.rows: list[_Row] = []

    def set_comparison(self, comparison: cmp.Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.rows = []
        if comparison is not None:
            for section in cmp.SECTIONS:
                measures = comparison.section(section)
                if measures:
                    self.rows.append(_Row(section))
                    self.rows += [_Row(section, m) for m in measures]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.comparison is None:
            return 0
        return 3 + len(self.comparison.trainees)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.comparison is None:
            return None
        if section == self.MEASURE:
            return translate("TrainingComparison", "Measure")
        if section == self.UNIT:
            return translate("TrainingComparison", "Unit")
        if section == self.REFERENCE:
            return translate("TrainingComparison", "Reference")
        return self.comparison.trainees[section - 3]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        m = row.measure
        if m is None:  # a section's title row
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return section_title(row.section)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(SECTION_FILL)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(SECTION_INK)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        d = m.trainees[column - 3] if column >= 3 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.MEASURE:
                return measure_title(m, self.lang)
            if column == self.UNIT:
                return measure_unit(m)
            return figure(m, m.reference if d is None else d.value, self.locale)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.REFERENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if d is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return difference_text(m, d, self.locale) or None
        if role == Qt.ItemDataRole.BackgroundRole and d.differs:
            return QBrush(DIFFERS_FILL)
        if role == Qt.ItemDataRole.ForegroundRole and d.differs:
            return QBrush(DIFFERS_INK)
        return None

    def differs(self, row: int, column: int) -> bool:
        """Is this cell highlighted (a trainee's figure that differs)?"""
        m = self.rows[row].measure
        return m is not None and column >= 3 and m.trainees[column - 3].differs


class ClosureChart(pg.PlotWidget):
    """Bars of the plant closures (water, energy) of the reference and each trainee."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("closure_chart")
        self.setMinimumHeight(150)
        self.setMaximumHeight(260)
        self.getPlotItem().showGrid(y=True, alpha=0.25)
        self.getPlotItem().setLabel("left", "%", color=INK)
        self.getPlotItem().setMenuEnabled(False)
        self.getPlotItem().addLegend(offset=(10, 5), colCount=2)
        self.bars: list[pg.BarGraphItem] = []

    def update_comparison(self, comparison: cmp.Comparison) -> None:
        plot = self.getPlotItem()
        for item in self.bars:
            plot.removeItem(item)
        self.bars = []
        names = [translate("TrainingComparison", "Reference"), *comparison.trainees]
        plant = [m for m in comparison.section(cmp.CLOSURE) if m.key[1] == ""]
        width = 0.6 / max(len(plant), 1)
        low, high = 0.0, 0.0
        for number, m in enumerate(plant):
            values = [m.reference, *(d.value for d in m.trainees)]
            xs = [i - 0.3 + width * (number + 0.5) for i, v in enumerate(values) if v is not None]
            heights = [v for v in values if v is not None]
            if not heights:
                continue
            colour = CLOSURE_COLOURS[number % len(CLOSURE_COLOURS)]
            low, high = min(low, *heights), max(high, *heights)
            bars = pg.BarGraphItem(x=xs, height=heights, width=width * 0.9, brush=colour, pen=colour)
            plot.addItem(bars)
            plot.legend.addItem(bars, group_title(m.key[0]))
            self.bars.append(bars)
        axis = plot.getAxis("bottom")
        axis.setTicks([list(enumerate(names))])
        plot.setXRange(-0.6, len(names) - 0.4, padding=0)
        span = (high - low) or 1.0
        plot.setYRange(low - (0.05 * span if low < 0 else 0), high + 0.3 * span, padding=0)  # room for the legend


class ComparisonView(QWidget):
    """The table, the chart, and Print to PDF."""

    def __init__(self, db: Any, module_id: Any, locale: str = "vi", lang: str = "vi", parent: Any = None) -> None:
        super().__init__(parent)
        self.db, self.module_id, self.lang = db, module_id, lang
        self.summary = QLabel()
        self.summary.setObjectName("comparison_summary")
        self.summary.setWordWrap(True)
        self.model = ComparisonModel(locale, lang, self)
        self.table = QTableView()
        self.table.setObjectName("comparison_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.chart = ClosureChart()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 180])
        self.print_button = QPushButton(self.tr("Print to PDF…"))
        self.print_button.setObjectName("comparison_print")
        self.print_button.clicked.connect(lambda _checked=False: self.print_pdf())
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.clicked.connect(lambda _checked=False: self.reload())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.data: Any = None

    def reload(self) -> None:
        """Read the comparison again (after results were imported)."""
        from cpdesk.services.training.comparison import compare_module

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.data = compare_module(self.db, self.module_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        c = self.data.comparison
        self.model.set_comparison(c)
        self.chart.update_comparison(c)
        self.table.clearSpans()
        for row, item in enumerate(self.model.rows):
            if item.measure is None:  # a section's title across the whole table
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)
            if column >= ComparisonModel.REFERENCE:
                self.table.setColumnWidth(column, max(self.table.columnWidth(column) + 16, 110))

        parts = [
            self.tr("%1 (reference: %2)")
            .replace("%1", self.data.module.title)
            .replace("%2", self.data.module.reference_title)
        ]
        for number, a in enumerate(self.data.trainees):
            count = c.differences_of(number)
            text = self.tr("%1: 1 figure differs") if count == 1 else self.tr("%1: %2 figures differ")
            text = text.replace("%1", a.trainee_name).replace("%2", str(count))
            if a.returned_at is None:
                text += " " + self.tr("(results not returned yet)")
            parts.append(text)
        self.summary.setText(" · ".join(parts))

    def print_pdf(self, path: str | None = None) -> str | None:
        """Write the comparison as PDF (asks where unless ``path`` is given)."""
        from cpdesk.services.reports import training_reports as reports

        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Print comparison to PDF"), "comparison.pdf", self.tr("PDF files (*.pdf)")
            )
            if not path:
                return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = reports.comparison_report(self.db, self.module_id, path, self.lang)
        except Exception as exc:  # noqa: BLE001
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return None
        QApplication.restoreOverrideCursor()
        return str(written)


class ComparisonDialog(QDialog):
    """The comparison in a window of its own."""

    def __init__(self, db: Any, module_id: Any, locale: str = "vi", lang: str = "vi", parent: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparison_dialog")
        self.setWindowTitle(self.tr("Practical module: results compared"))
        self.view = ComparisonView(db, module_id, locale, lang, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(900, 640)
        self.view.reload()
