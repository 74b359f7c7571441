"""The cached conversions of cpdesk.core.units: the same figures as pint's own, offsets kept."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys

import pint
import pytest

from cpdesk.core import units
from cpdesk.core.units import canonical_units, convert, dimension_of, registry

# Values with many digits, tiny and huge, negative and zero.
VALUES = (0.0, 1.0, -3.5, 2.57, 1234.5678, 7.2e-9, 6.02e23, 1 / 3)


def _pint_convert(value: float, source: str, target: str) -> float:
    """A conversion straight through pint, as cpdesk did it before the cache."""
    expressions = [units._pint_expression(units.normalize_unit(u)) for u in (source, target)]
    result = float(registry().Quantity(value, registry().Unit(expressions[0])).to(expressions[1]).magnitude)
    return float(f"{result:.15g}")


def _convertible_pairs() -> list[tuple[str, str]]:
    singles = canonical_units()
    quotients = ["m³/h", "m³/day", "t/h", "kg/h", "kWh/t", "GJ/t", "MJ/kg", "USD/kWh", "m³/t", "L/h", "kWh/h"]
    every = [*singles, *quotients]
    return [
        (a, b)
        for a, b in itertools.product(every, repeat=2)
        if dimension_of(a) == dimension_of(b) != "money" and (dimension_of(a) != "other" or a == b)
    ]


@pytest.mark.parametrize(("source", "target"), _convertible_pairs())
def test_cached_conversion_is_pints_to_the_last_digit(source: str, target: str) -> None:
    # A temperature with an offset maps as scale and offset, which pint computes in another
    # order (value + 273.15, then scaled): the same to the 14th digit, not always the last.
    offset = {source, target} & units.OFFSET_UNITS
    for value in VALUES:
        expected = _pint_convert(value, source, target)
        if offset:
            assert convert(value, source, target) == pytest.approx(expected, rel=1e-13, abs=1e-12)
        else:
            assert convert(value, source, target) == expected, (value, source, target)


def test_a_second_conversion_is_served_from_the_cache() -> None:
    units._linear_map.cache_clear()
    units._map_between.cache_clear()
    assert convert(2.57, "GWh/h", "MW") == 2570  # a quotient: not in the shipped maps
    assert convert(3, "gwh/h", "Mw") == 3000  # other spellings of the same units
    info = units._linear_map.cache_info()
    assert (info.misses, info.hits) == (1, 1)  # pint asked once for the pair of units
    assert convert(2.57, "GWh/h", "MW") == 2570
    assert units._map_between.cache_info().hits == 1  # the same texts: one lookup


def test_field_spellings_give_the_canonical_figures() -> None:
    assert convert(24, "m3/ngày", "m3/h") == convert(24, "m³/day", "m³/h") == 1.0
    assert convert(2.970, "tấn", "kg") == 2970.0


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (0, "degC", "kelvin", 273.15),
        (100, "degC", "kelvin", 373.15),
        (25, "degC", "degF", 77.0),
        (-40, "degC", "degF", -40.0),
        (212, "degF", "degC", 100.0),
        (300, "kelvin", "degC", 26.85),
        (0, "degF", "kelvin", 255.37222222222223),
    ],
)
def test_offset_units_map_with_their_offset_not_as_a_factor(
    value: float, source: str, target: str, expected: float
) -> None:
    scale, offset = units._linear_map(source, target)
    assert value * scale + offset == pytest.approx(expected, rel=1e-12, abs=1e-12)
    direct = registry().Quantity(float(value), source).to(target).magnitude
    assert value * scale + offset == pytest.approx(direct, rel=1e-12, abs=1e-12)


def test_a_factor_alone_would_be_wrong_for_offset_units() -> None:
    scale, offset = units._linear_map("degC", "kelvin")
    assert (scale, offset) == (pytest.approx(1.0), pytest.approx(273.15))
    assert units._linear_map("kilowatt_hour", "megajoule") == (pytest.approx(3.6), 0.0)


def test_incompatible_units_are_cached_as_none_and_still_refused() -> None:
    assert units._linear_map("meter ** 3", "kilowatt_hour") is None
    for _ in range(2):
        with pytest.raises(units.UnitError, match="cannot convert"):
            convert(1, "m3", "kWh")


def test_importing_units_does_not_import_pint() -> None:
    code = (
        "import sys, cpdesk.core.units as u\n"
        "print('pint' in sys.modules)\n"
        "u.convert(1, 't/h', 'kg/h')\n"
        "print('pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_non_finite_values_pass_through() -> None:
    assert math.isnan(convert(math.nan, "t", "kg"))
    assert convert(math.inf, "t", "kg") == math.inf
    assert isinstance(registry(), pint.UnitRegistry)
