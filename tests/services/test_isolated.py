"""One measure isolated (IPMVP option B) from stored period readings: a pump's daily use and
volume pumped before and after a variable speed drive, worked by hand."""

from __future__ import annotations

import math
from datetime import date

import pytest

from cpdesk.core.entities import Entity
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, isolated, options, period_import, summary
from cpdesk.services.assessment import companies as catalogue

BEFORE = [(2.0, 100), (2.1, 120), (1.9, 110), (2.0, 90), (2.05, 105), (1.95, 115)]  # kWh/m³, m³
AFTER = [(1.5, 100), (1.55, 110), (1.45, 95), (1.5, 105), (1.52, 120), (1.48, 90)]


@pytest.fixture
def pump(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)
    lines = ["start;end;pump use (kWh);pumped (m3)"]
    for day, (ratio, m3) in enumerate(BEFORE + AFTER, start=1):
        lines.append(f"2024-03-{day:02d};2024-03-{day:02d};{round(ratio * m3, 4)};{m3}")
    assert period_import.import_periods(db, a.id, "\n".join(lines).encode(), lang="en").stored == 24
    return a


def test_the_saving_per_m3_and_its_uncertainty(db, pump) -> None:
    found = isolated.verify_isolated(db, pump.id, use="pump use", load="pumped", changed_on=date(2024, 3, 7))
    s = found.saving
    # use per m³: 2.0 before, 1.5 after (the means of the ratios), so 0.5 kWh/m³ saved;
    # variances of the ratios 0.025/5 = 0.005 and 0.0058/5 = 0.00116: SE = √(0.005/6 + 0.00116/6)
    assert (s.specific_before, s.specific_after) == (pytest.approx(2.0), pytest.approx(1.5))
    assert s.saving_per_load == pytest.approx(0.5)
    assert s.standard_error == pytest.approx(math.sqrt(0.005 / 6 + 0.00116 / 6))
    assert s.saving == pytest.approx(0.5 * 620)  # 620 m³ pumped after
    assert all(b.demonstrated for b in s.uncertainty)
    assert (found.unit, len(found.before), len(found.after)) == ("kWh", 6, 6)


def test_recorded_on_an_option_as_option_b(db, pump) -> None:
    option = options.add_option(db, pump.id, title="Biến tần bơm", category="equipment_modification", code="EM-2")
    editing.apply(db, editing.Update(Entity.OPTION, option.id, {"status": "implemented"}))
    options.add_option_saving(db, option.id, carrier="electricity", quantity=20.0, unit="MWh")
    found = isolated.verify_isolated(db, pump.id, use="pump use", load="pumped", changed_on=date(2024, 3, 7))
    undo = isolated.record_isolated_saving(db, "EM-2", found, carrier="electricity")
    verified = summary.selection_summary(db, [pump.id]).verified
    assert verified is not None
    # 310 kWh over 6 days: × 365.2425 / 6 = 18 871 kWh a year, 18.87 MWh
    assert verified.totals[0].verified == pytest.approx(310 * 365.2425 / 6 / 1000)
    bound = found.saving.uncertainty[1]
    assert verified.totals[0].uncertainty == pytest.approx(bound.total * 365.2425 / 6 / 1000)
    editing.apply(db, undo)
    assert summary.selection_summary(db, [pump.id]).verified is None
