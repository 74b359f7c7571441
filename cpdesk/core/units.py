"""The one unit registry of cpdesk, and the field's unit spellings.

Every conversion in cpdesk goes through :func:`registry` (never through hand-written factors
scattered in code). Unit text typed on field sheets ("Mwh", "m3/ngày", "tấn") is first
mapped by :func:`normalize_unit` to a canonical spelling ("MWh", "m³/day", "t"), which is
what cpdesk stores and displays; the canonical spelling is then translated to pint's own
names internally.

Decisions worth knowing:

- ``kcal`` and ``Gcal`` are the International Table calorie (4.1868 J), as used in Vietnamese
  field practice and in the definition of the toe; pint's bare ``calorie``/``kilocalorie``
  is the thermochemical 4.184 J, so go through :func:`quantity`/:func:`convert` rather than
  parsing "kcal" with pint's full names.
- ``toe`` is pint's tonne of oil equivalent, 1e10 IT calories = 41.868 GJ.
- "t", "tấn", "ton" and "tonne" all mean the metric tonne (1000 kg): the short ton is
  never meant in Vietnamese field data.
- pint is imported when the first unit is converted, not when this module is (importing it
  takes a noticeable part of a second, which the workbench's start should not pay), and a
  conversion between two units is worked out by pint once and then kept as a linear map
  (scale and offset), so that converting a value is a multiplication and an addition.
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

if TYPE_CHECKING:
    import pint

__all__ = [
    "DIMENSIONS",
    "UnitError",
    "canonical_units",
    "convert",
    "convert_money",
    "dimension_of",
    "format_unit",
    "money_to_usd",
    "normalize_unit",
    "quantity",
    "registry",
]


class UnitError(ValueError):
    """Unit text cannot be understood, or two units cannot be converted into each other."""

    def __init__(self, message: str, text: str | None = None):
        super().__init__(message)
        self.text = text


# Canonical unit -> pint expression. The canonical strings are what cpdesk stores and shows.
_PINT_NAMES: dict[str, str] = {
    "Wh": "watt_hour",
    "kWh": "kilowatt_hour",
    "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour",
    "J": "joule",
    "kJ": "kilojoule",
    "MJ": "megajoule",
    "GJ": "gigajoule",
    "TJ": "terajoule",
    "kcal": "kcal",  # defined below as IT calories
    "Gcal": "Gcal",
    "toe": "tonne_of_oil_equivalent",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "m³": "meter ** 3",
    "L": "liter",
    "kg": "kilogram",
    "t": "metric_ton",
    "h": "hour",
    "day": "day",
    "year": "year",
    "USD": "USD",
    "VND": "VND",
    "%": "percent",
}

# Field spellings of each canonical unit. Keys are compared after NFKC normalisation,
# whitespace collapsing and case folding (see _fold), so "MWH", "Mwh" and "mwh" are one
# entry; that is safe because no field unit differs from another by case alone
# (nobody meters milliwatt-hours).
_ALIASES: dict[str, tuple[str, ...]] = {
    "Wh": ("wh",),
    "kWh": ("kwh", "kw.h", "kw h", "kwhr", "số điện"),  # "số (điện)": a meter unit
    "MWh": ("mwh",),
    "GWh": ("gwh",),
    "J": ("j", "joule"),
    "kJ": ("kj",),
    "MJ": ("mj",),
    "GJ": ("gj",),
    "TJ": ("tj",),
    "kcal": ("kcal",),
    "Gcal": ("gcal",),
    "toe": ("toe",),
    "W": ("w",),
    "kW": ("kw",),
    "MW": ("mw",),
    "m³": ("m3", "m^3", "m**3", "cbm", "khối", "khoi"),  # NFKC turns "m³" and "㎥" into "m3"
    "L": ("l", "lít", "lit", "litre", "liter", "litres", "liters", "ℓ"),
    "kg": ("kg", "kgs", "kilogram", "ký"),  # "ký" (from "kilo") is colloquial
    "t": ("t", "tấn", "tan", "ton", "tons", "tonne", "tonnes"),
    "h": ("h", "hr", "hour", "giờ", "gio"),
    "day": ("day", "days", "d", "ngày", "ngay", "ngày đêm", "ngay dem", "ngđ"),  # "ngày đêm": 24 h
    "year": ("year", "yr", "năm", "nam"),
    "USD": ("usd", "$", "us$", "us dollar"),
    "VND": ("vnd", "vnđ", "đ", "đồng", "dong", "₫", "vn₫"),
    "%": ("%", "percent", "phần trăm"),
}


def _fold(text: str) -> str:
    # NFKC composes decomposed Vietnamese ("tấn" typed as t + a + combining marks) and turns
    # compatibility forms ("m³", "㎥", full-width "ｍ３") into plain ones; casefold() also
    # maps "Đ" to "đ".
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


_LOOKUP: dict[str, str] = {_fold(alias): canonical for canonical, aliases in _ALIASES.items() for alias in aliases}

_DEFINITIONS = (
    # IT calories, explicitly: pint's "kcal" would be the thermochemical 4.184 kJ.
    "kcal = 1e3 * international_calorie",
    "Gcal = 1e9 * international_calorie",
    "USD = [currency]",
    "VND = [currency_vnd]",
)

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
                for definition in _DEFINITIONS:
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

    Accepts a single unit or one quotient "a/b" of units ("kWh/tấn", "USD/kWh").

    Raises:
        UnitError: the text, or a part of it, is not a known unit.
    """
    if not isinstance(text, str):
        raise UnitError(f"unit must be text, not {type(text).__name__}", None)
    folded = _fold(text)
    if not folded:
        raise UnitError("no unit given", text)
    if folded in _LOOKUP:  # a single unit
        return _LOOKUP[folded]
    parts = [part.strip() for part in re.split(r"\s*/\s*|\s+per\s+", folded)]
    if len(parts) != 2 or not all(parts):
        raise UnitError(f"unknown unit {text!r}", text)
    canonical = []
    for part in parts:
        if part not in _LOOKUP:
            raise UnitError(f"unknown unit {part!r} in {text!r}", text)
        canonical.append(_LOOKUP[part])
    return "/".join(canonical)


def canonical_units() -> tuple[str, ...]:
    """The canonical single units, in a stable order (for unit pickers); quotients of two
    of them ("kWh/t", "m³/h", "USD/kWh") are canonical too."""
    return tuple(_PINT_NAMES)


def format_unit(unit_text: str) -> str:
    """The display text of a unit: its canonical spelling ("m3/h" -> "m³/h")."""
    return normalize_unit(unit_text)


def _pint_expression(canonical: str) -> str:
    return " / ".join(f"({_PINT_NAMES[part]})" for part in canonical.split("/"))


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
    linear = _linear_map(_pint_expression(source), _pint_expression(target))
    if linear is None:
        hint = ""
        if dimension_of(source) == dimension_of(target) == "money":
            hint = ": USD and VND are converted with convert_money() at a stated exchange rate"
        raise UnitError(
            f"cannot convert {source} ({dimension_of(source)}) to {target} ({dimension_of(target)}){hint}",
            from_unit,
        )
    return linear


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


#: What :func:`dimension_of` may answer.
DIMENSIONS: tuple[str, ...] = (
    "energy", "volume", "mass", "money", "power", "volume_flow", "mass_flow",
    "specific_energy", "specific_volume", "dimensionless", "time", "other",
)  # fmt: skip

_DIMENSIONALITIES: dict[str, dict[str, float]] = {
    "energy": {"[length]": 2, "[mass]": 1, "[time]": -2},
    "power": {"[length]": 2, "[mass]": 1, "[time]": -3},
    "volume": {"[length]": 3},
    "mass": {"[mass]": 1},
    "time": {"[time]": 1},
    "volume_flow": {"[length]": 3, "[time]": -1},
    "mass_flow": {"[mass]": 1, "[time]": -1},
    "specific_energy": {"[length]": 2, "[time]": -2},  # energy per mass of product
    "specific_volume": {"[length]": 3, "[mass]": -1},  # e.g. m³ of water per t of product
    "dimensionless": {},
}


@functools.lru_cache(maxsize=4096)
def dimension_of(unit_text: str) -> str:
    """What the unit measures: one of :data:`DIMENSIONS` ("m3/h" -> "volume_flow").

    Raises:
        UnitError: the unit text is unknown.
    """
    _, unit = _unit(unit_text)
    dims = dict(unit.dimensionality)
    if dims in ({"[currency]": 1}, {"[currency_vnd]": 1}):
        return "money"
    for name, expected in _DIMENSIONALITIES.items():
        if dims == expected:
            return name
    return "other"


def convert_money(amount: float, from_currency: str, to_currency: str, vnd_per_usd: float | None = None) -> float:
    """Convert money between USD and VND at the stated exchange rate (VND per 1 USD).

    The rate is required only when the currencies differ; an assessment states its own.

    Raises:
        UnitError: a currency is not USD or VND.
        ValueError: the rate is missing, not positive or not finite.
    """
    source, target = normalize_unit(from_currency), normalize_unit(to_currency)
    for currency, text in ((source, from_currency), (target, to_currency)):
        if currency not in ("USD", "VND"):
            raise UnitError(f"{text!r} is not a currency (USD or VND)", text)
    if source == target:
        return float(amount)
    if vnd_per_usd is None or not math.isfinite(vnd_per_usd) or vnd_per_usd <= 0:
        raise ValueError(
            f"converting {source} to {target} needs a positive exchange rate (VND per USD), not {vnd_per_usd!r}"
        )
    return float(amount) / vnd_per_usd if source == "VND" else float(amount) * vnd_per_usd


def money_to_usd(amount: float, currency: str, vnd_per_usd: float | None = None) -> float:
    """``amount`` of ``currency`` (USD or VND) in USD, at ``vnd_per_usd`` VND per USD."""
    return convert_money(amount, currency, "USD", vnd_per_usd)
