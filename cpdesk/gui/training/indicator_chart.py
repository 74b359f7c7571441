"""The trend of one of the centre's indicators: its value per period (normalised), each point
green when the target is met and red when not, and the target as a dashed line.

A plot view in the house style (:class:`cpdesk.gui.plots.base.PlotView`): white canvas,
numbers in the user's notation, right-click to copy or export as PNG or SVG. It is fed plain
data by :meth:`IndicatorTrendView.update_trend` and keeps no session.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cpdesk.core import dates
from cpdesk.core.training import IndicatorStatus, TrendPoint
from cpdesk.gui import display
from cpdesk.gui.plots.base import INK, CategoryAxis, LocaleAxis, PlotView, fmt, plot_font

MET = "#2f9e44"
NOT_MET = "#d0312d"
NEUTRAL = "#1f6fc4"
TARGET = "#495057"
LINE = "#868e96"


def period_name(start: date, end: date, lang: str | None = None) -> str:
    """A period as a user names it: "2004", "2004 Q2", a month ("03/2004" in Vietnamese,
    "Mar 2004" in English), or its two dates as every screen writes them."""
    next_day = end + timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        months = (next_day.year - start.year) * 12 + next_day.month - start.month
        if months == 12 and start.month == 1:
            return str(start.year)
        if months == 3 and start.month in (1, 4, 7, 10):
            return f"{start.year} Q{(start.month - 1) // 3 + 1}"
        if months == 1:
            return dates.format_month(start, lang or display.language())
    return f"{display.day(start, lang)} – {display.day(end, lang)}"


def point_colour(status: IndicatorStatus) -> str:
    if status == IndicatorStatus.MET:
        return MET
    if status == IndicatorStatus.NOT_MET:
        return NOT_MET
    return NEUTRAL


class IndicatorTrendView(PlotView):
    """Values per period with the target line."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent, locale=locale)
        self.x_axis = CategoryAxis("bottom")
        self.y_axis = LocaleAxis("left", locale)
        self.plot: pg.PlotItem = self.addPlot(axisItems={"bottom": self.x_axis, "left": self.y_axis})
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self._quiet(self.plot)
        self.points: list[TrendPoint] = []
        self.target: float | None = None
        self.setMinimumHeight(220)

    def reset(self, message: str = "") -> None:
        self.plot.clear()
        self.points, self.target = [], None
        self.x_axis.set_names([])
        self.plot.setTitle(message, color=INK, size="10pt")

    def update_trend(self, title: str, unit: str, points: Sequence[TrendPoint], target: float | None) -> None:
        """Draw ``points`` (in period order) and the ``target`` line, titled with the indicator."""
        self.plot.clear()
        self.points, self.target = list(points), target
        self.plot.setTitle(title, color=INK, size="10pt")
        self.y_axis.setLabel(unit, color=INK)
        self.x_axis.set_names([period_name(p.period_start, p.period_end) for p in points], plot_font(9.0))
        if not points:
            self.plot.setTitle(
                title + " — " + QCoreApplication.translate("IndicatorChart", "no values recorded yet"),
                color=INK,
                size="10pt",
            )
            return
        xs = list(range(len(points)))
        ys = [p.value for p in points]
        self.plot.plot(xs, ys, pen=pg.mkPen(LINE, width=2))
        brushes = [pg.mkBrush(point_colour(p.status)) for p in points]
        self.scatter = pg.ScatterPlotItem(xs, ys, size=11, brush=brushes, pen=pg.mkPen("w", width=1.5))
        self.plot.addItem(self.scatter)
        for x, p in zip(xs, points, strict=True):
            text = pg.TextItem(fmt(p.value, self.locale), color=point_colour(p.status), anchor=(0.5, 1.25))
            text.setFont(plot_font(9.0, bold=True))
            text.setPos(x, p.value)
            self.plot.addItem(text)
        values = list(ys)
        if target is not None:
            line = pg.InfiniteLine(
                pos=target,
                angle=0,
                pen=pg.mkPen(TARGET, width=1.5, style=Qt.PenStyle.DashLine),
                label=QCoreApplication.translate("IndicatorChart", "target %1").replace("%1", fmt(target, self.locale)),
                labelOpts={"position": 0.02, "color": TARGET, "anchors": [(0, 1), (0, 1)]},
            )
            self.plot.addItem(line)
            self.target_line = line
            values.append(target)
        low, high = min(0.0, min(values)), max(values)
        self.plot.setYRange(low, high * 1.2 if high > 0 else 1.0, padding=0)
        self.plot.setXRange(-0.6, len(points) - 0.4, padding=0)
