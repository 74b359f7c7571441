"""The three charts of verified savings: consumption against the first driver with the fitted
line and its prediction band, the baseline against actual use over time, and the CUSUM.

Fed a :class:`cpdesk.core.mv.verification.Verification` and the names to write (the carrier's
label, the driver, the units, in the interface language); every tick and figure in the
user's number notation (:class:`LocaleAxis`), the periods named as months (or days) in the
interface language. The views draw what the core worked out and compute nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cpdesk.core.dates import format_date, format_month
from cpdesk.core.mv.verification import Verification
from cpdesk.gui import display
from cpdesk.gui.plots.base import AXIS, INK, LocaleAxis, PlotView, plot_title

BASELINE = "#1864ab"
REPORTING = "#e8590c"
BAND = (24, 100, 171, 45)
EXPECTED = "#495057"
#: Ticks along the time axis at most (the months' names must not run into each other).
MAX_TICKS = 5


@dataclass(frozen=True)
class Names:
    """How the charts name what they show, in the interface language."""

    carrier: str
    unit: str
    driver: str = ""
    driver_unit: str = ""


def period_names(starts: Sequence[date], lang: str, monthly: bool) -> list[str]:
    """Each period by its month (vi "03/2004", en "Mar 2004"), or by its first day."""
    return [format_month(s, lang) if monthly else format_date(s, lang) for s in starts]


def rate(unit: str, per_day: bool, lang: str) -> str:
    """A unit as the scatter chart's axes read it: per day when the model is per day
    ("t/ngày" in Vietnamese), else as it is."""
    if not unit:
        return ""
    return display.unit(f"{unit}/day" if per_day else unit, lang)


class PeriodAxis(pg.AxisItem):
    """A bottom axis naming the periods 0, 1, 2 ... by their months, a few of them."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("bottom", **kwargs)
        self.setTextPen(pg.mkPen(INK))
        self.setPen(pg.mkPen(AXIS))
        self.names: list[str] = []

    def set_names(self, names: Sequence[str]) -> None:
        self.names = list(names)
        step = max(1, -(-len(self.names) // MAX_TICKS))
        self.setTicks([[(float(i), n) for i, n in enumerate(self.names) if i % step == 0], []])


class _Chart(PlotView):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        locale: str = "vi",
        time_axis: bool = False,
        legend_at: tuple[int, int] | None = (10, 8),
    ) -> None:
        super().__init__(parent, locale=locale)
        self.period_axis = PeriodAxis() if time_axis else None
        bottom = self.period_axis or LocaleAxis("bottom", locale)
        self.plot = self.addPlot(axisItems={"bottom": bottom, "left": LocaleAxis("left", locale)})
        self._quiet(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        # where the data leave room: top left of the scatter (its points climb to the right),
        # bottom left of the use over time; the CUSUM's one line needs none
        self.legend = (
            self.plot.addLegend(offset=legend_at, labelTextColor=INK, brush=pg.mkBrush(255, 255, 255, 210))
            if legend_at is not None
            else None
        )
        #: The series drawn (name -> y values), for tests and for nothing else.
        self.drawn: dict[str, tuple[float, ...]] = {}

    def reset(self) -> None:
        """Nothing to draw."""
        self.plot.clear()
        if self.legend is not None:
            self.legend.clear()
        plot_title(self.plot, "")
        self.drawn = {}

    def _curve(self, key: str, x: Sequence[float], y: Sequence[float], name: str, **style: object) -> None:
        self.plot.plot(list(x), list(y), name=name if self.legend is not None else None, **style)
        self.drawn[key] = tuple(y)

    def _reporting_line(self, v: Verification) -> None:
        first = next((i for i, r in enumerate(v.reporting) if r), None)
        if first is not None:
            pen = pg.mkPen(AXIS, width=1, style=Qt.PenStyle.DashLine)
            # the label right of the line, at its top: the legends stand at the left
            line = pg.InfiniteLine(
                pos=first - 0.5,
                angle=90,
                pen=pen,
                label=QCoreApplication.translate("VerificationPlots", "reporting period"),
                labelOpts={"position": 0.97, "anchors": [(0, 0), (0, 0)], "color": INK},
            )
            self.plot.addItem(line)

    def _time(self, v: Verification, lang: str) -> list[float]:
        assert self.period_axis is not None
        monthly = v.model.criteria.interval == "monthly"
        self.period_axis.set_names(period_names(v.series.starts, lang, monthly))
        return [float(i) for i in range(len(v.series))]


class ScatterChart(_Chart):
    """Consumption against the first driver: baseline and reporting periods, the fitted line
    and its prediction band (per day when the periods are of unequal length)."""

    def update_chart(self, v: Verification, names: Names, lang: str) -> None:
        self.reset()
        line = v.line
        if line is None:
            plot_title(
                self.plot,
                QCoreApplication.translate("VerificationPlots", "The mean model has no driver to draw against"),
            )
            return
        plot_title(
            self.plot,
            QCoreApplication.translate("VerificationPlots", "%1 against %2")
            .replace("%1", names.carrier)
            .replace("%2", names.driver),
        )
        self.plot.setLabel("bottom", f"{names.driver}, {rate(names.driver_unit, v.per_day, lang)}".rstrip(", "))
        self.plot.setLabel("left", f"{names.carrier}, {rate(names.unit, v.per_day, lang)}")
        lower = self.plot.plot(list(line.x), list(line.lower), pen=pg.mkPen(BAND[:3], width=0.5))
        upper = self.plot.plot(list(line.x), list(line.upper), pen=pg.mkPen(BAND[:3], width=0.5))
        band = pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(*BAND))
        self.plot.addItem(band)
        percent = f"{round(100 * line.confidence)}"
        # the legend's sample of the band: a broad stroke of its colour (pyqtgraph's sample
        # of a FillBetweenItem crashes when painted)
        sample = pg.PlotDataItem(pen=pg.mkPen(BAND, width=8))
        self.legend.addItem(
            sample, QCoreApplication.translate("VerificationPlots", "Prediction band, %1 %").replace("%1", percent)
        )
        self.drawn["band"] = line.upper
        self._curve(
            "fitted",
            line.x,
            line.fitted,
            QCoreApplication.translate("VerificationPlots", "Baseline model"),
            pen=pg.mkPen(BASELINE, width=2),
        )
        for reporting, colour, name in (
            (False, BASELINE, QCoreApplication.translate("VerificationPlots", "Baseline periods")),
            (True, REPORTING, QCoreApplication.translate("VerificationPlots", "Reporting periods")),
        ):
            xs, ys = v.points(reporting)
            if xs:
                self.plot.plot(
                    list(xs),
                    list(ys),
                    pen=None,
                    symbol="o",
                    symbolSize=7,
                    symbolBrush=colour,
                    symbolPen=None,
                    name=name,
                )
                self.drawn["reporting" if reporting else "baseline"] = ys


class TimeChart(_Chart):
    """Actual use and the model's baseline over every period (the adjusted baseline in the
    reporting period), the reporting period's start marked."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent, locale=locale, time_axis=True, legend_at=(10, -8))

    def update_chart(self, v: Verification, names: Names, lang: str) -> None:
        self.reset()
        x = self._time(v, lang)
        plot_title(
            self.plot,
            QCoreApplication.translate("VerificationPlots", "Baseline and actual"),
        )
        self.plot.setLabel("left", f"{names.carrier}, {names.unit}")
        self._curve(
            "expected",
            x,
            v.expected,
            QCoreApplication.translate("VerificationPlots", "Baseline"),
            pen=pg.mkPen(EXPECTED, width=2, style=Qt.PenStyle.DashLine),
        )
        self._curve(
            "actual",
            x,
            v.series.consumption,
            QCoreApplication.translate("VerificationPlots", "Actual"),
            pen=pg.mkPen(BASELINE, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=BASELINE,
            symbolPen=None,
        )
        self._reporting_line(v)


class CusumChart(_Chart):
    """The running total of actual minus the baseline: flat while the plant runs as in the
    baseline, falling while it saves."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent, locale=locale, time_axis=True, legend_at=None)

    def update_chart(self, v: Verification, names: Names, lang: str) -> None:
        self.reset()
        x = self._time(v, lang)
        plot_title(
            self.plot,
            QCoreApplication.translate("VerificationPlots", "CUSUM of %1").replace("%1", names.carrier),
        )
        said = QCoreApplication.translate("VerificationPlots", "actual − baseline, %1")
        self.plot.setLabel("left", said.replace("%1", names.unit))
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(AXIS, width=1)))
        self._curve(
            "cusum",
            x,
            v.cusum,
            QCoreApplication.translate("VerificationPlots", "CUSUM"),
            pen=pg.mkPen(REPORTING, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=REPORTING,
            symbolPen=None,
        )
        self._reporting_line(v)
