"""The centre's year: the training figures as the centre's annual report gives them (courses,
person-days, workshops and their person-days, trainees certified, in-depth programme
person-days and awareness seminar participants since the start, assessments completed and
the same converted to full assessments by their scope weights),
each saying how it was counted, the courses of the year, and the
year printed as a PDF page (built off the GUI thread)."""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.training import PersonDaysBasis, YearStatistics
from cpdesk.core.training_vocabulary import CourseKind, label
from cpdesk.gui.models.training import CourseYearModel, basis_text, days_text
from cpdesk.gui.training.training_screen import TrainingScreen
from cpdesk.gui.widgets.record_table import RecordTable
from cpdesk.gui.workbench import Workbench
from cpdesk.gui.workers import run_job
from cpdesk.services.training import statistics as training_statistics
from cpdesk.services.training import views as training_views


def pdf_available() -> bool:
    """Is the centre's year page part of this build? (Looked up, not imported: the report
    builder is imported when a page is printed.)"""
    return importlib.util.find_spec("cpdesk.report.training_pdf") is not None


FIGURE_STYLE = "font-size: 18pt; font-weight: 600; color: #1f3b57;"
EXPLAIN_STYLE = "color: #495057;"


class CentreYearDialog(TrainingScreen):
    """Training → The centre's year."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("centre_year_dialog")
        self.setWindowTitle(self.tr("The centre's year"))
        self.statistics: YearStatistics | None = None
        self.job: Any = None

        self.year = QComboBox()
        self.year.setEditable(True)  # any year can be typed; the list holds the years with records
        self.year.setMinimumContentsLength(6)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.print_button = QPushButton(self.tr("&Print PDF page…"))
        self.print_button.setToolTip(self.tr("The year's figures on one page, as a PDF file"))
        self.print_button.clicked.connect(self.print_page)
        self.print_button.setEnabled(pdf_available())
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.print_button)

        self.figures: dict[str, tuple[QLabel, QLabel]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        names = (
            ("courses", self.tr("Training courses")),
            ("course_person_days", self.tr("Person-days of training")),
            ("workshops", self.tr("Workshops and awareness seminars")),
            ("workshop_person_days", self.tr("Person-days of workshops")),
            ("certified", self.tr("Trainees certified since the start")),
            ("in_depth_person_days", self.tr("In-depth programme person-days since the start")),
            ("seminar_participants", self.tr("Awareness seminar participants since the start")),
            ("assessments", self.tr("CP assessments completed")),
            ("assessments_converted", self.tr("CP assessments converted to full assessments")),
        )
        for row, (key, title) in enumerate(names):
            name = QLabel(title)
            name.setStyleSheet("font-weight: 600;")
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet(FIGURE_STYLE)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0") * 8)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            explain = QLabel()
            explain.setObjectName(f"explain_{key}")
            explain.setWordWrap(True)
            explain.setStyleSheet(EXPLAIN_STYLE)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(explain, row, 2)
            self.figures[key] = (value, explain)
        grid.setColumnStretch(2, 1)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setLayout(grid)

        self.model = CourseYearModel(None, self.locale, self.lang)
        self.courses = RecordTable(self.model, title=self.tr("Courses of the year"), can_delete=False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(EXPLAIN_STYLE)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(panel)
        layout.addWidget(self.courses, 1)
        layout.addWidget(self.note)
        self.resize(1100, 760)
        self._fill_years(year)
        self.year.currentTextChanged.connect(lambda _text: self.refresh())
        self.refresh()

    def _fill_years(self, year: int | None) -> None:
        years = training_views.training_years(self.wb.db) or [date.today().year]
        chosen = year if year is not None else years[-1]
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItems([str(y) for y in sorted(set(years) | {chosen})])
        self.year.setCurrentText(str(chosen))
        self.year.blockSignals(False)

    def chosen_year(self) -> int | None:
        text = self.year.currentText().strip()
        return int(text) if text.isdigit() and len(text) == 4 else None

    def set_year(self, year: int) -> None:
        self.year.setCurrentText(str(year))
        self.refresh()

    # ----------------------------------------------------------------- figures

    def reload(self) -> None:
        year = self.chosen_year()
        listed = {self.year.itemText(i) for i in range(self.year.count())}
        if not {str(y) for y in training_views.training_years(self.wb.db)} <= listed:
            self._fill_years(year)  # a record of a new year was entered
            year = self.chosen_year()
        self.print_button.setEnabled(year is not None and pdf_available())
        if year is None:
            self.statistics = None
            for value, explain in self.figures.values():
                value.setText("")
                explain.setText("")
            self.note.setText(self.tr("Type a year such as 2004."))
            self.model.set_rows([])
            return
        s = self.statistics = training_statistics.year_statistics(self.wb.db, year)
        n = self.locale

        def number(x: float) -> str:
            return days_text(x, n)

        kinds = "; ".join(
            self.tr("%1: %2 (%3 person-days)")
            .replace("%1", label(k.kind, self.lang))
            .replace("%2", str(k.courses))
            .replace("%3", number(k.person_days))
            for k in s.by_kind
        )
        self._show(
            "courses",
            str(s.courses),
            self.tr("Courses with a session in %1 (a course without sessions counts in the year it starts).").replace(
                "%1", str(year)
            )
            + (f" {kinds}." if kinds else ""),
        )
        parts = [
            self.tr("Counted from %1.").replace("%1", basis_text(s.course_person_days_basis)),
        ]
        if s.course_person_days_basis == PersonDaysBasis.MIXED:
            parts.append(
                self.tr("Attendance: %1; head count × days: %2.")
                .replace("%1", number(s.person_days_from_attendance))
                .replace("%2", number(s.person_days_from_headcount))
            )
        if s.sessions_without_participants:
            parts.append(
                self.tr("%1 sessions have no participants recorded and count zero.").replace(
                    "%1", str(s.sessions_without_participants)
                )
            )
        parts.append(self.tr("Since the start: %1 person-days.").replace("%1", number(s.person_days_since_start)))
        self._show("course_person_days", number(s.course_person_days), " ".join(parts))
        self._show(
            "workshops",
            str(s.workshops),
            self.tr("%1 workshops and %2 awareness seminars (%3 participants in the seminars).")
            .replace("%1", str(s.workshops - s.awareness_seminars))
            .replace("%2", str(s.awareness_seminars))
            .replace("%3", str(s.awareness_participants)),
        )
        self._show(
            "workshop_person_days",
            number(s.workshop_person_days),
            self.tr("Days × participants of each workshop and seminar, added up (%1 participants).").replace(
                "%1", str(s.workshop_participants)
            ),
        )
        self._show(
            "certified",
            str(s.certified_since_start),
            self.tr(
                "Different people holding a certificate issued by 31 December %1, %3 of them consultants; "
                "%2 certified in %1."
            )
            .replace("%1", str(year))
            .replace("%2", str(s.certified_in_year))
            .replace("%3", str(s.certified_consultants_since_start)),
        )
        in_depth = sum(k.person_days for k in s.by_kind if k.kind == CourseKind.IN_DEPTH_PROGRAMME)
        self._show(
            "in_depth_person_days",
            number(s.in_depth_person_days_since_start),
            self.tr("Sessions of the in-depth sector programmes held by 31 December %1; %2 person-days in %1.")
            .replace("%1", str(year))
            .replace("%2", number(in_depth)),
        )
        self._show(
            "seminar_participants",
            number(s.awareness_participants_since_start),
            self.tr("Participants of the awareness seminars held by 31 December %1; %2 in %1.")
            .replace("%1", str(year))
            .replace("%2", str(s.awareness_participants)),
        )
        self._show(
            "assessments",
            str(s.assessments_completed),
            self.tr("Assessments whose end date falls in %1 (trainees' copies of practical modules left out).").replace(
                "%1", str(year)
            ),
        )
        self._show(
            "assessments_converted",
            number(s.assessments_converted),
            self.tr(
                "The scope weights of the assessments completed in %1 added up: a full assessment counts 1, "
                "a follow-up visit or a short assessment a fraction of one (its weight, entered by the centre)."
            ).replace("%1", str(year)),
        )
        self.model.set_rows(s.course_rows)
        self.note.setText(
            self.tr("Figures read from the training records; courses and workshops are entered in Training records.")
        )

    def _show(self, key: str, value: str, explain: str) -> None:
        shown, how = self.figures[key]
        shown.setText(value)
        how.setText(explain)
        shown.setToolTip(explain)

    # ----------------------------------------------------------------- PDF

    def print_page(self, path: str | None = None, open_when_done: bool = True) -> Any:
        """Ask where (unless ``path`` is given) and build the year's PDF page in a worker."""
        year = self.chosen_year()
        if year is None:
            return None
        if path is None:
            suggested = str(Path.home() / f"cpdesk-centre-{year}.pdf")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Print PDF page"), suggested, self.tr("PDF document (*.pdf)")
            )
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        reports = importlib.import_module("cpdesk.services.reports.training_reports")
        db, lang, target = self.wb.db, self.lang, path

        def job(progress: Any, cancelled: Any) -> Path:
            return reports.centre_year_report(db, year, target, lang, progress=progress, cancelled=cancelled)

        def done(written: Path) -> None:
            self.note.setText(self.tr("PDF page written: %1").replace("%1", str(written)))
            if open_when_done:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        self.job = run_job(
            job,
            done,
            parent=self,
            title=self.tr("Print PDF page"),
            label=self.tr("Building the page…"),
            on_cancel=lambda: self.note.setText(self.tr("Printing cancelled; nothing written")),
        )
        return self.job
