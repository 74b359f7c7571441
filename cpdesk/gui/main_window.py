"""The main window: navigator, pages, the assessment workspace, progress and quick entry.

Everything the user does is an action with a shortcut in the menus; the most frequent are
on the tool bar. Every change is saved when made (there is no Save), and Ctrl+Z / Ctrl+Shift+Z
undo and redo across every screen, the flow chart included.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from cpdesk.core.errors import CpdeskError
from cpdesk.gui import preferences as prefs_store
from cpdesk.gui import workers
from cpdesk.gui.dialogs.about_dialog import show_about
from cpdesk.gui.dialogs.new_assessment import NewAssessmentDialog
from cpdesk.gui.dialogs.settings_dialog import SettingsDialog
from cpdesk.gui.errors import show_error
from cpdesk.gui.navigator import ASSESSMENT, COMPANY, HOME, PROGRAMME, Navigator
from cpdesk.gui.preferences import Preferences
from cpdesk.gui.progress_panel import ProgressPanel
from cpdesk.gui.quick_entry import QuickEntry
from cpdesk.gui.report_export import ReportExport, reports_available
from cpdesk.gui.sync import menu as sync_menu
from cpdesk.gui.workbench import Workbench
from cpdesk.gui.workspace import AssessmentWorkspace
from cpdesk.services.assessment import forms as workbench_queries
from cpdesk.services.assessment import guidance

#: Workspace sections reachable with Ctrl+1 ... Ctrl+9 and Ctrl+0, in list order.
SECTION_KEYS = (
    "overview",
    "team",
    "process_steps",
    "flow_chart",
    "streams",
    "balances",
    "waste_costs",
    "options",
    "implementation",
    "attachments",
)

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
        self._make_actions()
        self._make_menus()
        self.progress.attach(self)  # guided mode in the View menu; findings open their records
        self._make_toolbar()
        self._make_status_bar()
        sync_menu.install(self)
        __import__("cpdesk.gui.training.menu", fromlist=["install"]).install(self)
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

    def _action(
        self,
        key: str,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        tip = tip or text.replace("&", "").rstrip("…")
        if not action.shortcut().isEmpty():
            tip += f" ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        return action

    def _make_actions(self) -> None:
        sp = QStyle.StandardPixmap
        a = self._action
        a(
            "new_assessment",
            self.tr("&New assessment…"),
            self.new_assessment,
            QKeySequence.StandardKey.New,
            icon=sp.SP_FileDialogNewFolder,
        )
        a(
            "open_database",
            self.tr("&Open database…"),
            self.choose_database,
            QKeySequence.StandardKey.Open,
            icon=sp.SP_DialogOpenButton,
        )
        a("export_report", self.tr("&Export report…"), self.export_report, "Ctrl+E", icon=sp.SP_DialogSaveButton)
        self.actions["export_report"].setEnabled(self.reports is not None)
        a(
            "settings",
            self.tr("&Settings…"),
            self.edit_settings,
            QKeySequence.StandardKey.Preferences,
            icon=sp.SP_FileDialogDetailedView,
        )
        if self.actions["settings"].shortcut().isEmpty():
            self.actions["settings"].setShortcut(QKeySequence("Ctrl+,"))
        a("quit", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        undo = a("undo", self.tr("&Undo"), self.wb.undo_stack.undo, QKeySequence.StandardKey.Undo, icon=sp.SP_ArrowBack)
        redo = a("redo", self.tr("&Redo"), self.wb.undo_stack.redo, "Ctrl+Shift+Z", icon=sp.SP_ArrowForward)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.wb.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.wb.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.wb.undo_stack.undoTextChanged.connect(self._undo_text)
        self.wb.undo_stack.redoTextChanged.connect(self._redo_text)
        a("find", self.tr("&Find in navigator"), self.find, QKeySequence.StandardKey.Find)
        a("reload", self.tr("Re&load"), self.refresh, QKeySequence.StandardKey.Refresh)
        a("record_reading", self.tr("Record a &reading…"), self.record_reading, "Ctrl+M", icon=sp.SP_DialogApplyButton)
        a(
            "add_step",
            self.tr("Add process &step"),
            lambda: self._section_call("process_steps", "add_step"),
            "Ctrl+Shift+P",
        )
        a("add_stream", self.tr("Add s&tream"), lambda: self._section_call("streams", "add_stream"), "Ctrl+Shift+T")
        a("add_option", self.tr("Add &option"), lambda: self._section_call("options", "add_option"), "Ctrl+Shift+O")
        a(
            "reconcile",
            self.tr("Re&concile the balance"),
            lambda: self._section_call("balances", "reconcile"),
            "Ctrl+R",
            icon=sp.SP_BrowserReload,
        )
        a(
            "attach",
            self.tr("&Attach files…"),
            lambda: self._section_call("attachments", "choose_files"),
            "Ctrl+Shift+A",
            icon=sp.SP_FileLinkIcon,
        )
        a("shortcuts", self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        a("about", self.tr("&About cpdesk"), self.about)
        titles = self.workspace.titles()
        for number, key in enumerate(SECTION_KEYS, start=1):
            a(f"section_{key}", titles[key], lambda k=key: self.show_section(k), f"Ctrl+{number % 10}")
        for action in self.assessment_actions():
            action.setEnabled(False)

    def assessment_actions(self) -> list[QAction]:
        keys = ["record_reading", "add_step", "add_stream", "add_option", "reconcile", "attach"]
        keys += [f"section_{k}" for k in SECTION_KEYS]
        return [self.actions[k] for k in keys]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for key in ("new_assessment", "open_database"):
            file_menu.addAction(self.actions[key])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.actions["export_report"])
        file_menu.addSeparator()
        file_menu.addAction(self.actions["settings"])
        file_menu.addSeparator()
        file_menu.addAction(self.actions["quit"])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for key in ("undo", "redo"):
            edit_menu.addAction(self.actions[key])
        edit_menu.addSeparator()
        edit_menu.addAction(self.actions["find"])
        view_menu = bar.addMenu(self.tr("&View"))
        for dock, shortcut in ((self.navigator_dock, "F8"), (self.progress_dock, "F9"), (self.quick_dock, None)):
            toggle = dock.toggleViewAction()
            if shortcut:
                toggle.setShortcut(QKeySequence(shortcut))
            view_menu.addAction(toggle)
        view_menu.addSeparator()
        self.section_menu = view_menu.addMenu(self.tr("&Go to section"))
        for key in SECTION_KEYS:
            self.section_menu.addAction(self.actions[f"section_{key}"])
        view_menu.addAction(self.actions["reload"])
        assessment_menu = bar.addMenu(self.tr("&Assessment"))
        for key in ("record_reading", "add_step", "add_stream", "add_option", "reconcile", "attach"):
            assessment_menu.addAction(self.actions[key])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.actions["shortcuts"])
        help_menu.addAction(self.actions["about"])

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Tool bar"))
        toolbar.setObjectName("toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for key in (
            "new_assessment",
            "undo",
            "redo",
            None,
            "record_reading",
            "reconcile",
            "attach",
            None,
            "export_report",
            "settings",
        ):
            if key is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[key])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

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
        for action in self.assessment_actions():
            action.setEnabled(on_assessment)

    def current_assessment(self) -> uuid.UUID | None:
        return self.workspace.assessment_id if self.pages.currentWidget() is self.workspace else None

    def show_section(self, key: str) -> Any:
        if self.current_assessment() is None:
            return None
        return self.workspace.show_section(key)

    def _section_call(self, key: str, method: str) -> None:
        section = self.show_section(key)
        if section is not None:
            getattr(section, method)()

    def _section_changed(self, key: str) -> None:
        section = self.workspace.sections.get(key)
        if key == "streams" and section is not None and not getattr(section, "_wired", False):
            section.record_reading.connect(lambda row: self.record_reading(row.id if row else None))
            section._wired = True  # type: ignore[attr-defined]

    def _changed(self, entities: frozenset[str]) -> None:
        if self._showing(self._home) and entities & {"programme", "company", "assessment", "*"}:
            self.home.reload()
        elif self._showing(self._company_page) and entities & {"company", "assessment", "*"}:
            self.company_page.reload()
        if entities & {"stream", "*"}:
            self.quick_entry.reload()
        if "assessment" in entities and self.workspace.assessment_id is not None:
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

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for location in self.wb.prefs.recent:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _checked=False, loc=location: self.database_requested.emit(loc))
        if not self.wb.prefs.recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

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

    def show_shortcuts(self) -> None:
        lines = []
        for action in self.actions.values():
            if not action.shortcut().isEmpty() and not action.objectName():
                shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                lines.append(f"<tr><td><b>{shortcut}</b></td><td>{action.text().replace('&', '')}</td></tr>")
        for keys, text in (
            ("Enter", self.tr("Quick entry: save the reading, start the next")),
            ("Del", self.tr("Delete the selected rows")),
            ("F2", self.tr("Edit the current cell")),
        ):
            lines.append(f"<tr><td><b>{keys}</b></td><td>{text}</td></tr>")
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "<table>" + "".join(lines) + "</table>")

    def about(self) -> None:
        show_about(self, self.wb.location or str(self.wb.db.path or self.wb.db.url))

    def _undo_text(self, text: str) -> None:
        self.actions["undo"].setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

    def _redo_text(self, text: str) -> None:
        self.actions["redo"].setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))

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
        super().closeEvent(event)
