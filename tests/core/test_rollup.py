"""The programme roll-up against hand calculations."""

from __future__ import annotations

import pytest

from cpdesk.core.factors import FactorSet, FuelFactor, GridFactor
from cpdesk.core.rollup import OptionRecord, ResourceAmount, roll_up, to_summary_unit, totals

FACTORS = FactorSet(
    code="test",
    name_vi="thử",
    name_en="test",
    source="IPCC 2006 defaults, VN grid 2023",
    date="2026-01-01",
    version="1",
    fuels={
        "anthracite": FuelFactor("anthracite", 26.7, 98_300),
        "diesel_oil": FuelFactor("diesel_oil", 43.0, 74_100, density_t_per_m3=0.84),
        "wood": FuelFactor("wood", 15.6, 112_000, biogenic=True),
    },
    grid=(GridFactor("VN", 2022, 0.6766), GridFactor("VN", 2023, 0.6592)),
    default_grid_year=2023,
)


def option(
    status: str,
    inv: float,
    sav: float,
    *amounts: tuple[str, float, str],
    sector="textile",
    category="good_housekeeping",
) -> OptionRecord:
    return OptionRecord(status, category, sector, inv, sav, tuple(ResourceAmount(*a) for a in amounts))


RECORDS = [
    option("implemented", 10_000, 4_000, ("electricity", 2.57, "Gwh"), ("water", 93.2, "m3")),
    option("implemented", 0, 1_500, ("diesel_oil", 1000, "L"), ("anthracite", 2, "tấn"), sector="paper"),
    option("proposed", 50_000, 9_000, ("electricity", 100, "MWh"), category="technology_change"),
    option("rejected", 7_000, 0, sector="paper"),
]


def test_counts_money_and_resources() -> None:
    t = totals(RECORDS, FACTORS)
    assert (t.options_proposed, t.options_implemented) == (4, 2)
    assert t.implemented_ratio == pytest.approx(0.5)
    assert (t.investment_usd, t.annual_savings_usd) == (10_000, 5_500)
    assert (t.investment_usd_all, t.annual_savings_usd_all) == (67_000, 14_500)
    assert t.resource_savings["electricity"] == (pytest.approx(2570), "MWh")
    assert t.resource_savings["water"] == (pytest.approx(93.2), "m³")
    assert t.resource_savings["diesel_oil"] == (pytest.approx(0.84), "t")  # 1 000 L × 0.84 t/m³
    assert t.not_in_co2 == ("water",)


def test_co2_by_hand() -> None:
    """2 570 MWh × 0.6592 = 1 694.144 t; 0.84 t DO × 43 GJ/t × 74 100 kg/TJ = 2.676 492 t;
    2 t anthracite × 26.7 × 98 300 / 10⁶ = 5.249 22 t; total 1 702.069 712 t."""
    t = totals(RECORDS, FACTORS, 2023)
    assert t.co2.electricity_t == pytest.approx(1694.144)
    assert t.co2.fossil_t == pytest.approx(2.676492 + 5.24922)
    assert t.co2_t == pytest.approx(1702.069712)


def test_grid_year_and_reported_difference() -> None:
    r = roll_up(RECORDS, FACTORS, grid_year=2022, reported_co2_t=1_000)
    assert r.grid_year == 2022
    assert r.factor_set == "test"
    assert r.totals.co2.electricity_t == pytest.approx(2570 * 0.6766)
    assert r.co2_difference_t == pytest.approx(r.totals.co2_t - 1_000)
    assert roll_up(RECORDS, FACTORS).co2_difference_t is None


def test_breakdowns_add_up() -> None:
    r = roll_up(RECORDS, FACTORS)
    assert set(r.by_sector) == {"textile", "paper"}
    assert sum(t.options_proposed for t in r.by_sector.values()) == 4
    assert sum(t.investment_usd for t in r.by_category.values()) == r.totals.investment_usd
    assert sum(t.co2_t for t in r.by_sector.values()) == pytest.approx(r.totals.co2_t)
    assert r.by_sector["paper"].options_implemented == 1


def test_biogenic_kept_apart() -> None:
    t = totals([option("implemented", 0, 0, ("wood", 10, "t"))], FACTORS)
    assert t.co2.biogenic_t == pytest.approx(10 * 15.6 * 112_000 / 1e6)
    assert t.co2_t == 0


def test_empty_selection() -> None:
    t = totals([], FACTORS)
    assert t.implemented_ratio is None
    assert t.co2_t == 0
    assert dict(t.resource_savings) == {}


def test_fuel_given_as_energy_goes_through_ncv() -> None:
    assert to_summary_unit(ResourceAmount("anthracite", 267, "GJ"), FACTORS) == (
        pytest.approx(10),
        "t",
    )
    assert to_summary_unit(ResourceAmount("water", 5, "t"), FACTORS) == (pytest.approx(5), "m³")
    with pytest.raises(ValueError, match="density"):
        to_summary_unit(ResourceAmount("anthracite", 5, "m3"), FACTORS)
