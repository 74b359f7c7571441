"""Data-logger series of the assessment: plots, the figures of a chosen range, and any of them
saved as a reading of a stream. The viewer is ``cpdesk.gui.loggers.viewer`` (built beside the
workbench); this section places it and makes its saved readings undoable like any other."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cpdesk.core.entities import Change, Entity
from cpdesk.gui.sections.base import Section, hint, unavailable
from cpdesk.gui.widgets.empty_state import EmptyState


def viewer_available() -> bool:
    return importlib.util.find_spec("cpdesk.gui.loggers.viewer") is not None


def import_dialog_available() -> bool:
    return importlib.util.find_spec("cpdesk.gui.loggers.import_dialog") is not None


class LoggersSection(Section):
    key = "loggers"
    depends = frozenset({Entity.LOGGER_SERIES, Entity.STREAM})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.viewer: Any = None
        self._series: tuple[Any, ...] | None = None
        self.body = QVBoxLayout()
        self.import_button: QPushButton | None = None
        bar = QHBoxLayout()
        bar.addWidget(
            hint(
                self.tr(
                    "Series recorded by data loggers (power, flow, temperature). Select a range to see its "
                    "figures; any figure can be saved as a reading of a stream."
                )
            ),
            1,
        )
        if import_dialog_available():
            self.import_button = QPushButton(self.tr("Import a logger file…"))
            self.import_button.clicked.connect(self.import_file)
            bar.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.body, 1)

    def title(self) -> str:
        return self.tr("Loggers")

    def reload(self) -> None:
        if not viewer_available():
            self._show(unavailable(self.tr("Logger series are not yet available in this version of cpdesk.")))
            return
        loggers = importlib.import_module("cpdesk.services.loggers")
        series = tuple((r.id, r.name) for r in loggers.list_series(self.wb.db, self.assessment_id))
        if series == self._series:
            return  # the viewer already shows these series (rebuilding it would lose the range)
        self._series = series
        if not series:
            text = self.tr(
                "No logger series in this assessment yet. Import the file a data logger recorded "
                "(power, flow, temperature) to see its curves and save figures as readings."
            )
            if self.import_button is None:
                text += " " + self.tr("Import logger files with the command line: cpdesk logger import.")
                self._show(EmptyState(text))
            else:
                self._show(EmptyState(text, self.tr("Import a logger file…"), self.import_file))
            return
        viewer_module = importlib.import_module("cpdesk.gui.loggers.viewer")
        self.viewer = viewer_module.LoggerViewer(self.wb.db, assessment_id=self.assessment_id, locale=self.locale)
        self.viewer.measurementSaved.connect(self._saved)
        self._show(self.viewer)

    def _show(self, widget: QWidget) -> None:
        while self.body.count():
            old = self.body.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        self.body.addWidget(widget)

    def _saved(self, row: Any) -> None:
        """The viewer saved a reading (one service call): put it on the undo stack too."""
        self.wb.create(Entity.MEASUREMENT, lambda: row, self.tr("Save a logger figure as a reading"))

    def import_file(self) -> None:
        dialog_module = importlib.import_module("cpdesk.gui.loggers.import_dialog")
        dialog_class = getattr(dialog_module, "LoggerImportDialog", None)
        if dialog_class is None:
            return
        dialog = dialog_class(self.wb.db, self.assessment_id, parent=self)
        if dialog.exec():
            self._series = None
            self.wb.notify(Change.of(Entity.LOGGER_SERIES, Entity.MEASUREMENT))
