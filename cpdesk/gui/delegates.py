"""The editors of table cells: chosen from the column's kind, checking as one types."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpdesk.core import field_ranges
from cpdesk.core.field_ranges import PlausibleRange
from cpdesk.gui.models.base import CHOICES_ROLE, ERROR_FRAME, ERROR_ROLE, KIND_ROLE, Kind, RecordTableModel
from cpdesk.gui.widgets.entry import DateEdit, NumberEdit, UnitCombo

Index = QModelIndex | QPersistentModelIndex


class RecordDelegate(QStyledItemDelegate):
    """Number fields in the user's notation, unit pickers, choice lists and date fields.

    Whatever was typed goes to the model, valid or not: the model refuses invalid text and
    marks the cell with the reason (its tooltip says what was typed and why it was refused);
    a red frame shows the mark on a selected cell too, where the selection hides its colour.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(ERROR_ROLE):
            painter.save()
            painter.setPen(QPen(ERROR_FRAME, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        kind = Kind(index.data(KIND_ROLE) or Kind.TEXT.value)
        if kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.INTEGER):
            editor: QWidget = NumberEdit(
                self.locale,
                optional=True,
                integer=kind is Kind.INTEGER,
                percent=kind is Kind.PERCENT,
                plausible=_plausible(index),
                parent=parent,
            )
        elif kind is Kind.UNIT:
            editor = UnitCombo(index.data(CHOICES_ROLE) or (), parent)
        elif kind is Kind.CHOICE:
            combo = QComboBox(parent)
            for code, label in index.data(CHOICES_ROLE) or ():
                combo.addItem(label, code)
            editor = combo
        elif kind is Kind.DATE:
            editor = DateEdit(parent=parent)
        else:
            editor = QLineEdit(parent)
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, UnitCombo):
            editor.setEditText("" if value is None else str(value))
        elif isinstance(editor, QComboBox):
            for i in range(editor.count()):
                if editor.itemData(i) == value:
                    editor.setCurrentIndex(i)
                    break
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, UnitCombo):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        rect = option.rect
        # Leave the editor at least wide enough for a unit or a number to be read.
        rect.setWidth(max(rect.width(), 110))
        editor.setGeometry(rect)


def _plausible(index: Index) -> PlausibleRange | None:
    """The plausible range of the field in the cell, from the table model under any proxy
    (the editor checks as the model will, so that both read "25.400" alike)."""
    model = index.model()
    while isinstance(model, QAbstractProxyModel):
        index = model.mapToSource(index)
        model = model.sourceModel()
    if not isinstance(model, RecordTableModel) or not 0 <= index.column() < len(model.columns):
        return None
    return field_ranges.plausible(model.entity, model.columns[index.column()].key)
