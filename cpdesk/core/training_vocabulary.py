"""The closed vocabularies of the centre's training records and own indicators, as stable codes.

Like :mod:`cpdesk.core.vocabulary`, the codes are what the database, the bundles and the CLI
store and print. Their Vietnamese and English labels are kept here, beside the codes, in
:data:`LABELS` (Vietnamese terms after the cpdesk glossary); :func:`label` reads them.
"""

from __future__ import annotations

from enum import StrEnum


class CourseKind(StrEnum):
    """The centre's kinds of course (seed: in-depth sector programme, on-demand training, ...)."""

    IN_DEPTH_PROGRAMME = "in_depth_programme"
    SKILLS_COURSE = "skills_course"
    ON_DEMAND_COURSE = "on_demand_course"
    UNIVERSITY_LECTURERS = "university_lecturers"


class ModuleKind(StrEnum):
    """A module of a course is held in the classroom or as practical work in a plant."""

    CLASSROOM = "classroom"
    PRACTICAL = "practical"


class OrganisationType(StrEnum):
    """Where a participant works."""

    COMPANY = "company"
    CONSULTANT = "consultant"
    GOVERNMENT = "government"
    UNIVERSITY = "university"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"


class WorkshopKind(StrEnum):
    """Events counted by participants, not by attendance per session."""

    WORKSHOP = "workshop"
    AWARENESS_SEMINAR = "awareness_seminar"


class IndicatorScope(StrEnum):
    """What part of the centre an own indicator covers (seed, table 4)."""

    OFFICE = "office"
    TRAINING = "training"


class Normaliser(StrEnum):
    """What an indicator's amount is divided by (seed, table 4)."""

    USEFUL_PERSON_MONTHS = "useful_person_months"
    TRAINING_PERSON_DAYS = "training_person_days"
    NONE = "none"


class Frequency(StrEnum):
    """How often an indicator is monitored."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


class PracticalData(StrEnum):
    """Parts of the demonstration company's assessment a practical module hands to trainees."""

    TEAM = "team"
    STEPS = "steps"
    STREAMS = "streams"
    MEASUREMENTS = "measurements"
    WASTE_STREAMS = "waste_streams"
    OPTIONS = "options"


#: Enum class name -> code -> (Vietnamese, English).
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "CourseKind": {
        "in_depth_programme": ("Đào tạo chuyên sâu theo ngành", "In-depth sector programme"),
        "skills_course": ("Khoá đào tạo kỹ năng", "Skills course"),
        "on_demand_course": ("Đào tạo theo yêu cầu", "On-demand course"),
        "university_lecturers": ("Đào tạo giảng viên đại học", "University lecturers"),
    },
    "ModuleKind": {
        "classroom": ("Học trên lớp", "Classroom"),
        "practical": ("Thực hành tại doanh nghiệp", "Practical work in the plant"),
    },
    "OrganisationType": {
        "company": ("Doanh nghiệp", "Company"),
        "consultant": ("Tư vấn", "Consultant"),
        "government": ("Cơ quan nhà nước", "Government"),
        "university": ("Trường đại học", "University"),
    },
    "Gender": {
        "female": ("Nữ", "Female"),
        "male": ("Nam", "Male"),
    },
    "WorkshopKind": {
        "workshop": ("Hội thảo", "Workshop"),
        "awareness_seminar": ("Hội thảo nâng cao nhận thức", "Awareness seminar"),
    },
    "IndicatorScope": {
        "office": ("Văn phòng", "Office"),
        "training": ("Đào tạo", "Training"),
    },
    "Normaliser": {
        "useful_person_months": ("người-tháng hữu ích", "useful person-months"),
        "training_person_days": ("người-ngày đào tạo", "training person-days"),
        "none": ("không chuẩn hoá", "not normalised"),
    },
    "Frequency": {
        "monthly": ("Hàng tháng", "Monthly"),
        "quarterly": ("Hàng quý", "Quarterly"),
        "yearly": ("Hàng năm", "Yearly"),
    },
    "PracticalData": {
        "team": ("Đội SXSH", "CP team"),
        "steps": ("Công đoạn sản xuất", "Process steps"),
        "streams": ("Dòng vật liệu và năng lượng", "Streams"),
        "measurements": ("Số liệu đo đạc", "Measurements"),
        "waste_streams": ("Dòng thải", "Waste streams"),
        "options": ("Giải pháp SXSH", "CP options"),
    },
}

#: A normaliser as the denominator of a unit ("kg / useful person-month"): (Vietnamese, English).
PER_NORMALISER: dict[str, tuple[str, str]] = {
    "useful_person_months": ("người-tháng hữu ích", "useful person-month"),
    "training_person_days": ("người-ngày đào tạo", "training person-day"),
}

#: Every enum of this module, by class name (a test keeps it and :data:`LABELS` in step).
ENUMS: dict[str, type[StrEnum]] = {
    cls.__name__: cls
    for cls in (
        CourseKind,
        ModuleKind,
        OrganisationType,
        Gender,
        WorkshopKind,
        IndicatorScope,
        Normaliser,
        Frequency,
        PracticalData,
    )
}


def label(member: StrEnum, lang: str = "en") -> str:
    """The Vietnamese (``lang="vi"``) or English label of a code of this module."""
    vi, en = LABELS[type(member).__name__][member.value]
    return vi if lang == "vi" else en


def indicator_unit(unit: str, normaliser: Normaliser | str, lang: str = "en") -> str:
    """The unit of a normalised value: the quantity's unit per unit of the normaliser."""
    per = PER_NORMALISER.get(Normaliser(normaliser).value)
    if per is None:
        return unit
    return f"{unit} / {per[0] if lang == 'vi' else per[1]}"
