"""Which columns a table shows, and in what order: the key columns first, the others behind a
column chooser (the header's context menu, with a check per column), remembered per table in
the settings; and the full text of a cell cut short by its column, in the cell's tooltip.

A table on a 1366 px wide screen shows about five columns beside the navigator: the option
and its money must be among them, not scrolled off to the right behind its category and
screening.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QMenu, QStyle, QTableView, QToolTip

from cpdesk.gui import preferences as prefs_store

#: A column named by its key (the field it edits) or, for a computed column, by its number.
ColumnRef = str | int


def column_id(model: Any, column: int) -> str:
    """A column's name in the settings: its key, or ``#n`` for a computed column."""
    source = model.sourceModel() if hasattr(model, "sourceModel") else model  # through a filter
    columns = getattr(source, "columns", None)
    key = columns[column].key if columns is not None and column < len(columns) else ""
    return key or f"#{column}"


def column_number(model: Any, ref: ColumnRef) -> int:
    """The model's column that ``ref`` names (-1 if none)."""
    if isinstance(ref, int):
        return ref if 0 <= ref < model.columnCount() else -1
    return next((c for c in range(model.columnCount()) if column_id(model, c) == ref), -1)


class ColumnChooser:
    """The key columns of ``view`` first; the others shown or hidden from the header's menu.

    ``name`` keeps the choice in the settings (``tables/<name>/hidden``); ``hidden`` are the
    columns hidden until the user shows them. The last visible column cannot be hidden.
    """

    def __init__(
        self,
        view: QTableView,
        name: str,
        first: Sequence[ColumnRef] = (),
        hidden: Sequence[ColumnRef] = (),
    ) -> None:
        self.view = view
        self.name = name
        self.model = view.model()
        view.horizontalHeader().setSectionsMovable(True)  # the user may reorder too, by dragging
        self.first = [n for n in (column_number(self.model, ref) for ref in first) if n >= 0]
        saved = prefs_store.settings().value(self._key())
        if saved is None:
            self.hidden = {column_id(self.model, n) for n in (column_number(self.model, r) for r in hidden) if n >= 0}
        else:
            self.hidden = {str(v) for v in (saved if isinstance(saved, list) else [saved]) if v}
        self.apply()  # kept by the header through the model's resets (a new list of rows)
        view.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.horizontalHeader().customContextMenuRequested.connect(self._menu)

    def apply(self) -> None:
        """The key columns first, the chosen ones hidden."""
        header = self.view.horizontalHeader()
        for position, number in enumerate(self.first):
            if header.visualIndex(number) != position:
                header.moveSection(header.visualIndex(number), position)
        for column in range(self.model.columnCount()):
            self.view.setColumnHidden(column, column_id(self.model, column) in self.hidden)

    def _key(self) -> str:
        return f"tables/{self.name}/hidden"

    def menu(self) -> QMenu:
        """The chooser: one checkable entry per column, in the order shown."""
        header = self.view.horizontalHeader()
        menu = QMenu(self.view)
        shown = [c for c in range(header.count()) if not self.view.isColumnHidden(c)]
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        return menu

    def _menu(self, point: QPoint) -> None:
        self.menu().popup(self.view.horizontalHeader().mapToGlobal(point))

    def show_column(self, column: int, on: bool) -> None:
        """Show or hide a column, and remember the choice."""
        self.view.setColumnHidden(column, not on)
        if on and self.view.columnWidth(column) < 30:
            self.view.resizeColumnToContents(column)
        self.hidden = {column_id(self.model, c) for c in range(self.model.columnCount()) if self.view.isColumnHidden(c)}
        prefs_store.settings().setValue(self._key(), sorted(self.hidden))


def elided_text_tip(view: QTableView, event: QHelpEvent) -> bool:
    """Show a cell's whole text as its tooltip when its column cuts it short (with the
    model's own tip after it). True when the event was answered here."""
    index: QModelIndex = view.indexAt(event.pos())
    if not index.isValid():
        return False
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    needed = view.fontMetrics().horizontalAdvance(text) + 2 * margin
    if needed <= view.visualRect(index).width():
        return False
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    whole = f"{text}\n\n{tip}" if isinstance(tip, str) and tip and tip != text else text
    QToolTip.showText(event.globalPos(), whole, view.viewport(), view.visualRect(index))
    return True
