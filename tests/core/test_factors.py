"""Hand-checked CO2 arithmetic of cpdesk.core.factors (no files: factors built inline)."""

from __future__ import annotations

import pytest

from cpdesk.core.factors import (
    Co2Result,
    FactorSet,
    FuelFactor,
    GridFactor,
    co2_from_electricity,
    co2_from_fuel,
    co2_split,
    co2_t_per_t_fuel,
    energy_gj_from_fuel,
    fuel_mass_t_from_volume,
)

# reference-factors.md: fuel, NCV GJ/t, kg CO2/TJ, biogenic, density, printed t CO2 per t.
TABLE = [
    ("anthracite", 26.7, 98_300, False, None, 2.625),
    ("bituminous_coal", 25.8, 94_600, False, None, 2.441),
    ("sub_bituminous_coal", 18.9, 96_100, False, None, 1.816),
    ("lignite", 11.9, 101_000, False, None, 1.202),
    ("diesel_oil", 43.0, 74_100, False, 0.84, 3.186),
    ("fuel_oil", 40.4, 77_400, False, 0.96, 3.127),
    ("lpg", 47.3, 63_100, False, None, 2.985),
    ("natural_gas", 48.0, 56_100, False, None, 2.693),
    ("gasoline", 44.3, 69_300, False, None, 3.070),
    ("wood", 15.6, 112_000, True, None, 1.747),
    ("rice_husk", 11.6, 100_000, True, None, 1.160),
]
GRID = {
    2014: 0.6612, 2015: 0.8154, 2016: 0.9185, 2017: 0.8649, 2018: 0.9130,
    2019: 0.8458, 2020: 0.8041, 2021: 0.7221, 2022: 0.6766, 2023: 0.6592,
}  # fmt: skip


def _fuel(code: str) -> FuelFactor:
    row = next(r for r in TABLE if r[0] == code)
    return FuelFactor(
        code=row[0], ncv_gj_per_t=row[1], co2_kg_per_tj=row[2], biogenic=row[3],
        density_t_per_m3=row[4],
    )  # fmt: skip


@pytest.fixture
def factor_set() -> FactorSet:
    return FactorSet(
        code="test",
        name_vi="Bộ hệ số thử",
        name_en="Test set",
        source="reference-factors.md",
        date="2026-01-01",
        version="1",
        fuels={row[0]: _fuel(row[0]) for row in TABLE},
        grid=tuple(GridFactor("VN", year, ef) for year, ef in GRID.items()),
        default_grid_year=2023,
    )


def test_one_tonne_of_anthracite_by_hand() -> None:
    anthracite = _fuel("anthracite")
    # 1 t × 26.7 GJ/t = 26.7 GJ = 0.0267 TJ; × 98 300 kg/TJ = 2 624.61 kg = 2.62461 t
    assert energy_gj_from_fuel(anthracite, 1.0) == pytest.approx(26.7)
    assert co2_from_fuel(anthracite, 1.0) == pytest.approx(2.62461, abs=1e-9)
    assert round(co2_from_fuel(anthracite, 1.0), 3) == 2.625


@pytest.mark.parametrize(("code", "printed"), [(r[0], r[5]) for r in TABLE])
def test_reference_table_t_co2_per_t(code: str, printed: float) -> None:
    fuel = _fuel(code)
    assert round(co2_t_per_t_fuel(fuel), 3) == pytest.approx(printed, abs=1e-12)
    assert co2_from_fuel(fuel, 1.0) == pytest.approx(co2_t_per_t_fuel(fuel))


def test_thousand_litres_of_diesel() -> None:
    do = _fuel("diesel_oil")
    mass = fuel_mass_t_from_volume(do, 1000)
    assert mass == pytest.approx(0.84)
    # 0.84 t × 43.0 GJ/t × 74 100 kg/TJ = 2 676.49 kg
    assert co2_from_fuel(do, mass) == pytest.approx(2.676492)
    assert round(co2_from_fuel(do, mass), 3) == 2.676


def test_density_override_and_missing_density() -> None:
    assert fuel_mass_t_from_volume(_fuel("fuel_oil"), 500, 0.98) == pytest.approx(0.49)
    with pytest.raises(ValueError, match="lpg"):
        fuel_mass_t_from_volume(_fuel("lpg"), 100)


def test_ncv_override_changes_energy_not_factor() -> None:
    coal = _fuel("anthracite")
    assert energy_gj_from_fuel(coal, 10, 22.0) == pytest.approx(220.0)
    assert co2_from_fuel(coal, 10, ncv_override_gj_per_t=22.0) == pytest.approx(10 * 22.0 * 98_300 / 1e6)
    with pytest.raises(ValueError, match="anthracite"):
        co2_from_fuel(coal, 1, ncv_override_gj_per_t=0)


def test_cp_ee_electricity_at_2023_grid(factor_set: FactorSet) -> None:
    # seed: 2,57 GWh saved by CP-EE = 2570 MWh; × 0.6592 t/MWh = 1694.144 t
    assert co2_from_electricity(2570, factor_set) == pytest.approx(1694.144)
    assert round(co2_from_electricity(2570, factor_set, 2023), 1) == 1694.1
    assert co2_from_electricity(1000, factor_set, year=2014) == pytest.approx(661.2)


def test_unknown_grid_year_names_the_year(factor_set: FactorSet) -> None:
    with pytest.raises(ValueError, match="2004"):
        co2_from_electricity(100, factor_set, year=2004)


def test_unknown_fuel_names_the_fuel(factor_set: FactorSet) -> None:
    with pytest.raises(ValueError, match="biogas"):
        factor_set.fuel("biogas")


def test_split_fossil_biogenic_electricity(factor_set: FactorSet) -> None:
    result = co2_split(
        [("anthracite", 2.0), ("rice_husk", 10.0), ("electricity", 100.0), ("diesel_oil", 1.0)],
        factor_set,
    )
    assert isinstance(result, Co2Result)
    assert result.fossil_t == pytest.approx(2 * 2.62461 + 3.1863)
    assert result.biogenic_t == pytest.approx(11.6)
    assert result.electricity_t == pytest.approx(65.92)
    assert result.total_t == pytest.approx(result.fossil_t + 65.92)


def test_split_rejects_non_fuel_carrier(factor_set: FactorSet) -> None:
    with pytest.raises(ValueError, match="steam"):
        co2_split([("steam", 5.0)], factor_set)


def test_split_uses_ncv_overrides(factor_set: FactorSet) -> None:
    result = co2_split([("anthracite", 1.0)], factor_set, ncv_overrides_gj_per_t={"anthracite": 20})
    assert result.fossil_t == pytest.approx(20 * 98_300 / 1e6)


def test_factor_set_checks_default_year_and_is_frozen(factor_set: FactorSet) -> None:
    with pytest.raises(ValueError, match="2030"):
        FactorSet(
            code="bad", name_vi="x", name_en="x", source="x", date="x", version="1",
            fuels={}, grid=(GridFactor("VN", 2023, 0.6592),), default_grid_year=2030,
        )  # fmt: skip
    with pytest.raises(TypeError):
        factor_set.fuels["coal"] = _fuel("anthracite")  # type: ignore[index]


def test_invalid_fuel_values_are_rejected() -> None:
    with pytest.raises(ValueError, match="lignite"):
        FuelFactor(code="lignite", ncv_gj_per_t=-1, co2_kg_per_tj=101_000)
    with pytest.raises(ValueError, match="finite"):
        co2_from_fuel(_fuel("lignite"), float("nan"))
