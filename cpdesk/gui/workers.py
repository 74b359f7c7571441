"""Long work off the GUI thread, with a progress dialog and Cancel.

A job is a plain function ``fn(progress, cancelled) -> result``: it reports
``progress(fraction, message)`` and looks at ``cancelled()`` where it can stop cleanly (the
services' own convention, so that the CLI drives the same functions with a text progress
bar). It runs on Qt's global thread pool; its outcome comes back to the GUI thread through
queued signals, where the caller's callbacks run. A cancelled job's result is dropped.

Only reads and self-contained units of work belong here: the services open their own
sessions, so a job never shares a session with the GUI thread.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cpdesk.core.progress import CancelCheck, Progress

log = logging.getLogger(__name__)

JobFunction = Callable[[Progress, CancelCheck], Any]


class JobSignals(QObject):
    """What a job reports; lives in the GUI thread, so its signals arrive there queued."""

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """One function run on the thread pool."""

    def __init__(self, fn: JobFunction) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference (see _running)
        self.fn = fn
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self.owner: QWidget | None = None
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Block until the function has returned (or raised); False on timeout."""
        return self._ended.wait(timeout_s)

    def run(self) -> None:
        try:
            try:
                result = self.fn(self._progress, self._cancel.is_set)
            finally:
                self._ended.set()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread to show
            if not self._cancel.is_set():
                log.info("job failed: %r", exc)
            self.error = exc
            self.signals.failed.emit(exc)
        else:
            self.result = result
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        self.signals.finished.emit()

    def _progress(self, fraction: float, message: str = "") -> None:
        self.signals.progressed.emit(max(0.0, min(1.0, float(fraction))), message)


_running: set[Job] = set()


def _ignore(_result: Any) -> None:
    """The callback of a job whose outcome was handled."""


def _ended_job(_progress: Progress, _cancelled: CancelCheck) -> None:
    """The function of a job that has run."""


class _Watcher(QObject):
    """Turns a job's queued signals into the caller's callbacks and drives the dialog."""

    def __init__(
        self,
        job: Job,
        dialog: QProgressDialog | None,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        owner: QWidget | None = None,
    ) -> None:
        super().__init__()  # no parent: the dialog goes before the job's last signal
        self.job, self.dialog, self.owner = job, dialog, owner
        self._busy = False
        self._outcome_handled = False
        self.on_done, self.on_error, self.on_cancel = on_done, on_error, on_cancel
        job.signals.progressed.connect(self._progressed)
        job.signals.succeeded.connect(self._succeeded)
        job.signals.failed.connect(self._failed)
        job.signals.cancelled.connect(self._cancelled)
        job.signals.finished.connect(self._finished)
        if owner is not None:
            # The widget that asked goes (its section when another assessment opens, its
            # window): the job is of no use any more, and its progress dialog, a child of
            # the widget, goes with it.
            owner.destroyed.connect(self._owner_destroyed)

    @Slot()
    def _owner_destroyed(self) -> None:
        self.job.cancel()

    @Slot(float, str)
    def _progressed(self, fraction: float, message: str) -> None:
        dialog = self.dialog
        if dialog is None or self.job.is_cancelled() or not shiboken6.isValid(dialog):
            return
        if message:
            dialog.setLabelText(message)
        # setValue() of a window-modal dialog processes events, so the job's end can be
        # delivered inside it; the end then waits (see _later) until setValue() returns.
        self._busy = True
        try:
            dialog.setValue(int(fraction * 1000))
        finally:
            self._busy = False

    def _later(self, handler: Callable[..., None], *args: Any) -> bool:
        """Postpone ``handler`` while the dialog is inside setValue(); True if postponed."""
        if getattr(self, "_busy", False):
            QTimer.singleShot(0, lambda: handler(*args))
            return True
        return False

    def _owner_gone(self) -> bool:
        """The widget that asked for the job was deleted meanwhile (its window closed or was
        rebuilt in another language): its callbacks must not run on a dead object."""
        return self.owner is not None and not shiboken6.isValid(self.owner)

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        if self._later(self._succeeded, result):
            return
        try:
            self._close()
            if not self._owner_gone():
                self.on_done(result)
        finally:
            self._handled()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if self._later(self._failed, error):
            return
        dialog = self.dialog
        parent = dialog.parentWidget() if dialog is not None and shiboken6.isValid(dialog) else None
        try:
            self._close()
            if self._owner_gone():
                log.info("job of a closed window failed: %s", error)
            elif self.job.is_cancelled():
                if self.on_cancel is not None:
                    self.on_cancel()
            elif self.on_error is not None:
                self.on_error(error)
            else:
                from cpdesk.gui.errors import show_error

                show_error(parent, error)
        finally:
            self._handled()

    @Slot()
    def _cancelled(self) -> None:
        if self._later(self._cancelled):
            return
        try:
            self._close()
            if self.on_cancel is not None and not self._owner_gone():
                self.on_cancel()
        finally:
            self._handled()

    @Slot()
    def _finished(self) -> None:
        if self._later(self._finished):
            return
        if self._outcome_handled:  # else the outcome, postponed, is still to come and ends it
            _running.discard(self.job)

    def _handled(self) -> None:
        """The job's outcome reached its callback (or was dropped): the job no longer counts.
        The thread pool keeps the job object for good, so it lets go of what it carried: the
        result, an error with its traceback, the callbacks and through them the widget."""
        self._outcome_handled = True
        _running.discard(self.job)
        job = self.job
        job.fn, job.result, job.error = _ended_job, None, None
        self.on_done, self.on_error, self.on_cancel = _ignore, None, None
        self.owner = job.owner = None

    def _close(self) -> None:
        dialog, self.dialog = self.dialog, None
        # A dialog whose parent was deleted went with it: nothing is left to close.
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect()
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()


def run_job(
    fn: JobFunction,
    on_done: Callable[[Any], None],
    *,
    parent: QWidget | None = None,
    title: str = "",
    label: str = "",
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    show_progress: bool = True,
    delay_ms: int = 400,
) -> Job:
    """Run ``fn`` on the thread pool; ``on_done(result)`` runs in the GUI thread.

    With ``show_progress`` a window-modal progress dialog with Cancel appears if the job
    takes longer than ``delay_ms`` (quick jobs do not flash a dialog). Cancel asks the job
    to stop and drops its result; ``on_cancel`` then runs instead of ``on_done``.
    """
    job = Job(fn)
    dialog = None
    if show_progress:
        dialog = QProgressDialog(label or title, QCoreApplication.translate("Workers", "Cancel"), 0, 1000, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(job.cancel)
    watcher = _Watcher(job, dialog, on_done, on_error, on_cancel, parent)
    job.watcher = watcher  # type: ignore[attr-defined]  # keeps the watcher alive with the job
    job.owner = parent
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def running_jobs() -> int:
    """How many jobs have not finished yet (tests wait for zero)."""
    return len(_running)


def _within(widget: QWidget | None, window: QWidget) -> bool:
    """``widget`` is ``window`` or lies in it, dialogs opened from it included (Qt's
    isAncestorOf stops at a dialog's own window)."""
    while widget is not None and shiboken6.isValid(widget):
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def _orphaned(job: Job) -> bool:
    return job.owner is not None and not shiboken6.isValid(job.owner)


def stop_jobs_of(window: QWidget, timeout_s: float = 10.0) -> bool:
    """Cancel the jobs asked for by ``window`` or a widget in it, and wait until their
    functions have returned; True when all did within ``timeout_s``.

    A closing window calls this before its database is closed, so that no job reads a
    closed database, and before its widgets go, so that no result arrives for a dead one.
    Jobs of other windows (the rebuilt window of a language switch) run on. Jobs whose
    widget was deleted before (a section of the assessment open before) are waited for too:
    they were cancelled when it went, but may still be reading.
    """
    mine = [job for job in list(_running) if _within(job.owner, window) or _orphaned(job)]
    for job in mine:
        job.cancel()
    deadline = time.monotonic() + timeout_s
    return all(job.wait(max(0.0, deadline - time.monotonic())) for job in mine)


class GuiQuestion(QObject):
    """Asks a question in the GUI thread on behalf of a job running in a worker thread.

    ``GuiQuestion(ask)`` is called in the worker with the question's subject; ``ask(subject)``
    runs in the GUI thread (a message box, say) and its answer comes back to the worker,
    which waits for it (the logger import asks whether to skip unreadable rows).
    """

    asked = Signal(object)

    def __init__(self, ask: Callable[[Any], bool]) -> None:
        super().__init__()
        self._ask = ask
        self.answer = False
        self.done = threading.Event()
        self.asked.connect(self._answer)

    def __call__(self, subject: Any) -> bool:  # in the worker thread
        self.done.clear()
        self.asked.emit(subject)
        self.done.wait()
        return self.answer

    @Slot(object)
    def _answer(self, subject: Any) -> None:  # in the GUI thread
        try:
            self.answer = self._ask(subject)
        finally:
            self.done.set()
