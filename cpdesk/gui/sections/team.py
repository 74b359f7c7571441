"""Task 1: the CP team."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout

from cpdesk.core.entities import Entity
from cpdesk.gui.models.team import TeamModel
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.record_table import RecordTable, edit_new_row
from cpdesk.services.assessment import assessments


class TeamSection(Section):
    key = "team"
    depends = frozenset({Entity.TEAM_MEMBER, Entity.ASSESSMENT})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.model = TeamModel(self.wb.update, self.locale, self.lang)
        self.table = RecordTable(self.model, add_text=self.tr("Add member"), name="team")
        self.table.add_requested.connect(self.add_member)
        self.table.delete_requested.connect(self.delete_members)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Task 1: the company's CP team, with the centre's experts. "
                    "A leader from management keeps the assessment moving."
                )
            )
        )
        self.empty = EmptyStack(
            self.table,
            EmptyState(
                self.tr(
                    "No one in the CP team yet. Add the company's members and the centre's experts, "
                    "starting with the leader from management."
                ),
                self.tr("Add the first member"),
                self.add_member,
            ),
        )
        layout.addWidget(self.empty, 1)

    def title(self) -> str:
        return self.tr("CP team")

    def reload(self) -> None:
        team = self.wb.detail(self.assessment_id).team
        self.model.set_rows(team)
        self.empty.show_empty(not team)

    def add_member(self) -> None:
        name = self.tr("New member")
        row = self.execute(
            self.wb.create,
            Entity.TEAM_MEMBER,
            lambda: assessments.add_team_member(self.wb.db, self.assessment_id, name=name),
            self.tr("Add team member"),
        )
        if row is not None:
            self.refresh()
            edit_new_row(self.table, row.id, "name")

    def delete_members(self, rows: list[Any]) -> None:
        self.execute(self.wb.delete, Entity.TEAM_MEMBER, [r.id for r in rows])
