"""Economic feasibility of a CP option (methodology, task 11).

An option costs an investment once (year 0) and then, every year of its lifetime, brings
its annual savings less its annual extra costs (the *annual net cash*, end of year). From
these come the simple payback, the net present value at the assessment's discount rate, the
internal rate of return and the discounted payback, in the assessment currency and, for VND
assessments, in USD through the assessment's exchange rate (the centre reports in USD).

A lifetime need not be a whole number of years. A lifetime T = n + f (n whole years,
0 <= f < 1) brings the annual net cash C at the end of years 1 to n and, when f > 0, the
share f x C of a year's cash at t = T, discounted at that fractional time:

    NPV(r) = -I + C x sum_{t=1..n} (1 + r)^-t + f x C x (1 + r)^-T

so 2.5 years at 10 % is -I + C/1.1 + C/1.1^2 + 0.5 C/1.1^2.5, and 0.5 years is one flow of
0.5 C at t = 0.5. The same flows give the IRR (the r where this NPV is 0), the discounted
payback and the sensitivity, and a payback counts as within the lifetime up to T itself.
A whole-number lifetime (f = 0) gives the yearly flows alone, as it always did.

Figures that do not exist (no investment has no IRR; an option whose costs eat its savings
never pays back) are ``None``, and a :class:`EconomicsNote` code says why. The codes are what
screens and reports label in the catalogue of labels (:mod:`cpdesk.core.labels`);
:attr:`EconomicsNote.message` is the English wording.
"""

from __future__ import annotations

import math
import numbers
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

import numpy as np
from scipy.optimize import brentq

from cpdesk.core import labels
from cpdesk.core.errors import ValueRefused
from cpdesk.core.messages import Message, msg


class EconomicsNote(StrEnum):
    """Why a figure is missing or needs a second look."""

    NO_INVESTMENT = "no_investment"
    NO_SAVINGS = "no_savings"
    COSTS_EXCEED_SAVINGS = "costs_exceed_savings"
    PAYBACK_BEYOND_LIFETIME = "payback_beyond_lifetime"
    NOT_REPAID_IN_LIFETIME = "not_repaid_in_lifetime"
    NO_EXCHANGE_RATE = "no_exchange_rate"
    NO_USD_CONVERSION = "no_usd_conversion"

    @property
    def message(self) -> str:
        """The English wording, as the screens say it (kind "EconomicsNote" of the labels)."""
        return labels.label("EconomicsNote", self, "en")


class IrrOutcome(NamedTuple):
    """The internal rate of return (a fraction), or None with the reason it is undefined."""

    rate: float | None
    reason: EconomicsNote | None


def annuity_factor(rate: float, years: float) -> float:
    """Present value of 1 a year over ``years`` years: sum (1 + rate)^-t, t = 1..n, for the
    n whole years, plus f (1 + rate)^-years for a partial last year of fraction f."""
    if rate == 0:
        return float(years)
    full, part = _split_lifetime(years)
    # -expm1(-n log1p(r)) / r keeps full precision for small rates, where 1 - (1+r)^-n cancels.
    whole = -math.expm1(-full * math.log1p(rate)) / rate
    if not part:
        return whole
    return whole + part * math.exp(-years * math.log1p(rate))


def _split_lifetime(years: float) -> tuple[int, float]:
    """A lifetime as its whole years n and the fraction f of a last, partial year (T = n + f)."""
    full = math.floor(years)
    return full, float(years - full)


def simple_payback(investment: float, annual_net_savings: float) -> float | None:
    """Years until the undiscounted savings equal the investment; None if never.

    No investment pays back at once (0) when there are savings to speak of. A payback beyond
    the largest float (an investment of 10^15 against savings of 10^-300) is never, too.
    """
    _check_amount(_INVESTMENT, investment)
    _check_finite(msg("economics.name.net_savings"), annual_net_savings)
    if annual_net_savings <= 0:
        return None
    years = investment / annual_net_savings
    return years if math.isfinite(years) else None


def npv(rate: float, investment: float, annual_net_cash: float, lifetime_years: float) -> float:
    """Net present value: -investment + annual_net_cash * annuity_factor(rate, lifetime).

    With a partial last year, -I + C sum_{t=1..n} (1 + r)^-t + f C (1 + r)^-T (see the module).
    """
    _check_all(rate, investment, annual_net_cash, lifetime_years)
    return annual_net_cash * annuity_factor(rate, lifetime_years) - investment


def irr(investment: float, annual_net_cash: float, lifetime_years: float) -> IrrOutcome:
    """Internal rate of return: the rate at which the NPV is zero.

    The NPV is zero where ``q * annuity_factor(r, n) = 1``, q = cash / investment, so the
    rate depends on q alone; working with q keeps the function near 1 in size, where the
    amounts themselves (5e-324 against 10^15) would underflow to nothing.

    With an investment and positive annual cash there is exactly one sign change in the cash
    flows and so exactly one root above -100 %, found by ``brentq`` on a bracket that is
    proven to hold it: [0, max(1, 2q)] when the undiscounted cash covers the investment
    (q n >= 1, and at 2q the NPV is below q/(2q) - 1 < 0), else (-100 %, 0). Below zero the
    function is multiplied by (1 + r)^n, which has the same roots but stays finite as
    r -> -100 %. Without an investment, or without positive cash, the flows do not change
    sign and the IRR is undefined.

    A root no float can hold is undefined too: q beyond the largest float puts the rate
    there as well (it is at least q - 1), and q so small that the root lies within 10^-12 of
    -100 % (savings of 5e-324 against 10^15) leaves a rate that prints as -100 % and says
    only that the option does not pay back (its note ``PAYBACK_BEYOND_LIFETIME``).

    A partial last year adds its flow f q (1 + r)^-T, with the same flows as :func:`npv`. From
    one year on the bracket still holds: at r = 2q the whole years are worth less than 1/r and
    the partial one less than 1/(1 + r), so q times the annuity factor stays below 1. A lifetime
    under a year is a single flow, f q (1 + r)^-f = 1, solved exactly: r = (f q)^(1/f) - 1.
    """
    _check_all(0.0, investment, annual_net_cash, lifetime_years)
    if investment == 0:
        return IrrOutcome(None, EconomicsNote.NO_INVESTMENT)
    if annual_net_cash <= 0:
        reason = EconomicsNote.NO_SAVINGS if annual_net_cash == 0 else EconomicsNote.COSTS_EXCEED_SAVINGS
        return IrrOutcome(None, reason)
    n, q = lifetime_years, annual_net_cash / investment
    if n < 1:
        return _irr_of_one_flow(q, n)
    if q * n >= 1:
        hi = max(1.0, min(2 * q, sys.float_info.max))
        if not _ratio_npv(hi, q, n) < 0:  # q is infinite: the rate is beyond every float
            return IrrOutcome(None, EconomicsNote.NO_INVESTMENT)
        rate = brentq(_ratio_npv, 0.0, hi, args=(q, n), xtol=1e-14, rtol=1e-13)
    else:
        lo = -1 + 1e-12
        if not _future_value(lo, q, n) > 0:  # the root lies between -100 % and lo
            return IrrOutcome(None, EconomicsNote.PAYBACK_BEYOND_LIFETIME)
        rate = brentq(_future_value, lo, 0.0, args=(q, n), xtol=1e-14, rtol=1e-13)
    return IrrOutcome(float(rate), None)


def _irr_of_one_flow(q: float, years: float) -> IrrOutcome:
    """IRR of a lifetime under a year: one flow f q at t = f (f = years) repays 1 where
    (1 + r)^f = f q, so r = exp(ln(f q) / f) - 1; a rate beyond every float, or within
    10^-12 of -100 %, is undefined as in :func:`irr`."""
    value = years * q
    if value == 0:  # q underflowed: savings nothing against the investment
        return IrrOutcome(None, EconomicsNote.PAYBACK_BEYOND_LIFETIME)
    exponent = math.log(value) / years
    if not exponent < math.log(sys.float_info.max):  # q infinite, or the rate beyond every float
        return IrrOutcome(None, EconomicsNote.NO_INVESTMENT)
    rate = math.expm1(exponent)
    if rate <= -1 + 1e-12:
        return IrrOutcome(None, EconomicsNote.PAYBACK_BEYOND_LIFETIME)
    return IrrOutcome(rate, None)


def _ratio_npv(rate: float, q: float, years: float) -> float:
    """The NPV of an investment of 1 that brings ``q`` a year: q * annuity_factor(rate, years) - 1."""
    return q * annuity_factor(rate, years) - 1


def _future_value(rate: float, q: float, years: float) -> float:
    """:func:`_ratio_npv` times (1 + rate)^years, finite down to -100 %.

    With a partial year (T = n + f) the whole years' flows grow to (1 + r)^f ((1 + r)^n - 1) / r
    at T, and the partial one, paid at T, is f q itself.
    """
    if rate == 0:
        return q * years - 1
    full, part = _split_lifetime(years)
    growth = math.exp(years * math.log1p(rate))
    if not part:
        return q * (growth - 1) / rate - growth
    whole_years = math.exp(full * math.log1p(rate))
    return q * ((whole_years - 1) / rate * math.exp(part * math.log1p(rate)) + part) - growth


def discounted_payback(rate: float, investment: float, annual_net_cash: float, lifetime_years: float) -> float | None:
    """Years until the discounted savings repay the investment; None if not within lifetime.

    The year in which the cumulative discounted cash passes the investment is interpolated
    linearly, as on the classic feasibility worksheet. A partial last year (from n to T) is a
    period of length f with the flow f C (1 + r)^-T, interpolated over its length alike, so
    the payback never passes T.
    """
    _check_all(rate, investment, annual_net_cash, lifetime_years)
    if annual_net_cash <= 0:
        return None
    if investment == 0:
        return 0.0
    full, part = _split_lifetime(lifetime_years)
    discounted = annual_net_cash * (1 + rate) ** -np.arange(1, full + 1, dtype=float)
    if part:
        discounted = np.append(discounted, part * annual_net_cash * (1 + rate) ** -float(lifetime_years))
    cumulative = np.cumsum(discounted)
    year = int(np.searchsorted(cumulative, investment * (1 - 1e-12)))  # first year covering it
    if year >= len(discounted):
        return None
    before = float(cumulative[year - 1]) if year else 0.0
    length = 1.0 if year < full else part  # the partial last year lasts f
    return year + length * min(1.0, max(0.0, (investment - before) / float(discounted[year])))


@dataclass(frozen=True)
class OptionEconomicsInput:
    """The money side of an option, in the assessment currency (rates as fractions)."""

    investment: float
    annual_savings: float
    lifetime_years: float  # may end in a partial year: 2.5
    discount_rate: float
    annual_extra_costs: float = 0.0
    currency: str = "VND"
    vnd_per_usd: float | None = None  # the assessment's exchange rate

    @property
    def annual_net_cash(self) -> float:
        return self.annual_savings - self.annual_extra_costs


@dataclass(frozen=True)
class MoneyFigures:
    """Amounts of one option in one currency."""

    currency: str
    investment: float
    annual_savings: float
    annual_extra_costs: float
    annual_net_cash: float
    npv: float


@dataclass(frozen=True)
class OptionEconomics:
    """Feasibility figures of an option; missing figures are None and ``notes`` say why."""

    local: MoneyFigures
    usd: MoneyFigures | None
    simple_payback_years: float | None
    discounted_payback_years: float | None
    irr: float | None
    discount_rate: float
    lifetime_years: float
    notes: tuple[EconomicsNote, ...]

    @property
    def npv(self) -> float:
        """NPV in the assessment currency."""
        return self.local.npv


def evaluate_option(option: OptionEconomicsInput) -> OptionEconomics:
    """Payback, NPV, IRR and discounted payback of an option, with notes on missing figures."""
    _check_amount(_INVESTMENT, option.investment)
    _check_amount(msg("economics.name.savings"), option.annual_savings)
    _check_amount(msg("economics.name.extra_costs"), option.annual_extra_costs)
    _check_all(option.discount_rate, option.investment, 0.0, option.lifetime_years)
    rate, years, cash = option.discount_rate, option.lifetime_years, option.annual_net_cash
    notes: list[EconomicsNote] = []
    if option.investment == 0:
        notes.append(EconomicsNote.NO_INVESTMENT)
    if cash <= 0:
        notes.append(EconomicsNote.NO_SAVINGS if option.annual_savings == 0 else EconomicsNote.COSTS_EXCEED_SAVINGS)
    payback = simple_payback(option.investment, cash)
    if cash > 0 and (payback is None or payback > years):  # None: beyond every float
        notes.append(EconomicsNote.PAYBACK_BEYOND_LIFETIME)
    discounted = discounted_payback(rate, option.investment, cash, years)
    if discounted is None and cash > 0:
        notes.append(EconomicsNote.NOT_REPAID_IN_LIFETIME)
    rate_of_return, _ = irr(option.investment, cash, years)  # its reason is noted above

    currency = option.currency.strip().upper()
    local = _money(option, currency, 1.0)
    usd = None
    if currency == "USD":
        usd = local
    elif currency != "VND":
        notes.append(EconomicsNote.NO_USD_CONVERSION)
    elif option.vnd_per_usd is None:
        notes.append(EconomicsNote.NO_EXCHANGE_RATE)
    else:
        if not (math.isfinite(option.vnd_per_usd) and option.vnd_per_usd > 0):
            raise ValueRefused(msg("economics.exchange_rate", value=option.vnd_per_usd))
        usd = _money(option, "USD", 1.0 / option.vnd_per_usd)
    return OptionEconomics(local, usd, payback, discounted, rate_of_return, rate, years, tuple(notes))


@dataclass(frozen=True)
class NpvSensitivity:
    """NPV with investment and annual savings each at (1 - spread, 1, 1 + spread) times.

    ``npv[i][j]`` has the investment at ``factors[i]`` and the savings at ``factors[j]``;
    the annual extra costs are kept as they are.
    """

    spread: float
    factors: tuple[float, float, float]
    npv: tuple[tuple[float, float, float], ...]

    @property
    def base(self) -> float:
        return self.npv[1][1]

    @property
    def worst(self) -> float:
        """Investment up, savings down."""
        return self.npv[2][0]

    @property
    def best(self) -> float:
        """Investment down, savings up."""
        return self.npv[0][2]


def npv_sensitivity(option: OptionEconomicsInput, spread: float = 0.20) -> NpvSensitivity:
    """How the NPV moves when investment and savings are off by ``spread`` (0.20 = 20 %)."""
    if not (math.isfinite(spread) and 0 <= spread < 1):
        raise ValueRefused(msg("economics.spread", value=spread))
    evaluate_option(option)  # validates the input
    factors = (1 - spread, 1.0, 1 + spread)

    def row(fi: float) -> tuple[float, float, float]:
        """The NPVs with the investment at ``fi`` times and the savings at each factor."""
        low, same, high = (
            npv(
                option.discount_rate,
                option.investment * fi,
                option.annual_savings * fs - option.annual_extra_costs,
                option.lifetime_years,
            )
            for fs in factors
        )
        return low, same, high

    return NpvSensitivity(spread, factors, tuple(row(fi) for fi in factors))


def _money(option: OptionEconomicsInput, currency: str, scale: float) -> MoneyFigures:
    cash = option.annual_net_cash
    value = npv(option.discount_rate, option.investment, cash, option.lifetime_years)
    return MoneyFigures(
        currency,
        option.investment * scale,
        option.annual_savings * scale,
        option.annual_extra_costs * scale,
        cash * scale,
        value * scale,
    )


#: The name of the investment in a refusal.
_INVESTMENT = msg("economics.name.investment")


def _check_finite(name: Message, value: float) -> None:
    if not math.isfinite(value):
        raise ValueRefused(msg("economics.not_a_number", name=name, value=value))


def _check_amount(name: Message, value: float) -> None:
    _check_finite(name, value)
    if value < 0:
        raise ValueRefused(msg("economics.negative", name=name, value=value))


def _check_all(rate: float, investment: float, cash: float, years: float) -> None:
    _check_finite(msg("economics.name.discount_rate"), rate)
    if rate <= -1:
        raise ValueRefused(msg("economics.rate_too_low", value=rate))
    _check_amount(_INVESTMENT, investment)
    _check_finite(msg("economics.name.net_cash"), cash)
    if isinstance(years, bool) or not isinstance(years, numbers.Real) or not (math.isfinite(years) and years > 0):
        raise ValueRefused(msg("economics.lifetime", value=years))
