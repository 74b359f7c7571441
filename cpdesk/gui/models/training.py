"""Table models of the centre's training records and of its own indicators.

Rows are the services' frozen rows (:mod:`cpdesk.services.training.rows`,
:mod:`cpdesk.services.training.indicators`); edits go to the ``submit`` callback as for every other
table (the training screens pass their undoable :class:`TrainingEdits.update`). Codes of the
training vocabulary are shown with their Vietnamese or English label; person-days say where
they come from (attendance, head count) in the tooltip and in a column of their own.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cpdesk.core import reference
from cpdesk.core.training import CourseYear, IndicatorStatus, PersonDaysBasis
from cpdesk.core.training_vocabulary import (
    CourseKind,
    Frequency,
    Gender,
    IndicatorScope,
    ModuleKind,
    Normaliser,
    OrganisationType,
    WorkshopKind,
    indicator_unit,
    label,
)
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel
from cpdesk.services.training.indicators import IndicatorRow, IndicatorValueRow
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

MET_BACKGROUND = QColor("#d1e7dd")
MET_FOREGROUND = QColor("#0f5132")
NOT_MET_BACKGROUND = QColor("#f8d7da")
NOT_MET_FOREGROUND = QColor("#842029")
DROPPED_FOREGROUND = QColor("#8c959f")


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
    """Where person-days come from, in a few words."""
    texts = {
        PersonDaysBasis.ATTENDANCE: QCoreApplication.translate("TrainingModels", "attendance"),
        PersonDaysBasis.HEADCOUNT: QCoreApplication.translate("TrainingModels", "head count × days"),
        PersonDaysBasis.MIXED: QCoreApplication.translate("TrainingModels", "attendance and head counts"),
        PersonDaysBasis.NONE: QCoreApplication.translate("TrainingModels", "no participants recorded"),
    }
    return texts[PersonDaysBasis(basis)]


def basis_tip(basis: PersonDaysBasis) -> str:
    texts = {
        PersonDaysBasis.ATTENDANCE: QCoreApplication.translate(
            "TrainingModels", "Person-days: the days each participant attended, added up."
        ),
        PersonDaysBasis.HEADCOUNT: QCoreApplication.translate(
            "TrainingModels", "Person-days: the session's days times its head count (attendance not recorded)."
        ),
        PersonDaysBasis.MIXED: QCoreApplication.translate(
            "TrainingModels", "Person-days: attendance where it is recorded, head count × days elsewhere."
        ),
        PersonDaysBasis.NONE: QCoreApplication.translate(
            "TrainingModels", "No attendance and no head count: these sessions count zero person-days."
        ),
    }
    return texts[PersonDaysBasis(basis)]


def status_text(status: IndicatorStatus | None) -> str:
    """Met / not met as words with a mark, so that it does not rest on colour alone."""
    if status is None:
        return QCoreApplication.translate("TrainingModels", "no value")
    texts = {
        IndicatorStatus.MET: QCoreApplication.translate("TrainingModels", "✓ met"),
        IndicatorStatus.NOT_MET: QCoreApplication.translate("TrainingModels", "✗ not met"),
        IndicatorStatus.NO_TARGET: QCoreApplication.translate("TrainingModels", "no target"),
        IndicatorStatus.DROPPED: QCoreApplication.translate("TrainingModels", "dropped"),
    }
    return texts[IndicatorStatus(status)]


def status_colours(status: IndicatorStatus | None) -> tuple[QColor, QColor] | None:
    """Background and text colour of a met / not met cell; None for the others."""
    if status == IndicatorStatus.MET:
        return MET_BACKGROUND, MET_FOREGROUND
    if status == IndicatorStatus.NOT_MET:
        return NOT_MET_BACKGROUND, NOT_MET_FOREGROUND
    return None


class CourseModel(RecordTableModel[CourseRow]):
    entity = "course"

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
    entity = "course_module"

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

    entity = "training_session"

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

    entity = "attendance"

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
    entity = "certificate"

    def make_columns(self) -> list[Column[CertificateRow]]:
        return [
            Column("", self.tr("Participant"), lambda r: r.participant, editable=False),
            Column("issued_on", self.tr("Issued"), lambda r: r.issued_on, Kind.DATE),
            Column("number", self.tr("Certificate no."), lambda r: r.number),
        ]


class ParticipantModel(RecordTableModel[ParticipantRow]):
    entity = "participant"

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

    entity = "workshop"

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


class IndicatorModel(RecordTableModel[IndicatorRow]):
    """The centre's indicators: target, the latest value (normalised), met / not met.

    A dropped indicator is greyed; the status cell is green or red with its word.
    """

    entity = "indicator"

    def make_columns(self) -> list[Column[IndicatorRow]]:
        scopes = vocabulary_choices(IndicatorScope, self.lang)
        frequencies = vocabulary_choices(Frequency, self.lang)
        name_key = "name_vi" if self.lang == "vi" else "name"
        self.status_title = self.tr("Status")
        return [
            Column("scope", self.tr("Scope"), lambda r: r.scope, Kind.CHOICE, choices=lambda r: scopes),
            Column(name_key, self.tr("Indicator"), lambda r: self.name_of(r), tip=lambda r: r.note),
            Column(
                "unit",
                self.tr("Unit"),
                lambda r: r.unit,
                show=lambda r: indicator_unit(r.unit, r.normaliser, self.lang),
                tip=lambda r: self.tr("The quantity's unit (%1), per unit of the normaliser").replace("%1", r.unit),
            ),
            Column("", self.tr("Normalised by"), lambda r: label(Normaliser(r.normaliser), self.lang), editable=False),
            Column(
                "frequency", self.tr("Monitored"), lambda r: r.frequency, Kind.CHOICE, choices=lambda r: frequencies
            ),
            Column("target", self.tr("Target"), lambda r: r.target, Kind.NUMBER, optional=True),
            Column(
                "",
                self.tr("Latest value"),
                lambda r: latest(r)[0],
                Kind.NUMBER,
                editable=False,
                tip=lambda r: latest(r)[1],
            ),
            Column("", self.status_title, lambda r: status_text(latest_status(r)), editable=False),
            Column("active", self.tr("Monitored now"), lambda r: r.active, Kind.FLAG),
            Column("note", self.tr("Note"), lambda r: r.note),
        ]

    def name_of(self, row: IndicatorRow) -> str:
        return (row.name_vi or row.name) if self.lang == "vi" else row.name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self._rows) and not self.error_at(index):
            row = self._rows[index.row()]
            is_status = self.columns[index.column()].title == self.status_title
            colours = status_colours(latest_status(row)) if is_status else None
            if role == Qt.ItemDataRole.ForegroundRole:
                if not row.active:
                    return QBrush(DROPPED_FOREGROUND)
                if colours:
                    return QBrush(colours[1])
            if role == Qt.ItemDataRole.BackgroundRole and colours:
                return QBrush(colours[0])
            if role == Qt.ItemDataRole.FontRole and not row.active:
                font = QFont()
                font.setItalic(True)
                return font
        return super().data(index, role)


def latest(row: IndicatorRow) -> tuple[float | None, str]:
    """The latest recorded value (normalised) and its period as a tooltip."""
    if not row.trend:
        return None, ""
    point = row.trend[-1]
    return point.value, f"{display.day(point.period_start)} – {display.day(point.period_end)}"


def latest_status(row: IndicatorRow) -> IndicatorStatus | None:
    if not row.active:
        return IndicatorStatus.DROPPED
    return row.trend[-1].status if row.trend else None


class IndicatorValueModel(RecordTableModel[IndicatorValueRow]):
    """The values of one indicator per period; the amount of the normaliser only where it has one."""

    entity = "indicator_value"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.normalised = True
        super().__init__(*args, **kwargs)

    def make_columns(self) -> list[Column[IndicatorValueRow]]:
        self.status_title = self.tr("Status")
        return [
            Column("", self.tr("From"), lambda r: r.period_start, Kind.DATE, editable=False),
            Column("", self.tr("To"), lambda r: r.period_end, Kind.DATE, editable=False),
            Column(
                "actual",
                self.tr("Actual"),
                lambda r: r.actual,
                Kind.NUMBER,
                tip=lambda r: self.tr("The quantity of the period, or the normalised value when no amount is given"),
            ),
            Column(
                "normaliser_amount",
                self.tr("Normaliser amount"),
                lambda r: r.normaliser_amount,
                Kind.NUMBER,
                optional=True,
                tip=lambda r: self.tr("Useful person-months or training person-days of the period"),
            ),
            Column("", self.tr("Value"), lambda r: r.value, Kind.NUMBER, editable=False),
            Column("", self.status_title, lambda r: status_text(r.status), editable=False),
            Column("note", self.tr("Note"), lambda r: r.note),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].key == "normaliser_amount" and not self.normalised:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            index.isValid()
            and index.row() < len(self._rows)
            and self.columns[index.column()].title == self.status_title
            and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
        ):
            colours = status_colours(self._rows[index.row()].status)
            if colours:
                return QBrush(colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1])
        return super().data(index, role)


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
