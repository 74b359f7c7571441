"""What a calculator takes and gives: its inputs with their units and rules, its outputs.

An input is given as a value and a unit as the auditor types them ("3 mm", "7 bar(g)",
"1/8 in" as 0.125 in). :func:`read_inputs` brings each to the unit the calculation takes,
through the one pint registry of :mod:`cpdesk.core.units`: the units cpdesk stores (bar(g),
kW, m³/min, kJ/kg, °C ...) by their spellings there, and the lengths and speeds that only the
calculators need (mm, in, m, m/s, cfm, lb/h) by the names below. A pressure must say whether
it is gauge or absolute and becomes absolute at the standard atmosphere.

Anything impossible is refused with a :class:`~cpdesk.core.errors.ValidationError` of entity
``"calculator"``, the input's name as its field and a message code (``calc.*``): a number that
is not finite (1e400, NaN), a negative size, an efficiency over 100 %, a unit of another
quantity, an input the calculator does not have or one it needs and lacks.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import Message, msg
from cpdesk.core.units import (
    HOURS_PER_YEAR,
    STANDARD_ATMOSPHERE_BAR,
    UnitError,
    absolute_pressure,
    quantity,
    registry,
)

#: The entity every refusal of a calculator input names.
ENTITY = "calculator"

#: Units the calculators take that cpdesk does not store: their spelling -> pint's name.
EXTRA_UNITS: dict[str, str] = {
    "mm": "millimeter",
    "cm": "centimeter",
    "m": "meter",
    "in": "inch",
    "inch": "inch",
    "ft": "foot",
    "m/s": "meter / second",
    "km/h": "kilometer / hour",
    "cfm": "foot ** 3 / minute",
    "lb/h": "pound / hour",
    "hp": "horsepower",
    "ft³": "foot ** 3",
    "gal": "gallon",
    "W/(m·K)": "watt / meter / kelvin",
    "W/(m.K)": "watt / meter / kelvin",
    "W/m.K": "watt / meter / kelvin",
    "W/mK": "watt / meter / kelvin",
    "W/m/K": "watt / meter / kelvin",
}

#: The rules an input's kind sets: what it must be (checked in the calculation's unit).
KINDS = ("size", "positive", "percent", "fraction", "pressure", "temperature", "count", "hours")

#: The most hours of operation a year holds (a leap year's).
MAX_HOURS_A_YEAR = 8784.0


@dataclass(frozen=True)
class Input:
    """One input of a calculator: its name (also its label's code), the pint unit the
    calculation takes it in, the unit shown by default, its kind (:data:`KINDS`) and its
    default (in ``shown``; None: the auditor must give it, unless ``optional``)."""

    name: str
    unit: str
    shown: str
    kind: str = "size"
    default: float | None = None
    optional: bool = False


@dataclass(frozen=True)
class Output:
    """One figure a calculator gives: its name (its label's code), value and unit."""

    name: str
    value: float
    unit: str


@dataclass(frozen=True)
class Calculator:
    """A calculator: its name, inputs, the function of the inputs (each in its ``unit``,
    None for an optional one not given) that gives the outputs, and the code of its method
    and source in the catalogue (kind ``CalculatorMethod``)."""

    name: str
    inputs: tuple[Input, ...]
    compute: Callable[[Mapping[str, float | None]], tuple[Output, ...]]

    def input(self, name: str) -> Input:
        """The input called ``name``."""
        return next(item for item in self.inputs if item.name == name)


def refuse(name: str, value: object, reason: Message) -> ValidationError:
    """The refusal of input ``name``: its value and why."""
    return ValidationError(ENTITY, name, value, reason)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


@functools.lru_cache(maxsize=1024)
def _linear(unit_text: str, target: str) -> tuple[float, float] | None:
    """(scale, offset) taking a value in ``unit_text`` to pint unit ``target``; None when
    they measure different things. Raises UnitError for a unit nobody knows."""
    import pint

    extra = EXTRA_UNITS.get(_fold(unit_text))
    try:
        if extra is not None:
            zero, one = registry().Quantity(0.0, extra), registry().Quantity(1.0, extra)
        else:
            zero, one = quantity(0.0, unit_text), quantity(1.0, unit_text)
        offset = float(zero.to(target).magnitude)
        return float(one.to(target).magnitude) - offset, offset
    except pint.DimensionalityError:
        return None


def to_unit(name: str, value: float, unit_text: str, target: str) -> float:
    """``value`` in ``unit_text`` as a number in pint unit ``target``, or the refusal of
    input ``name``."""
    try:
        linear = _linear(unit_text, target)
    except UnitError as exc:
        raise refuse(name, unit_text, exc.message or msg("calc.unit_unknown", unit=unit_text)) from None
    if linear is None:
        raise refuse(name, unit_text, msg("calc.unit_wrong_kind", unit=unit_text, expected=_shown(target)))
    scale, offset = linear
    return value * scale + offset


def _hours(name: str, value: float, unit_text: str) -> float:
    """Hours of operation a year, given as hours ("6000 h") or as a share of the time
    ("16 h/day", "6000 h/year", "80 %"): a share is of a year of 8 760 h."""
    try:
        linear = _linear(unit_text, "hour")
        if linear is None:
            linear = _linear(unit_text, "dimensionless")
            if linear is not None:
                linear = (linear[0] * HOURS_PER_YEAR, linear[1] * HOURS_PER_YEAR)
    except UnitError as exc:
        raise refuse(name, unit_text, exc.message or msg("calc.unit_unknown", unit=unit_text)) from None
    if linear is None:
        raise refuse(name, unit_text, msg("calc.unit_wrong_kind", unit=unit_text, expected="h"))
    return value * linear[0] + linear[1]


def _shown(target: str) -> str:
    return f"{registry().Unit(target):~P}"


def _pressure(name: str, value: float, unit_text: str) -> float:
    try:
        return absolute_pressure(value, unit_text, atmosphere_bar=STANDARD_ATMOSPHERE_BAR)
    except UnitError as exc:
        raise refuse(name, unit_text, exc.message or msg("calc.unit_unknown", unit=unit_text)) from None


def _checked(spec: Input, value: float, given: float) -> float:
    """``value`` (in the calculation's unit) if it obeys its kind's rule."""
    if not math.isfinite(value):
        raise refuse(spec.name, given, msg("calc.not_finite"))
    kind = spec.kind
    if kind in ("size", "count", "hours") and value < 0:
        raise refuse(spec.name, given, msg("calc.negative"))
    if kind == "count" and value != int(value):
        raise refuse(spec.name, given, msg("calc.whole_number"))
    if kind == "hours" and value > MAX_HOURS_A_YEAR:
        raise refuse(spec.name, given, msg("calc.hours_over_year", maximum=MAX_HOURS_A_YEAR))
    if kind == "positive" and value <= 0:
        raise refuse(spec.name, given, msg("calc.not_positive"))
    if kind in ("percent", "fraction"):
        top = 100.0 if kind == "percent" else 1.0
        if not 0 < value <= top:
            raise refuse(spec.name, given, msg("calc.efficiency_range", maximum=f"{top:g}{' %' if top == 100 else ''}"))
    if kind == "temperature" and value <= 0:  # in kelvin
        raise refuse(spec.name, given, msg("calc.below_absolute_zero"))
    if kind == "pressure" and value <= 0:  # in bar(a)
        raise refuse(spec.name, given, msg("calc.pressure_not_positive"))
    return value


def read_inputs(calculator: Calculator, given: Mapping[str, tuple[Any, str]]) -> dict[str, float | None]:
    """The inputs of ``calculator`` from ``given`` (name -> (value, unit text)), each in its
    calculation unit; defaults where not given. Raises ValidationError naming the input."""
    names = {spec.name for spec in calculator.inputs}
    for name in given:
        if name not in names:
            raise refuse(name, given[name][0], msg("calc.input_unknown", calculator=calculator.name))
    values: dict[str, float | None] = {}
    for spec in calculator.inputs:
        if spec.name in given:
            raw, unit_text = given[spec.name]
        elif spec.default is not None:
            raw, unit_text = spec.default, spec.shown
        elif spec.optional:
            values[spec.name] = None
            continue
        else:
            raise refuse(spec.name, None, msg("calc.input_missing", unit=spec.shown))
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise refuse(spec.name, raw, msg("calc.not_a_number"))
        number = float(raw)
        if not math.isfinite(number):
            raise refuse(spec.name, raw, msg("calc.not_finite"))
        unit_text = unit_text or "1"
        if spec.kind == "pressure":
            value = _pressure(spec.name, number, unit_text)
        elif spec.kind == "hours":
            value = _hours(spec.name, number, unit_text)
        else:
            value = to_unit(spec.name, number, unit_text, spec.unit)
        values[spec.name] = _checked(spec, value, raw)
    return values
