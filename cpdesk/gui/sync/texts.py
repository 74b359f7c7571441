"""What the sync screens share: names of the synced tables, fingerprints, colours, labels, count tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem

from cpdesk.core import labels
from cpdesk.gui import display

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


def table_label(name: str) -> str:
    """A synced table as the person knows it ("options", "process steps"; kind "Table" of the
    labels, else the name of one of its records)."""
    return labels.table_label(name, display.language())


def record_label(name: str) -> str:
    """One record of a synced table, in the workbench's words ("assessment", "option")."""
    return labels.entity_label({"cp_option": "option"}.get(name, name), display.language()).replace("_", " ")


def short_fingerprint(fingerprint: str | None) -> str:
    """A fingerprint in dash-separated groups of four, as read aloud on the phone."""
    text = "".join(ch for ch in (fingerprint or "").lower() if ch not in "-: ")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def make_table(headers: Sequence[str]) -> QTableWidget:
    """A read-only table with the sync screens' look."""
    table = QTableWidget(0, len(headers))
    style_table(table, headers)
    return table


def style_table(table: QTableWidget, headers: Sequence[str]) -> None:
    """Give ``table`` the sync screens' look, with these columns, read-only."""
    table.setColumnCount(len(headers))
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
