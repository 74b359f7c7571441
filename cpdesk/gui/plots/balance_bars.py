"""Bars of a balance: inputs, outputs and what is unaccounted, per step and for the plant.

Horizontal bars, because the steps' names are long and Vietnamese: one group per node (the
plant first, then the steps in their order), the closure written beside each group. When a
reconciled balance is given, its inputs and outputs stand beside the measured ones in a
lighter shade; a group holding a reading the reconciliation flags as a gross error (or the
suspect of a failed global test) is outlined in red and marked with a warning sign, and its
tooltip names the readings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from cpdesk.core.balance import WATER, Balance, NodeBalance
from cpdesk.core.reconcile import ReconciliationResult
from cpdesk.gui.plots.base import INK, CategoryAxis, LocaleAxis, PlotView, elide, fmt, plot_font

INPUT = "#1f6fc4"
INPUT_RECONCILED = "#91bfeb"
OUTPUT = "#2f9e44"
OUTPUT_RECONCILED = "#a9e5b5"
UNACCOUNTED = "#adb5bd"
FLAG = "#e03131"
#: Put before the name and the closure of a group that holds a flagged reading.
FLAGGED_MARK = "⚠ "


@dataclass(frozen=True)
class BarGroup:
    """What one group shows (kept for tests and for the tooltips)."""

    node: str | None
    name: str
    total_in: float
    total_out: float
    unaccounted: float
    closure_pct: float | None
    reconciled_in: float | None
    reconciled_out: float | None
    flagged: tuple[str, ...]
    outputs: int
    unmeasured: tuple[str, ...]


class BalanceBarsView(PlotView):
    """``update_balance(balance, reconciled=None, reconciliation=None)``, ``reset()``."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent, locale=locale)
        self.names_axis = CategoryAxis("left")
        self.value_axis = LocaleAxis("bottom", locale)
        self.plot = self.addPlot(row=0, col=0, axisItems={"left": self.names_axis, "bottom": self.value_axis})
        self._quiet(self.plot)
        self.plot.invertY(True)
        self.plot.showGrid(x=True, y=False, alpha=0.25)
        self.plot.setMouseEnabled(x=True, y=False)
        self.value_axis.setStyle(maxTickLevel=0)
        # The legend goes under the plot, in one row, where it can never cover a bar.
        self.legend = pg.LegendItem(colCount=5, labelTextColor=INK)
        self.addItem(self.legend, row=1, col=0)
        self.groups: list[BarGroup] = []
        self.bars: dict[str, pg.BarGraphItem] = {}
        #: the text beside each group, in the order of ``groups``
        self.closure_texts: list[str] = []

    def reset(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self.groups = []
        self.bars = {}
        self.closure_texts = []
        self.names_axis.set_names([])
        self.plot.setTitle("")

    def update_balance(
        self,
        balance: Balance,
        reconciled: Balance | None = None,
        reconciliation: ReconciliationResult | None = None,
    ) -> None:
        """Draw the measured balance, with the reconciled one beside it when given."""
        self.reset()
        flagged = self._flagged(balance, reconciliation)
        later = {n.node: n for n in reconciled.nodes} if reconciled else {}
        nodes: list[NodeBalance] = [balance.plant, *balance.nodes]
        for n in nodes:
            twin = (reconciled.plant if n.node is None else later.get(n.node)) if reconciled else None
            names = tuple(v.name for v in (*n.inputs, *n.outputs) if v.id in flagged)
            self.groups.append(
                BarGroup(
                    n.node,
                    self.tr("Whole plant") if n.node is None else n.name,
                    n.total_in,
                    n.total_out,
                    n.unaccounted,
                    n.closure_pct,
                    twin.total_in if twin else None,
                    twin.total_out if twin else None,
                    names,
                    len(n.outputs),
                    n.unmeasured,
                )
            )
        title = (
            self.tr("Water balance by step, %1 per year")
            if balance.group == WATER
            else self.tr("Energy balance by step, %1 per year")
        )
        self.plot.setTitle(title.replace("%1", balance.unit), color=INK, size="11pt", bold=True)
        self._draw(reconciled is not None, balance.unit)

    @staticmethod
    def _flagged(balance: Balance, result: ReconciliationResult | None) -> set[str]:
        if result is None:
            return set()
        ids = {e.stream_id for e in result.streams if e.gross_error}
        if result.suspect:
            ids.add(result.suspect)
        return ids & {v.id for v in balance.streams}

    def _draw(self, with_reconciled: bool, unit: str) -> None:
        count = len(self.groups)
        slots = 5 if with_reconciled else 3
        thickness = 0.8 / slots
        centre = np.arange(count, dtype=float)
        series = [
            (
                self.tr("Inputs, measured") if with_reconciled else self.tr("Inputs"),
                INPUT,
                [g.total_in for g in self.groups],
            ),
        ]
        if with_reconciled:
            series.append(
                (self.tr("Inputs, reconciled"), INPUT_RECONCILED, [g.reconciled_in or 0.0 for g in self.groups])
            )
        series.append(
            (
                self.tr("Outputs, measured") if with_reconciled else self.tr("Outputs"),
                OUTPUT,
                [g.total_out for g in self.groups],
            )
        )
        if with_reconciled:
            series.append(
                (self.tr("Outputs, reconciled"), OUTPUT_RECONCILED, [g.reconciled_out or 0.0 for g in self.groups])
            )
        series.append((self.tr("Unaccounted"), UNACCOUNTED, [g.unaccounted for g in self.groups]))
        for index, (name, colour, values) in enumerate(series):
            offset = (index - (slots - 1) / 2) * thickness
            pens = [
                pg.mkPen(FLAG, width=2.5) if self.groups[i].flagged and colour in (INPUT, OUTPUT) else pg.mkPen(None)
                for i in range(count)
            ]
            bars = pg.BarGraphItem(
                x0=np.zeros(count),
                y=centre + offset,
                width=np.asarray(values, dtype=float),
                height=thickness * 0.92,
                brush=QColor(colour),
                pens=pens,
                name=name,
            )
            self.plot.addItem(bars)
            self.legend.addItem(bars, name)
            self.bars[name] = bars
        widest = max(
            (max(g.total_in, g.total_out, g.reconciled_in or 0, g.reconciled_out or 0) for g in self.groups), default=0
        )
        for i, g in enumerate(self.groups):
            text = self._closure_text(g)
            self.closure_texts.append(text)
            label = pg.TextItem(text, color=FLAG if g.flagged else INK, anchor=(0, 0.5))
            label.setFont(plot_font(8.5, bold=bool(g.flagged)))
            label.setPos(max(g.total_in, g.total_out, g.reconciled_in or 0, g.reconciled_out or 0) + widest * 0.015, i)
            label.setToolTip(self._tooltip(g, unit))
            self.plot.addItem(label)
        names = [(FLAGGED_MARK if g.flagged else "") + elide(g.name, 34) for g in self.groups]
        self.names_axis.set_names(names)
        self.names_axis.setTextPen(pg.mkPen(INK))
        self.value_axis.setLabel(unit + " / " + self.tr("year"), color=INK)
        self.plot.setXRange(min(0.0, min((g.unaccounted for g in self.groups), default=0.0)), widest * 1.25, padding=0)
        self.plot.setYRange(-0.6, count - 0.4, padding=0)

    def _closure_text(self, g: BarGroup) -> str:
        if g.closure_pct is None:
            return self.tr("no inputs measured")
        if g.outputs == 0:
            # Motors, lighting: the energy leaves as work and heat no stream carries.
            return self.tr("no outputs in this balance")
        if g.total_out == 0:
            return self.tr("outputs not measured")
        text = self.tr("unaccounted %1 %").replace("%1", fmt(g.closure_pct, self.locale, 1))
        return (FLAGGED_MARK if g.flagged else "") + text

    def _tooltip(self, g: BarGroup, unit: str) -> str:
        lines = [
            g.name,
            self.tr("inputs %1, outputs %2, unaccounted %3")
            .replace("%1", fmt(g.total_in, self.locale))
            .replace("%2", fmt(g.total_out, self.locale))
            .replace("%3", fmt(g.unaccounted, self.locale))
            + f" {unit}",
        ]
        if g.reconciled_in is not None:
            lines.append(
                self.tr("reconciled: inputs %1, outputs %2")
                .replace("%1", fmt(g.reconciled_in, self.locale))
                .replace("%2", fmt(g.reconciled_out or 0.0, self.locale))
            )
        if g.unmeasured:
            lines.append(self.tr("not measured: %1").replace("%1", ", ".join(g.unmeasured)))
        if g.flagged:
            lines.append(self.tr("readings flagged as gross errors: %1").replace("%1", ", ".join(g.flagged)))
        return "\n".join(lines)

    def group(self, name: str) -> BarGroup:
        """The group of the node called ``name`` (tests, tooltips)."""
        return next(g for g in self.groups if g.name == name)
