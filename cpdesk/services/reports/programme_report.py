"""What the programme summary prints (the seed's table 2), for programmes or any selection.

One page per programme with its roll-up, its companies by sector and the CO2 it reported,
the most frequent types of the option library among its options (cases, companies,
implemented), and a totals page when there are several; the same page for a free selection
of assessments. The figures come from the summary services and one GROUP BY of the options
by type, all read in one read transaction.

The types are the programme's own options counted, not the library's evidence: the report is
printed where the assessments are, and a programme's reader knows its companies, so the
"few cases" rule of the evidence handed to field installations does not apply here.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from datetime import date

from sqlalchemy import case, distinct, func, select

from cpdesk.core.reference.option_types import option_library
from cpdesk.core.rows import ProgrammeRow
from cpdesk.core.vocabulary import OptionStatus
from cpdesk.report.model import OptionTypeCount, ProgrammeInfo, ProgrammePage, ProgrammeReportData
from cpdesk.services import lookup
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.assessment import records, summary
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Company, Option

#: How many option types a page lists, the most frequent first.
TOP_TYPES = 10


def programme_info(db: Database, code: str, rows: Sequence[ProgrammeRow] | None = None) -> ProgrammeInfo:
    """A programme's name, donor, year, reported CO2 and counts, as the report prints them."""
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


def _factor_set_names(db: Database) -> dict[str, dict[str, str]]:
    """The factor sets' names by code and language: the report names a set, never codes it."""
    return {code: {"vi": vi, "en": en} for code, vi, en in records.factor_set_codes(db)}


def programme_report_data(db: Database, codes: Sequence[str]) -> ProgrammeReportData:
    """One page per programme (the seed's table 2 row with its breakdowns) and, for several, a totals page."""
    with reading(db):
        names = _factor_set_names(db)
        rows = catalogue.list_programmes(db)
        pages = []
        all_ids: list[uuid.UUID] = []
        for code in dict.fromkeys(codes):
            info = programme_info(db, code, rows)
            ids = _live_assessments(db, code)
            all_ids += ids
            rollup = summary.programme_summary(db, code)
            types, linked = _option_types(db, ids)
            pages.append(
                ProgrammePage(
                    title=code,
                    info=info,
                    rollup=rollup,
                    assessments=len(ids),
                    companies=info.companies,
                    companies_by_sector=_companies_by_sector(db, ids),
                    reported_co2_t=info.reported_co2_t,
                    reported_of=(1 if info.reported_co2_t is not None else 0, 1),
                    factor_set_names=names.get(rollup.factor_set, {}),
                    option_types=types,
                    options_linked=linked,
                )
            )
        totals = None
        if len(pages) > 1:
            reported = [p.info.reported_co2_t for p in pages if p.info and p.info.reported_co2_t is not None]
            by_sector = _companies_by_sector(db, all_ids)
            total = summary.selection_summary(db, all_ids)
            types, linked = _option_types(db, all_ids)
            totals = ProgrammePage(
                title=", ".join(p.title for p in pages),
                info=None,
                rollup=total,
                assessments=len(all_ids),
                companies=sum(by_sector.values()),
                companies_by_sector=by_sector,
                reported_co2_t=sum(reported) if reported else None,
                reported_of=(len(reported), len(pages)),
                is_total=True,
                factor_set_names=names.get(total.factor_set, {}),
                option_types=types,
                options_linked=linked,
            )
    return ProgrammeReportData(tuple(pages), totals, date.today())


def selection_report_data(db: Database, keys: Sequence[str | uuid.UUID]) -> ProgrammeReportData:
    """The same page for any selection of assessments."""
    with reading(db) as session:
        ids = list(dict.fromkeys(lookup.assessment(session, k).id for k in keys))
        by_sector = _companies_by_sector(db, ids)
        rollup = summary.selection_summary(db, ids)
        types, linked = _option_types(db, ids)
        page = ProgrammePage(
            title="",
            info=None,
            rollup=rollup,
            assessments=len(ids),
            companies=sum(by_sector.values()),
            companies_by_sector=by_sector,
            factor_set_names=_factor_set_names(db).get(rollup.factor_set, {}),
            option_types=types,
            options_linked=linked,
        )
    return ProgrammeReportData((page,), None, date.today(), selection=True)


def _live_assessments(db: Database, code: str) -> list[uuid.UUID]:
    """The ids of the programme's live assessments (only their ids: a centre holds thousands)."""
    with reading(db) as session:
        programme = lookup.programme_by_code(session, code)
        query = (
            select(Assessment.id)
            .join(Company, Assessment.company_id == Company.id)
            .where(Assessment.programme_id == programme.id, Assessment.deleted_at.is_(None))
        )
        return list(session.execute(query).scalars())


def _companies_by_sector(db: Database, ids: Sequence[uuid.UUID]) -> dict[str, int]:
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


def _option_types(db: Database, ids: Sequence[uuid.UUID]) -> tuple[tuple[OptionTypeCount, ...], int]:
    """The :data:`TOP_TYPES` most frequent types among the live options of ``ids`` (most
    cases first, then most implemented, then by code) and how many options are linked to a
    type at all. A type the catalogue in use no longer has keeps its code, without a title."""
    if not ids:
        return (), 0
    implemented = func.sum(case((Option.status == OptionStatus.IMPLEMENTED, 1), else_=0))
    with reading(db) as session:
        rows = session.execute(
            select(Option.type_code, func.count(), implemented, func.count(distinct(Assessment.company_id)))
            .join(Assessment, Option.assessment_id == Assessment.id)
            .where(Option.assessment_id.in_(ids), Option.deleted_at.is_(None), Option.type_code.is_not(None))
            .group_by(Option.type_code)
        ).all()
    linked = sum(int(cases) for _code, cases, _done, _companies in rows)
    ranked = sorted(rows, key=lambda r: (-int(r[1]), -int(r[2] or 0), str(r[0])))[:TOP_TYPES]
    library = option_library()
    out = []
    for code, cases, done, companies in ranked:
        found = library.find(str(code))
        out.append(
            OptionTypeCount(
                code=str(code),
                title={} if found is None else {"vi": found.title.vi, "en": found.title.en},
                category=None if found is None else found.category.value,
                cases=int(cases),
                companies=int(companies),
                implemented=int(done or 0),
            )
        )
    return tuple(out), linked
