"""Specific consumption and its comparison with a benchmark (pure: no file I/O).

A CP assessment judges a factory by what it uses per unit of product: kWh of electricity,
GJ of fuel heat, m³ of water per tonne of fabric. :func:`specific_consumption` divides an
amount by a production and picks the unit field reports use (kWh/t, GJ/t, m³/t) unless told
otherwise; every conversion goes through :func:`cpdesk.core.units.convert`.
:func:`compare_to_benchmark` then says whether the plant does better or worse than a
reference figure (a sector norm, a best-practice value, last year's figure).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cpdesk.core.checks import finite as _finite
from cpdesk.core.errors import ValueRefused
from cpdesk.core.messages import Message, msg
from cpdesk.core.units import UnitError, convert, dimension_of, normalize_unit

__all__ = ["BenchmarkComparison", "Verdict", "compare_to_benchmark", "specific_consumption"]

Verdict = Literal["better", "worse", "equal"]

# Electricity is reported in kWh, heat from fuel in GJ: an amount given in a Wh-family unit
# stays in kWh per unit of product, one given in J, kcal or toe goes to GJ.
_ELECTRIC_UNITS = frozenset({"Wh", "kWh", "MWh", "GWh"})
_DEFAULT_NUMERATOR = {"volume": "m³"}

# Differences smaller than this (in % of the benchmark) are float noise, never a verdict.
_NOISE_PCT = 1e-9


def _single_unit(unit_text: str, what: Message) -> str:
    canonical = normalize_unit(unit_text)  # UnitError for unknown text
    if "/" in canonical:
        raise UnitError(msg("unit.single_needed", what=what, unit=repr(unit_text)))
    return canonical


def _default_numerator(amount_unit: str) -> str:
    if amount_unit in _ELECTRIC_UNITS:
        return "kWh"
    dimension = dimension_of(amount_unit)
    if dimension == "energy":
        return "GJ"
    return _DEFAULT_NUMERATOR.get(dimension, amount_unit)


def specific_consumption(
    amount: float, amount_unit: str, production: float, production_unit: str, result_unit: str | None = None
) -> tuple[float, str]:
    """``amount`` used per unit of ``production``, as ``(value, unit)``.

    >>> specific_consumption(5040, "MWh", 3000, "t")
    (1680.0, 'kWh/t')

    Without ``result_unit`` the amount is expressed in kWh (electric units), GJ (other
    energy: kJ, kcal, toe ...), m³ (volumes) or its own unit, per the production's own unit.
    ``result_unit`` ("MJ/kg", "L/t" ...) asks for another unit of the same kind.

    Raises:
        UnitError: a unit is unknown, or ``result_unit`` measures something else.
        ValueError: the amount is negative or not finite, or the production is not positive.
    """
    quantity = _finite(amount, "amount consumed")
    if quantity < 0:
        raise ValueRefused(msg("benchmark.negative_amount", value=amount))
    made = _finite(production, "production")
    if made <= 0:
        raise ValueRefused(msg("benchmark.no_production", value=production))
    source_num = _single_unit(amount_unit, msg("unit.of_amount"))
    source_den = _single_unit(production_unit, msg("unit.of_production"))
    if result_unit is None:
        target_num, target_den = _default_numerator(source_num), source_den
    else:
        parts = normalize_unit(result_unit).split("/")
        if len(parts) != 2:
            raise UnitError(msg("unit.quotient_needed", unit=repr(result_unit)), result_unit)
        target_num, target_den = parts
    # convert() raises UnitError naming both units when the kinds differ (kWh vs m³).
    value = convert(quantity, source_num, target_num) / convert(made, source_den, target_den)
    return value, f"{target_num}/{target_den}"


@dataclass(frozen=True)
class BenchmarkComparison:
    """A value against its benchmark.

    ``ratio`` = value / benchmark; ``difference_pct`` = (value − benchmark) / benchmark × 100,
    positive when the value is higher whatever the direction of "better"; ``verdict`` is
    "better", "worse" or "equal" (within ``equal_within_pct``).
    """

    value: float
    benchmark: float
    ratio: float
    difference_pct: float
    verdict: Verdict
    lower_is_better: bool = True


def compare_to_benchmark(
    value: float, benchmark_value: float, lower_is_better: bool = True, equal_within_pct: float = 0.0
) -> BenchmarkComparison:
    """Compare ``value`` with ``benchmark_value`` (both in the same unit).

    Specific consumption is better when lower (the default); pass ``lower_is_better=False``
    for efficiencies and yields. ``equal_within_pct`` is a tolerance band, in % of the
    benchmark, inside which the two count as equal (e.g. 2 for the uncertainty of meters).

    Raises:
        ValueError: a value is not finite, the value is negative, the benchmark is not
            positive, or the tolerance is negative.
    """
    mine = _finite(value, "value")
    if mine < 0:
        raise ValueRefused(msg("benchmark.negative_value", value=value))
    reference = _finite(benchmark_value, "benchmark")
    if reference <= 0:
        raise ValueRefused(msg("benchmark.not_positive", value=benchmark_value))
    band = _finite(equal_within_pct, "equal-within tolerance (%)")
    if band < 0:
        raise ValueRefused(msg("benchmark.negative_band", value=equal_within_pct))
    difference = (mine - reference) / reference * 100.0
    verdict: Verdict
    if abs(difference) <= max(band, _NOISE_PCT):
        verdict = "equal"
    elif (difference < 0) == lower_is_better:
        verdict = "better"
    else:
        verdict = "worse"
    return BenchmarkComparison(
        value=mine,
        benchmark=reference,
        ratio=mine / reference,
        difference_pct=difference,
        verdict=verdict,
        lower_is_better=lower_is_better,
    )
