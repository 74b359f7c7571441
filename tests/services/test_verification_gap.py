"""A missing month in an assessment's period readings: the import refuses the file unless its
bad rows are skipped, and then names the gap; verification fits the months there are, the
baseline and the reporting period each a month shorter, with no month made up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cpdesk.core.mv.baseline import fit_baseline
from cpdesk.core.mv.savings import t_value
from cpdesk.services.assessment import assessments, period_import, periods, verification
from cpdesk.services.assessment import companies as catalogue

MISSING = (5, 20)  # June 2024 (baseline) and September 2025 (reporting)


def _month(i: int) -> tuple[date, date]:
    start = date(2024 + i // 12, i % 12 + 1, 1)
    following = date(2024 + (i + 1) // 12, (i + 1) % 12 + 1, 1)
    return start, following - timedelta(days=1)


def _table() -> tuple[bytes, dict[int, tuple[float, float, int]]]:
    """24 months but two, as a table; and per month i its kWh a day, t a day and days."""
    lines = ["start;end;electricity (kWh);production (t)"]
    wiggle = [40, -30, 10, -20, 0, 30, -40, 20, -10, 0, 15, -15]
    per_day = {}
    for i in range(24):
        if i in MISSING:
            continue
        start, end = _month(i)
        days = (end - start).days + 1
        tonnes = 12 + (i * 5) % 7
        kwh = (3000 + 180 * tonnes + wiggle[i % 12]) * (0.95 if i >= 12 else 1.0)
        per_day[i] = (kwh, float(tonnes), days)
        lines.append(f"{start:%d/%m/%Y};{end:%d/%m/%Y};{kwh * days:.0f};{tonnes * days}")
    return "\n".join(lines).encode(), per_day


@pytest.fixture
def assessment(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    return assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)


def test_a_missing_month_is_refused_at_import_unless_skipped_then_fitted_around(db, assessment) -> None:
    data, per_day = _table()
    refused = period_import.import_periods(db, assessment.id, data, filename="evn.csv", lang="vi")
    assert refused.refused and refused.stored == 0 and refused.problems == ()
    # each gap is named on the line after it, once for each variable: July 2024 on line 7 (a
    # header, January to May on lines 2 to 6) and October 2025 on line 21 (the 19 months from
    # January 2024 to September 2025 less the two missing end on line 20)
    assert {g.message.code for g in refused.gaps} == {"mv.period_gap"}
    assert [g.row for g in refused.gaps] == [7, 7, 21, 21]
    assert periods.list_periods(db, assessment.id) == ()
    kept = period_import.import_periods(db, assessment.id, data, filename="evn.csv", lang="vi", skip_bad_rows=True)
    assert not kept.refused and kept.stored == 2 * 22  # 22 months of two variables
    assert [g.row for g in kept.gaps] == [7, 7, 21, 21]  # still said, with what was stored
    found = verification.verify_carrier(
        db, assessment.id, carrier="electricity", drivers=["production"], reporting_from=date(2025, 1, 1)
    )
    v = found.verification
    # baseline: the 12 months of 2024 less June = 11; reporting: 12 of 2025 less September = 11
    assert v.model.periods == 11 and v.reporting.count(True) == 11 and not any(v.excluded)
    assert date(2024, 6, 1) not in v.series.starts and date(2025, 9, 1) not in v.series.starts
    # the model is the fit of the 11 baseline months per day (months of unequal length), the
    # same as fitting those figures directly: no month is filled in
    base = [i for i in range(12) if i not in MISSING]
    direct = fit_baseline(
        [round(per_day[i][0] * per_day[i][2]) / per_day[i][2] for i in base],
        {"production": [per_day[i][1] for i in base]},
    )
    for name in ("base_load", "production"):
        assert v.model.coefficient(name).value == pytest.approx(direct.coefficient(name).value, rel=1e-9)
    assert v.model.cv_rmse == pytest.approx(direct.cv_rmse, rel=1e-9)
    # the uncertainty's n is 11 (t on n − p = 9 degrees of freedom) and its m the 11 months
    assert v.savings is not None
    u90 = v.savings.uncertainty[1]
    assert u90.t == pytest.approx(t_value(0.90, 9), rel=1e-12)
    assert len(v.savings.actual) == 11
    assert 0.04 < v.savings.fraction < 0.06  # the 5 % cut
