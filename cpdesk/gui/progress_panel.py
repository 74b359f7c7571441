"""The trainee's guide: the 18 tasks, which are done, and what the data say is missing.

What each task lacks comes from :mod:`cpdesk.services.assessment.guidance`, the checks the worksheets
and ``cpdesk guide`` use too. The panel shows either the task list (status and note edited in
place) or guided mode (:mod:`cpdesk.gui.guided`), chosen per assessment and remembered in this
installation's local settings.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import guidance as core_guidance
from cpdesk.core.entities import Change, Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.guidance import Progress
from cpdesk.core.method_guide import TASK_SECTIONS
from cpdesk.core.rows import TaskProgressRow
from cpdesk.gui.delegates import RecordDelegate
from cpdesk.gui.errors import describe
from cpdesk.gui.guided.view import GuidedView
from cpdesk.gui.models.base import ROW_ROLE
from cpdesk.gui.models.team import TaskModel
from cpdesk.gui.widgets.entry import NoteEdit
from cpdesk.gui.widgets.record_table import RecordView
from cpdesk.gui.workbench import Workbench
from cpdesk.gui.workers import run_job
from cpdesk.services.assessment import guidance
from cpdesk.services.assessment import records as workbench_queries

__all__ = ["TASK_SECTIONS", "ProgressPanel"]

LIST_PAGE, GUIDED_PAGE = 0, 1
#: Width (px) the panel's dock takes when guided mode is turned on.
GUIDED_WIDTH = 480


class ProgressPanel(QWidget):
    """Task list with status (editable), the gaps the data show, and the task's note."""

    #: The user wants to work on a task: the workspace section key.
    section_requested = Signal(str)
    #: The tasks of an assessment were counted: its id, those counted done (marked done,
    #: and every blocking check passes: the count `cpdesk guide` gives) and those marked done.
    counted = Signal(object, int, int)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.assessment_id: uuid.UUID | None = None
        self.findings: dict[int, tuple[Any, ...]] = {}
        self._generation = 0
        self.bar = QProgressBar()
        self.bar.setRange(0, 18)
        self.bar.setFormat(self.tr("%v of 18 tasks done"))
        self.model = TaskModel(workbench.update, workbench.numbers, workbench.lang)
        self.view = RecordView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(workbench.numbers, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for column in (0, 4):  # step number and note: the note is edited below
            self.view.setColumnHidden(column, True)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Task titles wrap to the title column's width: the rows fit them, in Qt's own
        # deferred layout (fitting them by hand after each resize measured every row several
        # times while a start laid the window out).
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._task_chosen())
        self.view.activated.connect(self._open_task)
        self.gap = QLabel()
        self.gap.setWordWrap(True)
        self.gap.setStyleSheet("color: #664d03;")
        self.note = NoteEdit()
        self.note.setPlaceholderText(self.tr("Note on this task…"))
        self.note.setMaximumHeight(70)
        self.note.committed.connect(self._save_note)
        self.guided = GuidedView(workbench)
        self.guided.section_requested.connect(self.section_requested)
        self.guided.record_requested.connect(self._open_record)
        #: Guided mode on or off for the open assessment (View menu and the panel's button).
        self.guided_action = QAction(self.tr("&Guided mode"), self)
        self.guided_action.setCheckable(True)
        self.guided_action.setToolTip(self.tr("Show the tasks one by one with their guide and checks"))
        self.guided_action.toggled.connect(self._guided_toggled)
        self.guided_button = QToolButton()
        self.guided_button.setDefaultAction(self.guided_action)
        self.guided_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.window_hook: QMainWindow | None = None

        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.gap)
        list_layout.addWidget(self.note)
        self.pages = QStackedWidget()
        self.pages.addWidget(listing)
        self.pages.addWidget(self.guided)
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.guided_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        # The guide is not urgent: after an edit it waits a moment, so that a burst of edits
        # (typing readings, undoing ten steps) costs one reload, after the screens that show
        # the edit itself.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._refresh)
        workbench.changed.connect(self._changed)

    def attach(self, window: QMainWindow) -> None:
        """Put the guided mode toggle in the window's View menu, after the panel's own toggle,
        and open the records of findings through the window's workspace."""
        self.window_hook = window
        dock = getattr(window, "progress_dock", None)
        toggle = dock.toggleViewAction() if dock is not None else None
        for action in window.menuBar().actions():
            menu = action.menu()
            if menu is None or toggle not in menu.actions():
                continue
            actions = menu.actions()
            after = actions.index(toggle) + 1
            if after < len(actions):
                menu.insertAction(actions[after], self.guided_action)
            else:
                menu.addAction(self.guided_action)
            break

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.guided_on:
            QTimer.singleShot(0, self, self._make_room)  # the window has just placed its docks

    def set_assessment(self, assessment_id: uuid.UUID | None) -> None:
        self.assessment_id = assessment_id
        on = False
        if assessment_id is not None:
            try:
                chosen = guidance.guided_mode(self.wb.db, assessment_id)
            except CpdeskError:
                chosen = None
            # Never chosen for this assessment: trainees start guided, others with the list.
            on = chosen if chosen is not None else self.wb.prefs.role == "trainee"
        self.guided_action.blockSignals(True)
        self.guided_action.setChecked(on)
        self.guided_action.blockSignals(False)
        self.guided_action.setEnabled(assessment_id is not None)
        self.pages.setCurrentIndex(GUIDED_PAGE if on else LIST_PAGE)
        if on:
            QTimer.singleShot(0, self, self._make_room)  # once the window has placed its docks
        # Opening is quick: the checks that need no balance now, the balance checks (which
        # reconcile both balances and load the numeric libraries) off the GUI thread next.
        self.reload(balances_too=False)
        if assessment_id is not None:
            self._timer.start()

    @property
    def guided_on(self) -> bool:
        return self.pages.currentIndex() == GUIDED_PAGE

    def _guided_toggled(self, on: bool) -> None:
        self.pages.setCurrentIndex(GUIDED_PAGE if on else LIST_PAGE)
        if on:
            self._make_room()
        if self.assessment_id is not None:
            try:
                guidance.set_guided_mode(self.wb.db, self.assessment_id, on)
            except CpdeskError as exc:
                self.gap.setText(describe(exc))

    def _make_room(self) -> None:
        """Guided mode shows a task's guide beside the list: widen the panel's dock for it."""
        window = self.window_hook
        dock = getattr(window, "progress_dock", None)
        navigator = getattr(window, "navigator_dock", None)
        if window is None or dock is None or dock.isFloating():
            return
        if not window.isVisible():
            return  # made when the panel shows (showEvent)
        if dock.width() < GUIDED_WIDTH:
            window.resizeDocks([dock], [GUIDED_WIDTH], Qt.Orientation.Horizontal)
        if navigator is not None and navigator.isVisible() and not navigator.isFloating():
            height = navigator.height() + dock.height()
            window.resizeDocks([navigator, dock], [height // 4, height - height // 4], Qt.Orientation.Vertical)

    def reload(self, *, balances_too: bool = True) -> None:
        """Read the progress and show it now (opening an assessment, tests); without
        ``balances_too`` the balance checks are left for the next background refresh."""
        self._timer.stop()
        self._generation += 1  # a background refresh still running is stale now
        if self.assessment_id is None:
            self.model.set_rows([])
            self.bar.setValue(0)
            self.bar.setFormat("")
            self.gap.setText(self.tr("Open an assessment to follow its 18 tasks."))
            self.note.set_saved("")
            self.setEnabled(False)
            return
        db, key = self.wb.db, self.assessment_id
        try:
            progress = guidance.progress(db, key, balances_too=balances_too, detail=self.wb.detail(key))
            rows = workbench_queries.task_progress(db, key)
        except CpdeskError:
            return  # the assessment was just deleted: the window moves elsewhere
        self._show(key, progress, rows)

    def _refresh(self) -> None:
        """After edits: read the progress off the GUI thread (the balance checks reconcile both
        balances, tens to hundreds of milliseconds) and show it when it arrives."""
        if self.assessment_id is None:
            self.reload()
            return
        self._generation += 1
        generation, db, key = self._generation, self.wb.db, self.assessment_id

        def job(_progress: Any, _cancelled: Any) -> tuple[Progress, list[TaskProgressRow]]:
            return guidance.progress(db, key), workbench_queries.task_progress(db, key)

        def done(result: tuple[Progress, list[TaskProgressRow]]) -> None:
            if generation == self._generation and key == self.assessment_id:
                self._show(key, *result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation and not isinstance(exc, CpdeskError):
                self.gap.setText(describe(exc))  # a deleted assessment needs no word: the window moves on

        run_job(job, done, parent=self, show_progress=False, on_error=failed)

    def _show(self, key: uuid.UUID, progress: Progress, rows: list[TaskProgressRow]) -> None:
        self.setEnabled(True)
        self.bar.setFormat(self.tr("%v of 18 tasks done"))
        self.findings = {t.task_no: t.findings for t in progress.tasks}
        self.model.missing = {
            n: core_guidance.summary(found, self.wb.lang) for n, found in self.findings.items() if found
        }
        self.model.set_rows(rows)
        self.bar.setValue(progress.done)  # one count everywhere: the guide's
        self.bar.setToolTip(
            self.tr("Tasks marked done: %1. Counted done (marked, and every blocking check passes): %2.")
            .replace("%1", str(progress.marked_done))
            .replace("%2", str(progress.done))
        )
        self.guided.set_progress(key, progress, rows)
        self._task_chosen()
        self.counted.emit(key, progress.done, progress.marked_done)

    def _changed(self, change: Change) -> None:
        if self.assessment_id is not None and change.touches_other_than(Entity.ATTACHMENT):
            self._timer.start()

    def _task_chosen(self) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            self.gap.setText(self.tr("Double-click a task to open its section; F2 changes its status."))
            self.note.set_saved("")
            self.note.setEnabled(False)
            return
        found = self.findings.get(row.task_no, ())
        lines = [("✗ " if f.blocking else "⚠ ") + f.message(self.wb.lang) for f in found]
        self.gap.setText("\n".join(lines) or self.tr("Nothing obviously missing for this task."))
        self.note.setEnabled(True)
        self.note.set_saved(row.note)

    def _open_task(self, index: Any) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.section_requested.emit(TASK_SECTIONS.get(row.task_no, "overview"))

    def _open_record(self, section_key: str, _entity: str, record_id: str) -> None:
        """Open the section of a finding's record and make the record current there."""
        self.section_requested.emit(section_key)
        window = self.window_hook
        workspace = getattr(window, "workspace", None)
        section = workspace.sections.get(section_key) if workspace is not None else None
        table = getattr(section, "table", None)
        if table is not None and hasattr(table, "select"):
            table.select(uuid.UUID(record_id))

    def _save_note(self, text: str) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            try:
                self.wb.update(Entity.TASK_PROGRESS, row.id, {"note": text})
            except CpdeskError as exc:
                self.gap.setText(describe(exc))
