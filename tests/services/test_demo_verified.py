"""The demo textile plant's 24 months of bills: its coal and water savings are verified with
their uncertainty, consistent with its implemented options; its electricity saving (10 MWh a
year estimated, 0.2 %) is too small to tell from the bills, and says so."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from cpdesk.services.assessment import periods, verification
from cpdesk.store.models import PeriodReading


def _textile(db) -> object:
    with db.reading() as session:
        query = select(PeriodReading.assessment_id).distinct()  # the demo's one assessment with bills
        return session.execute(query).scalar_one()


def test_the_demo_has_24_months_of_each_carrier_and_of_production(demo_db) -> None:
    rows = periods.list_periods(demo_db, _textile(demo_db))
    by_variable: dict[str, int] = {}
    for row in rows:
        by_variable[row.variable] = by_variable.get(row.variable, 0) + 1
    assert by_variable == {"anthracite": 24, "electricity": 24, "water": 24, "production": 24}


def test_the_demo_coal_and_water_savings_are_verified(demo_db) -> None:
    a = _textile(demo_db)
    coal = verification.verify_carrier(demo_db, a, carrier="anthracite", drivers=["production"])
    # the reporting period starts on the last implemented option's day (OR-01, 10 Oct 2004),
    # between the months given: 12 baseline months of 2003, 12 reporting months from Nov 2004
    assert coal.reporting_from == date(2004, 10, 10)
    v = coal.verification
    assert v.per_day and v.model.periods == 12 and v.reporting.count(True) == 12
    assert v.model.meets_criteria and v.model.cv_rmse < 5  # monthly bills: CV(RMSE) ≤ 15 %
    base, slope = (c.value for c in v.model.coefficients)
    assert base == pytest.approx(3.33, abs=0.01)  # t a day: standby and network losses
    assert slope == pytest.approx(1.084, abs=0.001)  # t of coal per t of fabric
    s = v.savings
    assert s is not None
    # 751 t saved of 4 594 t the baseline says (16.3 %); the six options estimated 748 t a year
    assert s.total_avoided == pytest.approx(751, abs=1)
    assert s.fraction == pytest.approx(0.163, abs=0.001)
    at90 = s.uncertainty[1]
    assert at90.absolute == pytest.approx(59, abs=1) and at90.demonstrated
    water = verification.verify_carrier(demo_db, a, carrier="water", drivers=["production"]).verification
    assert water.savings is not None and water.savings.uncertainty[1].demonstrated
    assert 0.10 < water.savings.fraction < 0.13  # 61 200 m³ estimated of about 455 000
    # the water base load is not significant (p 0.52): the warning says so
    assert [w.code for w in water.model.warnings] == ["mv.not_significant"]


def test_the_demo_electricity_saving_is_not_demonstrated(demo_db) -> None:
    found = verification.verify_carrier(demo_db, _textile(demo_db), carrier="electricity", drivers=["production"])
    s = found.verification.savings
    assert s is not None
    assert abs(s.fraction) < 0.01  # PC-01's 10 MWh of some 5 150 MWh: lost in the bills' noise
    assert not s.uncertainty[1].demonstrated
