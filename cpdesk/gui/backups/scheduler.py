"""The workbench's automatic backups: shortly after start, every 30 minutes of work, at close.

The decisions are the service's (:class:`cpdesk.services.backups.BackupKeeper`, one per open
database, kept by the workbench so that a window rebuilt for another language goes on with
it); this module only asks it on a timer and runs the copies off the GUI thread with
:func:`cpdesk.gui.workers.run_job`, without a dialog. The copy at start waits a few seconds,
so the window is there first. The copy at close runs when the application quits or another
database is opened, in the GUI thread (the window is going; nobody types).

What happened goes to a label in the status bar ("Backed up 09:30"). A problem is shown once
in a message box (a full disk, with the space needed); the same problem again, and a missing
USB stick at every write, are only notes in the status bar.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from cpdesk.gui import workers
from cpdesk.gui.errors import describe
from cpdesk.services import backups

if TYPE_CHECKING:
    from cpdesk.gui.main_window import MainWindow

log = logging.getLogger(__name__)

#: Milliseconds after the window shows before the copy at start.
START_DELAY_MS = 8_000
#: How often the keeper is asked whether a copy is due.
TICK_MS = 60_000


def keeper_of(wb: Any) -> backups.BackupKeeper | None:
    """The keeper of the workbench's database (None for a server database)."""
    if hasattr(wb, "backup_keeper"):
        known: backups.BackupKeeper | None = wb.backup_keeper
        return known
    keeper: backups.BackupKeeper | None
    try:
        keeper = backups.keeper_for(wb.db)
    except backups.BackupError:
        keeper = None
    wb.backup_keeper = keeper
    if keeper is not None:
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda k=keeper: run_at_close(k))
    return keeper


def run_at_close(keeper: backups.BackupKeeper) -> None:
    """The copy at close, when something changed since the last one (in the calling thread)."""
    try:
        if keeper.due("close"):
            report = keeper.run("close")
            if report.problem is not None:
                log.warning("backup at close not written: %s", backups.say(report.problem, "en"))
    except Exception:  # noqa: BLE001 - closing must go on whatever a backup does
        log.exception("backup at close failed")


class BackupScheduler(QObject):
    """Asks the keeper on a timer and shows what the copies did, for one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.keeper = keeper_of(window.wb)
        self.label = QLabel()
        self.label.setObjectName("backup_status")
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.run_if_due("timer"))
        if self.keeper is None:
            self.label.setText(self.tr("No automatic backup of a server database"))
            return
        self.timer.start()
        QTimer.singleShot(START_DELAY_MS, self, lambda: self.run_if_due("start"))
        # Another database is about to be opened (or a restored one): this one's copy first.
        window.database_requested.connect(lambda _location: self.close_copy())

    def run_if_due(self, reason: str) -> bool:
        """Start a copy off the GUI thread when the keeper says one is due."""
        keeper = self.keeper
        if keeper is None or not keeper.due(reason):
            return False
        self.label.setText(self.tr("Backing up…"))
        workers.run_job(
            lambda progress, cancelled: keeper.run(reason, progress, cancelled),
            self.show_report,
            parent=self.window,
            show_progress=False,
            on_error=lambda exc: self.label.setText(self.tr("Backup failed: %1").replace("%1", describe(exc))),
            on_cancel=lambda: self.label.setText(""),
        )
        return True

    def close_copy(self) -> None:
        if self.keeper is not None:
            self.timer.stop()
            run_at_close(self.keeper)

    def show_report(self, report: backups.KeeperReport) -> None:
        """The status bar's note; a new problem also in a message box, once."""
        lang = self.window.wb.lang
        if report.problem is not None:
            text = backups.say(report.problem, lang)
            self.label.setText(self.tr("No backup: see the message"))
            self.label.setToolTip(text)
            if report.tell:
                QMessageBox.warning(self.window, self.tr("Backup"), text)
            return
        if report.result is None:
            return
        taken = report.result.copy.taken_at.astimezone().strftime("%H:%M")
        text = self.tr("Backed up %1").replace("%1", taken)
        tip = str(report.result.copy.path)
        if report.second_place is not None:
            note = report.second_place.text(lang)
            text += " · " + self.tr("second place not reached")
            tip += "\n" + note
        self.label.setText(text)
        self.label.setToolTip(tip)
