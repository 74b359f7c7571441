"""Background jobs: results come back on the GUI thread; errors are shown, not raised;
Cancel drops the result."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt, QThread  # noqa: E402
from PySide6.QtWidgets import QPushButton, QWidget  # noqa: E402

from cpdesk.core.errors import CpdeskError  # noqa: E402
from cpdesk.gui.workers import run_job  # noqa: E402
from tests.gui.workbench_fixtures import wait_for_jobs  # noqa: E402


def test_result_arrives_on_the_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {}
    gui = QThread.currentThread()

    def job(progress, cancelled):
        seen["worker"] = threading.current_thread().name
        progress(0.5, "half")
        return 42

    def done(result):
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui

    run_job(job, done, show_progress=False)
    wait_for_jobs(qtbot)
    assert seen["result"] == 42
    assert seen["on_gui"] is True
    assert seen["worker"] != threading.main_thread().name


def test_errors_go_to_the_error_callback(qtbot) -> None:
    errors: list[BaseException] = []

    def job(progress, cancelled):
        raise CpdeskError("the balance needs operating hours")

    run_job(job, lambda _r: pytest.fail("no result expected"), on_error=errors.append, show_progress=False)
    wait_for_jobs(qtbot)
    assert [str(e) for e in errors] == ["the balance needs operating hours"]


def test_cancel_in_the_progress_dialog_drops_the_result(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = threading.Event()
    outcome: list[str] = []

    def job(progress, cancelled):
        started.set()
        for i in range(200):
            if cancelled():
                return "partial"
            progress(i / 200, f"step {i}")
            time.sleep(0.01)
        return "complete"

    handle = run_job(
        job,
        lambda r: outcome.append(r),
        parent=parent,
        title="Long work",
        on_cancel=lambda: outcome.append("cancelled"),
        delay_ms=0,
    )
    assert started.wait(5)
    dialog = handle.watcher.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    [cancel] = dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot)
    assert outcome == ["cancelled"]


def test_a_result_for_a_widget_deleted_meanwhile_is_dropped(qtbot) -> None:
    """The window closed (or was rebuilt in another language) while its job ran: no callback
    runs on the dead widget, and the job still counts as finished."""
    owner = QWidget()
    release = threading.Event()
    calls: list[object] = []

    def job(progress, cancelled):
        release.wait(10)
        return "late"

    run_job(job, calls.append, parent=owner, on_error=calls.append, show_progress=False)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=5000)
    release.set()
    wait_for_jobs(qtbot)
    assert calls == []


def test_a_closing_window_stops_its_own_jobs_and_waits_for_them(qtbot) -> None:
    from cpdesk.gui.workers import stop_jobs_of

    window, other = QWidget(), QWidget()
    dialog = QWidget(window, Qt.WindowType.Dialog)  # a window of its own, opened from ``window``
    for w in (window, other):
        qtbot.addWidget(w)
    started = threading.Semaphore(0)
    release_other = threading.Event()
    ended: list[str] = []

    def checks(progress, cancelled):
        started.release()
        while not cancelled():
            time.sleep(0.005)
        time.sleep(0.05)  # the job's own clean-up, which the closing window waits for
        ended.append("dialog")
        return "dialog"

    def other_work(progress, cancelled):
        started.release()
        release_other.wait(10)
        ended.append("other")
        return "other"

    results: list[str] = []
    run_job(checks, results.append, parent=dialog, show_progress=False)
    run_job(other_work, results.append, parent=other, show_progress=False)
    for _ in range(2):
        assert started.acquire(timeout=5)
    assert stop_jobs_of(window) is True
    assert ended == ["dialog"]  # returned before stop_jobs_of did; the other window's runs on
    release_other.set()
    wait_for_jobs(qtbot)
    assert ended == ["dialog", "other"]
    assert results == ["other"]  # a cancelled result is dropped


def test_a_progress_dialog_deleted_with_its_widget_is_left_alone(qtbot) -> None:
    """The dialog is a child of the widget that asked (a section): when the widget goes while
    the job runs (another assessment opened), the dialog goes with it. The job is asked to
    stop, and its progress and end touch neither the dead dialog nor the widget's callbacks."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    section = QWidget(window)
    stopped = threading.Event()
    calls: list[object] = []

    def job(progress, cancelled):
        for i in range(500):
            if cancelled():
                stopped.set()
                return "partial"
            progress(i / 500, f"step {i}")
            time.sleep(0.005)
        return "complete"

    handle = run_job(
        job, calls.append, parent=section, title="Long work", on_error=calls.append, on_cancel=calls.append, delay_ms=0
    )
    dialog = handle.watcher.dialog
    qtbot.waitUntil(lambda: dialog.isVisible())
    section.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    assert stopped.wait(5)  # asked to stop when its widget went
    wait_for_jobs(qtbot)  # no "C++ object already deleted" from the dialog on the way
    assert calls == []


def test_a_finished_job_lets_go_of_its_result_and_callbacks(qtbot) -> None:
    """The thread pool keeps every job object it ran; a job must not keep what it carried
    (a whole reconciled balance, and through the callbacks the section that asked)."""
    import gc
    import weakref

    class Report:
        pass

    class Owner:
        def show(self, report: Report) -> None:
            self.shown = True

    owner = Owner()
    box = [Report()]
    gone = weakref.ref(box[0]), weakref.ref(owner)
    run_job(lambda progress, cancelled: box.pop(), owner.show, show_progress=False)
    wait_for_jobs(qtbot)
    assert owner.shown
    del owner
    gc.collect()
    assert [ref() for ref in gone] == [None, None]
