"""The options section's side of the savings calculations: the line that says how the
selected option's savings were found, "Calculate saving…", and following the assessment.

When the section reloads, the calculations whose assessment figures changed are recomputed
(:func:`cpdesk.services.assessment.calculations.refresh`) and kept as one undoable step,
"Recalculate savings"; the user is told in the status bar and in the line above the tabs,
which keeps the last notices until the assessment is closed. A calculation whose figure is
gone keeps its last result and says so.

While the person is undoing (the undo stack has steps to redo), nothing is recalculated:
the recalculation would be a new step that empties the redo list, and its own undo would
bring it straight back, so Ctrl+Z could never get past it to the edit that caused it. The
line says the calculations wait; the next edit recalculates them.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from cpdesk.core.calculators.stored import CALCULATED, Calculation
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import render
from cpdesk.core.rows import OptionRow
from cpdesk.gui import display
from cpdesk.gui.sections.calculator_dialog import open_calculator
from cpdesk.services.assessment import calculations


class CalculationFollower(QObject):
    """Keeps an options section's calculations current and describes the selected one's."""

    def __init__(self, section: Any) -> None:
        super().__init__(section)
        self.section = section
        self.kept: dict[uuid.UUID, tuple[Calculation, str]] = {}
        #: the selected option's calculation, in one line
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("calculation_note")
        #: the last recalculations, said until the assessment is closed
        self.told = QLabel()
        self.told.setWordWrap(True)
        self.told.setStyleSheet("background-color: #fff3bf; padding: 3px;")
        self.told.setObjectName("recalculated_note")
        self.told.hide()

    def reload(self) -> None:
        """Read the kept calculations and recompute those the assessment's changes touch."""
        wb = self.section.wb
        try:
            self.kept = calculations.calculations_of(wb.db, self.section.assessment_id)
            found = calculations.refresh(wb.db, self.section.assessment_id)
        except CpdeskError:  # the assessment went away meanwhile: the section says so itself
            self.kept = {}
            return
        stack = getattr(wb, "undo_stack", None)
        if found and stack is not None and stack.index() < stack.count():
            self.told.setText(
                self.tr(
                    "The assessment's figures no longer match %1 calculation(s); they are recalculated "
                    "after your next edit."
                ).replace("%1", str(len(found)))
            )
            self.told.show()
        elif found:  # after the reload: the edit's notice reloads the section again
            QTimer.singleShot(0, lambda: self._keep(found))

    def _keep(self, found: list[calculations.Recomputed]) -> None:
        wb = self.section.wb
        entities = [entity for item in found for entity in item.plan.entities]

        def make() -> list[uuid.UUID]:
            return [new for item in found for new in item.plan.make(wb.db)()]

        updates = [op for item in found for op in item.plan.updates]
        done = self.section.execute(
            wb.create, entities or Entity.OPTION, make, self.tr("Recalculate savings"), also=updates
        )
        if done is None and entities:
            return
        said = " ".join(render(item.notice, self.section.lang) for item in found)
        self.told.setText(said)
        self.told.show()
        self.section.status(said)

    def describe(self, option: OptionRow | None) -> None:
        """Say how the selected option's savings were found."""
        kept = None if option is None else self.kept.get(option.id)
        if option is None:
            self.note.setText("")
            return
        lang = self.section.lang
        if kept is None:
            self.note.setText(self.tr("Savings typed. “Calculate saving…” works them out from the plant's figures."))
            return
        calc, basis = kept
        text = (
            self.tr("Savings calculated: %1, on %2.")
            if basis == CALCULATED
            else self.tr("Savings typed over the calculation (%1, on %2).")
        )
        line = text.replace("%1", display.label("Calculator", calc.calculator, lang)).replace(
            "%2", display.day(calc.computed_at, lang)
        )
        if calc.stale:
            names = ", ".join(display.label("Field", f"calculator.{name}", lang) for name in calc.stale)
            line += " " + self.tr(
                "The assessment no longer has the figure for %1: the result is the last one computed."
            ).replace("%1", names)
        self.note.setText(line)

    def calculate(self, option: OptionRow | None) -> None:
        """Open the calculator form of ``option``."""
        if option is None:
            self.section.status(self.tr("Select the option first."))
            return
        open_calculator(self.section.wb, option.id, self.section, self.section.refresh)
