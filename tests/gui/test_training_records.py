# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The centre's training records in the workbench: table models (no widgets), the records
screen driven as a clerk would (a course, a session, attendance typed in Vietnamese
notation, person-days, undo), the centre's year on the demo data, and the menu entries."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.core.entities import Change, Entity  # noqa: E402
from cpdesk.core.errors import ValidationError  # noqa: E402
from cpdesk.core.training import CourseYear, PersonDaysBasis  # noqa: E402
from cpdesk.core.training_vocabulary import CourseKind, OrganisationType  # noqa: E402
from cpdesk.gui.models.base import ERROR_ROLE  # noqa: E402
from cpdesk.gui.models.training import (  # noqa: E402
    AttendanceModel,
    CourseModel,
    CourseYearModel,
    ParticipantModel,
    SessionModel,
    WorkshopModel,
)
from cpdesk.services.training import courses as training
from cpdesk.services.training import rows as training_rows  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, make_workbench  # noqa: E402, F401


class Recorder:
    """A submit callback that keeps what it was sent (and can refuse like a service)."""

    def __init__(self, refuse: str = "") -> None:
        self.calls: list[tuple[str, Any, dict[str, Any]]] = []
        self.refuse = refuse

    def __call__(self, entity: str, record_id: Any, values: dict[str, Any]) -> None:
        if self.refuse:
            raise ValidationError(entity, next(iter(values)), values, self.refuse)
        self.calls.append((entity, record_id, values))


# --------------------------------------------------------------------------- models, no widgets


def _course(db: Any) -> training_rows.CourseRow:
    return training.create_course(
        db, kind=CourseKind.SKILLS_COURSE, title="Kỹ năng đánh giá SXSH", start_date=date(2004, 7, 12)
    )


def test_attendance_model_reads_vietnamese_notation_and_refuses_nonsense(qapp, db) -> None:
    course = _course(db)
    held = training.add_session(db, course.id, held_on=date(2004, 7, 12), days=2.0)
    person = training.create_participant(db, name="Trần Thị Lan")
    row = training.record_attendance(db, held.id, person.id)
    submit = Recorder()
    model = AttendanceModel(submit, "vi", "vi")
    model.set_rows([row])
    days = model.index(0, model.column_of("days_attended"))
    assert days.data() == "2"
    assert model.setData(days, "1,5")
    assert submit.calls == [("attendance", row.id, {"days_attended": 1.5})]
    assert not model.setData(days, "1,5,2")  # not a number in either notation
    assert days.data() == "2"  # the value stored stays, marked
    assert "1,5,2" in days.data(ERROR_ROLE)  # with what was typed and why it was refused
    assert len(submit.calls) == 1


def test_refusal_of_the_service_marks_the_cell(qapp, db) -> None:
    course = _course(db)
    held = training.add_session(db, course.id, held_on=date(2004, 7, 12), days=1.0)
    model = SessionModel(Recorder(refuse="a participant attended 1 days"), "vi", "vi")
    model.set_rows(training.list_sessions(db, course.id))
    days = model.index(0, model.column_of("days"))
    assert not model.setData(days, "0,5")
    assert "attended" in days.data(ERROR_ROLE)
    assert model.rows[0].id == held.id


def test_course_and_participant_models_show_labels_and_store_codes(qapp, db) -> None:
    course = _course(db)
    submit = Recorder()
    courses = CourseModel(submit, "vi", "vi")
    courses.set_rows(training.list_courses(db))
    kind = courses.index(0, courses.column_of("kind"))
    assert kind.data() == "Khoá đào tạo kỹ năng"
    assert courses.index(0, courses.column_of("sector")).data() == courses.tr("(all sectors)")
    assert courses.setData(kind, "on_demand_course")
    assert courses.setData(courses.index(0, courses.column_of("start_date")), "2004-07-13")
    assert not courses.setData(courses.index(0, courses.column_of("end_date")), "31/02/2004")  # no such day
    assert submit.calls == [
        ("course", course.id, {"kind": "on_demand_course"}),
        ("course", course.id, {"start_date": date(2004, 7, 13)}),
    ]
    people = ParticipantModel(submit, "en", "en")
    people.set_rows([training.create_participant(db, name="Lan", organisation_type=OrganisationType.UNIVERSITY)])
    assert people.index(0, people.column_of("organisation_type")).data() == "University"
    assert not people.flags(people.index(0, people.column_of(people.tr("Days attended")))) & Qt.ItemFlag.ItemIsEditable


def test_person_days_say_where_they_come_from(qapp, db) -> None:
    course = _course(db)
    training.add_session(db, course.id, held_on=date(2004, 7, 12), days=3.0, participant_count=15)
    held = training.add_session(db, course.id, held_on=date(2004, 7, 20), days=1.0)
    person = training.create_participant(db, name="Lan")
    training.record_attendance(db, held.id, person.id, 0.5)
    model = SessionModel(Recorder(), "vi", "vi")
    model.set_rows(training.list_sessions(db, course.id))
    pd = model.columns.index(next(c for c in model.columns if c.title == model.tr("Person-days")))
    assert [model.index(i, pd).data() for i in range(2)] == ["45", "0,5"]  # 3 d x 15; half a day attended
    assert "head count" in model.index(0, pd).data(Qt.ItemDataRole.ToolTipRole)
    courses = CourseModel(Recorder(), "vi", "vi")
    courses.set_rows(training.list_courses(db))
    assert courses.rows[0].person_days == 45.5
    assert courses.rows[0].basis == PersonDaysBasis.MIXED
    workshops = WorkshopModel(Recorder(), "vi", "vi")
    workshops.set_rows(
        [training.create_workshop(db, title="Hội thảo", held_on=date(2004, 4, 22), days=2, participant_count=30)]
    )
    assert workshops.index(0, workshops.columns.index(next(c for c in workshops.columns if not c.key))).data() == "60"


def test_course_year_model_is_read_only(qapp) -> None:
    model = CourseYearModel(None, "vi", "vi")
    row = CourseYear("c", CourseKind.ON_DEMAND_COURSE, "Theo yêu cầu 1", 1, 3.0, 90.0, PersonDaysBasis.HEADCOUNT, 0)
    model.set_rows([row])
    assert model.index(0, 0).data() == "Đào tạo theo yêu cầu"
    assert model.index(0, 4).data() == "90"
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 1), "x")


# --------------------------------------------------------------------------- the records screen


@pytest.fixture
def records(qtbot, db) -> Any:
    from cpdesk.gui.training.records import TrainingRecordsDialog

    wb = make_workbench(db, "vi", "vi")
    dialog = TrainingRecordsDialog(wb)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _settle(qtbot, dialog: Any) -> None:
    qtbot.wait(10)
    dialog.refresh()


def test_clerk_adds_a_course_a_session_and_attendance_in_vietnamese_notation(qtbot, records) -> None:
    dialog, wb = records, records.wb
    qtbot.mouseClick(dialog.courses.add_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    [course] = training.list_courses(wb.db)
    assert dialog.course is not None
    assert dialog.course.id == course.id
    title = dialog.courses.source_index(course.id, "title")
    assert dialog.courses.model.setData(title, "Đào tạo SXSH ngành dệt nhuộm")
    _settle(qtbot, dialog)
    assert training.list_courses(wb.db)[0].title == "Đào tạo SXSH ngành dệt nhuộm"

    qtbot.mouseClick(dialog.sessions.add_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    [held] = training.list_sessions(wb.db, course.id)
    assert dialog.session is not None
    assert dialog.session.id == held.id
    assert dialog.sessions.model.setData(dialog.sessions.source_index(held.id, "days"), "2")
    _settle(qtbot, dialog)

    # A new trainee typed in the picker, half a day typed the Vietnamese way: "0,5".
    dialog.attendee.setEditText("Nguyễn Văn Hùng")
    qtbot.keyClicks(dialog.days_attended, "0,5")
    assert dialog.days_attended.is_valid()
    qtbot.keyClick(dialog.days_attended, Qt.Key.Key_Return)
    _settle(qtbot, dialog)
    [present] = training.list_attendance(wb.db, held.id)
    assert (present.participant, present.days_attended) == ("Nguyễn Văn Hùng", 0.5)
    assert "0,5" in dialog.session_label.text()  # person-days of the session, shown
    assert dialog.attendance.model.index(0, 1).data() == "0,5"

    # The whole session for a second trainee: the days field left empty.
    training.create_participant(wb.db, name="Lê Thị Mai", organisation="Công ty Dệt Thành Công")
    _settle(qtbot, dialog)
    dialog.attendee.setEditText("Lê Thị Mai")
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, dialog)
    assert sorted(a.days_attended for a in training.list_attendance(wb.db, held.id)) == [0.5, 2.0]
    assert dialog.sessions.model.rows[0].person_days == 2.5
    assert "2,5" in dialog.session_label.text()

    # Undo the second attendance with Ctrl+Z in this window, then the first (with the
    # trainee registered for it).
    dialog.attendance.view.setFocus()
    qtbot.keyClick(dialog.attendance.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, dialog)
    assert [a.participant for a in training.list_attendance(wb.db, held.id)] == ["Nguyễn Văn Hùng"]
    wb.undo_stack.undo()
    _settle(qtbot, dialog)
    assert training.list_attendance(wb.db, held.id) == []
    assert [p.name for p in training.list_participants(wb.db)] == ["Lê Thị Mai"]
    wb.undo_stack.redo()
    _settle(qtbot, dialog)
    assert [a.days_attended for a in training.list_attendance(wb.db, held.id)] == [0.5]
    assert dialog.sessions.model.rows[0].person_days == 0.5


def test_a_refused_edit_and_a_refused_delete_leave_the_records(qtbot, records, monkeypatch) -> None:
    dialog, wb = records, records.wb
    course = _course(wb.db)
    held = training.add_session(wb.db, course.id, held_on=date(2004, 7, 12), days=1.0)
    person = training.create_participant(wb.db, name="Lan")
    training.record_attendance(wb.db, held.id, person.id)
    _settle(qtbot, dialog)
    dialog.courses.select(course.id)
    _settle(qtbot, dialog)
    cell = dialog.attendance.source_index(dialog.attendance.model.rows[0].id, "days_attended")
    assert not dialog.attendance.model.setData(cell, "3")  # more than the session's one day
    assert cell.data(ERROR_ROLE)
    assert training.list_attendance(wb.db, held.id)[0].days_attended == 1.0
    messages: list[str] = []
    monkeypatch.setattr("cpdesk.gui.training.training_screen.show_error", lambda _w, exc: messages.append(str(exc)))
    dialog.courses.delete_requested.emit([dialog.course])
    assert messages
    assert "session" in messages[0]
    assert len(training.list_courses(wb.db)) == 1


def test_insert_adds_a_workshop_and_its_person_days_show(qtbot, records) -> None:
    dialog, wb = records, records.wb
    dialog.tabs.setCurrentIndex(2)
    dialog.workshops.view.setFocus()
    qtbot.waitUntil(lambda: dialog.workshops.view.hasFocus())
    qtbot.keyClick(dialog, Qt.Key.Key_Insert)
    _settle(qtbot, dialog)
    [workshop] = training.list_workshops(wb.db)
    model = dialog.workshops.model
    assert model.setData(dialog.workshops.source_index(workshop.id, "days"), "1,5")
    assert model.setData(dialog.workshops.source_index(workshop.id, "participant_count"), "40")
    _settle(qtbot, dialog)
    assert training.list_workshops(wb.db)[0].person_days == 60.0
    assert "60" in [model.index(0, c).data() for c in range(model.columnCount())]


# --------------------------------------------------------------------------- the centre's year


def test_centre_year_2004_on_the_demo_data(qtbot, demo_db) -> None:
    from cpdesk.gui.training.centre_year import CentreYearDialog

    dialog = CentreYearDialog(make_workbench(demo_db, "vi", "vi"), year=2004)
    qtbot.addWidget(dialog)
    figures = {key: value.text() for key, (value, _how) in dialog.figures.items()}
    # The 2004 annual report: 7 courses with 563 person-days, 11 workshops with 738.
    assert (figures["courses"], figures["course_person_days"]) == ("7", "563")
    assert (figures["workshops"], figures["workshop_person_days"]) == ("11", "738")
    # since 1999 (seed): 100 certified trainees, 1868 in-depth person-days, 1.919 seminar participants
    assert figures["certified"] == "100"
    assert (figures["in_depth_person_days"], figures["seminar_participants"]) == ("1.868", "1.919")
    explain = {key: how.text() for key, (_value, how) in dialog.figures.items()}
    assert "54" in explain["course_person_days"]  # 54 + 509 = 563
    assert "509" in explain["course_person_days"]
    assert "513" in explain["workshops"]
    assert "20 of them consultants; 18 certified in 2004" in explain["certified"]
    assert "54 person-days in 2004" in explain["in_depth_person_days"]
    assert "513 in 2004" in explain["seminar_participants"]
    # 32 assessments completed, 24 converted to full ones (the annual report's figure)
    assert (figures["assessments"], figures["assessments_converted"]) == ("32", "24")
    assert "2004" in explain["assessments_converted"]
    assert dialog.model.rowCount() == 7
    dialog.set_year(2003)
    assert dialog.figures["courses"][0].text() == "1"  # metal finishing, modules 1-3
    # A workshop of 2005 entered elsewhere: the year is offered once the records change.
    assert dialog.year.findText("2005") == -1
    training.create_workshop(demo_db, title="Hội thảo 2005", held_on=date(2005, 3, 3), participant_count=20)
    dialog.wb.notify(Change.of(Entity.WORKSHOP))
    qtbot.waitUntil(lambda: dialog.year.findText("2005") >= 0)
    assert dialog.year.currentText() == "2003"


def test_centre_year_prints_its_pdf_page(qtbot, demo_db, tmp_path) -> None:
    from cpdesk.gui.training.centre_year import CentreYearDialog, pdf_available
    from tests.gui.workbench_fixtures import wait_for_jobs

    if not pdf_available():
        pytest.skip("the centre's year report is not part of this build")
    dialog = CentreYearDialog(make_workbench(demo_db, "en", "en"), year=2004)
    qtbot.addWidget(dialog)
    target = tmp_path / "centre-2004.pdf"
    dialog.print_page(str(target), open_when_done=False)
    wait_for_jobs(qtbot, 30_000)
    assert target.read_bytes()[:5] == b"%PDF-"
    assert str(target) in dialog.note.text()


def test_training_menu_opens_the_centre_screens(qtbot, demo_window) -> None:
    window = demo_window
    for key in ("training_records", "training_centre_year", "training_indicators"):
        assert key in window.actions
    window.actions["training_centre_year"].trigger()
    year = window.training_menu.centre.year
    assert year.isVisible()
    assert year.figures["courses"][0].text() == "7"
    window.actions["training_records"].trigger()
    # the records list every course: the 2004 ones and the in-depth programmes 1999-2002
    assert window.training_menu.centre.records.courses.model.rowCount() == 11
    year.close()
    window.training_menu.centre.records.close()


def test_certificate_issued_from_the_keyboard_once_per_course(qtbot, records, monkeypatch) -> None:
    dialog, wb = records, records.wb
    course = _course(wb.db)
    training.create_participant(wb.db, name="Phạm Minh Tuấn", organisation="Sở TN&MT")
    _settle(qtbot, dialog)
    dialog.courses.select(course.id)
    dialog.detail.setCurrentIndex(2)
    _settle(qtbot, dialog)
    dialog.holder.setEditText("Phạm Minh Tuấn")
    dialog.issued_on.setText("2004-07-14")
    dialog.certificate_no.setFocus()
    qtbot.keyClicks(dialog.certificate_no, "2004-KN-01")
    qtbot.keyClick(dialog.certificate_no, Qt.Key.Key_Return)
    _settle(qtbot, dialog)
    [issued] = training.list_certificates(wb.db, course.id)
    assert (issued.participant, issued.issued_on, issued.number) == ("Phạm Minh Tuấn", date(2004, 7, 14), "2004-KN-01")
    assert dialog.certificates.model.rowCount() == 1
    messages: list[str] = []
    monkeypatch.setattr("cpdesk.gui.training.training_screen.show_error", lambda _w, exc: messages.append(str(exc)))
    dialog.holder.setEditText("Phạm Minh Tuấn")
    dialog.issue_certificate()
    assert messages
    assert "already holds" in messages[0]
    assert len(training.list_certificates(wb.db, course.id)) == 1


def test_navigator_centre_entry_opens_the_year(qtbot, demo_window) -> None:
    from cpdesk.gui.navigator import CENTRE, KIND_ROLE

    navigator = demo_window.navigator
    model = navigator.model
    [item] = [model.item(r) for r in range(model.rowCount()) if model.item(r).data(KIND_ROLE) == CENTRE]
    index = navigator.proxy.mapFromSource(item.index())
    page = demo_window.pages.currentWidget()
    navigator.tree.setCurrentIndex(index)  # choosing it leaves the page as it is
    assert demo_window.pages.currentWidget() is page
    navigator.tree.activated.emit(index)
    year = demo_window.training_menu.centre.year
    assert year is not None
    assert year.isVisible()
    assert year.figures["workshops"][0].text() == "11"
    year.close()


def test_tabs_and_buttons_answer_their_alt_keys(qtbot, records) -> None:
    dialog = records
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.courses.view.setFocus()
    qtbot.keyClick(dialog.courses.view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # A&dd participant
    qtbot.waitUntil(lambda: len(training.list_participants(dialog.wb.db)) == 1)  # the button's click is animated
    assert training.list_participants(dialog.wb.db)[0].name == dialog.tr("New participant")
    # The new participant's name is open for typing.
    qtbot.waitUntil(lambda: dialog.people.view.state() == dialog.people.view.State.EditingState)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 2
