"""The units field instruments write: electrical quantities, temperatures, gauge and absolute
pressures, normal and standard cubic metres, heat units and wastewater loads.

Every expected value is worked out by hand in the comment beside it.
"""

from __future__ import annotations

import pint
import pytest

from cpdesk.core import units
from cpdesk.core.units import (
    HOURS_PER_YEAR,
    STANDARD_ATMOSPHERE_BAR,
    UnitError,
    absolute_pressure,
    convert,
    dimension_of,
    gas_volume_m3,
    gauge_pressure,
    normalize_unit,
    pollutant_load,
    quantity,
    registry,
)


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (1, "toe", "GJ", 41.868),  # 1e10 IT calories × 4.1868 J = 41.868e9 J
        (1, "Gcal", "GJ", 4.1868),  # 1e9 × 4.1868 J
        (1, "kcal", "kJ", 4.1868),  # IT calorie, not the thermochemical 4.184
        (1, "MMBtu", "GJ", 1.055056),  # 1e6 × 1055.056 J (ISO Btu)
        (10, "Gcal", "MWh", 11.63),  # 41.868 GJ / 3.6 GJ per MWh = 11.63
        (1, "kgf/cm2", "bar", 0.980665),  # 1 kg × 9.80665 m/s² / 1e-4 m² = 98 066.5 Pa
        (1, "kg/cm2(g)", "bar(g)", 0.980665),  # the boiler gauge's "kg/cm2" is kgf/cm²
        (1, "at", "kgf/cm2", 1),  # the technical atmosphere is 1 kgf/cm² exactly
        (1, "psig", "kPa(g)", 6.89475729316836),  # 0.45359237 kg × 9.80665 / 0.0254² m² = 6894.757 Pa
        (1, "MPa(g)", "bar(g)", 10),
        (1, "bara", "kPa(a)", 100),
        (1, "kV", "V", 1000),
        (1, "MVA", "kVA", 1000),
        (1, "kVAr", "var", 1000),
        (2, "kvar", "kvarh/h", 2),  # 2 kvar for an hour is 2 kvarh
        (1, "Sm3", "Nm3", 0.947943779281624),  # same p: n ∝ 1/T, 273.15 K / 288.15 K
        (100, "Nm3/h", "Sm3/h", 105.4914881933),  # 100 × 288.15 / 273.15
        (1200, "mg/L", "kg/m3", 1.2),  # 1 mg/L = 1 g/m³ = 0.001 kg/m³
        (250, "ppm", "%", 0.025),  # 1 % = 10 000 ppm
        (20, "°C", "K", 293.15),  # an offset, not a factor: 20 + 273.15
        (100, "℃", "°F", 212),  # 100 × 9/5 + 32
        (1, "m3/h", "m3/year", 8760),  # a year of operation: 365 × 24 h
        (1, "year", "h", 8760),
    ],
)
def test_hand_checked_instrument_conversions(value: float, source: str, target: str, expected: float) -> None:
    assert convert(value, source, target) == pytest.approx(expected, rel=1e-12)


def test_a_year_of_operation_is_8760_hours_not_pints_8766() -> None:
    assert HOURS_PER_YEAR == 8760.0 == 365 * 24
    assert convert(1, "year", "h") == HOURS_PER_YEAR
    # pint's own year is the Julian one, 365.25 days: that is what cpdesk does not use.
    assert registry().Quantity(1, "year").to("hour").magnitude == pytest.approx(8766)


@pytest.mark.parametrize(
    ("text", "canonical", "dimension"),
    [
        ("A", "A", "current"), ("amp", "A", "current"), ("mA", "mA", "current"), ("kA", "kA", "current"),
        ("V", "V", "voltage"), ("kV", "kV", "voltage"),
        ("VA", "VA", "apparent_power"), ("kVA", "kVA", "apparent_power"), ("MVA", "MVA", "apparent_power"),
        ("var", "var", "reactive_power"), ("kVAr", "kvar", "reactive_power"), ("KVAR", "kvar", "reactive_power"),
        ("kvarh", "kvarh", "reactive_energy"), ("kVArh", "kvarh", "reactive_energy"),
        ("Hz", "Hz", "frequency"), ("-", "1", "dimensionless"), ("p.u.", "1", "dimensionless"),
        ("°C", "°C", "temperature"), ("℃", "°C", "temperature"), ("oC", "°C", "temperature"),
        ("K", "K", "temperature"), ("°F", "°F", "temperature"),
        ("bar", "bar", "pressure"), ("kPa", "kPa", "pressure"), ("kgf/cm²", "kgf/cm²", "pressure"),
        ("bar(g)", "bar(g)", "gauge_pressure"), ("barg", "bar(g)", "gauge_pressure"),
        ("bar g", "bar(g)", "gauge_pressure"), ("psig", "psi(g)", "gauge_pressure"),
        ("atü", "at(g)", "gauge_pressure"), ("kg/cm2 (g)", "kgf/cm²(g)", "gauge_pressure"),
        ("bar(a)", "bar(a)", "absolute_pressure"), ("bara", "bar(a)", "absolute_pressure"),
        ("bar abs", "bar(a)", "absolute_pressure"), ("psia", "psi(a)", "absolute_pressure"),
        ("MPa(a)", "MPa(a)", "absolute_pressure"), ("ata", "at(a)", "absolute_pressure"),
        ("Nm3", "Nm³", "gas_volume"), ("Sm3", "Sm³", "gas_volume"), ("Nm3/h", "Nm³/h", "gas_volume_flow"),
        ("m3/h", "m³/h", "volume_flow"),
        ("kcal", "kcal", "energy"), ("Gcal", "Gcal", "energy"), ("MMBtu", "MMBtu", "energy"),
        ("mg/L", "mg/L", "concentration"), ("mg/l", "mg/L", "concentration"), ("ppm", "ppm", "dimensionless"),
        ("kg/ngày", "kg/day", "mass_flow"), ("%", "%", "dimensionless"),
    ],
)  # fmt: skip
def test_instrument_spellings(text: str, canonical: str, dimension: str) -> None:
    assert normalize_unit(text) == canonical
    assert normalize_unit(canonical) == canonical
    assert dimension_of(text) == dimension
    assert dimension in units.DIMENSIONS


@pytest.mark.parametrize(
    ("source", "target", "hint"),
    [
        ("bar", "bar(g)", "gauge"),  # a header's bare "bar" says neither
        ("bar", "bar(a)", "gauge"),
        ("bar(g)", "bar(a)", "atmospheric pressure"),  # they differ by the atmosphere
        ("kgf/cm2(g)", "kPa(a)", "atmospheric pressure"),
        ("kVA", "kW", "power factor"),  # apparent power is not real power
        ("kvar", "kW", "reactive"),
        ("kvarh", "kWh", ""),
        ("Nm3", "m3", "stated pressure and temperature"),  # an amount of gas, not a volume
        ("Nm3/h", "m3/h", "stated pressure and temperature"),
        ("ppm", "mg/L", ""),  # a ratio is not a mass per volume
        ("°C", "kWh", ""),
    ],
)
def test_kinds_that_never_convert_silently(source: str, target: str, hint: str) -> None:
    with pytest.raises(UnitError, match=f"cannot convert .*{hint}"):
        convert(1, source, target)


@pytest.mark.parametrize("text", ["°C/h", "kWh/°C", "°F/day"])
def test_an_offset_temperature_is_never_divided(text: str) -> None:
    with pytest.raises(UnitError, match="temperature level"):
        normalize_unit(text)
    assert convert(2, "K/h", "K/day") == 48  # a difference in kelvin is fine: 2 × 24


def test_an_offset_temperature_is_never_multiplied() -> None:
    with pytest.raises(pint.OffsetUnitCalculusError):
        quantity(20, "°C") * 2  # 40 °C? 313.15 K × 2? neither means anything
    with pytest.raises(pint.OffsetUnitCalculusError):
        quantity(20, "°C") * quantity(1, "h")


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (8, "bar(g)", 9.01325),  # 8 + 1.01325
        (0, "barg", 1.01325),  # open to the air
        (0.7, "MPa(g)", 8.01325),  # 7 bar + 1.01325
        (8, "kgf/cm2(g)", 8.85857),  # 8 × 0.980665 = 7.84532, + 1.01325
        (10, "bar(a)", 10),  # already absolute
        (500, "kPa(a)", 5),
    ],
)
def test_absolute_pressure_at_the_stated_atmosphere(value: float, unit: str, expected: float) -> None:
    assert absolute_pressure(value, unit, atmosphere_bar=STANDARD_ATMOSPHERE_BAR) == pytest.approx(expected, rel=1e-12)


def test_gauge_pressure_is_the_inverse() -> None:
    assert gauge_pressure(10, "bar(a)", atmosphere_bar=1.01325) == pytest.approx(8.98675)  # 10 − 1.01325
    assert gauge_pressure(5, "barg", atmosphere_bar=1.01325) == 5
    # At 0.9 bar (a plant high up), the same gauge reading is a lower absolute pressure.
    assert absolute_pressure(5, "bar(g)", atmosphere_bar=0.9) == pytest.approx(5.9)


def test_gauge_and_absolute_need_a_stated_pressure_and_atmosphere() -> None:
    with pytest.raises(UnitError, match=r"does not say whether it is gauge or absolute: write bar\(g\) or bar\(a\)"):
        absolute_pressure(8, "bar", atmosphere_bar=STANDARD_ATMOSPHERE_BAR)
    with pytest.raises(UnitError, match="not a unit of pressure"):
        absolute_pressure(8, "kWh", atmosphere_bar=STANDARD_ATMOSPHERE_BAR)
    with pytest.raises(TypeError):
        absolute_pressure(8, "bar(g)")  # type: ignore[call-arg]  # never assumed
    with pytest.raises(ValueError, match="atmospheric pressure"):
        absolute_pressure(8, "bar(g)", atmosphere_bar=101.325)  # kPa typed where bar is asked


def test_normal_and_standard_cubic_metres_at_stated_conditions() -> None:
    # 100 Nm³ at 5 bar(a) and 30 °C: 100 × (1.01325 / 5) × (303.15 / 273.15) = 22.4907 m³.
    assert gas_volume_m3(100, "Nm3", pressure_bar_abs=5, temperature_c=30) == pytest.approx(22.4907001647, rel=1e-10)
    # A normal cubic metre at its own reference state is a cubic metre; a standard one too.
    assert gas_volume_m3(1, "Nm³", pressure_bar_abs=1.01325, temperature_c=0) == pytest.approx(1)
    assert gas_volume_m3(1, "Sm³", pressure_bar_abs=1.01325, temperature_c=15) == pytest.approx(1)
    # A flow stays a flow: 1 000 Nm³/h at 4 bar(a), 0 °C = 1 000 × 1.01325 / 4 = 253.3125 m³/h.
    assert gas_volume_m3(1000, "Nm3/h", pressure_bar_abs=4, temperature_c=0) == pytest.approx(253.3125)
    with pytest.raises(UnitError, match="not an amount of gas"):
        gas_volume_m3(1, "m3", pressure_bar_abs=1, temperature_c=0)
    with pytest.raises(ValueError, match="temperature"):
        gas_volume_m3(1, "Nm3", pressure_bar_abs=1, temperature_c=-300)


def test_wastewater_loads() -> None:
    # COD 1 200 mg/L in 500 m³/day: 1.2 kg/m³ × 500 m³/day = 600 kg/day.
    assert pollutant_load(1200, "mg/L", 500, "m3/ngày", "kg/day") == pytest.approx(600)
    # BOD 250 mg/L in 20 m³/h: 0.25 kg/m³ × 480 m³/day = 120 kg/day.
    assert pollutant_load(250, "mg/l", 20, "m3/h", "kg/ngày") == pytest.approx(120)
    # TSS 80 mg/L in 1 000 m³/day, in t/year: 80 kg/day × 365 days = 29.2 t/year.
    assert pollutant_load(80, "mg/L", 1000, "m3/day", "t/year") == pytest.approx(29.2)
    with pytest.raises(UnitError, match="ppm is not a unit of concentration"):
        pollutant_load(250, "ppm", 20, "m3/h", "kg/day")
    with pytest.raises(UnitError, match="not a unit of mass flow"):
        pollutant_load(250, "mg/L", 20, "m3/h", "kg")
