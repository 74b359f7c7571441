"""The statistics of the baseline and the savings uncertainty against worked examples whose
data and figures are printed together.

1. EVO, "Statistics and Uncertainty for IPMVP", EVO 10100-1:2014 (June 2014), read from the
   copy in the public repository NREL/IPMVP (docs/resources/IPMVP StatisticsUncertainty
   2014(1).pdf):
   - Table 1 "t-Table" (p. 4): the Student's t the uncertainty is computed with;
   - Table 2 "Data Analysis Example" (pp. 4-5): 12 monthly meter readings, their mean,
     variance, standard deviation, standard error and the precision of the mean at 90, 95,
     80 and 50 % confidence: the mean model, its CV(RMSE) and NMBE;
   - section 6 "Example Uncertainty Analysis", Table 3 (pp. 16-18): a 12-month regression
     of kWh on cooling degree-days printed without its monthly data, and the standard
     error of a year's savings.
   The document computes the uncertainty of a year's savings as t·√m·SE (the standard
   error of the estimate added over m months), not with ASHRAE Guideline 14's formula;
   cpdesk follows Guideline 14, and the test checks that the two differ by exactly
   Guideline 14's factors 1.26·√(1 + 2/n) (ρ = 0).
2. An IPMVP Option C data set with a Guideline 14 savings uncertainty worked on it: the
   spreadsheet "Option C - Data Set - Different Analysis.xlsx" in the public repository
   srouchier/bayesmv (S. Rouchier, "Building energy measurement and verification the
   Bayesian way", 2023; data/). 24 months, labelled April 2018 to March 2020, of kWh and
   outdoor temperature, heating and cooling degrees below and above 55 °F, regressions on
   the first 12 months with their printed output, and a sheet "Uncertainty Comparisions"
   giving the savings uncertainty at 80 % by "FSU - ASHRAE Guideline 14 Annex B (8a)",
   "(8b)" and "(8c)": 17 %, 18 % and 33 %. The document whose equations (8a)-(8c) are
   meant is not named in the spreadsheet and could not be found; (8b) is Guideline 14's
   formula with the autocorrelation correction taken with the residuals' negative ρ as it
   is (it narrows the band); cpdesk takes a negative ρ as zero, so its figure is wider by
   √(n′/n), which the test shows. What (8c) computes could not be worked out; it is not
   checked.

ASHRAE Guideline 14-2014 Annex B, the Bonneville Power Administration's "Regression for
M&V: Reference Guide" (2012) and the DOE EnPI tool's documentation could not be read beyond
their first pages, so none of their figures is checked. Figures are compared at the
precision printed (half a unit of the last printed digit) unless a comment says why not.
"""

from __future__ import annotations

import math

import pytest

from cpdesk.core.mv.baseline import CRITERIA, BaselineModel, Coefficient, fit_baseline
from cpdesk.core.mv.savings import reporting_savings, t_value

# EVO 10100-1:2014, Table 1: DF -> t at 95, 90, 80 and 50 % confidence, as printed.
EVO_T_TABLE = {
    1: (12.71, 6.31, 3.08, 1.00),
    2: (4.30, 2.92, 1.89, 0.82),
    3: (3.18, 2.35, 1.64, 0.76),
    4: (2.78, 2.13, 1.53, 0.74),
    5: (2.57, 2.02, 1.48, 0.73),
    6: (2.45, 1.94, 1.44, 0.72),
    7: (2.36, 1.89, 1.41, 0.71),
    8: (2.31, 1.86, 1.40, 0.71),
    9: (2.26, 1.83, 1.38, 0.70),
    10: (2.23, 1.81, 1.37, 0.70),
    11: (2.20, 1.80, 1.36, 0.70),
    12: (2.18, 1.78, 1.36, 0.70),
    13: (2.16, 1.77, 1.35, 0.69),
    14: (2.14, 1.76, 1.35, 0.69),
    15: (2.13, 1.75, 1.34, 0.69),
    16: (2.12, 1.75, 1.34, 0.69),
    17: (2.11, 1.74, 1.33, 0.69),
    18: (2.10, 1.73, 1.33, 0.69),
    19: (2.09, 1.73, 1.33, 0.69),
    21: (2.08, 1.72, 1.32, 0.69),
    23: (2.07, 1.71, 1.32, 0.69),
    25: (2.06, 1.71, 1.32, 0.68),
    27: (2.05, 1.70, 1.31, 0.68),
    31: (2.04, 1.70, 1.31, 0.68),
    35: (2.03, 1.69, 1.31, 0.68),
    41: (2.02, 1.68, 1.30, 0.68),
    49: (2.01, 1.68, 1.30, 0.68),
    60: (2.00, 1.67, 1.30, 0.68),
    120: (1.98, 1.66, 1.29, 0.68),
    math.inf: (1.96, 1.64, 1.28, 0.67),
}
LEVELS = (0.95, 0.90, 0.80, 0.50)

# EVO 10100-1:2014, Table 2: 12 monthly readings (kWh); total 12,000, squared deviations 246,600.
READINGS = [950, 1090, 850, 920, 1120, 820, 760, 1210, 1040, 930, 1110, 1200]


@pytest.mark.parametrize("df", list(EVO_T_TABLE))
def test_t_matches_the_printed_t_table(df: float) -> None:
    for confidence, printed in zip(LEVELS, EVO_T_TABLE[df], strict=True):
        assert t_value(confidence, df) == pytest.approx(printed, abs=0.005), (df, confidence)


def test_mean_model_of_the_twelve_readings() -> None:
    model = fit_baseline(READINGS)
    assert model.drivers == () and model.periods == 12 and model.parameters == 1
    # printed: mean 12,000 / 12 = 1,000; variance 246,600 / 11 = 22,418; s = 150; SE = 150 / √12 = 43
    assert model.mean_consumption == pytest.approx(1000.0, abs=1e-9)
    assert model.coefficient("base_load").value == pytest.approx(1000.0, abs=1e-9)
    assert model.rmse**2 == pytest.approx(22418, abs=0.5)  # 22,418.18
    assert model.rmse == pytest.approx(150, abs=0.5)  # 149.73
    assert model.rmse / math.sqrt(model.periods) == pytest.approx(43, abs=0.5)  # 149.73 / √12 = 43.22
    # eq. (6), cv = s / ȳ = 150 / 1,000 = 15 % from the printed figures (±0.05 for s ± 0.5);
    # Guideline 14's CV(RMSE) with n − p, p = 1, is the same ratio: 14.973 %
    assert model.cv_rmse == pytest.approx(15.0, abs=0.05)
    assert model.nmbe == pytest.approx(0.0, abs=1e-9)
    # monthly acceptance, CV(RMSE) ≤ 15 %: met, by 0.03 points
    assert model.meets_criteria


@pytest.mark.parametrize(
    ("confidence", "printed_relative", "ours"),
    [
        # ours = t(n − 1 = 11) × 43.2225 / 1,000, in %: t = 1.7959, 2.2010, 1.3634, 0.6974
        (0.90, 7.7, 7.762),
        (0.95, 9.5, 9.513),
        (0.80, 5.8, 5.893),
        (0.50, 3.0, 3.015),
    ],
)
def test_precision_of_the_mean(confidence: float, printed_relative: float, ours: float) -> None:
    model = fit_baseline(READINGS)
    t = t_value(confidence, model.periods - model.parameters)
    se = model.rmse / math.sqrt(model.periods)
    relative = 100 * t * se / model.mean_consumption
    assert relative == pytest.approx(ours, abs=5e-4)
    # The document multiplies the rounded t of its Table 1 by the rounded SE 43; cpdesk's t
    # and SE, rounded the same way, give each printed figure: 1.80 × 43 = 77.4 → 7.7 %,
    # 2.20 × 43 → 9.5 %, 1.36 × 43 = 58.5 → 5.8 %, 0.70 × 43 → 3.0 %. Unrounded, the 90 and
    # 80 % figures read 7.8 and 5.9 %: the printed ones are off by their inputs' rounding.
    assert round(round(t, 2) * round(se) / 10, 1) == printed_relative
    assert relative == pytest.approx(printed_relative, abs=0.1)
    if confidence == 0.90:
        # "the Absolute Precision is: t • SE = 1.80 × 43 = 77", range 923 to 1,077 kWh
        assert round(round(t, 2) * round(se)) == 77
        assert (1000 - 77, 1000 + 77) == (923, 1077)


def _evo_table_3_model() -> BaselineModel:
    """The regression of EVO 10100-1:2014 Table 3 from its printed output: 12 months,
    E = 5,634.15 + 7.94 × CDD, standard error of the estimate 367.50, R² 0.93. Its monthly
    data are not printed, so the model is built from those figures. The mean consumption is
    the line at the mean CDD (162, given in the text): 5,634.15 + 7.94 × 162 = 6,920.43,
    which the document rounds to 6,920 (a least-squares line passes through the means).
    Its ρ is not printed and is taken as 0 (no autocorrelation correction)."""
    mean = 6920.0
    return BaselineModel(
        drivers=("cdd",),
        coefficients=(
            Coefficient("base_load", 5634.15, 151.96, 37.08, math.nan),
            Coefficient("cdd", 7.94, 0.68, 11.64, math.nan),
        ),
        periods=12,
        r_squared=0.93,
        rmse=367.50,
        cv_rmse=100 * 367.50 / mean,
        nmbe=0.0,
        durbin_watson=None,
        autocorrelation=0.0,
        mean_consumption=mean,
        criteria=CRITERIA["monthly"],
        meets_criteria=True,
        warnings=(),
        fitted=(),
        residuals=(),
    )


def test_year_of_savings_against_the_printed_standard_error() -> None:
    model = _evo_table_3_model()
    # the printed t of the slope, 7.94 / 0.68, and of the intercept, 5,634.15 / 151.96
    assert 7.94 / 0.68 == pytest.approx(11.64, abs=0.05)  # 11.68: the SE 0.68 is rounded
    assert 5634.15 / 151.96 == pytest.approx(37.08, abs=0.005)
    # 12 months at the mean CDD, 4,300 kWh each: "Savings = (6,920 – 4,300)" a month, printed
    # first as 2,600 kWh (a slip: 6,920 − 4,300 = 2,620) and then as 2,620; 31,440 a year
    result = reporting_savings(model, [4300.0] * 12, {"cdd": [162.0] * 12})
    assert result.adjusted_baseline[0] == pytest.approx(6920, abs=0.5)
    assert result.avoided[0] == pytest.approx(2620, abs=0.5)
    assert result.total_avoided == pytest.approx(31440, abs=6)  # 12 × 2,620.43 = 31,445
    # The document: SE(annual savings) = √(12 × 367.5²) = 1,273 kWh, absolute precision
    # 2.2 × 1,273 = 2,801 kWh, 9 % of 31,440. Guideline 14 with ρ = 0 gives
    # t × 1.26 × CV × √((1 + 2/n) / m) × Ê, and CV × Ê = 367.5 × 12 × 6,920.43 / 6,920, so it
    # is t × 1.26 × √(1 + 2/12) × 1,273 (× 1.00006): the same standard error, widened by
    # Guideline 14's factor 1.26 and its term for the baseline's own error, 2/n.
    widening = 1.26 * math.sqrt(1 + 2 / 12)
    for level in result.uncertainty:
        assert level.t == pytest.approx(t_value(level.confidence, 10), abs=1e-12)  # n − p = 10
        assert level.absolute / (level.t * widening) == pytest.approx(1273, abs=0.5)
        assert level.demonstrated
    at_90 = result.uncertainty[1]
    # 1.8125 × 1.3610 × 1,273.1 = 3,140 kWh, 10.0 % of the saving; the document's 2,801 kWh
    # (t = 2.2, 95 %) is 2.2 × 1,273: its own formula, reproduced here from its figures
    assert at_90.absolute == pytest.approx(3140, abs=1)
    assert at_90.fractional == pytest.approx(0.0999, abs=5e-4)
    assert round(2.2 * math.sqrt(12 * 367.5**2)) == 2801
    assert round(100 * 2801 / 31440) == 9


# The spreadsheet "Option C - Data Set - Different Analysis.xlsx": degrees below (HDD) and
# above (CDD) 55 °F of the month's mean temperature, and kWh; baseline April 2018 to March
# 2019, reporting April 2019 to March 2020.
BASE_HDD = [14, 0, 0, 0, 0, 0, 2, 20, 18, 32, 27, 20]
BASE_CDD = [0, 10, 15, 21, 21, 14, 0, 0, 0, 0, 0, 0]
BASE_TEMP = [41, 65, 70, 76, 76, 69, 53, 35, 37, 23, 28, 35]
BASE_KWH = [35936, 22260, 20970, 25438, 28547, 24394, 24224, 38767, 42205, 49649, 43540, 43734]
REP_HDD = [5, 0, 0, 0, 0, 0, 2, 19, 20, 24, 25, 14]
REP_CDD = [0, 3, 13, 23, 19, 16, 0, 0, 0, 0, 0, 0]
REP_TEMP = [50, 58, 68, 78, 74, 71, 53, 36, 35, 31, 30, 41]
REP_KWH = [25416, 17445, 13626, 19295, 17970, 15158, 13293, 35297, 35665, 38562, 33383, 37244]
REL = 1e-9  # the sheet holds Excel's full-precision values


def test_option_c_fit_matches_the_sheet() -> None:
    model = fit_baseline(BASE_KWH, {"cdd": BASE_CDD, "hdd": BASE_HDD})
    base, cdd, hdd = (model.coefficient(name) for name in ("base_load", "cdd", "hdd"))
    # sheet "Classic Regression w HDD + CDD" (LINEST output)
    assert base.value == pytest.approx(22860.37627770682, rel=REL)
    assert cdd.value == pytest.approx(114.5121322207755, rel=REL)
    assert hdd.value == pytest.approx(872.6616688544016, rel=REL)
    assert base.std_error == pytest.approx(2136.0479754047046, rel=REL)
    assert cdd.std_error == pytest.approx(142.58193830483427, rel=REL)
    assert hdd.std_error == pytest.approx(104.20998522187108, rel=REL)
    assert (base.t, cdd.t, hdd.t) == pytest.approx((10.702182975724408, 0.8031321048248994, 8.374069596079854), rel=REL)
    assert model.r_squared == pytest.approx(0.9421131601252533, rel=REL)
    assert model.rmse == pytest.approx(2680.55810421229, rel=REL)  # "Standard Error for Y Estimate"
    assert model.periods - model.parameters == 9  # "Degrees of Freedom"
    # CV(RMSE) = 2,680.558 / (399,664 / 12 = 33,305.33) = 8.048 %; NMBE 0; monthly criteria met
    assert model.cv_rmse == pytest.approx(100 * 2680.55810421229 / (399664 / 12), rel=REL)
    assert model.nmbe == pytest.approx(0.0, abs=1e-9)
    assert model.meets_criteria
    # the CDD slope is not significant (p = 0.44): cpdesk warns, as the sheet's t = 0.80 says
    assert cdd.p > 0.05
    assert any(w.code == "mv.not_significant" and w.params.get("name") == "cdd" for w in model.warnings)
    # sheet "Classic Regression with T": the same months against temperature alone
    by_temperature = fit_baseline(BASE_KWH, {"temperature": BASE_TEMP})
    slope = by_temperature.coefficient("temperature")
    assert slope.value == pytest.approx(-465.6960984017549, rel=REL)
    assert slope.std_error == pytest.approx(67.6007690065241, rel=REL)
    assert by_temperature.coefficient("base_load").value == pytest.approx(56900.60231902225, rel=REL)
    assert by_temperature.rmse == pytest.approx(4409.4498415928665, rel=REL)
    assert by_temperature.r_squared == pytest.approx(0.8259573470881356, rel=REL)


def test_option_c_savings_and_guideline_14_uncertainty() -> None:
    model = fit_baseline(BASE_KWH, {"cdd": BASE_CDD, "hdd": BASE_HDD})
    result = reporting_savings(model, REP_KWH, {"cdd": REP_CDD, "hdd": REP_HDD})
    # "Avoided Energy Consumption" 75,564.535 kWh of an adjusted baseline of 377,918.535
    assert result.total_avoided == pytest.approx(75564.53502194898, rel=REL)
    assert result.total_actual == 302354
    n, m = model.periods, len(REP_KWH)
    # the sheet's own method ("Sum of Squares"): √12 × 2,680.558 = 9,285.73 kWh, × 1.38
    # ("T-stat at 80% Confidence Level w/ DOF of 9") = 12,814.30 kWh, 16.96 % of the saving
    t_80 = t_value(0.80, n - model.parameters)
    assert round(t_80, 2) == 1.38
    assert math.sqrt(m) * model.rmse == pytest.approx(9285.725658272391, rel=REL)
    assert 1.38 * math.sqrt(m) * model.rmse / result.total_avoided == pytest.approx(0.16958089406219162, rel=REL)
    # Guideline 14 (cpdesk): ρ = −0.1733 is taken as 0, n′ = n; at 90 % t = 1.8331 and
    # ΔS/S = 1.8331 × 1.26 × 0.080484 × √((1 + 2/12) / 12) / 0.19995 = 0.2899; at 68 % 0.1664
    assert model.autocorrelation == pytest.approx(-0.17332, abs=5e-6)
    assert result.effective_periods == n
    at_68, at_90 = result.uncertainty
    assert at_90.fractional == pytest.approx(0.28989, abs=5e-5)
    assert at_68.fractional == pytest.approx(0.16645, abs=5e-5)
    assert at_90.demonstrated and at_68.demonstrated
    # The same formula at the sheet's 80 % (it is linear in t): 0.2187. The sheet's (8b),
    # 18 %, takes ρ as it is: n′ = 12 × 1.1733 / 0.8267 = 17.03 > n, which narrows the band by
    # √(n / n′) = 0.8394 to 0.1836. cpdesk does not let a negative ρ narrow it.
    at_80 = at_90.fractional * t_80 / at_90.t
    assert at_80 == pytest.approx(0.21871, abs=5e-5)
    rho = model.autocorrelation
    n_prime = n * (1 - rho) / (1 + rho)
    assert round(at_80 * math.sqrt(n / n_prime), 2) == 0.18  # (8b)
    # (8a), 17 %, equals the same expression without the factor 1.26 and with no
    # autocorrelation correction: 0.2187 / 1.26 = 0.1736. The sheet does not say so.
    assert round(at_80 / 1.26, 2) == 0.17
