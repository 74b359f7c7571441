"""Tasks 4 and 5: the streams of the flow chart and what was measured on them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QSplitter, QVBoxLayout

from cpdesk.core.entities import Entity
from cpdesk.core.vocabulary import Carrier, StreamKind
from cpdesk.gui.models.flow import MeasurementModel, StreamModel
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.record_table import RecordTable, edit_new_row, unique_name
from cpdesk.services.assessment import flow


class StreamsSection(Section):
    """Streams above, their readings below; readings are added with the quick-entry form."""

    key = "streams"
    depends = frozenset({Entity.STREAM, Entity.MEASUREMENT, Entity.PROCESS_STEP, Entity.ASSESSMENT})

    #: The user asks to record a reading of this stream (None: no stream chosen).
    record_reading = Signal(object)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.streams = StreamModel(self.wb.update, self.locale, self.lang)
        self.stream_table = RecordTable(
            self.streams, title=self.tr("Streams"), add_text=self.tr("Add stream"), name="streams"
        )
        self.stream_table.add_requested.connect(self.add_stream)
        self.stream_table.delete_requested.connect(self.delete_streams)
        self.stream_table.current_changed.connect(self._stream_changed)

        self.readings = MeasurementModel(self.wb.update, self.locale, self.lang)
        self.reading_table = RecordTable(self.readings, title=self.tr("Readings"), name="readings")
        self.reading_table.delete_requested.connect(self.delete_readings)
        self.only_selected = QCheckBox(self.tr("Only the selected stream"))
        self.only_selected.toggled.connect(lambda _on: self._filter_readings())
        self.reading_table.add_button_widget(self.only_selected)
        record = QPushButton(self.tr("Record a reading…"))
        record.setToolTip(self.tr("Open the quick-entry form for the selected stream (Ctrl+M)"))
        record.clicked.connect(lambda: self.record_reading.emit(self.stream_table.current_row()))
        self.reading_table.add_button_widget(record)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.stream_table)
        splitter.addWidget(self.reading_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Every stream runs between two process steps or across the plant boundary. "
                    "Numbers are typed in your notation: in Vietnamese 2,57 and 93.200."
                )
            )
        )
        self.empty = EmptyStack(splitter, EmptyState())
        layout.addWidget(self.empty, 1)
        self._all_readings: list[Any] = []

    def title(self) -> str:
        return self.tr("Streams and readings")

    def reload(self) -> None:
        detail = self.wb.detail(self.assessment_id)
        self.streams.set_steps(detail.steps)
        self.streams.set_rows(detail.streams)
        self.readings.carriers = {s.id: s.carrier for s in detail.streams}
        self.readings.flagged = set(self.wb.flagged.get(self.assessment_id, ()))
        self._all_readings = list(detail.measurements)
        self._filter_readings()
        self._show_empty(bool(detail.steps), bool(detail.streams))

    def _show_empty(self, has_steps: bool, has_streams: bool) -> None:
        """No streams: say what they are, and offer the step they need first if there is none."""
        state = self.empty.empty
        if has_steps:
            state.set_text(
                self.tr(
                    "No streams yet. Add what enters and leaves each step (water, energy, materials, waste); "
                    "then record their readings here."
                )
            )
            state.set_action(self.tr("Add the first stream"), self.add_stream)
        else:
            state.set_text(
                self.tr("No streams yet. A stream runs into or out of a process step: list the steps first.")
            )
            state.set_action(self.tr("Add a process step"), lambda: self.go_to("process_steps", "add_step"))
        self.empty.show_empty(not has_streams)

    def _filter_readings(self) -> None:
        current = self.stream_table.current_row()
        if self.only_selected.isChecked() and current is not None:
            self.readings.set_rows([m for m in self._all_readings if m.stream_id == current.id])
        else:
            self.readings.set_rows(self._all_readings)

    def _stream_changed(self, _row: Any) -> None:
        if self.only_selected.isChecked():
            self._filter_readings()

    def add_stream(self) -> None:
        """A water stream into the selected (or first) step; then type its name."""
        steps = self.streams.steps[1:]
        if not steps:
            self.status(self.tr("Add a process step first: a stream runs into or out of one."))
            return
        current = self.stream_table.current_row()
        target = current.target_step_id if current is not None and current.target_step_id else steps[0][0]
        name = unique_name(self.tr("New stream"), {r.name for r in self.streams.rows})
        row = self.execute(
            self.wb.create,
            Entity.STREAM,
            lambda: flow.add_stream(
                self.wb.db,
                self.assessment_id,
                name=name,
                kind=StreamKind.WATER,
                carrier=Carrier.WATER,
                target_step_id=target,
            ),
            self.tr("Add stream"),
        )
        if row is not None:
            self.refresh()
            edit_new_row(self.stream_table, row.id, "name")

    def delete_streams(self, rows: list[Any]) -> None:
        self.execute(self.wb.delete, Entity.STREAM, [r.id for r in rows])

    def delete_readings(self, rows: list[Any]) -> None:
        self.execute(self.wb.delete, Entity.MEASUREMENT, [r.id for r in rows])
