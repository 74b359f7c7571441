"""A verified saving recorded on an option's resource saving (undo works), and the programme
roll-up's count of options with one and its total with the uncertainty in quadrature."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.mv.combined import verified_summary
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, options, period_import, summary, verification
from cpdesk.services.assessment import companies as catalogue


def test_independent_uncertainties_combine_in_quadrature() -> None:
    # ± 3 and ± 4 MWh on two options: √(9 + 16) = 5, not 7
    found = verified_summary(2, [("electricity", "MWh", 2, 100.0, 90.0, 3.0**2 + 4.0**2)])
    assert found.totals[0].uncertainty == 5.0
    assert found.independence_assumed and found.confidence == 0.90


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)
    lines = ["start;end;electricity (kWh);production (t)"]
    wiggle = [40, -30, 10, -20, 0, 30, -40, 20, -10, 0, 15, -15]
    for i in range(24):
        start = date(2024 + i // 12, i % 12 + 1, 1)
        end = date(2024 + (i + 1) // 12, (i + 1) % 12 + 1, 1) - timedelta(days=1)
        days = (end - start).days + 1
        tonnes = 12 + (i * 5) % 7
        kwh = (3000 + 180 * tonnes + wiggle[i % 12]) * (0.95 if i >= 12 else 1.0)
        lines.append(f"{start:%d/%m/%Y};{end:%d/%m/%Y};{round(kwh * days)};{tonnes * days}")
    period_import.import_periods(db, a.id, "\n".join(lines).encode(), lang="vi")
    option = options.add_option(db, a.id, title="Biến tần quạt", category="equipment_modification", code="GP-3")
    done = {"status": "implemented", "implemented_on": date(2025, 1, 1)}
    editing.apply(db, editing.Update(Entity.OPTION, option.id, done))
    saving = options.add_option_saving(db, option.id, carrier="electricity", quantity=80.0, unit="MWh")
    return a, option, saving


def test_a_verified_saving_is_recorded_per_year_in_the_savings_unit_and_undone(db, plant) -> None:
    a, option, saving = plant
    found = verification.verify_carrier(db, a.id, carrier="electricity", drivers=["production"])
    s = found.verification.savings
    assert s is not None and found.reporting_from == date(2025, 1, 1)
    undo = verification.record_verified_saving(db, "GP-3", found)
    # 2025 has 365 days: the year's saving is the total × 365.2425 / 365, in MWh
    per_year = 365.2425 / 365 / 1000
    rollup = summary.selection_summary(db, [a.id])
    assert rollup.verified is not None and rollup.verified.options == 1
    total = rollup.verified.totals[0]
    assert (total.carrier, total.unit, total.savings, total.estimated) == ("electricity", "MWh", 1, 80.0)
    assert total.verified == pytest.approx(s.total_avoided * per_year)
    assert total.uncertainty == pytest.approx(s.uncertainty[1].absolute * per_year)
    assert total.verified > total.uncertainty > 0  # demonstrated at 90 %
    editing.apply(db, undo)
    assert summary.selection_summary(db, [a.id]).verified is None


def test_two_options_verified_add_up_in_quadrature(db, plant) -> None:
    a, option, saving = plant
    other = options.add_option(db, a.id, title="Bẫy hơi", category="good_housekeeping", code="GP-4")
    editing.apply(db, editing.Update(Entity.OPTION, other.id, {"status": "implemented"}))
    second = options.add_option_saving(db, other.id, carrier="electricity", quantity=20.0, unit="MWh")
    for item, (value, half) in ((saving, (30.0, 3.0)), (second, (12.0, 4.0))):
        fields = {"verified_quantity": value, "verified_uncertainty": half, "verified_method": "ipmvp_b"}
        editing.apply(db, editing.Update(Entity.OPTION_SAVING, item.id, fields))
    total = summary.selection_summary(db, [a.id]).verified
    assert total is not None and total.options == 2
    assert (total.totals[0].verified, total.totals[0].estimated) == (42.0, 100.0)
    assert total.totals[0].uncertainty == pytest.approx(math.hypot(3.0, 4.0))  # 5 MWh


def test_an_option_without_a_saving_of_the_carrier_is_refused(db, plant) -> None:
    a, _, _ = plant
    other = options.add_option(db, a.id, title="Nước", category="good_housekeeping", code="GP-5")
    found = verification.verify_carrier(db, a.id, carrier="electricity", drivers=["production"])
    with pytest.raises(CpdeskError) as refused:
        verification.record_verified_saving(db, other.id, found)
    assert refused.value.message.code == "mv.no_saving_of_carrier"
