"""File → Export report…: the assessment or programme on screen, as PDF or Excel, built off
the GUI thread with a progress dialog and Cancel (a cancelled build writes nothing)."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from cpdesk.gui.workers import run_job


def reports_available() -> bool:
    """Is the report builder part of this build?"""
    return importlib.util.find_spec("cpdesk.services.reports.building") is not None


class ReportExport(QObject):
    """Asks what to export and where, then builds it in a worker."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window

    def choices(self) -> list[tuple[str, str, Any, str]]:
        """(label, kind, key, format) for what is on screen."""
        w = self.window
        assessment = w.current_assessment()
        if assessment is not None:
            return [
                (self.tr("Assessment summary (PDF)"), "assessment", assessment, "pdf"),
                (self.tr("Assessment tables (Excel)"), "assessment", assessment, "xlsx"),
                (self.tr("Task worksheets (PDF)"), "worksheets", assessment, "pdf"),
            ]
        programme = w.current_programme()
        if programme is not None:
            return [
                (self.tr("Programme summary (PDF)"), "programme", programme.code, "pdf"),
                (self.tr("Programme tables (Excel)"), "programme", programme.code, "xlsx"),
            ]
        return [(self.tr("Blank task worksheets (PDF)"), "worksheets", None, "pdf")]

    def run(self) -> None:
        parent: QWidget = self.window
        choices = self.choices()
        labels = [c[0] for c in choices]
        label, ok = QInputDialog.getItem(parent, self.tr("Export report"), self.tr("Report:"), labels, 0, False)
        if not ok:
            return
        _, kind, key, fmt = choices[labels.index(label)]
        filters = self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("Excel workbook (*.xlsx)")
        suggested = str(Path.home() / f"cpdesk-{kind}.{fmt}")
        path, _ = QFileDialog.getSaveFileName(parent, self.tr("Export report"), suggested, filters)
        if path:
            if not path.lower().endswith(f".{fmt}"):
                path += f".{fmt}"
            self.build(kind, key, path)

    def build(self, kind: str, key: Any, path: str, open_when_done: bool = True) -> Any:
        """Build the report in a worker; returns the job."""
        reports = importlib.import_module("cpdesk.services.reports.building")
        db, lang = self.window.wb.db, self.window.wb.lang

        def job(progress: Any, cancelled: Any) -> Path:
            return reports.build_report(db, kind, key, path, lang, progress=progress, cancelled=cancelled)

        def done(written: Path) -> None:
            self.window.statusBar().showMessage(self.tr("Report written: %1").replace("%1", str(written)), 8000)
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        return run_job(
            job,
            done,
            parent=self.window,
            title=self.tr("Export report"),
            label=self.tr("Building the report…"),
            on_cancel=lambda: self.window.statusBar().showMessage(self.tr("Report cancelled; nothing written"), 5000),
        )
