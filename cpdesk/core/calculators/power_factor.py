"""Power factor correction: the capacitor bank that brings a load to a target power factor.

Method: the reactive power to supply is Q = P · (tan φ1 − tan φ2), with cos φ1 the present
and cos φ2 the target power factor (the power triangle, as BEE guide book 3 "Energy
efficiency in electrical utilities", chapter 1 "Electrical system", teaches it, and as every
capacitor maker's multiplier table gives it). The real power stays; the apparent power and
the current fall as cos φ1 / cos φ2. The saving under a tariff's power-factor charge follows
the rule of the assessment's factor set (:mod:`cpdesk.core.power_factor_charge`, worked out
by :mod:`cpdesk.services.assessment.power_factor_charges`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import msg


def capacitor_kvar(real_power_kw: float, present_pf: float, target_pf: float) -> float:
    """Reactive power (kvar) a capacitor bank must supply to raise ``present_pf`` to
    ``target_pf`` at ``real_power_kw``."""
    return real_power_kw * (math.tan(math.acos(present_pf)) - math.tan(math.acos(target_pf)))


def _power_factor(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    power, present, target = values["real_power"], values["present_power_factor"], values["target_power_factor"]
    assert power is not None and present is not None and target is not None
    if target < present:
        raise refuse("target_power_factor", target, msg("calc.target_below_present"))
    return (
        Output("capacitor_power", capacitor_kvar(power, present, target), "kvar"),
        Output("apparent_power_before", power / present, "kVA"),
        Output("apparent_power_after", power / target, "kVA"),
        Output("current_reduction_share", 100.0 * (1.0 - present / target), "%"),
    )


CALCULATOR = Calculator(
    name="power_factor",
    inputs=(
        Input("real_power", "kilowatt", "kW"),
        Input("present_power_factor", "dimensionless", "1", kind="fraction"),
        Input("target_power_factor", "dimensionless", "1", kind="fraction"),
    ),
    compute=_power_factor,
)
