"""The model of a balance table: the plant and each step, with their streams beneath.

A tree of plain rows built from the service's :class:`~cpdesk.core.balance.Balance`; texts
are formatted only when a view asks for them, once per row until the next balance, so a
balance of hundreds of streams refreshes in a few milliseconds after each reading typed (only
the rows on screen are drawn, and a repaint asks every cell for several roles).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from cpdesk.core.balance import Balance, NodeBalance, StreamValue
from cpdesk.core.reconcile import StreamEstimate, StreamStatus
from cpdesk.gui import display
from cpdesk.gui.models.base import FLAG_BACKGROUND

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = 9
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
#: The roles this model answers; a view asks each cell for more (decoration, check state,
#: colours, size hint), which are answered before any lookup.
_ROLES = frozenset(
    {
        _DISPLAY,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        KEY_ROLE,
    }
)


@dataclass(frozen=True)
class StreamLine:
    """A stream under a step: what entered or left it, measured and reconciled."""

    value: StreamValue
    direction: str  # "in" or "out"
    estimate: StreamEstimate | None


@dataclass(frozen=True)
class NodeLine:
    """The plant boundary (``node.node`` None) or one step, and its streams."""

    node: NodeBalance
    reconciled_closure: float | None
    streams: tuple[StreamLine, ...] = field(default=())

    @property
    def key(self) -> str:
        return self.node.node or "plant"


class BalanceTreeModel(QAbstractItemModel):
    """Two levels: steps (and the plant), then their streams. Read-only."""

    #: Every figure may have changed, the rows have not: views repaint.
    values_changed = Signal()

    def __init__(self, locale: str, parent: QObject | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.locale = locale
        #: The language of the reconciliation's terms (the catalogue's, as the report says them).
        self.lang = lang
        self.lines: list[NodeLine] = []
        self.suspected: frozenset[str] = frozenset()
        #: The texts of a row's cells, by (parent's id, row): made once per balance shown.
        self._texts: dict[tuple[int, int], tuple[str, ...]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = [
            self.tr("Step / stream"),
            self.tr("In"),
            self.tr("Out"),
            self.tr("Unaccounted"),
            self.tr("Unaccounted, %"),
            self._term("measured").capitalize(),
            self._term("reconciled_value").capitalize(),
            self.tr("±"),
            self.tr("Status"),
        ]

    def set_balance(
        self,
        balance: Balance,
        estimates: Mapping[str, StreamEstimate],
        reconciled: Balance | None = None,
        suspected: frozenset[str] = frozenset(),
    ) -> bool:
        """Show a balance; True when the rows changed (views lose their expanded state).

        ``suspected``: the readings serial elimination of gross errors drops, shown in bold
        and named so in the status column.
        """
        self.suspected = suspected
        closures = {n.node: n.closure_pct for n in reconciled.nodes} if reconciled else {}
        if reconciled is not None:
            closures[None] = reconciled.plant.closure_pct
        lines = [
            NodeLine(
                node,
                closures.get(node.node),
                tuple(StreamLine(v, "in", estimates.get(v.id)) for v in node.inputs)
                + tuple(StreamLine(v, "out", estimates.get(v.id)) for v in node.outputs),
            )
            for node in (balance.plant, *balance.nodes)
        ]
        same = [(n.key, [s.value.id for s in n.streams]) for n in lines] == [
            (n.key, [s.value.id for s in n.streams]) for n in self.lines
        ]
        self._texts.clear()
        if same and lines:
            self.lines = lines
            # Values changed, rows did not: say so for the steps; the streams' new figures
            # show when the view repaints (``values_changed``). One dataChanged per step's
            # streams would make QTreeView walk every row through index() from Python,
            # a tenth of a second for 200 streams, after every reading typed.
            self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, COLUMNS - 1))
            self.values_changed.emit()
            return False
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()
        return True

    def clear(self) -> None:
        self.beginResetModel()
        self.lines = []
        self._texts.clear()
        self.endResetModel()

    # ----------------------------------------------------------------- structure

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.lines) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        if row < len(self.lines[parent.row()].streams):
            return self.createIndex(row, column, parent.row() + 1)  # the id says whose child
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.lines)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.lines[parent.row()].streams)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMNS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section:
                return _RIGHT
        return None

    # ----------------------------------------------------------------- content

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        parent, row = int(index.internalId()), index.row()
        if role == _DISPLAY:
            texts = self._texts.get((parent, row))
            if texts is None:
                if parent == 0:
                    texts = self._node_texts(self.lines[row].node)
                else:
                    texts = self._stream_texts(self.lines[parent - 1].streams[row])
                self._texts[(parent, row)] = texts
            return texts[index.column()]
        if parent == 0:
            return self._node_data(self.lines[row], index.column(), role)
        return self._stream_data(self.lines[parent - 1].streams[row], index.column(), role)

    def _node_texts(self, node: NodeBalance) -> tuple[str, ...]:
        n = self.locale
        return (
            self.tr("Plant boundary") if node.node is None else node.name,
            display.number(node.total_in, n),
            display.number(node.total_out, n),
            display.number(node.unaccounted, n),
            display.number(node.closure_pct, n, 1),
            "",
            "",
            "",
            self.tr("%1 unmeasured").replace("%1", str(len(node.unmeasured))) if node.unmeasured else "",
        )

    def _stream_texts(self, line: StreamLine) -> tuple[str, ...]:
        value, estimate, n = line.value, line.estimate, self.locale
        amount = display.number(value.value, n)
        return (
            ("→ " if line.direction == "in" else "← ") + value.name,
            amount if line.direction == "in" else "",
            amount if line.direction == "out" else "",
            "",
            "",
            amount,
            display.number(estimate.value, n) if estimate else "",
            display.number(estimate.sigma, n) if estimate and estimate.sigma is not None else "",
            self.status(estimate, value.id in self.suspected)
            if estimate
            else (self._term("unmeasured") if value.value is None else ""),
        )

    def _node_data(self, line: NodeLine, column: int, role: int) -> Any:
        node = line.node
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 8 and node.unmeasured:
                return ", ".join(node.unmeasured)
            if column == 4 and line.reconciled_closure is not None:
                return self.tr("Reconciled: unaccounted %1 %").replace(
                    "%1", display.number(line.reconciled_closure, self.locale, 1)
                )
        if role == KEY_ROLE:
            return line.key
        return None

    def _stream_data(self, line: StreamLine, column: int, role: int) -> Any:
        value, estimate = line.value, line.estimate
        suspected = value.id in self.suspected
        held = estimate is not None and estimate.at_bound
        flagged = estimate is not None and estimate.gross_error
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column < COLUMNS - 1:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and (flagged or suspected or held):
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and suspected:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and suspected:
            return self.tr("Suspected: serial elimination of gross errors drops this reading")
        if role == Qt.ItemDataRole.ToolTipRole and held:
            return self.tr("Held at 0: the other readings would make this flow negative")
        if role == Qt.ItemDataRole.ToolTipRole and flagged:
            return self.tr("Flagged: the adjustment of this reading is too large to be chance (gross error test)")
        if role == KEY_ROLE:
            return value.id
        return None

    def _term(self, code: str) -> str:
        return display.label("ReconciliationTerm", code, self.lang)

    def status(self, estimate: StreamEstimate, suspected: bool = False) -> str:
        """What the reconciliation tells of a stream, in the words the report prints."""
        text = display.label(StreamStatus, estimate.status, self.lang)
        if estimate.at_bound:
            text = self._term("held_at_zero") + " · " + text
        if estimate.gross_error:
            text = self._term("flagged") + " · " + text
        return self._term("suspected") + " · " + text if suspected else text
