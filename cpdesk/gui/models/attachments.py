"""The model of an assessment's photos and files: caption (editable), thumbnail, details."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from cpdesk.core.entities import Entity
from cpdesk.gui import display
from cpdesk.gui.models.base import Column, RecordTableModel
from cpdesk.services.assessment.attachments import AttachmentRow


class AttachmentModel(RecordTableModel[AttachmentRow]):
    """Column 0 carries the thumbnail, so an icon-mode list view shows a gallery."""

    entity = Entity.ATTACHMENT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.thumbnails: dict[str, QIcon] = {}  # by SHA-256: the same photo twice is one icon
        self.fallback = QIcon()
        super().__init__(*args, **kwargs)

    def owner_label(self, row: AttachmentRow) -> str:
        kinds = {
            "assessment": self.tr("Assessment"),
            "process_step": self.tr("Step"),
            "stream": self.tr("Stream"),
            "option": self.tr("Option"),
        }
        if row.owner_type == "assessment":
            return kinds["assessment"]
        return f"{kinds.get(row.owner_type, row.owner_type)}: {row.owner_name}"

    def make_columns(self) -> list[Column[AttachmentRow]]:
        return [
            Column("caption", self.tr("Caption"), lambda r: r.caption, show=lambda r: r.caption or r.filename),
            Column("", self.tr("File"), lambda r: r.filename, editable=False),
            Column("", self.tr("Attached to"), self.owner_label, editable=False),
            Column("", self.tr("Size"), lambda r: display.file_size(r.size_bytes, self.locale), editable=False),
            Column("", self.tr("Added"), lambda r: display.day(r.created_at), editable=False),
        ]

    def row_tip(self, row: AttachmentRow) -> str:
        return "\n".join(
            [row.filename, self.owner_label(row), display.file_size(row.size_bytes, self.locale), row.media_type]
        )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            row = self.row(index.row())
            return self.thumbnails.get(row.sha256, self.fallback)
        return super().data(index, role)

    def set_thumbnails(self, icons: dict[str, QIcon]) -> None:
        self.thumbnails.update(icons)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
