"""The shipped unit maps: pint's own answers, served without importing pint."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cpdesk.core import unit_maps, units


def test_the_shipped_maps_are_what_pint_answers_now() -> None:
    shipped, pint_now = unit_maps.shipped(), units.pint_maps()
    assert shipped.dimensions == pint_now.dimensions, "run python tools/unit_maps.py"
    assert shipped.maps == pint_now.maps, "run python tools/unit_maps.py"  # floats compared exactly


def test_every_canonical_unit_and_every_pair_that_converts_is_shipped() -> None:
    shipped = unit_maps.shipped()
    assert set(shipped.dimensions) == set(units.canonical_units())
    assert shipped.maps[("kWh", "MWh")] == (pytest.approx(0.001), 0.0)
    scale, offset = shipped.maps[("°C", "K")]  # an offset unit keeps its offset
    assert (scale, offset) == (pytest.approx(1.0), pytest.approx(273.15))
    assert ("USD", "VND") not in shipped.maps  # money crosses currencies only at a rate
    assert ("bar(g)", "bar(a)") not in shipped.maps  # gauge and absolute never convert


def test_the_json_document_reads_back_as_the_same_floats() -> None:
    maps = units.pint_maps()
    assert unit_maps.from_json(maps.to_json()) == maps


def test_single_units_convert_without_pint_and_quotients_still_through_it() -> None:
    code = (
        "import sys, cpdesk.core.units as u\n"
        "print(u.convert(2.57, 'Gwh', 'MWh'), u.dimension_of('tấn'), u.dimension_of('°C'))\n"
        "print('pint' in sys.modules)\n"
        "try:\n"
        "    u.convert(1, 'm3', 'kWh')\n"
        "except u.UnitError as exc:\n"
        "    print(type(exc).__name__, 'pint' in sys.modules)\n"
        "print(u.convert(24, 'm3/ngày', 'm3/h'), 'pint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["2570.0 mass temperature", "False", "UnitError False", "1.0 True"]
