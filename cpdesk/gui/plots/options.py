"""Charts of the CP options and the waste costs behind them.

- :class:`PaybackNpvView`: simple payback and NPV of each option, side by side, options
  sorted by payback (the quickest wins on top), bars in the colour of the option category.
- :class:`CostSavingsView`: investment against annual savings, one bubble per option whose
  area is the CO2 it avoids, coloured by category; the lines of 1- and 3-year payback.
- :class:`~cpdesk.gui.plots.waste_pareto.WasteParetoView` (its own module): the annual
  cost of each waste stream, largest first, with the cumulative share and the 80 % line.
- :class:`OptionsCharts`: the three as tabs, fed in one call.

Amounts of money are drawn in millions of VND (or thousands of another currency).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTabWidget, QWidget

from cpdesk.core.appraisal import OptionAppraisal
from cpdesk.core.labels import label as label_of
from cpdesk.core.numbers import format_number
from cpdesk.core.rows import WasteStreamRow
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.gui.plots.base import (
    INK,
    CategoryAxis,
    LocaleAxis,
    PlotView,
    elide,
    fmt,
    money_scale,
    plot_font,
    plot_title,
    reach,
)
from cpdesk.gui.plots.palette import category_colour
from cpdesk.gui.plots.waste_pareto import WasteParetoView

NEGATIVE = "#e03131"


def _fit_legend(legend: pg.LegendItem, width: float) -> None:
    """As many columns of categories as the window holds: a wider legend would widen the plot past the window."""
    columns = max(1, min(4, int(width // 230)))
    if legend.columnCount != columns:
        legend.setColumnCount(columns)


class PaybackNpvView(PlotView):
    """``update_options(appraisals, currency)``: payback (years) and NPV by option."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi", lang: str = "vi") -> None:
        super().__init__(parent, locale=locale)
        self.lang = lang
        self.names_axis = CategoryAxis("left")
        self.payback = self.addPlot(
            row=0, col=0, axisItems={"left": self.names_axis, "bottom": LocaleAxis("bottom", locale)}
        )
        self.npv_axis = LocaleAxis("bottom", locale)
        self.npv = self.addPlot(row=0, col=1, axisItems={"bottom": self.npv_axis})
        for plot in (self.payback, self.npv):
            self._quiet(plot)
            plot.invertY(True)
            plot.showGrid(x=True, y=False, alpha=0.25)
            plot.setMouseEnabled(x=True, y=False)
            plot.getAxis("bottom").setStyle(maxTickLevel=0)
        self.npv.setYLink(self.payback)
        self.npv.getAxis("left").setStyle(showValues=False)
        self.legend = pg.LegendItem(colCount=4, labelTextColor=INK)
        self.addItem(self.legend, row=1, col=0, colspan=2)
        self.ci.layout.setColumnStretchFactor(0, 3)
        self.ci.layout.setColumnStretchFactor(1, 2)
        self.ci.setContentsMargins(8, 8, 24, 8)  # room for the last tick's number right of the NPV axis
        #: (code, payback years or None, NPV in the currency), in drawing order.
        self.rows: list[tuple[str, float | None, float]] = []
        #: the value written right of each bar, by plot: (text item, where its bar ends)
        self.value_labels: dict[str, list[tuple[pg.TextItem, float]]] = {"payback": [], "npv": []}
        self._spans: dict[str, tuple[float, float]] = {}
        for plot in (self.payback, self.npv):
            plot.getViewBox().sigResized.connect(self._fit_values)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if hasattr(self, "legend"):  # not while the view is being built
            _fit_legend(self.legend, self.width())
        super().resizeEvent(event)

    def reset(self) -> None:
        self.legend.clear()
        for plot in (self.payback, self.npv):
            plot.clear()
            plot_title(plot, "")
        self.names_axis.set_names([])
        self.rows = []
        self.value_labels = {"payback": [], "npv": []}
        self._spans = {}

    def update_options(self, appraisals: Sequence[OptionAppraisal], currency: str) -> None:
        self.reset()
        if not appraisals:
            return
        ordered = sorted(
            appraisals, key=lambda a: (a.economics.simple_payback_years is None, a.economics.simple_payback_years or 0)
        )
        divisor, money = money_scale(currency)
        self.rows = [(a.option.code, a.economics.simple_payback_years, a.economics.npv) for a in ordered]
        y = np.arange(len(ordered), dtype=float)
        brushes = [category_colour(a.option.category) for a in ordered]
        years = np.array([a.economics.simple_payback_years or 0.0 for a in ordered])
        npv = np.array([a.economics.npv / divisor for a in ordered])
        self.payback.addItem(pg.BarGraphItem(x0=0, y=y, width=years, height=0.7, brushes=brushes, pen=None))
        npv_brushes = [b if v >= 0 else QColor(NEGATIVE) for b, v in zip(brushes, npv, strict=True)]
        self.npv.addItem(pg.BarGraphItem(x0=0, y=y, width=npv, height=0.7, brushes=npv_brushes, pen=None))
        for i, a in enumerate(ordered):
            payback = a.economics.simple_payback_years
            if payback is None:
                text = self.tr("no payback")
            elif a.option.investment == 0:
                text = self.tr("no investment")
            else:
                text = fmt(payback, self.locale, 1 if payback >= 0.1 else 2)
            self._value_label("payback", text, (payback or 0.0), i, a)
            self._value_label("npv", fmt(npv[i], self.locale, 0), max(npv[i], 0.0), i, a)
        self.names_axis.set_names([f"{a.option.code}  {elide(a.option.title, 34)}" for a in ordered])
        plot_title(self.payback, self.tr("Simple payback, years"))
        plot_title(self.npv, self.tr("NPV, %1").replace("%1", money))
        low, high = min(float(npv.min()), 0.0), max(float(npv.max()), 0.0)
        self._spans = {
            "payback": (0.0, max(float(years.max()), 0.5) * 1.05),
            "npv": (low * 1.1, high * 1.05 if high > 0 else 1.0),
        }
        self._fit_values()
        self.payback.setYRange(-0.6, len(ordered) - 0.4, padding=0)
        for category in OptionCategory:
            if any(a.option.category == category for a in ordered):
                sample = pg.BarGraphItem(x=[0], height=[1], width=1, brush=category_colour(category), pen=None)
                self.legend.addItem(sample, label_of(OptionCategory, category.value, self.lang))

    def _value_label(self, which: str, text: str, x: float, row: int, a: OptionAppraisal) -> None:
        label = pg.TextItem(text, color=INK, anchor=(0, 0.5))
        label.setFont(plot_font(8.0))
        label.setPos(x, row)
        category = label_of(OptionCategory, a.option.category.value, self.lang)
        label.setToolTip(f"{a.option.code} {a.option.title}\n{category}")
        (self.payback if which == "payback" else self.npv).addItem(label)
        self.value_labels[which].append((label, x))

    def _fit_values(self, *_args: object) -> None:
        """Widen each plot's range until the value right of its longest bar fits whole ("1.308", not "1.3")."""
        for which, plot in (("payback", self.payback), ("npv", self.npv)):
            if which not in self._spans:
                continue
            low, high = self._spans[which]
            ends = [(x, label.textItem.boundingRect().width() + 4) for label, x in self.value_labels[which]]
            plot.setXRange(low, reach(low, high, ends, plot.getViewBox().width()), padding=0)


class CostSavingsView(PlotView):
    """``update_options(appraisals, currency)``: investment vs. annual savings, bubbles sized by CO2.

    Investments of one assessment span three or four orders of magnitude (a trap-testing
    schedule next to a new boiler), so the investment axis is logarithmic; options that cost
    nothing stand in a column of their own at "0", left of the smallest investment.
    """

    PAYBACK_LINES = (1.0, 3.0)
    MIN_SIZE, MAX_SIZE = 9.0, 46.0  # bubble diameters, pixels

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi", lang: str = "vi") -> None:
        super().__init__(parent, locale=locale)
        self.lang = lang
        self.x_axis = CategoryAxis("bottom")
        self.y_axis = LocaleAxis("left", locale)
        self.plot = self.addPlot(row=0, col=0, axisItems={"bottom": self.x_axis, "left": self.y_axis})
        self._quiet(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.y_axis.setStyle(maxTickLevel=0)
        self.legend = pg.LegendItem(colCount=4, labelTextColor=INK)
        self.addItem(self.legend, row=1, col=0)
        self.scatter: pg.ScatterPlotItem | None = None
        self._labels: list[pg.TextItem] = []
        self.plot.getViewBox().sigRangeChanged.connect(self._relabel)
        self.plot.getViewBox().sigResized.connect(self._fit)
        self._span: tuple[tuple[float, float], tuple[float, float]] | None = None
        #: bubble diameter (pixels) by option code
        self.sizes: dict[str, float] = {}
        #: where each option is drawn: (x on the log axis, savings in the drawn unit)
        self.points: dict[str, tuple[float, float]] = {}

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if hasattr(self, "legend"):  # not while the view is being built
            _fit_legend(self.legend, self.width())
        super().resizeEvent(event)

    def reset(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self.scatter = None
        self._labels = []
        self.sizes = {}
        self.points = {}
        self._span = None
        self.x_axis.set_names([])
        plot_title(self.plot, "")

    def update_options(self, appraisals: Sequence[OptionAppraisal], currency: str) -> None:
        self.reset()
        if not appraisals:
            return
        divisor, money = money_scale(currency)
        invest = np.array([a.option.investment / divisor for a in appraisals])
        y = np.array([a.option.annual_savings / divisor for a in appraisals])
        positive = invest[invest > 0]
        low = math.floor(math.log10(positive.min())) if positive.size else 0
        high = math.ceil(math.log10(positive.max())) if positive.size else 1
        zero_at = low - 0.6
        x = np.where(invest > 0, np.log10(np.where(invest > 0, invest, 1.0)), zero_at)
        co2 = np.array([max(a.co2_t or 0.0, 0.0) for a in appraisals])  # no CO2 figure: the smallest bubble
        largest = float(co2.max()) if co2.size and co2.max() > 0 else 1.0
        # Area, not diameter, in proportion to the CO2: the eye reads bubbles by their area.
        diameters = self.MIN_SIZE + (self.MAX_SIZE - self.MIN_SIZE) * np.sqrt(co2 / largest)
        self.sizes = {a.option.code: float(d) for a, d in zip(appraisals, diameters, strict=True)}
        self.points = {a.option.code: (float(xi), float(yi)) for a, xi, yi in zip(appraisals, x, y, strict=True)}
        spots = []
        for a, xi, yi, d, c in zip(appraisals, x, y, diameters, co2, strict=True):
            colour = category_colour(a.option.category)
            fill = QColor(colour)
            fill.setAlpha(150)
            spots.append(
                {
                    "pos": (xi, yi),
                    "size": float(d),
                    "brush": fill,
                    "pen": pg.mkPen(colour, width=1.2),
                    "data": f"{a.option.code} {a.option.title}\nCO2: {fmt(c, self.locale, 0)} t/yr",
                }
            )
        self.scatter = pg.ScatterPlotItem(spots=spots, hoverable=True, tip=lambda x, y, data: data)
        top = float(y.max()) * 1.15 if y.max() > 0 else 1.0
        for years in self.PAYBACK_LINES:
            # savings = investment / years: a curve on the logarithmic investment axis
            xs = np.linspace(low, high, 80)
            ys = 10**xs / years
            keep = ys <= top
            if keep.sum() < 2:
                continue
            line = pg.PlotDataItem(xs[keep], ys[keep], pen=pg.mkPen("#868e96", width=1, style=Qt.PenStyle.DashLine))
            self.plot.addItem(line)
            note = pg.TextItem(
                self.tr("payback %1 yr").replace("%1", fmt(years, self.locale, 0)), color="#868e96", anchor=(1.05, 0.5)
            )
            note.setFont(plot_font(8.0))
            note.setPos(float(xs[keep][-1]), float(ys[keep][-1]))
            self.plot.addItem(note)
        self.plot.addItem(self.scatter)
        for a, xi, yi in zip(appraisals, x, y, strict=True):
            label = pg.TextItem(a.option.code, color=INK, anchor=(0, 0))
            label.setFont(plot_font(8.0))
            label.setPos(xi, yi)
            self.plot.addItem(label)
            self._labels.append(label)
        for category in OptionCategory:
            if any(a.option.category == category for a in appraisals):
                sample = pg.ScatterPlotItem(size=10, brush=category_colour(category), pen=None)
                self.legend.addItem(sample, label_of(OptionCategory, category.value, self.lang))
        ticks = [(zero_at, "0")] if (invest <= 0).any() else []
        for power in range(low, high + 1):
            for mantissa in (1, 2, 5):
                value = mantissa * 10.0**power
                if power < high or mantissa == 1:
                    ticks.append((math.log10(value), format_number(value, self.locale)))
        self.x_axis.setTicks([ticks, []])
        self.x_axis.setHeight(36)
        self.x_axis.setLabel(self.tr("Investment, %1 (logarithmic)").replace("%1", money), color=INK)
        self.y_axis.setLabel(self.tr("Annual savings, %1").replace("%1", money), color=INK)
        plot_title(self.plot, self.tr("Investment and annual savings (bubble area: CO2 avoided)"))
        self._span = ((zero_at - 0.4, high + 0.1), (0.0, top))
        self._fit()

    def _fit(self, *_args: object) -> None:
        """Show every bubble whole: the ranges grow, in pixels, by the radius of the bubbles at their ends."""
        box = self.plot.getViewBox()
        if self._span is None or box.width() <= 0 or box.height() <= 0:
            self._relabel()
            return
        (x0, x1), (y0, y1) = self._span
        room = {code: self.sizes[code] / 2 + 3 for code in self.points}
        xs = [(x, room[code]) for code, (x, _y) in self.points.items()]
        ys = [(y, room[code]) for code, (_x, y) in self.points.items()]
        # and below the lowest bubbles, a line for a code, which has no room beside them in a crowd
        text = max((label.textItem.boundingRect().height() for label in self._labels), default=0.0)
        for _ in range(2):  # each end's room depends a little on the other's
            x1 = reach(x0, x1, xs, box.width(), margin=0)
            x0 = -reach(-x1, -x0, [(-x, r) for x, r in xs], box.width(), margin=0)
            y1 = reach(y0, y1, ys, box.height(), margin=0)
            y0 = -reach(-y1, -y0, [(-y, r + text) for y, r in ys], box.height(), margin=0)
        self.plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        self._relabel()

    def _relabel(self, *_args: object) -> None:
        """Put each option's code beside its bubble where it covers no other code or bubble.

        Tried in turn, of the places inside the plot: right, left, above, below the bubble, then its
        four corners; in pixels, since the text keeps its size while the axes stretch. Redone
        whenever the range or the size changes.
        """
        box = self.plot.getViewBox()
        (x0, x1), (y0, y1) = box.viewRange()
        if x1 <= x0 or y1 <= y0 or box.width() <= 0 or box.height() <= 0 or not self._labels:
            return
        per_x, per_y = box.width() / (x1 - x0), box.height() / (y1 - y0)
        centres = {
            code: ((px - x0) * per_x, (y1 - py) * per_y, self.sizes[code] / 2) for code, (px, py) in self.points.items()
        }
        bubbles = {code: QRectF(cx - r, cy - r, 2 * r, 2 * r) for code, (cx, cy, r) in centres.items()}
        view = QRectF(0, 0, box.width(), box.height())
        placed: list[QRectF] = []
        for label in sorted(self._labels, key=lambda lb: centres[lb.textItem.toPlainText()][1]):
            code = label.textItem.toPlainText()
            cx, cy, r = centres[code]
            size = label.textItem.boundingRect()
            w, h = size.width(), size.height()
            candidates = [
                QRectF(cx + r + 2, cy - h / 2, w, h),
                QRectF(cx - r - 2 - w, cy - h / 2, w, h),
                QRectF(cx - w / 2, cy - r - h, w, h),
                QRectF(cx - w / 2, cy + r, w, h),
                QRectF(cx + r * 0.7, cy - r * 0.7 - h, w, h),
                QRectF(cx - r * 0.7 - w, cy - r * 0.7 - h, w, h),
                QRectF(cx + r * 0.7, cy + r * 0.7, w, h),
                QRectF(cx - r * 0.7 - w, cy + r * 0.7, w, h),
            ]
            others = [rect for other, rect in bubbles.items() if other != code]
            inside = [c for c in candidates if view.contains(c)] or candidates
            free = [c for c in inside if not any(c.intersects(o) for o in placed + others)]
            # in a crowd, a code may cover the edge of another bubble, never another code
            free = free or [c for c in inside if not any(c.intersects(o) for o in placed)]
            rect = free[0] if free else inside[0]
            # Never past the plot's edge, where the view would cut the code off.
            rect.moveLeft(min(max(rect.left(), 0.0), view.right() - w))
            rect.moveTop(min(max(rect.top(), 0.0), view.bottom() - h))
            if not free:  # crowded: the nearest height, below or above, that covers no code
                shifts = (step * sign * h / 2 for step in range(1, 40) for sign in (1, -1))
                moved = (c.translated(0, dy) for dy in shifts for c in inside)
                rect = next(
                    (m for m in moved if view.contains(m) and not any(m.intersects(o) for o in placed)),
                    rect,
                )
            placed.append(rect)
            label.setPos(x0 + rect.left() / per_x, y1 - rect.top() / per_y)


class OptionsCharts(QTabWidget):
    """The three option charts as tabs: ``update_options(appraisals, waste_streams, currency)``."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi", lang: str = "vi") -> None:
        super().__init__(parent)
        self.payback_npv = PaybackNpvView(locale=locale, lang=lang)
        self.cost_savings = CostSavingsView(locale=locale, lang=lang)
        self.pareto = WasteParetoView(locale=locale)
        self.addTab(self.payback_npv, self.tr("Payback and NPV"))
        self.addTab(self.cost_savings, self.tr("Costs and savings"))
        self.addTab(self.pareto, self.tr("Waste costs (Pareto)"))

    def update_options(
        self, appraisals: Sequence[OptionAppraisal], waste_streams: Sequence[WasteStreamRow], currency: str
    ) -> None:
        self.payback_npv.update_options(appraisals, currency)
        self.cost_savings.update_options(appraisals, currency)
        self.pareto.update_waste(waste_streams, currency)

    def reset(self) -> None:
        for view in (self.payback_npv, self.cost_savings, self.pareto):
            view.reset()
