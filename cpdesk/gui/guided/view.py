"""Guided mode: the 18 tasks in order by step, the current task's guide, its checks, done.

The view shows what :func:`cpdesk.services.assessment.guidance.progress` says (the same findings the
worksheets and ``cpdesk guide`` give) beside the method's guide of the task
(:mod:`cpdesk.core.method_guide`). Marking a task done goes through the workbench's undo
stack like any edit, and is refused, with the reasons, while a blocking check fails.
"""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import reference
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.guidance import Finding, Progress, Severity, TaskState
from cpdesk.core.method_guide import guide
from cpdesk.core.rows import TaskProgressRow
from cpdesk.core.vocabulary import TaskStatus
from cpdesk.gui.errors import describe
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import guidance

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2

MISSING_COLOUR = QColor("#842029")
SUSPICIOUS_COLOUR = QColor("#664d03")
DONE_COLOUR = QColor("#0f5132")

#: Where a finding's record is edited, by entity (options after task 13: implementation).
ENTITY_SECTIONS = {
    "team_member": "team",
    "process_step": "process_steps",
    "stream": "streams",
    "measurement": "streams",
    "waste_stream": "waste_costs",
    "option": "options",
    "assessment": "overview",
}


def finding_section(finding: Finding, task_section: str) -> str:
    """The workspace section that shows a finding's record (the task's own when none)."""
    if finding.subject is None:
        return task_section
    if finding.subject.entity == "option" and finding.task_no >= 14:
        return "implementation"
    if finding.subject.entity == "process_step" and finding.task_no == 5:
        return "balances"
    return ENTITY_SECTIONS.get(finding.subject.entity, task_section)


class GuidedView(QWidget):
    """The trainee's way through the method, task by task."""

    #: Open the workspace section where the current task is done.
    section_requested = Signal(str)
    #: Open a record: (section key, entity, record id).
    record_requested = Signal(str, str, str)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.assessment_id: uuid.UUID | None = None
        self.progress: Progress | None = None
        self.rows: dict[int, TaskProgressRow] = {}
        self._items: dict[int, QTreeWidgetItem] = {}
        method = reference.methodology()
        lang = workbench.lang

        # Each step's progress bar sits on its heading in the task list: no rows of their own
        # above it, so that the list keeps its height on a 768-pixel screen.
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().resizeSection(1, self.tree.fontMetrics().horizontalAdvance("00/00") + 24)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        self.step_bars: dict[int, QProgressBar] = {}
        for row, step in enumerate(method.steps):
            parent_item = QTreeWidgetItem(self.tree, [f"{step.number}. {step.title.get(lang)}"])
            parent_item.setFont(0, bold)
            parent_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            bar = QProgressBar()
            bar.setRange(0, len(step.tasks))
            bar.setFormat("%v/%m")
            bar.setMaximumHeight(16)
            self.tree.setItemWidget(parent_item, 1, bar)
            self.step_bars[step.number] = bar
            for n, task in enumerate(step.tasks):
                item = QTreeWidgetItem(parent_item, [f"{task.number}. {task.title.get(lang)}"])
                item.setData(0, TASK_ROLE, task.number)
                self.tree.setFirstColumnSpanned(n, self.tree.model().index(row, 0), True)
                self._items[task.number] = item
        self.tree.expandAll()
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show_task())

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.worksheet = QLabel()
        self.worksheet.setWordWrap(True)
        self.worksheet.setTextFormat(Qt.TextFormat.RichText)
        self.go = QPushButton(self.tr("Go to the screen"))
        self.go.clicked.connect(self._go)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.setMinimumHeight(60)
        self.findings.itemActivated.connect(self._open_finding)
        self.findings.itemClicked.connect(self._open_finding)
        self.done = QPushButton(self.tr("Mark task done"))
        self.done.clicked.connect(self._toggle_done)
        self.refusal = QLabel()
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #842029;")
        # The buttons stay below the guide, whatever its length: never scrolled out of sight.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.go)
        buttons.addWidget(self.done)

        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.title)
        box.addWidget(self.purpose)
        box.addWidget(self.worksheet)
        box.addWidget(self.state)
        box.addWidget(self.findings, 1)
        box.addWidget(self.refusal)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)  # the list of tasks as tall as the guide: the guide scrolls
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    # ----------------------------------------------------------------- showing

    def set_progress(self, assessment_id: uuid.UUID, progress: Progress, rows: list[TaskProgressRow]) -> None:
        """Show an assessment's progress; the current task stays current."""
        self.assessment_id = assessment_id
        self.progress = progress
        self.rows = {r.task_no: r for r in rows}
        for step in progress.steps:
            bar = self.step_bars[step.step_no]
            bar.setRange(0, step.total)
            bar.setValue(step.done)
        for state in progress.tasks:
            self._mark(self._items[state.task_no], state)
        if self.tree.currentItem() is None or self.current_task() is None:
            self.select_task(self.next_task())
        else:
            self._show_task()

    def next_task(self) -> int:
        """The first task that does not count as done yet (18 when all do)."""
        if self.progress is None:
            return 1
        return next((t.task_no for t in self.progress.tasks if not t.done), 18)

    def current_task(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, TASK_ROLE) if item is not None else None

    def select_task(self, task_no: int) -> None:
        self.tree.setCurrentItem(self._items[task_no])

    def _mark(self, item: QTreeWidgetItem, state: TaskState) -> None:
        lang = self.wb.lang
        title = f"{state.task_no}. {reference.methodology().task(state.task_no).title.get(lang)}"
        if state.done:
            sign, colour = "✓", DONE_COLOUR
        elif state.blocking:
            sign, colour = "✗", MISSING_COLOUR
        elif state.findings:
            sign, colour = "⚠", SUSPICIOUS_COLOUR
        else:
            sign, colour = "○", QColor("#495057")
        item.setText(0, f"{sign} {title}")
        item.setForeground(0, QBrush(colour))
        tip = "\n".join(f.message(lang) for f in state.findings)
        item.setToolTip(0, tip)

    def _show_task(self) -> None:
        task_no = self.current_task()
        self.refusal.clear()
        if task_no is None or self.progress is None:
            return
        lang = self.wb.lang
        state = self.progress.task(task_no)
        task = reference.methodology().task(task_no)
        g = guide(task_no)
        self.title.setText(f"{task_no}. {task.title.get(lang)}")
        self.purpose.setText(g.purpose[lang])
        items = "".join(f"<li>{html.escape(i)}</li>" for i in g.items(lang))
        worksheet = self.tr("Worksheet")
        self.worksheet.setText(
            f"<b>{html.escape(worksheet)}: {html.escape(task.worksheet.get(lang))}</b>"
            f"<ul style='margin-left: -20px'>{items}</ul>"
        )
        if state.done:
            text = self.tr("Done: marked done and every check passes.")
        elif state.marked_done:
            text = self.tr("Marked done, but a check fails: it does not count as done yet.")
        elif state.blocking:
            text = self.tr("To do: complete what is missing below, then mark the task done.")
        else:
            text = self.tr("Nothing is missing: check the warnings below, then mark the task done.")
        self.state.setText(text)
        self.findings.clear()
        for f in state.findings:
            item = QListWidgetItem(("✗ " if f.blocking else "⚠ ") + f.message(lang))
            item.setForeground(QBrush(MISSING_COLOUR if f.severity == Severity.MISSING else SUSPICIOUS_COLOUR))
            item.setData(FINDING_ROLE, f)
            if f.subject is not None and f.subject.id:
                item.setToolTip(self.tr("Click to open the record."))
            self.findings.addItem(item)
        if not state.findings:
            self.findings.addItem(QListWidgetItem(self.tr("No finding: every check of this task passes.")))
        self.findings.setMaximumHeight(max(60, 26 * (self.findings.count() + 1)))
        self.done.setText(self.tr("Reopen task") if state.marked_done else self.tr("Mark task done"))

    # ----------------------------------------------------------------- actions

    def _go(self) -> None:
        task_no = self.current_task()
        if task_no is not None:
            self.section_requested.emit(guide(task_no).section)

    def _open_finding(self, item: QListWidgetItem) -> None:
        f: Finding | None = item.data(FINDING_ROLE)
        task_no = self.current_task()
        if f is None or task_no is None:
            return
        section = finding_section(f, guide(task_no).section)
        if f.subject is not None and f.subject.id:
            self.record_requested.emit(section, f.subject.entity, f.subject.id)
        else:
            self.section_requested.emit(section)

    def _toggle_done(self) -> None:
        task_no = self.current_task()
        if task_no is None or self.assessment_id is None or task_no not in self.rows:
            return
        row = self.rows[task_no]
        if row.status == TaskStatus.DONE:
            self.wb.update(
                Entity.TASK_PROGRESS, row.id, {"status": TaskStatus.IN_PROGRESS.value}, self.tr("Reopen task")
            )
            return
        try:
            state = guidance.task_state(self.wb.db, self.assessment_id, task_no)
        except CpdeskError as exc:
            self.refusal.setText(describe(exc))
            return
        if state.blocking:
            reasons = "\n".join("• " + f.message(self.wb.lang) for f in state.blocking)
            self.refusal.setText(self.tr("The task cannot be marked done yet:") + "\n" + reasons)
            return
        self.wb.update(Entity.TASK_PROGRESS, row.id, {"status": TaskStatus.DONE.value}, self.tr("Mark task done"))
