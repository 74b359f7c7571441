"""What the assessment summary and the filled worksheets print, gathered from one snapshot.

Every figure comes from the services the workbench and the CLI call (assessment detail,
balances, option appraisal, selection summary, guidance); this module only gathers them and
adds the few records no service lists yet (company details, causes, photos, notes). All of it
is read in one read transaction: the services' own reads join it, so the report never mixes
figures from before and after an edit made while it was being built.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import select

from cpdesk.core.economics import simple_payback
from cpdesk.core.errors import CpdeskError, reason_of
from cpdesk.core.guidance import Finding
from cpdesk.core.mv.periods import is_carrier
from cpdesk.core.rows import AssessmentDetail
from cpdesk.core.vocabulary import OptionStatus, TeamRole
from cpdesk.report.document import BuildHooks
from cpdesk.report.model import (
    AssessmentReportData,
    BalanceSection,
    CalculationInfo,
    CauseInfo,
    CompanyInfo,
    KeyFigures,
    Photo,
    VerificationInfo,
)
from cpdesk.services import lookup
from cpdesk.services.assessment import (
    appraisal,
    assessments,
    balances,
    calculations,
    guidance,
    periods,
    summary,
    verification,
)
from cpdesk.services.assessment.calculation_sources import describe_sources
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.reports.programme_report import programme_info
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Attachment, Cause, Company, Option, ProcessStep, Stream, WasteStream

_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")


def assessment_report_data(
    db: Database, assessment_id: str | uuid.UUID, *, hooks: BuildHooks | None = None
) -> AssessmentReportData:
    """Everything the assessment summary prints, from the services' own calls, in one read."""
    hooks = hooks or BuildHooks()
    with reading(db) as session:
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
        tasks = guidance.task_counts(db, [detail.row.id])[detail.row.id]  # as the workbench counts
        a = lookup.assessment(session, detail.row.id)
        company = session.get(Company, a.company_id)
        assert company is not None  # a live assessment always has its company (foreign key)
        factors = factor_set_in(session, a.factor_set_id) if a.factor_set_id else None
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
        programme = programme_info(db, detail.row.programme) if detail.row.programme else None
        return AssessmentReportData(
            detail=detail,
            company=company_info,
            programme=programme,
            notes=a.notes,
            balances=tuple(sections),
            appraisals=appraisals,
            causes=_causes(session, a.id),
            photos=_photos(session, a.id),
            factor_set=factors,
            key=_key_figures(detail, selection),
            printed_on=date.today(),
            centre=_centre(detail),
            option_notes=option_notes,
            waste_notes=waste_notes,
            tasks=tasks,
            calculations=_calculations(db, a.id),
            verifications=_verifications(db, session, a.id),
        )


def worksheet_findings(db: Database, report: AssessmentReportData) -> tuple[Finding, ...]:
    """The guidance service's checks on the data the report already holds (balances included,
    with the user's closure tolerances), so the worksheets list what the screen lists."""
    reports = {b.group: b.report if b.report is not None else b.error for b in report.balances}
    caused = {c.waste_stream_id for c in report.causes}
    with reading(db):
        tolerances = {group: guidance.closure_tolerance(db, group) for group in reports}
    gaps = {a.option.id: a.co2_gap for a in report.appraisals if a.co2_gap is not None}
    return tuple(guidance.examine(report.detail, caused, report.option_notes, reports, tolerances, gaps))


def _calculations(db: Database, assessment_id: uuid.UUID) -> dict[uuid.UUID, CalculationInfo]:
    """The options' calculations, with what each assessment source of theirs is now."""
    kept = calculations.calculations_of(db, assessment_id)
    keys = {
        source
        for calc, _ in kept.values()
        for source in (*(given.source for given in calc.inputs.values()), calc.price_source)
    }
    described = describe_sources(db, assessment_id, sorted(keys))
    # Read only: a calculation the assessment's figures changed since is printed as kept, and
    # said to be out of date (the options screen or `cpdesk calc option` recomputes it).
    outdated = {item.option_id for item in calculations.refresh(db, assessment_id)}
    return {
        option_id: CalculationInfo(
            calc, basis, {key: described.get(key) for key in keys}, outdated=option_id in outdated
        )
        for option_id, (calc, basis) in kept.items()
    }


def _verifications(db: Database, session: Any, assessment_id: uuid.UUID) -> tuple[VerificationInfo, ...]:
    """Each carrier with period readings verified against production (else the first other
    driving variable; none: the mean model), as the workbench's section first shows it; a
    carrier whose baseline cannot be fitted is kept with why."""
    readings = periods.stored_readings(session, assessment_id)
    names = sorted({r.variable for r in readings})
    others = [n for n in names if not is_carrier(n)]
    drivers = ("production",) if "production" in others else tuple(others[:1])
    found = []
    for carrier in (n for n in names if is_carrier(n)):
        try:
            v = verification.verify_carrier(db, assessment_id, carrier=carrier, drivers=drivers)
        except CpdeskError as exc:
            found.append(VerificationInfo(carrier, drivers, None, None, None, reason_of(exc)))
            continue
        found.append(VerificationInfo(carrier, v.drivers, v.reporting_from, v.reporting_from_source, v.verification))
    return tuple(found)


def _centre(detail: AssessmentDetail) -> str:
    """The organisations of the centre's experts on the team, each named once."""
    return ", ".join(
        dict.fromkeys(m.organisation for m in detail.team if m.role == TeamRole.CENTRE_EXPERT and m.organisation)
    )


def _balance_section(db: Database, detail: AssessmentDetail, group: str) -> BalanceSection:
    """The balance reconciled where the readings allow it, measured otherwise (with why), and
    the threshold of the unaccounted share the user set for it."""
    threshold = guidance.closure_tolerance(db, group)
    try:
        report = balances.assessment_balance(db, detail.row.id, group, reconcile=True)
        return BalanceSection(group, report, threshold_pct=threshold)
    except CpdeskError as exc:
        reconcile_error = guidance.why_not(exc)
    try:
        measured = balances.assessment_balance(db, detail.row.id, group, reconcile=False)
    except CpdeskError as exc:
        return BalanceSection(group, None, error=guidance.why_not(exc), threshold_pct=threshold)
    return BalanceSection(group, measured, reconcile_error=reconcile_error, threshold_pct=threshold)


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
                names[obj.id] = str(getattr(obj, "name", None) or getattr(obj, "title", ""))
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
