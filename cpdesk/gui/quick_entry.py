"""Quick entry of readings, for an auditor walking the plant with the laptop open.

Keyboard only: type a few letters of the stream, Tab, the value in your notation ("2,57",
"93.200"), Tab, the unit ("m3/h" is fine), basis, method, a note, and Enter: the reading is
saved and the form is ready for the next one, with the unit, basis and method kept.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.reading_units import allowed_dimensions
from cpdesk.core.rows import StreamRow
from cpdesk.core.vocabulary import MeasurementBasis, MeasurementMethod
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.search import FoldingFilterProxy, fold, matches
from cpdesk.gui.widgets.entry import InvalidEntry, NumberEdit, UnitCombo, find_data
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import flow

OK_STYLE = "color: #0f5132;"
ERROR_STYLE = "color: #842029;"


class QuickEntry(QWidget):
    """The form. ``saved`` carries the new reading's row."""

    saved = Signal(object)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.assessment_id: uuid.UUID | None = None
        self._streams: list[StreamRow] = []
        self._last_unit: dict[uuid.UUID, str] = {}
        self._last_basis: dict[uuid.UUID, str] = {}
        self._stale = True

        self.stream = QComboBox()
        self.stream.setEditable(True)
        self.stream.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.stream.setMinimumContentsLength(24)
        # The list offers the streams whose names hold every typed word, accents or not
        # ("nuoc gieng" offers "Nước giếng khoan"), as the navigator and the filters do.
        self._matching = FoldingFilterProxy(self)
        self._matching.setSourceModel(self.stream.model())
        completer = QCompleter(self._matching, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.stream.setCompleter(completer)
        line_edit = self.stream.lineEdit()
        assert line_edit is not None
        line_edit.textEdited.connect(self._matching.set_query)
        self.stream.currentIndexChanged.connect(self._stream_chosen)

        self.value = NumberEdit(workbench.numbers)
        self.value.setMinimumWidth(90)
        self.unit = UnitCombo()
        self.unit.setMinimumContentsLength(7)
        self.basis = QComboBox()
        for code, label in display.choices(MeasurementBasis, workbench.lang):
            self.basis.addItem(label, code)
        self.basis.setCurrentIndex(self.basis.findData(MeasurementBasis.PER_HOUR.value))
        self.method = QComboBox()
        for code, label in display.choices(MeasurementMethod, workbench.lang):
            self.method.addItem(label, code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("where, which meter, conditions…"))
        self.save_button = QPushButton(self.tr("Save ↵"))
        self.save_button.setToolTip(self.tr("Save the reading and start the next (Enter)"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)

        grid = QGridLayout(self)
        labels = (
            self.tr("Stream"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Basis"),
            self.tr("Method"),
            self.tr("Note"),
        )
        fields = (self.stream, self.value, self.unit, self.basis, self.method, self.note)
        for column, (text, field) in enumerate(zip(labels, fields, strict=True)):
            caption = QLabel(text)
            caption.setBuddy(field)
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
            field.installEventFilter(self)
        line_edit = self.stream.lineEdit()
        assert line_edit is not None
        line_edit.installEventFilter(self)
        self.unit.lineEdit().installEventFilter(self)
        grid.addWidget(self.save_button, 1, len(fields))
        grid.addWidget(self.message, 2, 0, 1, len(fields) + 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(5, 3)
        self.setTabOrder(self.stream, self.value)
        self.setTabOrder(self.value, self.unit)
        self.setTabOrder(self.unit, self.basis)
        self.setTabOrder(self.basis, self.method)
        self.setTabOrder(self.method, self.note)
        self.setTabOrder(self.note, self.save_button)

    # ----------------------------------------------------------------- data

    def set_assessment(self, assessment_id: uuid.UUID | None) -> None:
        self.assessment_id = assessment_id
        self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Refill the stream list (keeping the stream chosen); while the form is hidden,
        only remember to do it when it shows."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        current = self.current_stream()
        self._streams = []
        if self.assessment_id is not None:
            detail = self.wb.detail(self.assessment_id)
            self._streams = list(detail.streams)
            # The next reading of a stream is most likely taken as the last one was.
            for m in detail.measurements:
                self._last_unit[m.stream_id] = m.unit
                self._last_basis[m.stream_id] = m.basis.value
        self.stream.blockSignals(True)
        self.stream.clear()
        for s in self._streams:
            self.stream.addItem(s.name, s.id)
        self.stream.setCurrentIndex(-1)
        self.stream.blockSignals(False)
        if current is not None:
            self.choose_stream(current.id)
        self.setEnabled(bool(self._streams))

    def choose_stream(self, stream_id: uuid.UUID | None) -> None:
        """Preselect a stream and put the cursor in the value field."""
        index = find_data(self.stream, stream_id) if stream_id is not None else -1
        self.stream.setCurrentIndex(index)
        self._stream_chosen(index)

    def current_stream(self) -> StreamRow | None:
        text = self.stream.currentText().strip()
        for s in self._streams:
            if s.name == text:
                return s
        folded = fold(text)
        same = [s for s in self._streams if fold(s.name) == folded]
        if len(same) == 1:
            return same[0]
        words = folded.split()
        found = [s for s in self._streams if words and matches(words, s.name)]
        return found[0] if len(found) == 1 else None

    def _stream_chosen(self, _index: int) -> None:
        stream = self.current_stream()
        if stream is None:
            return
        choices = display.units_for(allowed_dimensions(stream.carrier))
        kept = self.unit.unit_text()
        self.unit.set_choices(choices)
        unit = self._last_unit.get(stream.id) or (kept if kept in choices else (choices[0] if choices else ""))
        self.unit.setEditText(unit)
        basis = self._last_basis.get(stream.id)
        if basis is not None:
            self.basis.setCurrentIndex(max(0, self.basis.findData(basis)))

    # ----------------------------------------------------------------- saving

    def save(self) -> bool:
        """Save the reading; the form keeps unit, basis and method for the next one."""
        stream = self.current_stream()
        if stream is None or self.assessment_id is None:
            return self._fail(self.tr("Choose a stream: type a few letters of its name."), self.stream)
        try:
            value = self.value.value()
        except InvalidEntry as exc:
            return self._fail(str(exc), self.value)
        if value is None:
            return self._fail(self.tr("Type the value."), self.value)
        try:
            unit = self.unit.value()
        except InvalidEntry as exc:
            return self._fail(str(exc), self.unit)
        basis, method, note = self.basis.currentData(), self.method.currentData(), self.note.text()
        try:
            row = self.wb.create(
                Entity.MEASUREMENT,
                lambda: flow.record_measurement(
                    self.wb.db,
                    stream.id,
                    value=value,
                    unit=unit,
                    basis=basis,
                    method=method,
                    note=note,
                    author=self.wb.prefs.user_name,
                    measured_at=datetime.now(UTC),
                ),
                self.tr("Record a reading of %1").replace("%1", stream.name),
            )
        except CpdeskError as exc:
            fields = {"value": self.value, "basis": self.basis, "method": self.method, "note": self.note}
            field = fields.get(getattr(exc, "field", ""), self.unit)
            return self._fail(describe(exc, name_field=True), field)
        self._last_unit[stream.id] = row.unit
        self._last_basis[stream.id] = row.basis.value
        self.message.setStyleSheet(OK_STYLE)
        saved = (
            self.tr("Saved: %1 = %2 %3")
            .replace("%1", stream.name)
            .replace("%2", display.number(row.value, self.wb.numbers))
            .replace("%3", display.unit(row.unit, self.wb.lang))
        )
        self.message.setText(f"{saved} {self.value.note}".strip())
        self.value.clear()
        self.note.clear()
        self.stream.setFocus()
        self.stream.lineEdit().selectAll()
        self.saved.emit(row)
        return True

    def _fail(self, text: str, field: QWidget) -> bool:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        field.setFocus()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                popup = self.stream.completer().popup()
                if watched in (self.stream, self.stream.lineEdit()) and popup is not None and popup.isVisible():
                    return False  # Enter picks the completion first
                self.save()
                return True
        return super().eventFilter(watched, event)


__all__ = ["QuickEntry"]
