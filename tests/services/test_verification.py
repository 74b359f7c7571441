"""Verified savings from an assessment's stored period readings: the reporting period starts
on the day given or on the implemented options' date, and the figures are the core's."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.mv.periods import PeriodReading, line_up
from cpdesk.core.mv.verification import verify
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, options, period_import, periods, verification
from cpdesk.services.assessment import companies as catalogue


def _month(i: int) -> tuple[date, date]:
    start = date(2024 + i // 12, i % 12 + 1, 1)
    following = date(2024 + (i + 1) // 12, (i + 1) % 12 + 1, 1)
    return start, following - timedelta(days=1)


@pytest.fixture
def assessment(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)
    lines = ["start;end;electricity (kWh);production (t)"]
    wiggle = [40, -30, 10, -20, 0, 30, -40, 20, -10, 0, 15, -15]
    for i in range(24):
        start, end = _month(i)
        days = (end - start).days + 1
        tonnes = 12 + (i * 5) % 7  # a day
        kwh = (3000 + 180 * tonnes + wiggle[i % 12]) * (0.95 if i >= 13 else 1.0)  # 5 % less from Feb 2025
        lines.append(f"{start:%d/%m/%Y};{end:%d/%m/%Y};{round(kwh * days)};{tonnes * days}")
    result = period_import.import_periods(db, a.id, "\n".join(lines).encode(), filename="evn.csv", lang="vi")
    assert result.stored == 48, result.problems
    return a


def test_the_reporting_period_starts_on_the_implemented_options_date(db, assessment) -> None:
    alone = verification.verify_carrier(db, assessment.id, carrier="electricity", drivers=["production"])
    assert (alone.reporting_from, alone.verification.savings) == (None, None)  # all 24 months the baseline
    assert alone.verification.model.periods == 24
    option = options.add_option(db, assessment.id, title="Biến tần quạt", category="equipment_modification")
    done = {"status": "implemented", "implemented_on": date(2025, 1, 15)}
    editing.apply(db, editing.Update(Entity.OPTION, option.id, done))
    found = verification.verify_carrier(db, assessment.id, carrier="Electricity", drivers=["production"])
    assert (found.reporting_from, found.reporting_from_source) == (date(2025, 1, 15), verification.IMPLEMENTED)
    v = found.verification
    # January 2025 holds the implementation day: in neither period
    assert v.excluded.count(True) == 1 and v.excluded[12]
    assert v.model.periods == 12 and v.reporting.count(True) == 11
    stored = periods.list_periods(db, assessment.id)
    rows = [PeriodReading(r.variable, r.period_start, r.period_end, r.value, r.unit) for r in stored]
    assert v == verify(line_up(rows, "electricity", ["production"]), date(2025, 1, 15))
    assert v.savings is not None and 0.04 < v.savings.fraction < 0.06
    assert v.savings.uncertainty[1].demonstrated
    given = verification.verify_carrier(
        db, assessment.id, carrier="electricity", drivers=["production"], reporting_from=date(2025, 2, 1)
    )
    assert given.reporting_from_source == verification.GIVEN and not any(given.verification.excluded)


def test_a_carrier_without_readings_is_refused_naming_it(db, assessment) -> None:
    with pytest.raises(CpdeskError) as refused:
        verification.verify_carrier(db, assessment.id, carrier="water", drivers=["production"])
    assert refused.value.message.code == "mv.no_readings"
