"""Where the plots (the ``cpdesk.gui.plots`` views) go in the balance and options sections.

Each plot page has the view and, above it, what can be done with it (copy, PNG, SVG; the
view's right-click menu offers the same). Until a plot view is part of the build, its page
is a clear notice in its place.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cpdesk.gui.errors import show_error
from cpdesk.gui.sections.base import unavailable


def plots_available() -> bool:
    return importlib.util.find_spec("cpdesk.gui.plots.sankey") is not None


class PlotPage(QWidget):
    """A plot view with Copy, PNG… and SVG… buttons above it.

    Drawing a large chart takes far longer than updating the tables beside it (a Sankey
    diagram of 200 streams takes most of a second), so a page draws only when it is on
    screen, and a moment after the last of a burst of edits: typing readings one after the
    other never waits for a chart.
    """

    #: Emitted after the view was redrawn with new data.
    drawn = Signal()

    def __init__(self, view: Any, name: str, parent: QWidget | None = None, delay_ms: int = 250) -> None:
        super().__init__(parent)
        self.view = view
        self.name = name
        self._pending: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._draw_if_shown)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for text, tip, slot in (
            (
                QCoreApplication.translate("Plots", "Copy"),
                QCoreApplication.translate("Plots", "Copy the chart to the clipboard"),
                view.copy_to_clipboard,
            ),
            (
                QCoreApplication.translate("Plots", "PNG…"),
                QCoreApplication.translate("Plots", "Save the chart as a PNG image"),
                lambda: self.export("png"),
            ),
            (
                QCoreApplication.translate("Plots", "SVG…"),
                QCoreApplication.translate("Plots", "Save the chart as an SVG drawing"),
                lambda: self.export("svg"),
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(view, 1)

    def schedule(self, draw: Callable[[], None]) -> None:
        """Redraw with ``draw`` soon if the page is on screen, else when it is next shown."""
        self._pending = draw
        if self.isVisible():
            self._timer.start()

    def draw_now(self) -> None:
        """Carry out a scheduled redraw at once (exports and tests)."""
        self._timer.stop()
        draw, self._pending = self._pending, None
        if draw is not None:
            draw()
            self.drawn.emit()

    def _draw_if_shown(self) -> None:
        if self.isVisible():
            self.draw_now()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._pending is not None:
            self.draw_now()

    def export(self, kind: str) -> None:
        pattern = (
            QCoreApplication.translate("Plots", "PNG image (*.png)")
            if kind == "png"
            else QCoreApplication.translate("Plots", "SVG drawing (*.svg)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("Plots", "Export the chart"),
            str(Path.home() / f"{self.name}.{kind}"),
            pattern,
        )
        if not path:
            return
        self.draw_now()
        try:
            self.view.export_png(path) if kind == "png" else self.view.export_svg(path)
        except OSError as exc:
            show_error(self, exc)


def _not_yet() -> QWidget:
    return unavailable(
        QCoreApplication.translate("Plots", "This chart is not yet available in this version of cpdesk.")
    )


class BalancePlots:
    """The Sankey diagram and the bars of a balance."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        self.sankey: Any = None
        self.bars: Any = None
        sankey_title = QCoreApplication.translate("Plots", "Sankey diagram")
        bars_title = QCoreApplication.translate("Plots", "Inputs and outputs by step")
        self.plot_pages: list[PlotPage] = []
        if plots_available():
            from cpdesk.gui.plots import BalanceBarsView, SankeyView

            self.sankey = SankeyView(locale=locale)
            self.bars = BalanceBarsView(locale=locale)
            self.plot_pages = [PlotPage(self.sankey, "sankey"), PlotPage(self.bars, "balance")]
            self._pages: list[tuple[str, QWidget]] = [
                (sankey_title, self.plot_pages[0]),
                (bars_title, self.plot_pages[1]),
            ]
        else:
            self._pages = [(sankey_title, _not_yet()), (bars_title, _not_yet())]

    def pages(self) -> list[tuple[str, QWidget]]:
        return self._pages

    def show_balance(self, measured: Any, reconciled: Any = None, reconciliation: Any = None) -> None:
        """Draw a balance: as reconciled when there is a reconciliation, else as measured."""
        if self.sankey is None:
            return
        sankey, bars = self.plot_pages
        sankey.schedule(lambda: self.sankey.update_balance(reconciled or measured))
        bars.schedule(lambda: self.bars.update_balance(measured, reconciled, reconciliation))

    def clear(self) -> None:
        if self.sankey is not None:
            self.plot_pages[0].schedule(self.sankey.reset)
            self.plot_pages[1].schedule(self.bars.reset)


class OptionPlots:
    """Payback and NPV by option, the cost-savings bubbles, the Pareto of waste costs."""

    def __init__(self, locale: str, lang: str, parent: QWidget | None = None) -> None:
        titles = (
            QCoreApplication.translate("Plots", "Payback and NPV"),
            QCoreApplication.translate("Plots", "Costs and savings"),
            QCoreApplication.translate("Plots", "Waste costs (Pareto)"),
        )
        self.views: list[Any] = []
        self.plot_pages: list[PlotPage] = []
        if plots_available():
            from cpdesk.gui.plots import CostSavingsView, PaybackNpvView, WasteParetoView

            self.views = [
                PaybackNpvView(locale=locale, lang=lang),
                CostSavingsView(locale=locale, lang=lang),
                WasteParetoView(locale=locale),
            ]
            names = ("payback-npv", "costs-savings", "waste-pareto")
            self.plot_pages = [PlotPage(view, name) for view, name in zip(self.views, names, strict=True)]
            self._pages = list(zip(titles, self.plot_pages, strict=True))
        else:
            self._pages = [(title, _not_yet()) for title in titles]

    def pages(self) -> list[tuple[str, QWidget]]:
        return self._pages

    def show_options(self, appraisals: Sequence[Any], waste_streams: Sequence[Any], currency: str) -> None:
        if not self.views:
            return
        payback, bubbles, pareto = self.views
        pages = self.plot_pages
        pages[0].schedule(lambda: payback.update_options(appraisals, currency))
        pages[1].schedule(lambda: bubbles.update_options(appraisals, currency))
        pages[2].schedule(lambda: pareto.update_waste(waste_streams, currency))


def balance_plots(locale: str) -> BalancePlots:
    return BalancePlots(locale)


def option_plots(locale: str, lang: str) -> OptionPlots:
    return OptionPlots(locale, lang)
