"""The tariff's power-factor charge a power factor correction avoids, by the rule of the
assessment's factor set (:class:`~cpdesk.core.power_factor_charge.PowerFactorRule`).

The charge is a share of the active energy bill, so the plant's bill for active energy a
year (in the assessment's currency, without VAT, as its bills give it) is what it is taken
of; the power factors before and after are the calculation's present and target ones.
:func:`charged` keeps the charge with the calculation (its annual savings), the rule read from
the assessment's factor set as it is now; :func:`power_factor_charge` gives the figures the
form and the command line show beside it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from cpdesk.core.calculators.catalogue import calculator
from cpdesk.core.calculators.charges import POWER_FACTOR, with_charge
from cpdesk.core.calculators.inputs import read_inputs
from cpdesk.core.calculators.stored import ENTITY, Calculation
from cpdesk.core.entities import Entity
from cpdesk.core.errors import NotFoundError, ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.power_factor_charge import PowerFactorRule, charge_avoided
from cpdesk.services import lookup
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Option


@dataclass(frozen=True)
class PowerFactorCharge:
    """The charge a year at the present and the target power factor and the charge avoided,
    in the assessment's currency; the shares (%) of the bill; the factor set and its rule's
    source; ``applies`` False when the plant's demand is below the rule's smallest one."""

    share_before: float
    share_after: float
    charge_before: float
    charge_after: float
    avoided: float
    factor_set: str
    source: str
    applies: bool


def power_factor_charge(
    db: Database,
    option_id: uuid.UUID | str,
    calc: Calculation,
    active_energy_bill: float,
    demand_kw: float | None = None,
) -> PowerFactorCharge | None:
    """The charge ``calc`` (a power factor correction of the option) avoids on a bill for
    active energy of ``active_energy_bill`` a year; None when the assessment's factor set holds
    no power factor rule. ValidationError (entity "calculator", field
    "active_energy_bill") for a bill that is no sum of money."""
    if calc.calculator != POWER_FACTOR:
        raise ValueError(f"not a {POWER_FACTOR} calculation: {calc.calculator}")  # a caller's mistake
    if not active_energy_bill >= 0 or active_energy_bill == float("inf"):
        raise ValidationError(ENTITY, "active_energy_bill", active_energy_bill, msg("calc.negative"))
    values = read_inputs(calculator(POWER_FACTOR), {k: (g.value, g.unit) for k, g in calc.inputs.items()})
    before, after = values["present_power_factor"], values["target_power_factor"]
    assert before is not None and after is not None  # required inputs
    with reading(db) as session:
        option = lookup.get(session, Option, option_id, Entity.OPTION)
        assessment = lookup.assessment(session, option.assessment_id)
        try:
            factors = factor_set_in(session, assessment.factor_set_id)
        except NotFoundError:
            return None
    rule = factors.power_factor_rule
    if rule is None:
        return None
    applies = rule.applies(demand_kw)
    share_before, share_after = (rule.share(before), rule.share(after)) if applies else (0.0, 0.0)
    return PowerFactorCharge(
        share_before=share_before,
        share_after=share_after,
        charge_before=active_energy_bill * share_before / 100.0,
        charge_after=active_energy_bill * share_after / 100.0,
        avoided=charge_avoided(rule, active_energy_bill, before, after) if applies else 0.0,
        factor_set=factors.name_en or factors.code,
        source=rule.source,
        applies=applies,
    )


def rule_in(session: Session, assessment: Assessment) -> PowerFactorRule | None:
    """The power factor rule of the assessment's factor set; None when it holds none."""
    try:
        return factor_set_in(session, assessment.factor_set_id).power_factor_rule
    except NotFoundError:
        return None


def charged(session: Session, assessment: Assessment, calc: Calculation, bill: float) -> Calculation | None:
    """``calc`` (a power factor correction) keeping the charge it avoids on an active energy
    bill of ``bill`` a year, by the rule of the assessment's factor set as it is now; None
    when the set holds no rule. ValidationError (field "active_energy_bill") for a bill that
    is no sum of money."""
    rule = rule_in(session, assessment)
    return None if rule is None else with_charge(calc, rule, bill)


__all__ = ["POWER_FACTOR", "PowerFactorCharge", "charged", "power_factor_charge", "rule_in"]
