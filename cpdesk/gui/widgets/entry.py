"""Entry fields that check what is typed as it is typed: numbers in the user's notation,
units cpdesk knows, dates as the user's language writes them. A wrong entry turns the field
red and its tooltip says why (and what was probably meant); :meth:`value` refuses it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QWidget

from cpdesk.core import dates, units
from cpdesk.core.field_ranges import PlausibleRange
from cpdesk.core.numbers import NumberFormatError
from cpdesk.gui import display
from cpdesk.gui.errors import entry_problem, number_error_text
from cpdesk.gui.typed import read_number

INVALID_STYLE = "background-color: #f8d7da; color: #842029;"
NOTE_STYLE = "background-color: #ffe8a1;"


class InvalidEntry(ValueError):
    """The field's text cannot be stored; the message says why."""


class NumberEdit(QLineEdit):
    """A number typed in "vi" ("2,57", "93.200") or "en" notation, checked as it is typed.

    ``plausible`` is the field's plausible range in the unit it is stored in (a fraction for
    a per-cent field; see :mod:`cpdesk.core.field_ranges`): "1.000" or "1,000", a thousands
    group in one notation and a decimal in the other, is read as the one reading inside it
    when only one is, without a note; otherwise as the user's notation reads it, with a note
    that says how to type the other reading.
    """

    validity_changed = Signal(bool)

    def __init__(
        self,
        locale: str = "vi",
        *,
        optional: bool = False,
        integer: bool = False,
        percent: bool = False,
        plausible: PlausibleRange | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.locale = locale
        self.optional = optional
        self.integer = integer
        self.percent = percent
        self.plausible = plausible
        self.problem = ""
        #: Set when the entry was read in the user's notation but could mean another number.
        self.note = ""
        self.textChanged.connect(self._check)
        example = "2,57" if locale == "vi" else "2.57"
        self.setPlaceholderText(example)

    def value(self) -> float | int | None:
        """The number typed (a fraction for a per-cent field); InvalidEntry if there is none."""
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            raise InvalidEntry(entry_problem("number_required"))
        try:
            number, self.note = read_number(text, self.locale, integer=self.integer, plausible=self.typed_range())
        except NumberFormatError as exc:
            raise InvalidEntry(number_error_text(exc, self.locale)) from None
        return number / 100 if self.percent else number

    def typed_range(self) -> PlausibleRange | None:
        """The plausible range of what is typed: per cent in a per-cent field."""
        if self.plausible is None or not self.percent:
            return self.plausible
        return self.plausible.scaled(100)

    def set_value(self, value: float | None) -> None:
        shown = None if value is None else (round(100 * value, 10) if self.percent else value)
        self.setText(display.editable_number(shown, self.locale))

    def is_valid(self) -> bool:
        return not self.problem

    def _check(self, _text: str = "") -> None:
        problem = ""
        self.note = ""
        if self.text().strip():  # an empty field is not an error while one is typing
            try:
                self.value()
            except InvalidEntry as exc:
                problem = str(exc)
        changed = bool(problem) != bool(self.problem)
        self.problem = problem
        _show_problem(self, problem)
        if self.note and not problem:
            self.setStyleSheet(NOTE_STYLE)
            self.setToolTip(self.note)
        if changed:
            self.validity_changed.emit(not problem)


class UnitCombo(QComboBox):
    """An editable unit picker: the units that suit the field, or any spelling typed
    ("m3/ngày" is m³/day); an unknown unit turns it red. Units are given and read back in
    their stored spelling ("m³/day") and shown as the user reads them ("m³/ngày")."""

    def __init__(self, choices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.problem = ""
        self.set_choices(choices)
        self.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.editTextChanged.connect(self._check)

    def set_choices(self, choices: Sequence[str]) -> None:
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            self.addItem(display.unit(choice), choice)
        self.setEditText(text)
        self.blockSignals(False)

    def setEditText(self, text: str) -> None:  # noqa: N802  (Qt's name)
        """Show ``text``, a unit in stored spelling, as the user reads it."""
        super().setEditText(display.unit(text))

    def unit_text(self) -> str:
        """The unit typed, in stored spelling when cpdesk knows it, else as typed."""
        try:
            return self.value()
        except InvalidEntry:
            return self.currentText().strip()

    def value(self) -> str:
        """The unit in canonical spelling; InvalidEntry if cpdesk does not know it."""
        text = self.currentText().strip()
        try:
            return units.normalize_unit(text)
        except ValueError:
            raise InvalidEntry(entry_problem("unknown_unit", text)) from None

    def _check(self, text: str) -> None:
        problem = ""
        if text.strip():
            try:
                self.value()
            except InvalidEntry as exc:
                problem = str(exc)
        self.problem = problem
        _show_problem(self, problem)


class DateEdit(QLineEdit):
    """The one date field: a date typed as people write it in the user's language, 06/12/2026
    (6 December) in Vietnamese and 6 Dec 2026 in English, or ISO in either
    (:mod:`cpdesk.core.dates`). ``field`` names it in a refusal ("Start date: “31/02/2026” is
    not a date; ..."); ``lang`` defaults to the interface's language."""

    def __init__(
        self,
        optional: bool = True,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        field: str = "",
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.lang = lang or display.language()
        self.field = field
        self.problem = ""
        self.setPlaceholderText(display.day(dates.EXAMPLE, self.lang))
        if field:
            self.setAccessibleName(field)
        self.textChanged.connect(self._check)

    def value(self) -> date | None:
        """The date typed; None when empty and optional; InvalidEntry if it is no one date."""
        text = self.text().strip()
        if not text and self.optional:
            return None
        try:
            return dates.parse_date(text, self.lang)
        except dates.DateFormatError as exc:
            raise InvalidEntry(exc.sentence(self.field)) from None

    def set_value(self, value: date | None) -> None:
        self.setText(dates.format_for_entry(value, self.lang))

    def _check(self, _text: str) -> None:
        try:
            self.value()
            self.problem = ""
        except InvalidEntry as exc:
            self.problem = str(exc)
        _show_problem(self, self.problem)


def _show_problem(widget: QWidget, problem: str) -> None:
    widget.setStyleSheet(INVALID_STYLE if problem else "")
    widget.setToolTip(problem)
    widget.setProperty("invalid", bool(problem))


def line_edit_of(widget: QWidget) -> QLineEdit | None:
    """The text field of an entry widget (a combo box's line edit)."""
    if isinstance(widget, QLineEdit):
        return widget
    if isinstance(widget, QComboBox):
        return widget.lineEdit()
    return None


class NoteEdit(QPlainTextEdit):
    """Longer text, saved when the cursor leaves it (``committed`` carries the new text)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = ""
        self.setTabChangesFocus(True)

    def set_saved(self, text: str) -> None:
        """Show stored text (not while the user is typing in it)."""
        self._saved = text
        if not self.hasFocus():
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.commit()

    def commit(self) -> None:
        text = self.toPlainText()
        if text.strip() != self._saved.strip():
            self._saved = text
            self.committed.emit(text)


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals ``value`` (Python equality: QComboBox.findData
    compares wrapped Python objects such as UUIDs by identity), -1 if none."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1
