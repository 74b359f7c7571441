"""Option economics over lifetimes that end in a partial year, checked by hand.

A lifetime T = n + f brings the annual net cash C at the end of years 1 to n and f x C at
t = T, discounted by (1 + r)^-T. All the worked options below have C = 40 a year and a
discount rate of 10 %. The powers of 1.1 used throughout:

    1.1^0.25 = 1.0241137    1.1^0.5 = 1.0488088 (the square root of 1.1)
    1.1^1    = 1.1          1.1^1.5 = 1.1 x 1.0488088 = 1.1536897
    1.1^2    = 1.21         1.1^2.5 = 1.21 x 1.0488088 = 1.2690587
    1.1^10   = 2.5937425    1.1^10.25 = 2.5937425 x 1.0241137 = 2.6562872

Before partial years were counted, a lifetime was rounded to whole years (banker's rounding:
0.5 -> 1 after the floor of one year, 1.5 -> 2, 2.5 -> 2, 10.25 -> 10), and the core refused
any lifetime that was not a whole number, so every test here fails on that code.
"""

from __future__ import annotations

import pytest

from cpdesk.core.economics import (
    EconomicsNote,
    OptionEconomicsInput,
    annuity_factor,
    discounted_payback,
    evaluate_option,
    irr,
    npv,
    npv_sensitivity,
    simple_payback,
)


def _rate(investment: float, annual_net_cash: float, lifetime_years: float) -> float:
    """The IRR, which these options all have."""
    rate, reason = irr(investment, annual_net_cash, lifetime_years)
    assert reason is None
    assert rate is not None
    return rate


def test_half_a_year() -> None:
    """Investment 10, lifetime 0.5: one flow of 0.5 x 40 = 20 at t = 0.5.

    NPV = -10 + 20 / 1.1^0.5 = -10 + 20 / 1.0488088 = -10 + 19.069252 = 9.069252.
    (Rounded to one year it was -10 + 40 / 1.1 = 26.363636.)
    Simple payback = 10 / 40 = 0.25 years, within the half year.
    Discounted payback: the half year brings 19.069252 of which 10 are needed, a share
    10 / 19.069252 = 0.524404 of a period 0.5 long: 0.5 x 0.524404 = 0.262202 years.
    IRR: 20 / (1 + r)^0.5 = 10, so (1 + r)^0.5 = 2, 1 + r = 4, r = 300 %.
    """
    assert npv(0.10, 10, 40, 0.5) == pytest.approx(9.069252, abs=1e-6)
    assert simple_payback(10, 40) == 0.25
    assert discounted_payback(0.10, 10, 40, 0.5) == pytest.approx(0.262202, abs=1e-6)
    rate = _rate(10, 40, 0.5)
    assert rate == pytest.approx(3.0, abs=1e-12)
    result = evaluate_option(OptionEconomicsInput(10, 40, 0.5, 0.10, currency="USD"))
    assert result.npv == pytest.approx(9.069252, abs=1e-6)
    assert result.notes == ()


def test_half_a_year_that_does_not_repay() -> None:
    """Investment 25, lifetime 0.5: the half year brings 20 (19.069252 discounted) < 25.

    Simple payback 25 / 40 = 0.625 years > 0.5: beyond the lifetime; no discounted payback.
    NPV = -25 + 19.069252 = -5.930748.
    IRR: 20 / (1 + r)^0.5 = 25, (1 + r)^0.5 = 0.8, 1 + r = 0.64, r = -36 %.
    """
    result = evaluate_option(OptionEconomicsInput(25, 40, 0.5, 0.10, currency="USD"))
    assert result.npv == pytest.approx(-5.930748, abs=1e-6)
    assert result.simple_payback_years == 0.625
    assert result.discounted_payback_years is None
    assert result.notes == (EconomicsNote.PAYBACK_BEYOND_LIFETIME, EconomicsNote.NOT_REPAID_IN_LIFETIME)
    assert result.irr == pytest.approx(-0.36, abs=1e-12)


def test_one_and_a_half_years() -> None:
    """Investment 50, lifetime 1.5: 40 at t = 1 and 0.5 x 40 = 20 at t = 1.5.

    NPV = -50 + 40 / 1.1 + 20 / 1.1^1.5 = -50 + 36.363636 + 20 / 1.1536897
        = -50 + 36.363636 + 17.335683 = 3.699320.
    (Rounded to two years it was -50 + 40 / 1.1 + 40 / 1.21 = 19.421488.)
    Simple payback = 50 / 40 = 1.25 years.
    Discounted payback: after year 1, 50 - 36.363636 = 13.636364 is missing; the half year
    brings 17.335683, a share 13.636364 / 17.335683 = 0.786607 of its 0.5 years:
    1 + 0.5 x 0.786607 = 1.393303 years.
    IRR: 40 / (1 + r) + 20 / (1 + r)^1.5 = 50:
      r = 16.98 %: 40 / 1.1698 = 34.1939, 1.1698^1.5 = 1.265224, 20 / 1.265224 = 15.8075;
                   sum 50.0014 (NPV +0.0014)
      r = 16.99 %: 34.1910 + 15.8055 = 49.9964 (NPV -0.0036)
      so the IRR lies between 16.98 % and 16.99 %, nearer the lower end: 16.98 %.
    """
    assert npv(0.10, 50, 40, 1.5) == pytest.approx(3.699320, abs=1e-6)
    assert simple_payback(50, 40) == 1.25
    assert discounted_payback(0.10, 50, 40, 1.5) == pytest.approx(1.393303, abs=1e-6)
    rate = _rate(50, 40, 1.5)
    assert 0.1698 < rate < 0.1699
    assert round(100 * rate, 2) == 16.98
    assert npv(rate, 50, 40, 1.5) == pytest.approx(0.0, abs=1e-9)


def test_two_and_a_half_years() -> None:
    """Investment 80, lifetime 2.5: 40 at t = 1 and 2, 0.5 x 40 = 20 at t = 2.5.

    NPV = -80 + 40 / 1.1 + 40 / 1.21 + 20 / 1.1^2.5
        = -80 + 36.363636 + 33.057851 + 20 / 1.2690587
        = -80 + 36.363636 + 33.057851 + 15.759712 = 5.181200.
    (Rounded to two years it was -80 + 69.421488 = -10.578512: the sign changed, and the notes
    said "not repaid in lifetime" beside a payback of 2.0.)
    Simple payback = 80 / 40 = 2.0 years, within 2.5.
    Discounted payback: after two years 80 - 69.421488 = 10.578512 is missing; the half year
    brings 15.759712, a share 10.578512 / 15.759712 = 0.671238 of its 0.5 years:
    2 + 0.5 x 0.671238 = 2.335619 years.
    IRR: 40 / (1 + r) + 40 / (1 + r)^2 + 20 / (1 + r)^2.5 = 80:
      r = 14.24 %: 35.0140 + 30.6495 + 14.3379 = 80.0014 (NPV +0.0014)
      r = 14.25 %: 35.0109 + 30.6441 + 14.3347 = 79.9898 (NPV -0.0102)
      so the IRR lies between 14.24 % and 14.25 %: 14.24 %.
    """
    assert npv(0.10, 80, 40, 2.5) == pytest.approx(5.181200, abs=1e-6)
    assert simple_payback(80, 40) == 2.0
    assert discounted_payback(0.10, 80, 40, 2.5) == pytest.approx(2.335619, abs=1e-6)
    rate = _rate(80, 40, 2.5)
    assert 0.1424 < rate < 0.1425
    assert npv(rate, 80, 40, 2.5) == pytest.approx(0.0, abs=1e-9)
    result = evaluate_option(OptionEconomicsInput(80, 40, 2.5, 0.10, currency="USD"))
    assert result.npv == pytest.approx(5.181200, abs=1e-6)
    assert result.discounted_payback_years == pytest.approx(2.335619, abs=1e-6)
    assert result.lifetime_years == 2.5
    assert result.notes == ()


def test_a_payback_equal_to_the_partial_lifetime_is_within_it() -> None:
    """Investment 100, lifetime 2.5: simple payback 100 / 40 = 2.5 years, exactly the lifetime,
    so not beyond it. The undiscounted flows 40 + 40 + 20 = 100 just repay it: IRR 0 %.
    Discounted they bring 69.421488 + 15.759712 = 85.181200 < 100: not repaid in the
    lifetime, NPV = 85.181200 - 100 = -14.818800.
    """
    result = evaluate_option(OptionEconomicsInput(100, 40, 2.5, 0.10, currency="USD"))
    assert result.simple_payback_years == 2.5
    assert result.discounted_payback_years is None
    assert result.notes == (EconomicsNote.NOT_REPAID_IN_LIFETIME,)
    assert result.npv == pytest.approx(-14.818800, abs=1e-6)
    assert result.irr == pytest.approx(0.0, abs=1e-12)


def test_negative_irr_with_a_partial_year() -> None:
    """Investment 100, 30 a year, lifetime 2.5: 30 + 30 + 15 = 75 < 100, a negative IRR.
    30 / (1 + r) + 30 / (1 + r)^2 + 15 / (1 + r)^2.5 = 100:
      r = -15.325 %: 1 + r = 0.84675; 35.4296 + 41.8418 + 22.7354 = 100.0069 (NPV +0.0069)
      r = -15.315 %: 1 + r = 0.84685; 35.4254 + 41.8320 + 22.7287 = 99.9861 (NPV -0.0139)
      so the IRR lies between -15.325 % and -15.315 %.
    """
    rate = _rate(100, 30, 2.5)
    assert -0.15325 < rate < -0.15315
    assert npv(rate, 100, 30, 2.5) == pytest.approx(0.0, abs=1e-9)


def test_ten_and_a_quarter_years() -> None:
    """Investment 248, lifetime 10.25: 40 at t = 1 .. 10 and 0.25 x 40 = 10 at t = 10.25.

    Ten years: annuity factor (1 - 1 / 2.5937425) / 0.1 = (1 - 0.3855433) / 0.1 = 6.144567,
    40 x 6.1445671 = 245.782684. The quarter year: 10 / 1.1^10.25 = 10 / 2.6562872 = 3.764653.
    NPV = -248 + 245.782684 + 3.764653 = 1.547337.
    (Rounded to ten years it was -248 + 245.782684 = -2.217316, and not repaid.)
    Simple payback = 248 / 40 = 6.2 years.
    Discounted payback: after ten years 248 - 245.782684 = 2.217316 is missing; the quarter
    year brings 3.764653, a share 2.217316 / 3.764653 = 0.588983 of its 0.25 years:
    10 + 0.25 x 0.588983 = 10.147246 years.
    IRR: 40 x sum_{t=1..10} (1 + r)^-t + 10 / (1 + r)^10.25 = 248:
      r = 10.14 %: 36.3174 + 32.9739 + 29.9381 + 27.1819 + 24.6794 + 22.4073 + 20.3444
                   + 18.4714 + 16.7708 + 15.2268 + 3.7159 = 248.0273 (NPV +0.0273)
      r = 10.15 %: 36.3141 + 32.9679 + 29.9300 + 27.1720 + 24.6682 + 22.3951 + 20.3315
                   + 18.4580 + 16.7571 + 15.2130 + 3.7124 = 247.9193 (NPV -0.0807)
      so the IRR lies between 10.14 % and 10.15 %.
    """
    assert annuity_factor(0.10, 10.25) == pytest.approx(6.144567 + 0.25 / 2.6562872, abs=1e-6)
    assert npv(0.10, 248, 40, 10.25) == pytest.approx(1.547337, abs=1e-6)
    assert simple_payback(248, 40) == 6.2
    assert discounted_payback(0.10, 248, 40, 10.25) == pytest.approx(10.147246, abs=1e-6)
    rate = _rate(248, 40, 10.25)
    assert 0.1014 < rate < 0.1015
    assert npv(rate, 248, 40, 10.25) == pytest.approx(0.0, abs=1e-9)
    result = evaluate_option(OptionEconomicsInput(248, 40, 10.25, 0.10, currency="USD"))
    assert result.notes == ()


def test_sensitivity_counts_the_partial_year() -> None:
    """Investment 80, 40 a year, 2.5 years: the annuity factor is
    0.9090909 + 0.8264463 + 0.5 x 0.7879856 = 2.1295300, the base NPV 5.181200.
    Savings +20 % (48 a year): 48 x 2.1295300 - 80 = 22.217440.
    Savings -20 % (32 a year): 32 x 2.1295300 - 80 = -11.855040.
    Investment +20 % (96): 85.181200 - 96 = -10.818800."""
    table = npv_sensitivity(OptionEconomicsInput(80, 40, 2.5, 0.10, currency="USD"))
    assert table.base == pytest.approx(5.181200, abs=1e-6)
    assert table.npv[1][2] == pytest.approx(22.217440, abs=1e-6)
    assert table.npv[1][0] == pytest.approx(-11.855040, abs=1e-6)
    assert table.npv[2][1] == pytest.approx(-10.818800, abs=1e-6)


def test_whole_years_as_floats_give_the_same_figures_as_before() -> None:
    """A lifetime of 5.0 (as the database stores it) is five whole years: every figure is the
    same, to the last bit, as for the integer 5."""
    for investment, cash in ((10_000, 3_000), (10_000, 1_500), (0, 500), (1e6, 1)):
        assert npv(0.1, investment, cash, 5.0) == npv(0.1, investment, cash, 5)
        assert irr(investment, cash, 5.0) == irr(investment, cash, 5)
        assert discounted_payback(0.1, investment, cash, 5.0) == discounted_payback(0.1, investment, cash, 5)


def test_the_figures_move_smoothly_through_a_whole_year() -> None:
    """Just below and just above three years the partial flow is nearly a whole one, or
    nearly nothing: the NPV and IRR are within a hair of those of three whole years."""
    for near in (3 - 1e-9, 3 + 1e-9):
        assert npv(0.1, 80, 40, near) == pytest.approx(npv(0.1, 80, 40, 3), abs=1e-6)
        assert _rate(80, 40, near) == pytest.approx(_rate(80, 40, 3), abs=1e-6)
