"""The plain data a report is printed from, gathered by ``cpdesk.services.reports``.

The report package never opens the database: the services call the same functions the
workbench and the CLI call (assessment detail, balances, option appraisal, programme
summary) and hand their results over in these containers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from cpdesk.core.guidance import DEFAULT_CLOSURE_TOLERANCE_PCT, Finding, TaskCount
from cpdesk.core.messages import Message
from cpdesk.core.rollup import RollUp, Totals
from cpdesk.core.rows import AssessmentDetail

if TYPE_CHECKING:  # named in annotations only: a programme report need not load scipy and statsmodels
    from cpdesk.core.appraisal import OptionAppraisal
    from cpdesk.core.balance_report import BalanceReport
    from cpdesk.core.calculators.stored import Calculation
    from cpdesk.core.factors import FactorSet
    from cpdesk.core.mv.verification import Verification


@dataclass(frozen=True)
class CompanyInfo:
    """The company as the cover and the company section print it."""

    name: str
    sector: str
    province: str
    size: str | None
    address: str
    contact: str
    employees: int | None


@dataclass(frozen=True)
class ProgrammeInfo:
    """A programme's name, donor, year and the CO2 it reported, with its counts."""

    code: str
    name: str
    name_vi: str
    donor: str
    year: int | None
    reported_co2_t: float | None
    reported_note: str
    origin: str
    companies: int = 0
    assessments: int = 0

    def title(self, lang: str) -> str:
        return (self.name_vi or self.name) if lang == "vi" else (self.name or self.name_vi)


@dataclass(frozen=True)
class CauseInfo:
    """A cause of a waste stream (task 7)."""

    waste_stream_id: uuid.UUID
    waste_stream: str
    category: str
    description: str


@dataclass(frozen=True)
class Photo:
    """An image attachment with its caption."""

    caption: str
    filename: str
    media_type: str
    content: bytes
    #: what the photo is attached to, as the workbench names it ("assessment", "stream" ...)
    owner_type: str = "assessment"
    owner_name: str = ""


@dataclass(frozen=True)
class KeyFigures:
    """The executive summary's figures for one assessment.

    Counts come from the option records; money in the assessment's currency is summed over
    the implemented options; USD figures, resource savings and CO2 are the programme
    summary service's figures for this one assessment (implemented options, as table 2).
    """

    options_found: int
    options_selected: int  # selected or already implemented
    options_implemented: int
    options_rejected: int
    currency: str
    investment: float
    annual_savings: float
    payback_years: float | None
    investment_usd: float
    annual_savings_usd: float
    resource_savings: Mapping[str, tuple[float, str]]
    co2_t: float
    factor_set: str
    grid_year: int | None
    #: money of the options selected but not implemented yet (the plan still ahead)
    planned_investment: float = 0.0
    planned_annual_savings: float = 0.0
    #: the programme summary's breakdown of this assessment by option category (USD)
    by_category: Mapping[str, Totals] = field(default_factory=dict)


@dataclass(frozen=True)
class BalanceSection:
    """One carrier's balance as the report shows it, or why it could not be computed."""

    group: str  # "water" or "energy"
    report: BalanceReport | None
    #: why the balance, or its reconciliation, was not computed: a message said in the report's
    #: language (:func:`cpdesk.core.messages.say`)
    error: str | Message = ""
    reconcile_error: str | Message = ""
    #: Unaccounted share of the inputs (%) beyond which a step or the plant is flagged.
    threshold_pct: float = DEFAULT_CLOSURE_TOLERANCE_PCT


@dataclass(frozen=True)
class CalculationInfo:
    """An option's savings calculation as the report prints it (feasibility and annex C)."""

    calculation: Calculation
    #: "calculated" when the option's annual savings are this result's, "typed" otherwise
    savings_basis: str
    #: what each assessment source of an input (or the price) is, by its key; None for one no
    #: longer in the assessment (the result is then the last one computed)
    sources: Mapping[str, Message | None] = field(default_factory=dict)
    #: the assessment's figures changed since it was computed (not recomputed yet)
    outdated: bool = False


@dataclass(frozen=True)
class VerificationInfo:
    """A carrier's baseline and verified saving (measurement and verification), or why it
    could not be fitted (``problem``, with ``verification`` None)."""

    carrier: str
    drivers: tuple[str, ...]
    #: The reporting period's first day and where it came from ("given",
    #: "implemented_options"); None when every period is the baseline.
    reporting_from: date | None
    reporting_from_source: str | None
    verification: Verification | None
    problem: Message | str | None = None


@dataclass(frozen=True)
class AssessmentReportData:
    """Everything the assessment summary and the filled worksheets print."""

    detail: AssessmentDetail
    company: CompanyInfo
    programme: ProgrammeInfo | None
    notes: str
    balances: tuple[BalanceSection, ...]
    appraisals: tuple[OptionAppraisal, ...]
    causes: tuple[CauseInfo, ...]
    photos: tuple[Photo, ...]
    factor_set: FactorSet | None
    key: KeyFigures
    printed_on: date
    centre: str = ""
    option_notes: Mapping[uuid.UUID, str] = field(default_factory=dict)
    waste_notes: Mapping[uuid.UUID, str] = field(default_factory=dict)
    #: The tasks done as the guide and the workbench count them (None: not counted).
    tasks: TaskCount | None = None
    #: The options' savings calculations, by option id.
    calculations: Mapping[uuid.UUID, CalculationInfo] = field(default_factory=dict)
    #: Each carrier with period readings, its baseline and verified saving (empty: the
    #: assessment has no period readings, and the summary no M&V chapter).
    verifications: tuple[VerificationInfo, ...] = ()

    @property
    def currency(self) -> str:
        return self.detail.currency

    def factor_set_name(self, lang: str) -> str:
        """The factor set as a reader knows it, by its name, not its code."""
        if self.factor_set is not None:
            return self.factor_set.name(lang)
        return self.key.factor_set or "–"


@dataclass(frozen=True)
class OptionTypeCount:
    """How often a page's options were of one type of the option library."""

    code: str
    #: the type's title by language ({"vi": ..., "en": ...}); empty when the catalogue in use
    #: no longer has the type (the link is kept and printed by its code)
    title: Mapping[str, str]
    category: str | None
    cases: int
    companies: int
    implemented: int

    @property
    def implemented_ratio(self) -> float:
        """Implemented / cases (a type is counted only where it has a case)."""
        return self.implemented / self.cases


@dataclass(frozen=True)
class ProgrammePage:
    """One page of the programme summary: a programme, or the totals of several."""

    title: str
    info: ProgrammeInfo | None
    rollup: RollUp
    assessments: int
    companies: int
    companies_by_sector: Mapping[str, int] = field(default_factory=dict)
    #: CO2 the programmes printed, summed where entered, and how many of them entered it
    reported_co2_t: float | None = None
    reported_of: tuple[int, int] = (0, 0)
    is_total: bool = False
    #: the name of the roll-up's factor set by language ({"vi": ..., "en": ...})
    factor_set_names: Mapping[str, str] = field(default_factory=dict)
    #: the most frequent option types of the page's options, most cases first
    option_types: tuple[OptionTypeCount, ...] = ()
    #: how many of the page's live options are linked to a type of the option library
    options_linked: int = 0

    def factor_set_name(self, lang: str) -> str:
        """The roll-up's factor set as a reader knows it, by its name, not its code."""
        return self.factor_set_names.get(lang) or self.rollup.factor_set or "–"


@dataclass(frozen=True)
class ProgrammeReportData:
    """The programme summary's pages and, for several programmes, their totals."""

    pages: tuple[ProgrammePage, ...]
    totals: ProgrammePage | None
    printed_on: date
    selection: bool = False


@dataclass(frozen=True)
class WorksheetData:
    """An assessment to fill the worksheets from; ``None`` parts print blank."""

    report: AssessmentReportData | None
    printed_on: date
    #: The checks of the guidance service on this assessment (its open points, per task).
    findings: tuple[Finding, ...] = ()
