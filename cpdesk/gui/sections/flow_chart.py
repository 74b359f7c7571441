"""Task 4: the process flow chart, drawn and edited as a graph (steps as boxes, streams as
arrows). The editor itself is the ``cpdesk.gui.flowchart`` package; this section gives it
its tool bar and keeps it in step with the tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from cpdesk.gui.sections.base import Section, unavailable


class FlowChartSection(Section):
    key = "flow_chart"
    depends = frozenset({"process_step", "stream", "measurement"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        layout = QVBoxLayout(self)
        layout.addWidget(
            unavailable(
                self.tr(
                    "The graphical flow chart editor is not yet available in this version of cpdesk. "
                    "Steps and streams are edited in their tables meanwhile."
                )
            )
        )

    def title(self) -> str:
        return self.tr("Flow chart")

    def reload(self) -> None:
        """Nothing to reload until the editor is part of the build."""
