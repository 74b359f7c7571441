"""Fuels as a plant buys them: litres of LPG, DO and kerosene, Nm³ and Sm³ of natural gas.

The factors are those of the shipped set (resources/factor_sets/ipcc2006_vn_grid.json), built
inline here so that the core needs no file: NCV and CO2 factor from IPCC 2006 vol. 2 ch. 1
tables 1.2 and 1.4, liquid densities from the UN Energy Statistics Yearbook (LPG 1 852 L/t,
kerosene 1 235 L/t) and CBS (DO 0.84 kg/L), natural gas 0.90 toe per 1 000 m³ (MOIT letter
3505/BCT-KHCN) = 37.68 MJ/Nm³. Before these factors, `cpdesk options` failed for the whole
assessment with "needs a density" as soon as one option saved LPG in litres.
"""

from __future__ import annotations

import pytest

from cpdesk.core.factors import (
    FactorGap,
    FactorSet,
    FuelFactor,
    MissingFactorError,
    amount_for_co2,
    co2_from_fuel,
    co2_split,
    fuel_mass_t,
)

LPG = FuelFactor("lpg", 47.3, 63_100, density_t_per_m3=0.54, name_en="Liquefied petroleum gas (LPG)")
GAS = FuelFactor("natural_gas", 48.0, 56_100, ncv_mj_per_nm3=37.68, name_en="Natural gas")
DO = FuelFactor("diesel_oil", 43.0, 74_100, density_t_per_m3=0.84, name_en="Gas/diesel oil (DO)")
KEROSENE = FuelFactor("kerosene", 43.8, 71_900, density_t_per_m3=0.81, name_en="Other kerosene")
COAL = FuelFactor("anthracite", 26.7, 98_300, name_en="Anthracite")
SET = FactorSet(
    "ipcc2006_vn_grid",
    "",
    "",
    "",
    "",
    "1",
    {f.code: f for f in (LPG, GAS, DO, KEROSENE, COAL)},
)


def test_lpg_in_litres_through_density_ncv_and_emission_factor() -> None:
    # 1 000 L x 0.54 kg/L = 540 kg = 0.54 t; x 47.3 GJ/t = 25.542 GJ;
    # x 63.1 kg CO2/GJ (63 100 kg/TJ) = 1 611.7002 kg = 1.6117 t CO2.
    mass = fuel_mass_t(LPG, 1000, "L", SET.code)
    assert mass == pytest.approx(0.54)
    assert co2_from_fuel(LPG, mass) == pytest.approx(1.6117002, abs=1e-6)
    # the same in m³ and in the Vietnamese spelling of the litre
    assert fuel_mass_t(LPG, 1, "m3", SET.code) == pytest.approx(0.54)
    assert fuel_mass_t(LPG, 1000, "lít", SET.code) == pytest.approx(0.54)


def test_natural_gas_in_nm3_through_its_ncv_per_nm3() -> None:
    # 10 000 Nm³ x 37.68 MJ/Nm³ = 376.8 GJ; x 56.1 kg CO2/GJ = 21 138.48 kg = 21.138 t CO2.
    # As a mass: 376.8 GJ / 48.0 GJ/t = 7.85 t, which at 48.0 GJ/t gives back the same CO2.
    mass = fuel_mass_t(GAS, 10_000, "Nm3", SET.code)
    assert mass == pytest.approx(7.85)
    assert co2_from_fuel(GAS, mass) == pytest.approx(21.13848, abs=1e-6)


def test_natural_gas_in_sm3_is_fewer_nm3() -> None:
    # 1 Sm³ (15 °C) = 273.15/288.15 Nm³ (0 °C), both at 101.325 kPa: 10 000 Sm³ = 9 479.44 Nm³;
    # x 37.68 MJ/Nm³ = 357.185 GJ; x 56.1 kg/GJ = 20 038.1 kg = 20.0381 t CO2.
    co2 = co2_from_fuel(GAS, fuel_mass_t(GAS, 10_000, "Sm³", SET.code))
    assert co2 == pytest.approx(10_000 * 273.15 / 288.15 * 37.68 / 1000 * 56.1 / 1000)
    assert co2 == pytest.approx(20.0381, abs=1e-4)


def test_diesel_and_kerosene_by_the_litre() -> None:
    # DO: 1 000 L x 0.84 = 0.84 t; x 43.0 = 36.12 GJ; x 74.1 kg/GJ = 2.6765 t CO2.
    assert co2_from_fuel(DO, fuel_mass_t(DO, 1000, "L", SET.code)) == pytest.approx(2.676492)
    # kerosene: 1 000 L x 0.81 = 0.81 t; x 43.8 = 35.478 GJ; x 71.9 kg/GJ = 2.5509 t CO2.
    assert co2_from_fuel(KEROSENE, fuel_mass_t(KEROSENE, 1000, "L", SET.code)) == pytest.approx(2.5508682)


def test_mass_and_energy_as_before() -> None:
    assert fuel_mass_t(COAL, 2500, "kg", SET.code) == pytest.approx(2.5)
    assert fuel_mass_t(COAL, 267, "GJ", SET.code) == pytest.approx(10)  # 267 GJ / 26.7 GJ/t


def test_a_density_given_by_the_assessment_comes_first() -> None:
    assert fuel_mass_t(LPG, 1000, "L", SET.code, density_override_t_per_m3=0.51) == pytest.approx(0.51)
    assert fuel_mass_t(COAL, 1, "m3", SET.code, density_override_t_per_m3=0.8) == pytest.approx(0.8)


@pytest.mark.parametrize(
    ("fuel", "unit", "factor", "words"),
    [
        (COAL, "L", "density", "Anthracite in L needs a density of Anthracite in factor set ipcc2006_vn_grid"),
        (LPG, "Nm3", "ncv_per_nm3", "needs an NCV per Nm³ of Liquefied petroleum gas (LPG) in factor set"),
        (GAS, "m3", "gas_conditions", "Natural gas in m³ is a volume at an unstated pressure and temperature"),
        (GAS, "Nm³/h", "amount", "Natural gas in Nm³/h is not an amount saved per year"),
        (DO, "t/h", "amount", "is not an amount saved per year"),
        (DO, "furlongs", "amount", "Gas/diesel oil (DO) in furlongs is not an amount"),
    ],
)
def test_what_the_set_cannot_count_names_the_missing_factor(
    fuel: FuelFactor, unit: str, factor: str, words: str
) -> None:
    with pytest.raises(MissingFactorError, match=words.replace("(", r"\(").replace(")", r"\)")) as caught:
        fuel_mass_t(fuel, 100, unit, SET.code)
    assert caught.value.gap.factor == factor
    assert caught.value.gap.fuel == fuel.code
    assert caught.value.gap.factor_set == "ipcc2006_vn_grid"
    assert isinstance(caught.value, ValueError)  # callers that catch ValueError still do


def test_amount_for_co2_per_carrier() -> None:
    assert amount_for_co2("lpg", 1000, "L", SET) == pytest.approx(0.54)
    assert amount_for_co2("electricity", 2570, "kWh", SET) == pytest.approx(2.57)
    assert amount_for_co2("water", 800, "m3", SET) is None  # counts in no CO2 figure
    assert amount_for_co2("lpg", 1000, "L", SET, {"lpg": 0.5}) == pytest.approx(0.5)
    with pytest.raises(MissingFactorError, match="Electricity in kW is not an amount saved per year"):
        amount_for_co2("electricity", 50, "kW", SET)
    with pytest.raises(MissingFactorError, match="factor set ipcc2006_vn_grid has no factors for wood") as caught:
        amount_for_co2("wood", 5, "t", SET)
    assert caught.value.gap == FactorGap("wood", "t", "fuel", "ipcc2006_vn_grid")


def test_co2_split_of_litres_and_nm3_together() -> None:
    # 0.54 t LPG -> 1.6117 t; 7.85 t natural gas -> 21.1385 t: 22.7502 t fossil CO2.
    lpg = amount_for_co2("lpg", 1000, "L", SET)
    gas = amount_for_co2("natural_gas", 10_000, "Nm3", SET)
    assert lpg is not None and gas is not None
    result = co2_split([("lpg", lpg), ("natural_gas", gas)], SET)
    assert result.fossil_t == pytest.approx(1.6117002 + 21.13848)
    assert result.fossil_t == pytest.approx(22.7502, abs=1e-4)
