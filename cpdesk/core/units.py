"""The one unit registry of cpdesk, and the field's unit spellings.

Every conversion in cpdesk goes through :func:`registry` (never through hand-written factors
scattered in code). Unit text typed on field sheets or written in a logger's header ("Mwh",
"m3/ngày", "tấn", "kVAr", "kg/cm2") is first mapped by :func:`normalize_unit` to a canonical
spelling ("MWh", "m³/day", "t", "kvar", "kgf/cm²"), which is what cpdesk stores and displays;
the canonical spelling is then translated to pint's own names internally. The units and
their spellings are listed in :mod:`cpdesk.core.unit_names`, with the decisions behind them
(IT calories in kcal, Gcal and the toe; a year of operation of 8 760 h; apparent and reactive
power apart from real power; gauge, absolute and unstated pressures apart; Nm³ and Sm³ as
amounts of gas, not volumes).

Decisions of this module:

- Temperatures in °C and °F are levels with an offset: they convert with their offset
  (20 °C = 293.15 K), a quotient holding one ("°C/h") is refused, and a temperature is never
  an amount or a rate, so balances and logger totals never add it up or multiply it by hours.
- Gauge and absolute pressures meet only in :func:`absolute_pressure` and
  :func:`gauge_pressure`, with the atmospheric pressure stated by the caller
  (:data:`STANDARD_ATMOSPHERE_BAR`, 1.01325 bar, when nothing better is known).
- Normal and standard cubic metres become a volume only at stated conditions
  (:func:`gas_volume_m3`); a pollution load is a concentration times a flow
  (:func:`pollutant_load`: 1200 mg/L of COD in 500 m³/day is 600 kg/day).
- pint is imported when it is first needed, not when this module is (importing it and
  building the registry take about half a second): a conversion between two canonical
  single units, and what one measures, are pint's answers shipped in
  :mod:`cpdesk.core.unit_maps`; any other conversion is worked out by pint once. Either is
  a linear map (scale and offset): converting a value is a multiplication and an addition.
- USD has the base dimension ``[currency]``; VND has its own base dimension
  ``[currency_vnd]`` so that pint can never convert between them with a fixed factor. Money
  crosses currencies only through :func:`convert_money` with an explicit exchange rate.

Pure Python: no Qt, no SQL, no file I/O.
"""

from __future__ import annotations

import functools
import math
import re
import threading
import unicodedata
from typing import TYPE_CHECKING, Any

from cpdesk.core import unit_maps
from cpdesk.core.errors import Coded
from cpdesk.core.messages import Message, Term, msg
from cpdesk.core.unit_names import (
    ALIASES,
    DEFINITIONS,
    DIMENSIONALITIES,
    DIMENSIONS,
    OFFSET_UNITS,
    PINT_NAMES,
    PRESSURE_KINDS,
)

if TYPE_CHECKING:
    import pint

__all__ = [
    "DIMENSIONS",
    "HOURS_PER_YEAR",
    "STANDARD_ATMOSPHERE_BAR",
    "UnitError",
    "absolute_pressure",
    "canonical_units",
    "convert",
    "convert_money",
    "dimension_of",
    "format_unit",
    "gas_volume_m3",
    "gauge_pressure",
    "money_to_usd",
    "normalize_unit",
    "pollutant_load",
    "quantity",
    "registry",
]

#: The hours of a year of operation, 365 days: annualisation multiplies an hourly rate by
#: this when the assessment states no operating hours (pint's year is 8 766 h, 365.25 days).
HOURS_PER_YEAR = 8760.0
#: The atmospheric pressure (bar) to state when converting gauge and absolute pressures and
#: no local reading is known: the standard atmosphere, 101.325 kPa.
STANDARD_ATMOSPHERE_BAR = 1.01325


class UnitError(Coded, ValueError):
    """Unit text cannot be understood, or two units cannot be converted into each other;
    ``message`` says which, in the user's language (:mod:`cpdesk.core.messages`)."""

    def __init__(self, message: str | Message, text: str | None = None):
        super().__init__(message)
        self.text = text


def _fold(text: str) -> str:
    # NFKC composes decomposed Vietnamese ("tấn" typed as t + a + combining marks) and turns
    # compatibility forms ("m³", "㎥", full-width "ｍ３") into plain ones; casefold() also
    # maps "Đ" to "đ".
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _lookup() -> dict[str, str]:
    found: dict[str, str] = {}
    for canonical, aliases in ALIASES.items():
        for alias in (canonical, *aliases):
            folded = _fold(alias)
            if found.setdefault(folded, canonical) != canonical:  # the second would silently win
                raise ValueError(f"the spelling {alias!r} is both {found[folded]} and {canonical}")
    return found


_LOOKUP: dict[str, str] = _lookup()

_registry: pint.UnitRegistry[Any] | None = None
_registry_lock = threading.Lock()


def registry() -> pint.UnitRegistry[Any]:
    """The process-wide pint registry, built on first use (building takes a fraction of a
    second, which the GUI should not pay at import time).

    Quantities from different registries cannot be combined, so there must be exactly one;
    the lock keeps two threads from building two.
    """
    global _registry
    if _registry is None:
        with _registry_lock:
            if _registry is None:
                import pint

                built: pint.UnitRegistry[Any] = pint.UnitRegistry(on_redefinition="raise")
                for definition in DEFINITIONS:
                    built.define(definition)
                built.formatter.default_format = "~P"  # "m³/h", not "meter ** 3 / hour"
                _registry = built
    return _registry


@functools.lru_cache(maxsize=4096)
def normalize_unit(text: str) -> str:
    """Map a field spelling to cpdesk's canonical unit text.

    >>> normalize_unit("m3/ngày")
    'm³/day'
    >>> normalize_unit("Mwh")
    'MWh'

    Accepts a single unit or one quotient "a/b" of units ("kWh/tấn", "USD/kWh"). A
    temperature with an offset (°C, °F) is a level, and is refused inside a quotient.

    Raises:
        UnitError: the text, or a part of it, is not a known unit.
    """
    if not isinstance(text, str):
        raise UnitError(msg("unit.not_text", kind=type(text).__name__), None)
    folded = _fold(text)
    if not folded:
        raise UnitError(msg("unit.none_given"), text)
    if folded in _LOOKUP:  # a single unit
        return _LOOKUP[folded]
    parts = [part.strip() for part in re.split(r"\s*/\s*|\s+per\s+", folded)]
    if len(parts) != 2 or not all(parts):
        raise UnitError(msg("unit.unknown", unit=repr(text)), text)
    canonical = []
    for part in parts:
        if part not in _LOOKUP:
            raise UnitError(msg("unit.unknown_in", part=repr(part), unit=repr(text)), text)
        canonical.append(_LOOKUP[part])
    offset = next((unit for unit in canonical if unit in OFFSET_UNITS), None)
    if offset is not None:
        raise UnitError(msg("unit.temperature_in_quotient", unit=offset, text=text), text)
    return "/".join(canonical)


def canonical_units() -> tuple[str, ...]:
    """The canonical single units, in a stable order (for unit pickers); quotients of two
    of them ("kWh/t", "m³/h", "USD/kWh") are canonical too."""
    return tuple(PINT_NAMES)


def format_unit(unit_text: str) -> str:
    """The display text of a unit: its canonical spelling ("m3/h" -> "m³/h")."""
    return normalize_unit(unit_text)


def _pint_expression(canonical: str) -> str:
    if canonical in PINT_NAMES:  # a single unit, "kgf/cm²" too
        return f"({PINT_NAMES[canonical]})"
    return " / ".join(f"({PINT_NAMES[part]})" for part in canonical.split("/"))


def _unit(unit_text: str) -> tuple[str, pint.Unit]:
    canonical = normalize_unit(unit_text)
    return canonical, _pint_unit(_pint_expression(canonical))


@functools.lru_cache(maxsize=1024)
def _pint_unit(expression: str) -> pint.Unit:
    return registry().Unit(expression)


@functools.lru_cache(maxsize=4096)
def _linear_map(source: str, target: str) -> tuple[float, float] | None:
    """``(scale, offset)`` such that a value in pint unit ``source`` is ``value * scale +
    offset`` in ``target``; None when the two measure different things.

    pint converts a multiplicative unit by multiplying with one factor, which is what
    converting 1 gives, so the scale reproduces pint's result exactly and the offset is 0.
    A unit with an offset (degC, degF) maps linearly too: the offset is where 0 goes.
    """
    import pint

    try:
        offset = float(registry().Quantity(0.0, _pint_unit(source)).to(_pint_unit(target)).magnitude)
        one = float(registry().Quantity(1.0, _pint_unit(source)).to(_pint_unit(target)).magnitude)
    except pint.DimensionalityError:
        return None
    return one - offset, offset


@functools.lru_cache(maxsize=4096)
def _map_between(from_unit: str, to_unit: str) -> tuple[float, float]:
    """The linear map of :func:`convert` for two unit texts as typed (one lookup per call).

    Raises:
        UnitError: a unit is unknown, or the two units measure different things.
    """
    source, target = normalize_unit(from_unit), normalize_unit(to_unit)
    shipped = unit_maps.shipped()
    if source in shipped.dimensions and target in shipped.dimensions:
        linear = shipped.maps.get((source, target))  # pint's answer; None: they do not convert
    else:
        linear = pint_map(source, target)
    if linear is None:
        raise UnitError(_cannot_convert(source, target), from_unit)
    return linear


def pint_map(source: str, target: str) -> tuple[float, float] | None:
    """pint's linear map between two canonical units (None: they do not convert)."""
    return _linear_map(_pint_expression(source), _pint_expression(target))


def pint_maps() -> unit_maps.UnitMaps:
    """pint's answers for every canonical single unit and every two that convert: what
    :mod:`cpdesk.core.unit_maps` ships (``tools/unit_maps.py`` writes them)."""
    singles = canonical_units()
    dimensions = {unit: pint_dimension(unit) for unit in singles}
    pairs = [(a, b) for a in singles for b in singles if dimensions[a] == dimensions[b]]
    maps = {(a, b): linear for a, b in pairs if (linear := pint_map(a, b)) is not None}
    return unit_maps.UnitMaps(dimensions, maps)


#: Why two kinds of unit do not convert, and what to do instead: a code of the messages.
_HINTS: dict[frozenset[str], str] = {
    frozenset({"money"}): "unit.hint.money",
    frozenset({"pressure", "gauge_pressure"}): "unit.hint.pressure_kind",
    frozenset({"pressure", "absolute_pressure"}): "unit.hint.pressure_kind",
    frozenset({"gauge_pressure", "absolute_pressure"}): "unit.hint.gauge_absolute",
    frozenset({"gas_volume", "volume"}): "unit.hint.gas_conditions",
    frozenset({"gas_volume_flow", "volume_flow"}): "unit.hint.gas_conditions",
    frozenset({"apparent_power", "power"}): "unit.hint.apparent_power",
    frozenset({"reactive_power", "power"}): "unit.hint.reactive_power",
}


def _cannot_convert(source: str, target: str) -> Message:
    """Why ``source`` does not convert to ``target``, both named with what they measure."""
    kinds = dimension_of(source), dimension_of(target)
    names = {
        "source": source,
        "source_kind": Term("ReasonWord", kinds[0]),
        "target": target,
        "target_kind": Term("ReasonWord", kinds[1]),
    }
    hint = _HINTS.get(frozenset(kinds))
    if hint is None:
        return msg("unit.cannot_convert", **names)
    return msg("unit.cannot_convert_because", **names, hint=Message(hint))


def quantity(value: float, unit_text: str) -> pint.Quantity[Any]:
    """A pint Quantity of ``value`` in the unit spelled ``unit_text`` (sloppy spellings ok)."""
    _, unit = _unit(unit_text)
    return registry().Quantity(value, unit)


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert ``value`` from one unit to another: ``convert(2.57, "Gwh", "MWh") == 2570``.

    Money is not converted here between USD and VND (see :func:`convert_money`).

    Raises:
        UnitError: a unit is unknown, or the two units measure different things.
    """
    scale, offset = _map_between(from_unit, to_unit)
    result = value * scale + offset if offset else value * scale
    # pint chains float factors (m³ -> dm³ -> L gives 999.9999999999999); 15 significant
    # digits drop that noise and are far more than any measured field value carries.
    return float(f"{result:.15g}") if math.isfinite(result) else result


@functools.lru_cache(maxsize=4096)
def dimension_of(unit_text: str) -> str:
    """What the unit measures: one of :data:`DIMENSIONS` ("m3/h" -> "volume_flow").

    Raises:
        UnitError: the unit text is unknown.
    """
    canonical = normalize_unit(unit_text)
    known = unit_maps.shipped().dimensions.get(canonical)
    return known if known is not None else pint_dimension(canonical)


def pint_dimension(canonical: str) -> str:
    """What pint says a canonical unit measures (:func:`dimension_of` without the shipped maps)."""
    dims = dict(_pint_unit(_pint_expression(canonical)).dimensionality)
    if dims in ({"[currency]": 1}, {"[currency_vnd]": 1}):
        return "money"
    for name, expected in DIMENSIONALITIES.items():
        if dims == expected:
            return name
    return "other"


def convert_money(amount: float, from_currency: str, to_currency: str, vnd_per_usd: float | None = None) -> float:
    """Convert money between USD and VND at the stated exchange rate (VND per 1 USD).

    The rate is required only when the currencies differ; an assessment states its own.

    Raises:
        UnitError: a currency is not USD or VND.
        UnitError: the rate is missing, not positive or not finite (a ValueError).
    """
    source, target = normalize_unit(from_currency), normalize_unit(to_currency)
    for currency, text in ((source, from_currency), (target, to_currency)):
        if currency not in ("USD", "VND"):
            raise UnitError(msg("unit.not_currency", unit=repr(text)), text)
    if source == target:
        return float(amount)
    if vnd_per_usd is None or not math.isfinite(vnd_per_usd) or vnd_per_usd <= 0:
        raise UnitError(msg("money.needs_rate", source=source, target=target, rate=repr(vnd_per_usd)))
    return float(amount) / vnd_per_usd if source == "VND" else float(amount) * vnd_per_usd


def money_to_usd(amount: float, currency: str, vnd_per_usd: float | None = None) -> float:
    """``amount`` of ``currency`` (USD or VND) in USD, at ``vnd_per_usd`` VND per USD."""
    return convert_money(amount, currency, "USD", vnd_per_usd)


def _stated(value: float, what: str, low: float, high: float) -> float:
    if not isinstance(value, int | float) or not math.isfinite(value) or not low < value < high:
        raise ValueError(f"{what} must be a number between {low:g} and {high:g}, not {value!r}")
    return float(value)


def _pressure_kind(value_unit: str) -> tuple[str, str]:
    canonical = normalize_unit(value_unit)
    kind = PRESSURE_KINDS.get(canonical)
    if kind is None:
        raise UnitError(msg("unit.not_pressure", unit=canonical), value_unit)
    if kind == "unstated":
        unstated = msg(
            "unit.pressure_kind_unstated", unit=canonical, gauge=f"{canonical}(g)", absolute=f"{canonical}(a)"
        )
        raise UnitError(unstated, value_unit)
    return canonical, kind


def absolute_pressure(value: float, unit: str, *, atmosphere_bar: float) -> float:
    """The absolute pressure (bar) of a gauge or absolute reading, at a stated atmosphere.

    ``absolute_pressure(8, "bar(g)", atmosphere_bar=STANDARD_ATMOSPHERE_BAR) == 9.01325``.
    A gauge reads the pressure above the atmosphere around it, so the atmospheric pressure is
    an argument, never assumed: :data:`STANDARD_ATMOSPHERE_BAR` when nothing better is known.

    Raises:
        UnitError: the unit is not a pressure, or does not say whether it is gauge or absolute.
        ValueError: the atmospheric pressure is not between 0.5 and 1.1 bar.
    """
    atmosphere = _stated(atmosphere_bar, "the atmospheric pressure (bar)", 0.5, 1.1)
    canonical, kind = _pressure_kind(unit)
    if kind == "absolute":
        return convert(value, canonical, "bar(a)")
    return float(f"{convert(value, canonical, 'bar(g)') + atmosphere:.15g}")


def gauge_pressure(value: float, unit: str, *, atmosphere_bar: float) -> float:
    """The gauge pressure (bar) of a gauge or absolute reading, at a stated atmosphere:
    the inverse of :func:`absolute_pressure`."""
    atmosphere = _stated(atmosphere_bar, "the atmospheric pressure (bar)", 0.5, 1.1)
    canonical, kind = _pressure_kind(unit)
    if kind == "gauge":
        return convert(value, canonical, "bar(g)")
    return float(f"{convert(value, canonical, 'bar(a)') - atmosphere:.15g}")


#: The reference state of the normal cubic metre: 101.325 kPa and 0 °C.
_NORMAL_BAR, _NORMAL_K = 1.01325, 273.15


def gas_volume_m3(value: float, unit: str, *, pressure_bar_abs: float, temperature_c: float) -> float:
    """The volume (m³, or m³ per the same time for a flow) that ``value`` Nm³ or Sm³ of an
    ideal gas fills at an absolute pressure and a temperature.

    V = V_N × (1.01325 bar / p) × (T / 273.15 K), with V_N the amount in Nm³ (1 Sm³ is
    273.15/288.15 Nm³): 100 Nm³ at 5 bar(a) and 30 °C fill 100 × 1.01325/5 × 303.15/273.15
    = 22.49 m³.

    Raises:
        UnitError: the unit is not Nm³ or Sm³ (or a flow of them).
        ValueError: the pressure or the temperature is not a physical one.
    """
    canonical = normalize_unit(unit)
    amount, slash, per = canonical.partition("/")
    if amount not in ("Nm³", "Sm³"):
        raise UnitError(msg("unit.not_gas_amount", unit=canonical), unit)
    pressure = _stated(pressure_bar_abs, "the absolute pressure (bar)", 0.0, 1e4)
    kelvin = _stated(temperature_c, "the temperature (°C)", -273.15, 1e4) + 273.15
    normal = convert(value, canonical, f"Nm³{slash}{per}")
    return float(f"{normal * (_NORMAL_BAR / pressure) * (kelvin / _NORMAL_K):.15g}")


def pollutant_load(concentration: float, concentration_unit: str, flow: float, flow_unit: str, to_unit: str) -> float:
    """The load a concentration carries in a flow of water, in ``to_unit`` (a mass per time).

    ``pollutant_load(1200, "mg/L", 500, "m3/ngày", "kg/day") == 600``: 1200 mg/L is
    1.2 kg/m³, times 500 m³/day. A ppm is a ratio, not a mass per volume, and is refused.

    Raises:
        UnitError: the concentration is not a mass per volume, the flow not a volume flow, or
            the result unit not a mass flow.
    """
    for text, dimension in ((concentration_unit, "concentration"), (flow_unit, "volume_flow"), (to_unit, "mass_flow")):
        if dimension_of(text) != dimension:
            raise UnitError(msg("unit.not_of_kind", unit=format_unit(text), kind=Term("ReasonWord", dimension)), text)
    load = quantity(concentration, concentration_unit) * quantity(flow, flow_unit)
    result = float(load.to(_unit(to_unit)[1]).magnitude)
    return float(f"{result:.15g}")
