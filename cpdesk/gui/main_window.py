"""The main window: navigator, pages, the assessment workspace, progress and quick entry.

Everything the user does is an action with a shortcut in the menus (``main_menu``); the most
frequent are on the tool bar. Every change is saved when made (there is no Save), and Ctrl+Z /
Ctrl+Shift+Z undo and redo across every screen, the flow chart included.
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui import preferences as prefs_store
from cpdesk.gui import workers
from cpdesk.gui.backups import menu as backup_menu
from cpdesk.gui.dialogs.about_dialog import show_about
from cpdesk.gui.dialogs.new_assessment import NewAssessmentDialog
from cpdesk.gui.dialogs.settings_dialog import SettingsDialog
from cpdesk.gui.errors import show_error
from cpdesk.gui.main_menu import MainMenu
from cpdesk.gui.navigator import ASSESSMENT, COMPANY, HOME, PROGRAMME, Navigator
from cpdesk.gui.preferences import Preferences
from cpdesk.gui.progress_panel import ProgressPanel
from cpdesk.gui.quick_entry import QuickEntry
from cpdesk.gui.report_export import ReportExport, reports_available
from cpdesk.gui.sync import menu as sync_menu
from cpdesk.gui.workbench import Workbench
from cpdesk.gui.workspace import AssessmentWorkspace
from cpdesk.services.assessment import guidance
from cpdesk.services.assessment import records as workbench_queries

if TYPE_CHECKING:
    from cpdesk.gui.pages.company import CompanyPage
    from cpdesk.gui.pages.home import HomePage
    from cpdesk.gui.pages.programme import ProgrammePage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The workbench window on one database."""

    #: The user chose other preferences (the application applies and saves them).
    preferences_changed = Signal(object)
    #: The user wants another database opened (its path).
    database_requested = Signal(str)

    def __init__(self, workbench: Workbench) -> None:
        super().__init__()
        self.wb = workbench
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("cpdesk: Cleaner Production assessments"))
        self.resize(1400, 860)

        # The overview, programme and company pages are made when first shown: a start opens
        # the last assessment, and making them took a twentieth of the start.
        self._home: HomePage | None = None
        self._programme_page: ProgrammePage | None = None
        self._company_page: CompanyPage | None = None
        self.workspace = AssessmentWorkspace(workbench)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self.navigator = Navigator(workbench)
        self.navigator.chosen.connect(self._navigate)
        self.navigator_dock = self._dock(
            self.tr("Navigator"), "navigator", self.navigator, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.progress = ProgressPanel(workbench)
        self.progress.section_requested.connect(self.show_section)
        self.progress.counted.connect(self.workspace.show_count)
        self.progress_dock = self._dock(
            self.tr("Progress: 18 tasks"), "progress", self.progress, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        # Navigator above, progress below: the left column; the work gets the full width.
        self.splitDockWidget(self.navigator_dock, self.progress_dock, Qt.Orientation.Vertical)
        self.quick_entry = QuickEntry(workbench)
        self.quick_dock = self._dock(
            self.tr("Quick entry of readings"), "quick_entry", self.quick_entry, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.quick_dock.hide()
        self.resizeDocks([self.navigator_dock], [300], Qt.Orientation.Horizontal)
        self.resizeDocks([self.navigator_dock, self.progress_dock], [380, 420], Qt.Orientation.Vertical)

        self.reports = ReportExport(self) if reports_available() else None
        self.actions: dict[str, QAction] = {}
        self.main_menu = MainMenu(self)
        self.progress.attach(self)  # guided mode in the View menu; findings open their records
        self.toolbar = self.main_menu.make_toolbar()
        self._make_status_bar()
        sync_menu.install(self)
        backup_menu.install(self)
        from cpdesk.gui.training import menu as training_menu  # loaded with the window, not at import

        training_menu.install(self)
        from cpdesk.gui import help as user_help  # F1: the guide's page for where the user stands

        user_help.install(self)
        self._watching = True
        self.wb.start_watching()  # the others' changes, shown as they happen
        workbench.failed.connect(lambda exc: show_error(self, exc))
        workbench.changed.connect(self._changed)
        self.workspace.section_changed.connect(self._section_changed)
        self._restore_layout()
        self.refresh()

    # ----------------------------------------------------------------- building

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(features.DockWidgetClosable | features.DockWidgetMovable)
        self.addDockWidget(area, dock)
        return dock

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        self.user_label = QLabel()
        self.notation_label = QLabel()
        self.database_label = QLabel()
        for label in (self.user_label, self.notation_label, self.database_label):
            status.addPermanentWidget(label)
        self._status_labels()

    def _status_labels(self) -> None:
        p = self.wb.prefs
        roles = {
            "auditor": self.tr("auditor"),
            "trainee": self.tr("trainee"),
            "trainer": self.tr("trainer"),
            "centre_staff": self.tr("centre staff"),
        }
        name = p.user_name or self.tr("(no user name: see Settings)")
        self.user_label.setText(f"{name} · {roles.get(p.role, p.role)}")
        example = "2,57 · 93.200" if p.numbers == "vi" else "2.57 · 93,200"
        self.notation_label.setText(self.tr("Numbers: %1").replace("%1", example))
        self.database_label.setText(self.wb.location or str(self.wb.db.path or self.wb.db.url))
        self.database_label.setToolTip(self.tr("Every change is saved in this database when it is made"))

    def _restore_layout(self) -> None:
        s = prefs_store.settings()
        geometry, state = s.value("window/geometry"), s.value("window/state")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))

    # ----------------------------------------------------------------- pages

    @property
    def home(self) -> HomePage:
        if self._home is None:
            from cpdesk.gui.pages.home import HomePage

            self._home = self._add_page(HomePage(self.wb))
        return self._home

    @property
    def programme_page(self) -> ProgrammePage:
        if self._programme_page is None:
            from cpdesk.gui.pages.programme import ProgrammePage

            self._programme_page = self._add_page(ProgrammePage(self.wb))
        return self._programme_page

    @property
    def company_page(self) -> CompanyPage:
        if self._company_page is None:
            from cpdesk.gui.pages.company import CompanyPage

            page = self._add_page(CompanyPage(self.wb))
            page.new_assessment.connect(self.new_assessment)
            self._company_page = page
        return self._company_page

    def _add_page(self, page: Any) -> Any:
        page.open_requested.connect(self.open_item)
        self.pages.addWidget(page)
        return page

    def current_programme(self) -> Any:
        """The programme whose page is shown, or None."""
        return self._programme_page.programme if self._showing(self._programme_page) else None

    def _showing(self, page: QWidget | None) -> bool:
        """``page`` (None if not made yet) is the page shown."""
        return page is not None and self.pages.currentWidget() is page

    # ----------------------------------------------------------------- navigation

    def refresh(self) -> None:
        """Reload the navigator and the page shown."""
        current = self.navigator.current()
        self.navigator.reload()
        if current is None:
            demo = self.navigator.demo_assessment()
            if demo is not None:
                self.navigator.select(ASSESSMENT, demo)
            else:
                self._navigate(HOME, None)
        else:
            self._navigate(*current)

    def open_item(self, kind: str, key: Any) -> None:
        """Open a programme, company or assessment (selecting it in the navigator)."""
        if not self.navigator.select(kind, key):
            self._navigate(kind, key)

    def _navigate(self, kind: str, key: Any) -> None:
        if kind == ASSESSMENT and key is not None:
            self.workspace.open(key)
            self.pages.setCurrentWidget(self.workspace)
            self.progress.set_assessment(key)
            self.quick_entry.set_assessment(key)
            if self.wb.prefs.role == "trainee":
                self.progress_dock.show()  # the task guide is the trainee's way through
                self.progress_dock.raise_()
        elif kind == PROGRAMME and key is not None:
            self.programme_page.open(key)
            self.pages.setCurrentWidget(self.programme_page)
        elif kind == COMPANY and key is not None:
            self.company_page.open(key)
            self.pages.setCurrentWidget(self.company_page)
        else:
            self.home.reload()
            self.pages.setCurrentWidget(self.home)
        on_assessment = kind == ASSESSMENT
        if not on_assessment:
            self.progress.set_assessment(None)
            self.quick_entry.set_assessment(None)
        for action in self.main_menu.assessment_actions():
            action.setEnabled(on_assessment)

    def current_assessment(self) -> uuid.UUID | None:
        return self.workspace.assessment_id if self.pages.currentWidget() is self.workspace else None

    def show_section(self, key: str) -> Any:
        if self.current_assessment() is None:
            return None
        return self.workspace.show_section(key)

    def section_call(self, key: str, method: str) -> None:
        """Show a section of the open assessment and call one of its methods (a menu's action)."""
        section = self.show_section(key)
        if section is not None:
            getattr(section, method)()

    def _section_changed(self, key: str) -> None:
        section = self.workspace.sections.get(key)
        if key == "streams" and section is not None and not getattr(section, "_wired", False):
            section.record_reading.connect(lambda row: self.record_reading(row.id if row else None))
            section._wired = True  # type: ignore[attr-defined]

    def _changed(self, change: Change) -> None:
        if self._showing(self._home) and change.touches(Entity.PROGRAMME, Entity.COMPANY, Entity.ASSESSMENT):
            self.home.reload()
        elif self._showing(self._company_page) and change.touches(Entity.COMPANY, Entity.ASSESSMENT):
            self.company_page.reload()
        if change.touches(Entity.STREAM):
            self.quick_entry.reload()
        if Entity.ASSESSMENT in change.entities and self.workspace.assessment_id is not None:
            try:  # the open assessment was deleted (an undone creation): go home
                workbench_queries.assessment_form(self.wb.db, self.workspace.assessment_id)
            except Exception:  # noqa: BLE001 - NotFoundError; anything else also means "gone"
                self.workspace.assessment_id = None
                self.navigator.reload()
                self._navigate(HOME, None)

    # ----------------------------------------------------------------- actions

    def new_assessment(self, company_id: uuid.UUID | None = None) -> None:
        dialog = NewAssessmentDialog(self.wb, company_id if isinstance(company_id, uuid.UUID) else None, self)
        if dialog.exec() and dialog.created is not None:
            self.navigator.reload()
            self.open_item(ASSESSMENT, dialog.created.id)
            self.statusBar().showMessage(self.tr("Assessment created; Ctrl+Z takes it back"), 5000)

    def record_reading(self, stream_id: uuid.UUID | None = None) -> None:
        if self.current_assessment() is None:
            return
        self.quick_dock.show()
        self.quick_dock.raise_()
        if stream_id is not None:
            self.quick_entry.choose_stream(stream_id)
            self.quick_entry.value.setFocus()
        else:
            self.quick_entry.stream.setFocus()
            self.quick_entry.stream.lineEdit().selectAll()

    def find(self) -> None:
        self.navigator_dock.show()
        self.navigator.search.setFocus()
        self.navigator.search.selectAll()

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a cpdesk database"),
            str(self.wb.db.path or ""),
            self.tr("cpdesk databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.database_requested.emit(path)

    def edit_settings(self) -> None:
        tolerances = {group: guidance.closure_tolerance(self.wb.db, group) for group in ("water", "energy")}
        dialog = SettingsDialog(self.wb.prefs, workbench_queries.factor_set_codes(self.wb.db), self, tolerances)
        if dialog.exec():
            changed = {g: v for g, v in dialog.result_tolerances().items() if abs(v - tolerances[g]) > 1e-9}
            try:
                for group, value in changed.items():
                    guidance.set_closure_tolerance(self.wb.db, group, value)
            except CpdeskError as exc:
                show_error(self, exc)
            if changed:
                self.progress.reload()
            self.preferences_changed.emit(dialog.result_preferences())

    def apply_preferences(self, prefs: Preferences) -> None:
        """New preferences that need no rebuilt window (name, role, factor set, folder)."""
        self.wb.prefs = prefs
        self._status_labels()

    def export_report(self) -> None:
        if self.reports is not None:
            self.reports.run()

    def about(self) -> None:
        show_about(self, self.wb.location or str(self.wb.db.path or self.wb.db.url))

    # ----------------------------------------------------------------- state

    def state(self) -> dict[str, Any]:
        """Where the user is, to come back to after the window is rebuilt (language switch)."""
        return {"item": self.navigator.current(), "section": self.workspace.current_key()}

    def restore(self, state: dict[str, Any]) -> None:
        item = state.get("item")
        if item:
            self.open_item(*item)
        if state.get("section") and self.current_assessment() is not None:
            self.show_section(state["section"])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Nothing to save: every change is already in the database. Commit a field being
        # typed in by moving the focus away, and keep the window's layout.
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()
        s = prefs_store.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        # The checks and plots still being read for this window are of no use any more; they
        # must end before the database closes behind the window.
        if not workers.stop_jobs_of(self):
            log.warning("background work of the closed window did not end in time")
        if self._watching:  # once, however often the window is closed
            self._watching = False
            self.wb.window_closed()
        super().closeEvent(event)
