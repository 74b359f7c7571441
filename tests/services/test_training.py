"""Training records through the services: the demo's 2004 figures, creation, lists, edits, refusals."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from cpdesk.core.errors import NotFoundError, ValidationError
from cpdesk.core.training import PersonDaysBasis
from cpdesk.core.training_vocabulary import CourseKind, ModuleKind, OrganisationType, WorkshopKind
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services import editing
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.demo import data_set as demo
from cpdesk.services.editing import Delete, Restore, Update
from cpdesk.services.training import courses as training
from cpdesk.services.training import rows as training_rows
from cpdesk.services.training import statistics as training_statistics


def test_the_demo_reproduces_the_seed_2004_figures(demo_db: Any) -> None:
    stats = training_statistics.year_statistics(demo_db, 2004)
    assert (stats.courses, stats.course_person_days) == (7, 563.0)
    assert (stats.workshops, stats.workshop_person_days) == (11, 738.0)
    kinds = {k.kind: (k.courses, k.person_days) for k in stats.by_kind}
    assert kinds[CourseKind.ON_DEMAND_COURSE] == (5, 464.0)  # seed: on-demand training 5 courses, 464 person-days
    assert kinds[CourseKind.IN_DEPTH_PROGRAMME] == (1, 54.0)  # seed: last in-depth module, 54 person-days
    assert stats.awareness_participants == 513  # seed: awareness seminars, 513 participants in 2004
    assert stats.person_days_from_attendance == 54.0
    assert stats.person_days_from_headcount == 509.0
    assert stats.certified_in_year == 18
    # seed, since 1999: in-depth programme 1868 person-days, 100 certified trainees, 20 of them
    # active CP consultants; awareness seminars 1.919 participants in 1999-2004
    assert (stats.certified_since_start, stats.certified_consultants_since_start) == (100, 20)
    assert stats.in_depth_person_days_since_start == 1868.0
    assert stats.awareness_participants_since_start == 1919
    assert stats.person_days_since_start == 563.0 + 1868.0 - 54.0  # courses before 2004: in-depth ones only
    # every demo assessment (textile and the reconstructed programmes) ends in 2004
    ends = [a.end_date for a in assessments.list_assessments(demo_db)]
    assert stats.assessments_completed == sum(1 for d in ends if d and d.year == 2004) > 0
    assert training_statistics.year_statistics(demo_db, 2005).courses == 0


def test_the_demo_history_since_1999(demo_db: Any) -> None:
    """One in-depth programme a year 1999-2002, metal finishing from 2003 to February 2004."""
    years = {y: training_statistics.year_statistics(demo_db, y) for y in range(1998, 2004)}
    assert years[1998].certified_since_start == 0 == years[1998].awareness_participants_since_start
    assert [years[y].courses for y in range(1999, 2004)] == [1, 1, 1, 1, 1]
    assert [years[y].course_person_days for y in range(1999, 2004)] == [402.0, 380.0, 392.0, 406.0, 234.0]
    assert sum(years[y].course_person_days for y in range(1999, 2004)) + 54.0 == 1868.0
    assert [years[y].certified_in_year for y in range(1999, 2004)] == [21, 20, 21, 21, 0]
    # the consultant certified in 1999 and again in 2001 counts once
    assert [years[y].certified_since_start for y in range(1999, 2004)] == [21, 41, 61, 82, 82]
    assert [years[y].awareness_participants for y in range(1999, 2004)] == [145, 225, 290, 380, 366]
    assert years[2003].awareness_participants_since_start == 1919 - 513
    courses = {c.sector: c for c in training.list_courses(demo_db) if c.kind == CourseKind.IN_DEPTH_PROGRAMME}
    assert list(courses) == ["metal_finishing", "brewery", "paper", "food_processing", "textile"]
    assert [(c.modules, c.certificates) for c in courses.values()] == [(4, 18), (4, 21), (4, 21), (4, 20), (4, 21)]
    assert all(c.origin == DataOrigin.RECONSTRUCTED and "Dựng lại" in c.notes for c in courses.values())
    assert sum(c.person_days for c in courses.values()) == 1868.0
    metal = courses["metal_finishing"]
    assert (metal.sessions, metal.certificates, metal.person_days) == (6, 18, 234.0 + 54.0)
    assert [(s.module_number, s.held_on.year, s.attendees) for s in training.list_sessions(demo_db, metal.id)] == [
        (1, 2003, 20),
        (2, 2003, 20),
        (3, 2003, 18),
        *[(4, 2004, 18)] * 3,
    ]
    people = training.list_participants(demo_db)
    assert {p.origin for p in people} == {DataOrigin.RECONSTRUCTED}
    assert len(people) == 134
    assert sum(p.organisation_type == OrganisationType.CONSULTANT for p in people) == 20
    seminars = [w for y in range(1999, 2004) for w in training.list_workshops(demo_db, y)]
    assert {w.kind for w in seminars} == {WorkshopKind.AWARENESS_SEMINAR}
    assert {w.origin for w in seminars} == {DataOrigin.RECONSTRUCTED}


def test_demo_records_are_labelled_reconstructed(demo_db: Any) -> None:
    courses = training.list_courses(demo_db, 2004)
    assert len(courses) == 7
    assert {c.origin for c in courses} == {DataOrigin.RECONSTRUCTED}
    assert all("Dựng lại" in c.notes for c in courses)  # the tests' demo is in Vietnamese
    assert {w.origin for w in training.list_workshops(demo_db, 2004)} == {DataOrigin.RECONSTRUCTED}
    in_depth = next(c for c in courses if c.kind == CourseKind.IN_DEPTH_PROGRAMME)
    # the course's sessions of every year: modules 1-3 in 2003, module 4 in February 2004
    assert (in_depth.modules, in_depth.sessions, in_depth.certificates) == (4, 6, 18)
    assert in_depth.basis == PersonDaysBasis.ATTENDANCE
    assert in_depth.person_days == 234.0 + 54.0
    sessions = [s for s in training.list_sessions(demo_db, in_depth.id) if s.held_on.year == 2004]
    assert [(s.module_number, s.attendees, s.person_days) for s in sessions] == [(4, 18, 18.0)] * 3


def test_the_demo_is_written_once(demo_db: Any) -> None:
    with pytest.raises(Exception, match="already holds the demo"):
        demo.write_demo(demo_db)
    assert training_statistics.year_statistics(demo_db, 2004).courses == 7


# --------------------------------------------------------------------------- records by hand


def _course(db: Any, **kw: Any) -> training_rows.CourseRow:
    return training.create_course(db, **{"kind": "skills_course", "title": "Kiểm toán năng lượng", **kw})


def test_person_days_from_attendance_and_head_counts(db: Any) -> None:
    course = _course(db, start_date=date(2005, 3, 1))
    day1 = training.add_session(db, course.id, held_on=date(2005, 3, 1), days=1.0)
    training.add_session(db, course.id, held_on=date(2005, 3, 2), days=0.5, participant_count=12)
    a = training.create_participant(db, name="Lê Văn C", organisation="Sở TN&MT", organisation_type="government")
    b = training.create_participant(db, name="Phạm Thị D", email="d@example.org")
    training.record_attendance(db, day1.id, a.id)  # the whole day
    training.record_attendance(db, day1.id, b.id, 0.5)
    sessions = training.list_sessions(db, course.id)
    assert [(s.person_days, s.basis) for s in sessions] == [
        (1.5, PersonDaysBasis.ATTENDANCE),
        (6.0, PersonDaysBasis.HEADCOUNT),  # 0,5 day x 12
    ]
    row = training.list_courses(db)[0]
    assert (row.sessions, row.days, row.person_days, row.basis) == (2, 1.5, 7.5, PersonDaysBasis.MIXED)
    stats = training_statistics.year_statistics(db, 2005)
    assert (stats.courses, stats.course_person_days) == (1, 7.5)
    people = {p.name: p for p in training.list_participants(db)}
    assert people["Lê Văn C"].organisation_type == OrganisationType.GOVERNMENT
    assert people["Lê Văn C"].days_attended == 1.0
    assert people["Phạm Thị D"].days_attended == 0.5
    assert [r.participant for r in training.list_attendance(db, day1.id)] == ["Lê Văn C", "Phạm Thị D"]
    assert training_statistics.training_person_days_between(db, date(2005, 3, 2), date(2005, 3, 31)) == 6.0


def test_modules_certificates_and_workshops(db: Any) -> None:
    company = catalogue.create_company(db, name="Công ty Mạ Kẽm", sector="hot_dip_galvanising")
    course = _course(db, kind="in_depth_programme", sector="metal_finishing")
    module = training.add_module(
        db, course.id, number=2, title="Thực hành", kind="practical", demonstration_company_id=company.id
    )
    assert module.kind == ModuleKind.PRACTICAL
    assert module.demonstration_company == "Công ty Mạ Kẽm"
    with pytest.raises(ValidationError, match="already has a module with this number"):
        training.add_module(db, course.id, number=2, title="Again")
    person = training.create_participant(db, name="Hoàng E")
    cert = training.issue_certificate(db, person.id, course.id, issued_on=date(2005, 6, 1), number="05/01")
    assert (cert.participant, cert.course) == ("Hoàng E", "Kiểm toán năng lượng")
    with pytest.raises(ValidationError, match="already holds a certificate"):
        training.issue_certificate(db, person.id, course.id, issued_on=date(2005, 6, 2))
    seminar = training.create_workshop(
        db, kind="awareness_seminar", title="SXSH", held_on=date(2005, 4, 5), days=0.5, participant_count=60
    )
    assert seminar.kind == WorkshopKind.AWARENESS_SEMINAR
    assert seminar.person_days == 30.0
    stats = training_statistics.year_statistics(db, 2005)
    assert (stats.workshops, stats.workshop_person_days, stats.certified_in_year) == (1, 30.0, 1)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda db: _course(db, kind="webinar"), "course.kind = 'webinar': must be one of"),
        (lambda db: _course(db, title="  "), "course.title"),
        (lambda db: _course(db, sector="banking"), "not a known sector"),
        (lambda db: _course(db, start_date=date(2005, 2, 1), end_date=date(2005, 1, 1)), "before the start date"),
        (lambda db: training.create_participant(db, name="X", email="nowhere"), "not an e-mail address"),
        (lambda db: training.create_participant(db, name="X", organisation_type="ngo"), "organisation_type"),
        (
            lambda db: training.create_workshop(db, title="W", held_on=date(2005, 1, 1), participant_count=2.5),
            "whole number",
        ),
        (lambda db: training.create_workshop(db, title="W", held_on="2005-01-01"), "must be a date"),
        (lambda db: training_statistics.year_statistics(db, 20041), "must be a year"),
    ],
)
def test_bad_input_is_refused_with_entity_field_and_value(db: Any, call: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        call(db)
    assert training.list_courses(db) == []
    assert training.list_participants(db) == []


def test_attendance_is_checked_against_its_session(db: Any) -> None:
    course = _course(db)
    held = training.add_session(db, course.id, held_on=date(2005, 3, 1), days=1.0)
    person = training.create_participant(db, name="Vũ F")
    with pytest.raises(ValidationError, match="at most 1"):
        training.record_attendance(db, held.id, person.id, 1.5)
    training.record_attendance(db, held.id, person.id)
    with pytest.raises(ValidationError, match="already recorded"):
        training.record_attendance(db, held.id, person.id, 0.5)
    other = _course(db, title="Other")
    other_module = training.add_module(db, other.id, number=1, title="M1")
    with pytest.raises(ValidationError, match="module of another course"):
        training.add_session(db, course.id, held_on=date(2005, 3, 2), module_id=other_module.id)
    with pytest.raises(NotFoundError):
        training.add_session(db, "not-an-id", held_on=date(2005, 3, 2))


def test_edits_return_their_inverse_and_deletions_wait_for_dependants(db: Any) -> None:
    course = _course(db)
    held = training.add_session(db, course.id, held_on=date(2005, 3, 1), days=2.0, participant_count=10)
    undo = editing.apply(db, Update("training_session", held.id, {"days": 3.0, "participant_count": 20}))
    assert training.list_sessions(db, course.id)[0].person_days == 60.0
    editing.apply(db, undo)
    assert training.list_sessions(db, course.id)[0].person_days == 20.0
    with pytest.raises(ValidationError, match="training_session.days = 0: must be greater than zero"):
        editing.apply(db, Update("training_session", held.id, {"days": 0}))
    with pytest.raises(ValidationError, match="cannot be edited"):
        editing.apply(db, Update("course", course.id, {"origin": "demo"}))
    with pytest.raises(ValidationError, match="has 1 session"):
        editing.apply(db, Delete("course", course.id))
    restore = editing.apply(db, Delete("training_session", held.id))
    assert isinstance(restore, Restore)
    assert training.list_sessions(db, course.id) == []
    editing.apply(db, restore)
    assert len(training.list_sessions(db, course.id)) == 1
    person = training.create_participant(db, name="Đỗ G")
    training.record_attendance(db, held.id, person.id, 2.0)
    with pytest.raises(ValidationError, match="attended 2 days"):
        editing.apply(db, Update("training_session", held.id, {"days": 1.0}))
    with pytest.raises(ValidationError, match="has 1 attendance"):
        editing.apply(db, Delete("participant", person.id))


def test_a_deleted_course_leaves_the_statistics(db: Any) -> None:
    course = _course(db)
    held = training.add_session(db, course.id, held_on=date(2005, 3, 1), days=1.0, participant_count=10)
    assert training_statistics.year_statistics(db, 2005).course_person_days == 10.0
    editing.apply(db, Delete("training_session", held.id))
    editing.apply(db, Delete("course", course.id))
    stats = training_statistics.year_statistics(db, 2005)
    assert (stats.courses, stats.course_person_days) == (0, 0.0)


def test_statistics_leave_out_trainee_copies(db: Any) -> None:
    from cpdesk.store.models import Assessment, PracticalAssignment, PracticalModule

    company = catalogue.create_company(db, name="Công ty Giấy", sector="paper")
    reference = assessments.create_assessment(
        db, company_id=company.id, title="Mô hình", currency="USD", end_date=date(2005, 5, 1)
    )
    assert training_statistics.year_statistics(db, 2005).assessments_completed == 1
    with db.sessions.begin() as s:  # what the practical-module service writes for one trainee
        copy = Assessment(company_id=company.id, title="Bản của học viên", end_date=date(2005, 5, 2))
        s.add(copy)
        s.flush()
        module = PracticalModule(title="Thực hành", reference_assessment_id=reference.id)
        s.add(module)
        s.flush()
        s.add(PracticalAssignment(module_id=module.id, trainee_name="H", assessment_id=copy.id))
    assert training_statistics.year_statistics(db, 2005).assessments_completed == 1


def test_since_the_start_figures_of_a_small_record(db: Any) -> None:
    """In-depth person-days, certified trainees (consultants apart) and seminar participants to 31 Dec."""
    in_depth = _course(db, kind="in_depth_programme", title="Chuyên sâu ngành dệt", sector="textile")
    skills = _course(db)
    consultant = training.create_participant(db, name="Tư vấn A", organisation_type="consultant")
    employee = training.create_participant(db, name="Công nhân B")
    other = training.create_participant(db, name="Tư vấn C", organisation_type="consultant")
    later = training.create_participant(db, name="Tư vấn D", organisation_type="consultant")
    training.add_session(db, in_depth.id, held_on=date(2003, 11, 3), days=1.0, participant_count=12)  # 12
    held = training.add_session(db, in_depth.id, held_on=date(2004, 3, 1), days=2.0)
    training.record_attendance(db, held.id, consultant.id)  # 2
    training.record_attendance(db, held.id, employee.id, 1.5)  # 1,5
    gone = training.add_session(db, in_depth.id, held_on=date(2004, 4, 1), days=1.0, participant_count=7)
    editing.apply(db, Delete("training_session", gone.id))  # deleted: not counted
    training.add_session(db, in_depth.id, held_on=date(2005, 2, 1), days=1.0, participant_count=10)  # after 2004
    training.add_session(db, skills.id, held_on=date(2004, 5, 3), days=1.0, participant_count=20)  # not in-depth
    training.issue_certificate(db, consultant.id, in_depth.id, issued_on=date(2004, 3, 2))
    training.issue_certificate(db, consultant.id, skills.id, issued_on=date(2004, 5, 3))  # certified twice
    training.issue_certificate(db, employee.id, in_depth.id, issued_on=date(2004, 3, 2))
    revoked = training.issue_certificate(db, other.id, skills.id, issued_on=date(2004, 5, 3))
    editing.apply(db, Delete("certificate", revoked.id))  # deleted: not counted
    training.issue_certificate(db, later.id, in_depth.id, issued_on=date(2005, 2, 1))  # after 2004
    for held_on, kind, participants in [
        (date(2003, 10, 1), "awareness_seminar", 40),
        (date(2004, 6, 1), "awareness_seminar", 60),
        (date(2004, 6, 2), "workshop", 30),  # a workshop, not a seminar
        (date(2005, 6, 1), "awareness_seminar", 50),  # after 2004
    ]:
        training.create_workshop(db, kind=kind, title="Hội thảo", held_on=held_on, participant_count=participants)
    dropped = training.create_workshop(
        db, kind="awareness_seminar", title="Hoãn", held_on=date(2004, 9, 1), participant_count=25
    )
    editing.apply(db, Delete("workshop", dropped.id))  # deleted: not counted

    stats = training_statistics.year_statistics(db, 2004)
    assert stats.in_depth_person_days_since_start == 12 + 2 + 1.5
    assert stats.person_days_since_start == 12 + 2 + 1.5 + 20
    assert (stats.certified_since_start, stats.certified_consultants_since_start) == (2, 1)
    assert (stats.awareness_participants, stats.awareness_participants_since_start) == (60, 40 + 60)
    stats = training_statistics.year_statistics(db, 2003)
    assert (stats.in_depth_person_days_since_start, stats.awareness_participants_since_start) == (12, 40)
    assert (stats.certified_since_start, stats.certified_consultants_since_start) == (0, 0)
    stats = training_statistics.year_statistics(db, 2005)
    assert stats.in_depth_person_days_since_start == 12 + 2 + 1.5 + 10
    assert (stats.certified_since_start, stats.certified_consultants_since_start) == (3, 2)
    assert stats.awareness_participants_since_start == 40 + 60 + 50
