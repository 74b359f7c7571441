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

The report also gives the centre's figures since it began in 1999: in-depth programme 1868
person-days and 100 certified trainees, 20 of them active CP consultants; awareness seminars
1.919 participants in 1999-2004. The earlier years are reconstructed in the same way (see
:data:`PROGRAMMES` and :data:`EARLIER_SEMINARS`): one in-depth sector programme a year,
1999-2002, and the metal-finishing programme's modules 1-3 in 2003; its module 4 is the one
of February 2004. Each module is one session of the module's days, with attendance person
by person; the on-demand courses and workshops before 2004 are not reconstructed.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

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
from cpdesk.services.training import courses as training
from cpdesk.services.training import indicators
from cpdesk.services.uow import unit_of_work
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import Attendance, Certificate, Course, CourseModule, Participant, TrainingSession, Workshop
from cpdesk.store.session import DEVICE_ID

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

# --------------------------------------------------------------------------- 1999-2003

HISTORY_NOTE = (
    "Reconstructed from the 1999-2004 totals of the VNCPC annual report (in-depth programme 1868 person-days,"
    " 100 certified trainees, 20 of them CP consultants; 1.919 awareness seminar participants):"
    " sectors, dates, head counts and attendance are not the report's."
)
#: The in-depth sector programmes before metal finishing, one a year: year, sector, title,
#: first day of modules 1-4, certified trainees by organisation type (consultant, university,
#: government, company; in this order, so trainee 01 of a programme is a consultant),
#: certified trainees who missed one day of module 1, and the trainees who were not certified
#: by the number of modules they attended (4: all of them, but the plant assessment was not
#: finished). ``returning`` are trainees of an earlier programme certified again.
#:
#: Each certified trainee attended the 15 classroom days (the practical work in the plant
#: between the modules is not counted as person-days), so 100 certified trainees give at most
#: about 1500 of the 1868 person-days; the rest are the trainees who left before the end.
#: The report's "active CP consultants" are taken as the certified trainees of organisation
#: type consultant: whether one still works as a consultant is not recorded.
#:
#: Hand check. Person-days: textile 21 x 15 - 2 + 89 = 402, food processing 20 x 15 - 2 + 82
#: = 380, pulp and paper 21 x 15 - 2 + 79 = 392, brewery 21 x 15 - 1 + 92 = 406, metal
#: finishing 2003 18 x 12 + 2 x 9 = 234, February 2004 54: 1868. Certified: 21 + 20 + 20 new
#: (the 1999 consultant again) + 21 + 18 = 100; consultants 5 + 5 + 5 + 5 = 20.
PROGRAMMES: tuple[dict[str, Any], ...] = (
    {"year": 1999, "sector": "textile", "code": "TX", "title": "Đào tạo chuyên sâu SXSH ngành dệt",
     "modules": (date(1999, 3, 15), date(1999, 5, 17), date(1999, 7, 19), date(1999, 9, 20)),
     "certified": (5, 2, 1, 13), "missed_a_day": 2, "not_certified": (4, 4, 3, 3, 3, 2, 2, 1)},
    {"year": 2000, "sector": "food_processing", "code": "FP",
     "title": "Đào tạo chuyên sâu SXSH ngành chế biến thực phẩm",
     "modules": (date(2000, 3, 13), date(2000, 5, 15), date(2000, 7, 17), date(2000, 9, 18)),
     "certified": (5, 2, 1, 12), "missed_a_day": 2, "not_certified": (4, 4, 3, 3, 2, 2, 1, 1)},
    {"year": 2001, "sector": "paper", "code": "PP", "title": "Đào tạo chuyên sâu SXSH ngành giấy và bột giấy",
     "modules": (date(2001, 3, 12), date(2001, 5, 14), date(2001, 7, 16), date(2001, 9, 17)),
     "certified": (6, 2, 1, 12), "returning": ("1999-01",), "missed_a_day": 2,
     "not_certified": (4, 3, 3, 3, 2, 2, 1, 1)},
    {"year": 2002, "sector": "brewery", "code": "BR", "title": "Đào tạo chuyên sâu SXSH ngành bia",
     "modules": (date(2002, 3, 11), date(2002, 5, 13), date(2002, 7, 15), date(2002, 9, 16)),
     "certified": (5, 2, 1, 13), "missed_a_day": 1, "not_certified": (4, 4, 4, 3, 3, 2, 2, 1)},
)  # fmt: skip
#: The metal-finishing programme's modules 1-3 (its module 4 is the one of February 2004).
METAL_FINISHING_2003 = (date(2003, 9, 15), date(2003, 11, 10), date(2003, 12, 15))
#: Metal-finishing trainees who left after module 2 (the 18 certified ones attended modules 1-3).
METAL_FINISHING_LEFT = 2
#: Awareness seminars before 2004: year, participants of each (1999-2003: 1406 = 1919 - 513).
EARLIER_SEMINARS = (
    (1999, (70, 75)),
    (2000, (70, 80, 75)),
    (2001, (75, 70, 80, 65)),
    (2002, (80, 70, 75, 85, 70)),
    (2003, (70, 75, 80, 66, 75)),
)
#: Months of the seminars of a year, by their number.
_SEMINAR_MONTHS = {2: (4, 10), 3: (3, 6, 10), 4: (3, 5, 8, 11), 5: (2, 4, 6, 9, 11)}
_TYPES = (
    OrganisationType.CONSULTANT,
    OrganisationType.UNIVERSITY,
    OrganisationType.GOVERNMENT,
    OrganisationType.COMPANY,
)
#: Fixed ids: the same records on every machine (uuid5 of a key in this namespace).
_NAMESPACE = uuid.UUID("6f1c2a52-3d0e-5b8e-9a47-1e2d3c4b5a69")

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


#: The texts above in the other language: Vietnamese texts' English, English texts'
#: Vietnamese (the demo is written in the interface language; the figures are the same).
_ENGLISH = {
    "Khoá đào tạo kỹ năng SXSH": "CP skills course",
    "Hội thảo SXSH và hiệu quả năng lượng": "Workshop on CP and energy efficiency",
    "Hội thảo SXSH ngành hoàn tất kim loại": "Workshop on CP in metal finishing",
    "Hội thảo giảm phát thải khí nhà kính": "Workshop on greenhouse-gas emission reduction",
    "Hội thảo SXSH và an toàn sức khoẻ nghề nghiệp": "Workshop on CP and occupational health and safety",
    "Hội thảo tổng kết năm": "Year-end review workshop",
    "Đào tạo chuyên sâu SXSH ngành dệt": "In-depth CP training: textiles",
    "Đào tạo chuyên sâu SXSH ngành chế biến thực phẩm": "In-depth CP training: food processing",
    "Đào tạo chuyên sâu SXSH ngành giấy và bột giấy": "In-depth CP training: pulp and paper",
    "Đào tạo chuyên sâu SXSH ngành bia": "In-depth CP training: brewing",
    "Đào tạo chuyên sâu SXSH ngành hoàn tất sản phẩm kim loại": "In-depth CP training: metal finishing",
}
_VIETNAMESE = {
    NOTE: (
        "Dựng lại từ tổng số năm 2004 trong báo cáo năm của VNCPC: ngày, số người và cách chia không phải của báo cáo."
    ),
    "over: preparing the new project": "vượt: chuẩn bị dự án mới",
    "indicator dropped": "bỏ chỉ số này",
    "over": "vượt",
    "2004, as printed in table 4 of the annual report (already normalised)": (
        "2004, như in trong bảng 4 của báo cáo năm (đã quy đổi theo đơn vị chuẩn)"
    ),
    " Modules 1-3 (2003): ": " Mô-đun 1-3 (2003): ",
    HISTORY_NOTE: (
        "Dựng lại từ tổng số 1999-2004 trong báo cáo năm của VNCPC (chương trình chuyên sâu 1868 người-ngày,"
        " 100 học viên được cấp chứng chỉ, 20 người trong số đó là chuyên gia tư vấn SXSH; 1.919 lượt người dự"
        " hội thảo nâng cao nhận thức): ngành, ngày, số người và việc tham dự không phải của báo cáo."
    ),
}
#: Numbered titles and names: their first words in English.
_ENGLISH_PREFIXES = {
    "Đào tạo SXSH theo yêu cầu ": "On-demand CP training ",
    "Hội thảo nâng cao nhận thức SXSH ": "CP awareness seminar ",
    "Học viên ": "Trainee ",
}


def _say(text: str, lang: str) -> str:
    """``text`` (one of this module's) in ``lang``."""
    if lang == "vi":
        return _VIETNAMESE.get(text, text)
    if text in _ENGLISH:
        return _ENGLISH[text]
    for prefix, english in _ENGLISH_PREFIXES.items():
        if text.startswith(prefix):
            return english + text[len(prefix) :]
    return text


def write_training_demo(db: Database, lang: str = "vi") -> None:
    """Write the 2004 courses, workshops and indicators, and the earlier years' in-depth
    programmes and awareness seminars (inside the caller's unit of work), their titles and
    notes in ``lang``."""
    metal_finishing = _write_in_depth(db, lang)
    with unit_of_work(db) as session:
        _write_history(session, *metal_finishing, lang=lang)
    note = _say(NOTE, lang)
    for title, kind, first_day, days, headcount in HEADCOUNT_COURSES:
        course = training.create_course(
            db, kind=kind, title=_say(title, lang), start_date=first_day, end_date=first_day, notes=note, origin=ORIGIN
        )
        training.add_session(db, course.id, held_on=first_day, days=days, participant_count=headcount)
    for workshop_kind, title, held_on, days, participants in WORKSHOPS:
        training.create_workshop(
            db,
            kind=workshop_kind,
            title=_say(title, lang),
            held_on=held_on,
            days=days,
            participant_count=participants,
            notes=note,
            origin=ORIGIN,
        )
    for scope, name, name_vi, unit, normaliser, frequency, target, actual, lower, active, remark in TABLE_4:
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
            note=_say(remark, lang),
            origin=ORIGIN,
        )
        indicators.record_value(
            db,
            indicator.id,
            period_start=date(2004, 1, 1),
            period_end=date(2004, 12, 31),
            actual=actual,
            note=_say("2004, as printed in table 4 of the annual report (already normalised)", lang),
        )


def _write_in_depth(db: Database, lang: str) -> tuple[uuid.UUID, dict[int, uuid.UUID], list[uuid.UUID]]:
    """The in-depth metal-finishing programme: its modules, and module 4 held in February 2004.

    Returns the course's id, its modules' ids by number and its certified trainees' ids.
    """
    course = training.create_course(
        db,
        kind=CourseKind.IN_DEPTH_PROGRAMME,
        title=_say("Đào tạo chuyên sâu SXSH ngành hoàn tất sản phẩm kim loại", lang),
        sector="metal_finishing",
        start_date=METAL_FINISHING_2003[0],
        end_date=date(2004, 2, 11),
        notes=_say(NOTE, lang) + _say(" Modules 1-3 (2003): ", lang) + _say(HISTORY_NOTE, lang),
        origin=ORIGIN,
    )
    modules = {
        number: training.add_module(
            db, course.id, number=number, title=vi if lang == "vi" else en, kind=ModuleKind.CLASSROOM
        )
        for number, _days, vi, en in IN_DEPTH_MODULES
    }
    trainees = [
        training.create_participant(
            db,
            name=_say(f"Học viên {n:02d}", lang),
            organisation_type=OrganisationType.COMPANY,
            notes=_say(NOTE, lang),
            origin=ORIGIN,
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
    return course.id, {n: m.id for n, m in modules.items()}, [t.id for t in trainees]


def _write_history(
    session: Session,
    metal_finishing: uuid.UUID,
    mf_modules: dict[int, uuid.UUID],
    mf_trainees: list[uuid.UUID],
    lang: str = "vi",
) -> None:
    """The in-depth programmes 1999-2002, metal finishing's modules 1-3 and the seminars 1999-2003.

    Written as rows in a few bulk inserts rather than through the record services: each
    service call checks and reads back its row, and the ~700 rows here would add seconds to
    the first start. The rows are built from the fixed tables above, which the tests check.
    """
    rows: dict[type, list[dict[str, Any]]] = {
        model: [] for model in (Course, CourseModule, Participant, TrainingSession, Attendance, Certificate, Workshop)
    }
    people: dict[str, uuid.UUID] = {}
    history = _say(HISTORY_NOTE, lang)

    def person(key: str, kind: OrganisationType) -> uuid.UUID:
        if key not in people:
            people[key] = _id("participant", key)
            rows[Participant].append(
                {"id": people[key], "name": _say(f"Học viên {key}", lang), "organisation_type": kind, "notes": history,
                 "origin": ORIGIN}
            )  # fmt: skip
        return people[key]

    def held(course: uuid.UUID, module: uuid.UUID, first_day: date, days: int, key: str) -> uuid.UUID:
        session_id = _id("session", key)
        rows[TrainingSession].append(
            {"id": session_id, "course_id": course, "module_id": module, "held_on": first_day, "days": float(days)}
        )
        return session_id

    def attended(session_id: uuid.UUID, participant: uuid.UUID, days: float) -> None:
        rows[Attendance].append(
            {"id": _id("attendance", f"{session_id}/{participant}"), "session_id": session_id,
             "participant_id": participant, "days_attended": float(days)}
        )  # fmt: skip

    for p in PROGRAMMES:
        year, starts = p["year"], p["modules"]
        course = _id("course", p["code"])
        rows[Course].append(
            {"id": course, "kind": CourseKind.IN_DEPTH_PROGRAMME, "title": _say(p["title"], lang),
             "sector": p["sector"], "start_date": starts[0],
             "end_date": starts[3] + timedelta(days=IN_DEPTH_MODULES[3][1] - 1), "notes": history, "origin": ORIGIN}
        )  # fmt: skip
        sessions = []
        for (number, days, vi, en), first_day in zip(IN_DEPTH_MODULES, starts, strict=True):
            module = _id("module", f"{p['code']}/{number}")
            rows[CourseModule].append(
                {"id": module, "course_id": course, "number": number, "title": vi if lang == "vi" else en,
                 "kind": ModuleKind.CLASSROOM}
            )  # fmt: skip
            sessions.append((held(course, module, first_day, days, f"{p['code']}/{number}"), days))
        kinds = [kind for kind, n in zip(_TYPES, p["certified"], strict=True) for _ in range(n)]
        returning = list(p.get("returning", ()))
        certified = [
            person(returning.pop(0) if returning and kind == OrganisationType.CONSULTANT else f"{year}-{n:02d}", kind)
            for n, kind in enumerate(kinds, start=1)
        ]
        missed = set(certified[len(certified) - p["missed_a_day"] :])
        for n, trainee in enumerate(certified, start=1):
            for number, (session_id, days) in enumerate(sessions, start=1):
                attended(session_id, trainee, days - 1 if number == 1 and trainee in missed else days)
            rows[Certificate].append(
                {"id": _id("certificate", f"{p['code']}/{n}"), "participant_id": trainee, "course_id": course,
                 "issued_on": starts[3] + timedelta(days=IN_DEPTH_MODULES[3][1] - 1),
                 "number": f"{year}-{p['code']}-{n:02d}"}
            )  # fmt: skip
        for n, modules in enumerate(p["not_certified"], start=len(certified) + 1):
            trainee = person(f"{year}-{n:02d}", OrganisationType.COMPANY)
            for session_id, days in sessions[:modules]:
                attended(session_id, trainee, days)

    left = [person(f"{n:02d}", OrganisationType.COMPANY) for n in range(19, 19 + METAL_FINISHING_LEFT)]
    for (number, days, _vi, _en), first_day in zip(IN_DEPTH_MODULES[:3], METAL_FINISHING_2003, strict=True):
        session_id = held(metal_finishing, mf_modules[number], first_day, days, f"MF/{number}")
        for trainee in mf_trainees + (left if number <= 2 else []):
            attended(session_id, trainee, days)

    for year, counts in EARLIER_SEMINARS:
        for i, (month, participants) in enumerate(zip(_SEMINAR_MONTHS[len(counts)], counts, strict=True), start=1):
            rows[Workshop].append(
                {"id": _id("workshop", f"{year}/{i}"), "kind": WorkshopKind.AWARENESS_SEMINAR,
                 "title": _say(f"Hội thảo nâng cao nhận thức SXSH {i}/{year}", lang), "held_on": date(year, month, 20),
                 "days": 1.0, "participant_count": participants, "notes": history, "origin": ORIGIN}
            )  # fmt: skip

    # A bulk insert skips the flush hook that stamps the sync metadata: stamp it here.
    session.flush()
    now = utcnow()
    stamp = {"device_id": session.info.get(DEVICE_ID, ""), "created_at": now, "updated_at": now, "version": 1}
    for model, batch in rows.items():
        if batch:
            session.execute(insert(model), [{**stamp, **row} for row in batch])


def _id(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{kind}/{key}")
