"""Where the plots (the ``cpdesk.gui.plots`` package, built beside the workbench) go.

The balance section and the options section ask this module for their plot pages. Until
the plot views are part of the build, each page is a clear notice in their place.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cpdesk.gui.sections.base import unavailable


def _not_yet() -> str:
    return QCoreApplication.translate("Plots", "This chart is not yet available in this version of cpdesk.")


class BalancePlots:
    """The Sankey diagram and the bars of a balance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._pages = [
            (QCoreApplication.translate("Plots", "Sankey diagram"), unavailable(_not_yet())),
            (QCoreApplication.translate("Plots", "Inputs and outputs by step"), unavailable(_not_yet())),
        ]

    def pages(self) -> list[tuple[str, QWidget]]:
        return self._pages

    def show_balance(self, measured: Any, reconciled: Any, estimates: Any) -> None:
        """Draw a new balance (measured, and reconciled when there is one)."""

    def clear(self) -> None:
        """Nothing to draw (the balance could not be computed)."""


class OptionPlots:
    """Payback and NPV by option, the cost-savings bubbles, the Pareto of waste costs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._pages = [
            (QCoreApplication.translate("Plots", "Payback and NPV"), unavailable(_not_yet())),
            (QCoreApplication.translate("Plots", "Costs and savings"), unavailable(_not_yet())),
            (QCoreApplication.translate("Plots", "Waste costs (Pareto)"), unavailable(_not_yet())),
        ]

    def pages(self) -> list[tuple[str, QWidget]]:
        return self._pages

    def show_options(self, appraisals: Any, waste_streams: Any, currency: str) -> None:
        """Draw the options' figures and the waste streams' costs."""


def balance_plots(parent: QWidget | None = None) -> BalancePlots:
    return BalancePlots(parent)


def option_plots(parent: QWidget | None = None) -> OptionPlots:
    return OptionPlots(parent)
