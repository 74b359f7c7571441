"""Option economics at the edges of what entry allows: amounts from 5e-324 to 10^15.

An investment's minimum is 0, so 1e-300 and 5e-324 are valid amounts; the figures they give
must be numbers or None ("does not exist"), never an error or an infinity.
"""

from __future__ import annotations

import math

import pytest

from cpdesk.core.economics import (
    EconomicsNote,
    OptionEconomicsInput,
    evaluate_option,
    irr,
    npv,
    simple_payback,
)


def test_no_irr_when_the_savings_are_nothing_against_the_investment() -> None:
    """10^15 in, 5e-324 a year for 10 years. The IRR r solves 5e-324 * sum (1+r)^-t = 10^15.
    At r = -100 % + 10^-12 each (1+r)^-t is 10^(12 t), the sum about 10^120, so the savings
    are worth 5e-324 * 10^120 = 5e-204, still far below 10^15: the root lies closer to -100 %
    than 10^-12, a rate that prints as -100 % and only says the option never pays back.
    No IRR, with that note as the reason; the NPV is -10^15 + 5e-324 * 6.14 = -10^15."""
    assert irr(1e15, 5e-324, 10) == (None, EconomicsNote.PAYBACK_BEYOND_LIFETIME)
    assert npv(0.10, 1e15, 5e-324, 10) == -1e15


def test_no_irr_when_the_investment_is_nothing_against_the_savings() -> None:
    """10^-300 in, 10^15 a year for 5 years. The NPV at r is at least 10^15/(1+r) - 10^-300,
    so the IRR is at least 10^15/10^-300 - 1 = 10^315, beyond the largest float (1.8e308):
    no IRR, the investment counting as none."""
    assert irr(1e-300, 1e15, 5) == (None, EconomicsNote.NO_INVESTMENT)


def test_irr_of_tiny_amounts_depends_only_on_their_ratio() -> None:
    """1e-300 in, 2e-300 back after one year: 1e-300 (1 + r) = 2e-300, r = 100 %, the same as
    for 1 in and 2 back, although 1e-300 * 1e-300 underflows to zero."""
    assert irr(1e-300, 2e-300, 1).rate == pytest.approx(1.0, abs=1e-12)
    assert irr(1e-300, 2e-300, 1).rate == pytest.approx(irr(1, 2, 1).rate, abs=1e-12)


def test_a_payback_beyond_every_float_is_never() -> None:
    """10^15 / 5e-324 = 2e338 years, past the largest float: never (None), not infinity;
    10^15 / 10^-6 = 10^21 years is a number still."""
    assert simple_payback(1e15, 5e-324) is None
    assert simple_payback(1e15, 1e-6) == pytest.approx(1e21)


def test_option_with_savings_of_5e_324_against_10_15() -> None:
    """The whole option: no payback (beyond every float), no discounted payback, no IRR, an
    NPV of -10^15 (savings worth 5e-324 * 3.79 at 10 % over 5 years, nothing beside 10^15),
    in USD at 25 000 VND/USD -4e10; notes say it does not pay back within its lifetime."""
    result = evaluate_option(OptionEconomicsInput(1e15, 5e-324, 5, 0.10, currency="VND", vnd_per_usd=25_000))
    assert result.simple_payback_years is None
    assert result.discounted_payback_years is None
    assert result.irr is None
    assert result.npv == -1e15
    assert result.usd is not None
    assert result.usd.npv == pytest.approx(-4e10)
    assert result.notes == (EconomicsNote.PAYBACK_BEYOND_LIFETIME, EconomicsNote.NOT_REPAID_IN_LIFETIME)


@pytest.mark.parametrize("investment", [0.0, 5e-324, 1e-300, 1e-6, 1.0, 1e15])
@pytest.mark.parametrize("savings", [0.0, 5e-324, 1e-300, 1e-6, 1.0, 1e15])
@pytest.mark.parametrize("years", [1, 2, 100])
def test_every_figure_is_a_number_or_none(investment: float, savings: float, years: int) -> None:
    """Every pair of amounts within the rules gives finite figures or None."""
    result = evaluate_option(OptionEconomicsInput(investment, savings, years, 0.10, currency="VND", vnd_per_usd=1e-6))
    figures = [result.simple_payback_years, result.discounted_payback_years, result.irr]
    figures += [result.local.npv, result.usd.npv if result.usd else None]
    assert all(f is None or math.isfinite(f) for f in figures), figures
    if result.irr is not None:
        assert result.irr > -1
