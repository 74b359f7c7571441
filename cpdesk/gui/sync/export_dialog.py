"""Sync → Export bundle…: what goes in the bundle, to whom it is encrypted, then the export.

The dialog counts what an export would hold (``sync.plan_export``) whenever the recipient or
the choice "changes only / everything" changes, writes the bundle off the GUI thread with a
progress dialog and Cancel (a cancelled export writes nothing and marks nothing as sent), and
ends with what the read-back from the disk found. A failed write (disk full, USB stick pulled
out) is one line in the dialog; the destination is left as it was.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.sync.texts import (
    BAD,
    GOOD,
    WARN,
    coloured,
    fill_counts,
    html,
    make_table,
    rich_label,
    short_fingerprint,
)
from cpdesk.gui.sync.work import run_service
from cpdesk.gui.workers import Job, run_job
from cpdesk.services.sync import importing as sync
from cpdesk.services.sync import keys as sync_keys

BUNDLE_SUFFIX = ".cpdx"


def default_file_name(device_id: str, day: date | None = None) -> str:
    """``cpdesk-<device>-<YYYY-MM-DD>.cpdx``: the device (first 8 characters of its id)
    tells the centre's staff apart the bundles of several laptops of one day."""
    device = re.sub(r"[^A-Za-z0-9-]", "", device_id)[:8] or "device"
    return f"cpdesk-{device}-{(day or date.today()).isoformat()}{BUNDLE_SUFFIX}"


class ExportDialog(QDialog):
    """Choose destination, recipient and scope; see the counts; export; see the read-back."""

    #: The export finished (the :class:`~cpdesk.services.sync.importing.ExportResult`).
    exported = Signal(object)

    def __init__(self, workbench: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.setWindowTitle(self.tr("Export bundle"))
        self.setObjectName("SyncExportDialog")
        self.status = sync.sync_status(workbench.db)
        self.plan: sync.ExportPlan | None = None
        self.result: sync.ExportResult | None = None
        self.job: Job | None = None
        self._plan_job: Job | None = None

        self.path = QLineEdit(str(self._default_folder() / default_file_name(workbench.db.device_id)))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        self.recipient = QComboBox()
        for label, to in self._recipients():
            self.recipient.addItem(label, to)
        self.recipient.currentIndexChanged.connect(self.replan)
        self.encryption = rich_label()

        self.changes_only = QRadioButton(self.tr("What changed since the last export to this recipient"))
        self.everything = QRadioButton(self.tr("Everything in this database"))
        self.changes_only.setChecked(True)
        self.scope = QButtonGroup(self)
        for button in (self.changes_only, self.everything):
            self.scope.addButton(button)
        self.scope.buttonToggled.connect(lambda _button, checked: checked and self.replan())
        scope_box = QVBoxLayout()
        scope_box.setSpacing(2)
        scope_box.addWidget(self.changes_only)
        scope_box.addWidget(self.everything)

        form = QFormLayout()
        form.addRow(self.tr("Save as:"), file_row)
        form.addRow(self.tr("Send to:"), self.recipient)
        form.addRow(self.tr("Encryption:"), self.encryption)
        form.addRow(self.tr("Include:"), scope_box)

        self.summary = QLabel()
        self.counts = make_table([self.tr("Kind of record"), self.tr("Records")])
        self.counts.setMinimumHeight(220)
        self.outcome = rich_label()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self.export_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        self.replan()

    # ----------------------------------------------------------------- choices

    def _default_folder(self) -> Path:
        return Path.home()

    def _recipients(self) -> list[tuple[str, str | None]]:
        """(label, ``to``) pairs: a field installation sends to its centre; the centre to a
        trusted auditor, or to nobody in particular (not encrypted)."""
        s = self.status
        if not s.is_centre:
            if s.centre is None:
                return [(self.tr("Nobody in particular (no centre key known yet)"), None)]
            return [(self.tr("The centre: %1").replace("%1", s.centre), None)]
        choices: list[tuple[str, str | None]] = []
        for key in sync_keys.list_keys(self.wb.db):
            if key.role == "auditor" and not key.revoked:
                label = f"{key.name} ({short_fingerprint(key.fingerprint)[:19]})"
                choices.append((label, key.fingerprint))
        choices.append((self.tr("Nobody in particular (not encrypted)"), None))
        return choices

    def all_records(self) -> bool:
        return self.everything.isChecked()

    def to(self) -> str | None:
        return self.recipient.currentData()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export bundle"), self.path.text(), self.tr("cpdesk bundles (*.cpdx)")
        )
        if path:
            self.path.setText(path if path.lower().endswith(BUNDLE_SUFFIX) else path + BUNDLE_SUFFIX)

    # ----------------------------------------------------------------- plan

    def replan(self) -> None:
        """Count what the export would hold, off the GUI thread."""
        if self._plan_job is not None:
            self._plan_job.cancel()
        self.summary.setText(self.tr("Counting the records…"))
        db, all_records, to = self.wb.db, self.all_records(), self.to()

        def job(_progress: Any, _cancelled: Any) -> sync.ExportPlan:
            return sync.plan_export(db, all_records=all_records, to=to)

        self._plan_job = run_job(job, self._planned, on_error=self._plan_failed, show_progress=False)

    def _planned(self, plan: sync.ExportPlan) -> None:
        self.plan = plan
        self._plan_job = None
        locale = self.wb.numbers
        fill_counts(self.counts, {name: [n] for name, n in plan.tables.items()}, self.tr("Total"), locale)
        if plan.records:
            self.summary.setText(
                self.tr("%1 records of %2 kinds will be written.")
                .replace("%1", display.number(plan.records, locale, 0))
                .replace("%2", str(len(plan.tables)))
            )
        elif plan.mode == "changes":
            self.summary.setText(self.tr("Nothing changed since the last export to this recipient."))
        else:
            self.summary.setText(self.tr("This database holds no records to export."))
        if plan.encrypted:
            self.encryption.setText(
                coloured(
                    GOOD,
                    self.tr("Encrypted to %1, key %2: only they can open it.")
                    .replace("%1", html(plan.recipient or ""))
                    .replace("%2", short_fingerprint(plan.recipient_fingerprint)),
                )
            )
        else:
            reason = (
                self.tr("No recipient chosen.")
                if self.status.is_centre
                else self.tr("No centre key is known here yet: import the centre's reference-data pack first.")
            )
            self.encryption.setText(
                coloured(
                    WARN,
                    "<b>"
                    + self.tr("Not encrypted.")
                    + "</b> "
                    + reason
                    + " "
                    + self.tr("The bundle is signed, but anybody who gets the file can read it."),
                )
            )

    def _plan_failed(self, error: BaseException) -> None:
        self._plan_job = None
        self.summary.setText(coloured(BAD, html(describe(error))))

    # ----------------------------------------------------------------- export

    def target(self) -> Path | None:
        """The destination typed or chosen (``.cpdx`` added), or None after a message."""
        text = self.path.text().strip()
        if not text:
            self._show_outcome(BAD, self.tr("Choose where to save the bundle."))
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        if not path.parent.is_dir():
            self._show_outcome(
                BAD,
                self.tr("The folder %1 does not exist (was the USB stick removed?).").replace("%1", str(path.parent)),
            )
            return None
        return path

    def export(self, confirm_overwrite: bool = True) -> Job | None:
        """Write the bundle in a worker; returns the job (None when nothing was started)."""
        path = self.target()
        if path is None:
            return None
        if confirm_overwrite and path.exists():
            answer = QMessageBox.question(
                self, self.tr("Export bundle"), self.tr("%1 exists. Replace it?").replace("%1", path.name)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        db, all_records, to = self.wb.db, self.all_records(), self.to()
        self.export_button.setEnabled(False)
        self.outcome.clear()

        self.job = run_service(
            self,
            sync.export_bundle,
            title=self.tr("Export bundle"),
            label=self.tr("Writing, encrypting and reading back the bundle…"),
            done=self._exported,
            failed=self._failed,
            cancelled=self._cancelled,
            db=db,
            path=path,
            all_records=all_records,
            to=to,
        )
        return self.job

    def _exported(self, result: sync.ExportResult) -> None:
        self.result = result
        self.export_button.setEnabled(True)
        locale = self.wb.numbers
        lines = [
            self.tr("Written: %1 (%2, bundle #%3).")
            .replace("%1", html(str(result.path)))
            .replace("%2", display.file_size(result.size, locale))
            .replace("%3", str(result.sequence)),
            self.tr("Read back from the disk and compared: all %1 bytes match (SHA-256 %2…).")
            .replace("%1", display.number(result.size, locale, 0))
            .replace("%2", result.sha256[:16])
            if result.sha256
            else self.tr(
                "Read back from the disk and compared: all %1 bytes match (every chunk's tag checked)."
            ).replace("%1", display.number(result.size, locale, 0)),
            self.tr("Encrypted to %1.").replace("%1", html(result.recipient or ""))
            if result.encrypted
            else self.tr("Signed, not encrypted."),
        ]
        self._show_outcome(GOOD, "<br>".join(lines), escape=False)
        self.exported.emit(result)
        self.replan()  # what is left to send: nothing, until the next edit

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._show_outcome(BAD, self.tr("The export failed: %1").replace("%1", describe(error)))

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self._show_outcome(WARN, self.tr("Export cancelled: nothing was written."))

    def _show_outcome(self, colour: str, text: str, escape: bool = True) -> None:
        self.outcome.setText(coloured(colour, html(text) if escape else text))
