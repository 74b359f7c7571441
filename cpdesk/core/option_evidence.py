"""The option library's evidence: what the options linked to a type cost and saved, per sector.

Every option of every assessment a database holds that is linked to a type of the option
library (``cp_option.type_code``) is a case of that type. The database adds up the cases of a
type in a sector (how many, of how many companies, how many implemented, how many in a
currency without an exchange rate) and hands over their figures; this module turns them into
:class:`Evidence`: the implementation rate and the quartiles of investment and annual savings
in USD and of the simple payback.

Decisions:

- **Few cases.** No statistic comes from fewer than :data:`MIN_COMPANIES` companies, counts
  included: three cases of two companies would let anyone who knows one of them work out the
  other's figures. Such a group is :attr:`Evidence.few_cases` and carries nothing else.
- **USD at the assessment's rate.** Money is entered in the assessment's currency; VND is
  converted at the rate the assessment states (VND per USD). A case in VND without a rate
  leaves the money figures out and is counted in :attr:`Evidence.without_rate`; it still
  counts as a case, a company and (if so) an implementation.
- **Payback** is investment over net annual savings (savings less the option's extra
  costs), a ratio of two figures in one currency, so it needs no rate; an option without
  net savings has none and is left out of the payback's quartiles.
- **Monitored and verified.** A case is monitored when its option has a monitored annual
  saving (task 16), verified when one of its resource savings has a verified quantity (IPMVP).
  How far plants' results fall from the estimates is the ratio of the monitored to the
  estimated annual saving, both in the assessment's currency (so no rate is needed), for the
  monitored cases with an estimate above zero: 0.8 means the plant saved a fifth less than
  estimated.
- **Share of the plant's use.** A resource saving of a case whose assessment knows its
  carrier's annual use (:mod:`cpdesk.core.baseline_share`) gives the saving as a percentage
  of that use; an option saving two such carriers gives two figures.
- **Quartiles** are linear interpolation between order statistics (type 7 of Hyndman and
  Fan, what spreadsheets and numpy give by default): of 1, 2, 3, 4 the median is 2.5, the
  first quartile 1.75 and the third 3.25.

The same figures go to the field installations in the centre's reference-data pack
(:func:`evidence_document`, :func:`read_evidence_document`): aggregates only, no company.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

#: The fewest companies a statistic may be drawn from.
MIN_COMPANIES = 3
#: The name of the evidence's file in the reference-data pack (without ``.json``).
DOCUMENT = "option_evidence"
#: The version of the document's layout.
DOCUMENT_VERSION = 1


@dataclass(frozen=True)
class Spread:
    """The quartiles of ``count`` figures."""

    q1: float
    median: float
    q3: float
    count: int


@dataclass(frozen=True)
class GroupCounts:
    """The cases of one type in one sector (``None``: every sector), as the database counts them."""

    type_code: str
    sector: str | None
    cases: int
    companies: int
    implemented: int
    #: Cases in a currency without an exchange rate, left out of the USD figures.
    without_rate: int
    #: Cases with a monitored annual saving, and with a verified resource saving.
    monitored: int = 0
    verified: int = 0


@dataclass(frozen=True)
class Evidence:
    """What the cases of one type in one sector (``None``: every sector) show.

    With :attr:`few_cases` (fewer than :data:`MIN_COMPANIES` companies) every figure is None.
    """

    type_code: str
    sector: str | None
    few_cases: bool
    cases: int | None = None
    companies: int | None = None
    implemented: int | None = None
    without_rate: int | None = None
    investment_usd: Spread | None = None
    annual_savings_usd: Spread | None = None
    payback_years: Spread | None = None
    monitored: int | None = None
    verified: int | None = None
    #: Monitored over estimated annual savings, per monitored case with an estimate.
    monitored_ratio: Spread | None = None
    #: Resource savings as a percentage of the plant's annual use of their carrier.
    baseline_share_pct: Spread | None = None

    @property
    def implementation_rate(self) -> float | None:
        """The share of the cases implemented (0 to 1), None with few cases."""
        if self.few_cases or not self.cases or self.implemented is None:
            return None
        return self.implemented / self.cases


@dataclass(frozen=True)
class OptionCase:
    """One case behind a type's figures, as the centre's installation may list it: the plant by
    name, its assessment, the option, and its money in USD at the assessment's rate (None
    without one). Never sent to a field installation."""

    company: str
    sector: str
    assessment: str
    #: The year the assessment started (else ended), None when it states neither.
    year: int | None
    option_code: str
    option_title: str
    status: str
    investment_usd: float | None
    annual_savings_usd: float | None
    payback_years: float | None
    #: The assessment's and the option's ids, so that the centre's screens can open the option.
    assessment_id: uuid.UUID | None = None
    option_id: uuid.UUID | None = None


def quartiles(values: Sequence[float]) -> Spread | None:
    """The first quartile, median and third quartile of ``values`` (None when empty)."""
    ordered = sorted(float(v) for v in values)
    if not ordered:
        return None
    for v in ordered:
        if not math.isfinite(v):
            raise ValueError(f"figures must be finite numbers, got {v!r}")

    def at(p: float) -> float:
        h = (len(ordered) - 1) * p
        low = math.floor(h)
        high = min(low + 1, len(ordered) - 1)
        return ordered[low] + (h - low) * (ordered[high] - ordered[low])

    return Spread(q1=at(0.25), median=at(0.5), q3=at(0.75), count=len(ordered))


def summarise(
    counts: GroupCounts,
    investments_usd: Sequence[float],
    savings_usd: Sequence[float],
    paybacks_years: Sequence[float],
    monitored_ratios: Sequence[float] = (),
    baseline_shares_pct: Sequence[float] = (),
) -> Evidence:
    """The evidence of one group from its counts and its cases' figures (USD per case with a
    rate; payback per case with net savings; monitored over estimated savings per monitored
    case with an estimate; per resource saving with its carrier's annual use known, the
    saving in per cent of that use)."""
    if counts.companies < MIN_COMPANIES:
        return Evidence(counts.type_code, counts.sector, few_cases=True)
    return Evidence(
        counts.type_code,
        counts.sector,
        few_cases=False,
        cases=counts.cases,
        companies=counts.companies,
        implemented=counts.implemented,
        without_rate=counts.without_rate,
        investment_usd=quartiles(investments_usd),
        annual_savings_usd=quartiles(savings_usd),
        payback_years=quartiles(paybacks_years),
        monitored=counts.monitored,
        verified=counts.verified,
        monitored_ratio=quartiles(monitored_ratios),
        baseline_share_pct=quartiles(baseline_shares_pct),
    )


def evidence_document(groups: Iterable[Evidence], built: str) -> dict[str, Any]:
    """The evidence as the reference-data pack carries it: per type and sector, figures only
    (a few-cases group says just that); ``built`` is when (ISO date)."""
    out = []
    for e in groups:
        entry: dict[str, Any] = {"type": e.type_code, "sector": e.sector}
        if e.few_cases:
            entry["few_cases"] = True
        else:
            entry.update(
                cases=e.cases,
                companies=e.companies,
                implemented=e.implemented,
                without_rate=e.without_rate,
                investment_usd=_spread_json(e.investment_usd),
                annual_savings_usd=_spread_json(e.annual_savings_usd),
                payback_years=_spread_json(e.payback_years),
                monitored=e.monitored,
                verified=e.verified,
                monitored_ratio=_spread_json(e.monitored_ratio),
                baseline_share_pct=_spread_json(e.baseline_share_pct),
            )
        out.append(entry)
    return {
        "kind": DOCUMENT,
        "version": DOCUMENT_VERSION,
        "built": built,
        "min_companies": MIN_COMPANIES,
        "groups": out,
    }


def read_evidence_document(data: Any) -> dict[tuple[str, str | None], Evidence]:
    """The groups of a document :func:`evidence_document` wrote, by (type, sector); ValueError
    naming the entry if it is damaged. A group of fewer companies than this cpdesk allows is
    read as few cases, whatever it says."""
    if not isinstance(data, Mapping) or data.get("kind") != DOCUMENT or not isinstance(data.get("groups"), list):
        raise ValueError(f"not an {DOCUMENT} document")
    out: dict[tuple[str, str | None], Evidence] = {}
    for i, raw in enumerate(data["groups"]):
        try:
            evidence = _read_group(raw)
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{DOCUMENT} groups[{i}]: {exc}") from None
        out[(evidence.type_code, evidence.sector)] = evidence
    return out


def _read_group(raw: Mapping[str, Any]) -> Evidence:
    code, sector = raw["type"], raw["sector"]
    if not isinstance(code, str) or not (sector is None or isinstance(sector, str)):
        raise ValueError("type and sector must be texts")
    if raw.get("few_cases"):
        return Evidence(code, sector, few_cases=True)
    counts = GroupCounts(
        code, sector, _count(raw, "cases"), _count(raw, "companies"), _count(raw, "implemented"),
        _count(raw, "without_rate"),
    )  # fmt: skip
    if counts.companies < MIN_COMPANIES:
        return Evidence(code, sector, few_cases=True)
    if counts.implemented > counts.cases or counts.without_rate > counts.cases:
        raise ValueError("more implemented or without a rate than cases")
    # A pack built before monitored and verified savings were counted has neither: unknown.
    monitored = _count(raw, "monitored") if raw.get("monitored") is not None else None
    verified = _count(raw, "verified") if raw.get("verified") is not None else None
    if (monitored or 0) > counts.cases or (verified or 0) > counts.cases:
        raise ValueError("more monitored or verified than cases")
    return Evidence(
        code,
        sector,
        few_cases=False,
        cases=counts.cases,
        companies=counts.companies,
        implemented=counts.implemented,
        without_rate=counts.without_rate,
        investment_usd=_read_spread(raw.get("investment_usd")),
        annual_savings_usd=_read_spread(raw.get("annual_savings_usd")),
        payback_years=_read_spread(raw.get("payback_years")),
        monitored=monitored,
        verified=verified,
        monitored_ratio=_read_spread(raw.get("monitored_ratio")),
        baseline_share_pct=_read_spread(raw.get("baseline_share_pct")),
    )


def _count(raw: Mapping[str, Any], key: str) -> int:
    value = raw[key]
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{key} must be a whole number, at least 0")
    return value


def _spread_json(spread: Spread | None) -> dict[str, float] | None:
    if spread is None:
        return None
    return {"q1": spread.q1, "median": spread.median, "q3": spread.q3, "count": spread.count}


def _read_spread(raw: Any) -> Spread | None:
    if raw is None:
        return None
    figures = [raw["q1"], raw["median"], raw["q3"]]
    if not all(isinstance(f, int | float) and not isinstance(f, bool) and math.isfinite(f) for f in figures):
        raise ValueError("quartiles must be finite numbers")
    if not figures[0] <= figures[1] <= figures[2]:
        raise ValueError("quartiles out of order")
    count = raw["count"]
    if not isinstance(count, int) or count < 1:
        raise ValueError("count must be a whole number, at least 1")
    return Spread(float(figures[0]), float(figures[1]), float(figures[2]), count)
