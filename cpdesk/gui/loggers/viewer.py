"""The logger viewer: millions of readings on screen, a range, its figures, a measurement.

``LoggerViewer(db, series_id=...)`` or ``LoggerViewer(db, assessment_id=...)`` is a
self-contained widget: the series of the assessment on the left (tick to plot), the plots
(pyqtgraph with peak downsampling and clip-to-view, so ten million points draw as fast as a
screen's width of them), a time-range selector under them, and below them the figures of the
selected range with "Save as measurement" (``range_figures``, worked out on the thread pool
after the first frame).

Keys: ←/→ pan, +/− (or ↑/↓) zoom, Home shows everything, S selects what is visible.
The selection starts as the whole series, or the first week of a very long one.
Times are shown in the series' zone (the first plotted series' offset).
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.loggers.times import parse_time_zone, utc_offsets
from cpdesk.gui import display
from cpdesk.gui.loggers.curves import curve_item, peak_envelope
from cpdesk.gui.loggers.range_figures import RangeFigures, format_time
from cpdesk.services import loggers
from cpdesk.services.assessment import assessments
from cpdesk.services.loggers import SeriesData, SeriesRow

_COLOURS = ("#1f6fc4", "#d99a00", "#2b8a3e", "#c2255c", "#5f3dc4", "#e8590c", "#343a40")
_SERIES_ROLE = Qt.ItemDataRole.UserRole
#: Series up to this many points are selected whole when the viewer opens.
FIRST_SELECTION_POINTS = 2_000_000
#: Runs of readings the time-range selector draws the lowest and highest of (2 per pixel
#: of a wide screen's plot).
OVERVIEW_BINS = 4096


@dataclass
class Curve:
    """A plotted series: its readings, with ``data.times`` as x (seconds in the display zone).

    Only the float seconds are kept, not the nanoseconds as well: ten million readings are
    160 MB, not 240. The nanoseconds of a selection are recovered exactly when needed
    (see :meth:`times_ns`).
    """

    data: SeriesData
    offset_s: int
    colour: str

    @property
    def x(self) -> np.ndarray:
        return self.data.times

    @functools.cached_property
    def y_range(self) -> tuple[float, float]:
        """The lowest and the highest reading (a stored series holds finite readings only)."""
        values = self.data.values
        return (float(values.min()), float(values.max())) if len(values) else (0.0, 0.0)

    def times_ns(self, part: slice) -> np.ndarray:
        """UTC nanoseconds of the readings in ``part``.

        The seconds lose at most a few tenths of a microsecond to floating point, so
        rounding to the microsecond gives the stored times back exactly (loggers do not
        write finer times than that). Converted a block at a time to keep memory flat.
        """
        x = self.data.times[part]
        ns = np.empty(len(x), dtype=np.int64)
        for start in range(0, len(x), 1 << 20):
            block = x[start : start + (1 << 20)] - self.offset_s
            block *= 1e6
            ns[start : start + len(block)] = np.rint(block).astype(np.int64) * 1000
        return ns


class LoggerViewer(QWidget):
    """Plots, range figures and measurements of an assessment's logger series."""

    #: Emitted with the MeasurementRow after a figure was saved as a measurement.
    measurementSaved = Signal(object)

    def __init__(
        self,
        db: Any,
        series_id: uuid.UUID | str | None = None,
        assessment_id: uuid.UUID | str | None = None,
        *,
        locale: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (series_id is None) == (assessment_id is None):
            raise ValueError("give a series or an assessment")
        self.db = db
        self.locale = locale or _preferred_locale()
        first = loggers.get_series(db, series_id) if series_id is not None else None
        self.assessment_id = first.assessment_id if first else assessments.show_assessment(db, assessment_id).row.id
        self.rows: dict[uuid.UUID, SeriesRow] = {r.id: r for r in loggers.list_series(db, self.assessment_id)}
        self.curves: dict[uuid.UUID, Curve] = {}
        self.display_offset_s = 0
        self.zone_label = "UTC"
        self.plots: list[pg.PlotItem] = []
        self.regions: list[pg.LinearRegionItem] = []
        self.cursors: list[pg.InfiniteLine] = []
        self._syncing = False
        self._figures_key: tuple[object, int, int] | None = None
        self._build()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        start = first.id if first else next(iter(self.rows), None)
        for i in range(self.series_list.count()):
            item = self.series_list.item(i)
            if item.data(_SERIES_ROLE) == start:
                item.setCheckState(Qt.CheckState.Checked)  # loads and plots it
                self.series_list.setCurrentItem(item)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.series_list = QListWidget()
        for row in sorted(self.rows.values(), key=lambda r: r.name.casefold()):
            shown = (
                row.name
                if row.unit and row.unit in row.name.replace("m3", "m³")
                else f"{row.name} ({display.unit(row.unit)})"
            )
            item = QListWidgetItem(shown)
            item.setData(_SERIES_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            points = display.number(row.point_count, self.locale, decimals=0)
            item.setToolTip(self.tr("%s points from %s") % (points, row.source_file or "-"))
            self.series_list.addItem(item)
        self.series_list.itemChanged.connect(self._series_toggled)
        self.series_list.currentItemChanged.connect(lambda *_: self._update_figures())

        self.separate = QCheckBox(self.tr("Separate axes"))
        self.separate.toggled.connect(lambda _: self._rebuild_plots())
        zoom = QPushButton(self.tr("Zoom to selection"))
        zoom.clicked.connect(self.zoom_to_selection)
        show_all = QPushButton(self.tr("Show all"))
        show_all.clicked.connect(self.show_all)
        self.readout = QLabel(" ")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar = QHBoxLayout()
        for widget in (self.separate, zoom, show_all):
            bar.addWidget(widget)
        bar.addWidget(self.readout, 1)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self._mouse = pg.SignalProxy(self.graphics.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved)

        streams = loggers.stream_choices(self.db, self.assessment_id)
        self.range_figures = RangeFigures(self.db, streams, self.locale, self.selected_readings)
        self.range_figures.measurementSaved.connect(self.measurementSaved)
        upper = QWidget()
        upper_box = QVBoxLayout(upper)
        upper_box.setContentsMargins(0, 0, 0, 0)
        upper_box.addLayout(bar)
        upper_box.addWidget(self.graphics, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(upper)
        right.addWidget(self.range_figures)
        right.setSizes([470, 330])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.series_list)
        main.addWidget(right)
        main.setSizes([170, 1000])
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(main)

    # -- series ---------------------------------------------------------------------------

    def _series_toggled(self, item: QListWidgetItem) -> None:
        series_id = item.data(_SERIES_ROLE)
        if item.checkState() == Qt.CheckState.Checked and series_id not in self.curves:
            row = self.rows[series_id]
            if not self.curves and row.first_at is not None:
                # One offset for the whole axis (a DST zone would otherwise fold its x back).
                first_ns = int(row.first_at.timestamp()) * 1_000_000_000
                self.display_offset_s = int(utc_offsets(np.array([first_ns]), parse_time_zone(row.time_zone))[0])
                self.zone_label = _offset_label(self.display_offset_s)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                data = loggers.read_series(self.db, series_id, seconds_offset=self.display_offset_s)
            finally:
                QApplication.restoreOverrideCursor()
            colour = _COLOURS[len(self.curves) % len(_COLOURS)]
            self.curves[series_id] = Curve(data, self.display_offset_s, colour)
        elif item.checkState() != Qt.CheckState.Checked:
            self.curves.pop(series_id, None)
        self._rebuild_plots()

    def current_curve(self) -> Curve | None:
        """The series the figures are about: the current list entry if plotted, else the first."""
        item = self.series_list.currentItem()
        if item is not None and item.data(_SERIES_ROLE) in self.curves:
            return self.curves[item.data(_SERIES_ROLE)]
        return next(iter(self.curves.values()), None)

    # -- plots ----------------------------------------------------------------------------

    def _rebuild_plots(self) -> None:
        old_region = self.selection_x()
        self.graphics.clear()
        self.plots, self.regions, self.cursors = [], [], []
        curves = list(self.curves.values())
        groups = [[c] for c in curves] if self.separate.isChecked() else ([curves] if curves else [])
        for group in groups:
            plot = self.graphics.addPlot(row=len(self.plots), col=0, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setLabel("left", ", ".join(dict.fromkeys(display.unit(c.data.row.unit) for c in group)))
            if len(group) > 1:
                plot.addLegend(offset=(10, 5))
            for curve in group:
                plot.addItem(curve_item(curve.x, curve.data.values, curve.colour, curve.data.row.name, curve.y_range))
            if self.plots:
                plot.setXLink(self.plots[0])
            cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#868e96", style=Qt.PenStyle.DashLine))
            plot.addItem(cursor, ignoreBounds=True)
            region = pg.LinearRegionItem(brush=pg.mkBrush(31, 111, 196, 40))
            region.setZValue(-10)
            plot.addItem(region, ignoreBounds=True)
            region.sigRegionChanged.connect(self._region_moved)
            region.sigRegionChangeFinished.connect(lambda *_: self._update_figures())
            self.plots.append(plot)
            self.regions.append(region)
            self.cursors.append(cursor)
        self._build_overview(curves)
        bounds = self.data_bounds()
        if bounds is not None:
            self.set_selection(*(old_region or self._first_selection(bounds)))
            self.plots[0].setXRange(*bounds, padding=0.01)
        self._update_figures()

    def _first_selection(self, bounds: tuple[float, float]) -> tuple[float, float]:
        """Everything, or for a long series its first week: the figures of ten million
        readings take seconds and a few hundred MB, which a first look should not cost."""
        if sum(len(c.x) for c in self.curves.values()) <= FIRST_SELECTION_POINTS:
            return bounds
        return bounds[0], min(bounds[1], bounds[0] + 7 * 86_400)

    def _build_overview(self, curves: list[Curve]) -> None:
        """The time-range selector: the whole first series, and a handle for what is shown."""
        self.overview = None
        if not curves:
            return
        overview = self.graphics.addPlot(row=len(self.plots), col=0, axisItems={"bottom": pg.DateAxisItem(utcOffset=0)})
        overview.setMaximumHeight(90)
        overview.setDownsampling(auto=True, mode="peak")
        overview.setClipToView(True)
        overview.setMouseEnabled(x=False, y=False)
        overview.hideAxis("left")
        # The overview never zooms: it draws the peaks of the whole series, worked out once
        # (as its own downsampling would on the first frame, without the bounds of every point).
        x, y = peak_envelope(curves[0].x, curves[0].data.values, OVERVIEW_BINS)
        overview.addItem(curve_item(x, y, "#adb5bd", None, curves[0].y_range))
        self.view_handle = pg.LinearRegionItem(brush=pg.mkBrush(0, 0, 0, 18))
        # ignoreBounds, and a fixed range: moving the handle must not re-range the overview,
        # which would make it downsample all its points again on every zoom of the plots.
        overview.addItem(self.view_handle, ignoreBounds=True)
        bounds = self.data_bounds()
        if bounds is not None:
            overview.setXRange(*bounds, padding=0.01)
            overview.enableAutoRange(axis="x", enable=False)
        self.view_handle.sigRegionChanged.connect(self._handle_moved)
        self.plots[0].sigXRangeChanged.connect(self._view_moved)
        self.overview = overview

    def data_bounds(self) -> tuple[float, float] | None:
        xs = [c.x for c in self.curves.values() if len(c.x)]
        if not xs:
            return None
        return min(float(x[0]) for x in xs), max(float(x[-1]) for x in xs)

    def _handle_moved(self) -> None:
        if self._syncing or not self.plots:
            return
        self._syncing = True
        self.plots[0].setXRange(*self.view_handle.getRegion(), padding=0)
        self._syncing = False

    def _view_moved(self, _plot: Any, x_range: tuple[float, float]) -> None:
        if self._syncing or self.overview is None:
            return
        self._syncing = True
        self.view_handle.setRegion(x_range)
        self._syncing = False

    def _region_moved(self, moved: pg.LinearRegionItem) -> None:
        if self._syncing:
            return
        self._syncing = True
        for region in self.regions:
            if region is not moved:
                region.setRegion(moved.getRegion())
        self._syncing = False

    def selection_x(self) -> tuple[float, float] | None:
        return tuple(self.regions[0].getRegion()) if self.regions else None  # type: ignore[return-value]

    def set_selection(self, x0: float, x1: float) -> None:
        """Select the range [x0, x1] (display seconds) in every plot."""
        if self.regions:
            self.regions[0].setRegion((x0, x1))
            self._region_moved(self.regions[0])
            self._update_figures()

    def show_all(self) -> None:
        bounds = self.data_bounds()
        if bounds is not None:
            self.plots[0].setXRange(*bounds, padding=0.01)

    def zoom_to_selection(self) -> None:
        selection = self.selection_x()
        if selection is not None:
            self.plots[0].setXRange(*selection, padding=0.02)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.range_figures.cancel_figures()  # deleted with the viewer, it would cancel too
        self._figures_key = None  # shown again, the next selection works them out anew
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self.plots:
            return super().keyPressEvent(event)
        (x0, x1), _ = self.plots[0].viewRange()
        width, key = x1 - x0, event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = width * 0.1 * (-1 if key == Qt.Key.Key_Left else 1)
            self.plots[0].setXRange(x0 + step, x1 + step, padding=0)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up, Qt.Key.Key_Minus, Qt.Key.Key_Down):
            factor = 0.5 if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Up) else 2.0
            middle = (x0 + x1) / 2
            self.plots[0].setXRange(middle - width * factor / 2, middle + width * factor / 2, padding=0)
        elif key == Qt.Key.Key_Home:
            self.show_all()
        elif key == Qt.Key.Key_S:
            self.set_selection(x0, x1)
        else:
            super().keyPressEvent(event)

    def _mouse_moved(self, event: tuple[Any]) -> None:
        position = event[0]
        for plot in self.plots:
            if plot.sceneBoundingRect().contains(position):
                self.show_readout(plot.vb.mapSceneToView(position).x())
                return

    def show_readout(self, x: float) -> None:
        """Put the crosshair at ``x`` and show the time and every plotted value there."""
        for cursor in self.cursors:
            cursor.setPos(x)
        parts = [f"{format_time(x)} ({self.zone_label})"]
        for curve in self.curves.values():
            if not len(curve.x):
                continue
            i = int(np.clip(np.searchsorted(curve.x, x), 1, len(curve.x) - 1))
            i = i - 1 if abs(curve.x[i - 1] - x) <= abs(curve.x[i] - x) else i
            value = display.number(float(curve.data.values[i]), self.locale)
            parts.append(f"{curve.data.row.name}: {value} {display.unit(curve.data.row.unit)}")
        self.readout.setText("   ".join(parts))

    # -- figures --------------------------------------------------------------------------

    def selected_readings(self) -> tuple[Curve, slice] | None:
        """The current series and the slice of its readings inside the selection."""
        curve, selection = self.current_curve(), self.selection_x()
        if curve is None or selection is None:
            return None
        start = int(np.searchsorted(curve.x, selection[0], side="left"))
        stop = int(np.searchsorted(curve.x, selection[1], side="right"))
        return curve, slice(start, stop)

    def _update_figures(self) -> None:
        chosen = self.selected_readings()
        key = None if chosen is None else (chosen[0].data.row.id, chosen[1].start, chosen[1].stop)
        if key == self._figures_key:
            return  # the same readings: several signals fire for one change
        self._figures_key = key
        self.range_figures.show_range(chosen, self.display_offset_s)


def _offset_label(seconds: int) -> str:
    sign, minutes = ("-" if seconds < 0 else "+"), abs(seconds) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _preferred_locale() -> str:
    try:
        from cpdesk.gui import preferences

        return preferences.load().numbers
    except Exception:  # noqa: BLE001 - preferences are a nicety here, not a need
        return "vi"
