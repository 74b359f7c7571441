"""The training reports: a practical module's comparison and the centre's year.

Each gathers its figures from the training services in one read transaction (their own reads
join it), then lays them out through :mod:`cpdesk.report.comparison_pdf` or
:mod:`cpdesk.report.training_pdf` and writes the PDF atomically at the end.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from cpdesk.core.comparison import Tolerances
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.report.i18n import I18n
from cpdesk.report.output import check_target
from cpdesk.services.reports.phases import finish, phases
from cpdesk.services.uow import reading
from cpdesk.store.database import Database


def comparison_report(
    db: Database,
    module_id: str | uuid.UUID,
    path: str | Path,
    lang: str = "vi",
    *,
    tolerances: Tolerances | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """A practical module's comparison as a PDF (the trainees' feedback); see
    :mod:`cpdesk.report.comparison_pdf`. ``tolerances`` is a core ``Tolerances`` or None."""
    from cpdesk.report import comparison_pdf
    from cpdesk.services.training.comparison import compare_module

    target = Path(path).expanduser()
    check_target(target, ("pdf",))
    t = I18n(lang)
    gather, render = phases(t, progress, cancelled)
    with reading(db):
        data = compare_module(db, module_id, tolerances=tolerances)
    gather.report(1.0)
    return finish(target, comparison_pdf.build(data, t, render), t, render, progress)


def centre_year_report(
    db: Database,
    year: int,
    path: str | Path,
    lang: str = "vi",
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """The centre's year (training statistics and own indicators) as a PDF page; see
    :mod:`cpdesk.report.training_pdf`."""
    from cpdesk.report import training_pdf
    from cpdesk.services.training import courses as training
    from cpdesk.services.training import indicators
    from cpdesk.services.training import statistics as training_statistics

    target = Path(path).expanduser()
    check_target(target, ("pdf",))
    t = I18n(lang)
    gather, render = phases(t, progress, cancelled)
    with reading(db):
        stats = training_statistics.year_statistics(db, year)
        rows = [r for r in indicators.list_indicators(db, year).rows if r.value is not None]
        records: list[Any] = [*training.list_courses(db, year), *training.list_workshops(db, year), *rows]
    reconstructed = any(r.origin == DataOrigin.RECONSTRUCTED for r in records)
    names = [f.name for f in dataclasses.fields(training_pdf.IndicatorLine)]
    lines = tuple(training_pdf.IndicatorLine(**{n: getattr(r, n) for n in names}) for r in rows)
    gather.report(1.0)
    data = training_pdf.CentreYearData(stats, lines, reconstructed, date.today())
    return finish(target, training_pdf.build(data, t, render), t, render, progress)
