"""The calculators cpdesk has, by name, and running one on inputs given with their units.

:func:`run` reads the inputs (:func:`~cpdesk.core.calculators.inputs.read_inputs`) and calls
the calculator; a name it does not know, or an impossible input, is a ValidationError with a
message code. The names, inputs and outputs are labelled in both languages in
:mod:`cpdesk.core.labels.messages_calculators` (kinds ``Calculator``, ``Field`` as
``calculator.<input>``, ``CalculatorOutput`` and ``CalculatorMethod``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from cpdesk.core.calculators import (
    boiler_options,
    compressed_air,
    condensate,
    heat_recovery,
    insulation,
    lighting,
    motors,
    power_factor,
    steam_leak,
)
from cpdesk.core.calculators.inputs import ENTITY, Calculator, Output, read_inputs
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg

#: Every calculator, in the order they are listed.
CALCULATORS: tuple[Calculator, ...] = (
    steam_leak.CALCULATOR,
    *compressed_air.CALCULATORS,
    *motors.CALCULATORS,
    power_factor.CALCULATOR,
    lighting.CALCULATOR,
    insulation.CALCULATOR,
    *condensate.CALCULATORS,
    *boiler_options.CALCULATORS,
    heat_recovery.CALCULATOR,
)

_BY_NAME = {calculator.name: calculator for calculator in CALCULATORS}


def calculator(name: str) -> Calculator:
    """The calculator called ``name``; ValidationError naming the known ones otherwise."""
    found = _BY_NAME.get(name)
    if found is None:
        raise ValidationError(ENTITY, "name", name, msg("calc.unknown", known=tuple(_BY_NAME)))
    return found


def run(name: str, given: Mapping[str, tuple[Any, str]]) -> tuple[Output, ...]:
    """The outputs of calculator ``name`` on ``given`` (input -> (value, unit text))."""
    chosen = calculator(name)
    values = read_inputs(chosen, given)
    try:
        outputs = chosen.compute(values)
    except (OverflowError, ZeroDivisionError):
        # x ** 2 of a finite x raises where x * x would give inf; a product of two tiny
        # positive inputs (1e-300 % × 1e-300 kJ/kg) underflows to 0 and is divided by
        raise ValidationError(ENTITY, "name", name, msg("calc.result_not_finite", output=name)) from None
    except ValidationError as exc:
        if exc.entity != ENTITY or exc.field not in given or exc.why is None:
            raise
        # The calculation refuses a value in its own unit (bar(a)): name it as it was typed.
        value, unit = given[exc.field]
        shown = f"{value:g}" if isinstance(value, float) else str(value)
        raise ValidationError(ENTITY, exc.field, f"{shown} {unit}".strip(), exc.why) from None
    for output in outputs:
        if not math.isfinite(output.value):  # 1e300 mm is finite; its square is not
            raise ValidationError(ENTITY, "name", name, msg("calc.result_not_finite", output=output.name))
    return outputs
