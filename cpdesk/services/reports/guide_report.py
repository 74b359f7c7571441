"""The user guide printed as a PDF (``cpdesk report guide``), for a training course's handouts.

The guide's pages ship inside the package; no database is read. The PDF is laid out by
:mod:`cpdesk.report.guide_pdf` and written atomically, like every other report.
"""

from __future__ import annotations

from pathlib import Path

from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.report import guide_pdf
from cpdesk.report.i18n import I18n
from cpdesk.report.output import check_target
from cpdesk.services.reports.phases import finish, phases


def write_guide(
    path: str | Path,
    lang: str = "vi",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Print the guide in ``lang`` to the PDF ``path``; return the path written."""
    target = Path(path).expanduser()
    check_target(target, ("pdf",))
    t = I18n(lang)
    gather, render = phases(t, progress, cancelled)
    gather.report(1.0)
    content = guide_pdf.build(t.lang, render)
    return finish(target, content, t, render, progress)
