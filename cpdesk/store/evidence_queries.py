"""The option library's evidence as the database adds it up, for :func:`cpdesk.core.option_evidence.summarise`.

A centre holds every option of every assessment it received, a hundred thousand in time:
loading them as objects to count them would take seconds. One GROUP BY counts the live
options linked to a type, of live assessments, per type and company sector (cases, distinct
companies, implemented, in a currency without a rate) and, once more, per type over every
sector; a second statement reads the figures of the groups that will be shown (investment
and annual savings in USD at the assessment's rate, and the payback), converted by the
database, for the quartiles the core works out. Medians are not SQL on SQLite, and the core
computes them the same way for every database.

A scope narrows both to some types and one sector, which is what the suggestions of one
assessment need: a few thousand figures rather than every option.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, case, distinct, func, null, select
from sqlalchemy.orm import Session

from cpdesk.core.option_evidence import MIN_COMPANIES, GroupCounts
from cpdesk.core.vocabulary import OptionStatus
from cpdesk.store.models import Assessment, Company, Option

#: Type codes per IN list: far below SQLite's limit of bound parameters.
CODES_PER_STATEMENT = 500

_RATE_KNOWN = (Assessment.currency == "USD") | ((Assessment.currency == "VND") & (Assessment.exchange_rate > 0))
_NET = Option.annual_savings - Option.annual_extra_costs


def _usd(column: Any) -> Any:
    return case(
        (Assessment.currency == "USD", column),
        ((Assessment.currency == "VND") & (Assessment.exchange_rate > 0), column / Assessment.exchange_rate),
        else_=None,
    )


@dataclass
class Figures:
    """The figures of one group's cases: USD with a rate, payback with net savings."""

    investments_usd: list[float] = field(default_factory=list)
    savings_usd: list[float] = field(default_factory=list)
    paybacks_years: list[float] = field(default_factory=list)


def _conditions(type_codes: Collection[str] | None, sector: str | None) -> list[list[ColumnElement[bool]]]:
    base: list[ColumnElement[bool]] = [
        Option.deleted_at.is_(None),
        Assessment.deleted_at.is_(None),
        Option.type_code.is_not(None),
    ]
    type_code: Any = Option.type_code
    if sector is not None:
        # One sector's options are found through its assessments (a few thousand options at
        # most), and the types asked for filter them: matched on an expression, the type
        # keeps SQLite from starting at the type's index, which would visit the options of
        # those types in every sector, ten times as many at a centre.
        of_sector = select(Assessment.id).join(Company, Assessment.company_id == Company.id)
        base.append(Option.assessment_id.in_(of_sector.where(Company.sector == sector)))
        type_code = Option.type_code.concat("")
    if type_codes is None:
        return [base]
    codes = sorted(set(type_codes))
    return [
        [*base, type_code.in_(codes[i : i + CODES_PER_STATEMENT])] for i in range(0, len(codes), CODES_PER_STATEMENT)
    ]


def _joined(query: Any) -> Any:
    return (
        query.select_from(Option)
        .join(Assessment, Option.assessment_id == Assessment.id)
        .join(Company, Assessment.company_id == Company.id)
    )


def group_counts(
    session: Session,
    *,
    type_codes: Collection[str] | None = None,
    sector: str | None = None,
    per_sector: bool = True,
    every_sector: bool = True,
) -> list[GroupCounts]:
    """The groups of the live linked options: (``per_sector``) per type and sector, and
    (``every_sector``) per type over all sectors (sector None). ``type_codes`` and ``sector``
    narrow the scope (a group over every sector narrowed to one sector is that sector's)."""
    if type_codes is not None and not type_codes:
        return []
    implemented = func.sum(case((Option.status == OptionStatus.IMPLEMENTED, 1), else_=0))
    without_rate = func.sum(case((_RATE_KNOWN, 0), else_=1))
    measures = (func.count(), func.count(distinct(Assessment.company_id)), implemented, without_rate)
    out: list[GroupCounts] = []
    for where in _conditions(type_codes, sector):
        groups = []
        if per_sector:
            by_sector = _joined(select(Option.type_code, Company.sector, *measures)).where(and_(*where))
            groups.append(by_sector.group_by(Option.type_code, Company.sector))
        if every_sector:
            every = _joined(select(Option.type_code, null(), *measures)).where(and_(*where))
            groups.append(every.group_by(Option.type_code))
        for query in groups:
            for code, group_sector, cases, companies, done, no_rate in session.execute(query):
                out.append(GroupCounts(code, group_sector, cases, companies, int(done or 0), int(no_rate or 0)))
    return out


def group_figures(
    session: Session,
    groups: Collection[GroupCounts],
) -> dict[tuple[str, str | None], Figures]:
    """The figures of the cases of ``groups`` that have enough companies to be shown, by (type,
    sector); a group over every sector gathers the figures of all its type's cases.

    The groups of one sector are read with that sector's rows only; groups of several
    sectors (the pack's) in one pass over their types, which also fills the groups over every
    sector of those types; the other groups over every sector in a pass of their own.
    """
    shown = [g for g in groups if g.companies >= MIN_COMPANIES]
    wanted = {(g.type_code, g.sector) for g in shown if g.sector is not None}
    every = {g.type_code for g in shown if g.sector is None}
    sectors = {sector for _, sector in wanted}
    out: dict[tuple[str, str | None], Figures] = defaultdict(Figures)
    if wanted:
        one_sector = next(iter(sectors)) if len(sectors) == 1 else None
        codes = {code for code, _ in wanted}
        also_every = every & codes if one_sector is None else set()
        for code, sector, investment, savings, payback in _figures(session, codes, one_sector):
            if (code, sector) in wanted:
                _add(out[(code, sector)], investment, savings, payback)
            if code in also_every:
                _add(out[(code, None)], investment, savings, payback)
        every -= also_every
    if every:
        for code, _sector, investment, savings, payback in _figures(session, every, None):
            _add(out[(code, None)], investment, savings, payback)
    return out


def _figures(session: Session, codes: Collection[str], sector: str | None) -> Any:
    columns = (
        Option.type_code,
        Company.sector,
        _usd(Option.investment),
        _usd(Option.annual_savings),
        case((_NET > 0, Option.investment / _NET), else_=None),
    )
    for where in _conditions(codes, sector):
        yield from session.execute(_joined(select(*columns)).where(*where))


def _add(figures: Figures, investment: float | None, savings: float | None, payback: float | None) -> None:
    if investment is not None and savings is not None:
        figures.investments_usd.append(investment)
        figures.savings_usd.append(savings)
    if payback is not None:
        figures.paybacks_years.append(payback)


def sector_cases(
    session: Session, type_codes: Collection[str], sector: str
) -> tuple[list[GroupCounts], dict[tuple[str, str | None], Figures]]:
    """The groups of ``type_codes`` in one ``sector`` and their figures, from one read of the
    sector's options of those types (a few thousand rows at a centre): what the suggestions
    for one plant need, counted as they are read rather than by a GROUP BY and a second read
    of the same rows. A group with fewer than :data:`MIN_COMPANIES` companies gets no figures."""
    columns = (
        Option.type_code,
        Assessment.company_id,
        case((Option.status == OptionStatus.IMPLEMENTED, 1), else_=0),
        case((_RATE_KNOWN, 1), else_=0),
        _usd(Option.investment),
        _usd(Option.annual_savings),
        case((_NET > 0, Option.investment / _NET), else_=None),
    )
    tallies: dict[str, list[Any]] = {}  # code -> [cases, companies, implemented, without rate, figures]
    for where in _conditions(type_codes, sector) if type_codes else ():
        query = select(*columns).select_from(Option).join(Assessment, Option.assessment_id == Assessment.id)
        for code, company, done, rate_known, investment, savings, payback in session.execute(query.where(*where)):
            tally = tallies.get(code)
            if tally is None:
                tally = tallies[code] = [0, set(), 0, 0, Figures()]
            tally[0] += 1
            tally[1].add(company)
            tally[2] += done
            tally[3] += 1 - rate_known
            _add(tally[4], investment, savings, payback)
    counts: list[GroupCounts] = []
    figures: dict[tuple[str, str | None], Figures] = {}
    for code, (cases, companies, done, no_rate, found) in tallies.items():
        counts.append(GroupCounts(code, sector, cases, len(companies), done, no_rate))
        if len(companies) >= MIN_COMPANIES:
            figures[(code, sector)] = found
    return counts, figures
