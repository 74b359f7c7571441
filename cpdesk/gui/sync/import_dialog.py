"""Sync → Import bundle…: verify a bundle, show what it would change, then import it.

Choosing a file runs the whole import as a dry run off the GUI thread (every check, then the
merge, rolled back): the dialog shows first whether the bundle verifies (who signed it with
which trusted key, format version, hashes, encryption) or exactly why it is rejected, then
per kind of record what would be new, updated, unchanged, in conflict or rejected. Nothing is
written until the person presses Import. The same bundle again is reported as already
imported. A centre's first reference-data pack needs the centre's fingerprint, read to the
person by the centre (not taken from the pack).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cpdesk.gui import display
from cpdesk.gui.errors import describe
from cpdesk.gui.sync.refusals import reason_text
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
from cpdesk.gui.workers import Job
from cpdesk.services.sync import importing as sync
from cpdesk.services.sync.importing import BundleRejected, UntrustedBundle


class ImportDialog(QDialog):
    """Choose a bundle; its verification and dry-run report; Import commits it."""

    #: A bundle was imported (the :class:`~cpdesk.services.sync.importing.ImportReport`).
    imported = Signal(object)
    #: The person wants to see the conflicts the import found.
    conflicts_requested = Signal()

    def __init__(self, workbench: Any, parent: QWidget | None = None, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.wb = workbench
        self.setWindowTitle(self.tr("Import bundle"))
        self.setObjectName("SyncImportDialog")
        self.status = sync.sync_status(workbench.db)
        self.report: sync.ImportReport | None = None
        self.error: BaseException | None = None
        self.job: Job | None = None

        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A .cpdx bundle or reference-data pack"))
        self.path.returnPressed.connect(self.check)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Bundle:"), file_row)
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText(self.tr("only for the centre's first reference-data pack"))
        self.fingerprint.setToolTip(
            self.tr(
                "The centre's fingerprint as the centre told it to you (on paper or by phone). "
                "It confirms the centre's key the first time; later packs are checked against it."
            )
        )
        self.fingerprint.returnPressed.connect(self.check)
        self.needs_fingerprint = not self.status.is_centre and self.status.centre is None
        if self.needs_fingerprint:
            form.addRow(self.tr("Centre's fingerprint:"), self.fingerprint)

        self.verification = rich_label(self.tr("Choose a bundle: it is checked before anything is written."))
        self.verification.setMinimumHeight(90)
        self.verification.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_title = QLabel()
        self.counts = make_table(
            [
                self.tr("Kind of record"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
                self.tr("Rejected"),
            ]
        )
        self.counts.setMinimumHeight(200)
        self.notes = rich_label()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.conflicts_button = self.buttons.addButton(
            self.tr("Show conflicts"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.conflicts_button.hide()
        self.import_button.clicked.connect(lambda: self.commit())
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verification)
        layout.addWidget(self.report_title)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.resize(780, 640)
        if path is not None:
            self.path.setText(str(path))
            self.check()

    # ----------------------------------------------------------------- choosing

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import bundle"),
            self.path.text() or str(Path.home()),
            self.tr("cpdesk bundles (*.cpdx);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.check()

    def centre_fingerprint(self) -> str | None:
        text = self.fingerprint.text().strip() if self.needs_fingerprint else ""
        return text or None

    # ----------------------------------------------------------------- dry run and import

    def check(self) -> Job | None:
        """Verify the bundle and merge it as a dry run (nothing written); returns the job."""
        return self._run(dry_run=True)

    def commit(self) -> Job | None:
        """Import the bundle the dry run showed; returns the job."""
        if self.report is None or self.report.status != "dry run":
            return None
        return self._run(dry_run=False)

    def _run(self, dry_run: bool) -> Job | None:
        text = self.path.text().strip()
        self.report, self.error = None, None
        self.import_button.setEnabled(False)
        self.conflicts_button.hide()
        self.counts.setRowCount(0)
        self.report_title.clear()
        self.notes.clear()
        if not text:
            self.verification.setText(self.tr("Choose a bundle: it is checked before anything is written."))
            return None
        path = Path(text).expanduser()
        if not path.is_file():
            self._rejected(self.tr("%1 cannot be found or is not a file.").replace("%1", str(path)))
            return None
        self.verification.setText(self.tr("Checking %1…").replace("%1", html(path.name)))
        db, fingerprint = self.wb.db, self.centre_fingerprint()

        self.job = run_service(
            self,
            sync.import_bundle,
            title=self.tr("Import bundle"),
            label=self.tr("Checking the bundle…") if dry_run else self.tr("Importing the bundle…"),
            done=self._show_report,
            failed=self._failed,
            cancelled=lambda: self.verification.setText(coloured(WARN, self.tr("Cancelled: nothing was imported."))),
            db=db,
            path=path,
            dry_run=dry_run,
            centre_fingerprint=fingerprint,
        )
        return self.job

    def _failed(self, error: BaseException) -> None:
        self.error = error
        if not isinstance(error, BundleRejected):
            self._rejected(describe(error))
            return
        hint = ""
        if isinstance(error, UntrustedBundle) and self.needs_fingerprint and not self.fingerprint.text().strip():
            hint = self.tr(
                "If this is the centre's first reference-data pack, type the centre's fingerprint above, "
                "as the centre told it to you, and press Enter."
            )
            self.fingerprint.setFocus()
        self._rejected(reason_text(error), hint)

    def _rejected(self, reason: str, hint: str = "") -> None:
        self.verification.setText(
            coloured(
                BAD,
                "<b>"
                + self.tr("Rejected: nothing was imported.")
                + "</b><br>"
                + self.tr("Reason: %1").replace("%1", html(reason)),
            )
            + (f"<br>{html(hint)}" if hint else "")
        )

    def _show_report(self, report: sync.ImportReport) -> None:
        self.report = report
        self.verification.setText(self._verification_text(report))
        locale = self.wb.numbers
        rows = {name: [e.new, e.updated, e.unchanged, e.conflicts, e.rejected] for name, e in report.entities.items()}
        if report.status == "already imported":
            self.report_title.setText(
                f"<b style='color:{WARN}'>" + self.tr("Already imported: nothing to do.") + "</b>"
            )
        elif report.status == "dry run":
            self.report_title.setText(
                "<b>" + self.tr("What the import would do (nothing is written until you press Import):") + "</b>"
            )
            self.import_button.setEnabled(True)
        else:
            self.report_title.setText(f"<b style='color:{GOOD}'>" + self.tr("Imported. What changed:") + "</b>")
        if rows:
            fill_counts(self.counts, rows, self.tr("Total"), locale)
        notes = [html(line) for line in [*report.rejections, *report.warnings]]
        if report.conflicts:
            notes.insert(
                0,
                self.tr(
                    "%1 records were changed on both sides: both versions are kept; resolve them in Conflicts."
                ).replace("%1", str(len(report.conflicts))),
            )
            self.conflicts_button.setVisible(report.status == "imported")
        self.notes.setText("<br>".join(f"• {n}" for n in notes))
        if report.status == "imported":
            self.imported.emit(report)

    def _verification_text(self, report: sync.ImportReport) -> str:
        roles = {
            "centre": self.tr("the centre"),
            "centre-unconfirmed": self.tr("the centre, confirmed by the fingerprint you typed"),
            "auditor": self.tr("a trusted auditor"),
            "self": self.tr("this installation itself"),
        }
        kind = self.tr("reference-data pack") if report.kind == "reference" else self.tr("data bundle")
        head = f"<b style='color:{GOOD}'>" + self.tr("Verified %1.").replace("%1", kind) + "</b>"
        lines = [
            self.tr("Signed by %1 (%2), key %3.")
            .replace("%1", html(report.signer))
            .replace("%2", roles.get(report.signer_role, report.signer_role))
            .replace("%3", short_fingerprint(report.signer_fingerprint)),
            self.tr("Written by %1 on %2 UTC, bundle #%3 of its device.")
            .replace("%1", html(report.author or "?"))
            .replace("%2", display.moment(_utc(report.created_at), self.wb.lang))
            .replace("%3", str(report.sequence)),
            self.tr("Format version %1, database schema %2.")
            .replace("%1", str(report.format_version))
            .replace("%2", report.schema_revision)
            + (" " + self.tr("Converted from the older schema.") if report.converted_from else ""),
        ]
        if report.members_checked:
            lines.append(
                self.tr("All %1 files inside match their size and SHA-256; every record was checked.").replace(
                    "%1", str(report.members_checked)
                )
            )
        lines.append(
            self.tr("Encrypted to this installation.") if report.encrypted else self.tr("Not encrypted (signed only).")
        )
        return head + "<br>" + "<br>".join(lines)


def _utc(moment: datetime) -> datetime:
    """``moment`` as a wall-clock time in UTC (the bundle's time, shown as "... UTC")."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo is not None else moment
