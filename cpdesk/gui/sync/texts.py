"""What the sync screens share: names of the synced tables, fingerprints, colours, labels, count tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from cpdesk.gui import display
from cpdesk.gui.workbench import entity_label

#: Colours of good news, warnings and failures (readable on the light default palette).
GOOD, WARN, BAD = "#1e6b34", "#9a5b00", "#b3261e"


def html(text: str) -> str:
    """``text`` safe inside a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def coloured(colour: str, text: str) -> str:
    """Rich text of ``text`` (already HTML) in ``colour``."""
    return f"<span style='color:{colour}'>{text}</span>"


def rich_label(text: str = "") -> QLabel:
    """A wrapping rich-text label whose text can be selected and copied (for a message)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


translate = QCoreApplication.translate


def table_label(name: str) -> str:
    """A synced table as the person knows it (the workbench's names, then these)."""
    labels = {
        "company": translate("Sync", "companies"),
        "course": translate("Sync", "courses"),
        "factor_set": translate("Sync", "factor sets"),
        "indicator": translate("Sync", "indicators"),
        "participant": translate("Sync", "participants"),
        "programme": translate("Sync", "programmes"),
        "workshop": translate("Sync", "workshops"),
        "assessment": translate("Sync", "assessments"),
        "certificate": translate("Sync", "certificates"),
        "course_module": translate("Sync", "course modules"),
        "fuel_factor": translate("Sync", "fuel factors"),
        "grid_factor": translate("Sync", "grid factors"),
        "indicator_value": translate("Sync", "indicator values"),
        "attachment": translate("Sync", "attachments"),
        "fuel_override": translate("Sync", "fuel values of an assessment"),
        "practical_module": translate("Sync", "practical modules"),
        "process_step": translate("Sync", "process steps"),
        "task_progress": translate("Sync", "task progress"),
        "team_member": translate("Sync", "team members"),
        "training_session": translate("Sync", "training sessions"),
        "attendance": translate("Sync", "attendance"),
        "practical_assignment": translate("Sync", "practical assignments"),
        "stream": translate("Sync", "streams"),
        "logger_series": translate("Sync", "logger series"),
        "measurement": translate("Sync", "measurements"),
        "waste_stream": translate("Sync", "waste streams"),
        "cause": translate("Sync", "causes"),
        "logger_series_chunk": translate("Sync", "logger readings (blocks)"),
        "measurement_source": translate("Sync", "readings taken from loggers"),
        "cp_option": translate("Sync", "options"),
        "option_saving": translate("Sync", "resource savings"),
    }
    return labels.get(name) or entity_label(name)


def record_label(name: str) -> str:
    """One record of a synced table, in the workbench's words ("assessment", "option")."""
    centre = {
        "factor_set": translate("Sync", "factor set"),
        "fuel_factor": translate("Sync", "fuel factor"),
        "grid_factor": translate("Sync", "grid factor"),
        "indicator": translate("Sync", "indicator"),
        "indicator_value": translate("Sync", "indicator value"),
    }
    if name in centre:
        return centre[name]
    return entity_label({"cp_option": "option"}.get(name, name)).replace("_", " ")


def short_fingerprint(fingerprint: str | None) -> str:
    """A fingerprint in dash-separated groups of four, as read aloud on the phone."""
    text = "".join(ch for ch in (fingerprint or "").lower() if ch not in "-: ")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def make_table(headers: Sequence[str]) -> QTableWidget:
    """A read-only table with the sync screens' look."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill_counts(table: QTableWidget, rows: Mapping[str, Sequence[int]], total_label: str, locale: str) -> None:
    """Rows of (table name -> counts), then a bold total row; numbers right-aligned."""
    table.setRowCount(0)
    totals = [0] * (table.columnCount() - 1)
    items = sorted(rows.items(), key=lambda kv: table_label(kv[0]).casefold())
    for name, counts in [*items, ("", None)]:
        row = table.rowCount()
        table.insertRow(row)
        values: Sequence[Any] = counts if counts is not None else totals
        label = QTableWidgetItem(table_label(name) if counts is not None else total_label)
        table.setItem(row, 0, label)
        for column, value in enumerate(values, start=1):
            item = QTableWidgetItem(display.number(value, locale, 0))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
            if counts is not None:
                totals[column - 1] += value
        if counts is None:
            font = QFont(label.font())
            font.setBold(True)
            for column in range(table.columnCount()):
                cell = table.item(row, column)
                if cell is not None:
                    cell.setFont(font)
