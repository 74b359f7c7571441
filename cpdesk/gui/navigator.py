"""The navigator: programmes, their companies and the companies' assessments, with search
that ignores accents ("det nhuom" finds "Dệt nhuộm")."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from cpdesk.core.entities import Change, Entity
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.gui.search import FoldingFilterProxy
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

HOME = "home"
PROGRAMME = "programme"
COMPANY = "company"
ASSESSMENT = "assessment"
#: The training centre's own records (opened with Enter or a double click, in a window of their own).
CENTRE = "centre"


class Navigator(QWidget):
    """Emits ``chosen(kind, id)`` when the user picks a programme, company or assessment."""

    chosen = Signal(str, object)
    #: The centre's entry was opened (Enter or double click): its screens show the year.
    centre_chosen = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search programmes, companies, assessments…"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.activated.connect(self._activated)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._first_match)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        workbench.changed.connect(self._changed)

    # ----------------------------------------------------------------- building

    def reload(self) -> None:
        """Rebuild the tree from the database, keeping the current item."""
        current = self.current()
        self.model.clear()
        lang = self.wb.lang
        bold = QFont(self.tree.font())
        bold.setBold(True)
        home = self._item(self.tr("All programmes and companies"), HOME, None)
        home.setFont(bold)
        self.model.appendRow(home)
        programmes: dict[uuid.UUID | None, QStandardItem] = {}
        for p in catalogue.list_programmes(self.wb.db):
            name = (p.name_vi or p.name) if lang == "vi" else p.name
            item = self._item(f"{p.code}: {name}", PROGRAMME, p.id)
            item.setToolTip(f"{p.code}: {name}\n{p.donor}")
            item.setFont(bold)
            programmes[p.id] = item
            self.model.appendRow(item)
        companies: dict[tuple[uuid.UUID | None, uuid.UUID], QStandardItem] = {}
        self._demo: uuid.UUID | None = None
        for a in assessments.list_assessments(self.wb.db):
            parent = programmes.get(a.programme_id)
            if parent is None:
                parent = programmes[None] = programmes.get(None) or self._outside()
            key = (a.programme_id, a.company_id)
            if key not in companies:
                companies[key] = self._item(a.company, COMPANY, a.company_id)
                parent.appendRow(companies[key])
            item = self._item(a.title, ASSESSMENT, a.id)
            item.setToolTip(f"{a.title}\n{a.company}\n{a.start_date or ''} – {a.end_date or ''}")
            companies[key].appendRow(item)
            if a.origin == DataOrigin.DEMO and self._demo is None:
                self._demo = a.id
        assessed = {company for _programme, company in companies}
        lonely = [c for c in catalogue.list_companies(self.wb.db) if c.id not in assessed]
        if lonely:
            group = self._item(self.tr("Companies without an assessment"), HOME, None)
            for c in lonely:
                group.appendRow(self._item(c.name, COMPANY, c.id))
            self.model.appendRow(group)
        centre = self._item(self.tr("Training centre: courses, the year, indicators"), CENTRE, None)
        centre.setToolTip(self.tr("Enter or double click opens the centre's year; the Training menu has the rest"))
        self.model.appendRow(centre)
        self.tree.expandToDepth(0)
        if current is not None:
            self.select(*current)

    def _outside(self) -> QStandardItem:
        item = self._item(self.tr("Outside any programme"), HOME, None)
        self.model.appendRow(item)
        return item

    @staticmethod
    def _item(text: str, kind: str, key: Any) -> QStandardItem:
        item = QStandardItem(text)
        item.setToolTip(text)  # whole, where the narrow panel cuts the name short
        item.setData(kind, KIND_ROLE)
        item.setData(key, ID_ROLE)
        item.setEditable(False)
        return item

    # ----------------------------------------------------------------- selection

    def demo_assessment(self) -> uuid.UUID | None:
        """The worked demo assessment, if the database holds it (it shows the most)."""
        return getattr(self, "_demo", None)

    def current(self) -> tuple[str, Any] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select(self, kind: str, key: Any) -> bool:
        """Make the item of ``kind`` and id ``key`` current (expanding its parents)."""
        found = self._find(self.model.invisibleRootItem(), kind, key)
        if found is None:
            return False
        index = self.proxy.mapFromSource(found.index())
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(found.index())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _find(self, parent: QStandardItem, kind: str, key: Any) -> QStandardItem | None:
        for row in range(parent.rowCount()):
            child = parent.child(row)
            if child.data(KIND_ROLE) == kind and child.data(ID_ROLE) == key:
                return child
            found = self._find(child, kind, key)
            if found is not None:
                return found
        return None

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == CENTRE:
            self.centre_chosen.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(KIND_ROLE) != CENTRE:
            self.chosen.emit(current.data(KIND_ROLE), current.data(ID_ROLE))

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if text:
            self.tree.expandAll()

    def _first_match(self) -> None:
        """Enter in the search field opens the first assessment (or item) that matches."""
        first = self._first(QModelIndex(), ASSESSMENT) or self.proxy.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
            self.tree.setFocus()

    def _first(self, parent: QModelIndex, kind: str) -> QModelIndex | None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(KIND_ROLE) == kind:
                return index
            found = self._first(index, kind)
            if found is not None:
                return found
        return None

    def _changed(self, change: Change) -> None:
        if change.touches(Entity.PROGRAMME, Entity.COMPANY, Entity.ASSESSMENT):
            self.tree.selectionModel().blockSignals(True)
            self.reload()
            self.tree.selectionModel().blockSignals(False)
