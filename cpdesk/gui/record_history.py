"""A record's history: its last 20 changes, who made each, when, and each field from what to
what, in the user's language and notation ("Vốn đầu tư: 150.000.000 VND → 180.000.000 VND").

Opened from a table's context menu (History…) and from the option form. The rows come from
:func:`cpdesk.services.editing.record_history` (the change log of the database); the values
are written as the sync conflicts screen writes them (:mod:`cpdesk.gui.sync.field_values`),
the fields by their labels. A change the log names no field of (a deletion, a restore) is
one row saying so.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core import labels
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.sync.field_values import field_value
from cpdesk.gui.sync.texts import make_table
from cpdesk.services import editing

#: Fields the log keeps that a person does not read as a change of the record.
UNSHOWN = frozenset({"deleted_at", "chart_x", "chart_y"})


class RecordHistoryDialog(QDialog):
    """The last changes of one record, newest first, one row per field changed."""

    def __init__(self, workbench: Any, entity: Entity, record_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.entity = Entity(entity)
        self.record_id = record_id
        self.setObjectName("RecordHistoryDialog")
        kind = labels.entity_label(self.entity.value, workbench.lang)
        self.setWindowTitle(self.tr("History of this %1").replace("%1", kind))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = make_table([self.tr("When"), self.tr("Who"), self.tr("Field"), self.tr("From"), self.tr("To")])
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 460)
        self.reload()

    def reload(self) -> None:
        """Read the history again."""
        self.table.setRowCount(0)
        try:
            entries = editing.record_history(self.wb.db, self.entity, self.record_id)
            context = editing.value_context(self.wb.db, self.entity, self.record_id)
        except CpdeskError as exc:
            self.heading.setText(describe(exc))
            return
        if not entries:
            self.heading.setText(self.tr("No change recorded yet."))
            return
        self.heading.setText(self.tr("The last %n change(s), newest first.", "", len(entries)))
        lang, numbers = self.wb.lang, self.wb.numbers
        for entry in entries:
            when = display.day(entry.changed_at, lang)
            who = entry.person or (entry.device_id[:8] if entry.device_id else "—")
            shown = [c for c in entry.changes if c.field not in UNSHOWN]
            if not shown:
                self._add(when, who, action_text(entry.action), "", "")
                continue
            for change in shown:
                self._add(
                    when,
                    who,
                    labels.field_label(context.table, change.field, lang),
                    field_value(context, change.field, change.before, "theirs", lang, numbers),
                    field_value(context, change.field, change.after, "theirs", lang, numbers),
                )
        self.table.resizeRowsToContents()

    def _add(self, *texts: str) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        for column, text in enumerate(texts):
            self.table.setItem(n, column, QTableWidgetItem(text))

    def rows(self) -> list[list[str]]:
        """The table's texts, row by row (for tests)."""
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]


def action_text(action: str) -> str:
    """A change the log names no field of, by what it did."""
    names = {
        "delete": QCoreApplication.translate("RecordHistoryDialog", "(deleted)"),
        "restore": QCoreApplication.translate("RecordHistoryDialog", "(brought back)"),
    }
    return names.get(action, QCoreApplication.translate("RecordHistoryDialog", "(changed)"))


def show_history(workbench: Any, entity: Entity, record_id: uuid.UUID, parent: QWidget | None = None) -> QDialog:
    """Open the record's history beside the screen (not modal: the person may go on working)."""
    dialog = RecordHistoryDialog(workbench, entity, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
