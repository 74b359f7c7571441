"""Building reports: the assessment summary, the programme summary and trainee worksheets.

Every figure comes from the services the workbench and the CLI call (assessment detail,
balances, option appraisal, programme summary); this module only gathers them, adds the few
records no service lists yet (company details, causes, photos, notes: read here through a
read-only session), and hands them to ``cpdesk.report``. The build runs in memory and the
file is written atomically at the end, so a failed or cancelled build leaves nothing.

``build_report`` is what the workbench calls from a worker thread, with ``progress`` and
``cancelled`` callbacks; ``cpdesk report ...`` calls it too.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cpdesk.core.economics import simple_payback
from cpdesk.core.errors import CpdeskError
from cpdesk.core.guidance import Finding
from cpdesk.core.rows import AssessmentDetail, ProgrammeRow
from cpdesk.core.vocabulary import OptionStatus, TeamRole
from cpdesk.report import assessment_pdf, assessment_tables, programme_pdf, programme_tables, worksheets_pdf
from cpdesk.report.document import BuildHooks, ReportCancelled
from cpdesk.report.i18n import I18n
from cpdesk.report.model import (
    AssessmentReportData,
    BalanceSection,
    CauseInfo,
    CompanyInfo,
    KeyFigures,
    Photo,
    ProgrammeInfo,
    ProgrammePage,
    ProgrammeReportData,
    WorksheetData,
)
from cpdesk.report.output import check_target, write_atomically
from cpdesk.report.xlsx import workbook_bytes
from cpdesk.services import lookup
from cpdesk.services.assessment import appraisal, assessments, balances, guidance, summary
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.models import (
    Assessment,
    Attachment,
    Cause,
    Company,
    Option,
    ProcessStep,
    Stream,
    WasteStream,
)

KINDS = ("assessment", "programme", "selection", "worksheets")
_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def build_report(
    db: Any,
    kind: str,
    key: str | uuid.UUID | Sequence[str | uuid.UUID] | None,
    path: str | Path,
    lang: str = "vi",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """Build a report and write it to ``path`` (.pdf or .xlsx); return the path written.

    ``kind`` is "assessment" (key: an assessment id), "programme" (key: a programme code or
    several), "selection" (key: assessment ids) or "worksheets" (key: an assessment id, or
    None for blank sheets; PDF only). ``progress(fraction, message)`` is called as the build
    goes on; when ``cancelled()`` turns true the build stops with :class:`ReportCancelled`
    and no file is written.
    """
    if kind not in KINDS:
        raise CpdeskError(f"unknown report {kind!r}: choose one of {', '.join(KINDS)}")
    target = Path(path).expanduser()
    fmt = check_target(target, ("pdf",) if kind == "worksheets" else ("pdf", "xlsx"))
    t = I18n(lang)
    gather = BuildHooks(progress, cancelled, 0.0, 0.3, t("progress_reading"))
    render = BuildHooks(progress, cancelled, 0.3, 0.97, t("progress_layout"))
    gather.report(0.0)
    if kind == "assessment":
        data = assessment_report_data(db, _one(key), hooks=gather)
        gather.report(1.0)
        if fmt == "pdf":
            content = assessment_pdf.build(data, t, render)
        else:
            content = workbook_bytes(assessment_tables.all_tables(data, t), lang, title=data.detail.row.title)
    elif kind in ("programme", "selection"):
        keys = [key] if isinstance(key, str | uuid.UUID) else list(key or [])
        if not keys:
            raise CpdeskError(f"name at least one {'programme' if kind == 'programme' else 'assessment'}")
        programmes = (
            programme_report_data(db, [str(k) for k in keys])
            if kind == "programme"
            else selection_report_data(db, keys)
        )
        gather.report(1.0)
        if fmt == "pdf":
            content = programme_pdf.build(programmes, t, render)
        else:
            content = workbook_bytes(programme_tables.all_tables(programmes, t), lang, title=t("programme_title"))
    else:
        report = None if key is None else assessment_report_data(db, _one(key), hooks=gather)
        findings = () if report is None else worksheet_findings(db, report)
        gather.report(1.0)
        content = worksheets_pdf.build(WorksheetData(report, date.today(), findings), t, render)
    render.check()
    write_atomically(target, content)
    if progress is not None:
        progress(1.0, t("progress_done"))
    return target


def worksheet_findings(db: Any, report: AssessmentReportData) -> tuple[Finding, ...]:
    """The guidance service's checks on the data the report already holds (balances included,
    with the user's closure tolerances), so the worksheets list what the screen lists."""
    reports = {b.group: b.report if b.report is not None else b.error for b in report.balances}
    caused = {c.waste_stream_id for c in report.causes}
    tolerances = {group: guidance.closure_tolerance(db, group) for group in reports}
    return tuple(guidance.examine(report.detail, caused, report.option_notes, reports, tolerances))


def comparison_report(
    db: Any,
    module_id: str | uuid.UUID,
    path: str | Path,
    lang: str = "vi",
    *,
    tolerances: Any = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """A practical module's comparison as a PDF (the trainees' feedback); see
    :mod:`cpdesk.report.comparison_pdf`. ``tolerances`` is a core ``Tolerances`` or None."""
    from cpdesk.report import comparison_pdf
    from cpdesk.services.training.comparison import compare_module

    target = Path(path).expanduser()
    check_target(target, ("pdf",))
    t = I18n(lang)
    gather = BuildHooks(progress, cancelled, 0.0, 0.3, t("progress_reading"))
    render = BuildHooks(progress, cancelled, 0.3, 0.97, t("progress_layout"))
    gather.report(0.0)
    data = compare_module(db, module_id, tolerances=tolerances)
    gather.report(1.0)
    content = comparison_pdf.build(data, t, render)
    render.check()
    write_atomically(target, content)
    if progress is not None:
        progress(1.0, t("progress_done"))
    return target


def centre_year_report(
    db: Any,
    year: int,
    path: str | Path,
    lang: str = "vi",
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Path:
    """The centre's year (training statistics and own indicators) as a PDF page; see
    :mod:`cpdesk.report.training_pdf`."""
    import dataclasses

    from cpdesk.core.vocabulary import DataOrigin
    from cpdesk.report import training_pdf
    from cpdesk.services.training import courses as training
    from cpdesk.services.training import indicators
    from cpdesk.services.training import statistics as training_statistics

    target = Path(path).expanduser()
    check_target(target, ("pdf",))
    t = I18n(lang)
    gather = BuildHooks(progress, cancelled, 0.0, 0.3, t("progress_reading"))
    render = BuildHooks(progress, cancelled, 0.3, 0.97, t("progress_layout"))
    gather.report(0.0)
    stats = training_statistics.year_statistics(db, year)
    rows = [r for r in indicators.list_indicators(db, year).rows if r.value is not None]
    records = [*training.list_courses(db, year), *training.list_workshops(db, year), *rows]
    reconstructed = any(r.origin == DataOrigin.RECONSTRUCTED for r in records)
    names = [f.name for f in dataclasses.fields(training_pdf.IndicatorLine)]
    lines = tuple(training_pdf.IndicatorLine(**{n: getattr(r, n) for n in names}) for r in rows)
    gather.report(1.0)
    data = training_pdf.CentreYearData(stats, lines, reconstructed, date.today())
    content = training_pdf.build(data, t, render)
    render.check()
    write_atomically(target, content)
    if progress is not None:
        progress(1.0, t("progress_done"))
    return target


def _one(key: Any) -> str | uuid.UUID:
    if key is None or (isinstance(key, list | tuple) and len(key) != 1):
        raise CpdeskError("name one assessment")
    return key[0] if isinstance(key, list | tuple) else key


# ----------------------------------------------------------------------------- assessment


def assessment_report_data(
    db: Any, assessment_id: str | uuid.UUID, *, hooks: BuildHooks | None = None
) -> AssessmentReportData:
    """Everything the assessment summary prints, from the services' own calls."""
    hooks = hooks or BuildHooks()
    detail = assessments.show_assessment(db, assessment_id)
    hooks.check()
    sections = []
    for n, group in enumerate(("water", "energy")):
        sections.append(_balance_section(db, detail, group))
        hooks.check()
        hooks.report(0.2 + 0.3 * n)
    appraisals = tuple(appraisal.appraise_options(db, detail.row.id))
    hooks.check()
    hooks.report(0.8)
    selection = summary.selection_summary(db, [detail.row.id])
    with reading(db) as session:
        a = lookup.assessment(session, detail.row.id)
        company = session.get(Company, a.company_id)
        assert company is not None  # a live assessment always has its company (foreign key)
        factors = factor_set_in(session, a.factor_set_id) if a.factor_set_id else None
        notes = a.notes
        causes = _causes(session, a.id)
        photos = _photos(session, a.id)
        option_notes = {
            o.id: o.technical_notes
            for o in session.execute(lookup.live(Option).where(Option.assessment_id == a.id)).scalars()
            if o.technical_notes
        }
        waste_notes = {
            w.id: w.note
            for w in session.execute(lookup.live(WasteStream).where(WasteStream.assessment_id == a.id)).scalars()
            if w.note
        }
        company_info = CompanyInfo(
            company.name,
            company.sector,
            company.province,
            company.size.value if company.size else None,
            company.address,
            company.contact,
            company.employees,
        )
    programme = _programme_info(db, detail.row.programme) if detail.row.programme else None
    centre = ", ".join(
        dict.fromkeys(m.organisation for m in detail.team if m.role == TeamRole.CENTRE_EXPERT and m.organisation)
    )
    return AssessmentReportData(
        detail=detail,
        company=company_info,
        programme=programme,
        notes=notes,
        balances=tuple(sections),
        appraisals=appraisals,
        causes=causes,
        photos=photos,
        factor_set=factors,
        key=_key_figures(detail, selection),
        printed_on=date.today(),
        centre=centre,
        option_notes=option_notes,
        waste_notes=waste_notes,
    )


def _balance_section(db: Any, detail: AssessmentDetail, group: str) -> BalanceSection:
    """The balance reconciled where the readings allow it, measured otherwise (with why)."""
    try:
        return BalanceSection(group, balances.assessment_balance(db, detail.row.id, group, reconcile=True))
    except CpdeskError as exc:
        reconcile_error = str(exc)
    try:
        measured = balances.assessment_balance(db, detail.row.id, group, reconcile=False)
    except CpdeskError as exc:
        return BalanceSection(group, None, error=str(exc))
    return BalanceSection(group, measured, reconcile_error=reconcile_error)


def _key_figures(detail: AssessmentDetail, selection: Any) -> KeyFigures:
    options = detail.options
    done = [o for o in options if o.status == OptionStatus.IMPLEMENTED]
    planned = [o for o in options if o.status == OptionStatus.SELECTED]
    investment = sum(o.investment for o in done)
    savings = sum(o.annual_savings - o.annual_extra_costs for o in done)
    totals = selection.totals
    return KeyFigures(
        options_found=len(options),
        options_selected=len(done) + len(planned),
        options_implemented=len(done),
        options_rejected=sum(1 for o in options if o.status == OptionStatus.REJECTED),
        currency=detail.currency,
        investment=investment,
        annual_savings=sum(o.annual_savings for o in done),
        payback_years=simple_payback(investment, savings) if done else None,
        investment_usd=totals.investment_usd,
        annual_savings_usd=totals.annual_savings_usd,
        resource_savings=dict(totals.resource_savings),
        co2_t=totals.co2_t,
        factor_set=selection.factor_set,
        grid_year=selection.grid_year,
        planned_investment=sum(o.investment for o in planned),
        planned_annual_savings=sum(o.annual_savings for o in planned),
        by_category=dict(selection.by_category),
    )


def _causes(session: Any, assessment_id: uuid.UUID) -> tuple[CauseInfo, ...]:
    rows = session.execute(
        select(Cause, WasteStream)
        .join(WasteStream, Cause.waste_stream_id == WasteStream.id)
        .where(
            WasteStream.assessment_id == assessment_id,
            Cause.deleted_at.is_(None),
            WasteStream.deleted_at.is_(None),
        )
        .order_by(WasteStream.name, Cause.created_at)
    ).all()
    return tuple(CauseInfo(w.id, w.name, c.category.value, c.description) for c, w in rows)


def _photos(session: Any, assessment_id: uuid.UUID) -> tuple[Photo, ...]:
    """Image attachments with their captions, in the order they were added."""
    rows = (
        session.execute(
            lookup.live(Attachment)
            .where(Attachment.assessment_id == assessment_id, Attachment.media_type.in_(_IMAGE_TYPES))
            .order_by(Attachment.created_at, Attachment.filename)
        )
        .scalars()
        .all()
    )
    names: dict[uuid.UUID, str] = {}
    for model in (ProcessStep, Stream, Option):
        ids = [r.owner_id for r in rows if r.owner_id is not None]
        if ids:
            for obj in session.execute(select(model).where(model.id.in_(ids))).scalars():
                names[obj.id] = getattr(obj, "name", None) or getattr(obj, "title", "")
    return tuple(
        Photo(
            r.caption,
            r.filename,
            r.media_type,
            r.content,
            r.owner_type,
            names.get(r.owner_id, "") if r.owner_id else "",
        )
        for r in rows
    )


# ----------------------------------------------------------------------------- programmes


def _programme_info(db: Any, code: str, rows: Sequence[ProgrammeRow] | None = None) -> ProgrammeInfo:
    for row in rows if rows is not None else catalogue.list_programmes(db):
        if row.code == code:
            return ProgrammeInfo(
                row.code,
                row.name,
                row.name_vi,
                row.donor,
                row.year,
                row.reported_co2_t,
                row.reported_note,
                row.origin.value,
                row.companies,
                row.assessments,
            )
    raise lookup.NotFoundError("programme", code)


def programme_report_data(db: Any, codes: Sequence[str]) -> ProgrammeReportData:
    """One page per programme (the seed's table 2 row with its breakdowns) and, for several, a totals page."""
    rows = catalogue.list_programmes(db)
    pages = []
    all_ids: list[uuid.UUID] = []
    for code in dict.fromkeys(codes):
        info = _programme_info(db, code, rows)
        ids = [a.id for a in assessments.list_assessments(db, code)]
        all_ids += ids
        pages.append(
            ProgrammePage(
                title=code,
                info=info,
                rollup=summary.programme_summary(db, code),
                assessments=len(ids),
                companies=info.companies,
                companies_by_sector=_companies_by_sector(db, ids),
                reported_co2_t=info.reported_co2_t,
                reported_of=(1 if info.reported_co2_t is not None else 0, 1),
            )
        )
    totals = None
    if len(pages) > 1:
        reported = [p.info.reported_co2_t for p in pages if p.info and p.info.reported_co2_t is not None]
        by_sector = _companies_by_sector(db, all_ids)
        totals = ProgrammePage(
            title=", ".join(p.title for p in pages),
            info=None,
            rollup=summary.selection_summary(db, all_ids),
            assessments=len(all_ids),
            companies=sum(by_sector.values()),
            companies_by_sector=by_sector,
            reported_co2_t=sum(reported) if reported else None,
            reported_of=(len(reported), len(pages)),
            is_total=True,
        )
    return ProgrammeReportData(tuple(pages), totals, date.today())


def selection_report_data(db: Any, keys: Sequence[str | uuid.UUID]) -> ProgrammeReportData:
    """The same page for any selection of assessments."""
    with reading(db) as session:
        ids = list(dict.fromkeys(lookup.assessment(session, k).id for k in keys))
    by_sector = _companies_by_sector(db, ids)
    page = ProgrammePage(
        title="",
        info=None,
        rollup=summary.selection_summary(db, ids),
        assessments=len(ids),
        companies=sum(by_sector.values()),
        companies_by_sector=by_sector,
    )
    return ProgrammeReportData((page,), None, date.today(), selection=True)


def _companies_by_sector(db: Any, ids: Sequence[uuid.UUID]) -> dict[str, int]:
    if not ids:
        return {}
    with reading(db) as session:
        rows = session.execute(
            select(Company.id, Company.sector)
            .join(Assessment, Assessment.company_id == Company.id)
            .where(Assessment.id.in_(ids))
            .distinct()
        ).all()
    return dict(sorted(Counter(sector for _id, sector in rows).items()))


__all__ = [
    "KINDS",
    "ReportCancelled",
    "assessment_report_data",
    "build_report",
    "programme_report_data",
    "selection_report_data",
]
