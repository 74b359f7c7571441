"""The option library report (``cpdesk report library``): every type with its evidence, PDF or Word.

The types are those of the catalogue in use (shipped, or the centre's), chosen by sector and
option category as ``cpdesk library search`` chooses them (a sector keeps its own types, its
parent's and sub-sectors', and those of every sector); the evidence is the one in use (the
last pack's, else the database's own options), read in one read transaction. Per type the
report prints its evidence over every sector and, per sector, the groups the evidence holds
(with a sector asked for, that sector's group alone beside every sector's). Laid out by
:mod:`cpdesk.report.library_pdf` and written atomically, like every other report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.option_evidence import Evidence
from cpdesk.core.option_search import search
from cpdesk.core.progress import CancelCheck, Progress
from cpdesk.core.reference import sectors
from cpdesk.core.reference.option_types import option_library
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.report.i18n import I18n
from cpdesk.report.library_pdf import LibraryReportData, TypeEntry
from cpdesk.report.output import check_target
from cpdesk.services.reference.option_evidence import evidence_in
from cpdesk.services.reports.phases import finish, phases
from cpdesk.services.uow import reading
from cpdesk.store.database import Database


def library_report_data(db: Database, *, sector: str | None = None, category: str | None = None) -> LibraryReportData:
    """The types of the catalogue in use that fit ``sector`` and ``category`` (codes; an
    unknown one is refused naming the known ones), each with its evidence."""
    chosen = None
    if category is not None:
        try:
            chosen = OptionCategory(category)
        except ValueError:
            codes = [c.value for c in OptionCategory]
            raise CpdeskError(msg("library.unknown_category", given=category, codes=codes)) from None
    if sector is not None and sector not in {s.code for s in sectors()}:
        raise CpdeskError(msg("library.unknown_sector", given=sector, codes=[s.code for s in sectors()]))
    with reading(db) as session:
        library = option_library()
        types = [f.type for f in search(library, "", sector=sector, category=chosen)]
        evidence = evidence_in(session, type_codes=[x.code for x in types])
    by_type: dict[str, list[Evidence]] = {}
    for (code, group_sector), e in evidence.groups.items():
        if sector is None or group_sector in (None, sector):
            by_type.setdefault(code, []).append(e)
    entries = tuple(
        TypeEntry(
            x,
            library.process(x.process).label,
            tuple(sorted(by_type.get(x.code, ()), key=lambda e: (e.sector is not None, e.sector or ""))),
        )
        for x in types
    )
    return LibraryReportData(entries, evidence.source, evidence.built, date.today(), sector, category)


def write_library_report(
    db: Database,
    path: str | Path,
    lang: str = "vi",
    *,
    sector: str | None = None,
    category: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """The library report as a PDF or an editable Word document (.docx, in cpdesk's template)
    at ``path``; return the path written."""
    from cpdesk.report import library_pdf

    target = Path(path).expanduser()
    fmt = check_target(target, ("pdf", "docx"))
    t = I18n(lang)
    gather, render = phases(t, progress, cancelled)
    data = library_report_data(db, sector=sector, category=category)
    gather.report(1.0)
    if fmt == "docx":
        from cpdesk.report import word  # python-docx: only for a Word document

        return finish(target, word.library(data, t, render), t, render, progress)
    return finish(target, library_pdf.build(data, t, render), t, render, progress)
