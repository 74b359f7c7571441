"""Photos and files of the assessment, its steps, streams and options: a gallery with
captions, added with a button or dragged in from the file manager."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.gui.delegates import RecordDelegate
from cpdesk.gui.errors import show_error
from cpdesk.gui.models.attachments import AttachmentModel
from cpdesk.gui.models.base import ROW_ROLE
from cpdesk.gui.sections.base import Section, hint
from cpdesk.gui.widgets.empty_state import EmptyStack, EmptyState
from cpdesk.gui.widgets.entry import find_data
from cpdesk.gui.workers import run_job
from cpdesk.services import locations
from cpdesk.services.assessment import attachments
from cpdesk.services.assessment.attachments import AttachmentRow

THUMBNAIL = QSize(160, 120)


class AttachmentsSection(Section):
    key = "attachments"
    depends = frozenset({Entity.ATTACHMENT, Entity.PROCESS_STEP, Entity.STREAM, Entity.OPTION})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setAcceptDrops(True)
        self.model = AttachmentModel(self.wb.update, self.locale, self.lang)
        self.model.fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(self.locale, self.view))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(THUMBNAIL)
        self.view.setGridSize(QSize(THUMBNAIL.width() + 40, THUMBNAIL.height() + 56))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.viewport().setAcceptDrops(True)

        self.owner = QComboBox()
        self.owner.setMinimumContentsLength(28)
        self.owner.setToolTip(self.tr("New files are attached to this; the gallery shows its files"))
        self.owner.currentIndexChanged.connect(lambda _i: self._show_rows())
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        open_button = QPushButton(self.tr("Open"))
        open_button.clicked.connect(self.open_selected)
        save = QPushButton(self.tr("Save a copy…"))
        save.clicked.connect(self.save_selected)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Attach to:")))
        bar.addWidget(self.owner)
        bar.addStretch(1)
        for button in (add, open_button, save, delete):
            bar.addWidget(button)
        self._row_buttons = (open_button, save, delete)  # nothing to act on while empty

        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Photos of meters, leaks and equipment, logger files, invoices. They are kept in the "
                    "database and travel with the assessment. Drag files here from the file manager; "
                    "F2 edits a caption."
                )
            )
        )
        layout.addLayout(bar)
        self.empty = EmptyStack(
            self.view,
            EmptyState(
                self.tr(
                    "No photos or files here yet. Add photos of meters, leaks and equipment, logger files "
                    "and invoices, or drag them here from the file manager."
                ),
                self.tr("Add a photo or file…"),
                self.choose_files,
            ),
        )
        layout.addWidget(self.empty, 1)
        self._rows: list[AttachmentRow] = []

    def title(self) -> str:
        return self.tr("Photos and files")

    # ----------------------------------------------------------------- loading

    def reload(self) -> None:
        detail = self.wb.detail(self.assessment_id)
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All files of the assessment"), ("*", None))
        self.owner.addItem(self.tr("The assessment itself"), ("assessment", None))
        for step in detail.steps:
            self.owner.addItem(self.tr("Step: %1").replace("%1", step.name), ("process_step", step.id))
        for stream in detail.streams:
            self.owner.addItem(self.tr("Stream: %1").replace("%1", stream.name), ("stream", stream.id))
        for option in detail.options:
            self.owner.addItem(
                self.tr("Option: %1").replace("%1", f"{option.code} {option.title}".strip()), ("option", option.id)
            )
        index = find_data(self.owner, chosen) if chosen is not None else 0
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)
        self._rows = attachments.list_attachments(self.wb.db, self.assessment_id)
        self._show_rows()
        self._make_thumbnails()

    def _show_rows(self) -> None:
        kind, owner_id = self.owner.currentData() or ("*", None)
        if kind == "*":
            rows = self._rows
        else:
            rows = [r for r in self._rows if r.owner_type == kind and r.owner_id == owner_id]
        self.model.set_rows(rows)
        self.empty.show_empty(not rows)
        for button in self._row_buttons:
            button.setEnabled(bool(rows))

    def _make_thumbnails(self) -> None:
        """Scale the photos off the GUI thread (QImage works in any thread)."""
        missing = [r for r in self._rows if r.is_image and r.sha256 not in self.model.thumbnails]
        if not missing:
            return
        db = self.wb.db

        def job(progress: Any, cancelled: Any) -> dict[str, QImage]:
            images: dict[str, QImage] = {}
            for i, row in enumerate(missing):
                if cancelled():
                    break
                try:
                    _, content = attachments.read_attachment(db, row.id)
                except CpdeskError:
                    continue  # a damaged file keeps the plain file icon
                image = QImage.fromData(content)
                if not image.isNull():
                    images[row.sha256] = _thumbnail(image)
                progress((i + 1) / len(missing), row.filename)
            return images

        def done(images: dict[str, QImage]) -> None:
            self.model.set_thumbnails({key: QIcon(QPixmap.fromImage(image)) for key, image in images.items()})

        run_job(job, done, parent=self, show_progress=False, on_error=lambda _exc: None)

    # ----------------------------------------------------------------- actions

    def add_paths(self, paths: list[str]) -> list[AttachmentRow]:
        """Attach files to the chosen record, as one undoable step."""
        kind, owner_id = self.owner.currentData() or ("assessment", None)
        if kind == "*":
            kind, owner_id = "assessment", None
        files = [p for p in paths if Path(p).is_file()]
        if not files:
            return []

        def make() -> list[AttachmentRow]:
            return [
                attachments.add_file(self.wb.db, self.assessment_id, path, owner_type=kind, owner_id=owner_id)
                for path in files
            ]

        rows = self.execute(
            self.wb.create, "attachment", make, self.tr("Attach %1 files").replace("%1", str(len(files)))
        )
        if rows:
            self.status(self.tr("Attached %1 files").replace("%1", str(len(rows))))
        return rows or []

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach photos or files"), str(Path.home()))
        if paths:
            self.add_paths(paths)

    def selected(self) -> list[AttachmentRow]:
        return [index.data(ROW_ROLE) for index in self.view.selectionModel().selectedIndexes()]

    def open_selected(self) -> None:
        for row in self.selected():
            try:
                _, content = attachments.read_attachment(self.wb.db, row.id)
            except CpdeskError as exc:
                show_error(self, exc)
                continue
            folder = locations.data_dir() / "opened" / str(row.id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / row.filename
            path.write_bytes(content)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected(self) -> None:
        for row in self.selected():
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(Path.home() / row.filename))
            if not target:
                return
            try:
                _, content = attachments.read_attachment(self.wb.db, row.id)
                Path(target).write_bytes(content)
            except (CpdeskError, OSError) as exc:
                show_error(self, exc)

    def delete_selected(self) -> None:
        rows = self.selected()
        if rows:
            self.execute(self.wb.delete, Entity.ATTACHMENT, [r.id for r in rows])

    # ----------------------------------------------------------------- drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)


def _thumbnail(image: QImage) -> QImage:
    """The image scaled into the thumbnail box and centred in it, so that a gallery of
    photos, charts and drawings lines up."""
    scaled = image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    box = QImage(THUMBNAIL, QImage.Format.Format_ARGB32_Premultiplied)
    box.fill(Qt.GlobalColor.transparent)
    painter = QPainter(box)
    painter.drawImage((THUMBNAIL.width() - scaled.width()) // 2, (THUMBNAIL.height() - scaled.height()) // 2, scaled)
    painter.end()
    return box
