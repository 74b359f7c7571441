"""Models of the flow chart's lists: process steps, streams, measurements."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QColor

from cpdesk.core.entities import Entity
from cpdesk.core.reading_units import allowed_dimensions
from cpdesk.core.rows import MeasurementRow, ProcessStepRow, StreamRow
from cpdesk.core.vocabulary import Carrier, MeasurementBasis, MeasurementMethod, StreamKind
from cpdesk.gui import display
from cpdesk.gui.models.base import FLAG_BACKGROUND, Column, Kind, RecordTableModel


class ProcessStepModel(RecordTableModel[ProcessStepRow]):
    """Process steps (task 2) and the audit focus (task 3)."""

    entity = Entity.PROCESS_STEP

    def make_columns(self) -> list[Column[ProcessStepRow]]:
        return [
            Column("position", self.tr("No."), lambda r: r.position, Kind.INTEGER),
            Column("name", self.tr("Process step"), lambda r: r.name),
            Column(
                "is_focus",
                self.tr("Audit focus"),
                lambda r: r.is_focus,
                Kind.FLAG,
                tip=lambda r: self.tr("A wasteful step chosen for the detailed assessment (task 3)"),
            ),
            Column("description", self.tr("Description"), lambda r: r.description),
        ]


class StreamModel(RecordTableModel[StreamRow]):
    """Streams between steps or across the plant boundary."""

    entity = Entity.STREAM

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.steps: list[tuple[uuid.UUID | None, str]] = []
        super().__init__(*args, **kwargs)

    def set_steps(self, steps: Sequence[ProcessStepRow]) -> None:
        """The steps a stream may come from or go to (the boundary first)."""
        self.steps = [(None, self.boundary())] + [(s.id, s.name) for s in steps]

    def boundary(self) -> str:
        return self.tr("(plant boundary)")

    def make_columns(self) -> list[Column[StreamRow]]:
        kinds = display.choices(StreamKind, self.lang)
        carriers = display.choices(Carrier, self.lang)
        return [
            Column("name", self.tr("Stream"), lambda r: r.name),
            Column("kind", self.tr("Kind"), lambda r: r.kind, Kind.CHOICE, choices=lambda r: kinds),
            Column("carrier", self.tr("Carrier"), lambda r: r.carrier, Kind.CHOICE, choices=lambda r: carriers),
            Column(
                "source_step_id",
                self.tr("From"),
                lambda r: r.source_step_id,
                Kind.CHOICE,
                optional=True,
                choices=lambda r: self.steps,
                show=lambda r: r.source or self.boundary(),
            ),
            Column(
                "target_step_id",
                self.tr("To"),
                lambda r: r.target_step_id,
                Kind.CHOICE,
                optional=True,
                choices=lambda r: self.steps,
                show=lambda r: r.target or self.boundary(),
            ),
            Column(
                "pressure_bar",
                self.tr("Pressure, bar(g)"),
                lambda r: r.pressure_bar,
                Kind.NUMBER,
                optional=True,
                tip=lambda r: self.tr("Gauge pressure of steam or hot water, for its enthalpy"),
            ),
            Column("temperature_c", self.tr("Temperature, °C"), lambda r: r.temperature_c, Kind.NUMBER, optional=True),
            Column("", self.tr("Readings"), lambda r: r.measurements, Kind.INTEGER, editable=False),
        ]


class MeasurementModel(RecordTableModel[MeasurementRow]):
    """Readings of the streams; flagged readings (gross errors) are highlighted."""

    entity = Entity.MEASUREMENT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.carriers: Mapping[uuid.UUID, Carrier] = {}
        self.flagged: set[uuid.UUID] = set()
        super().__init__(*args, **kwargs)

    def units_of(self, row: MeasurementRow) -> tuple[str, ...]:
        carrier = self.carriers.get(row.stream_id)
        if carrier is None:
            return ()
        return display.units_for(allowed_dimensions(carrier))

    def make_columns(self) -> list[Column[MeasurementRow]]:
        bases = display.choices(MeasurementBasis, self.lang)
        methods = display.choices(MeasurementMethod, self.lang)
        return [
            Column("", self.tr("Stream"), lambda r: r.stream, editable=False),
            Column("value", self.tr("Value"), lambda r: r.value, Kind.NUMBER),
            Column("unit", self.tr("Unit"), lambda r: r.unit, Kind.UNIT, choices=self.units_of),
            Column("basis", self.tr("Basis"), lambda r: r.basis, Kind.CHOICE, choices=lambda r: bases),
            Column("method", self.tr("Method"), lambda r: r.method, Kind.CHOICE, choices=lambda r: methods),
            Column(
                "relative_uncertainty",
                self.tr("Uncertainty, %"),
                lambda r: r.relative_uncertainty,
                Kind.PERCENT,
                optional=True,
                tip=lambda r: self.tr("Relative standard uncertainty; empty takes the method's default"),
            ),
            Column("", self.tr("Measured at"), lambda r: r.measured_at, Kind.DATE, editable=False),
            Column("instrument", self.tr("Instrument"), lambda r: r.instrument),
            Column("author", self.tr("By"), lambda r: r.author),
            Column("note", self.tr("Note"), lambda r: r.note),
        ]

    def highlight(self, row: MeasurementRow) -> QColor | None:
        return FLAG_BACKGROUND if row.stream_id in self.flagged else None

    def row_tip(self, row: MeasurementRow) -> str:
        if row.stream_id in self.flagged:
            return self.tr("The reconciliation flags this reading: its adjustment is too large to be chance")
        return ""
