"""A table screen: a filter field, the table (sortable, editable in place) and its buttons.

Its key columns come first and the others can be hidden from the header's menu
(:mod:`cpdesk.gui.widgets.table_columns`); a text cut short by its column is whole in the
cell's tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QHelpEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.gui.delegates import RecordDelegate
from cpdesk.gui.models.base import ROW_ROLE, SORT_ROLE, RecordTableModel
from cpdesk.gui.search import FoldingFilterProxy
from cpdesk.gui.widgets.table_columns import ColumnChooser, ColumnRef, elided_text_tip


class RecordView(QTableView):
    """A QTableView that starts editing when one types and deletes rows with Delete."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Delete) and self.state() != QAbstractItemView.State.EditingState:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and elided_text_tip(self, event):
            return True
        return super().viewportEvent(event)


#: How many rows, beside those on screen, a table's columns are fitted to when first filled.
FIT_ROWS = 100


class RecordTable(QWidget):
    """One entity list on screen. Emits ``add_requested`` and ``delete_requested(rows)``;
    the section that owns it turns them into undoable service calls."""

    add_requested = Signal()
    delete_requested = Signal(list)
    current_changed = Signal(object)

    def __init__(
        self,
        model: RecordTableModel[Any],
        *,
        title: str = "",
        add_text: str = "",
        can_delete: bool = True,
        name: str = "",
        first: Sequence[ColumnRef] = (),
        hidden: Sequence[ColumnRef] = (),
        parent: QWidget | None = None,
    ) -> None:
        """``name`` remembers the columns the user hides (the header's menu) in the settings;
        ``first`` are the key columns, shown first; ``hidden`` are hidden until chosen."""
        super().__init__(parent)
        self.model = model
        self.proxy = FoldingFilterProxy(self, SORT_ROLE)
        self.proxy.setSourceModel(model)

        self.view = RecordView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(RecordDelegate(model.locale, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until a header is clicked
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setWordWrap(False)
        self.view.delete_pressed.connect(self._delete)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        #: (text, action on the row) offered first in the rows' context menu.
        self.row_actions: list[tuple[str, Callable[[Any], None]]] = []
        self.columns = ColumnChooser(self.view, name, first, hidden) if name else None

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (no accents needed)…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.set_query)
        self.filter.setMaximumWidth(360)
        self.filter.setMinimumWidth(self.filter.fontMetrics().horizontalAdvance(self.filter.placeholderText()) + 40)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(f"<b>{title}</b>") if title else None
        if self.title is not None:
            bar.addWidget(self.title)
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.buttons = bar
        self.add_button: QPushButton | None = None
        if add_text:
            self.add_button = QPushButton(add_text)
            self.add_button.clicked.connect(self.add_requested)
            bar.addWidget(self.add_button)
        self.delete_button: QPushButton | None = None
        if can_delete:
            self.delete_button = QPushButton(self.tr("Delete"))
            self.delete_button.setToolTip(self.tr("Delete the selected rows (Del); Ctrl+Z brings them back"))
            self.delete_button.clicked.connect(self._delete)
            bar.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._sized = False
        model.modelReset.connect(self._fit_columns)
        model.refused.connect(self._say_refusal)
        self._fit_headers()

    def add_button_widget(self, button: QPushButton) -> None:
        """Put another button in the bar (before Delete)."""
        position = self.buttons.count() - (1 if self.delete_button else 0)
        self.buttons.insertWidget(position, button)

    # ----------------------------------------------------------------- rows

    def selected_rows(self) -> list[Any]:
        rows = {}
        for index in self.view.selectionModel().selectedRows():
            row = index.data(ROW_ROLE)
            rows[id(row)] = row
        current = self.current_row()
        if not rows and current is not None:
            rows[id(current)] = current
        return list(rows.values())

    def current_row(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select(self, key: Any, column: int = 0) -> QModelIndex:
        """Make the row whose id is ``key`` current; its proxy index (invalid if filtered out)."""
        source = self.model.index_of(key)
        if not source.isValid():
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(source.row(), column))
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.scrollTo(index)
        return index

    def source_index(self, key: Any, column_key: str) -> QModelIndex:
        """The model index of a row's cell (for tests and programmatic edits)."""
        source = self.model.index_of(key)
        return self.model.index(source.row(), self.model.column_of(column_key))

    # ----------------------------------------------------------------- context menu

    def context_actions(self) -> list[QAction]:
        """The actions the rows' context menu offers for the current row: the owner's
        (:attr:`row_actions`), then its history (a record of a kind the editor knows)."""
        row = self.current_row()
        if row is None:
            return []
        actions = []
        for text, act in self.row_actions:
            action = QAction(text, self)
            action.triggered.connect(lambda _checked=False, act=act, row=row: act(row))
            actions.append(action)
        if self.model.entity is not None and hasattr(row, "id") and _workbench_of(self) is not None:
            history = QAction(self.tr("History…"), self)
            history.triggered.connect(lambda _checked=False, row=row: self.show_history(row))
            actions.append(history)
        return actions

    def show_history(self, row: Any = None) -> QDialog | None:
        """Open the history of ``row`` (the current one by default) beside the table."""
        from cpdesk.gui.record_history import show_history

        row = row if row is not None else self.current_row()
        workbench = _workbench_of(self)
        if row is None or workbench is None or self.model.entity is None:
            return None
        return show_history(workbench, self.model.entity, row.id, self)

    def _context_menu(self, at: QPoint) -> None:
        actions = self.context_actions()
        if actions:
            menu = QMenu(self)
            menu.addActions(actions)
            menu.exec(self.view.viewport().mapToGlobal(at))

    def _delete(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.delete_requested.emit(rows)

    def _say_refusal(self, reason: str) -> None:
        """Why an entry was refused, in the status bar, where the eye goes after Enter."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(reason, 15_000)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(ROW_ROLE) if current.isValid() else None)

    def _fit_headers(self) -> None:
        """Wide enough for every header while there are no rows to fit."""
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, max(header.sectionSizeHint(column) + 8, 60))

    def select_first(self) -> None:
        """Make the first row current when none is (so that details below it show)."""
        if not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _fit_columns(self) -> None:
        if self._sized or not self.model.rowCount():
            return
        self._sized = True
        header = self.view.horizontalHeader()
        # The rows shown and the first FIT_ROWS: a list of thousands (a centre's companies)
        # is fitted as fast as a short one.
        header.setResizeContentsPrecision(FIT_ROWS)
        self.view.resizeColumnsToContents()
        cap = max(150, self.view.fontMetrics().horizontalAdvance("x") * 32)
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 12, cap))


def edit_new_row(table: RecordTable, key: Any, column: str) -> None:
    """Select a row just added and open its editor on ``column`` (type over the default)."""
    index = table.select(key, table.model.column_of(column))
    if index.isValid():
        table.view.setFocus()
        table.view.edit(index)


def unique_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever is not taken (case-insensitively)."""
    folded = {t.casefold() for t in taken}
    if base.casefold() not in folded:
        return base
    n = 2
    while f"{base} {n}".casefold() in folded:
        n += 1
    return f"{base} {n}"


def _workbench_of(widget: QWidget) -> Any:
    """The workbench of the screen a table is on (the nearest parent that has one), or None
    (a table shown on its own)."""
    parent = widget.parentWidget()
    while parent is not None:
        workbench = getattr(parent, "wb", None)
        if workbench is not None:
            return workbench
        parent = parent.parentWidget()
    return None
