"""File -> Restore from backup…: the copies by date and time, what each holds, and the restores.

The list is the service's (:func:`cpdesk.services.backups.list_backups`), read from the notes
beside the copies, so it opens at once; the assessments of one copy are read from the copy
itself (off the GUI thread) only when one of them is to be restored. A whole restore is
handed to the caller (:attr:`RestoreDialog.whole_requested`), which closes the database, has
the service swap the copy in and reopens the window on it; one assessment is merged here, by
the service, and :attr:`RestoreDialog.assessment_restored` tells the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpdesk.core.dates import format_moment
from cpdesk.core.numbers import format_number
from cpdesk.gui import workers
from cpdesk.gui.errors import show_error
from cpdesk.services import backups

ModelIndex = QModelIndex | QPersistentModelIndex


class CopiesModel(QAbstractTableModel):
    """The copies of a database, newest first: one row per copy."""

    TAKEN, ASSESSMENTS, LAST_CHANGE, SIZE, ENCRYPTED, REASON = range(6)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[backups.BackupCopy] = []
        self._headers = [
            self.tr("Taken"),
            self.tr("Assessments"),
            self.tr("Last change"),
            self.tr("Size (MB)"),
            self.tr("Encrypted"),
            self.tr("Why"),
        ]

    def set_rows(self, rows: list[backups.BackupCopy]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: B008, N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        copy = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(copy.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.TAKEN:
            return format_moment(copy.taken_at.astimezone(), self.lang)
        if column == self.ASSESSMENTS:
            return "" if copy.assessments is None else str(copy.assessments)
        if column == self.LAST_CHANGE:
            return format_moment(copy.last_change.astimezone(), self.lang) if copy.last_change else ""
        if column == self.SIZE:
            return format_number(round(copy.size / 1_000_000, 1), self.lang)
        if column == self.ENCRYPTED:
            return self.tr("yes") if copy.encrypted else ""
        if column == self.REASON:
            return self._reason(copy.reason)
        return None

    def _reason(self, reason: str) -> str:
        return {
            "start": self.tr("at start"),
            "timer": self.tr("every 30 minutes"),
            "close": self.tr("at close"),
            "manual": self.tr("by hand"),
            "before-restore": self.tr("before a restore"),
        }.get(reason, reason)


class RestoreDialog(QDialog):
    """The copies of the open database and the two ways back."""

    #: A whole copy is to replace the database (the copy).
    whole_requested = Signal(object)
    #: One assessment was merged back (the service's AssessmentRestore).
    assessment_restored = Signal(object)

    def __init__(self, wb: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = wb
        self.setWindowTitle(self.tr("Restore from backup"))
        self.model = CopiesModel(wb.lang, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        self.holds = QLabel()
        self.holds.setWordWrap(True)
        self.whole = QPushButton(self.tr("Restore the &whole database…"))
        self.one = QPushButton(self.tr("Restore &one assessment…"))
        self.whole.clicked.connect(self.restore_whole)
        self.one.clicked.connect(self.restore_one)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.one, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.whole, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "One assessment is merged into the database as it is: what was changed since the copy "
                "stays, what was lost or deleted comes back. The whole database goes back to the copy; "
                "the database as it is now is backed up first."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #495057;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.holds)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        try:
            self.model.set_rows(backups.list_backups(self.wb.db))
        except backups.BackupError as exc:
            show_error(self, exc)
            self.model.set_rows([])
        if self.model.rows:
            self.view.selectRow(0)
        else:
            self.holds.setText(self.tr("No backup copies yet."))
        self._chosen()

    def current(self) -> backups.BackupCopy | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        copy = self.current()
        self.whole.setEnabled(copy is not None)
        self.one.setEnabled(copy is not None)
        if copy is None:
            return
        if copy.titles:
            self.holds.setText(self.tr("This copy holds: %1").replace("%1", "; ".join(sorted(set(copy.titles)))))
        elif copy.encrypted:
            self.holds.setText(self.tr("An encrypted copy: what it holds is read when you restore from it."))
        else:
            self.holds.setText("")

    def restore_whole(self) -> None:
        copy = self.current()
        if copy is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore the whole database"),
            self.tr(
                "Put the copy of %1 in place of the database? The database as it is now is backed up "
                "first, and the window reopens on the restored one."
            ).replace("%1", format_moment(copy.taken_at.astimezone(), self.wb.lang)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.whole_requested.emit(copy)

    def restore_one(self) -> None:
        copy = self.current()
        if copy is None:
            return
        workers.run_job(
            lambda _p, _c: backups.copy_contents(copy),
            lambda found: self._choose_assessment(copy, found),
            parent=self,
            title=self.tr("Reading the copy"),
            on_error=lambda exc: show_error(self, exc),
        )

    def _choose_assessment(self, copy: backups.BackupCopy, found: list[backups.CopiedAssessment]) -> None:
        if not found:
            QMessageBox.information(self, self.tr("Restore one assessment"), self.tr("This copy holds no assessment."))
            return
        deleted = self.tr("(deleted in the copy)")
        names = [f"{a.title} · {a.company}" + (f" {deleted}" if a.deleted else "") for a in found]
        name, ok = QInputDialog.getItem(self, self.tr("Restore one assessment"), self.tr("Assessment"), names, 0, False)
        if not ok:
            return
        chosen = found[names.index(name)]
        workers.run_job(
            lambda _p, _c: backups.restore_assessment(self.wb.db, copy, chosen.id),
            self._restored,
            parent=self,
            title=self.tr("Restoring the assessment"),
            on_error=lambda exc: show_error(self, exc),
        )

    def _restored(self, report: backups.AssessmentRestore) -> None:
        self.assessment_restored.emit(report)
        self.accept()
