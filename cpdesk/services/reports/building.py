"""Building a report file: the assessment summary, the programme summary and worksheets.

Each kind of report gathers its figures in its own module (:mod:`.assessment_report`,
:mod:`.programme_report`; the training reports in :mod:`.training_reports`), all of them in
one read transaction, so a report shows the database as it was at one moment. This module
picks the kind, lays the figures out through ``cpdesk.report`` and writes the file atomically
at the end, so a failed or cancelled build leaves nothing.

``build_report`` is what the workbench calls from a worker thread, with ``progress`` and
``cancelled`` callbacks; ``cpdesk report ...`` calls it too.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.report.document import ReportCancelled
from cpdesk.report.i18n import I18n
from cpdesk.report.output import check_target
from cpdesk.services.reports.phases import finish, phases
from cpdesk.store.database import Database

# Each kind of report imports its own modules when it is built: the assessment summary's
# bring statsmodels, scipy and pint (its M&V chapter and appraisal), which the programme
# summary never needs; Excel's bring openpyxl, Word's python-docx.

KINDS = ("assessment", "programme", "selection", "worksheets")


def build_report(
    db: Database,
    kind: str,
    key: str | uuid.UUID | Sequence[str | uuid.UUID] | None,
    path: str | Path,
    lang: str = "vi",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    template: str | Path | None = None,
) -> Path:
    """Build a report and write it to ``path`` (.pdf, .xlsx or .docx); return the path written.

    ``kind`` is "assessment" (key: an assessment id), "programme" (key: a programme code or
    several), "selection" (key: assessment ids) or "worksheets" (key: an assessment id, or
    None for blank sheets; PDF only). A Word document (.docx) is filled into ``template``
    (a .docx with the centre's styles), or the template cpdesk ships. ``progress(fraction,
    message)`` is called as the build
    goes on; when ``cancelled()`` turns true the build stops with :class:`ReportCancelled`
    and no file is written.
    """
    if kind not in KINDS:
        raise CpdeskError(msg("report.unknown_kind", kind=repr(kind), kinds=list(KINDS)))
    target = Path(path).expanduser()
    fmt = check_target(target, ("pdf",) if kind == "worksheets" else ("pdf", "xlsx", "docx"))
    word_template = None if template is None or str(template) == "" else Path(template).expanduser()
    t = I18n(lang)
    gather, render = phases(t, progress, cancelled)
    if kind == "assessment":
        from cpdesk.services.reports.assessment_report import assessment_report_data

        data = assessment_report_data(db, _one(key), hooks=gather)
        gather.report(1.0)
        if fmt == "pdf":
            from cpdesk.report import assessment_pdf

            content = assessment_pdf.build(data, t, render)
        elif fmt == "docx":
            from cpdesk.report import word

            content = word.assessment(data, t, render, word_template)
        else:
            from cpdesk.report import assessment_tables
            from cpdesk.report.xlsx import workbook_bytes

            content = workbook_bytes(assessment_tables.all_tables(data, t), lang, title=data.detail.row.title)
    elif kind in ("programme", "selection"):
        from cpdesk.services.reports.programme_report import programme_report_data, selection_report_data

        keys = [key] if isinstance(key, str | uuid.UUID) else list(key or [])
        if not keys:
            raise CpdeskError(msg("report.name_programmes" if kind == "programme" else "report.name_assessments"))
        programmes = (
            programme_report_data(db, [str(k) for k in keys])
            if kind == "programme"
            else selection_report_data(db, keys)
        )
        gather.report(1.0)
        if fmt == "pdf":
            from cpdesk.report import programme_pdf

            content = programme_pdf.build(programmes, t, render)
        elif fmt == "docx":
            from cpdesk.report import word

            content = word.programme(programmes, t, render, word_template)
        else:
            from cpdesk.report import programme_tables
            from cpdesk.report.xlsx import workbook_bytes

            content = workbook_bytes(programme_tables.all_tables(programmes, t), lang, title=t("programme_title"))
    else:
        from cpdesk.report import worksheets_pdf
        from cpdesk.report.model import WorksheetData
        from cpdesk.services.reports.assessment_report import assessment_report_data, worksheet_findings
        from cpdesk.services.uow import reading

        with reading(db):  # the sheets' figures and their findings from the same snapshot
            report = None if key is None else assessment_report_data(db, _one(key), hooks=gather)
            findings = () if report is None else worksheet_findings(db, report)
        gather.report(1.0)
        content = worksheets_pdf.build(WorksheetData(report, date.today(), findings), t, render)
    return finish(target, content, t, render, progress)


def _one(key: Any) -> str | uuid.UUID:
    if key is None or (isinstance(key, list | tuple) and len(key) != 1):
        raise CpdeskError(msg("report.name_one_assessment"))
    one: str | uuid.UUID = key[0] if isinstance(key, list | tuple) else key
    return one


__all__ = ["KINDS", "ReportCancelled", "build_report"]
