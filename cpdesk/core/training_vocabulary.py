"""The closed vocabularies of the centre's training records and own indicators, as stable codes.

Like :mod:`cpdesk.core.vocabulary`, the codes are what the database, the bundles and the CLI
store and print. Their Vietnamese and English labels are in the catalogue of labels
(:mod:`cpdesk.core.labels.training_terms`, kinds named after the enums); :func:`label` reads them.
"""

from __future__ import annotations

from enum import StrEnum

from cpdesk.core import labels


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
#: Every enum of this module, by class name (a test keeps it and the labels in step).
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
    return labels.member_label(member, lang)


def indicator_unit(unit: str, normaliser: Normaliser | str, lang: str = "en") -> str:
    """The unit of a normalised value: the quantity's unit per unit of the normaliser."""
    per = labels.labels_of("PerNormaliser").get(Normaliser(normaliser).value)
    if per is None:
        return unit
    return f"{unit} / {per.get(lang)}"
