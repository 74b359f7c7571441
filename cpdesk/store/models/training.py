"""The centre's training records, its own environmental indicators and practical modules.

Courses have modules and sessions; participants attend sessions and receive certificates;
workshops and awareness seminars are counted by participants. Indicators are the centre's
own (seed, table 4), with their values per period. Practical modules hand a copy of a
demonstration company's assessment to trainees (one assignment per trainee).

No unique constraints besides the ids: rows are deleted by tombstone, so a module number or
an attendance deleted and entered again must not collide with its tombstone; the services
check duplicates among the live rows.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.core.training_vocabulary import (
    CourseKind,
    Frequency,
    Gender,
    IndicatorScope,
    ModuleKind,
    Normaliser,
    OrganisationType,
    WorkshopKind,
)
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.store.base import Base, SyncedMixin, UTCDateTime
from cpdesk.store.models._types import code_enum


class Course(SyncedMixin, Base):
    """A course of the centre: an in-depth sector programme, a skills or on-demand course, ..."""

    __tablename__ = "course"

    kind: Mapped[CourseKind] = mapped_column(code_enum(CourseKind))
    title: Mapped[str] = mapped_column(String(300))
    #: Sector code (reference/sectors.json), empty for courses across sectors.
    sector: Mapped[str] = mapped_column(String(40), default="")
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[DataOrigin] = mapped_column(code_enum(DataOrigin), default=DataOrigin.FIELD)


class CourseModule(SyncedMixin, Base):
    """A numbered module of a course, in the classroom or practical work in a plant."""

    __tablename__ = "course_module"

    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("course.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ModuleKind] = mapped_column(code_enum(ModuleKind), default=ModuleKind.CLASSROOM)
    #: The demonstration company where the practical work is done.
    demonstration_company_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("company.id"), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class TrainingSession(SyncedMixin, Base):
    """A dated session of a course (of one of its modules, or of the course as a whole)."""

    __tablename__ = "training_session"

    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("course.id"), index=True)
    module_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("course_module.id"), index=True, default=None)
    held_on: Mapped[date] = mapped_column(Date)
    #: Length of the session in days (0,5 for a half day).
    days: Mapped[float] = mapped_column(Float, default=1.0)
    #: Head count, for a session whose attendance is not recorded person by person.
    participant_count: Mapped[int | None] = mapped_column(Integer, default=None)
    topic: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Participant(SyncedMixin, Base):
    """A person trained by the centre."""

    __tablename__ = "participant"

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    organisation_type: Mapped[OrganisationType] = mapped_column(
        code_enum(OrganisationType), default=OrganisationType.COMPANY
    )
    gender: Mapped[Gender | None] = mapped_column(code_enum(Gender), default=None)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[DataOrigin] = mapped_column(code_enum(DataOrigin), default=DataOrigin.FIELD)


class Attendance(SyncedMixin, Base):
    """A participant at a session, for the days they attended (at most the session's days)."""

    __tablename__ = "attendance"

    participant_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("participant.id"), index=True)
    session_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("training_session.id"), index=True)
    days_attended: Mapped[float] = mapped_column(Float)


class Certificate(SyncedMixin, Base):
    """A certificate a participant received for a course."""

    __tablename__ = "certificate"

    participant_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("participant.id"), index=True)
    course_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("course.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(60), default="")


class Workshop(SyncedMixin, Base):
    """A workshop or awareness seminar, counted by its participants."""

    __tablename__ = "workshop"

    kind: Mapped[WorkshopKind] = mapped_column(code_enum(WorkshopKind), default=WorkshopKind.WORKSHOP)
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date)
    days: Mapped[float] = mapped_column(Float, default=1.0)
    participant_count: Mapped[int] = mapped_column(Integer, default=0)
    venue: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[DataOrigin] = mapped_column(code_enum(DataOrigin), default=DataOrigin.FIELD)


class Indicator(SyncedMixin, Base):
    """One of the centre's own environmental indicators (seed, table 4)."""

    __tablename__ = "indicator"

    scope: Mapped[IndicatorScope] = mapped_column(code_enum(IndicatorScope), default=IndicatorScope.OFFICE)
    name: Mapped[str] = mapped_column(String(200))
    name_vi: Mapped[str] = mapped_column(String(200), default="")
    #: Unit of the quantity before normalising ("kg", "kWh", "t CO₂"); the value's unit is
    #: this per unit of the normaliser (core.training_vocabulary.indicator_unit).
    unit: Mapped[str] = mapped_column(String(100), default="")
    normaliser: Mapped[Normaliser] = mapped_column(code_enum(Normaliser), default=Normaliser.NONE)
    frequency: Mapped[Frequency] = mapped_column(code_enum(Frequency), default=Frequency.QUARTERLY)
    #: Target of the normalised value; None while the centre has not set one.
    target: Mapped[float | None] = mapped_column(Float, default=None)
    lower_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Why the indicator was dropped (or any remark on it).
    note: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[DataOrigin] = mapped_column(code_enum(DataOrigin), default=DataOrigin.FIELD)


class IndicatorValue(SyncedMixin, Base):
    """The actual value of an indicator over one period.

    With ``normaliser_amount`` (useful person-months or training person-days of the period)
    ``actual`` is the raw quantity and the indicator's value is their quotient; without it,
    ``actual`` is already the normalised value, as the seed prints it.
    """

    __tablename__ = "indicator_value"

    indicator_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("indicator.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    actual: Mapped[float] = mapped_column(Float)
    normaliser_amount: Mapped[float | None] = mapped_column(Float, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class PracticalModule(SyncedMixin, Base):
    """Practical work of a course: trainees each get a copy of a reference assessment."""

    __tablename__ = "practical_module"

    course_module_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("course_module.id"), index=True, default=None
    )
    title: Mapped[str] = mapped_column(String(300))
    reference_assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    #: Codes of :class:`~cpdesk.core.training_vocabulary.PracticalData` given to the trainees.
    data_given: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: Numbers (1..18) of the method's tasks the trainees must do.
    tasks_required: Mapped[list[int]] = mapped_column(JSON, default=list)
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")


class PracticalAssignment(SyncedMixin, Base):
    """One trainee's copy of a practical module's assessment, and where it travelled."""

    __tablename__ = "practical_assignment"

    module_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("practical_module.id"), index=True)
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("participant.id"), index=True, default=None
    )
    trainee_name: Mapped[str] = mapped_column(String(200), default="")
    #: The trainee's copy of the reference assessment.
    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
