"""The editors of table cells: chosen from the column's kind, checking as one types."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cpdesk.gui.models.base import CHOICES_ROLE, KIND_ROLE, Kind
from cpdesk.gui.widgets.entry import DateEdit, NumberEdit, UnitCombo

Index = QModelIndex | QPersistentModelIndex


class RecordDelegate(QStyledItemDelegate):
    """Number fields in the user's notation, unit pickers, choice lists and date fields.

    Whatever was typed goes to the model, valid or not: the model refuses invalid text and
    marks the cell with the reason, so the user sees what they typed and why it was refused.
    """

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        kind = Kind(index.data(KIND_ROLE) or Kind.TEXT.value)
        if kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.INTEGER):
            editor: QWidget = NumberEdit(
                self.locale, optional=True, integer=kind is Kind.INTEGER, percent=kind is Kind.PERCENT, parent=parent
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
