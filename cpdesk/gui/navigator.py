"""The navigator: programmes, their companies and the companies' assessments, read a level at
a time as the person opens them (a centre holds thousands), with a search the database runs
that ignores accents ("det nhuom" finds "Dệt nhuộm"), also in companies not opened yet."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from cpdesk.core.entities import Change, Entity
from cpdesk.core.folding import fold
from cpdesk.gui.search import FoldingFilterProxy
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import navigation
from cpdesk.services.assessment.navigation import AssessmentLeaf, CompanyBranch, ProgrammeBranch

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: Where an entry hangs, for reading its children: a programme's id, or OUTSIDE / WITHOUT for
#: the groups; a company entry holds its group's.
BRANCH_ROLE = Qt.ItemDataRole.UserRole + 3

HOME = "home"
PROGRAMME = "programme"
COMPANY = "company"
ASSESSMENT = "assessment"
#: The training centre's own records (opened with Enter or a double click, in a window of their own).
CENTRE = "centre"
#: The child that stands for children not read yet (the entry shows it can be opened).
PENDING = "pending"
OUTSIDE = "outside"
WITHOUT = "without"
#: A programme of this many companies or fewer opens expanded.
OPEN_AT_START = 50


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
        self.tree.expanded.connect(self._expanded)
        self._demo: uuid.UUID | None = None
        #: Each programme's count of companies, as last read.
        self._companies: dict[uuid.UUID, int] = {}
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
        """Read the tree again from the database (the search's matches while one is typed),
        keeping the current item and the branches that were open."""
        current = self.current()
        opened = self._opened()
        self.model.clear()
        self._demo = navigation.demo_assessment(self.wb.db)
        if self._searching():
            self._show_matches(navigation.search(self.wb.db, self.search.text()))
        else:
            self._show_top(opened)
        if current is not None:
            self.select(*current, keep_search=True)

    def _searching(self) -> bool:
        return bool(fold(self.search.text()).split())

    def _show_top(self, opened: set[tuple[Any, ...]]) -> None:
        top = navigation.top(self.wb.db)
        home = self._item(self.tr("All programmes and companies"), HOME, None)
        home.setFont(self._bold())
        self.model.appendRow(home)
        for p in top.programmes:
            item = self._programme(p)
            self.model.appendRow(item)
            if p.companies:
                self._pending(item)
        for group, count in ((OUTSIDE, top.outside), (WITHOUT, top.without_assessment)):
            if count:
                item = self._group(group)
                self.model.appendRow(item)
                self._pending(item)
        self._centre()
        root = self.model.invisibleRootItem()
        for row in range(root.rowCount()):
            item = root.child(row)
            small = item.data(KIND_ROLE) == PROGRAMME and self._companies.get(item.data(ID_ROLE), 0) <= OPEN_AT_START
            if small or self._key(item) in opened:
                self._expand(item)
                for child in self._children(item):
                    if self._key(child) in opened:
                        self._expand(child)

    def _show_matches(self, found: navigation.Found) -> None:
        """The entries the search found, each under its programme and company: an entry found
        by its own name opens to all it holds, the others show only what matched."""
        branches: dict[Any, QStandardItem] = {}
        programmes = {p.id: p for p in navigation.top(self.wb.db).programmes}
        wanted: set[uuid.UUID | None] = set(found.programmes)
        wanted.update(pid for pid, _c in found.companies)
        wanted.update(a.programme_id for a in found.assessments)
        for pid, p in programmes.items():
            if pid in wanted:
                branches[pid] = self._programme(p)
                self.model.appendRow(branches[pid])
        if None in wanted:
            branches[None] = self._group(OUTSIDE)
            self.model.appendRow(branches[None])
        companies: dict[tuple[Any, uuid.UUID], QStandardItem] = {}
        for branch, company in found.companies:
            companies[branch, company.id] = self._company(company, branch or OUTSIDE, pending=False)
            branches[branch].appendRow(companies[branch, company.id])
        for a in found.assessments:
            key = (a.programme_id, a.company_id)
            if key not in companies:
                companies[key] = self._company(
                    CompanyBranch(a.company_id, a.company, 1), a.programme_id or OUTSIDE, False
                )
                branches[a.programme_id].appendRow(companies[key])
            companies[key].appendRow(self._assessment(a))
        if found.without_assessment:
            group = self._group(WITHOUT)
            for company in found.without_assessment:
                group.appendRow(self._company(company, WITHOUT))
            self.model.appendRow(group)
        for pid in found.programmes:
            if not branches[pid].hasChildren() and programmes[pid].companies:
                self._pending(branches[pid])
        for item in companies.values():
            if not item.hasChildren():
                self._pending(item)
        if found.more:
            more = QStandardItem("…")
            more.setToolTip(self.tr("More assessments match: type more of the name"))
            more.setEnabled(False)
            self.model.appendRow(more)
        for row in range(self.model.rowCount()):
            self._expand_matches(self.model.item(row))

    def _expand_matches(self, item: QStandardItem) -> None:
        if item.hasChildren() and item.child(0).data(KIND_ROLE) != PENDING:
            self.tree.expand(self.proxy.mapFromSource(item.index()))
            for child in self._children(item):
                self._expand_matches(child)

    def _load(self, item: QStandardItem) -> None:
        """Read the children of ``item`` if they were not read yet."""
        if not item.hasChildren() or item.child(0).data(KIND_ROLE) != PENDING:
            return
        item.removeRow(0)
        db = self.wb.db
        branch = item.data(BRANCH_ROLE)
        if item.data(KIND_ROLE) == COMPANY:
            programme = None if branch == OUTSIDE else branch
            rows = [self._assessment(a) for a in navigation.assessments(db, programme, item.data(ID_ROLE))]
        elif branch == WITHOUT:
            rows = [self._company(c, WITHOUT) for c in navigation.companies_without_assessment(db)]
        else:
            programme = None if branch == OUTSIDE else branch
            rows = [self._company(c, branch) for c in navigation.companies(db, programme)]
        for row in rows:
            item.appendRow(row)

    def _expanded(self, index: QModelIndex) -> None:
        item = self.model.itemFromIndex(self.proxy.mapToSource(index))
        if item is not None:
            self._load(item)

    def _expand(self, item: QStandardItem) -> None:
        self._load(item)
        self.tree.expand(self.proxy.mapFromSource(item.index()))

    def _opened(self) -> set[tuple[Any, ...]]:
        """The branches open now (see :meth:`_key`)."""
        opened: set[tuple[Any, ...]] = set()
        root = self.model.invisibleRootItem()
        for row in range(root.rowCount()):
            item = root.child(row)
            if self.tree.isExpanded(self.proxy.mapFromSource(item.index())):
                opened.add(self._key(item))
                opened.update(
                    self._key(child)
                    for child in self._children(item)
                    if self.tree.isExpanded(self.proxy.mapFromSource(child.index()))
                )
        return opened

    @staticmethod
    def _key(item: QStandardItem) -> tuple[Any, ...]:
        """What names a branch from one reading of the tree to the next."""
        return (item.data(KIND_ROLE), item.data(BRANCH_ROLE), item.data(ID_ROLE))

    @staticmethod
    def _children(item: QStandardItem) -> list[QStandardItem]:
        return [item.child(row) for row in range(item.rowCount())]

    def _bold(self) -> QFont:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        return bold

    def _programme(self, p: ProgrammeBranch) -> QStandardItem:
        name = (p.name_vi or p.name) if self.wb.lang == "vi" else p.name
        item = self._item(f"{p.code}: {name}", PROGRAMME, p.id)
        item.setToolTip(f"{p.code}: {name}\n{p.donor}")
        item.setFont(self._bold())
        item.setData(p.id, BRANCH_ROLE)
        self._companies[p.id] = p.companies
        return item

    def _group(self, group: str) -> QStandardItem:
        if group == OUTSIDE:
            item = self._item(self.tr("Outside any programme"), HOME, None)
        else:
            item = self._item(self.tr("Companies without an assessment"), HOME, None)
        item.setData(group, BRANCH_ROLE)
        return item

    def _company(self, company: CompanyBranch, branch: Any, pending: bool = True) -> QStandardItem:
        item = self._item(company.name, COMPANY, company.id)
        item.setData(branch, BRANCH_ROLE)
        if pending and company.assessments:
            self._pending(item)
        return item

    @staticmethod
    def _assessment(a: AssessmentLeaf) -> QStandardItem:
        item = Navigator._item(a.title, ASSESSMENT, a.id)
        item.setToolTip(f"{a.title}\n{a.company}\n{a.start_date or ''} – {a.end_date or ''}")
        return item

    @staticmethod
    def _pending(item: QStandardItem) -> None:
        pending = QStandardItem("…")
        pending.setData(PENDING, KIND_ROLE)
        pending.setEditable(False)
        item.appendRow(pending)

    def _centre(self) -> None:
        centre = self._item(self.tr("Training centre: courses, the year, indicators"), CENTRE, None)
        centre.setToolTip(self.tr("Enter or double click opens the centre's year; the Training menu has the rest"))
        self.model.appendRow(centre)

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
        return self._demo

    def current(self) -> tuple[str, Any] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def select(self, kind: str, key: Any, keep_search: bool = False) -> bool:
        """Make the item of ``kind`` and id ``key`` current, reading and opening the branches
        it hangs on (the whole tree again if the search's matches do not hold it, unless
        ``keep_search``)."""
        found = self._locate(kind, key)
        if found is None and self._searching() and not keep_search:
            self.search.clear()
            found = self._locate(kind, key)
        if found is None:
            return False
        index = self.proxy.mapFromSource(found.index())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _locate(self, kind: str, key: Any) -> QStandardItem | None:
        root = self.model.invisibleRootItem()
        found = self._find(root, kind, key)
        if found is not None or self._searching() or kind not in (COMPANY, ASSESSMENT):
            return found
        if kind == ASSESSMENT:
            leaf = navigation.place(self.wb.db, key)
            if leaf is None:
                return None
            company: QStandardItem | None = self._branch(leaf.programme_id, leaf.company_id)
            if company is None:
                return None
            self._load(company)
            return self._find(company, ASSESSMENT, key)
        assessed, programme = navigation.company_branch(self.wb.db, key)
        if not assessed:
            group = self._find_branch(WITHOUT)
            if group is None:
                return None
            self._load(group)
            return self._find(group, COMPANY, key)
        return self._branch(programme, key)

    def _find_branch(self, branch: Any) -> QStandardItem | None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(BRANCH_ROLE) == branch and item.data(KIND_ROLE) in (PROGRAMME, HOME):
                return item
        return None

    def _branch(self, programme: uuid.UUID | None, company: uuid.UUID) -> QStandardItem | None:
        """The company's entry in the programme (None: outside any), read if need be."""
        branch = self._find_branch(OUTSIDE if programme is None else programme)
        if branch is None:
            return None
        self._load(branch)
        return self._find(branch, COMPANY, company)

    def _find(self, parent: QStandardItem, kind: str, key: Any) -> QStandardItem | None:
        """The first entry of ``kind`` and ``key`` among those read under ``parent``."""
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

    def _filter(self, _text: str) -> None:
        self.tree.selectionModel().blockSignals(True)
        self.reload()
        self.tree.selectionModel().blockSignals(False)

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
