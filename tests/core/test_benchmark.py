"""Specific consumption and benchmark comparison (cpdesk.core.benchmark), by hand numbers."""

from __future__ import annotations

import doctest

import pytest

import cpdesk.core.benchmark as benchmark_module
from cpdesk.core.benchmark import BenchmarkComparison, compare_to_benchmark, specific_consumption
from cpdesk.core.units import UnitError


def test_electricity_per_tonne_of_fabric() -> None:
    # 5 040 MWh = 5 040 000 kWh over 3 000 t of fabric = 1 680 kWh/t
    assert specific_consumption(5040, "MWh", 3000, "t") == (pytest.approx(1680.0), "kWh/t")
    # Field spellings are understood: "Mwh" and "tấn"
    assert specific_consumption(5040, "Mwh", 3000, "tấn") == (pytest.approx(1680.0), "kWh/t")


def test_fuel_heat_and_water_defaults() -> None:
    # 12 000 000 MJ of coal heat for 3 000 t: 12 000 GJ / 3 000 t = 4 GJ/t
    assert specific_consumption(12_000_000, "MJ", 3000, "t") == (pytest.approx(4.0), "GJ/t")
    # 100 toe = 100 × 41.868 GJ = 4 186.8 GJ over 2 000 t = 2.0934 GJ/t
    value, unit = specific_consumption(100, "toe", 2000, "t")
    assert (value, unit) == (pytest.approx(2.0934), "GJ/t")
    # 1 000 Gcal = 4 186.8 GJ (IT calorie) over 1 000 t = 4.1868 GJ/t
    assert specific_consumption(1000, "Gcal", 1000, "t") == (pytest.approx(4.1868), "GJ/t")
    # 360 000 L of water = 360 m³ over 3 t = 120 m³/t
    assert specific_consumption(360_000, "lít", 3, "t") == (pytest.approx(120.0), "m³/t")
    # Mass stays in its own unit: 450 kg of dye for 3 t of fabric = 150 kg/t
    assert specific_consumption(450, "kg", 3, "t") == (pytest.approx(150.0), "kg/t")
    # The production keeps its own unit: 5 040 kWh over 3 000 kg = 1.68 kWh/kg
    assert specific_consumption(5040, "kWh", 3000, "kg") == (pytest.approx(1.68), "kWh/kg")


def test_result_unit_on_request() -> None:
    # 5 040 MWh / 3 000 t = 1.68 MWh/t = 6.048 GJ/t = 6.048 MJ/kg
    assert specific_consumption(5040, "MWh", 3000, "t", "GJ/t") == (pytest.approx(6.048), "GJ/t")
    assert specific_consumption(5040, "MWh", 3000, "t", "MJ/kg") == (pytest.approx(6.048), "MJ/kg")
    # 360 m³ / 3 t = 120 m³/t = 120 L/kg
    assert specific_consumption(360, "m3", 3, "t", "L/kg") == (pytest.approx(120.0), "L/kg")
    assert specific_consumption(0, "kWh", 10, "t") == (0.0, "kWh/t")


def test_docstring_example_runs() -> None:
    failures, _ = doctest.testmod(benchmark_module)
    assert failures == 0


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        ((-1, "kWh", 10, "t"), ValueError, "cannot be negative"),
        ((10, "kWh", 0, "t"), ValueError, "production must be greater than zero"),
        ((float("nan"), "kWh", 10, "t"), ValueError, "finite"),
        ((10, "furlong", 10, "t"), UnitError, "unknown unit"),
        ((10, "kWh/day", 10, "t"), UnitError, "single unit"),
        ((10, "kWh", 10, "t", "m³/t"), UnitError, "cannot convert kWh"),
        ((10, "kWh", 10, "t", "kWh"), UnitError, "quotient"),
    ],
)
def test_specific_consumption_errors(args: tuple, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        specific_consumption(*args)


def test_worse_than_benchmark() -> None:
    # 1 680 kWh/t against a 1 400 kWh/t norm: ratio 1.2, 20 % above, lower is better
    result = compare_to_benchmark(1680, 1400)
    assert result == BenchmarkComparison(
        value=1680.0, benchmark=1400.0, ratio=pytest.approx(1.2), difference_pct=pytest.approx(20.0), verdict="worse"
    )


def test_better_than_benchmark() -> None:
    # 120 m³/t against 150 m³/t: ratio 0.8, 20 % below → better
    result = compare_to_benchmark(120, 150)
    assert result.ratio == pytest.approx(0.8)
    assert result.difference_pct == pytest.approx(-20.0)
    assert result.verdict == "better"


def test_higher_is_better() -> None:
    # Boiler efficiency 75.1 % against a norm of 80 %: 6.125 % below → worse
    result = compare_to_benchmark(75.1, 80.0, lower_is_better=False)
    assert result.difference_pct == pytest.approx(-6.125)
    assert result.verdict == "worse"
    assert result.lower_is_better is False
    assert compare_to_benchmark(84, 80, lower_is_better=False).verdict == "better"


def test_equal_and_tolerance() -> None:
    assert compare_to_benchmark(1400, 1400).verdict == "equal"
    # 0.1 + 0.2 is 0.30000000000000004: float noise is not a verdict
    assert compare_to_benchmark(0.1 + 0.2, 0.3).verdict == "equal"
    # 1 420 vs 1 400 is 1.43 % above: equal within a 2 % band, worse without it
    assert compare_to_benchmark(1420, 1400, equal_within_pct=2).verdict == "equal"
    assert compare_to_benchmark(1420, 1400).verdict == "worse"
    assert compare_to_benchmark(1380, 1400, equal_within_pct=1).verdict == "better"


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((10, 0), {}, "benchmark must be greater than zero"),
        ((10, -5), {}, "benchmark must be greater than zero"),
        ((-1, 10), {}, "cannot be negative"),
        ((float("inf"), 10), {}, "finite"),
        ((10, 10), {"equal_within_pct": -1}, "tolerance cannot be negative"),
    ],
)
def test_compare_errors(args: tuple, kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        compare_to_benchmark(*args, **kwargs)
