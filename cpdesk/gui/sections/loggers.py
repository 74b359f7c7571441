"""Data-logger series of the assessment (the viewer is ``cpdesk.gui.logger_viewer``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from cpdesk.gui.sections.base import Section, unavailable


class LoggersSection(Section):
    key = "loggers"
    depends = frozenset({"stream"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        layout = QVBoxLayout(self)
        layout.addWidget(unavailable(self.tr("Logger series are not yet available in this version of cpdesk.")))

    def title(self) -> str:
        return self.tr("Loggers")

    def reload(self) -> None:
        """Nothing to reload until the viewer is part of the build."""
