"""The two phases of every report, reading and layout, and the file written at the end.

A report first gathers its figures (the first 30 % of the progress bar), then lays out its
pages (up to 97 %); the file is written atomically only once both are done, so a failed or
cancelled build leaves nothing behind. Every kind of report goes through these steps.
"""

from __future__ import annotations

from pathlib import Path

from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.report.output import write_atomically


def phases(t: I18n, progress: Progress | None, cancelled: CancelCheck | None) -> tuple[BuildHooks, BuildHooks]:
    """The hooks of the reading phase and of the layout phase; the reading is reported begun."""
    gather = BuildHooks(progress, cancelled, 0.0, 0.3, t("progress_reading"))
    render = BuildHooks(progress, cancelled, 0.3, 0.97, t("progress_layout"))
    gather.report(0.0)
    return gather, render


def finish(target: Path, content: bytes, t: I18n, render: BuildHooks, progress: Progress | None) -> Path:
    """Write the report unless it was cancelled during the layout; report it done."""
    render.check()
    write_atomically(target, content)
    if progress is not None:
        progress(1.0, t("progress_done"))
    return target
