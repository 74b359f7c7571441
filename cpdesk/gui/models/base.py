"""The table model every entity list is built on: columns, display, parsing and editing.

A model holds plain rows (frozen dataclasses from the services) and a list of
:class:`Column`. Typed text is parsed here, in the user's number notation: a wrong or
ambiguous number is refused: the cell goes on showing the value stored, turns red, and says
what was typed and why it was refused in its tooltip and in the window's status bar (the
``refused`` signal); nothing invalid reaches the database. A valid value goes to the
``submit`` callback (the workbench's undoable update); a service refusal marks the cell the
same way.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cpdesk.core import dates, field_ranges, units
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.field_ranges import PlausibleRange
from cpdesk.core.numbers import NumberFormatError
from cpdesk.gui import display
from cpdesk.gui.errors import describe, entry_problem, number_error_text, reason_text
from cpdesk.gui.typed import read_number

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 5

ERROR_BACKGROUND = QColor("#f8d7da")
ERROR_FOREGROUND = QColor("#842029")
#: The frame around a refused cell, seen over the selection's colour too.
ERROR_FRAME = QColor("#dc3545")
FLAG_BACKGROUND = QColor("#fff3cd")
NOTE_BACKGROUND = QColor("#ffe8a1")

Submit = Callable[[Entity, uuid.UUID, dict[str, Any]], None]


class Kind(enum.Enum):
    """How a cell is shown and edited."""

    TEXT = "text"
    NUMBER = "number"
    INTEGER = "integer"
    PERCENT = "percent"  # a fraction shown and typed as per cent
    MONEY = "money"
    UNIT = "unit"
    CHOICE = "choice"
    FLAG = "flag"
    DATE = "date"


class InputError(ValueError):
    """Typed text that cannot be stored; the message says why, in the user's language."""


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: where its value comes from and how it is shown and edited."""

    key: str  # the field editing.Update sets; "" for a computed, read-only column
    title: str
    get: Callable[[R], Any]
    kind: Kind = Kind.TEXT
    show: Callable[[R], str] | None = None
    editable: bool = True
    optional: bool = False  # an empty entry stores None
    #: CHOICE: (code, label) pairs; UNIT: the units offered. Per row, as units depend on it.
    choices: Callable[[R], Sequence[Any]] | None = None
    tip: Callable[[R], str] | None = None
    decimals: int | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A list of plain rows of one entity, editable cell by cell."""

    #: The kind of record (Entity.STREAM, Entity.MEASUREMENT ...) that updates are sent for;
    #: None for a table that is only read.
    entity: Entity | None = None

    #: A cell's entry was refused: why, for the status bar.
    refused = Signal(str)

    def __init__(
        self,
        submit: Submit | None,
        locale: str = "vi",
        lang: str = "vi",
        currency: str = "VND",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.save_edit = submit  # not "submit": that is a virtual slot of QAbstractItemModel
        self.locale = locale
        self.lang = lang
        self.currency = currency
        self._rows: list[R] = []
        self._errors: dict[tuple[Any, str], tuple[str, str]] = {}
        #: Cells whose entry was taken in the user's notation but could have meant another
        #: number: the note says so (amber) until the cell is edited again.
        self._notes: dict[tuple[Any, str], str] = {}
        self._last_note = ""
        self.columns: list[Column[R]] = self.make_columns()

    # ----------------------------------------------------------------- to override

    def make_columns(self) -> list[Column[R]]:
        raise NotImplementedError

    def highlight(self, row: R) -> QColor | None:
        """A background for the whole row (e.g. a flagged reading); None for none."""
        return None

    def row_tip(self, row: R) -> str:
        return ""

    # ----------------------------------------------------------------- rows

    def set_rows(self, rows: Sequence[R]) -> None:
        """Show ``rows``; keeps views' selection when only the values changed."""
        rows = list(rows)
        if [self._key(r) for r in rows] == [self._key(r) for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        live = {self._key(r) for r in rows}
        self._errors = {k: v for k, v in self._errors.items() if k[0] in live}
        self.endResetModel()

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, i: int) -> R:
        return self._rows[i]

    def index_of(self, key: Any) -> QModelIndex:
        for i, r in enumerate(self._rows):
            if self._key(r) == key:
                return self.index(i, 0)
        return QModelIndex()

    def column_of(self, key: str) -> int:
        for i, c in enumerate(self.columns):
            if c.key == key or c.title == key:
                return i
        raise KeyError(key)

    @staticmethod
    def _key(row: Any) -> Any:
        return getattr(row, "id", id(row))

    def error_at(self, index: Index) -> str | None:
        entry = self._errors.get((self._key(self._rows[index.row()]), self.columns[index.column()].key))
        return entry[1] if entry else None

    def clear_errors(self) -> None:
        self._errors.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # ----------------------------------------------------------------- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(column):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        column = self.columns[index.column()]
        if column.key and column.editable and self.save_edit is not None:
            if column.kind is Kind.FLAG:
                return base | Qt.ItemFlag.ItemIsUserCheckable
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        error = self._errors.get((self._key(row), column.key))
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)  # the value stored, also when an entry was refused
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.FLAG:
            return Qt.CheckState.Checked if column.get(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        note = self._notes.get((self._key(row), column.key)) if not error else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error[1]
            if note:
                return note
            return (column.tip(row) if column.tip else "") or self.row_tip(row) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return QBrush(ERROR_BACKGROUND)
            if note:
                return QBrush(NOTE_BACKGROUND)
            color = self.highlight(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return QBrush(ERROR_FOREGROUND)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == ERROR_ROLE:
            return error[1] if error else None
        if role == KIND_ROLE:
            return column.kind.value
        if role == CHOICES_ROLE:
            return list(column.choices(row)) if column.choices else []
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.save_edit is None:
            return False
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if not (column.key and column.editable):
            return False
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.FLAG:
            parsed: Any = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            typed = ""
        elif role == Qt.ItemDataRole.EditRole:
            typed = "" if value is None else str(value)
            self._last_note = ""
            try:
                parsed = self.parse(column, row, value)
            except InputError as exc:
                return self._mark(index, row, column, typed, str(exc))
        else:
            return False
        key = (self._key(row), column.key)
        note = self._last_note
        if parsed == column.get(row):
            self._unmark(index, key, note)
            return True
        try:
            self.save_edit(self.entity, row.id, {column.key: parsed})  # type: ignore[attr-defined]
        except CpdeskError as exc:
            return self._mark(index, row, column, typed, self.refusal(column, exc, typed))
        self._unmark(index, key, note)
        return True

    # ----------------------------------------------------------------- text <-> value

    def text(self, row: R, column: Column[R]) -> str:
        """The display text of a cell."""
        if column.show is not None:
            return column.show(row)
        value = column.get(row)
        kind = column.kind
        if kind is Kind.INTEGER:  # a count of items or a position: never grouped
            return display.count(value, self.locale)
        if kind is Kind.NUMBER:
            return display.number(value, self.locale, column.decimals)
        if kind is Kind.MONEY:
            return display.money(value, self.locale, self.currency)
        if kind is Kind.PERCENT:
            return display.number(None if value is None else 100 * value, self.locale, column.decimals)
        if kind is Kind.CHOICE:
            labels = dict(column.choices(row)) if column.choices else {}
            code = value.value if isinstance(value, enum.Enum) else value
            return labels.get(code, "" if code is None else str(code))
        if kind is Kind.FLAG:
            return ""
        if kind is Kind.DATE:
            return display.day(value, self.lang)
        if kind is Kind.UNIT:
            return display.unit(value, self.lang)
        return "" if value is None else str(value)

    def edit_text(self, row: R, column: Column[R]) -> Any:
        """What the editor starts with: every digit of a number, a choice's code."""
        value = column.get(row)
        if column.kind in (Kind.NUMBER, Kind.INTEGER, Kind.MONEY):
            return display.editable_number(value, self.locale)
        if column.kind is Kind.PERCENT:
            return display.editable_number(None if value is None else round(100 * value, 10), self.locale)
        if column.kind is Kind.CHOICE:
            return value.value if isinstance(value, enum.Enum) else value
        if column.kind is Kind.DATE:
            return display.day(value, self.lang)
        if column.kind is Kind.UNIT:
            return display.unit(value, self.lang)
        return "" if value is None else str(value)

    def parse(self, column: Column[R], row: R, value: Any) -> Any:
        """The value to store for what was typed; InputError says why there is none."""
        text = "" if value is None else str(value).strip()
        kind = column.kind
        if kind in (Kind.NUMBER, Kind.INTEGER, Kind.PERCENT, Kind.MONEY):
            if not text:
                if column.optional:
                    return None
                raise InputError(entry_problem("number_required"))
            try:
                number, note = read_number(
                    text, self.locale, integer=kind is Kind.INTEGER, plausible=self.plausible(column)
                )
            except NumberFormatError as exc:
                raise InputError(number_error_text(exc, self.locale)) from None
            self._last_note = note
            return number / 100 if kind is Kind.PERCENT else number
        if kind is Kind.UNIT:
            try:
                return units.normalize_unit(text)
            except ValueError:
                raise InputError(entry_problem("unknown_unit", text)) from None
        if kind is Kind.DATE:
            if not text and column.optional:
                return None
            try:
                return dates.parse_date(text, self.lang)
            except dates.DateFormatError as exc:
                raise InputError(exc.sentence(column.title)) from None
        if kind is Kind.CHOICE:
            if value in (None, ""):
                if column.optional:
                    return None
                raise InputError(entry_problem("choose_value"))
            return value.value if isinstance(value, enum.Enum) else value
        return text

    def plausible(self, column: Column[R]) -> PlausibleRange | None:
        """The plausible range of a number column as typed (per cent for a per-cent column)."""
        bounds = field_ranges.plausible(self.entity, column.key) if column.key else None
        return bounds.scaled(100) if bounds is not None and column.kind is Kind.PERCENT else bounds

    def refusal(self, column: Column[R], exc: CpdeskError, typed: str = "") -> str:
        """The tooltip of a cell the service refused: the column, what was typed (the cell
        shows the value stored again), and why ("Not saved: Unit “kWh” is a unit of ...")."""
        reason = reason_text(exc) if isinstance(exc, ValidationError) else describe(exc)
        return (
            QCoreApplication.translate("Models", "Not saved: %1 %2")
            .replace("%1", f"{column.title} “{typed}”" if typed else column.title)
            .replace("%2", reason)
        )

    def sort_value(self, row: R, column: Column[R]) -> Any:
        value = column.get(row)
        if self._numeric(column):
            return float("-inf") if value is None else float(value)
        if column.kind is Kind.FLAG:
            return int(bool(value))
        if column.kind is Kind.DATE:  # by the date, not by its text (06/12 before 07/11)
            return "" if value is None else value.isoformat()
        return self.text(row, column).casefold()

    @staticmethod
    def _numeric(column: Column[Any]) -> bool:
        return column.kind in (Kind.NUMBER, Kind.INTEGER, Kind.PERCENT, Kind.MONEY)

    def _mark(self, index: Index, row: R, column: Column[R], typed: str, message: str) -> bool:
        self._errors[(self._key(row), column.key)] = (typed, message)
        self.dataChanged.emit(index, index)
        self.refused.emit(message)
        return False

    def _unmark(self, index: Index, key: tuple[Any, str], note: str = "") -> None:
        changed = self._errors.pop(key, None) is not None
        if note:
            self._notes[key] = note
            changed = True
        elif self._notes.pop(key, None) is not None:
            changed = True
        if changed:
            self.dataChanged.emit(index, index)

    def note_at(self, index: Index) -> str | None:
        """The note on a cell whose entry could have meant another number."""
        return self._notes.get((self._key(self._rows[index.row()]), self.columns[index.column()].key))
