"""The trainee's guide: the 18 tasks, which are done, and what the data say is missing."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.vocabulary import OptionStatus, ScreeningResult, TaskStatus, TeamRole
from cpdesk.gui.delegates import RecordDelegate
from cpdesk.gui.models.base import ROW_ROLE
from cpdesk.gui.models.team import TaskModel
from cpdesk.gui.widgets.entry import NoteEdit
from cpdesk.gui.widgets.record_table import RecordView
from cpdesk.gui.workbench import ANYTHING, Workbench
from cpdesk.services import workbench_queries
from cpdesk.services.errors import CpdeskError
from cpdesk.services.views import AssessmentDetail

#: The workspace section where each task is done.
TASK_SECTIONS = {
    1: "team",
    2: "process_steps",
    3: "process_steps",
    4: "flow_chart",
    5: "balances",
    6: "waste_costs",
    7: "waste_costs",
    8: "options",
    9: "options",
    10: "options",
    11: "options",
    12: "options",
    13: "options",
    14: "implementation",
    15: "implementation",
    16: "implementation",
    17: "overview",
    18: "overview",
}


def missing(detail: AssessmentDetail, causes: list[Any], texts: dict[Any, Any], savings: list[Any]) -> dict[int, str]:
    """What each task still lacks, read from the data (empty: nothing obvious missing)."""
    gaps: dict[int, str] = {}
    if not detail.team:
        gaps[1] = QCoreApplication.translate("Progress", "No team member yet.")
    elif not any(m.role == TeamRole.LEADER for m in detail.team):
        gaps[1] = QCoreApplication.translate("Progress", "The team has no leader.")
    if len(detail.steps) < 2:
        gaps[2] = QCoreApplication.translate("Progress", "List at least two process steps.")
    if detail.steps and not any(s.is_focus for s in detail.steps):
        gaps[3] = QCoreApplication.translate("Progress", "No step is marked as audit focus.")
    connected = {s.source_step_id for s in detail.streams} | {s.target_step_id for s in detail.streams}
    loose = [s.name for s in detail.steps if s.id not in connected]
    if not detail.streams:
        gaps[4] = QCoreApplication.translate("Progress", "No streams yet.")
    elif loose:
        gaps[4] = QCoreApplication.translate("Progress", "Steps without streams: %1.").replace(
            "%1", ", ".join(loose[:5])
        )
    unmeasured = [s for s in detail.streams if not s.measurements]
    if detail.streams and unmeasured:
        gaps[5] = (
            QCoreApplication.translate("Progress", "%1 of %2 streams have no reading.")
            .replace("%1", str(len(unmeasured)))
            .replace("%2", str(len(detail.streams)))
        )
    if not detail.waste_streams:
        gaps[6] = QCoreApplication.translate("Progress", "No waste stream costed yet.")
    caused = {c.waste_stream_id for c in causes}
    uncaused = [w.name for w in detail.waste_streams if w.id not in caused]
    if uncaused:
        gaps[7] = QCoreApplication.translate("Progress", "Waste streams without a cause: %1.").replace(
            "%1", ", ".join(uncaused[:5])
        )
    live = [o for o in detail.options if o.status != OptionStatus.REJECTED]
    if not detail.options:
        gaps[8] = QCoreApplication.translate("Progress", "No option yet.")
    unscreened = [o for o in detail.options if o.screening is None]
    if unscreened:
        gaps[9] = QCoreApplication.translate("Progress", "%1 options not screened.").replace("%1", str(len(unscreened)))
    studied = [o for o in live if o.screening == ScreeningResult.NEEDS_STUDY]
    no_notes = [o for o in studied if not (texts.get(o.id) and texts[o.id].technical_notes.strip())]
    if no_notes:
        gaps[10] = QCoreApplication.translate("Progress", "%1 options needing study have no technical notes.").replace(
            "%1", str(len(no_notes))
        )
    uncosted = [o for o in live if not o.investment and not o.annual_savings]
    if uncosted:
        gaps[11] = QCoreApplication.translate("Progress", "%1 options without investment or savings.").replace(
            "%1", str(len(uncosted))
        )
    saving_options = {s.option_id for s in savings}
    no_savings = [o for o in live if o.id not in saving_options]
    if no_savings:
        gaps[12] = QCoreApplication.translate(
            "Progress", "%1 options without resource savings (no CO₂ figure)."
        ).replace("%1", str(len(no_savings)))
    chosen = [o for o in detail.options if o.status in (OptionStatus.SELECTED, OptionStatus.IMPLEMENTED)]
    if detail.options and not chosen:
        gaps[13] = QCoreApplication.translate("Progress", "No option selected for implementation.")
        gaps[14] = gaps[13]
    implemented = [o for o in detail.options if o.status == OptionStatus.IMPLEMENTED]
    if chosen and not implemented:
        gaps[15] = QCoreApplication.translate("Progress", "No option implemented yet.")
    unmonitored = [o for o in implemented if o.monitored_annual_savings is None]
    if unmonitored:
        gaps[16] = QCoreApplication.translate("Progress", "%1 implemented options not monitored.").replace(
            "%1", str(len(unmonitored))
        )
    return gaps


class ProgressPanel(QWidget):
    """Task list with status (editable), the gaps the data show, and the task's note."""

    #: The user wants to work on a task: the workspace section key.
    section_requested = Signal(str)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.assessment_id: uuid.UUID | None = None
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
        header.sectionResized.connect(lambda *_args: self.view.resizeRowsToContents())
        self.view.selectionModel().currentRowChanged.connect(lambda current, _prev: self._task_chosen())
        self.view.activated.connect(self._open_task)
        self.gap = QLabel()
        self.gap.setWordWrap(True)
        self.gap.setStyleSheet("color: #664d03;")
        self.note = NoteEdit()
        self.note.setPlaceholderText(self.tr("Note on this task…"))
        self.note.setMaximumHeight(70)
        self.note.committed.connect(self._save_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.gap)
        layout.addWidget(self.note)
        # The guide is not urgent: after an edit it waits a moment, so that a burst of edits
        # (typing readings, undoing ten steps) costs one reload, after the screens that show
        # the edit itself.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.reload)
        workbench.changed.connect(self._changed)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.view.resizeRowsToContents()  # task titles wrap to the panel's width

    def set_assessment(self, assessment_id: uuid.UUID | None) -> None:
        self.assessment_id = assessment_id
        self.reload()

    def reload(self) -> None:
        self._timer.stop()
        if self.assessment_id is None:
            self.model.set_rows([])
            self.bar.setValue(0)
            self.bar.setFormat("")
            self.gap.setText(self.tr("Open an assessment to follow its 18 tasks."))
            self.note.set_saved("")
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self.bar.setFormat(self.tr("%v of 18 tasks done"))
        db, key = self.wb.db, self.assessment_id
        try:
            detail = self.wb.detail(key)
            self.model.missing = missing(
                detail,
                workbench_queries.causes(db, key),
                workbench_queries.option_texts(db, key),
                workbench_queries.option_savings(db, key),
            )
            rows = workbench_queries.task_progress(db, key)
        except CpdeskError:
            return  # the assessment was just deleted: the window moves elsewhere
        self.model.set_rows(rows)
        self.view.resizeRowsToContents()
        self.bar.setValue(sum(1 for r in rows if r.status == TaskStatus.DONE))
        self._task_chosen()

    def _changed(self, entities: frozenset[str]) -> None:
        if self.assessment_id is not None and (entities - {"attachment"} or ANYTHING in entities):
            self._timer.start()

    def _task_chosen(self) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            self.gap.setText(self.tr("Double-click a task to open its section; F2 changes its status."))
            self.note.set_saved("")
            self.note.setEnabled(False)
            return
        gap = self.model.missing.get(row.task_no, "")
        self.gap.setText(gap or self.tr("Nothing obviously missing for this task."))
        self.note.setEnabled(True)
        self.note.set_saved(row.note)

    def _open_task(self, index: Any) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.section_requested.emit(TASK_SECTIONS.get(row.task_no, "overview"))

    def _save_note(self, text: str) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is not None:
            try:
                self.wb.update("task_progress", row.id, {"note": text})
            except CpdeskError as exc:
                self.gap.setText(str(exc))
