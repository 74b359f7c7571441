"""A power factor correction's annual savings: the tariff's charge it avoids, kept with its
calculation, filled as the option's annual savings (calculated), and recomputed when the
factor set's rule changes.

Hand-worked, 400 kW from cos φ 0.80 to 0.95, on an active energy bill of 1 000 000 000 VND a
year (without VAT), by the shipped rule (Circular 15/2014/TT-BCT):
k(0.80) = 12.5 % (the circular's row, = (0.9 / 0.80 − 1) × 100), k(0.95) = 0 (at or above
0.9): 10⁹ × (12.5 − 0) / 100 = 125 000 000 VND a year.
By a centre's rule of two rows, 0.85: 4 %, 0.80: 10 % (below 20 %): 10⁹ × 10 / 100 =
100 000 000 VND a year.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from cpdesk.core.calculators.charges import RULE
from cpdesk.core.calculators.stored import CALCULATED, TYPED, Calculation, ChargeAvoided, GivenInput
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.power_factor_charge import PowerFactorRule
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, calculations, companies, options
from cpdesk.services.editing import Update
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import FactorSet as FactorSetRow
from cpdesk.store.models import Option

BILL = 1_000_000_000.0
INPUTS = {
    "real_power": GivenInput(400.0, "kW"),
    "present_power_factor": GivenInput(0.80, "1"),
    "target_power_factor": GivenInput(0.95, "1"),
}


def _option_with_charge(db: Database) -> Any:
    company = companies.create_company(db, name="Cơ khí Đông Anh", sector="metal_finishing")
    a = assessments.create_assessment(db, company_id=company.id, title="Điện", exchange_rate=25_000)
    option = options.add_option(db, a.id, code="O1", title="Tụ bù", category="equipment_modification")
    calc = calculations.preview(db, option.id, "power_factor", INPUTS, bill=BILL)
    calculations.use_calculation(db, option.id, calc)
    return option.id


def _kept(db: Database, option_id: Any) -> tuple[Calculation, float, str]:
    with db.reading() as s:
        option = s.get(Option, option_id)
        assert option is not None and option.calculation is not None
        return Calculation.from_json(option.calculation), option.annual_savings, option.savings_basis


def _set_rule(db: Database, rule: str) -> None:
    with unit_of_work(db) as session:
        session.execute(select(FactorSetRow)).scalar_one().power_factor_rule = rule


def test_the_charge_avoided_fills_the_options_annual_savings(db: Database) -> None:
    option_id = _option_with_charge(db)
    calc, annual, basis = _kept(db, option_id)
    assert calc.charge is not None and calc.charge.bill == BILL
    assert (calc.charge.share_before, calc.charge.share_after) == (12.5, 0.0)
    assert "15/2014/TT-BCT" in calc.charge.source
    assert calc.saving is None and calc.priced_saving is None  # no resource counted
    assert calc.annual_savings == pytest.approx(125_000_000.0)
    assert annual == pytest.approx(125_000_000.0) and basis == CALCULATED


def test_the_charge_follows_the_rule_and_a_rule_gone_leaves_it_stale(db: Database) -> None:
    option_id = _option_with_charge(db)
    centre = PowerFactorRule(threshold=0.9, steps=((0.85, 4.0), (0.80, 10.0)), below=20.0, source="a centre's rule")
    _set_rule(db, centre.to_json())
    (found,) = calculations.refresh_now(db, _assessment_of(db, option_id))
    assert found.plan.calculation.charge == ChargeAvoided(BILL, 10.0, 0.0, "a centre's rule")
    calc, annual, basis = _kept(db, option_id)
    assert annual == pytest.approx(100_000_000.0) and basis == CALCULATED and not calc.stale
    _set_rule(db, "")  # the centre's next set holds no rule: the last charge stays, stale
    (gone,) = calculations.refresh_now(db, _assessment_of(db, option_id))
    assert gone.plan.calculation.stale == (RULE,)
    calc, annual, _ = _kept(db, option_id)
    assert calc.stale == (RULE,) and annual == pytest.approx(100_000_000.0)
    assert calc.charge is not None and calc.charge.share_before == 10.0


def test_a_typed_figure_stays_over_a_recomputed_charge(db: Database) -> None:
    option_id = _option_with_charge(db)
    editing.apply(db, Update(Entity.OPTION, option_id, {"annual_savings": 90_000_000.0}))
    rule = PowerFactorRule(threshold=0.9, steps=((0.80, 10.0),), below=20.0, source="x")
    _set_rule(db, rule.to_json())
    calculations.refresh_now(db, _assessment_of(db, option_id))
    calc, annual, basis = _kept(db, option_id)
    assert calc.annual_savings == pytest.approx(100_000_000.0)  # the calculation follows the rule
    assert (annual, basis) == (90_000_000.0, TYPED)  # the typed figure stays


def test_a_bill_without_a_rule_or_of_no_money_is_refused(db: Database) -> None:
    option_id = _option_with_charge(db)
    with pytest.raises(ValidationError) as refused:
        calculations.preview(db, option_id, "power_factor", INPUTS, bill=-1.0)
    assert refused.value.field == "active_energy_bill"
    with pytest.raises(ValidationError) as refused:
        calculations.preview(db, option_id, "power_factor", INPUTS, bill=float("nan"))
    assert refused.value.field == "active_energy_bill"
    _set_rule(db, "")
    with pytest.raises(ValidationError) as refused:
        calculations.preview(db, option_id, "power_factor", INPUTS, bill=BILL)
    assert refused.value.field == "active_energy_bill"
    assert refused.value.why is not None and refused.value.why.code == "calc.no_power_factor_rule"


def test_recompute_option_keeps_a_bill_given(db: Database) -> None:
    company = companies.create_company(db, name="Giấy Sài Gòn", sector="paper")
    a = assessments.create_assessment(db, company_id=company.id, title="Điện", exchange_rate=25_000)
    option = options.add_option(db, a.id, code="O2", title="Tụ bù", category="equipment_modification")
    plain = calculations.preview(db, option.id, "power_factor", INPUTS)
    calculations.use_calculation(db, option.id, plain)
    assert _kept(db, option.id)[1:] == (0.0, TYPED)  # no bill: nothing to fill
    # cos φ 0.855 → 0.89: rows 0.85 (5.88 %) and 0.89 (1.12 %): 10⁹ × 4.76 % = 47 600 000 VND
    between = {**INPUTS, "present_power_factor": GivenInput(0.855, "1"), "target_power_factor": GivenInput(0.89, "1")}
    calculations.use_calculation(db, option.id, calculations.preview(db, option.id, "power_factor", between))
    calc, _ = calculations.recompute_option(db, option.id, bill=BILL)
    assert calc.annual_savings == pytest.approx(47_600_000.0)
    assert _kept(db, option.id)[1:] == (pytest.approx(47_600_000.0), CALCULATED)


def test_the_charge_survives_json_and_old_json_has_none() -> None:
    charge = ChargeAvoided(BILL, 12.5, 0.0, "Circular 15/2014/TT-BCT")
    assert charge.avoided == pytest.approx(125_000_000.0)
    from datetime import UTC, datetime

    from cpdesk.core.calculators.stored import compute

    calc = compute("power_factor", INPUTS, now=datetime(2026, 12, 7, tzinfo=UTC))
    kept = Calculation(**{**calc.__dict__, "charge": charge})
    assert Calculation.from_json(json.loads(json.dumps(kept.to_json()))) == kept
    assert Calculation.from_json(calc.to_json()).charge is None and calc.annual_savings is None
    broken = kept.to_json()
    broken["charge"]["bill"] = -5
    with pytest.raises(ValueError):
        Calculation.from_json(broken)


def _assessment_of(db: Database, option_id: Any) -> Any:
    with db.reading() as s:
        option = s.get(Option, option_id)
        assert option is not None
        return option.assessment_id
