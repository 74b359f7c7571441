"""The tariff's charge a calculation avoids, kept with it: a power factor correction's.

A power factor correction saves no resource the calculator counts (the lower losses in the
plant's cables are not worked out); its money is the electricity tariff's charge for a low
power factor it no longer pays, a share of the plant's active energy bill a year by the
factor set's rule (:class:`~cpdesk.core.power_factor_charge.PowerFactorRule`). The bill is
typed; the shares follow the rule and the calculation's present and target power factors, so
a calculation keeps :class:`~cpdesk.core.calculators.stored.ChargeAvoided` and is priced by it
(its annual savings). Which rule applies is the services' business (the assessment's factor
set); this module only works the charge out.
"""

from __future__ import annotations

import math
from dataclasses import replace

from cpdesk.core.calculators.catalogue import calculator
from cpdesk.core.calculators.inputs import read_inputs, refuse
from cpdesk.core.calculators.stored import Calculation, ChargeAvoided
from cpdesk.core.messages import msg
from cpdesk.core.power_factor_charge import PowerFactorRule

#: The calculator whose result avoids the tariff's power-factor charge.
POWER_FACTOR = "power_factor"
#: The name of the typed bill, as a refusal and a label name it (``calculator.<name>``).
BILL = "active_energy_bill"
#: The name the rule goes by when it is gone from the factor set (a stale calculation's).
RULE = "power_factor_rule"


def check_bill(bill: float) -> float:
    """``bill`` as a sum of money a year; ValidationError (field :data:`BILL`) otherwise."""
    if not math.isfinite(bill):
        raise refuse(BILL, bill, msg("calc.not_finite"))
    if bill < 0:
        raise refuse(BILL, bill, msg("calc.negative"))
    return float(bill)


def power_factor_charge(calc: Calculation, rule: PowerFactorRule, bill: float) -> ChargeAvoided:
    """The charge ``calc`` (a power factor correction) avoids on an active energy bill of
    ``bill`` a year by ``rule``: the shares at its present and its target power factor.
    ValueError for a calculation of another calculator (a caller's mistake)."""
    if calc.calculator != POWER_FACTOR:
        raise ValueError(f"not a {POWER_FACTOR} calculation: {calc.calculator}")  # a caller's mistake
    values = read_inputs(calculator(POWER_FACTOR), {k: (g.value, g.unit) for k, g in calc.inputs.items()})
    before, after = values["present_power_factor"], values["target_power_factor"]
    assert before is not None and after is not None  # required inputs
    return ChargeAvoided(check_bill(bill), rule.share(before), rule.share(after), rule.source)


def with_charge(calc: Calculation, rule: PowerFactorRule, bill: float) -> Calculation:
    """``calc`` keeping the charge it avoids on ``bill`` by ``rule`` (see :func:`power_factor_charge`)."""
    return replace(calc, charge=power_factor_charge(calc, rule, bill))


__all__ = ["BILL", "POWER_FACTOR", "RULE", "check_bill", "power_factor_charge", "with_charge"]
