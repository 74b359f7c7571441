"""Period readings lined up into series, checked against each other, and verified.

The figures are worked by hand in the comments."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
import statsmodels.api as sm

from cpdesk.core.errors import CpdeskError
from cpdesk.core.mv.periods import PeriodReading, line_up, reading_unit, span_problems, variable_name
from cpdesk.core.mv.savings import GL14_FACTOR, reporting_savings, t_value
from cpdesk.core.mv.verification import interval_of, verify
from cpdesk.core.units import UnitError


def month(year: int, number: int) -> tuple[date, date]:
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return first, following - timedelta(days=1)


def r(variable: str, start: date, end: date, value: float, unit: str = "kWh", row: int | None = 1) -> PeriodReading:
    return PeriodReading(variable, start, end, value, unit, row=row)


def test_a_repeated_an_overlapping_and_a_missing_period_are_each_named() -> None:
    jan, feb, mar, may = month(2025, 1), month(2025, 2), month(2025, 3), month(2025, 5)
    readings = [
        r("electricity", *jan, 100, row=2),
        r("electricity", *feb, 110, row=3),
        r("electricity", *feb, 111, row=4),  # the same period again
        r("electricity", date(2025, 3, 15), mar[1], 50, row=5),
        r("electricity", *mar, 120, row=6),  # overlaps row 5 (15 to 31 March)
        r("electricity", *may, 130, row=7),  # April missing
    ]
    found = {reading.row: problem.code for reading, problem in span_problems(readings)}
    # row 6 starts before row 5 (1 March) so sorts first; row 5 is the later one and named
    assert found == {4: "mv.period_duplicate", 5: "mv.period_overlap", 7: "mv.period_gap"}


def test_a_new_reading_clashing_with_a_stored_one_is_the_one_named() -> None:
    jan = month(2025, 1)
    stored = r("water", *jan, 10, "m3", row=None)
    new = r("water", *jan, 11, "m3", row=9)
    assert [(x.row, m.code) for x, m in span_problems([new, stored])] == [(9, "mv.period_duplicate")]


def test_a_carrier_takes_an_amount_of_its_kind_and_a_driver_any_unit() -> None:
    assert reading_unit("electricity", "kwh") == "kWh"
    assert reading_unit("anthracite", "tấn") == "t"
    with pytest.raises(CpdeskError) as rate:
        reading_unit("electricity", "kW")  # a rate, not an amount over the period
    assert rate.value.message.code == "mv.unit_wrong_kind"
    with pytest.raises(CpdeskError) as kind:
        reading_unit("water", "kWh")
    assert kind.value.message.code == "mv.unit_wrong_kind"
    with pytest.raises(UnitError):
        reading_unit("water", "bottles")
    assert reading_unit("production", "tấn") == "t"
    assert reading_unit("production", "cái") == "cái"  # kept as typed
    assert variable_name("  Electricity ") == "electricity"
    assert variable_name("sản  lượng") == "sản lượng"


def test_line_up_converts_a_change_of_unit_and_refuses_a_missing_driver() -> None:
    jan, feb = month(2025, 1), month(2025, 2)
    readings = [
        r("electricity", *feb, 0.2, "MWh"),
        r("electricity", *jan, 100, "kWh"),
        r("production", *jan, 5, "t"),
        r("production", *feb, 6000, "kg"),
    ]
    series = line_up(readings, "electricity", ["production"])
    assert series.starts == (jan[0], feb[0])
    assert series.unit == "kWh"
    assert series.consumption == (100, 200)  # 0.2 MWh = 200 kWh
    assert series.drivers["production"] == (5, 6)  # 6000 kg = 6 t
    assert series.days == (31, 28)
    with pytest.raises(CpdeskError) as missing:
        line_up(readings[:3], "electricity", ["production"])
    assert missing.value.message.code == "mv.driver_missing"
    with pytest.raises(CpdeskError) as changed:
        line_up([*readings[1:], r("electricity", *month(2025, 3), 3, "t")], "electricity", [])
    assert changed.value.message.code == "mv.unit_changed"


def _two_years() -> list[PeriodReading]:
    """24 months of a plant using 500 kWh a day and 40 kWh per t, with a residual pattern
    per day of +-10 kWh; from 2025 it uses 10 % less than the model says."""
    readings = []
    wiggle = [10, -10, 5, -5, 0, 10, -10, 5, -5, 0, 3, -3]
    for i in range(24):
        start, end = month(2024 + i // 12, i % 12 + 1)
        days = (end - start).days + 1
        tonnes_per_day = 20 + (i * 7) % 11  # 20 to 30 t a day
        per_day = 500 + 40 * tonnes_per_day + wiggle[i % 12]
        if i >= 12:
            per_day = 0.9 * (500 + 40 * tonnes_per_day)
        readings.append(r("electricity", start, end, per_day * days))
        readings.append(r("production", start, end, tonnes_per_day * days, "t"))
    return readings


def test_months_are_fitted_per_day_and_the_savings_are_amounts_over_the_months() -> None:
    series = line_up(_two_years(), "electricity", ["production"])
    result = verify(series, date(2025, 1, 1))
    assert result.per_day
    assert result.model.criteria.interval == "monthly" == interval_of(series.days)
    assert result.model.periods == 12
    # the fit is statsmodels' OLS on the figures per day (each month over its days)
    days = series.days[:12]
    y = [series.consumption[i] / days[i] for i in range(12)]
    x = [series.drivers["production"][i] / days[i] for i in range(12)]
    direct = sm.OLS(y, sm.add_constant(x)).fit()
    assert result.model.coefficient("base_load").value == pytest.approx(direct.params[0], rel=1e-9)
    assert result.model.coefficient("production").value == pytest.approx(direct.params[1], rel=1e-9)
    savings = result.savings
    assert savings is not None
    # each reporting month: expected (b0 + b1 t) × days, actual 0.9 (500 + 40 t) × days
    b0, b1 = direct.params
    exp = [(b0 + b1 * series.drivers["production"][i] / series.days[i]) * series.days[i] for i in range(12, 24)]
    act = [0.9 * (500 + 40 * series.drivers["production"][i] / series.days[i]) * series.days[i] for i in range(12, 24)]
    assert savings.total_adjusted_baseline == pytest.approx(sum(exp))
    assert savings.total_actual == pytest.approx(sum(act))
    assert savings.fraction == pytest.approx((sum(exp) - sum(act)) / sum(exp))
    assert 0.08 < savings.fraction < 0.12
    expected = [e for e, rep in zip(result.expected, result.reporting, strict=True) if rep]
    assert savings.adjusted_baseline == pytest.approx(expected)
    assert sum(savings.avoided) == pytest.approx(savings.total_avoided)
    assert savings.total_adjusted_baseline - savings.total_actual == pytest.approx(savings.total_avoided)
    # ΔS at 90 % = t(0.90, 10) × 1.26 × CV × √((n/n') (1 + 2/n) / m) × Ê, with the same
    # per-day model's CV and n' (the multiple of Ê does not change with the days)
    model = result.model
    n_eff = savings.effective_periods
    share = t_value(0.90, 10) * GL14_FACTOR * model.cv_rmse / 100 * math.sqrt((12 / n_eff) * (1 + 2 / 12) / 12)
    u90 = savings.uncertainty[1]
    assert u90.confidence == 0.90
    assert u90.absolute == pytest.approx(share * savings.total_adjusted_baseline)
    assert u90.demonstrated
    # the CUSUM over all periods ends at minus the saving plus the baseline's residuals
    baseline_residuals = sum(
        a - e for a, e, rep in zip(series.consumption, result.expected, result.reporting, strict=True) if not rep
    )
    assert result.cusum[-1] == pytest.approx(baseline_residuals - savings.total_avoided)
    assert result.line is not None and result.line.confidence == 0.90
    assert all(lo < f < hi for lo, f, hi in zip(result.line.lower, result.line.fitted, result.line.upper, strict=True))
    xs, ys = result.points(reporting=False)
    assert len(xs) == len(ys) == 12


def test_periods_of_equal_length_are_fitted_as_they_are() -> None:
    readings = []
    for week in range(16):
        start = date(2025, 1, 6) + timedelta(days=7 * week)
        output = 100 + (week * 37) % 50
        use = 2000 + 12 * output + (25 if week % 2 else -25)
        readings += [
            r("water", start, start + timedelta(days=6), use, "m3"),
            r("production", start, start + timedelta(days=6), output, "t"),
        ]
    series = line_up(readings, "water", ["production"])
    result = verify(series, date(2025, 3, 3))  # weeks 8 to 15 reporting
    assert not result.per_day
    assert result.model.criteria.interval == "daily"
    # the same figures as the core's on the raw weekly totals
    rep = [i for i, flag in enumerate(result.reporting) if flag]
    direct = reporting_savings(
        result.model,
        [series.consumption[i] for i in rep],
        {"production": [series.drivers["production"][i] for i in rep]},
    )
    assert result.savings == direct


def test_no_period_before_the_reporting_period_is_refused() -> None:
    series = line_up(_two_years(), "electricity", ["production"])
    with pytest.raises(CpdeskError) as refused:
        verify(series, date(2020, 1, 1))
    assert refused.value.message.code == "mv.no_baseline"
