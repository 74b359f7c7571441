"""The Pareto chart of waste costs: the annual cost of each waste stream, largest first, with
the cumulative share on a right axis (0-100 %) and the 80 % line: where the money goes.

Amounts of money are drawn in millions of VND (or thousands of another currency).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cpdesk.core.rows import WasteStreamRow
from cpdesk.gui.plots.base import INK, CategoryAxis, LocaleAxis, PlotView, fmt, money_scale, plot_font, plot_title, wrap


class WasteParetoView(PlotView):
    """``update_waste(waste_streams, currency)``: annual cost of each waste stream, largest first."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent, locale=locale)
        self.names_axis = CategoryAxis("bottom")
        self.cost_axis = LocaleAxis("left", locale)
        self.share_axis = LocaleAxis("right", locale)
        self.plot = self.addPlot(
            row=0, col=0, axisItems={"bottom": self.names_axis, "left": self.cost_axis, "right": self.share_axis}
        )
        self._quiet(self.plot)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showAxis("right")
        self.cost_axis.setStyle(maxTickLevel=0)
        self.share_axis.setStyle(maxTickLevel=0)
        # The cumulative share has its own axis (0-100 %) on the right: a second view box
        # that follows the plot's geometry and x range, pyqtgraph's usual two-axis recipe.
        self.share = pg.ViewBox()
        self._quiet(self.share)
        self.share.setMouseEnabled(x=False, y=False)
        self.plot.scene().addItem(self.share)
        self.share.setZValue(self.plot.zValue() + 10)  # the line over the bars
        self.share_axis.linkToView(self.share)
        self.share.setXLink(self.plot)
        self.plot.getViewBox().sigResized.connect(self._follow)
        self.costs = np.zeros(0)
        self.cumulative_pct = np.zeros(0)
        self.names: list[str] = []

    def _follow(self) -> None:
        self.share.setGeometry(self.plot.getViewBox().sceneBoundingRect())
        self.share.linkedViewChanged(self.plot.getViewBox(), self.share.XAxis)

    def reset(self) -> None:
        self.plot.clear()
        self.share.clear()
        self.names_axis.set_names([])
        self.costs = np.zeros(0)
        self.cumulative_pct = np.zeros(0)
        self.names = []
        plot_title(self.plot, "")

    def update_waste(self, waste_streams: Sequence[WasteStreamRow], currency: str) -> None:
        self.reset()
        ordered = sorted(waste_streams, key=lambda w: w.annual_cost, reverse=True)
        total = sum(w.annual_cost for w in ordered)
        if not ordered or total <= 0:
            return
        divisor, money = money_scale(currency)
        self.names = [w.name for w in ordered]
        self.costs = np.array([w.annual_cost for w in ordered])
        self.cumulative_pct = 100.0 * np.cumsum(self.costs) / total
        x = np.arange(len(ordered), dtype=float)
        self.plot.addItem(pg.BarGraphItem(x=x, height=self.costs / divisor, width=0.62, brush="#8a6a45", pen=None))
        for xi, cost in zip(x, self.costs, strict=True):
            label = pg.TextItem(fmt(cost / divisor, self.locale), color=INK, anchor=(0.5, 1.0))
            label.setFont(plot_font(8.0))
            label.setPos(xi, cost / divisor)
            self.plot.addItem(label)
        line = pg.PlotDataItem(
            x, self.cumulative_pct, pen=pg.mkPen("#e8590c", width=2), symbol="o", symbolSize=7, symbolBrush="#e8590c"
        )
        self.share.addItem(line)
        eighty = pg.InfiniteLine(pos=80, angle=0, pen=pg.mkPen("#868e96", width=1, style=Qt.PenStyle.DashLine))
        self.share.addItem(eighty)
        for xi, pct in zip(x, self.cumulative_pct, strict=True):
            note = pg.TextItem(
                fmt(pct, self.locale, 0) + " %", color="#e8590c", anchor=(0.5, 1.3), fill=pg.mkBrush(255, 255, 255, 225)
            )
            note.setFont(plot_font(8.0))
            note.setPos(xi, pct)
            self.share.addItem(note)
        self.share.setYRange(0, 110, padding=0)
        self.names_axis.set_names([wrap(n, 18, 3) for n in self.names], plot_font(8.5))
        self.cost_axis.setLabel(self.tr("Annual cost, %1").replace("%1", money), color=INK)
        self.share_axis.setLabel(self.tr("Cumulative share, %"), color=INK)
        plot_title(self.plot, self.tr("Waste streams by annual cost (Pareto)"))
        self.plot.setXRange(-0.6, len(ordered) - 0.4, padding=0)
        self.plot.setYRange(0, float(self.costs.max() / divisor) * 1.15, padding=0)
        self._follow()
