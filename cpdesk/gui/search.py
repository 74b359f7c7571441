"""Searching as Vietnamese users type: without diacritics ("nuoc thai" finds "Nước thải")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from cpdesk.core.folding import fold

__all__ = ["FoldingFilterProxy", "fold", "matches"]


def matches(words: list[str], text: str) -> bool:
    """Every folded word of the query occurs in ``text``."""
    folded = fold(text)
    return all(w in folded for w in words)


class FoldingFilterProxy(QSortFilterProxyModel):
    """A sort/filter proxy whose filter ignores case and diacritics and matches any column
    (every word of the filter must occur somewhere in the row)."""

    def __init__(self, parent: QObject | None = None, sort_role: int | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        if sort_role is not None:
            self.setSortRole(sort_role)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        texts = []
        for column in range(model.columnCount(parent)):
            value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                texts.append(str(value))
        return matches(self._words, " ".join(texts))
