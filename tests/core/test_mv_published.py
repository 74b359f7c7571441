"""The baseline fit against a regression whose data and output are printed together.

Source: "The following data represents the monthly natural gas consumption (in hundreds of
cubic feet) for a family for a random sample of nine months ...", a regression exercise
reproduced with its Minitab output at
https://askanewquestion.com/questions/the-following-data-represents-the-monthly-natural-gas-consumption-in/897011
(one page, no table or page number). Printed there, transcribed as printed:

    Days 6, 4, 12, 43, 0, 52, 26, 30, 33
    Gas  2.1, 1.7, 3.1, 8.9, 1.2, 11.0, 5.3, 6.9, 7.5
    Predictor  Coef      SE Coef   T      P
    Constant   0.9595    0.1678    5.72   0.001
    D-Days     0.189634  0.005845  32.44  0.000
    S = 0.303674   R-Sq = 99.3%

"Days" are heating degree-days (degrees of the day's mean below 65 °F), one of them zero:
the month without heating, a zero-driver period inside the baseline.

It is a statistics exercise, not a measurement and verification document: it prints no
CV(RMSE) and no savings uncertainty: EVO 10100-1:2014's worked examples and a Guideline 14
uncertainty printed with its data are checked in test_mv_published_uncertainty.py (the
Bonneville Power Administration's "Regression for M&V: Reference Guide", 2012, and ASHRAE
Guideline 14-2014 Annex B could not be read with their data tables). What does follow from
the printed output: Minitab's S is √(SSE / (n − p)), so Guideline 14's CV(RMSE) with n − p
is 100 × S / ȳ, ȳ = 47.7 / 9 = 5.3, giving 5.7297 %.
"""

from __future__ import annotations

import pytest

from cpdesk.core.mv.baseline import fit_baseline

DEGREE_DAYS = [6.0, 4.0, 12.0, 43.0, 0.0, 52.0, 26.0, 30.0, 33.0]
GAS = [2.1, 1.7, 3.1, 8.9, 1.2, 11.0, 5.3, 6.9, 7.5]

# The printed figures, each to the precision printed (half a unit of its last digit).
PRINTED_S = 0.303674


def test_the_fit_matches_the_printed_output() -> None:
    model = fit_baseline(GAS, {"degree_days": DEGREE_DAYS})
    base, slope = model.coefficient("base_load"), model.coefficient("degree_days")
    assert base.value == pytest.approx(0.9595, abs=5e-5)
    assert base.std_error == pytest.approx(0.1678, abs=5e-5)
    assert base.t == pytest.approx(5.72, abs=5e-3)
    assert base.p == pytest.approx(0.001, abs=5e-4)
    assert slope.value == pytest.approx(0.189634, abs=5e-7)
    assert slope.std_error == pytest.approx(0.005845, abs=5e-7)
    assert slope.t == pytest.approx(32.44, abs=5e-3)
    assert slope.p < 5e-4  # printed 0.000
    assert model.rmse == pytest.approx(PRINTED_S, abs=5e-7)
    assert 100 * model.r_squared == pytest.approx(99.3, abs=0.05)
    assert model.periods == 9 and model.parameters == 2


def test_cv_rmse_follows_from_the_printed_standard_error() -> None:
    model = fit_baseline(GAS, {"degree_days": DEGREE_DAYS})
    # ȳ = (2.1 + 1.7 + 3.1 + 8.9 + 1.2 + 11.0 + 5.3 + 6.9 + 7.5) / 9 = 47.7 / 9 = 5.3
    assert model.mean_consumption == pytest.approx(5.3, abs=1e-12)
    # CV(RMSE) = 100 × 0.303674 / 5.3 = 5.72970 %, good to the printed S (±5e-7 / 5.3 × 100)
    assert model.cv_rmse == pytest.approx(100 * PRINTED_S / 5.3, abs=1e-5)
    # least squares with an intercept: the residuals add up to zero, and so does NMBE
    assert model.nmbe == pytest.approx(0.0, abs=1e-9)
    # monthly criteria of Guideline 14: CV(RMSE) ≤ 15 % and |NMBE| ≤ 5 %, met
    assert model.meets_criteria


def test_the_month_without_degree_days_is_fitted_at_the_base_load() -> None:
    model = fit_baseline(GAS, {"degree_days": DEGREE_DAYS})
    # month 5 (0 degree-days): ŷ = 0.9595 + 0.189634 × 0 = 0.9595, residual 1.2 − 0.9595 = 0.2405
    assert model.fitted[4] == pytest.approx(0.9595, abs=5e-5)
    assert model.residuals[4] == pytest.approx(0.2405, abs=5e-5)
    # month 1 (6 degree-days): ŷ = 0.9595 + 0.189634 × 6 = 2.0973, residual 2.1 − 2.0973 = 0.0027
    assert model.fitted[0] == pytest.approx(2.0973, abs=1e-4)
    assert model.residuals[0] == pytest.approx(0.0027, abs=1e-4)
