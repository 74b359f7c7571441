"""The figures of a selected range of a logger series, and "Save as measurement".

The lower half of the logger viewer: the figures of the readings inside the selection
(minimum, mean, maximum, percentiles, energy, base load, peak demand, load factor), the
load-duration curve and the daily and weekly profiles, and the choice of a figure and a
stream that "Save as measurement" turns into a measurement linked to the series and the range
(one service call).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import labels, units
from cpdesk.core.errors import CpdeskError
from cpdesk.core.loggers.stats import RangeStats, daily_profile, load_duration_curve, range_stats, weekly_profile
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.services import loggers

if TYPE_CHECKING:
    from cpdesk.gui.loggers.viewer import Curve

#: The figures "Save as measurement" offers, in the order of its list.
STATISTICS = ("mean", "min", "max", "p95", "base_load", "peak_demand", "total", "total_per_day")


class RangeFigures(QSplitter):
    """The figures table with its save row on the left, the curve and profiles on the right."""

    #: Emitted with the MeasurementRow after a figure was saved as a measurement.
    measurementSaved = Signal(object)

    def __init__(
        self,
        db: Any,
        streams: list[tuple[str, uuid.UUID]],
        locale: str,
        selected: Callable[[], tuple[Curve, slice] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.db = db
        self.locale = locale
        self.selected = selected
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.statistic = QComboBox()
        for key in STATISTICS:
            self.statistic.addItem(self.statistic_label(key), key)
        self.stream = QComboBox()
        self.stream.addItem(self.tr("(the series' stream)"), None)
        for name, stream_id in streams:
            self.stream.addItem(name, stream_id)
        self.save_button = QPushButton(self.tr("Save as measurement"))
        self.save_button.setEnabled(False)  # until a range with readings is selected
        self.save_button.clicked.connect(self.save_measurement)
        self.status = QLabel(" ")
        self.status.setWordWrap(True)
        save_row = QHBoxLayout()
        for widget in (self.statistic, self.stream, self.save_button):
            save_row.addWidget(widget)
        figures_box = QVBoxLayout()
        figures_box.addWidget(self.table, 1)
        figures_box.addLayout(save_row)
        figures_box.addWidget(self.status)
        figures_panel = QWidget()
        figures_panel.setLayout(figures_box)

        self.duration_plot = _small_plot(self.tr("share of time (%)"))
        self.daily_plot = _small_plot(self.tr("hour of day"))
        self.weekly_plot = _small_plot(self.tr("hour of week (Monday 0:00 first)"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.duration_plot, self.tr("Load-duration curve"))
        self.tabs.addTab(self.daily_plot, self.tr("Daily profile"))
        self.tabs.addTab(self.weekly_plot, self.tr("Weekly profile"))
        self.addWidget(figures_panel)
        self.addWidget(self.tabs)
        self.setSizes([360, 520])

    def show_range(self, chosen: tuple[Curve, slice] | None, display_offset_s: int) -> None:
        """Show the figures, curve and profiles of ``chosen`` (a series and the slice of its
        readings), or nothing if no readings are chosen."""
        self.table.setRowCount(0)
        for plot in (self.duration_plot, self.daily_plot, self.weekly_plot):
            plot.clear()
        if chosen is None or chosen[1].stop <= chosen[1].start:
            self.save_button.setEnabled(False)
            return
        curve, part = chosen
        times, values, row = curve.times_ns(part), curve.data.values[part], curve.data.row
        ordered = np.sort(values)  # once, for the percentiles and the load-duration curve
        stats = range_stats(times, values, row.unit, curve.data.zone, ordered=ordered)
        self.save_button.setEnabled(True)
        for label, value in self._figure_rows(stats, display_offset_s):
            at = self.table.rowCount()
            self.table.insertRow(at)
            self.table.setItem(at, 0, QTableWidgetItem(label))
            cell = QTableWidgetItem(value)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(at, 1, cell)
        pen = pg.mkPen(curve.colour, width=2)
        share, duration = load_duration_curve(values, ordered=ordered)
        del ordered
        self.duration_plot.plot(share * 100, duration, pen=pen)
        daily = daily_profile(times, values, curve.data.zone)
        hours = np.arange(len(daily.mean)) * daily.bin_hours
        self.daily_plot.plot(hours, daily.maximum, pen=pg.mkPen("#ced4da"))
        self.daily_plot.plot(hours, daily.minimum, pen=pg.mkPen("#ced4da"))
        self.daily_plot.plot(hours, daily.mean, pen=pen, symbol="o", symbolSize=4, symbolBrush=curve.colour)
        weekly = weekly_profile(times, values, curve.data.zone)
        self.weekly_plot.plot(np.arange(168), weekly.mean, pen=pen, connect="finite")

    def _figure_rows(self, s: RangeStats, display_offset_s: int) -> list[tuple[str, str]]:
        unit = display.unit(s.unit)

        def n(value: float | None, suffix: str = unit) -> str:
            return f"{display.number(value, self.locale)} {suffix}".strip() if value is not None else "–"

        rows = [
            (self.tr("Readings"), f"{s.count:,}".replace(",", "." if self.locale == "vi" else ",")),
            (self.tr("From"), format_time(s.first_ns / 1e9 + display_offset_s)),
            (self.tr("To"), format_time(s.last_ns / 1e9 + display_offset_s)),
            (self.statistic_label("min"), n(s.minimum)),
            (self.statistic_label("mean"), n(s.mean)),
            (self.statistic_label("max"), n(s.maximum)),
        ]
        rows += [(f"P{q:g}", n(s.percentiles[q])) for q in (5.0, 50.0, 95.0) if q != s.base_percentile]
        rows += [
            (self.tr("Base load (P%s)") % f"{s.base_percentile:g}", n(s.base_load)),
            (self.tr("Peak demand (%s min)") % f"{s.demand_interval_s / 60:g}", n(s.peak_demand)),
            (self.tr("Load factor"), n(s.load_factor, "")),
        ]
        if s.amount is not None:
            kind = units.dimension_of(s.amount_unit or "")
            label = {"energy": self.tr("Energy"), "volume": self.tr("Volume"), "mass": self.tr("Mass")}
            rows.append((label.get(kind, self.tr("Total")), n(s.amount, display.unit(s.amount_unit))))
        return rows

    def statistic_label(self, key: str) -> str:
        """The name of a figure "Save as measurement" offers (kind "LoggerStatistic")."""
        return labels.label("LoggerStatistic", key, display.language())

    def save_measurement(self) -> None:
        """Save the chosen figure of the selected range as a measurement (one service call)."""
        chosen = self.selected()
        if chosen is None or chosen[1].stop <= chosen[1].start:
            return
        curve, part = chosen
        first, last = curve.times_ns(slice(part.start, part.start + 1)), curve.times_ns(slice(part.stop - 1, part.stop))
        try:
            row = loggers.save_measurement(
                self.db,
                curve.data.row.id,
                self.statistic.currentData(),
                t_from=int(first[0]),
                t_to=int(last[0]),
                stream=self.stream.currentData(),
            )
        except CpdeskError as exc:
            self.status.setText(self.tr("Not saved: %s") % describe(exc))
            return
        value = display.number(row.value, self.locale)
        self.status.setText(self.tr("Saved: %s %s for %s") % (value, display.unit(row.unit), row.stream))
        self.measurementSaved.emit(row)


def _small_plot(bottom: str) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.setLabel("bottom", bottom)
    return plot


def format_time(x: float) -> str:
    """Display seconds (already shifted to the series' zone) as a wall-clock time, to the
    second, written as every screen writes a moment ("04/03/2024 10:00:20" in Vietnamese)."""
    return display.moment(_EPOCH + timedelta(seconds=round(x)), seconds=True)


_EPOCH = datetime(1970, 1, 1)
