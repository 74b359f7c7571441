"""The baseline model (cpdesk.core.mv.baseline) against a hand calculation, numpy's least
squares and statsmodels' own figures, and its refusals.

The coefficients, their standard errors, the residual standard deviation and R² are checked
against a published reference: NIST's certified values for the Norris data set (at the end).
No published worked example with its data printed in full was found for a baseline's
CV(RMSE), NMBE and Durbin–Watson; the five-period set below is worked by hand, each step
written out, and the two-driver fit is cross-checked with numpy.linalg.lstsq and the
textbook standard errors s²(XᵀX)⁻¹.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import statsmodels.api as sm
from scipy import stats

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import render
from cpdesk.core.mv.baseline import BASE_LOAD, CRITERIA, fit_baseline

# Five months: production x (t) and electricity y (MWh).
X = [1.0, 2.0, 3.0, 4.0, 5.0]
Y = [2.0, 4.0, 5.0, 4.0, 5.0]


def test_one_driver_by_hand() -> None:
    # x̄ = 3, ȳ = 4; Sxx = Σ(x − 3)² = 4+1+0+1+4 = 10;
    # Sxy = Σ(x − 3)(y − 4) = (−2)(−2) + (−1)(0) + 0(1) + 1(0) + 2(1) = 6
    # slope b1 = 6 / 10 = 0.6 MWh/t; base load b0 = 4 − 0.6 × 3 = 2.2 MWh
    model = fit_baseline(Y, {"production": X})
    base, slope = model.coefficients
    assert (base.name, slope.name) == (BASE_LOAD, "production")
    assert base.value == pytest.approx(2.2, abs=1e-12)
    assert slope.value == pytest.approx(0.6, abs=1e-12)
    # fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals −0.8, 0.6, 1.0, −0.6, −0.2
    assert model.fitted == pytest.approx([2.8, 3.4, 4.0, 4.6, 5.2], abs=1e-12)
    assert model.residuals == pytest.approx([-0.8, 0.6, 1.0, -0.6, -0.2], abs=1e-12)
    # SSE = 0.64 + 0.36 + 1 + 0.36 + 0.04 = 2.4; n − p = 3; s² = 0.8; s = 0.894427
    assert model.rmse == pytest.approx(math.sqrt(0.8), abs=1e-12)
    # CV(RMSE) = 100 × 0.894427 / 4 = 22.3607 %; NMBE = 100 × 0 / (3 × 4) = 0
    assert model.cv_rmse == pytest.approx(100 * math.sqrt(0.8) / 4, abs=1e-9)
    assert model.nmbe == pytest.approx(0.0, abs=1e-9)
    # SST = 4 + 0 + 1 + 0 + 1 = 6; R² = 1 − 2.4 / 6 = 0.6
    assert model.r_squared == pytest.approx(0.6, abs=1e-12)
    # DW = Σ(eₜ − eₜ₋₁)² / SSE = (1.4² + 0.4² + 1.6² + 0.4²) / 2.4 = 4.84 / 2.4 = 2.016667
    assert model.durbin_watson == pytest.approx(4.84 / 2.4, abs=1e-12)
    # ρ = Σeₜeₜ₋₁ / SSE = (−0.48 + 0.6 − 0.6 + 0.12) / 2.4 = −0.36 / 2.4 = −0.15
    assert model.autocorrelation == pytest.approx(-0.15, abs=1e-12)
    # SE(b1) = s / √Sxx = √(0.8 / 10) = 0.282843; t = 0.6 / 0.282843 = 2.12132
    assert slope.std_error == pytest.approx(math.sqrt(0.08), abs=1e-12)
    assert slope.t == pytest.approx(0.6 / math.sqrt(0.08), abs=1e-9)
    # SE(b0) = s √(1/n + x̄²/Sxx) = 0.894427 × √(0.2 + 0.9) = 0.938083; t = 2.34521
    assert base.std_error == pytest.approx(math.sqrt(0.8 * 1.1), abs=1e-12)
    # p two-sided on 3 degrees of freedom: 2 × (1 − F_t3(2.12132)) = 0.1239
    assert slope.p == pytest.approx(2 * stats.t.sf(0.6 / math.sqrt(0.08), 3), abs=1e-12)
    assert 0.12 < slope.p < 0.13
    # 22.4 % > 15 %: a monthly model that fails Guideline 14; both terms not significant
    assert model.criteria is CRITERIA["monthly"] and not model.meets_criteria
    codes = [w.code for w in model.warnings]
    assert codes == ["mv.not_significant", "mv.not_significant"]
    assert "p = 0.124" in render(model.warnings[1], "en")
    assert "base load" in render(model.warnings[0], "en")
    assert "phụ tải nền" in render(model.warnings[0], "vi")


def test_daily_and_hourly_criteria_are_wider() -> None:
    # the same 22.4 % passes the hourly limit of 30 % (NMBE 0 within ±10 %)
    assert fit_baseline(Y, {"production": X}, interval="hourly").meets_criteria
    assert fit_baseline(Y, {"production": X}, interval="daily").criteria.cv_rmse_max == 30.0
    assert (CRITERIA["monthly"].cv_rmse_max, CRITERIA["monthly"].nmbe_max) == (15.0, 5.0)
    assert (CRITERIA["hourly"].cv_rmse_max, CRITERIA["hourly"].nmbe_max) == (30.0, 10.0)


def test_mean_model_by_hand() -> None:
    # E = b0 = ȳ = 4; residuals −2, 0, 1, 0, 1; SSE = 6; n − p = 4; s = √1.5
    model = fit_baseline(Y)
    (base,) = model.coefficients
    assert base.value == pytest.approx(4.0, abs=1e-12)
    assert base.std_error == pytest.approx(math.sqrt(1.5 / 5), abs=1e-12)
    assert model.cv_rmse == pytest.approx(100 * math.sqrt(1.5) / 4, abs=1e-9)
    assert model.r_squared == 0.0 and model.drivers == ()


def test_two_drivers_match_numpy_least_squares_and_statsmodels() -> None:
    rng = np.random.default_rng(17)
    production = rng.uniform(50, 150, 24)
    degree_days = rng.uniform(0, 300, 24)
    use = 200 + 3.1 * production + 0.8 * degree_days + rng.normal(0, 15, 24)
    model = fit_baseline(list(use), {"production": list(production), "cdd": list(degree_days)})
    design = np.column_stack([np.ones(24), production, degree_days])
    beta, sse, _, _ = np.linalg.lstsq(design, use, rcond=None)
    s2 = float(sse[0]) / (24 - 3)
    se = np.sqrt(np.diag(s2 * np.linalg.inv(design.T @ design)))
    assert [c.value for c in model.coefficients] == pytest.approx(list(beta), rel=1e-9)
    assert [c.std_error for c in model.coefficients] == pytest.approx(list(se), rel=1e-9)
    own = sm.OLS(use, design).fit()
    assert [c.p for c in model.coefficients] == pytest.approx(list(own.pvalues), rel=1e-9, abs=1e-300)
    assert model.r_squared == pytest.approx(own.rsquared, rel=1e-9)
    residuals = use - design @ beta
    dw = float(np.sum(np.diff(residuals) ** 2) / np.sum(residuals**2))
    assert model.durbin_watson == pytest.approx(dw, rel=1e-9)
    assert model.cv_rmse == pytest.approx(100 * math.sqrt(s2) / use.mean(), rel=1e-9)
    assert model.meets_criteria and model.warnings == ()


def test_wrong_signs_are_warned() -> None:
    # use that falls as production rises (about y = 10 − x): a negative slope
    model = fit_baseline([9.1, 7.9, 7.1, 5.9, 5.0, 4.1], {"production": [1, 2, 3, 4, 5, 6]})
    assert "mv.negative_slope" in [w.code for w in model.warnings]
    # a line through y = 3x − 2: a negative base load
    model = fit_baseline([1.1, 3.9, 7.0, 10.1, 12.9, 16.0], {"production": [1, 2, 3, 4, 5, 6]})
    assert model.coefficient(BASE_LOAD).value < 0
    assert "mv.negative_base_load" in [w.code for w in model.warnings]


def _code(excinfo: pytest.ExceptionInfo[BaseException]) -> str:
    message = getattr(excinfo.value, "message", None)
    assert message is not None, excinfo.value
    return str(message.code)


@pytest.mark.parametrize(
    ("consumption", "drivers", "code"),
    [
        ([1.0, 2.0, 3.0], {"production": [1.0, 2.0, 4.0]}, "mv.too_few_periods"),  # 3 < 2 + 2
        ([1.0, 2.0, 3.0, 5.0], {"p": [1, 2, 3, 4], "q": [2, 4, 6, 8], "r": [1, 1, 2, 2]}, "mv.too_many_drivers"),
        ([1.0, 2.0, 3.0, 5.0, 6.0], {"p": [1, 2, 3, 4, 5], "q": [2, 4, 6, 8, 10]}, "mv.collinear"),
        ([1.0, 2.0, 3.0, 5.0], {"days": [30, 30, 30, 30]}, "mv.collinear"),  # constant: the intercept again
        ([1.0, 2.0, 3.0, 5.0], {"production": [0, 0, 0, 0]}, "mv.all_zero"),
        ([0.0, 0.0, 0.0, 0.0], {"production": [1, 2, 3, 4]}, "mv.no_consumption"),
        ([1.0, math.nan, 3.0, 5.0], {"production": [1, 2, 3, 4]}, "mv.not_finite"),
        ([1.0, math.inf, 3.0, 5.0], {"production": [1, 2, 3, 4]}, "mv.not_finite"),
        ([1.0, "1e400", 3.0, 5.0], {"production": [1, 2, 3, 4]}, "mv.not_finite"),
        ([1.0, -2.0, 3.0, 5.0], {"production": [1, 2, 3, 4]}, "mv.negative"),
        ([1.0, 2.0, 3.0, 5.0], {"production": [1, 2, 3]}, "mv.length_mismatch"),
    ],
)
def test_refusals_name_their_reason(consumption: list[object], drivers: dict[str, list[float]], code: str) -> None:
    with pytest.raises(CpdeskError) as excinfo:
        fit_baseline(consumption, drivers)  # type: ignore[arg-type]
    assert _code(excinfo) == code
    for lang in ("vi", "en"):
        said = render(excinfo.value.message, lang)  # type: ignore[attr-defined]
        assert "{" not in said and said


def test_a_refused_value_names_its_period() -> None:
    with pytest.raises(CpdeskError) as excinfo:
        fit_baseline([1.0, 2.0, -3.0, 5.0], {"production": [1, 2, 3, 4]})
    assert render(excinfo.value.message, "en") == (  # type: ignore[arg-type]
        "consumption, period 3: -3 is negative; consumption and drivers cannot be negative"
    )


def test_unequal_periods_need_normalising() -> None:
    days = [31, 28, 31, 30, 31]
    with pytest.raises(CpdeskError) as excinfo:
        fit_baseline(Y, {"production": X}, days=days)
    assert _code(excinfo) == "mv.unequal_periods"
    assert "28 to 31 days" in render(excinfo.value.message, "en")  # type: ignore[arg-type]
    # per day, the same periods are accepted; equal lengths need nothing
    assert fit_baseline(Y, {"production": X}, days=days, normalised=True).periods == 5
    assert fit_baseline(Y, {"production": X}, days=[7] * 5).periods == 5
    with pytest.raises(CpdeskError):
        fit_baseline(Y, {"production": X}, days=[30, 0, 30, 30, 30], normalised=True)


def test_unknown_interval_is_refused() -> None:
    with pytest.raises(CpdeskError) as excinfo:
        fit_baseline(Y, {"production": X}, interval="weekly")
    assert _code(excinfo) == "mv.unknown_interval"


# NIST/ITL Statistical Reference Datasets, linear least squares, "Norris" (Norris, J., NIST,
# calibration of ozone monitors): 36 observations, y against x, with certified values printed
# to 15 digits: intercept −0.262323073774029 (standard deviation 0.232818234301152), slope
# 1.00211681802045 (0.429796848199937E-03), residual standard deviation 0.884796396144373,
# R² 0.999993745883712, residual sum of squares 26.6173985294224 on 34 degrees of freedom.
NORRIS_Y = [0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1, 668.8, 339.3,
            448.9, 10.8, 557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5, 778.9, 10.2, 117.6,
            228.9, 668.4, 449.2, 0.2]  # fmt: skip
NORRIS_X = [0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5, 666.9, 338.0,
            447.5, 11.6, 556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0, 779.0, 11.1, 118.3,
            229.2, 669.1, 448.9, 0.5]  # fmt: skip


def test_nist_norris_certified_values() -> None:
    model = fit_baseline(NORRIS_Y, {"x": NORRIS_X})
    base, slope = model.coefficients
    assert base.value == pytest.approx(-0.262323073774029, rel=1e-9)
    assert base.std_error == pytest.approx(0.232818234301152, rel=1e-9)
    assert slope.value == pytest.approx(1.00211681802045, rel=1e-9)
    assert slope.std_error == pytest.approx(0.429796848199937e-03, rel=1e-9)
    assert model.rmse == pytest.approx(0.884796396144373, rel=1e-9)
    assert model.r_squared == pytest.approx(0.999993745883712, rel=1e-12)
    sse = sum(e * e for e in model.residuals)
    assert sse == pytest.approx(26.6173985294224, rel=1e-9)
    # CV(RMSE) follows from the certified residual standard deviation and the data's mean
    assert model.cv_rmse == pytest.approx(100 * 0.884796396144373 / (sum(NORRIS_Y) / 36), rel=1e-9)
    # the intercept (base load) is negative and not significant: both said
    assert [w.code for w in model.warnings] == ["mv.negative_base_load", "mv.not_significant"]
