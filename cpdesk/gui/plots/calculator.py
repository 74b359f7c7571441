"""The small charts of the savings calculator form: heat loss against insulation thickness,
the pump's curve against the system's with the speed a drive would run at, and a
compressor's logged power coloured by its load/unload state.

Fed the inputs the form read (each in its calculation unit, as
:func:`cpdesk.core.calculators.inputs.read_inputs` gives them); the curves are the same core
functions the calculators use, so the chart and the result cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cpdesk.core.calculators import insulation, motors
from cpdesk.core.calculators.compressor_duty import LOADED, OFF, UNLOADED
from cpdesk.gui.plots.base import INK, LocaleAxis, PlotView, plot_title

#: Insulation thicknesses drawn (mm).
THICKNESSES_MM = tuple(range(0, 155, 5))
#: Flows drawn, as shares of the design flow.
FLOWS = np.linspace(0.0, 1.2, 49)
#: The most readings of a logged series drawn (every n-th beyond).
MOST_POINTS = 20_000
#: The colour of each state of a compressor.
STATE_PENS = {LOADED: "#c92a2a", UNLOADED: "#f08c00", OFF: "#868e96"}


class CalculatorPlot(PlotView):
    """One chart: empty until a calculator that has one is shown."""

    def __init__(self, parent: QWidget | None = None, *, locale: str = "vi") -> None:
        super().__init__(parent, locale=locale)
        self.plot = self.addPlot(axisItems={"bottom": LocaleAxis("bottom", locale), "left": LocaleAxis("left", locale)})
        self._quiet(self.plot)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(-8, 8), labelTextColor=INK)
        self.shown = ""

    def reset(self) -> None:
        """Nothing to draw: no curve, and no axes, whose labels and scale were the last chart's
        (each chart sets its labels, which shows its axes again)."""
        self.plot.clear()
        self.legend.clear()
        plot_title(self.plot, "")
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.shown = ""

    def draw(self, name: str, values: Mapping[str, float | None]) -> bool:
        """Draw the chart of calculator ``name`` for ``values``; False when it has none."""
        self.reset()
        try:
            if name == "pipe_insulation":
                self._insulation(values)
            elif name == "pump_vsd":
                self._pump(values)
            else:
                return False
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):  # inputs the result refuses
            self.reset()
            return False
        self.shown = name
        return True

    def _insulation(self, values: Mapping[str, float | None]) -> None:
        pipe, fluid, air = values["pipe_diameter"], values["fluid_temperature"], values["ambient_temperature"]
        wind, conductivity = values["wind_speed"], values["insulation_conductivity"]
        jacket, thickness = values["jacket_emissivity"], values["insulation_thickness"]
        if None in (pipe, fluid, air, wind, conductivity, jacket) or not pipe or fluid <= air:  # type: ignore[operator]
            raise ValueError("nothing to draw")
        assert pipe and fluid and air and wind is not None and conductivity and jacket
        losses = [
            insulation.insulated_loss_w_per_m(pipe / 1000, mm / 1000, conductivity, fluid, air, wind, jacket)[0]
            for mm in THICKNESSES_MM
        ]
        plot_title(self.plot, self.tr("Heat loss against insulation thickness"))
        self.plot.setLabel("bottom", self.tr("Thickness, mm"))
        self.plot.setLabel("left", self.tr("Heat loss, W/m"))
        self.plot.plot(list(THICKNESSES_MM), losses, pen=pg.mkPen("#c92a2a", width=2), name=self.tr("Heat loss"))
        if thickness is not None:
            chosen = insulation.insulated_loss_w_per_m(
                pipe / 1000, thickness / 1000, conductivity, fluid, air, wind, jacket
            )[0]
            self.plot.plot(
                [thickness], [chosen], pen=None, symbol="o", symbolBrush="#1864ab", name=self.tr("This thickness")
            )

    def _pump(self, values: Mapping[str, float | None]) -> None:
        design, static, shutoff = values["design_head"], values["static_head"], values["shutoff_head"]
        if design is None or static is None or shutoff is None or not static < shutoff or design > shutoff:
            raise ValueError("nothing to draw")
        shares = [values[f"duty_flow_{n}"] for n in range(1, motors.DUTY_POINTS + 1)]
        lowest = min((s / 100 for s in shares if s), default=1.0)
        speed = motors.vsd_speed(lowest, static, design, shutoff)
        plot_title(self.plot, self.tr("Pump and system curves"))
        self.plot.setLabel("bottom", self.tr("Flow, % of design"))
        self.plot.setLabel("left", self.tr("Head, m"))
        percent = FLOWS * 100
        full = [motors.pump_head_m(q, shutoff, design) for q in FLOWS]
        slow = [motors.pump_head_m(q, shutoff, design, speed) for q in FLOWS]
        system = [motors.system_head_m(q, static, design) for q in FLOWS]
        self.plot.plot(percent, full, pen=pg.mkPen("#1864ab", width=2), name=self.tr("Pump, full speed"))
        self.plot.plot(
            percent,
            slow,
            pen=pg.mkPen("#1864ab", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            name=self.tr("Pump with the drive, %1 % speed").replace("%1", f"{100 * speed:.0f}"),
        )
        self.plot.plot(percent, system, pen=pg.mkPen("#2b8a3e", width=2), name=self.tr("System"))
        self.plot.setYRange(0, shutoff * 1.05)

    def draw_duty(self, seconds: np.ndarray, kw: np.ndarray, states: np.ndarray) -> None:
        """A compressor's logged power (kW against hours from the first reading), each
        state in its colour; a gap is not bridged (a state's line breaks where it changes)."""
        self.reset()
        step = max(1, -(-len(kw) // MOST_POINTS))
        hours = (seconds[::step] - seconds[0]) / 3600.0
        kw, states = kw[::step], states[::step]
        names = {
            LOADED: QCoreApplication.translate("CalculatorPlot", "Loaded"),
            UNLOADED: QCoreApplication.translate("CalculatorPlot", "Unloaded"),
            OFF: QCoreApplication.translate("CalculatorPlot", "Off"),
        }
        plot_title(self.plot, QCoreApplication.translate("CalculatorPlot", "Compressor power by state"))
        self.plot.setLabel("bottom", QCoreApplication.translate("CalculatorPlot", "Time, h"))
        self.plot.setLabel("left", QCoreApplication.translate("CalculatorPlot", "Power, kW"))
        for state in (LOADED, UNLOADED, OFF):
            if not np.any(states == state):
                continue
            own = np.where(states == state, kw, np.nan)
            self.plot.plot(hours, own, pen=pg.mkPen(STATE_PENS[state], width=1.5), connect="finite", name=names[state])
        self.plot.enableAutoRange()
        self.plot.setYRange(0.0, max(float(np.max(kw)), 1e-9) * 1.3)  # room for the legend above
        self.shown = "compressor_duty"
