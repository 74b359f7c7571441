"""The centre's screens in the Training menu (and the navigator's centre entry): training
records, the centre's year and its own indicators.

Each screen is one window, opened on first use (its module is imported then, so the menu
costs the start-up nothing) and brought forward when asked for again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class CentreWindows(QObject):
    """Training → Training records…, The centre's year…, The centre's indicators…"""

    def __init__(self, training_menu: Any) -> None:
        super().__init__(training_menu)
        self.window = training_menu.window
        self.wb = training_menu.wb
        self.records: Any = None
        self.year: Any = None
        self.indicators: Any = None
        self.actions = {
            "training_records": self._action(self.tr("Training &records…"), self.show_records),
            "training_centre_year": self._action(self.tr("The centre's &year…"), self.show_year),
            "training_indicators": self._action(self.tr("The centre's &indicators…"), self.show_indicators),
        }
        menu = training_menu.menu
        menu.addSeparator()
        for key, action in self.actions.items():
            menu.addAction(action)
            self.window.actions[key] = action
        navigator = getattr(self.window, "navigator", None)
        if navigator is not None and hasattr(navigator, "centre_chosen"):
            navigator.centre_chosen.connect(self.show_year)

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        tip = text.replace("&", "").rstrip("…")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def show_records(self) -> Any:
        from cpdesk.gui.training.records import TrainingRecordsDialog

        self.records = self._show(self.records, lambda: TrainingRecordsDialog(self.wb, self.window), "records")
        return self.records

    def show_year(self, year: int | None = None) -> Any:
        from cpdesk.gui.training.centre_year import CentreYearDialog

        self.year = self._show(self.year, lambda: CentreYearDialog(self.wb, self.window), "year")
        if year is not None:
            self.year.set_year(year)
        return self.year

    def show_indicators(self) -> Any:
        from cpdesk.gui.training.indicators import IndicatorsDialog

        self.indicators = self._show(self.indicators, lambda: IndicatorsDialog(self.wb, self.window), "indicators")
        return self.indicators

    def _show(self, dialog: Any, make: Any, name: str) -> Any:
        if dialog is None:
            dialog = make()
            dialog.finished.connect(lambda _code: self._forget(name))
        else:
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _forget(self, name: str) -> None:
        dialog = getattr(self, name)
        if dialog is not None:
            dialog.deleteLater()
        setattr(self, name, None)


def install(training_menu: Any) -> CentreWindows:
    """Add the centre's screens to the Training menu (called by its ``install``)."""
    training_menu.centre = CentreWindows(training_menu)
    return training_menu.centre
