"""The centre's training records: courses with their sessions, attendance, modules and
certificates; the participants; workshops and awareness seminars.

Master and detail: the courses on top, below them what belongs to the course chosen
(sessions with the attendance of the session chosen, modules, certificates). Everything is
edited in place, checked as it is typed (numbers in the user's notation), saved when made
and undone with Ctrl+Z. From the keyboard: Alt+C / Alt+P / Alt+W choose the tab, Tab moves
between the tables, Insert adds a row to the table in focus, Delete deletes the selected
rows, F2 or typing edits a cell; in the attendance line, Enter records the participant named.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.entities import Entity
from cpdesk.core.field_ranges import plausible
from cpdesk.core.training_vocabulary import CourseKind, ModuleKind
from cpdesk.gui import display
from cpdesk.gui.models.training import (
    AttendanceModel,
    CertificateModel,
    CourseModel,
    ModuleModel,
    ParticipantModel,
    SessionModel,
    WorkshopModel,
    basis_text,
    days_text,
)
from cpdesk.gui.training.participant_picker import ParticipantPicker
from cpdesk.gui.training.training_screen import TrainingScreen
from cpdesk.gui.widgets.entry import DateEdit, InvalidEntry, NumberEdit
from cpdesk.gui.widgets.record_table import RecordTable, edit_new_row, unique_name
from cpdesk.gui.workbench import Workbench
from cpdesk.services.training import courses as training
from cpdesk.services.training.rows import CourseRow, ParticipantRow, SessionRow


def widen(table: RecordTable, key: str, chars: int) -> None:
    """Give a column of long texts (titles) up to ``chars`` characters of room."""
    column = table.model.column_of(key)
    view = table.view
    wanted = view.sizeHintForColumn(column) + 16
    cap = view.fontMetrics().horizontalAdvance("x") * chars
    view.horizontalHeader().resizeSection(column, max(view.columnWidth(column), min(wanted, cap)))


class TrainingRecordsDialog(TrainingScreen):
    """Training records of the centre (Training → Training records)."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(workbench, parent)
        self.setObjectName("training_records_dialog")
        self.setWindowTitle(self.tr("Training records of the centre"))
        self.participants: list[ParticipantRow] = []
        self.course: CourseRow | None = None
        self.session: SessionRow | None = None
        submit = self.wb.update

        def table(model: Any, add_text: str, add: Callable[[], None], entity: Entity) -> RecordTable:
            t = RecordTable(model, add_text=add_text)
            t.add_requested.connect(add)
            t.delete_requested.connect(lambda rows: self.run(self.wb.delete, entity, [r.id for r in rows]))
            return t

        loc, lang = self.locale, self.lang
        self.courses = table(CourseModel(submit, loc, lang), self.tr("&New course"), self.add_course, "course")
        self.sessions = table(
            SessionModel(submit, loc, lang), self.tr("Add &session"), self.add_session, "training_session"
        )
        self.attendance = table(AttendanceModel(submit, loc, lang), "", lambda: None, Entity.ATTENDANCE)
        self.modules = table(ModuleModel(submit, loc, lang), self.tr("Add &module"), self.add_module, "course_module")
        self.certificates = table(CertificateModel(submit, loc, lang), "", lambda: None, Entity.CERTIFICATE)
        self.people = table(
            ParticipantModel(submit, loc, lang), self.tr("A&dd participant"), self.add_participant, "participant"
        )
        self.workshops = table(
            WorkshopModel(submit, loc, lang), self.tr("Add wor&kshop"), self.add_workshop, "workshop"
        )
        self.courses.current_changed.connect(self._course_chosen)
        self.sessions.current_changed.connect(self._session_chosen)

        # Attendance of the session chosen: who, for how many days (empty: the whole session).
        self.attendee = ParticipantPicker()
        self.attendee.lineEdit().returnPressed.connect(self.record_attendance)
        self.days_attended = NumberEdit(loc, optional=True, plausible=plausible(Entity.ATTENDANCE, "days_attended"))
        self.days_attended.setPlaceholderText(self.tr("all days"))
        self.days_attended.setFixedWidth(self.days_attended.fontMetrics().horizontalAdvance(self.tr("all days")) + 24)
        self.days_attended.returnPressed.connect(self.record_attendance)
        self.record_button = QPushButton(self.tr("&Record attendance"))
        self.record_button.clicked.connect(self.record_attendance)
        self.session_label = QLabel()
        self.session_label.setWordWrap(True)
        line = QHBoxLayout()
        line.addWidget(self.attendee, 1)
        days_label = QLabel(self.tr("&Days:"))
        days_label.setBuddy(self.days_attended)
        line.addWidget(days_label)
        line.addWidget(self.days_attended)
        line.addWidget(self.record_button)
        attendance_box = QWidget()
        box = QVBoxLayout(attendance_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.session_label)
        box.addLayout(line)
        box.addWidget(self.attendance, 1)

        sessions_split = QSplitter(Qt.Orientation.Horizontal)
        sessions_split.addWidget(self.sessions)
        sessions_split.addWidget(attendance_box)
        sessions_split.setStretchFactor(0, 3)
        sessions_split.setStretchFactor(1, 2)
        sessions_split.setSizes([830, 430])

        # Certificates of the course chosen.
        self.holder = ParticipantPicker()
        self.holder.lineEdit().returnPressed.connect(self.issue_certificate)
        self.issued_on = DateEdit(optional=False, lang=self.lang, field=self.tr("Issued on"))
        self.issued_on.setMaximumWidth(120)
        self.certificate_no = QLineEdit()
        self.certificate_no.setPlaceholderText(self.tr("Certificate no."))
        self.certificate_no.setMaximumWidth(160)
        self.certificate_no.returnPressed.connect(self.issue_certificate)
        issue = QPushButton(self.tr("&Issue certificate"))
        issue.clicked.connect(self.issue_certificate)
        certificate_line = QHBoxLayout()
        certificate_line.addWidget(self.holder, 1)
        certificate_line.addWidget(self.issued_on)
        certificate_line.addWidget(self.certificate_no)
        certificate_line.addWidget(issue)
        certificate_box = QWidget()
        box = QVBoxLayout(certificate_box)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(certificate_line)
        box.addWidget(self.certificates, 1)

        self.detail = QTabWidget()
        self.detail.addTab(sessions_split, self.tr("Sessions and attendance"))
        self.detail.addTab(self.modules, self.tr("Modules"))
        self.detail.addTab(certificate_box, self.tr("Certificates"))
        self.detail_title = QLabel()
        detail_box = QWidget()
        box = QVBoxLayout(detail_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detail_title)
        box.addWidget(self.detail, 1)

        course_split = QSplitter(Qt.Orientation.Vertical)
        course_split.addWidget(self.courses)
        course_split.addWidget(detail_box)
        course_split.setStretchFactor(0, 2)
        course_split.setStretchFactor(1, 3)

        self.tabs = QTabWidget()
        self.tabs.addTab(course_split, self.tr("&Courses"))
        self.tabs.addTab(self.people, self.tr("&Participants"))
        self.tabs.addTab(self.workshops, self.tr("&Workshops and seminars"))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #495057;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        self.tables = (
            self.courses,
            self.sessions,
            self.modules,
            self.people,
            self.workshops,
        )
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        insert.activated.connect(self._insert)
        self.resize(1280, 820)
        self.refresh()
        self.courses.select_first()
        for t, key in ((self.workshops, "title"), (self.people, "organisation"), (self.certificates, "number")):
            widen(t, key, 60)

    # ----------------------------------------------------------------- reading

    def reload(self) -> None:
        db = self.wb.db
        self.participants = training.list_participants(db)
        self.attendee.set_participants(self.participants)
        self.holder.set_participants(self.participants)
        self.courses.model.set_rows(training.list_courses(db))
        self.people.model.set_rows(self.participants)
        workshops = training.list_workshops(db)
        self.workshops.model.set_rows(workshops)
        self.summary.setText(
            self.tr("%1 courses, %2 participants, %3 workshops and seminars")
            .replace("%1", str(self.courses.model.rowCount()))
            .replace("%2", str(len(self.participants)))
            .replace("%3", str(len(workshops)))
        )
        current = self.course.id if self.course else None
        self.course = next((r for r in self.courses.model.rows if r.id == current), None)
        if self.course is not None:
            self.courses.select(self.course.id)
        self._show_course()

    def _course_chosen(self, row: CourseRow | None) -> None:
        if row is not None and (self.course is None or row.id != self.course.id):
            self.course = row
            self.session = None
            self.issued_on.clear()  # the new course's end date is offered
            self._show_course()

    def _show_course(self) -> None:
        course = self.course
        self.detail.setEnabled(course is not None)
        if course is None:
            self.detail_title.setText(self.tr("Choose a course above to see its sessions, modules and certificates."))
            for t in (self.sessions, self.modules, self.certificates, self.attendance):
                t.model.set_rows([])
            self._show_session()
            return
        self.detail_title.setText(
            f"<b>{course.title}</b> — "
            + self.tr("%1 sessions, %2 days, %3 person-days (%4)")
            .replace("%1", str(course.sessions))
            .replace("%2", days_text(course.days, self.locale))
            .replace("%3", days_text(course.person_days, self.locale))
            .replace("%4", basis_text(course.basis))
        )
        db = self.wb.db
        modules = training.list_modules(db, course.id)
        self.sessions.model.set_modules(modules)  # type: ignore[attr-defined]
        self.modules.model.set_rows(modules)
        self.sessions.model.set_rows(training.list_sessions(db, course.id))
        self.certificates.model.set_rows(training.list_certificates(db, course.id))
        if not self.issued_on.text():
            self.issued_on.set_value(course.end_date or date.today())
        current = self.session.id if self.session else None
        self.session = next((r for r in self.sessions.model.rows if r.id == current), None)
        if self.session is None and self.sessions.model.rowCount():
            self.session = self.sessions.model.row(0)
        if self.session is not None:
            self.sessions.select(self.session.id)
        self._show_session()

    def _session_chosen(self, row: SessionRow | None) -> None:
        if row is not None and (self.session is None or row.id != self.session.id):
            self.session = row
            self._show_session()

    def _show_session(self) -> None:
        held = self.session
        for widget in (self.attendee, self.days_attended, self.record_button):
            widget.setEnabled(held is not None)
        if held is None:
            self.session_label.setText(self.tr("Choose a session to record its attendance."))
            self.attendance.model.set_rows([])
            return
        self.session_label.setText(
            self.tr("Attendance on %1 (days: %2): %3 person-days, counted from %4")
            .replace("%1", display.day(held.held_on, self.lang))
            .replace("%2", days_text(held.days, self.locale))
            .replace("%3", days_text(held.person_days, self.locale))
            .replace("%4", basis_text(held.basis))
        )
        self.attendance.model.set_rows(training.list_attendance(self.wb.db, held.id))

    # ----------------------------------------------------------------- adding

    def add_course(self) -> None:
        title = unique_name(self.tr("New course"), {r.title for r in self.courses.model.rows})
        row = self.run(
            self.wb.create,
            Entity.COURSE,
            lambda: training.create_course(
                self.wb.db, kind=CourseKind.ON_DEMAND_COURSE, title=title, start_date=date.today()
            ),
        )
        if row is not None:
            self.course, self.session = row, None
            self.refresh()
            self.tabs.setCurrentIndex(0)
            edit_new_row(self.courses, row.id, "title")

    def add_session(self) -> None:
        course = self.course
        if course is None:
            return
        rows = self.sessions.model.rows
        held_on = rows[-1].held_on + timedelta(days=1) if rows else (course.start_date or date.today())
        row = self.run(
            self.wb.create,
            Entity.TRAINING_SESSION,
            lambda: training.add_session(self.wb.db, course.id, held_on=held_on),
        )
        if row is not None:
            self.session = row
            self.refresh()
            self.detail.setCurrentIndex(0)
            edit_new_row(self.sessions, row.id, "held_on")

    def add_module(self) -> None:
        course = self.course
        if course is None:
            return
        number = max((m.number for m in self.modules.model.rows), default=0) + 1
        title = self.tr("Module %1").replace("%1", str(number))
        row = self.run(
            self.wb.create,
            Entity.COURSE_MODULE,
            lambda: training.add_module(self.wb.db, course.id, number=number, title=title, kind=ModuleKind.CLASSROOM),
        )
        if row is not None:
            self.refresh()
            self.detail.setCurrentIndex(1)
            edit_new_row(self.modules, row.id, "title")

    def add_participant(self) -> None:
        name = unique_name(self.tr("New participant"), {p.name for p in self.participants})
        row = self.run(self.wb.create, Entity.PARTICIPANT, lambda: training.create_participant(self.wb.db, name=name))
        if row is not None:
            self.refresh()
            self.tabs.setCurrentIndex(1)
            edit_new_row(self.people, row.id, "name")

    def add_workshop(self) -> None:
        title = unique_name(self.tr("New workshop"), {r.title for r in self.workshops.model.rows})
        row = self.run(
            self.wb.create,
            Entity.WORKSHOP,
            lambda: training.create_workshop(self.wb.db, title=title, held_on=date.today()),
        )
        if row is not None:
            self.refresh()
            self.tabs.setCurrentIndex(2)
            edit_new_row(self.workshops, row.id, "title")

    def _for_participant(
        self, picker: ParticipantPicker, entity: Entity, make: Callable[[uuid.UUID], Any], text: str
    ) -> Any:
        """Create a record for the participant the picker names; a name not on the list first
        registers a new participant, and both are one undoable step."""
        person, name = picker.chosen()
        if person is not None:
            return self.run(self.wb.create, entity, lambda: make(person))
        stack = self.wb.undo_stack
        stack.beginMacro(text)
        try:
            new = self.run(
                self.wb.create, Entity.PARTICIPANT, lambda: training.create_participant(self.wb.db, name=name)
            )
            return None if new is None else self.run(self.wb.create, entity, lambda: make(new.id))
        finally:
            stack.endMacro()

    def record_attendance(self) -> None:
        """Record the participant named at the session chosen, for the days typed (or all)."""
        held = self.session
        if held is None or not self.attendee.currentText().strip():
            return
        try:
            days = self.days_attended.value()
        except InvalidEntry as exc:
            self.days_attended.setFocus()
            self.days_attended.setToolTip(str(exc))
            return
        row = self._for_participant(
            self.attendee,
            Entity.ATTENDANCE,
            lambda person: training.record_attendance(self.wb.db, held.id, person, days),
            self.tr("Record attendance"),
        )
        if row is not None:
            self.attendee.setEditText("")
            self.days_attended.clear()
            self.refresh()
            self.attendee.setFocus()

    def issue_certificate(self) -> None:
        course = self.course
        if course is None or not self.holder.currentText().strip():
            return
        try:
            issued = self.issued_on.value()
        except InvalidEntry:
            self.issued_on.setFocus()
            return
        assert issued is not None
        number = self.certificate_no.text().strip()
        row = self._for_participant(
            self.holder,
            Entity.CERTIFICATE,
            lambda person: training.issue_certificate(self.wb.db, person, course.id, issued_on=issued, number=number),
            self.tr("Issue certificate"),
        )
        if row is not None:
            self.holder.setEditText("")
            self.certificate_no.clear()
            self.refresh()
            self.holder.setFocus()

    def _insert(self) -> None:
        """Insert adds a row to the table that has the focus."""
        focus = QApplication.focusWidget()
        for t in self.tables:
            if focus is not None and (focus is t.view or t.view.isAncestorOf(focus)):
                t.add_requested.emit()
                return
