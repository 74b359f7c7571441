"""The reporting period (cpdesk.core.mv.savings): adjusted baseline, avoided consumption,
ASHRAE Guideline 14's fractional savings uncertainty, CUSUM and the ISO 50006 indicator,
worked by hand on the five-month baseline of test_mv_baseline (E = 2.2 + 0.6·x, CV(RMSE)
22.36 %, ρ = −0.15), with property tests.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from cpdesk.core.errors import CpdeskError
from cpdesk.core.mv.baseline import fit_baseline
from cpdesk.core.mv.savings import effective_periods, reporting_savings, t_value

X = [1.0, 2.0, 3.0, 4.0, 5.0]
Y = [2.0, 4.0, 5.0, 4.0, 5.0]


def test_reporting_period_by_hand() -> None:
    model = fit_baseline(Y, {"production": X})
    result = reporting_savings(model, [3.0, 4.0, 5.0], {"production": [2.0, 4.0, 6.0]})
    # adjusted baseline 2.2 + 0.6·x = 3.4, 4.6, 5.8 (Σ 13.8); avoided 0.4, 0.6, 0.8 (Σ 1.8)
    assert result.adjusted_baseline == pytest.approx([3.4, 4.6, 5.8], abs=1e-12)
    assert result.avoided == pytest.approx([0.4, 0.6, 0.8], abs=1e-12)
    assert result.cumulative == pytest.approx([0.4, 1.0, 1.8], abs=1e-12)
    assert result.total_avoided == pytest.approx(1.8, abs=1e-12)
    # F = 1.8 / 13.8 = 0.130435
    assert result.fraction == pytest.approx(1.8 / 13.8, abs=1e-12)
    # CUSUM of actual − expected: −0.4, −1.0, −1.8 (falling: a saving)
    assert result.cusum == pytest.approx([-0.4, -1.0, -1.8], abs=1e-12)
    # EnPI actual / expected: 3/3.4, 4/4.6, 5/5.8; over the period 12 / 13.8 = 0.869565
    assert result.enpi == pytest.approx([3 / 3.4, 4 / 4.6, 5 / 5.8], abs=1e-12)
    assert result.enpi_total == pytest.approx(12 / 13.8, abs=1e-12)
    # specific consumption per t: actual 12 / 12 = 1.0, expected 13.8 / 12 = 1.15
    assert (result.specific_actual, result.specific_expected) == pytest.approx((1.0, 1.15), abs=1e-12)
    # ρ = −0.15 is taken as 0, so n′ = n = 5
    assert result.effective_periods == 5
    # ΔS = t × 1.26 × CV × √((n/n′)(1 + 2/n)(1/m)) × Ê
    #    = t × 1.26 × 0.2236068 × √(1 × 1.4 / 3) × 13.8 = t × 0.192468 × 13.8 = t × 2.656
    spread = 1.26 * (math.sqrt(0.8) / 4) * math.sqrt(1.4 / 3)
    assert spread == pytest.approx(0.192468, abs=1e-6)
    u68, u90 = result.uncertainty
    # t on n − p = 3 degrees of freedom: 2.3534 at 90 % (t₀.₉₅ of any table of Student's t);
    # 68 % two-sided is the 0.84 quantile, 1.1889
    assert u68.t == pytest.approx(1.1889, abs=1e-4) and u90.t == pytest.approx(2.3534, abs=1e-4)
    assert u68.absolute == pytest.approx(u68.t * spread * 13.8, rel=1e-12)
    # 1.1889 × 2.656058 = 3.1579; at 90 %, 2.3534 × 2.656058 = 6.2508
    assert u68.absolute == pytest.approx(3.1579, abs=1e-3)
    assert u90.absolute == pytest.approx(6.2508, abs=1e-3)
    assert u68.fractional == pytest.approx(u68.absolute / 1.8, rel=1e-12)
    # 1.8 is smaller than ± 3.16: not demonstrated, at either level
    assert not u68.demonstrated and not u90.demonstrated


def test_autocorrelation_widens_the_uncertainty() -> None:
    # residuals that drift (ρ > 0) count as fewer independent periods: n′ = n(1 − ρ)/(1 + ρ)
    x = np.arange(1.0, 13.0)
    drift = np.array([1.0, 1.2, 0.9, 0.5, 0.1, -0.3, -0.8, -1.0, -0.9, -0.4, 0.0, 0.4])
    model = fit_baseline(list(100 + 5 * x + drift), {"production": list(x)})
    rho = model.autocorrelation
    assert rho > 0.3
    assert effective_periods(12, rho) == pytest.approx(12 * (1 - rho) / (1 + rho), rel=1e-12)
    result = reporting_savings(model, list(90 + 5 * x), {"production": list(x)})
    (u68, u90) = result.uncertainty
    n_eff = 12 * (1 - rho) / (1 + rho)
    expected = (
        stats.t.ppf(0.84, 10)
        * 1.26
        * (model.cv_rmse / 100)
        * math.sqrt((12 / n_eff) * (1 + 2 / 12) / 12)
        * result.total_adjusted_baseline
    )
    assert u68.absolute == pytest.approx(expected, rel=1e-12)
    assert u90.absolute > u68.absolute
    # about 120 saved out of about 1 590 with a few-tenths uncertainty: demonstrated
    assert u90.demonstrated and result.total_avoided == pytest.approx(120 + sum(drift), abs=1e-6)


def test_t_values_are_those_of_the_tables() -> None:
    # Student's t, two-sided 90 %, 10 degrees of freedom: 1.812 (any table of t)
    assert t_value(0.90, 10) == pytest.approx(1.8125, abs=1e-4)
    assert t_value(0.68, 1e9) == pytest.approx(0.9945, abs=1e-4)  # the normal's ±0.9945σ


def test_reporting_period_longer_than_the_baseline() -> None:
    model = fit_baseline(Y, {"production": X})
    result = reporting_savings(model, [3.0] * 24, {"production": [2.0] * 24})
    # 24 periods of 3.4 expected against 3.0: 0.4 each, 9.6 in all
    assert result.total_avoided == pytest.approx(9.6, abs=1e-9)
    assert len(result.cumulative) == 24


def test_a_month_without_production_is_a_period_like_another() -> None:
    # a month the plant stood still: its use is the base load alone, in the baseline and in
    # the reporting period; only production that is zero throughout is refused
    model = fit_baseline([2.3, 2.0, 5.0, 4.0, 5.0, 8.0], {"production": [1.0, 0.0, 3.0, 4.0, 5.0, 9.0]})
    assert model.periods == 6
    result = reporting_savings(model, [1.5, 4.0], {"production": [0.0, 4.0]})
    base = model.coefficients[0].value
    assert result.adjusted_baseline[0] == pytest.approx(base, rel=1e-12)
    assert result.avoided[0] == pytest.approx(base - 1.5, rel=1e-12)


def test_reporting_refusals() -> None:
    model = fit_baseline(Y, {"production": X})
    with pytest.raises(CpdeskError) as excinfo:
        reporting_savings(model, [3.0, 4.0], {"load": [1.0, 2.0]})
    assert excinfo.value.message is not None and excinfo.value.message.code == "mv.unknown_driver"
    with pytest.raises(CpdeskError) as excinfo:
        reporting_savings(model, [], {"production": []})
    assert excinfo.value.message is not None and excinfo.value.message.code == "mv.no_reporting"
    with pytest.raises(CpdeskError) as excinfo:
        reporting_savings(model, [3.0, 4.0], {"production": [1.0, math.nan]})
    assert excinfo.value.message is not None and excinfo.value.message.code == "mv.not_finite"


_periods = st.integers(min_value=6, max_value=30)
_noise = st.lists(st.floats(min_value=-1.0, max_value=1.0, allow_nan=False), min_size=30, max_size=30)


def _baseline(n: int, noise: list[float]) -> tuple[list[float], list[float]]:
    x = [10.0 + 3.0 * i + (i % 4) for i in range(n)]
    y = [50.0 + 2.0 * xi + 5.0 * e for xi, e in zip(x, noise, strict=False)]
    return y, x


@settings(max_examples=40, deadline=None)
@given(_periods, _noise)
def test_the_baseline_as_reporting_period_saves_nothing(n: int, noise: list[float]) -> None:
    y, x = _baseline(n, noise)
    model = fit_baseline(y, {"production": x})
    result = reporting_savings(model, y, {"production": x})
    # least squares with an intercept: the residuals add to zero
    assert result.total_avoided == pytest.approx(0.0, abs=1e-9 * sum(y))


@settings(max_examples=40, deadline=None)
@given(_periods, _noise, st.floats(min_value=0.01, max_value=1000.0))
def test_scaling_the_consumption_scales_the_savings(n: int, noise: list[float], factor: float) -> None:
    y, x = _baseline(n, noise)
    reporting = [0.9 * v for v in y[:6]]
    one = reporting_savings(fit_baseline(y, {"production": x}), reporting, {"production": x[:6]})
    scaled = reporting_savings(
        fit_baseline([factor * v for v in y], {"production": x}), [factor * v for v in reporting], {"production": x[:6]}
    )
    assert scaled.total_avoided == pytest.approx(factor * one.total_avoided, rel=1e-7)
    assert scaled.uncertainty[1].absolute == pytest.approx(factor * one.uncertainty[1].absolute, rel=1e-7)
    assert scaled.fraction == pytest.approx(one.fraction, rel=1e-7, abs=1e-12)


@settings(max_examples=40, deadline=None)
@given(_periods, _noise, st.floats(min_value=0.0, max_value=5.0), st.floats(min_value=0.0, max_value=5.0))
def test_more_noise_never_narrows_the_uncertainty(n: int, noise: list[float], low: float, extra: float) -> None:
    x = np.array([10.0 + 3.0 * i + (i % 4) for i in range(n)])
    # the noise with its mean and its share along x taken out, so that the fitted line stays
    # 50 + 2x and only the scatter about it grows with the factor
    design = np.column_stack([np.ones(n), x])
    raw = np.array(noise[:n]) + np.linspace(-0.01, 0.01, n)  # never all zero
    scatter = raw - design @ np.linalg.lstsq(design, raw, rcond=None)[0]
    widths = []
    for k in (low + 0.01, low + 0.01 + extra):
        y = 50.0 + 2.0 * x + k * scatter
        model = fit_baseline(list(y), {"production": list(x)})
        result = reporting_savings(model, list(0.9 * y[:6]), {"production": list(x[:6])})
        widths.append((result.uncertainty[0].absolute, result.uncertainty[1].absolute))
    assert widths[1][0] >= widths[0][0] * (1 - 1e-9)
    assert widths[1][1] >= widths[0][1] * (1 - 1e-9)
