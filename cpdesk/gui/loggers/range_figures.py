"""The figures of a selected range of a logger series, and "Save as measurement".

The lower half of the logger viewer: the figures of the readings inside the selection
(minimum, mean, maximum, percentiles, energy, base load, peak demand, load factor), the
load-duration curve and the daily and weekly profiles, and the choice of a figure and a
stream that "Save as measurement" turns into a measurement linked to the series and the range
(one service call).

The figures are worked out on the thread pool (``gui.workers``), and only once the table has
been on screen: the viewer's first frame neither waits for them nor shares the processor with
them, and the table says "Computing…" meanwhile. The job reads only the numpy arrays of the
series; a result for a range no longer selected is dropped, and the job is cancelled when the
range changes again or the viewer closes. The daily and weekly profiles' plots are built when
their tab is first opened (each would add some 20 ms to the first frame), and drawn with
the figures already worked out.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
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
from cpdesk.core.loggers.stats import (
    Profile,
    RangeStats,
    daily_profile,
    load_duration_curve,
    range_stats,
    weekly_profile,
)
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.workers import Job, run_job
from cpdesk.services import loggers

if TYPE_CHECKING:
    from cpdesk.gui.loggers.viewer import Curve

#: The figures "Save as measurement" offers, in the order of its list.
STATISTICS = ("mean", "min", "max", "p95", "base_load", "peak_demand", "total", "total_per_day")


@dataclass
class Figures:
    """What the figures area shows of a range, worked out off the GUI thread."""

    stats: RangeStats
    duration: tuple[np.ndarray, np.ndarray]
    daily: Profile
    weekly: Profile


def work_out_figures(curve: Curve, part: slice, cancelled: CancelCheck) -> Figures | None:
    """The figures, load-duration curve and profiles of ``curve``'s readings in ``part``;
    None if cancelled on the way. Numpy only, no Qt object: it runs on a worker thread."""
    times, values, row = curve.times_ns(part), curve.data.values[part], curve.data.row
    if cancelled():
        return None
    ordered = np.sort(values)  # once, for the percentiles and the load-duration curve
    stats = range_stats(times, values, row.unit, curve.data.zone, ordered=ordered)
    duration = load_duration_curve(values, ordered=ordered)
    del ordered
    if cancelled():
        return None
    daily = daily_profile(times, values, curve.data.zone)
    return Figures(stats, duration, daily, weekly_profile(times, values, curve.data.zone))


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
        self._job: Job | None = None
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
        self.daily_plot: pg.PlotWidget | None = None  # built when its tab is first opened
        self.weekly_plot: pg.PlotWidget | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self.duration_plot, self.tr("Load-duration curve"))
        self.tabs.addTab(_tab_page(), self.tr("Daily profile"))
        self.tabs.addTab(_tab_page(), self.tr("Weekly profile"))
        self.tabs.currentChanged.connect(self._tab_opened)
        self.addWidget(figures_panel)
        self.addWidget(self.tabs)
        self.setSizes([360, 520])
        self._drawn: tuple[Curve, Figures] | None = None  # what the plots show
        self._waiting: tuple[Curve, slice, int] | None = None  # asked for before the first frame
        self._on_screen = False
        self.table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The first time the table is painted, start working out the figures asked for."""
        if event.type() == QEvent.Type.Paint and not self._on_screen:
            self._on_screen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._start_waiting)  # once this frame is painted
        return False

    def _tab_opened(self, index: int) -> None:
        """Build the daily or the weekly plot the first time its tab is opened."""
        if index == 1 and self.daily_plot is None:
            self.daily_plot = _small_plot(self.tr("hour of day"))
            self._place(index, self.daily_plot)
        elif index == 2 and self.weekly_plot is None:
            self.weekly_plot = _small_plot(self.tr("hour of week (Monday 0:00 first)"))
            self._place(index, self.weekly_plot)

    def _place(self, index: int, plot: pg.PlotWidget) -> None:
        self.tabs.widget(index).layout().addWidget(plot)
        plot.show()  # at once, not on the next turn of the event loop as a layout would
        self._draw(plot)

    def show_range(self, chosen: tuple[Curve, slice] | None, display_offset_s: int) -> None:
        """Show the figures, curve and profiles of ``chosen`` (a series and the slice of its
        readings), or nothing if no readings are chosen. The figures are worked out on the
        thread pool, once the table has been on screen; "Computing…" stands in the table until
        they arrive."""
        self.cancel_figures()
        self.table.setRowCount(0)
        self.table.clearSpans()
        self._drawn = None
        for plot in self._plots():
            plot.clear()
        if chosen is None or chosen[1].stop <= chosen[1].start:
            self.save_button.setEnabled(False)
            return
        self.save_button.setEnabled(True)  # saving works the figure out itself
        self.table.setRowCount(1)
        self.table.setSpan(0, 0, 1, 2)
        self.table.setItem(0, 0, QTableWidgetItem(QCoreApplication.translate("RangeFigures", "Computing…")))
        self._waiting = (chosen[0], chosen[1], display_offset_s)
        if self._on_screen:
            self._start_waiting()

    def _start_waiting(self) -> None:
        """Work out on the thread pool the figures asked for last, if any still are."""
        if self._waiting is None:
            return
        (curve, part, display_offset_s), self._waiting = self._waiting, None

        def work(_progress: Progress, cancelled: CancelCheck) -> Figures | None:
            return work_out_figures(curve, part, cancelled)

        job = run_job(
            work,
            lambda figures: self._show_figures(job, curve, figures, display_offset_s),
            parent=self,
            on_error=lambda error: self._figures_failed(job, error),
            show_progress=False,
        )
        self._job = job

    def figures_pending(self) -> bool:
        """The figures of the selected range are still to come: waiting for the table's first
        frame, or being worked out."""
        return self._job is not None or self._waiting is not None

    def cancel_figures(self) -> None:
        """Stop working out the figures shown last (the range changed, the viewer closes)."""
        self._waiting = None
        job, self._job = self._job, None
        if job is not None:
            job.cancel()

    def _figures_failed(self, job: Job, error: BaseException) -> None:
        if job is self._job:  # an error of a range no longer selected is of no interest
            self._job = None
            self.table.setRowCount(0)
            self.table.clearSpans()
            self.status.setText(describe(error))

    def _show_figures(self, job: Job, curve: Curve, figures: Figures | None, display_offset_s: int) -> None:
        if job is not self._job or figures is None:
            return  # worked out for a range selected before: dropped
        self._job = None
        self.table.setRowCount(0)
        self.table.clearSpans()
        for label, value in self._figure_rows(figures.stats, display_offset_s):
            at = self.table.rowCount()
            self.table.insertRow(at)
            self.table.setItem(at, 0, QTableWidgetItem(label))
            cell = QTableWidgetItem(value)
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(at, 1, cell)
        self._drawn = (curve, figures)
        for plot in self._plots():
            self._draw(plot)

    def _plots(self) -> list[pg.PlotWidget]:
        """The plots built so far (the profiles' are built when their tab is opened)."""
        return [p for p in (self.duration_plot, self.daily_plot, self.weekly_plot) if p is not None]

    def _draw(self, plot: pg.PlotWidget) -> None:
        """Draw into ``plot`` its curve of the figures shown, if there are any."""
        plot.clear()
        if self._drawn is None:
            return
        curve, figures = self._drawn
        pen = pg.mkPen(curve.colour, width=2)
        if plot is self.duration_plot:
            share, duration = figures.duration
            plot.plot(share * 100, duration, pen=pen)
        elif plot is self.daily_plot:
            daily = figures.daily
            hours = np.arange(len(daily.mean)) * daily.bin_hours
            plot.plot(hours, daily.maximum, pen=pg.mkPen("#ced4da"))
            plot.plot(hours, daily.minimum, pen=pg.mkPen("#ced4da"))
            plot.plot(hours, daily.mean, pen=pen, symbol="o", symbolSize=4, symbolBrush=curve.colour)
        elif plot is self.weekly_plot:
            plot.plot(np.arange(168), figures.weekly.mean, pen=pen, connect="finite")

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


def _tab_page() -> QWidget:
    """An empty tab page that a plot is put in when the tab is first opened."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    return page


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
