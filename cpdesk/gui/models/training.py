"""Table models of the centre's training records and of a year's courses.

Rows are the services' frozen rows (:mod:`cpdesk.services.training.rows`); the indicators'
models are ``indicators``. Edits go to the ``submit`` callback as for every other
table (the training screens pass the workbench's undoable :meth:`Editor.update`). Codes of the
training vocabulary are shown with their Vietnamese or English label; person-days say where
they come from (attendance, head count) in the tooltip and in a column of their own.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from cpdesk.core import labels, reference
from cpdesk.core.entities import Entity
from cpdesk.core.training import CourseYear, PersonDaysBasis
from cpdesk.core.training_vocabulary import (
    CourseKind,
    Gender,
    ModuleKind,
    OrganisationType,
    WorkshopKind,
    label,
)
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel
from cpdesk.services.training.rows import (
    AttendanceRow,
    CertificateRow,
    CourseRow,
    ModuleRow,
    ParticipantRow,
    SessionRow,
    WorkshopRow,
)

Index = QModelIndex | QPersistentModelIndex


def vocabulary_choices(enum_cls: type[enum.StrEnum], lang: str) -> list[tuple[str, str]]:
    """(code, label) of every code of a training vocabulary, in its order."""
    return [(member.value, label(member, lang)) for member in enum_cls]


def days_text(value: float | None, locale: str) -> str:
    """Days and person-days as few decimals as they need: "563", "0,5", "2,25"."""
    if value is None:
        return ""
    decimals = next((d for d in range(3) if abs(value * 10**d - round(value * 10**d)) < 1e-9), 2)
    return display.number(value, locale, decimals)


def basis_text(basis: PersonDaysBasis) -> str:
    """Where person-days come from, in a few words (kind "PersonDaysBasis" of the labels)."""
    return labels.label("PersonDaysBasis", PersonDaysBasis(basis), display.language())


def basis_tip(basis: PersonDaysBasis) -> str:
    """How person-days are counted, in a sentence (kind "PersonDaysBasisNote")."""
    return labels.label("PersonDaysBasisNote", PersonDaysBasis(basis), display.language())


class CourseModel(RecordTableModel[CourseRow]):
    entity = Entity.COURSE

    def make_columns(self) -> list[Column[CourseRow]]:
        kinds = vocabulary_choices(CourseKind, self.lang)
        sectors = [("", self.tr("(all sectors)"))] + [(s.code, s.label.get(self.lang)) for s in reference.sectors()]
        n = self.locale
        return [
            Column("kind", self.tr("Kind"), lambda r: r.kind, Kind.CHOICE, choices=lambda r: kinds),
            Column("title", self.tr("Title"), lambda r: r.title),
            Column("sector", self.tr("Sector"), lambda r: r.sector, Kind.CHOICE, choices=lambda r: sectors),
            Column("start_date", self.tr("Starts"), lambda r: r.start_date, Kind.DATE, optional=True),
            Column("end_date", self.tr("Ends"), lambda r: r.end_date, Kind.DATE, optional=True),
            Column("", self.tr("Modules"), lambda r: r.modules, Kind.INTEGER, editable=False),
            Column("", self.tr("Sessions"), lambda r: r.sessions, Kind.INTEGER, editable=False),
            Column(
                "",
                self.tr("Days"),
                lambda r: r.days,
                Kind.NUMBER,
                editable=False,
                show=lambda r: days_text(r.days, self.locale),
            ),
            Column(
                "",
                self.tr("Person-days"),
                lambda r: r.person_days,
                Kind.NUMBER,
                editable=False,
                show=lambda r: days_text(r.person_days, n),
                tip=lambda r: basis_tip(r.basis),
            ),
            Column("", self.tr("Counted from"), lambda r: basis_text(r.basis), editable=False),
            Column("", self.tr("Certificates"), lambda r: r.certificates, Kind.INTEGER, editable=False),
        ]

    def parse(self, column: Column[CourseRow], row: CourseRow, value: Any) -> Any:
        if column.key == "sector":  # "" is a course across sectors, not a missing choice
            return value or ""
        return super().parse(column, row, value)


class ModuleModel(RecordTableModel[ModuleRow]):
    entity = Entity.COURSE_MODULE

    def make_columns(self) -> list[Column[ModuleRow]]:
        kinds = vocabulary_choices(ModuleKind, self.lang)
        return [
            Column("number", self.tr("No."), lambda r: r.number, Kind.INTEGER),
            Column("title", self.tr("Module"), lambda r: r.title),
            Column("kind", self.tr("Held"), lambda r: r.kind, Kind.CHOICE, choices=lambda r: kinds),
            Column("", self.tr("Demonstration company"), lambda r: r.demonstration_company or "", editable=False),
        ]


class SessionModel(RecordTableModel[SessionRow]):
    """A course's sessions; the module column offers the course's modules (:meth:`set_modules`)."""

    entity = Entity.TRAINING_SESSION

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.modules: list[tuple[Any, str]] = []
        super().__init__(*args, **kwargs)

    def set_modules(self, modules: Sequence[ModuleRow]) -> None:
        self.modules = [("", "—")] + [(m.id, f"{m.number}. {m.title}") for m in modules]

    def make_columns(self) -> list[Column[SessionRow]]:
        n = self.locale
        return [
            Column("held_on", self.tr("Date"), lambda r: r.held_on, Kind.DATE),
            Column(
                "days", self.tr("Days"), lambda r: r.days, Kind.NUMBER, show=lambda r: days_text(r.days, self.locale)
            ),
            Column(
                "module_id",
                self.tr("Module"),
                lambda r: r.module_id,
                Kind.CHOICE,
                optional=True,
                choices=lambda r: self.modules,
                show=lambda r: "" if r.module_number is None else str(r.module_number),
            ),
            Column("topic", self.tr("Topic"), lambda r: r.topic),
            Column(
                "participant_count",
                self.tr("Head count"),
                lambda r: r.participant_count,
                Kind.INTEGER,
                optional=True,
                tip=lambda r: self.tr("For a session whose attendance is not recorded person by person"),
            ),
            Column("", self.tr("Attendees"), lambda r: r.attendees, Kind.INTEGER, editable=False),
            Column(
                "",
                self.tr("Person-days"),
                lambda r: r.person_days,
                Kind.NUMBER,
                editable=False,
                show=lambda r: days_text(r.person_days, n),
                tip=lambda r: basis_tip(r.basis),
            ),
            Column("", self.tr("Counted from"), lambda r: basis_text(r.basis), editable=False),
        ]

    def parse(self, column: Column[SessionRow], row: SessionRow, value: Any) -> Any:
        if column.key == "module_id":
            return None if value in (None, "") else value
        return super().parse(column, row, value)


class AttendanceModel(RecordTableModel[AttendanceRow]):
    """Who attended a session and for how many days (at most the session's)."""

    entity = Entity.ATTENDANCE

    def make_columns(self) -> list[Column[AttendanceRow]]:
        return [
            Column("", self.tr("Participant"), lambda r: r.participant, editable=False),
            Column(
                "days_attended",
                self.tr("Days attended"),
                lambda r: r.days_attended,
                Kind.NUMBER,
                show=lambda r: days_text(r.days_attended, self.locale),
            ),
        ]


class CertificateModel(RecordTableModel[CertificateRow]):
    entity = Entity.CERTIFICATE

    def make_columns(self) -> list[Column[CertificateRow]]:
        return [
            Column("", self.tr("Participant"), lambda r: r.participant, editable=False),
            Column("issued_on", self.tr("Issued"), lambda r: r.issued_on, Kind.DATE),
            Column("number", self.tr("Certificate no."), lambda r: r.number),
        ]


class ParticipantModel(RecordTableModel[ParticipantRow]):
    entity = Entity.PARTICIPANT

    def make_columns(self) -> list[Column[ParticipantRow]]:
        types = vocabulary_choices(OrganisationType, self.lang)
        genders = [("", "—"), *vocabulary_choices(Gender, self.lang)]
        return [
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("organisation", self.tr("Organisation"), lambda r: r.organisation),
            Column(
                "organisation_type",
                self.tr("Organisation type"),
                lambda r: r.organisation_type,
                Kind.CHOICE,
                choices=lambda r: types,
            ),
            Column(
                "gender", self.tr("Gender"), lambda r: r.gender, Kind.CHOICE, optional=True, choices=lambda r: genders
            ),
            Column("email", self.tr("E-mail"), lambda r: r.email),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
            Column(
                "",
                self.tr("Days attended"),
                lambda r: r.days_attended,
                Kind.NUMBER,
                editable=False,
                show=lambda r: days_text(r.days_attended, self.locale),
            ),
            Column("", self.tr("Certificates"), lambda r: r.certificates, Kind.INTEGER, editable=False),
        ]


class WorkshopModel(RecordTableModel[WorkshopRow]):
    """Workshops and awareness seminars: person-days are days × participants."""

    entity = Entity.WORKSHOP

    def make_columns(self) -> list[Column[WorkshopRow]]:
        kinds = vocabulary_choices(WorkshopKind, self.lang)
        return [
            Column("kind", self.tr("Kind"), lambda r: r.kind, Kind.CHOICE, choices=lambda r: kinds),
            Column("title", self.tr("Title"), lambda r: r.title),
            Column("held_on", self.tr("Date"), lambda r: r.held_on, Kind.DATE),
            Column(
                "days", self.tr("Days"), lambda r: r.days, Kind.NUMBER, show=lambda r: days_text(r.days, self.locale)
            ),
            Column("participant_count", self.tr("Participants"), lambda r: r.participant_count, Kind.INTEGER),
            Column(
                "",
                self.tr("Person-days"),
                lambda r: r.person_days,
                Kind.NUMBER,
                editable=False,
                show=lambda r: days_text(r.person_days, self.locale),
                tip=lambda r: self.tr("Days × participants"),
            ),
            Column("venue", self.tr("Venue"), lambda r: r.venue),
        ]


class CourseYearModel(RecordTableModel[CourseYear]):
    """What each course did in a year (read only: the figures come from its sessions)."""

    def make_columns(self) -> list[Column[CourseYear]]:
        return [
            Column("", self.tr("Kind"), lambda r: label(CourseKind(r.kind), self.lang), editable=False),
            Column("", self.tr("Course"), lambda r: r.title, editable=False),
            Column("", self.tr("Sessions"), lambda r: r.sessions, Kind.INTEGER, editable=False),
            Column(
                "",
                self.tr("Days"),
                lambda r: r.days,
                Kind.NUMBER,
                editable=False,
                show=lambda r: days_text(r.days, self.locale),
            ),
            Column(
                "",
                self.tr("Person-days"),
                lambda r: r.person_days,
                Kind.NUMBER,
                editable=False,
                show=lambda r: days_text(r.person_days, self.locale),
                tip=lambda r: basis_tip(r.basis),
            ),
            Column("", self.tr("Counted from"), lambda r: basis_text(r.basis), editable=False),
        ]

    @staticmethod
    def _key(row: Any) -> Any:
        return row.id
