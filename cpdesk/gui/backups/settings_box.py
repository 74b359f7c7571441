"""The Backups part of the Settings dialog: how many copies to keep, a second place, encryption.

The settings are the service's (:class:`cpdesk.services.backups.BackupSettings`, a file in
the backup folder that the command line reads too); this box edits and saves them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cpdesk.core.backup_rotation import MAX_KEPT, RotationPolicy
from cpdesk.gui.errors import show_error
from cpdesk.services import backups


class BackupSettingsBox(QGroupBox):
    """Edits the backup settings; :meth:`save` stores them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self._settings = backups.settings()
        policy = self._settings.policy
        self.keep: dict[str, QSpinBox] = {}
        counts = QHBoxLayout()
        for key, text, value in (
            ("recent", self.tr("recent"), policy.recent),
            ("daily", self.tr("daily"), policy.daily),
            ("weekly", self.tr("weekly"), policy.weekly),
            ("monthly", self.tr("monthly"), policy.monthly),
        ):
            box = QSpinBox()
            box.setRange(1 if key == "recent" else 0, MAX_KEPT)
            box.setValue(value)
            box.setObjectName(f"keep_{key}")
            self.keep[key] = box
            counts.addWidget(box)
            counts.addWidget(QLabel(text))
        counts.addStretch(1)
        self.second_folder = QLineEdit(self._settings.second_folder)
        self.second_folder.setPlaceholderText(self.tr("A USB stick or a synced folder (optional)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        second = QHBoxLayout()
        second.addWidget(self.second_folder, 1)
        second.addWidget(browse)
        self.encrypt = QCheckBox(self.tr("Encrypt the copies to this installation's key"))
        self.encrypt.setChecked(self._settings.encrypt)
        note = QLabel(
            self.tr(
                "Copies are taken at start, every 30 minutes of work and at close, into %1. An "
                "encrypted copy is of no use to whoever finds it, and can be restored only with this "
                "installation's key (keys/installation.key in the data folder): keep a copy of that file."
            ).replace("%1", str(backups.backups_folder_path()))
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #495057;")
        form = QFormLayout(self)
        form.addRow(self.tr("Copies kept"), counts)
        form.addRow(self.tr("Second place for the day's copy"), second)
        form.addRow("", self.encrypt)
        form.addRow(note)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second place"), self.second_folder.text())
        if folder:
            self.second_folder.setText(folder)

    def result(self) -> backups.BackupSettings:
        policy = RotationPolicy(**{key: box.value() for key, box in self.keep.items()})
        return backups.BackupSettings(
            policy=policy,
            second_folder=self.second_folder.text().strip(),
            encrypt=self.encrypt.isChecked(),
            interval_minutes=self._settings.interval_minutes,
        )

    def save(self) -> None:
        """Store the settings as edited (a folder that cannot be written is told)."""
        try:
            backups.store_settings(self.result())
        except OSError as exc:
            show_error(self, exc)
