"""Tests of cpdesk.core.units: the unit registry and the field's unit spellings."""

from __future__ import annotations

import math
import unicodedata

import pint
import pytest

from cpdesk.core.units import (
    DIMENSIONS,
    UnitError,
    canonical_units,
    convert,
    convert_money,
    dimension_of,
    format_unit,
    money_to_usd,
    normalize_unit,
    quantity,
    registry,
)


def test_registry_is_one_cached_instance() -> None:
    assert registry() is registry()
    assert isinstance(registry(), pint.UnitRegistry)


# Hand-checked: (value, from, to, expected).
@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (1, "toe", "GJ", 41.868),  # IEA/OECD definition, 1e10 IT calories
        (1, "GWh", "GJ", 3600),  # 1 kWh = 3.6 MJ
        (1, "MWh", "GJ", 3.6),
        (2.57, "GWh", "MWh", 2570),  # the seed's CP-EE electricity saving
        (3.27, "Gwh", "kWh", 3_270_000),
        (1, "kcal", "kJ", 4.1868),  # International Table calorie, not 4.184
        (1, "Gcal", "GJ", 4.1868),
        (1, "TJ", "GJ", 1000),
        (1, "GJ", "MJ", 1000),
        (1, "m³", "L", 1000),
        (1, "m3", "lít", 1000),
        (1, "t", "kg", 1000),
        (2.970, "tấn", "kg", 2970),
        (24, "m3/ngày", "m3/h", 1),
        (1, "t/h", "kg/h", 1000),
        (1, "kWh/t", "kWh/kg", 0.001),
        (1, "GJ/t", "MJ/kg", 1),  # NCV: 1 TJ/Gg = 1 GJ/t = 1 MJ/kg
        (1, "MW", "kW", 1000),
        (1, "kW", "kWh/h", 1),
        (50, "%", "%", 50),
    ],
)
def test_hand_checked_conversions(value: float, source: str, target: str, expected: float) -> None:
    assert convert(value, source, target) == pytest.approx(expected, rel=1e-12)


def test_simple_conversions_are_exact_to_display() -> None:
    # No float noise such as 999.9999999999999 L for 1 m³.
    assert convert(1, "m3", "L") == 1000.0
    assert convert(2.57, "GWh", "MWh") == 2570.0
    assert convert(1, "toe", "GJ") == 41.868
    assert convert(1, "kcal", "J") == 4186.8


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Mwh", "MWh"), ("MWH", "MWh"), ("mwh", "MWh"), ("MWh", "MWh"),
        ("Gwh", "GWh"), ("kwh", "kWh"), ("KWh", "kWh"), ("kWh", "kWh"),
        ("m3", "m³"), ("M3", "m³"), ("m^3", "m³"), ("m³", "m³"), ("㎥", "m³"),
        ("m3/h", "m³/h"), ("m3/ngày", "m³/day"), ("m3/day", "m³/day"),
        ("m3/ngày đêm", "m³/day"),
        ("tấn", "t"), ("tan", "t"), ("T", "t"), ("ton", "t"), ("tonne", "t"), ("t", "t"),
        ("lít", "L"), ("lit", "L"), ("l", "L"), ("L", "L"), ("litre", "L"),
        ("kg", "kg"), ("GJ", "GJ"), ("MJ", "MJ"), ("TJ", "TJ"), ("Gcal", "Gcal"),
        ("kcal", "kcal"), ("toe", "toe"), ("TOE", "toe"),
        ("USD", "USD"), ("usd", "USD"), ("$", "USD"),
        ("VND", "VND"), ("vnđ", "VND"), ("VNĐ", "VND"), ("đ", "VND"), ("đồng", "VND"),
        ("tấn/h", "t/h"), ("kWh/tấn", "kWh/t"), ("kWh / t", "kWh/t"),
        ("m3/tấn", "m³/t"), ("USD/kWh", "USD/kWh"), ("%", "%"),
        ("  Mwh  ", "MWh"),
    ],
)  # fmt: skip
def test_normalize_unit(text: str, canonical: str) -> None:
    assert normalize_unit(text) == canonical
    assert normalize_unit(canonical) == canonical  # canonical text is a fixed point


@pytest.mark.parametrize("text", ["tấn", "ngày", "đồng", "lít", "VNĐ", "m3/ngày"])
def test_normalize_unit_accepts_decomposed_unicode(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text)
    assert normalize_unit(decomposed) == normalize_unit(unicodedata.normalize("NFC", text))


@pytest.mark.parametrize("text", ["", "  ", "furlong", "kWh/", "/t", "m3/h/t", "tấn sản phẩm"])
def test_unknown_unit_names_the_text(text: str) -> None:
    with pytest.raises(UnitError) as caught:
        normalize_unit(text)
    assert caught.value.text == text
    if text.strip():
        assert repr(text) in str(caught.value)


def test_format_unit_prints_superscripts() -> None:
    assert format_unit("m3") == "m³"
    assert format_unit("m3/ngày") == "m³/day"
    assert "meter" not in format_unit("m^3")
    assert "meter" not in str(quantity(5, "m3/h"))
    assert str(quantity(5, "m3/h")) == "5 m³/h"


def test_canonical_units_are_fixed_points() -> None:
    units = canonical_units()
    assert {"kWh", "MWh", "GWh", "GJ", "kcal", "toe", "m³", "L", "t", "kg", "USD", "VND"} <= set(units)
    for unit in units:
        assert normalize_unit(unit) == unit
        dimension_of(unit)  # every canonical unit is known to the registry


def test_quantity_uses_the_registry() -> None:
    q = quantity(2.57, "Gwh")
    assert isinstance(q, registry().Quantity)
    assert q.to("MWh").magnitude == pytest.approx(2570)
    assert (quantity(1, "t") + quantity(500, "kg")).to("kg").magnitude == pytest.approx(1500)


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [
        ("kWh", "energy"), ("GJ", "energy"), ("toe", "energy"), ("kcal", "energy"),
        ("m3", "volume"), ("L", "volume"), ("t", "mass"), ("kg", "mass"),
        ("USD", "money"), ("VND", "money"), ("kW", "power"), ("MW", "power"),
        ("m3/h", "volume_flow"), ("m3/ngày", "volume_flow"), ("t/h", "mass_flow"),
        ("kWh/t", "specific_energy"), ("GJ/t", "specific_energy"),
        ("m3/t", "specific_volume"), ("%", "dimensionless"), ("h", "time"),
        ("day", "time"), ("USD/kWh", "other"), ("t/m3", "concentration"),
    ],
)  # fmt: skip
def test_dimension_of(unit: str, dimension: str) -> None:
    assert dimension_of(unit) == dimension
    assert dimension in DIMENSIONS


@pytest.mark.parametrize(
    ("source", "target"),
    [("m3", "kWh"), ("t", "m3"), ("kWh", "kW"), ("kWh/t", "kWh"), ("USD", "VND"), ("%", "t")],
)
def test_incompatible_dimensions(source: str, target: str) -> None:
    with pytest.raises(UnitError) as caught:
        convert(1, source, target)
    message = str(caught.value)
    assert f"cannot convert {normalize_unit(source)}" in message
    assert normalize_unit(target) in message


def test_incompatible_message_reads_well() -> None:
    with pytest.raises(UnitError, match=r"^cannot convert m³ \(volume\) to kWh \(energy\)$"):
        convert(1, "m3", "kwh")
    with pytest.raises(UnitError, match="exchange rate"):
        convert(1, "USD", "VND")


def test_money_through_an_explicit_rate() -> None:
    assert money_to_usd(25_000_000, "VNĐ", vnd_per_usd=25_000) == pytest.approx(1000)
    assert money_to_usd(112_000, "USD") == 112_000  # no rate needed within a currency
    assert convert_money(1, "$", "đồng", vnd_per_usd=24_000) == pytest.approx(24_000)
    assert convert_money(48_000, "vnd", "usd", 24_000) == pytest.approx(2)
    assert convert_money(5, "VND", "VND") == 5
    assert convert(1_000, "USD", "USD") == 1_000


@pytest.mark.parametrize("rate", [None, 0, -1, math.nan, math.inf])
def test_money_needs_a_valid_rate(rate: float | None) -> None:
    with pytest.raises(ValueError, match="exchange rate"):
        money_to_usd(1_000, "VND", rate)


def test_money_rejects_non_currencies() -> None:
    with pytest.raises(UnitError, match="currency"):
        money_to_usd(1, "kWh", 25_000)
    with pytest.raises(UnitError):
        convert_money(1, "USD", "EUR", 25_000)
