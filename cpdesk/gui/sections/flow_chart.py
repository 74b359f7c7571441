"""Task 4: the process flow chart, drawn and edited as a graph (steps as boxes, streams as
arrows coloured by carrier; drag from a box to another to connect, double-click to edit).

The editor is the ``cpdesk.gui.flowchart`` package; this section gives it a tool bar and
keeps it in step with the tables. Its edits go through the workbench's editor, whose undo
stack the tables share, so Ctrl+Z walks back through chart and table edits alike; the chart
reloads itself when the editor says its steps or streams changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from cpdesk.core.entities import Entity
from cpdesk.gui.errors import show_error
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.record_table import unique_name


class FlowChartSection(Section):
    key = "flow_chart"
    #: The chart follows the editor's changes itself (see FlowChartView); the section only
    #: reloads it when the change is not known in detail.
    depends: frozenset[Entity] = frozenset()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from cpdesk.gui.flowchart import FlowChartView

        self.chart = FlowChartView(self.wb, self.assessment_id, lang=self.lang)
        self.chart.failed.connect(self.status)
        buttons = QHBoxLayout()
        for text, tip, slot in (
            (
                self.tr("Add step"),
                self.tr("A new process step below the chart; double-click it to rename"),
                self.add_step,
            ),
            (self.tr("Arrange"), self.tr("Lay the chart out automatically, left to right"), self.chart.auto_layout),
            (self.tr("Fit"), self.tr("Show the whole chart"), self.chart.fit),
            ("+", self.tr("Zoom in (Ctrl+wheel)"), lambda: self.chart.zoom_by(1.25)),
            ("−", self.tr("Zoom out (Ctrl+wheel)"), lambda: self.chart.zoom_by(0.8)),
            (self.tr("Export PNG…"), self.tr("Save the chart as a PNG image"), lambda: self.export("png")),
            (self.tr("Export SVG…"), self.tr("Save the chart as an SVG drawing"), lambda: self.export("svg")),
        ):
            # The zoom buttons need no more room than their sign: tool buttons.
            button = QToolButton() if len(text) == 1 else QPushButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.selection = QLabel()
        buttons.addWidget(self.selection)
        self.chart.selection_changed.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Task 4: drag from one step to another to draw a stream, from a step to empty space for "
                    "a stream across the plant boundary; double-click to edit, Delete to remove."
                )
            )
        )
        layout.addLayout(buttons)
        self.empty = EmptyStack(
            self.chart,
            EmptyState(
                self.tr("The flow chart is empty. Add the process steps as boxes, then draw the streams between them."),
                self.tr("Add the first step"),
                self.add_step,
            ),
        )
        layout.addWidget(self.empty, 1)
        self.chart.changed.connect(self._chart_changed)
        self._show_empty()

    def title(self) -> str:
        return self.tr("Flow chart")

    def reload(self) -> None:
        self.chart.reload()
        self._show_empty()

    def _chart_changed(self) -> None:
        if self.empty.is_empty:
            self.chart.reload()  # hidden behind the empty state, the chart waits to be shown
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty.show_empty(not self.chart.steps)

    def add_step(self) -> None:
        names = {s.name for s in self.wb.detail(self.assessment_id).steps}
        from cpdesk.gui.flowchart.new_step import add_step_in_view

        add_step_in_view(self.chart, unique_name(self.tr("New step"), names))

    def export(self, kind: str) -> None:
        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the flow chart"), str(Path.home() / f"flowchart.{kind}"), pattern
        )
        if not path:
            return
        try:
            self.chart.export_png(path) if kind == "png" else self.chart.export_svg(path)
        except OSError as exc:
            show_error(self, exc)
            return
        self.status(self.tr("Flow chart saved: %1").replace("%1", path))

    def _selected(self, entity: str, _key: Any) -> None:
        texts = {Entity.PROCESS_STEP: self.tr("Step selected"), Entity.STREAM: self.tr("Stream selected")}
        self.selection.setText(texts.get(entity, ""))
