"""Table models of the centre's own indicators and their values per period.

A row is the service's frozen row (:mod:`cpdesk.services.training.indicators`); edits go to
the ``submit`` callback as for every other table. Met and not met are said in words with a
mark and shown green or red, a dropped indicator greyed and in italics.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from cpdesk.core import labels
from cpdesk.core.entities import Entity
from cpdesk.core.training import IndicatorStatus
from cpdesk.core.training_vocabulary import Frequency, IndicatorScope, Normaliser, indicator_unit, label
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, Kind, RecordTableModel
from cpdesk.gui.models.training import vocabulary_choices
from cpdesk.services.training.indicators import IndicatorRow, IndicatorValueRow

Index = QModelIndex | QPersistentModelIndex

MET_BACKGROUND = QColor("#d1e7dd")
MET_FOREGROUND = QColor("#0f5132")
NOT_MET_BACKGROUND = QColor("#f8d7da")
NOT_MET_FOREGROUND = QColor("#842029")
DROPPED_FOREGROUND = QColor("#8c959f")


def status_text(status: IndicatorStatus | None) -> str:
    """Met / not met as words with a mark, so that it does not rest on colour alone."""
    if status is None:
        return QCoreApplication.translate("TrainingModels", "no value")
    return labels.label("IndicatorStatus", IndicatorStatus(status), display.language())


def status_colours(status: IndicatorStatus | None) -> tuple[QColor, QColor] | None:
    """Background and text colour of a met / not met cell; None for the others."""
    if status == IndicatorStatus.MET:
        return MET_BACKGROUND, MET_FOREGROUND
    if status == IndicatorStatus.NOT_MET:
        return NOT_MET_BACKGROUND, NOT_MET_FOREGROUND
    return None


class IndicatorModel(RecordTableModel[IndicatorRow]):
    """The centre's indicators: target, the latest value (normalised), met / not met.

    A dropped indicator is greyed; the status cell is green or red with its word.
    """

    entity = Entity.INDICATOR

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

    entity = Entity.INDICATOR_VALUE

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
