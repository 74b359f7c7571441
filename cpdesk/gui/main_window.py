"""The main window: a navigator of programmes, companies and assessments, and an overview."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdesk import __version__
from cpdesk.core.vocabulary import DataOrigin, TaskStatus
from cpdesk.services import assessments, catalogue, reference
from cpdesk.services.views import AssessmentDetail
from cpdesk.store.database import Database

ASSESSMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """The workbench's main window (the full workspace grows here, section by section)."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("cpdesk: Cleaner Production assessments"))
        self.resize(1280, 800)

        self.navigator = QTreeWidget()
        self.navigator.setHeaderLabels([self.tr("Programmes, companies, assessments")])
        self.navigator.currentItemChanged.connect(self._on_current_changed)

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(overview)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 940])
        self.setCentralWidget(splitter)
        self._make_menus()
        self.statusBar().showMessage(self.tr("Database: %s") % (db.path or db.url))
        self.refresh()

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        reload_action = QAction(self.tr("&Reload"), self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.refresh)
        file_menu.addAction(reload_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About cpdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        """Rebuild the navigator from the database."""
        self.navigator.clear()
        programmes = {p.id: p for p in catalogue.list_programmes(self.db)}
        nodes: dict[uuid.UUID | None, QTreeWidgetItem] = {}
        for p in programmes.values():
            nodes[p.id] = QTreeWidgetItem(self.navigator, [f"{p.code}: {p.name}"])
        first: QTreeWidgetItem | None = None
        first_origin: DataOrigin | None = None
        companies: dict[tuple[uuid.UUID | None, uuid.UUID], QTreeWidgetItem] = {}
        for a in assessments.list_assessments(self.db):
            parent = nodes.get(a.programme_id)
            if parent is None:
                parent = nodes[None] = nodes.get(None) or QTreeWidgetItem(
                    self.navigator, [self.tr("Outside any programme")]
                )
            key = (a.programme_id, a.company_id)
            if key not in companies:
                companies[key] = QTreeWidgetItem(parent, [a.company])
            item = QTreeWidgetItem(companies[key], [a.title])
            item.setData(0, ASSESSMENT_ROLE, str(a.id))
            # Open on the worked demo assessment when there is one: it shows the most.
            if first is None or (a.origin == DataOrigin.DEMO and first_origin != DataOrigin.DEMO):
                first, first_origin = item, a.origin
        self.navigator.expandToDepth(0)
        if first is not None:
            self.navigator.setCurrentItem(first)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        key = current.data(0, ASSESSMENT_ROLE) if current else None
        if key:
            self.show_assessment(assessments.show_assessment(self.db, key))

    def show_assessment(self, d: AssessmentDetail) -> None:
        r = d.row
        sector = reference.label_of("sector", r.sector, "en")
        self.header.setText(
            f"<h2>{r.title}</h2><p><b>{r.company}</b> · {sector} · "
            f"{self.tr('programme')} {r.programme or '–'} · {r.start_date or ''} – {r.end_date or ''}"
            f" · {self.tr('tasks done')} {r.tasks_done}/18</p>"
        )
        self.tabs.clear()
        method = reference.methodology()
        status = {t.task_no: t.status for t in d.tasks}
        self._add_table(
            self.tr("Tasks"),
            [self.tr("Step"), self.tr("Task"), self.tr("Status")],
            [
                [
                    str(step.number),
                    f"{task.number}. {task.title_en}",
                    ("✔ " if status.get(task.number) == TaskStatus.DONE else "")
                    + reference.label_of("TaskStatus", status.get(task.number, TaskStatus.NOT_STARTED).value, "en"),
                ]
                for step in method.steps
                for task in step.tasks
            ],
        )
        self._add_table(
            self.tr("Team"),
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation")],
            [[m.name, reference.label_of("TeamRole", m.role.value, "en"), m.organisation] for m in d.team],
        )
        self._add_table(
            self.tr("Process steps"),
            ["#", self.tr("Step"), self.tr("Focus")],
            [[str(s.position), s.name, "●" if s.is_focus else ""] for s in d.steps],
        )
        boundary = self.tr("(plant boundary)")
        self._add_table(
            self.tr("Streams"),
            [
                self.tr("Stream"),
                self.tr("Carrier"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Readings"),
            ],
            [
                [
                    s.name,
                    reference.label_of("Carrier", s.carrier.value, "en"),
                    s.source or boundary,
                    s.target or boundary,
                    str(s.measurements),
                ]
                for s in d.streams
            ],
            numeric=(4,),
        )
        self._add_table(
            self.tr("Measurements"),
            [
                self.tr("Stream"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Basis"),
                self.tr("Method"),
            ],
            [
                [
                    m.stream,
                    f"{m.value:,.6g}",
                    m.unit,
                    reference.label_of("MeasurementBasis", m.basis.value, "en"),
                    reference.label_of("MeasurementMethod", m.method.value, "en"),
                ]
                for m in d.measurements
            ],
            numeric=(1,),
        )
        self._add_table(
            self.tr("Options"),
            [
                self.tr("Code"),
                self.tr("Option"),
                self.tr("Category"),
                self.tr("Status"),
                self.tr("Investment, %s") % d.currency,
                self.tr("Savings, %s/yr") % d.currency,
            ],
            [
                [
                    o.code,
                    o.title,
                    reference.label_of("OptionCategory", o.category.value, "en"),
                    reference.label_of("OptionStatus", o.status.value, "en"),
                    f"{o.investment:,.0f}",
                    f"{o.annual_savings:,.0f}",
                ]
                for o in d.options
            ],
            numeric=(4, 5),
        )

    def _add_table(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        numeric: Sequence[int] = (),
    ) -> None:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                if j in numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(i, j, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(table, f"{title} ({len(rows)})")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About cpdesk"),
            self.tr("cpdesk %s\nCleaner Production assessments, offline.") % __version__,
        )
