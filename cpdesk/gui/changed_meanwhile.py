"""The question an edit asks when the record changed since the person's screen showed it.

Someone else changed the record meanwhile (a colleague on the shared database, an imported
bundle): the edit was refused and nothing was written. The person is told who changed what
and when, sees their own values beside the record's as it is now, field by field (the table
of the sync conflicts screen, :class:`~cpdesk.gui.sync.field_choices.FieldChoices`), and
chooses: reload (drop the edit and show the record as it is now), apply mine anyway, or keep
the fields chosen in the table. Closing the window is "reload": nothing of
the person's edit is written unless they say so.

An undo or a redo that would write over a colleague's newer change asks the same question,
worded for it: "mine" are then the values the undo (redo) would write, and reload drops the
step from the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cpdesk.core import labels
from cpdesk.core.messages import msg, render, text_of
from cpdesk.gui import display
from cpdesk.gui.edit_choice import Choice, Decision, Step
from cpdesk.gui.record_history import UNSHOWN, action_text
from cpdesk.gui.sync.field_choices import FieldChoice, FieldChoices
from cpdesk.gui.sync.field_values import field_value
from cpdesk.gui.sync.texts import html, rich_label
from cpdesk.services import editing
from cpdesk.services.editing import Operation, Update

if TYPE_CHECKING:
    from cpdesk.services.sync.values import ValueContext


class ChangedMeanwhileDialog(QDialog):
    """Who changed the record, both versions field by field, and the three ways on."""

    def __init__(
        self,
        workbench: Any,
        conflict: editing.ChangedMeanwhile,
        edit: Operation | None,
        text: str,
        parent: QWidget | None = None,
        step: Step = Step.EDIT,
    ) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.conflict = conflict
        self.edit = edit
        self.decision = Decision(Choice.RELOAD)
        self.setObjectName("ChangedMeanwhileDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))

        self._context: ValueContext | None = None
        self.said = rich_label("<b>" + html(self._headline()) + "</b>")
        self.theirs = rich_label(self._their_changes())
        self.step = step
        self.question = QLabel(self._question().replace("%1", text))
        self.question.setWordWrap(True)
        self.fields = FieldChoices()
        rows = self._rows()
        who = self._who()
        self.fields.show_fields(
            rows,
            mine=self.tr("Mine (not saved)"),
            theirs=self.tr("%1 (saved)").replace("%1", who),
            shown="theirs",
        )

        self.reload_button = QPushButton(self.tr("Reload: show theirs"))
        self.mine_button = QPushButton(self._anyway())
        self.merge_button = QPushButton(QCoreApplication.translate("ConflictsDialog", "Keep the chosen fields"))
        self.merge_button.setEnabled(bool(rows))
        self.reload_button.clicked.connect(lambda: self._decide(Decision(Choice.RELOAD)))
        self.mine_button.clicked.connect(lambda: self._decide(Decision(Choice.MINE)))
        self.merge_button.clicked.connect(lambda: self._decide(Decision(Choice.MERGE, self.fields.choices())))
        self.reload_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.reload_button, self.mine_button, self.merge_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.said)
        layout.addWidget(self.theirs)
        layout.addWidget(self.question)
        layout.addWidget(self.fields, 1)
        layout.addLayout(buttons)
        self.resize(760, 360)

    def _question(self) -> str:
        """What was not done, and the three ways on; an undo (redo) is named as the Edit menu names it."""
        if self.step is Step.UNDO:
            return self.tr(
                "“Undo %1” was not carried out: it would write over their change. Show their version "
                "(the step leaves the undo list), undo anyway, or choose field by field."
            )
        if self.step is Step.REDO:
            return self.tr(
                "“Redo %1” was not carried out: it would write over their change. Show their version "
                "(the step leaves the redo list), redo anyway, or choose field by field."
            )
        return self.tr("Your edit (%1) was not saved. Show their version, save yours anyway, or choose field by field.")

    def _anyway(self) -> str:
        if self.step is Step.UNDO:
            return self.tr("Undo anyway")
        if self.step is Step.REDO:
            return self.tr("Redo anyway")
        return self.tr("Apply mine anyway")

    def _who(self) -> str:
        """Who made the last change: a person's name, else their installation, else "import"."""
        changes = self.conflict.changes
        if not changes:
            return self.tr("the imported version")
        last = changes[-1]
        return last.person or last.device_id[:8]

    def context(self) -> ValueContext:
        """What the record's values mean (read once, when a value is first written)."""
        if self._context is None:
            self._context = editing.value_context(self.wb.db, self.conflict.entity, self.conflict.record_id)
        return self._context

    def _headline(self) -> str:
        """The latest change, as the refusal says it ("Nguyễn Văn A đã sửa Vốn đầu tư từ
        150.000.000 VND thành 180.000.000 VND lúc 07/12/2026 14:02"), its values written as the
        lines below and the table write them: in the user's notation of numbers, a category by
        its name, a date as the user writes dates (the refusal itself carries the values as the
        log keeps them: codes, ISO dates)."""
        changes, lang = self.conflict.changes, self.wb.lang
        last = changes[-1] if changes else None
        shown = [c for c in last.changes if c.field not in UNSHOWN] if last is not None else []
        if last is None or last.action != "update" or not shown:
            return text_of(self.conflict, lang)
        first, context = shown[0], self.context()
        said = msg(
            "edit.field_changed_by",
            person=last.person or last.device_id[:8],
            field=labels.field_label(context.table, first.field, lang),
            before=field_value(context, first.field, first.before, "theirs", lang, self.wb.numbers),
            after=field_value(context, first.field, first.after, "theirs", lang, self.wb.numbers),
            when=last.changed_at,
        )
        earlier = len(changes) - 1
        return render(msg("edit.and_earlier", change=said, earlier=earlier) if earlier else said, lang)

    def _their_changes(self) -> str:
        """Every change made since the person's screen was drawn, oldest first: when, who, and
        each field from what to what ("07/12/2026 14:02 Nguyễn Văn A: Vốn đầu tư 150.000.000
        VND → 180.000.000 VND")."""
        changes = self.conflict.changes
        if not changes:
            return ""
        context = self.context()
        lang, numbers = self.wb.lang, self.wb.numbers
        lines = []
        for entry in changes:
            fields = [c for c in entry.changes if c.field not in UNSHOWN]
            what = "; ".join(
                f"{labels.field_label(context.table, c.field, lang)} "
                f"{field_value(context, c.field, c.before, 'theirs', lang, numbers)} → "
                f"{field_value(context, c.field, c.after, 'theirs', lang, numbers)}"
                for c in fields
            ) or action_text(entry.action)
            who = entry.person or entry.device_id[:8]
            lines.append(html(f"{display.day(entry.changed_at, lang)} {who}: {what}"))
        return "<br>".join(lines)

    def _rows(self) -> list[FieldChoice]:
        if not isinstance(self.edit, Update):
            return []
        found = editing.differences(self.conflict, self.edit)
        if not found:
            return []
        context = editing.value_context(self.wb.db, self.edit.entity, self.edit.id, self.edit.values)
        lang, numbers = self.wb.lang, self.wb.numbers
        return [
            FieldChoice(
                d.field,
                labels.field_label(context.table, d.field, lang),
                field_value(context, d.field, d.mine, "mine", lang, numbers),
                field_value(context, d.field, d.theirs, "theirs", lang, numbers),
            )
            for d in found
        ]

    def _decide(self, decision: Decision) -> None:
        self.decision = decision
        self.accept()

    def choose(self, choice: Choice, keep: dict[str, str] | None = None) -> None:
        """Choose as the buttons do (for tests and the keyboard): for a merge, ``keep`` sets the
        Keep column first."""
        for name, side in (keep or {}).items():
            self.fields.set_choice(name, side)
        {Choice.RELOAD: self.reload_button, Choice.MINE: self.mine_button, Choice.MERGE: self.merge_button}[
            choice
        ].click()
