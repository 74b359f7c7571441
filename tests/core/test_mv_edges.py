"""Edge cases of verified savings, each worked by hand in the comments: a period with no
production (not all of them), a change of unit between periods, and a reporting period
longer than the baseline (the uncertainty's m is the reporting periods, not n)."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from cpdesk.core.mv.baseline import fit_baseline
from cpdesk.core.mv.periods import PeriodReading, line_up
from cpdesk.core.mv.savings import reporting_savings
from cpdesk.core.mv.verification import verify

# Five periods with production 0 t in the first: E = b0 + b1·x.
# x̄ = 2, ȳ = 5; Sxx = 4 + 1 + 0 + 1 + 4 = 10; Sxy = (−2)(−3) + (−1)(−2) + 0 + 1·1 + 2·4 = 17
# b1 = 1.7, b0 = 5 − 1.7 × 2 = 1.6; fitted 1.6, 3.3, 5.0, 6.7, 8.4
# residuals 0.4, −0.3, 0, −0.7, 0.6; SSE = 0.16 + 0.09 + 0 + 0.49 + 0.36 = 1.1
X = [0.0, 1.0, 2.0, 3.0, 4.0]
Y = [2.0, 3.0, 5.0, 6.0, 9.0]


def test_a_period_without_production_is_fitted_and_reported_at_the_base_load() -> None:
    model = fit_baseline(Y, {"production": X})
    assert model.coefficient("base_load").value == pytest.approx(1.6, abs=1e-12)
    assert model.coefficient("production").value == pytest.approx(1.7, abs=1e-12)
    assert model.residuals == pytest.approx([0.4, -0.3, 0.0, -0.7, 0.6], abs=1e-12)
    # CV(RMSE) = 100 × √(1.1 / 3) / 5 = 100 × 0.605530 / 5 = 12.1106 %
    assert model.cv_rmse == pytest.approx(100 * math.sqrt(1.1 / 3) / 5, abs=1e-9)
    # reporting: a month stopped (0 t, 1.5 used) and one at 2 t (4.6 used)
    result = reporting_savings(model, [1.5, 4.6], {"production": [0.0, 2.0]})
    # expected 1.6 (the base load alone) and 1.6 + 3.4 = 5.0; avoided 0.1 and 0.4
    assert result.adjusted_baseline == pytest.approx([1.6, 5.0], abs=1e-12)
    assert result.avoided == pytest.approx([0.1, 0.4], abs=1e-12)
    # EnPI 1.5 / 1.6 = 0.9375 for the stopped month: defined, its expected use is not zero
    assert result.enpi == pytest.approx([0.9375, 0.92], abs=1e-12)
    # per t over the period: 6.1 / 2 = 3.05 actual, 6.6 / 2 = 3.3 expected
    assert result.specific_actual == pytest.approx(3.05, abs=1e-12)
    assert result.specific_expected == pytest.approx(3.3, abs=1e-12)


def test_a_reporting_period_twice_the_baseline_uses_m_for_the_uncertainty() -> None:
    model = fit_baseline(Y, {"production": X})
    # ρ = (0.4 × −0.3 + −0.3 × 0 + 0 × −0.7 + −0.7 × 0.6) / 1.1 = −0.54 / 1.1 = −0.4909,
    # below zero so taken as zero: n′ = n = 5
    assert model.autocorrelation == pytest.approx(-0.54 / 1.1, abs=1e-12)
    # ten reporting periods (m = 10 on n = 5): the baseline's productions twice over, each
    # using 90 % of its expected; Ê = 2 × 25 = 50, saving 5, F = 0.1
    x = X * 2
    actual = [0.9 * (1.6 + 1.7 * v) for v in x]
    long = reporting_savings(model, actual, {"production": x})
    assert long.effective_periods == pytest.approx(5.0)
    assert long.total_adjusted_baseline == pytest.approx(50.0, abs=1e-9)
    assert long.total_avoided == pytest.approx(5.0, abs=1e-9)
    # ΔS(90 %) = t(0.90, 3) × 1.26 × CV × √((n/n′)(1 + 2/n) / m) × Ê
    #          = 2.353363 × 1.26 × 0.121106 × √(1 × 1.4 / 10) × 50
    #          = 2.353363 × 1.26 × 0.121106 × 0.374166 × 50 = 6.7183; ΔS / S = 1.3437
    u90 = long.uncertainty[1]
    assert u90.confidence == 0.90
    assert u90.t == pytest.approx(2.353363, abs=1e-6)
    assert u90.absolute == pytest.approx(6.7183, abs=1e-3)
    assert u90.fractional == pytest.approx(1.3437, abs=1e-3)
    assert not u90.demonstrated  # 5 < 6.7183
    # with n in place of m it would be √(1.4 / 5) = 0.529150: 9.5011, not what is found
    assert u90.absolute < 9.0
    # one pass over the productions (m = 5, Ê = 25): 2.353363 × 1.26 × 0.121106 × 0.529150
    # × 25 = 4.7506; doubling m doubles Ê and divides the share by √2, so ΔS grows by √2
    short = reporting_savings(model, actual[:5], {"production": x[:5]})
    assert short.uncertainty[1].absolute == pytest.approx(4.7506, abs=1e-3)
    assert u90.absolute / short.uncertainty[1].absolute == pytest.approx(math.sqrt(2), abs=1e-12)


def _month(i: int) -> tuple[date, date]:
    start = date(2024 + i // 12, i % 12 + 1, 1)
    following = date(2024 + (i + 1) // 12, (i + 1) % 12 + 1, 1)
    return start, following - timedelta(days=1)


def _readings(mwh_month: int | None, kg_month: int | None) -> list[PeriodReading]:
    """18 months of electricity in kWh against production in t (1000 kWh a day plus 50 kWh
    per t, a residual of ±30 kWh a day, 8 % less from July 2025), with one month's
    electricity in MWh and one month's production in kg if asked."""
    out = []
    wiggle = [30, -30, 15, -15, 0, 30, -30, 15, -15, 0, 10, -10]
    for i in range(18):
        start, end = _month(i)
        days = (end - start).days + 1
        tonnes = (20 + (i * 7) % 11) * days
        kwh = ((1000 + wiggle[i % 12]) * days + 50 * tonnes) * (0.92 if i >= 12 else 1.0)
        kwh = round(kwh)  # whole kWh: the MWh figure kwh / 1000 converts back exactly
        if i == mwh_month:
            out.append(PeriodReading("electricity", start, end, kwh / 1000, "MWh"))
        else:
            out.append(PeriodReading("electricity", start, end, kwh, "kWh"))
        if i == kg_month:
            out.append(PeriodReading("production", start, end, tonnes * 1000, "kg"))
        else:
            out.append(PeriodReading("production", start, end, tonnes, "t"))
    return out


def test_a_month_in_another_unit_is_converted_and_fits_as_if_in_the_first() -> None:
    plain = line_up(_readings(None, None), "electricity", ["production"])
    # March 2024's electricity in MWh (a baseline month) and June 2025's production in kg (a
    # reporting month): converted to each variable's first unit, kWh and t (× 1000, ÷ 1000)
    mixed = line_up(_readings(2, 17), "electricity", ["production"])
    assert mixed.consumption[2] == plain.consumption[2] > 1000  # kWh, not the MWh figure
    assert mixed.unit == "kWh" and mixed.driver_units["production"] == "t"
    assert mixed.consumption == pytest.approx(plain.consumption, rel=1e-12)
    assert mixed.drivers["production"] == pytest.approx(plain.drivers["production"], rel=1e-12)
    one, other = verify(plain, date(2025, 1, 1)), verify(mixed, date(2025, 1, 1))
    assert other.model.periods == one.model.periods == 12
    for name in ("base_load", "production"):
        assert other.model.coefficient(name).value == pytest.approx(one.model.coefficient(name).value, rel=1e-9)
    assert other.model.cv_rmse == pytest.approx(one.model.cv_rmse, rel=1e-9)
    assert one.savings is not None and other.savings is not None
    assert other.savings.total_avoided == pytest.approx(one.savings.total_avoided, rel=1e-9)
    assert other.savings.uncertainty[1].absolute == pytest.approx(one.savings.uncertainty[1].absolute, rel=1e-9)
    # the saving is the 8 % cut of the reporting months, give or take the fit: 6 to 10 %
    assert 0.06 < other.savings.fraction < 0.10
