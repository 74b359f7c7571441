"""Training figures and the centre's own indicators, checked by hand and against the seed (table 4)."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.core import labels
from cpdesk.core.training import (
    AssessmentFacts,
    CertificateFacts,
    CourseFacts,
    IndicatorStatus,
    PeriodValue,
    PersonDaysBasis,
    SessionFacts,
    WorkshopFacts,
    deviation,
    indicator_status,
    normalised_value,
    period_summary,
    session_person_days,
    total_person_days,
    trend,
    year_statistics,
)
from cpdesk.core.training_vocabulary import ENUMS, CourseKind, WorkshopKind, indicator_unit, label

D = date


# --------------------------------------------------------------------------- person-days


def test_person_days_from_attendance_add_the_days_each_attended() -> None:
    # three trainees at a 3-day session, one left after two and a half days: 3 + 3 + 2,5
    result = session_person_days(SessionFacts(D(2004, 2, 9), 3.0, (3.0, 3.0, 2.5), headcount=40))
    assert result.value == 8.5  # the head count is ignored
    assert result.basis == PersonDaysBasis.ATTENDANCE


def test_person_days_without_attendance_are_days_times_head_count() -> None:
    result = session_person_days(SessionFacts(D(2004, 2, 9), 3.0, headcount=18))
    assert result.value == 54.0  # 18 x 3 (seed: 54)
    assert result.basis == PersonDaysBasis.HEADCOUNT


def test_a_session_without_participants_counts_zero_and_says_so() -> None:
    result = session_person_days(SessionFacts(D(2004, 2, 9), 2.0))
    assert result.value == 0.0
    assert result.basis == PersonDaysBasis.NONE


@pytest.mark.parametrize(
    "session",
    [
        SessionFacts(D(2004, 1, 1), 1.0, (1.5,)),
        SessionFacts(D(2004, 1, 1), 1.0, (-0.5,)),
        SessionFacts(D(2004, 1, 1), -1.0),
        SessionFacts(D(2004, 1, 1), 1.0, headcount=-3),
    ],
)
def test_impossible_sessions_are_refused(session: SessionFacts) -> None:
    with pytest.raises(ValueError):
        session_person_days(session)


def test_a_sum_over_both_bases_is_mixed() -> None:
    total = total_person_days(
        [
            SessionFacts(D(2004, 3, 1), 1.0, (1.0, 0.5)),
            SessionFacts(D(2004, 3, 2), 1.0, headcount=20),
            SessionFacts(D(2004, 3, 3), 1.0),
        ]
    )
    assert total.value == 21.5
    assert total.basis == PersonDaysBasis.MIXED


# --------------------------------------------------------------------------- yearly statistics


def _course(cid: str, kind: CourseKind, *sessions: SessionFacts, start: date | None = None) -> CourseFacts:
    return CourseFacts(cid, kind, cid, start, tuple(sessions))


def _seed_2004() -> tuple[list[CourseFacts], list[WorkshopFacts], list[CertificateFacts]]:
    """A fixture that reproduces the seed's 2004 totals.

    In-depth programme: modules 1-3 in 2003 (5 + 4 + 3 days, 18 trainees, 216 person-days)
    and module 4 in February 2004: 3 days x 18 = 54 person-days, recorded by attendance.
    On-demand: 5 courses, 90 + 100 + 84 + 70 + 120 = 464 person-days by head count.
    University lecturers: 3 days x 15 = 45. Total 2004: 54 + 464 + 45 = 563 person-days, 7 courses.
    Workshops: 6 awareness seminars of 1 day with 513 participants (80+90+85+88+90+80) and
    5 workshops: 2 days x 30 + 2 x 35 + 1 x 40 + 1 x 25 + 1 x 30 = 225; 513 + 225 = 738.
    """
    in_depth = _course(
        "in-depth",
        CourseKind.IN_DEPTH_PROGRAMME,
        SessionFacts(D(2003, 6, 2), 5.0, headcount=18),
        SessionFacts(D(2003, 8, 4), 4.0, headcount=18),
        SessionFacts(D(2003, 10, 6), 3.0, headcount=18),
        SessionFacts(D(2004, 2, 9), 1.0, (1.0,) * 18),
        SessionFacts(D(2004, 2, 10), 1.0, (1.0,) * 18),
        SessionFacts(D(2004, 2, 11), 1.0, (1.0,) * 18),
    )
    on_demand = [
        _course("od1", CourseKind.ON_DEMAND_COURSE, SessionFacts(D(2004, 3, 1), 3.0, headcount=30)),
        _course("od2", CourseKind.ON_DEMAND_COURSE, SessionFacts(D(2004, 4, 5), 4.0, headcount=25)),
        _course("od3", CourseKind.ON_DEMAND_COURSE, SessionFacts(D(2004, 6, 7), 3.0, headcount=28)),
        _course("od4", CourseKind.ON_DEMAND_COURSE, SessionFacts(D(2004, 9, 6), 2.0, headcount=35)),
        _course("od5", CourseKind.ON_DEMAND_COURSE, SessionFacts(D(2004, 11, 1), 3.0, headcount=40)),
    ]
    lecturers = _course("uni", CourseKind.UNIVERSITY_LECTURERS, SessionFacts(D(2004, 7, 12), 3.0, headcount=15))
    later = _course("2005", CourseKind.SKILLS_COURSE, SessionFacts(D(2005, 1, 10), 2.0, headcount=20))
    seminars = [
        WorkshopFacts(WorkshopKind.AWARENESS_SEMINAR, D(2004, m, 15), 1.0, n)
        for m, n in zip((2, 3, 5, 8, 10, 12), (80, 90, 85, 88, 90, 80), strict=True)
    ]
    workshops = [
        WorkshopFacts(WorkshopKind.WORKSHOP, D(2004, 4, 20), 2.0, 30),
        WorkshopFacts(WorkshopKind.WORKSHOP, D(2004, 6, 20), 2.0, 35),
        WorkshopFacts(WorkshopKind.WORKSHOP, D(2004, 9, 20), 1.0, 40),
        WorkshopFacts(WorkshopKind.WORKSHOP, D(2004, 10, 20), 1.0, 25),
        WorkshopFacts(WorkshopKind.WORKSHOP, D(2004, 11, 20), 1.0, 30),
        WorkshopFacts(WorkshopKind.WORKSHOP, D(2003, 11, 20), 1.0, 99),  # another year
    ]
    certificates = [CertificateFacts(f"p{i}", D(2004, 2, 11)) for i in range(18)]
    certificates += [CertificateFacts(f"old{i}", D(2001, 5, 1)) for i in range(82)]
    certificates += [CertificateFacts("p0", D(2004, 11, 3))]  # a second certificate of one trainee
    certificates += [CertificateFacts("new", D(2005, 1, 12))]  # after the year
    return [in_depth, *on_demand, lecturers, later], seminars + workshops, certificates


def test_yearly_statistics_reproduce_the_seed_2004_figures() -> None:
    courses, workshops, certificates = _seed_2004()
    ends = [D(2004, 3, 31)] * 24 + [D(2003, 12, 31), None, D(2005, 1, 31)]
    stats = year_statistics(2004, courses, workshops, certificates, ends)
    assert (stats.courses, stats.course_person_days) == (7, 563.0)
    assert (stats.workshops, stats.workshop_person_days) == (11, 738.0)
    assert (stats.awareness_seminars, stats.awareness_participants) == (6, 513)
    assert stats.workshop_participants == 513 + 30 + 35 + 40 + 25 + 30
    assert stats.person_days_from_attendance == 54.0
    assert stats.person_days_from_headcount == 509.0
    assert stats.course_person_days_basis == PersonDaysBasis.MIXED
    assert stats.certified_in_year == 18
    assert stats.certified_since_start == 100
    assert stats.person_days_since_start == 216 + 563  # 2003 modules + 2004; 2005 left out
    assert stats.in_depth_person_days_since_start == 216 + 54
    assert stats.awareness_participants_since_start == 513  # the 2003 event is a workshop
    assert stats.certified_consultants_since_start == 0  # no organisation type given
    assert stats.assessments_completed == 24
    kinds = {k.kind: (k.courses, k.person_days) for k in stats.by_kind}
    assert kinds == {
        CourseKind.IN_DEPTH_PROGRAMME: (1, 54.0),
        CourseKind.ON_DEMAND_COURSE: (5, 464.0),
        CourseKind.UNIVERSITY_LECTURERS: (1, 45.0),
    }
    in_depth = stats.course_rows[0]
    assert (in_depth.sessions, in_depth.days, in_depth.basis) == (3, 3.0, PersonDaysBasis.ATTENDANCE)


def test_assessments_converted_to_full_ones_add_up_their_scope_weights() -> None:
    # 2004: two full assessments (1 + 1), a short one (0,5), two follow-up visits (0,25 each);
    # 2 + 0,5 + 0,5 = 3 converted beside 5 completed. The one of 2003, the one without an end
    # date and a bare end date of 2005 are not of the year; a bare end date of 2004 is a full one.
    assessments = [
        AssessmentFacts(D(2004, 2, 1), 1.0),
        AssessmentFacts(D(2004, 6, 30), 0.5),
        AssessmentFacts(D(2004, 9, 1), 0.25),
        AssessmentFacts(D(2004, 12, 31), 0.25),
        D(2004, 7, 1),
        AssessmentFacts(D(2003, 12, 31), 0.5),
        AssessmentFacts(None, 0.5),
        D(2005, 1, 1),
    ]
    stats = year_statistics(2004, [], [], [], assessments)
    assert stats.assessments_completed == 5
    assert stats.assessments_converted == 3.0
    assert year_statistics(2003, [], [], [], assessments).assessments_converted == 0.5
    assert year_statistics(2006, [], [], [], assessments).assessments_converted == 0.0


def test_a_course_without_sessions_counts_in_its_start_year_only() -> None:
    planned = _course("planned", CourseKind.SKILLS_COURSE, start=D(2004, 12, 1))
    stats = year_statistics(2004, [planned], [], [], [])
    assert stats.courses == 1
    assert stats.course_person_days == 0
    assert stats.course_rows[0].sessions == 0
    assert year_statistics(2005, [planned], [], [], []).courses == 0


def test_sessions_without_participants_are_counted() -> None:
    course = _course(
        "c", CourseKind.SKILLS_COURSE, SessionFacts(D(2004, 5, 1), 2.0), SessionFacts(D(2004, 5, 3), 1.0, headcount=10)
    )
    stats = year_statistics(2004, [course], [], [], [])
    assert stats.sessions_without_participants == 1
    assert stats.course_person_days == 10.0
    assert stats.course_person_days_basis == PersonDaysBasis.HEADCOUNT


# --------------------------------------------------------------------------- indicators: seed table 4


@pytest.mark.parametrize(
    ("aspect", "actual", "target", "lower_is_better", "active", "expected"),
    [
        ("office paper, kg/useful person-month", 1.6, 1.48, True, True, IndicatorStatus.NOT_MET),
        ("office electricity, kWh/useful person-month", 86.2, 93.7, True, True, IndicatorStatus.MET),
        ("office CO2 from travel, t/useful person-month", 0.32, 0.36, True, True, IndicatorStatus.MET),
        ("waste paper sold, kg/useful person-month", 0.03, 0.64, False, False, IndicatorStatus.DROPPED),
        ("training paper, kg/training person-day", 0.18, 0.18, True, True, IndicatorStatus.MET),
        ("training CO2 of trainees' travel, kg/training person-day", 6.75, 6.3, True, True, IndicatorStatus.NOT_MET),
    ],
)
def test_table_4_of_the_seed(
    aspect: str, actual: float, target: float, lower_is_better: bool, active: bool, expected: IndicatorStatus
) -> None:
    assert indicator_status(actual, target, lower_is_better=lower_is_better, active=active) == expected, aspect


def test_more_is_better_reverses_the_comparison() -> None:
    # waste paper sold, had it stayed active: 0,03 kg sold against 0,64 wanted is not met
    assert indicator_status(0.03, 0.64, lower_is_better=False, active=True) == IndicatorStatus.NOT_MET
    assert indicator_status(0.70, 0.64, lower_is_better=False, active=True) == IndicatorStatus.MET
    assert indicator_status(0.70, None, lower_is_better=False, active=True) == IndicatorStatus.NO_TARGET


def test_normalised_values_from_raw_amounts() -> None:
    # 267,2 kg of paper over 167 useful person-months is the seed's 1,6 kg per person-month
    assert normalised_value(267.2, 167.0) == pytest.approx(1.6, rel=1e-12)
    # 101,34 kg over 563 training person-days is 0,18: met against 0,18, whatever the rounding
    value = normalised_value(101.34, 563.0)
    assert indicator_status(value, 0.18, lower_is_better=True, active=True) == IndicatorStatus.MET
    assert indicator_status(0.1801, 0.18, lower_is_better=True, active=True) == IndicatorStatus.NOT_MET
    assert normalised_value(6.75, None) == 6.75  # already normalised, as the seed prints it
    with pytest.raises(ValueError):
        normalised_value(10.0, 0.0)


def test_deviation_from_target() -> None:
    assert deviation(1.6, 1.48) == pytest.approx(0.12 / 1.48)  # 8,1 % over
    assert deviation(86.2, 93.7) == pytest.approx(-7.5 / 93.7)  # 8,0 % under
    assert deviation(1.0, None) is None
    assert deviation(1.0, 0.0) is None


def test_trend_in_period_order_with_status() -> None:
    values = [
        PeriodValue(D(2004, 4, 1), D(2004, 6, 30), 70.0, 42.0),  # 1,667
        PeriodValue(D(2004, 1, 1), D(2004, 3, 31), 56.0, 40.0),  # 1,4
        PeriodValue(D(2004, 7, 1), D(2004, 9, 30), 62.0, 43.0),  # 1,442
    ]
    points = trend(values, 1.48, lower_is_better=True, active=True)
    assert [p.period_start.month for p in points] == [1, 4, 7]
    assert [round(p.value, 3) for p in points] == [1.4, 1.667, 1.442]
    assert [p.status for p in points] == [IndicatorStatus.MET, IndicatorStatus.NOT_MET, IndicatorStatus.MET]
    with pytest.raises(ValueError):
        trend([PeriodValue(D(2004, 2, 1), D(2004, 1, 1), 1.0)], 1.0, lower_is_better=True, active=True)


def test_a_year_of_quarters_is_the_quotient_of_the_sums() -> None:
    quarters = [
        PeriodValue(D(2004, 1, 1), D(2004, 3, 31), 60.0, 40.0),
        PeriodValue(D(2004, 4, 1), D(2004, 6, 30), 70.0, 42.0),
        PeriodValue(D(2004, 7, 1), D(2004, 9, 30), 66.0, 43.0),
        PeriodValue(D(2004, 10, 1), D(2004, 12, 31), 71.2, 42.0),
    ]
    assert period_summary(quarters) == pytest.approx(267.2 / 167.0)  # 1,6, not the mean of the quotients
    # already-normalised values: a mean weighted by days (91 days at 2,0 and 92 at 1,0)
    halves = [PeriodValue(D(2004, 1, 1), D(2004, 3, 31), 2.0), PeriodValue(D(2004, 4, 1), D(2004, 7, 1), 1.0)]
    assert period_summary(halves) == pytest.approx((91 * 2.0 + 92 * 1.0) / 183)
    assert period_summary([]) is None


# --------------------------------------------------------------------------- vocabulary


def test_every_code_has_both_labels() -> None:
    assert set(ENUMS) <= set(labels.kinds())
    for name, enum_cls in ENUMS.items():
        assert set(labels.labels_of(name)) == {m.value for m in enum_cls}, name
        for text in labels.labels_of(name).values():
            assert text.vi.strip()
            assert text.en.strip()
    assert label(CourseKind.ON_DEMAND_COURSE, "vi") == "Đào tạo theo yêu cầu"
    assert label(WorkshopKind.AWARENESS_SEMINAR) == "Awareness seminar"


def test_the_unit_of_a_normalised_value() -> None:
    assert indicator_unit("kg", "useful_person_months") == "kg / useful person-month"
    assert indicator_unit("kg CO₂", "training_person_days", "vi") == "kg CO₂ / người-ngày đào tạo"
    assert indicator_unit("m³", "none") == "m³"
