"""Importing a CSV or XLSX table of period readings from the monitoring and verification
section: the file asked for, read by :func:`cpdesk.services.assessment.period_import.import_periods`
in the user's notation, and, when a row is refused, each refusal shown with its row and the
choice to leave those rows out and store the others (nothing is stored otherwise).

A stored import is one step of the workbench's undo stack: the service returns the
operations that undo and redo it, and the workbench's :class:`EditCommand` keeps them, so
Ctrl+Z removes every reading the file brought.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.entities import Change, Entity
from cpdesk.core.messages import render
from cpdesk.gui.workbench import EditCommand, Workbench
from cpdesk.services.assessment.period_import import PeriodImport, import_periods


def problem_lines(result: PeriodImport, lang: str) -> list[str]:
    """Each refusal and each gap, "Row 5: ..." in the interface language, by row."""
    row = QCoreApplication.translate("PeriodImport", "Row %1: %2")
    found = [*result.problems, *result.gaps]
    return [
        row.replace("%1", str(p.row)).replace("%2", render(p.message, lang)) for p in sorted(found, key=lambda p: p.row)
    ]


class ImportProblemsDialog(QDialog):
    """The rows a file's import refused, and whether to store the others without them."""

    def __init__(self, result: PeriodImport, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PeriodImport", "Rows refused"))
        said = QCoreApplication.translate(
            "PeriodImport",
            "Nothing was stored: %1 of the file's %2 rows have errors. Correct the file and import it again, "
            "or store the other rows without them.",
        )
        bad = len({p.row for p in result.problems}) or len({p.row for p in result.gaps})
        text = QLabel(said.replace("%1", str(bad)).replace("%2", str(result.rows)))
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(problem_lines(result, lang))
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.skip = buttons.addButton(
            QCoreApplication.translate("PeriodImport", "Skip the bad rows and store the others"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().height() * 22)


class PeriodImporter:
    """The import of one assessment's period tables, for one section."""

    def __init__(self, parent: QWidget, wb: Workbench, assessment_id: uuid.UUID) -> None:
        self.parent = parent
        self.wb = wb
        self.assessment_id = assessment_id
        #: The last import's outcome (for the section's status and the tests).
        self.last: PeriodImport | None = None

    def choose_file(self) -> str:
        """The file the user picks ("" when none)."""
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("PeriodImport", "Import period readings"),
            "",
            QCoreApplication.translate("PeriodImport", "Tables (*.csv *.txt *.xlsx);;All files (*)"),
        )
        return path

    def ask_skip(self, result: PeriodImport) -> bool:
        """Show the refused rows; True to store the others without them."""
        return ImportProblemsDialog(result, self.wb.lang, self.parent).exec() == QDialog.DialogCode.Accepted

    def run(self, path: str = "") -> PeriodImport | None:
        """Import ``path`` (asked for when empty); the outcome, None when nothing was read."""
        path = path or self.choose_file()
        if not path:
            return None
        data = Path(path).read_bytes()
        name = Path(path).name
        result = import_periods(self.wb.db, self.assessment_id, data, filename=name, lang=self.wb.numbers)
        if result.refused and self.ask_skip(result):
            result = import_periods(
                self.wb.db, self.assessment_id, data, filename=name, lang=self.wb.numbers, skip_bad_rows=True
            )
        self.last = result
        if result.stored:
            text = QCoreApplication.translate("PeriodImport", "Import %1").replace("%1", name)
            self.wb.undo_stack.push(EditCommand(self.wb, result.redo, result.undo, text))
        elif not result.refused:
            self.wb.notify(Change.of(Entity.PERIOD_READING))
        return result
