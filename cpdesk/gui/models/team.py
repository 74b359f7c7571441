"""Models of the CP team (task 1) and of the progress through the 18 tasks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QColor

from cpdesk.core import reference
from cpdesk.core.entities import Entity
from cpdesk.core.rows import TaskProgressRow, TeamMemberRow
from cpdesk.core.vocabulary import TaskStatus, TeamRole
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel

DONE_BACKGROUND = QColor("#d1e7dd")
STARTED_BACKGROUND = QColor("#e7f1ff")


class TeamModel(RecordTableModel[TeamMemberRow]):
    entity = Entity.TEAM_MEMBER

    def make_columns(self) -> list[Column[TeamMemberRow]]:
        roles = display.choices(TeamRole, self.lang)
        return [
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("role", self.tr("Role"), lambda r: r.role, Kind.CHOICE, choices=lambda r: roles),
            Column("organisation", self.tr("Organisation"), lambda r: r.organisation),
            Column("position", self.tr("Position"), lambda r: r.position),
        ]


class TaskModel(RecordTableModel[TaskProgressRow]):
    """The 18 tasks: their recorded status, and what the data say is still missing."""

    entity = Entity.TASK_PROGRESS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.missing: Mapping[int, str] = {}
        super().__init__(*args, **kwargs)

    def make_columns(self) -> list[Column[TaskProgressRow]]:
        method = reference.methodology()
        statuses = display.choices(TaskStatus, self.lang)

        def title(r: TaskProgressRow) -> str:
            return f"{r.task_no}. {method.task(r.task_no).title.get(self.lang)}"

        return [
            Column("", self.tr("Step"), lambda r: method.task(r.task_no).step, Kind.INTEGER, editable=False),
            Column("", self.tr("Task"), title, editable=False, tip=lambda r: self.missing.get(r.task_no, "")),
            Column("status", self.tr("Status"), lambda r: r.status, Kind.CHOICE, choices=lambda r: statuses),
            Column(
                "",
                "⚠",
                lambda r: "⚠" if self.missing.get(r.task_no) else "",
                editable=False,
                tip=lambda r: self.missing.get(r.task_no, ""),
            ),
            Column("note", self.tr("Note"), lambda r: r.note),
        ]

    def highlight(self, row: TaskProgressRow) -> QColor | None:
        if row.status == TaskStatus.DONE:
            return DONE_BACKGROUND
        if row.status == TaskStatus.IN_PROGRESS:
            return STARTED_BACKGROUND
        return None
