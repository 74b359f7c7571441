"""The centre's 2004 training records and own indicators for the demo data set.

The 2004 VNCPC annual report gives totals, not lists: 7 training courses with 563
person-days (of which on-demand training: 5 courses, 464 person-days; the in-depth
programme's last module, metal finishing, in February 2004: 54 person-days), 11 workshops
with 738 person-days, awareness seminars with 513 participants, and the centre's own
indicators (table 4). The records written here are *reconstructed* (origin
``reconstructed``) so that ``cpdesk centre year 2004`` gives exactly those totals:

- the last in-depth module is module 4 "Completing CP" (3 days, methodology), so 54
  person-days are 18 trainees over 3 days; they are recorded by attendance, with their
  certificates (names are placeholders: the report names no trainee);
- the five on-demand courses and the seventh course (45 person-days, of a kind the report
  does not name: a skills course here) are recorded by head count;
- the report does not say whether its 11 workshops include the awareness seminars; here
  they do (6 one-day seminars, 513 participants, 513 person-days, and 5 workshops with 225
  person-days), which meets both figures at once;
- days, dates, head counts and splits between courses are chosen, only the totals are the
  report's. Table 4's values are stored as printed (already normalised).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cpdesk.core.training_vocabulary import (
    CourseKind,
    Frequency,
    IndicatorScope,
    ModuleKind,
    Normaliser,
    OrganisationType,
    WorkshopKind,
)
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services import indicators, training

ORIGIN = DataOrigin.RECONSTRUCTED
NOTE = (
    "Reconstructed from the 2004 totals of the VNCPC annual report: dates, head counts and splits are not the report's."
)

#: The in-depth programme's four modules (methodology: seed, table 1): number, days, titles.
IN_DEPTH_MODULES = (
    (1, 5, "Phương pháp luận SXSH", "CP methodology"),
    (2, 4, "Đánh giá SXSH (phần 1)", "CP assessment (part 1)"),
    (3, 3, "Đánh giá SXSH (phần 2)", "CP assessment (part 2)"),
    (4, 3, "Hoàn thành SXSH", "Completing CP"),
)
IN_DEPTH_TRAINEES = 18
#: Course title, kind, first day, days, head count (days x head count = person-days).
HEADCOUNT_COURSES = (
    ("Đào tạo SXSH theo yêu cầu 1", CourseKind.ON_DEMAND_COURSE, date(2004, 3, 15), 3, 30),  # 90
    ("Đào tạo SXSH theo yêu cầu 2", CourseKind.ON_DEMAND_COURSE, date(2004, 4, 12), 4, 25),  # 100
    ("Đào tạo SXSH theo yêu cầu 3", CourseKind.ON_DEMAND_COURSE, date(2004, 6, 7), 3, 28),  # 84
    ("Đào tạo SXSH theo yêu cầu 4", CourseKind.ON_DEMAND_COURSE, date(2004, 9, 6), 2, 35),  # 70
    ("Đào tạo SXSH theo yêu cầu 5", CourseKind.ON_DEMAND_COURSE, date(2004, 11, 8), 3, 40),  # 120
    ("Khoá đào tạo kỹ năng SXSH", CourseKind.SKILLS_COURSE, date(2004, 7, 12), 3, 15),  # 45
)
#: Kind, title, date, days, participants.
WORKSHOPS = (
    *(
        (WorkshopKind.AWARENESS_SEMINAR, f"Hội thảo nâng cao nhận thức SXSH {i}", date(2004, month, 20), 1, n)
        for i, (month, n) in enumerate(zip((2, 3, 5, 8, 10, 12), (80, 90, 85, 88, 90, 80), strict=True), start=1)
    ),
    (WorkshopKind.WORKSHOP, "Hội thảo SXSH và hiệu quả năng lượng", date(2004, 4, 22), 2, 30),  # 60
    (WorkshopKind.WORKSHOP, "Hội thảo SXSH ngành hoàn tất kim loại", date(2004, 6, 24), 2, 35),  # 70
    (WorkshopKind.WORKSHOP, "Hội thảo giảm phát thải khí nhà kính", date(2004, 9, 23), 1, 40),  # 40
    (WorkshopKind.WORKSHOP, "Hội thảo SXSH và an toàn sức khoẻ nghề nghiệp", date(2004, 10, 21), 1, 25),  # 25
    (WorkshopKind.WORKSHOP, "Hội thảo tổng kết năm", date(2004, 12, 16), 1, 30),  # 30
)
#: Table 4: scope, name, name_vi, unit, normaliser, frequency, target, actual, lower is better, active, note.
TABLE_4 = (
    (IndicatorScope.OFFICE, "Paper", "Giấy", "kg", Normaliser.USEFUL_PERSON_MONTHS,
     Frequency.QUARTERLY, 1.48, 1.6, True, True, "over: preparing the new project"),
    (IndicatorScope.OFFICE, "Electricity", "Điện", "kWh", Normaliser.USEFUL_PERSON_MONTHS,
     Frequency.MONTHLY, 93.7, 86.2, True, True, ""),
    (IndicatorScope.OFFICE, "CO₂ from travel", "CO₂ từ đi lại", "t CO₂",
     Normaliser.USEFUL_PERSON_MONTHS, Frequency.QUARTERLY, 0.36, 0.32, True, True, ""),
    (IndicatorScope.OFFICE, "Waste paper sold", "Giấy vụn bán", "kg",
     Normaliser.USEFUL_PERSON_MONTHS, Frequency.QUARTERLY, 0.64, 0.03, False, False, "indicator dropped"),
    (IndicatorScope.TRAINING, "Paper", "Giấy", "kg", Normaliser.TRAINING_PERSON_DAYS,
     Frequency.QUARTERLY, 0.18, 0.18, True, True, ""),
    (IndicatorScope.TRAINING, "CO₂ from trainees' travel", "CO₂ từ đi lại của học viên",
     "kg CO₂", Normaliser.TRAINING_PERSON_DAYS, Frequency.QUARTERLY, 6.3, 6.75, True, True,
     "over"),
)  # fmt: skip


def write_training_demo(db: Any) -> None:
    """Write the 2004 courses, workshops and indicators (inside the caller's unit of work)."""
    _write_in_depth(db)
    for title, kind, first_day, days, headcount in HEADCOUNT_COURSES:
        course = training.create_course(
            db, kind=kind, title=title, start_date=first_day, end_date=first_day, notes=NOTE, origin=ORIGIN
        )
        training.add_session(db, course.id, held_on=first_day, days=days, participant_count=headcount)
    for kind, title, held_on, days, participants in WORKSHOPS:
        training.create_workshop(
            db,
            kind=kind,
            title=title,
            held_on=held_on,
            days=days,
            participant_count=participants,
            notes=NOTE,
            origin=ORIGIN,
        )
    for scope, name, name_vi, unit, normaliser, frequency, target, actual, lower, active, note in TABLE_4:
        indicator = indicators.create_indicator(
            db,
            scope=scope,
            name=name,
            name_vi=name_vi,
            unit=unit,
            normaliser=normaliser,
            frequency=frequency,
            target=target,
            lower_is_better=lower,
            active=active,
            note=note,
            origin=ORIGIN,
        )
        indicators.record_value(
            db,
            indicator.id,
            period_start=date(2004, 1, 1),
            period_end=date(2004, 12, 31),
            actual=actual,
            note="2004, as printed in table 4 of the annual report (already normalised)",
        )


def _write_in_depth(db: Any) -> None:
    """The in-depth metal-finishing programme: its modules, and module 4 held in February 2004."""
    course = training.create_course(
        db,
        kind=CourseKind.IN_DEPTH_PROGRAMME,
        title="Đào tạo chuyên sâu SXSH ngành hoàn tất sản phẩm kim loại",
        sector="metal_finishing",
        end_date=date(2004, 2, 11),
        notes=NOTE + " Modules 1-3 were held before 2004; their sessions are not reconstructed.",
        origin=ORIGIN,
    )
    modules = {
        number: training.add_module(db, course.id, number=number, title=f"{vi} ({en})", kind=ModuleKind.CLASSROOM)
        for number, _days, vi, en in IN_DEPTH_MODULES
    }
    trainees = [
        training.create_participant(
            db, name=f"Học viên {n:02d}", organisation_type=OrganisationType.COMPANY, notes=NOTE, origin=ORIGIN
        )
        for n in range(1, IN_DEPTH_TRAINEES + 1)
    ]
    last_number, last_days = IN_DEPTH_MODULES[-1][0], IN_DEPTH_MODULES[-1][1]
    for day in range(last_days):
        held = training.add_session(
            db, course.id, held_on=date(2004, 2, 9 + day), days=1.0, module_id=modules[last_number].id
        )
        for trainee in trainees:
            training.record_attendance(db, held.id, trainee.id)
    for n, trainee in enumerate(trainees, start=1):
        training.issue_certificate(db, trainee.id, course.id, issued_on=date(2004, 2, 11), number=f"2004-MF-{n:02d}")
