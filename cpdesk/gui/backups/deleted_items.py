"""Edit -> Deleted items: the deleted assessments, and bringing one back.

A deleted assessment keeps its rows as tombstones, so it comes back whole (with what its
deletion took) through the editor's ``Restore``, an ordinary edit: Ctrl+Z deletes it again.
The list is :func:`cpdesk.services.assessment.deleted.deleted_assessments`.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.dates import format_moment
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui.errors import show_error
from cpdesk.services.assessment.deleted import deleted_assessments
from cpdesk.services.editing import Restore


class DeletedItemsDialog(QDialog):
    """The deleted assessments, the most recently deleted first."""

    #: An assessment is back (its id).
    restored = Signal(object)

    def __init__(self, wb: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.setWindowTitle(self.tr("Deleted items"))
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.bring_back())
        self.back = QPushButton(self.tr("&Bring back"))
        self.back.clicked.connect(self.bring_back)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "A deleted assessment comes back with everything its deletion took; Ctrl+Z deletes it "
                "again. An assessment deleted before the last backups can also be restored from a copy "
                "(File > Restore from backup)."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #495057;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(620, 400)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for row in deleted_assessments(self.wb.db):
            deleted = self.tr("deleted %1").replace("%1", format_moment(row.deleted_at, self.wb.lang))
            item = QListWidgetItem(f"{deleted} · {row.title} · {row.company}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.title)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("No deleted assessments."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.back.setEnabled(self.current() is not None)

    def current(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        found = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return found if isinstance(found, uuid.UUID) else None

    def bring_back(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        title = str(self.list.currentItem().data(Qt.ItemDataRole.UserRole + 1))
        try:
            self.wb.execute([Restore(Entity.ASSESSMENT, chosen)], self.tr("Bring back %1").replace("%1", title))
        except CpdeskError as exc:
            show_error(self, exc)
            return
        self.restored.emit(chosen)
        self.reload()
