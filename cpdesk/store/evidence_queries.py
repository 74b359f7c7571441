"""The option library's evidence as the database reads it, for :func:`cpdesk.core.option_evidence.summarise`.

A centre holds every option of every assessment it received, a hundred thousand in time:
loading them as objects would take seconds. One statement reads the live options linked to
a type, of live assessments, with what the evidence needs of each, worked out by the
database: its type, its company and the company's sector, whether it was implemented,
whether its assessment states a rate to USD, its investment and annual savings in USD at that
rate, and its payback. The groups (per type and sector, and per type over every sector) are
counted as the rows arrive, and the figures of the groups that may be shown kept for the
quartiles the core works out (medians are not SQL on SQLite; the core computes them the same
way for every database).

Why not GROUP BY: at 100 000 options the two GROUP BYs with their distinct companies took
3.2 s on SQLite, and the figures needed a second read of the same rows (2.4 s); the one read
takes the second's time alone.

Whether a case has a verified saving, and a saving's share of the plant's annual use of its
carrier, need the options' resource savings and their assessments' period readings of those
carriers: two more statements over the same options (:func:`_savings`),
the core working out the use (:mod:`cpdesk.core.baseline_share`).

The centre, and only the centre, may list the cases behind a type's figures
(:func:`read_cases`): company by name, assessment, money in USD.

A scope narrows the read to some types and one sector, which is what the suggestions of one
assessment need: a few thousand rows rather than every option. One sector's options are found
through its assessments (see :func:`_conditions`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from cpdesk.core.baseline_share import UseReading, annual_use, share_of_use
from cpdesk.core.option_evidence import MIN_COMPANIES, GroupCounts, OptionCase
from cpdesk.core.vocabulary import OptionStatus
from cpdesk.store.models import Assessment, Company, Option, OptionSaving, PeriodReading, SyncCentreKey

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
    #: Monitored over estimated annual savings (one currency), per monitored case.
    monitored_ratios: list[float] = field(default_factory=list)
    #: Resource savings in per cent of the plant's annual use of their carrier, where known.
    baseline_shares_pct: list[float] = field(default_factory=list)


@dataclass
class _Tally:
    cases: int = 0
    companies: set[Any] = field(default_factory=set)
    implemented: int = 0
    without_rate: int = 0
    monitored: int = 0
    verified: int = 0
    figures: Figures = field(default_factory=Figures)


def read_groups(
    session: Session,
    *,
    type_codes: Collection[str] | None = None,
    sector: str | None = None,
    every_sector: bool = True,
) -> tuple[list[GroupCounts], dict[tuple[str, str | None], Figures]]:
    """The groups of the live linked options and the figures of those with at least
    :data:`MIN_COMPANIES` companies, by (type, sector): per type and sector, and
    (``every_sector``, unless the read is narrowed to one ``sector``) per type over every
    sector (sector None). ``type_codes`` and ``sector`` narrow the read (an empty
    ``type_codes`` reads nothing)."""
    if type_codes is not None and not type_codes:
        return [], {}
    every_sector = every_sector and sector is None
    # The company's id as the database stores it: turning 100 000 of them into UUIDs took
    # longer than reading the rows. One sector's read needs no company table: its sector is
    # known, and its assessments are chosen by a subquery (see _conditions).
    columns = [
        Option.type_code,
        type_coerce(Assessment.company_id, String),
        case((Option.status == OptionStatus.IMPLEMENTED, 1), else_=0),
        case((_RATE_KNOWN, 1), else_=0),
        _usd(Option.investment),
        _usd(Option.annual_savings),
        case((_NET > 0, Option.investment / _NET), else_=None),
        Option.monitored_annual_savings,
        case((Option.annual_savings > 0, Option.monitored_annual_savings / Option.annual_savings), else_=None),
        type_coerce(Option.id, String),
    ]
    if sector is None:
        columns.append(Company.sector)
    tallies: dict[tuple[str, str | None], _Tally] = {}
    for where in _conditions(type_codes, sector):
        query = select(*columns).select_from(Option).join(Assessment, Option.assessment_id == Assessment.id)
        if sector is None:
            query = query.join(Company, Assessment.company_id == Company.id)
        shares, verified_ids = _savings(session, where)
        rows = session.execute(query.where(*where))
        for row in rows:
            code, company, done, rate_known, investment, savings, payback = row[:7]
            monitored, ratio, option_id, *of_sector = row[7:]
            verified = 1 if option_id in verified_ids else 0
            group = of_sector[0] if of_sector else sector
            for key in ((code, group), (code, None)) if every_sector else ((code, group),):
                tally = tallies.get(key)
                if tally is None:
                    tally = tallies[key] = _Tally()
                tally.cases += 1
                tally.companies.add(company)
                tally.implemented += done
                tally.without_rate += 1 - rate_known
                if investment is not None and savings is not None:
                    tally.figures.investments_usd.append(investment)
                    tally.figures.savings_usd.append(savings)
                if payback is not None:
                    tally.figures.paybacks_years.append(payback)
                if monitored is not None:
                    tally.monitored += 1
                    if ratio is not None:
                        tally.figures.monitored_ratios.append(ratio)
                tally.verified += verified
                tally.figures.baseline_shares_pct.extend(shares.get(option_id, ()))
    counts = [
        GroupCounts(
            code, group_sector, t.cases, len(t.companies), t.implemented, t.without_rate, t.monitored, t.verified
        )
        for (code, group_sector), t in tallies.items()
    ]
    figures = {key: t.figures for key, t in tallies.items() if len(t.companies) >= MIN_COMPANIES}
    return counts, figures


def _savings(session: Session, where: list[ColumnElement[bool]]) -> tuple[dict[Any, list[float]], set[Any]]:
    """Of the options ``where`` chooses, by option id (as the main read gives it): their
    resource savings in per cent of their plant's annual use of the carrier, where the use is
    known from the assessment's period readings of the carrier; and the ids of those with a
    verified saving. (Read with the savings rather than by an EXISTS per option in the main
    read, which made the pack's aggregates a quarter slower.)"""
    chosen = (
        select(
            type_coerce(Option.id, String),
            type_coerce(Option.assessment_id, String),
            Option.implemented_on,
            OptionSaving.carrier,
            OptionSaving.quantity,
            OptionSaving.unit,
            OptionSaving.verified_quantity,
        )
        .select_from(OptionSaving)
        .join(Option, OptionSaving.option_id == Option.id)
        .join(Assessment, Option.assessment_id == Assessment.id)
        .where(*where, OptionSaving.deleted_at.is_(None))
    )
    savings = session.execute(chosen).all()
    verified = {row[0] for row in savings if row[6] is not None}
    if not savings:
        return {}, verified
    carriers = sorted({str(row[3].value) for row in savings})
    of_options = (
        select(Option.assessment_id)
        .select_from(OptionSaving)
        .join(Option, OptionSaving.option_id == Option.id)
        .join(Assessment, Option.assessment_id == Assessment.id)
        .where(*where, OptionSaving.deleted_at.is_(None))
    )
    readings: dict[tuple[Any, str], list[UseReading]] = {}
    for assessment, variable, start, end, value, unit in session.execute(
        select(
            type_coerce(PeriodReading.assessment_id, String),
            PeriodReading.variable,
            PeriodReading.period_start,
            PeriodReading.period_end,
            PeriodReading.value,
            PeriodReading.unit,
        ).where(
            PeriodReading.deleted_at.is_(None),
            PeriodReading.variable.in_(carriers),
            PeriodReading.assessment_id.in_(of_options),
        )
    ):
        readings.setdefault((assessment, variable), []).append(UseReading(start, end, value, unit))
    uses: dict[tuple[Any, str, Any], tuple[float, str] | None] = {}
    out: dict[Any, list[float]] = {}
    for option_id, assessment, implemented_on, carrier, quantity, unit, _verified in savings:
        of_carrier = readings.get((assessment, str(carrier.value)))
        if not of_carrier:
            continue
        key = (assessment, str(carrier.value), implemented_on)
        if key not in uses:
            uses[key] = annual_use(of_carrier, before=implemented_on)
        share = share_of_use(quantity, unit, uses[key])
        if share is not None:
            out.setdefault(option_id, []).append(share)
    return out, verified


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


def is_centre_database(session: Session) -> bool:
    """Whether this is the centre's database: it holds the centre's key pair (``cpdesk centre
    init``), the test :func:`cpdesk.services.sync.keys.signing` makes too."""
    return session.execute(select(SyncCentreKey.fingerprint).limit(1)).first() is not None


def read_cases(session: Session, type_code: str, sector: str | None = None) -> list[OptionCase]:
    """The live options linked to ``type_code`` of live assessments (of ``sector``'s companies,
    None: every sector), each with its company, assessment, year, status and money in USD at
    its assessment's rate (None without one) and the ids that open it, by company, year and
    assessment."""
    year = func.coalesce(Assessment.start_date, Assessment.end_date)
    query = (
        select(
            Company.name,
            Company.sector,
            Assessment.title,
            year,
            Option.code,
            Option.title,
            Option.status,
            _usd(Option.investment),
            _usd(Option.annual_savings),
            case((_NET > 0, Option.investment / _NET), else_=None),
            Assessment.id,
            Option.id,
        )
        .select_from(Option)
        .join(Assessment, Option.assessment_id == Assessment.id)
        .join(Company, Assessment.company_id == Company.id)
        .where(Option.deleted_at.is_(None), Assessment.deleted_at.is_(None), Option.type_code == type_code)
    )
    if sector is not None:
        query = query.where(Company.sector == sector)
    cases = [
        OptionCase(
            company=company,
            sector=company_sector,
            assessment=assessment,
            year=None if day is None else day.year,
            option_code=code,
            option_title=title,
            status=status.value,
            investment_usd=investment,
            annual_savings_usd=savings,
            payback_years=payback,
            assessment_id=assessment_id,
            option_id=option_id,
        )
        for (
            company,
            company_sector,
            assessment,
            day,
            code,
            title,
            status,
            investment,
            savings,
            payback,
            assessment_id,
            option_id,
        ) in session.execute(query)
    ]
    return sorted(cases, key=lambda c: (c.company.casefold(), c.year or 0, c.assessment, c.option_code))
