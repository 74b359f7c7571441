"""The tariff's power-factor charge: Vietnam's rule (Circular 15/2014/TT-BCT) shipped in the
factor set, the share of the bill at a power factor, and the charge a correction avoids.

Hand-worked, on an active energy bill of 1 000 000 000 VND a year (without VAT):
- cos φ 0.80 → 0.95: k = 12.5 % (the circular's row 0.80, = (0.9 / 0.80 − 1) × 100) → 0 %
  (0.95 ≥ 0.9): 125 000 000 VND a year avoided;
- cos φ 0.855 → 0.89: 0.855 takes the row at or below it, 0.85: k = 5.88 %; 0.89: 1.12 %;
  (5.88 − 1.12) % × 10⁹ = 47 600 000 VND a year;
- cos φ 0.55 (below the table's 0.60): k = 52.54 %, = (0.9 / 0.59 − 1) × 100.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from cpdesk.core.calculators.stored import GivenInput
from cpdesk.core.errors import ValidationError
from cpdesk.core.factors import FactorSet
from cpdesk.core.power_factor_charge import PowerFactorRule, charge_avoided
from cpdesk.services.assessment import assessments, calculations, companies, options
from cpdesk.services.assessment.power_factor_charges import power_factor_charge
from cpdesk.services.reference import factor_sets
from cpdesk.services.reference.factor_set_files import load_factor_set
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import FactorSet as FactorSetRow

BILL = 1_000_000_000.0


def _rule() -> PowerFactorRule:
    rule = load_factor_set().power_factor_rule
    assert rule is not None
    return rule


def test_the_shipped_rule_is_the_circulars_table() -> None:
    rule = _rule()
    assert (rule.threshold, rule.min_demand_kw, rule.below, len(rule.steps)) == (0.9, 40.0, 52.54, 30)
    assert "15/2014/TT-BCT" in rule.source
    for pf, share in rule.steps:  # every row is (0.9 / cos φ − 1) × 100 to two decimals
        assert share == pytest.approx((0.9 / pf - 1) * 100, abs=0.005 + 1e-9)
    assert [rule.share(pf) for pf in (1.0, 0.9, 0.89, 0.85, 0.855, 0.8, 0.6, 0.55)] == [
        0.0, 0.0, 1.12, 5.88, 5.88, 12.5, 50.0, 52.54,
    ]  # fmt: skip


def test_the_charge_avoided_by_hand() -> None:
    rule = _rule()
    assert charge_avoided(rule, BILL, 0.80, 0.95) == pytest.approx(125_000_000.0)
    assert charge_avoided(rule, BILL, 0.855, 0.89) == pytest.approx(47_600_000.0)
    assert charge_avoided(rule, BILL, 0.92, 0.98) == 0.0  # no charge above the threshold
    with pytest.raises(ValueError):
        charge_avoided(rule, -1.0, 0.8, 0.9)
    with pytest.raises(ValueError):
        rule.share(0.0)


def test_a_rule_that_contradicts_itself_is_refused() -> None:
    with pytest.raises(ValueError):
        PowerFactorRule(threshold=0.9, steps=((0.85, 5.0), (0.88, 2.0)), below=10.0)  # not descending
    with pytest.raises(ValueError):
        PowerFactorRule(threshold=0.9, steps=((0.85, 5.0), (0.8, 2.0)), below=10.0)  # share falls
    with pytest.raises(ValueError):
        PowerFactorRule(threshold=1.2, steps=(), below=0.0)
    with pytest.raises(ValueError):
        PowerFactorRule.from_data({"threshold": 0.9})
    rule = PowerFactorRule(threshold=0.85, steps=((0.8, 3.0),), below=6.0, min_demand_kw=40, source="tariff")
    assert PowerFactorRule.from_data(json.loads(rule.to_json())) == rule
    assert not rule.applies(30.0) and rule.applies(40.0) and rule.applies(None)


def _calc(db: Database, present: float, target: float) -> tuple[object, object]:
    company = companies.create_company(db, name="Thép Hòa Phát", sector="iron_steel")
    a = assessments.create_assessment(db, company_id=company.id, title="Điện", exchange_rate=25_000)
    option = options.add_option(db, a.id, code="O1", title="Tụ bù", category="equipment_modification")
    inputs = {
        "real_power": GivenInput(400.0, "kW"),
        "present_power_factor": GivenInput(present, "1"),
        "target_power_factor": GivenInput(target, "1"),
    }
    return option.id, calculations.preview(db, option.id, "power_factor", inputs)


def test_the_correction_avoids_the_charge_of_the_assessments_factor_set(db: Database) -> None:
    assert factor_sets.factor_set(db).power_factor_rule == _rule()
    option_id, calc = _calc(db, 0.80, 0.95)
    charge = power_factor_charge(db, option_id, calc, BILL)
    assert charge is not None
    assert (charge.share_before, charge.share_after) == (12.5, 0.0)
    assert (charge.charge_before, charge.charge_after) == (pytest.approx(125_000_000.0), 0.0)
    assert charge.avoided == pytest.approx(125_000_000.0) and charge.applies
    assert charge.factor_set == "IPCC 2006 defaults + Vietnam grid" and "15/2014/TT-BCT" in charge.source
    with pytest.raises(ValidationError) as refused:
        power_factor_charge(db, option_id, calc, -1.0)
    assert refused.value.field == "active_energy_bill"
    small = power_factor_charge(db, option_id, calc, BILL, demand_kw=30.0)  # below 40 kW: no charge
    assert small is not None and small.avoided == 0.0 and not small.applies


def test_a_set_without_a_rule_gives_no_charge_and_opening_leaves_it_so(db: Database) -> None:
    option_id, calc = _calc(db, 0.855, 0.89)
    with unit_of_work(db) as session:
        session.execute(select(FactorSetRow)).scalar_one().power_factor_rule = ""  # the centre's set has none
    assert power_factor_charge(db, option_id, calc, BILL) is None
    factor_sets.install_factor_set(db)  # an empty rule is the set's own: it stays
    assert factor_sets.factor_set(db).power_factor_rule is None
    with unit_of_work(db) as session:
        session.execute(select(FactorSetRow)).scalar_one().power_factor_rule = None  # installed before 0013
    factor_sets.install_factor_set(db)  # opening changes no set's row: the centre sends the rule
    assert power_factor_charge(db, option_id, calc, BILL) is None


def test_a_correction_between_two_rows_of_the_table(db: Database) -> None:
    option_id, calc = _calc(db, 0.855, 0.89)
    charge = power_factor_charge(db, option_id, calc, BILL)
    assert charge is not None and charge.avoided == pytest.approx(47_600_000.0)  # (5.88 − 1.12) % of 10⁹


def test_a_factor_set_built_by_hand_holds_no_rule() -> None:
    assert FactorSet("x", "x", "x", "", "", "1", {}).power_factor_rule is None
