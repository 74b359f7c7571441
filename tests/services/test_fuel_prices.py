"""Fuel prices in the shipped factor set: DO and FO at the retail price ceiling the Ministries
of Industry and Trade and of Finance set from 15:00 on 8 January 2026 (diesel 0.05S at most
17 061 VND/L, mazut 180CST 3.5S at most 13 403 VND/kg, as Thời báo Tài chính Việt Nam,
VietNamNet and Báo Công Thương reported it that day); no price for coal, LPG, natural gas or
biomass (no dated published figure).

By hand: FO 13 403 VND/kg = 13 403 000 VND/t; DO 17 061 VND/L at the set's 0.84 t/m³:
17 061 × 1 000 L/m³ / 0.84 t/m³ = 20 310 714.29 VND/t.
The failed trap of tests/services/test_option_calculations.py (284.81 GJ of steam heat a year,
boiler 80 %) burning FO (NCV 40.4 GJ/t): 284.81 / (0.80 × 40.4) = 8.8121 t a year
(= 13.3337 t of anthracite × 26.7 / 40.4), × 13 403 000 = 118 109 000 VND a year.
"""

from __future__ import annotations

import pytest

from cpdesk.core.calculators.stored import GivenInput
from cpdesk.services.assessment import calculations
from cpdesk.services.reference import factor_sets
from cpdesk.services.reference.factor_set_files import load_factor_set
from cpdesk.store.database import Database
from tests.services.test_option_calculations import FUEL_T, _inputs, _setup

FO_PER_T = 13_403_000.0
DO_PER_T = 17_061 * 1000 / 0.84  # 20 310 714.29 VND/t
FO_T = FUEL_T * 26.7 / 40.4  # 8.8121 t of FO for the anthracite's heat


def test_the_shipped_set_prices_do_and_fo_with_their_date_and_source() -> None:
    shipped = load_factor_set()
    do, fo = shipped.price("diesel_oil"), shipped.price("fuel_oil")
    assert do is not None and fo is not None
    assert (do.vnd_per_unit, do.unit, do.year) == (17_061, "L", 2026)
    assert (fo.vnd_per_unit, fo.unit, fo.year) == (13_403, "kg", 2026)
    for price in (do, fo):
        assert "8 January 2026" in price.source and "VAT" in price.source
    unpriced = ("anthracite", "bituminous_coal", "lignite", "lpg", "natural_gas", "wood", "rice_husk")
    assert [fuel for fuel in unpriced if shipped.price(fuel) is not None] == []


def test_a_fuel_saving_is_offered_the_sets_price_per_tonne(db: Database) -> None:
    setup = _setup(db)
    option = setup["option"].id
    (fo,) = calculations.price_sources(db, option, "t", "fuel_oil")
    assert (fo.key, fo.value, fo.unit) == ("factor.price:fuel_oil", pytest.approx(FO_PER_T), "t")
    (do,) = calculations.price_sources(db, option, "t", "diesel_oil")
    assert do.value == pytest.approx(20_310_714.29, abs=0.01) and do.value == pytest.approx(DO_PER_T)
    (do_kg,) = calculations.price_sources(db, option, "kg", "diesel_oil")
    assert do_kg.value == pytest.approx(DO_PER_T / 1000)  # 20 310.71 VND/kg
    assert calculations.price_sources(db, option, "t", "anthracite") == ()  # coal stays unpriced
    assert calculations.price_sources(db, option, "t", "lpg") == ()


def test_a_steam_leak_on_fo_is_priced_by_the_set_and_an_unpriced_one_takes_it(db: Database) -> None:
    setup = _setup(db)
    option = setup["option"].id
    inputs = {**_inputs(setup["stream"].id), "fuel_calorific_value": GivenInput(40.4, "GJ/t", "fuel.ncv:fuel_oil")}
    priced = calculations.preview(
        db, option, "steam_leak", inputs, fuel="fuel_oil", price=FO_PER_T, price_source="factor.price:fuel_oil"
    )
    assert priced.saving is not None and priced.saving.quantity == pytest.approx(FO_T)
    assert priced.annual_savings == pytest.approx(FO_T * FO_PER_T)
    assert priced.annual_savings == pytest.approx(118_109_000, rel=1e-4)
    unpriced = calculations.preview(db, option, "steam_leak", inputs, fuel="fuel_oil")
    assert unpriced.annual_savings is None
    calculations.use_calculation(db, option, unpriced)
    kept, changed = calculations.recompute_option(db, option)  # a kept calculation without a price takes it
    assert changed is not None and kept.price_source == "factor.price:fuel_oil"
    assert kept.price == pytest.approx(FO_PER_T) and kept.annual_savings == pytest.approx(FO_T * FO_PER_T)


def test_the_installed_set_holds_the_fuel_prices(db: Database) -> None:
    installed = factor_sets.factor_set(db)
    assert installed.price("diesel_oil") == load_factor_set().price("diesel_oil")
    assert installed.price("fuel_oil") == load_factor_set().price("fuel_oil")
