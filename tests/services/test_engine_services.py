"""The engine on the demo data: balances close, reconciliation catches a corrupted reading,
the programme summary reproduces the seed's table 2, options are appraised."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.reconcile import StreamStatus
from cpdesk.services.assessment import appraisal, assessments, balances, summary
from cpdesk.store.models import Measurement, Stream

TABLE_2 = {
    # code: (implemented, proposed, investment USD, savings USD, {carrier: (value, unit)})
    "CP-EE": (
        72,
        122,
        112_000,
        172_000,
        {
            "electricity": (2570, "MWh"),
            "water": (93_200, "m³"),
            "anthracite": (2970, "t"),
            "diesel_oil": (286, "t"),
            "lpg": (28, "t"),
            "fuel_oil": (18, "t"),
        },
    ),
    "CP-OHS": (
        149,
        456,
        286_400,
        717_900,
        {
            "water": (278_000, "m³"),
            "electricity": (134, "MWh"),
            "anthracite": (93, "t"),
            "fuel_oil": (3, "t"),
            "diesel_oil": (5, "t"),
            "solid_waste": (50, "t"),
        },
    ),
    "MF-DEMO": (
        103,
        122,
        21_000,
        277_000,
        {
            "chemicals": (36, "t"),
            "electricity": (1000, "MWh"),
            "fuel_oil": (3, "t"),
            "diesel_oil": (58, "t"),
            "lpg": (66, "t"),
            "wastewater": (129_000, "m³"),
        },
    ),
    "GERIAP": (
        28,
        35,
        274_000,
        294_800,
        {
            "anthracite": (6023, "t"),
            "electricity": (3270, "MWh"),
            "diesel_oil": (799, "t"),
            "water": (3800, "m³"),
        },
    ),
}
REPORTED_CO2 = {"CP-EE": 3300, "CP-OHS": 815, "MF-DEMO": 1100, "GERIAP": 20}


@pytest.fixture
def textile(demo_db):
    return next(a for a in assessments.list_assessments(demo_db) if a.origin.value == "demo")


@pytest.mark.parametrize("code", sorted(TABLE_2))
def test_programme_summary_reproduces_table_2(demo_db, code) -> None:
    implemented, proposed, investment, savings, resources = TABLE_2[code]
    r = summary.programme_summary(demo_db, code)
    t = r.totals
    assert (t.options_implemented, t.options_proposed) == (implemented, proposed)
    assert t.implemented_ratio == pytest.approx(implemented / proposed)
    assert (t.investment_usd, t.annual_savings_usd) == (investment, savings)
    assert {c: (pytest.approx(v), u) for c, (v, u) in t.resource_savings.items()} == resources
    assert r.factor_set == "ipcc2006_vn_grid"
    assert r.grid_year == 2023
    assert r.reported_co2_t == REPORTED_CO2[code]
    assert r.co2_difference_t == pytest.approx(t.co2_t - REPORTED_CO2[code])
    assert sum(x.options_proposed for x in r.by_sector.values()) == proposed
    assert sum(x.investment_usd for x in r.by_category.values()) == pytest.approx(investment)


def test_cp_ee_co2_by_hand(demo_db) -> None:
    """2 570 MWh × 0.6592 + 2 970 t × 26.7 × 98 300 / 10⁶ + 286 t × 43.0 × 74 100 / 10⁶
    + 28 × 47.3 × 63 100 / 10⁶ + 18 × 40.4 × 77 400 / 10⁶ = 1 694.144 + 7 795.092 + 911.282
    + 83.570 + 56.285 = 10 540.372 t (the report printed 3 300 t with its own factors)."""
    assert summary.programme_summary(demo_db, "CP-EE").totals.co2_t == pytest.approx(10_540.372, abs=0.001)


def test_water_balance_of_the_demo_closes(demo_db, textile) -> None:
    report = balances.assessment_balance(demo_db, textile.id, "water")
    plant = report.measured.plant
    assert 0 < plant.closure_pct < 5
    assert all(abs(n.closure_pct) < 5 for n in report.measured.nodes if n.inputs and n.outputs)
    assert report.measured.specific["total"] == pytest.approx(plant.total_in / 3000)


def test_boiler_energy_balance_closes(demo_db, textile) -> None:
    report = balances.assessment_balance(demo_db, textile.id, "energy", energy_unit="MWh")
    boiler = next(n for n in report.measured.nodes if "Lò hơi" in n.name)
    assert report.measured.unit == "MWh"
    assert 0 < boiler.closure_pct < 6


def test_reconciliation_of_consistent_demo_data_passes(demo_db, textile) -> None:
    report = balances.assessment_balance(demo_db, textile.id, "water", reconcile=True)
    rec = report.reconciliation.result
    assert rec.global_test.passed
    assert rec.suspect is None
    assert report.reconciled.plant.closure_pct == pytest.approx(0, abs=1e-6)
    assert all(abs(n.closure_pct) < 1e-6 for n in report.reconciled.nodes if n.node in report.reconciliation.nodes)


def test_reading_ten_times_too_large_is_flagged(demo_db, textile) -> None:
    """Corrupt the reading of the water to the dyeing machines (540 m³/day → 5 400)."""
    with demo_db.sessions.begin() as session:
        m = session.execute(select(Measurement).join(Stream).where(Stream.name == "Nước cho nhuộm")).scalar_one()
        original = m.value
        m.value = original * 10
    try:
        report = balances.assessment_balance(demo_db, textile.id, "water", reconcile=True)
        rec = report.reconciliation
        assert not rec.result.global_test.passed
        assert rec.suspect_name == "Nước cho nhuộm"
        flagged = rec.result.stream(rec.result.suspect)
        assert flagged.gross_error
        assert flagged.status is StreamStatus.REDUNDANT
    finally:
        with demo_db.sessions.begin() as session:
            session.get(Measurement, m.id).value = original


def test_options_are_appraised(demo_db, textile) -> None:
    items = appraisal.appraise_options(demo_db, textile.id)
    assert len(items) == len(assessments.show_assessment(demo_db, textile.id).options)
    for a in items:
        o = a.option
        net = o.annual_savings - o.annual_extra_costs
        if o.investment > 0 and net > 0:
            assert a.economics.simple_payback_years == pytest.approx(o.investment / net)
        assert a.factor_set == "ipcc2006_vn_grid"
        assert a.economics.usd is not None  # VND through the assessment's rate
    housekeeping = [a for a in items if a.option.investment == 0]
    assert housekeeping
    assert all(a.economics.irr is None for a in housekeeping)


def test_bad_requests(demo_db, textile) -> None:
    with pytest.raises(ValidationError):
        balances.assessment_balance(demo_db, textile.id, "steam")
    with pytest.raises(ValidationError):
        balances.assessment_balance(demo_db, textile.id, "energy", energy_unit="BTU")
    with pytest.raises(CpdeskError):
        summary.programme_summary(demo_db, "NO-SUCH")


def test_specific_consumption_against_a_benchmark(demo_db, textile) -> None:
    """Electricity 420 MWh/month × 12 = 5 040 MWh for 3 000 t = 1 680 kWh/t (12 % above
    1 500); well water 62,5 m³/h × 7 200 h = 450 000 m³ for 3 000 t = 150 m³/t."""
    power = balances.compare_specific(demo_db, textile.id, "electricity", 1500, "kWh/t")
    assert (power.value, power.unit) == (pytest.approx(1680), "kWh/t")
    assert power.comparison.verdict == "worse"
    assert power.comparison.difference_pct == pytest.approx(12.0)
    water = balances.compare_specific(demo_db, textile.id, "water", 200, "m3/t")
    assert (water.value, water.unit) == (pytest.approx(150), "m³/t")
    assert water.comparison.verdict == "better"
    with pytest.raises(ValidationError, match="cannot convert"):
        balances.compare_specific(demo_db, textile.id, "water", 200, "kWh/t")
    with pytest.raises(CpdeskError, match="no measured input of natural_gas"):
        balances.compare_specific(demo_db, textile.id, "natural_gas", 1, "GJ/t")
