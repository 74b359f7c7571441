"""Running an export or import off the GUI thread, with the dialog's progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cpdesk.gui.workers import Job, run_job


def run_service(
    parent: QWidget,
    service: Callable[..., Any],
    *,
    title: str,
    label: str,
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    cancelled: Callable[[], None],
    **arguments: Any,
) -> Job:
    """Call ``service(**arguments, progress=..., cancelled=...)`` in a worker.

    The progress dialog keeps ``label`` (the services' progress notes are English words for
    the command line); Cancel stops the service, which then writes nothing. Cancel pressed
    when the service had already finished is too late: ``done`` hears what it did.
    """
    finished: list[Any] = []

    def job(progress: Any, is_cancelled: Any) -> Any:
        result = service(**arguments, progress=lambda fraction, _note: progress(fraction, ""), cancelled=is_cancelled)
        finished.append(result)
        return result

    def on_cancel() -> None:
        if finished:
            done(finished[0])
        else:
            cancelled()

    return run_job(
        job, done, parent=parent, title=title, label=label, on_error=failed, on_cancel=on_cancel, delay_ms=200
    )
