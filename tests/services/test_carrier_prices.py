"""Carrier prices in the factor set: shipped, installed, offered to a calculation as the price
of its saving (source said as "factor set <name>, <source>"), and followed when they change.

The example: a lighting retrofit, 100 fixtures of 36 W replaced by 100 of 18 W, 3 000 h a
year: (100 × 36 − 100 × 18) W × 3 000 h = 5 400 kWh a year. At the shipped set's electricity
price, EVN's average retail price from 9 November 2023, 2 006.79 VND/kWh:
5 400 × 2 006.79 = 10 836 666 VND a year; at 2 100 VND/kWh, 5 400 × 2 100 = 11 340 000.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import delete, select

from cpdesk.core.calculators.stored import TYPED, GivenInput
from cpdesk.core.carrier_prices import CarrierPrice
from cpdesk.core.factors import FactorSet
from cpdesk.core.messages import render
from cpdesk.services.assessment import assessments, calculations, companies, options
from cpdesk.services.reference import factor_sets
from cpdesk.services.reference.factor_set_files import load_factor_set
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import CarrierPriceRow, Option
from cpdesk.store.session import tombstone

KWH = 5400.0
EVN_2023 = 2006.79
KEY = "factor.price:electricity"


def _option(db: Database, currency: str = "VND") -> Any:
    company = companies.create_company(db, name="Gốm sứ Minh Long", sector="ceramics")
    rate = 25_000 if currency == "VND" else None
    a = assessments.create_assessment(
        db,
        company_id=company.id,
        title="Chiếu sáng",
        operating_hours_per_year=3000,
        exchange_rate=rate,
        currency=currency,
    )
    return options.add_option(db, a.id, code="O1", title="Đèn LED", category="equipment_modification")


def _inputs() -> dict[str, GivenInput]:
    return {
        "fixtures_before": GivenInput(100.0, "1"),
        "power_before": GivenInput(36.0, "W"),
        "fixtures_after": GivenInput(100.0, "1"),
        "power_after": GivenInput(18.0, "W"),
        "operating_hours": GivenInput(3000.0, "h", calculations.OPERATING_HOURS),
    }


def _set_price(db: Database, value: float) -> None:
    with unit_of_work(db) as session:
        row = session.execute(select(CarrierPriceRow).where(CarrierPriceRow.carrier == "electricity")).scalar_one()
        row.vnd_per_unit = value


def test_the_shipped_set_prices_electricity_with_its_source() -> None:
    shipped = load_factor_set()
    price = shipped.price("electricity")
    assert price is not None
    assert (price.vnd_per_unit, price.unit, price.year) == (EVN_2023, "kWh", 2023)
    assert "2941/QĐ-EVN" in price.source
    assert shipped.price("anthracite") is None  # coal: no dated published price (tests/services/test_fuel_prices.py)


def test_a_price_must_be_positive_and_a_carrier_priced_once() -> None:
    with pytest.raises(ValueError):
        CarrierPrice("electricity", 0.0, "kWh", 2023)
    with pytest.raises(ValueError):
        CarrierPrice("electricity", 2000.0, "", 2023)
    twice = (CarrierPrice("electricity", 2000.0, "kWh", 2023), CarrierPrice("electricity", 2100.0, "kWh", 2024))
    with pytest.raises(ValueError, match="priced twice"):
        FactorSet("x", "x", "x", "", "", "1", {}, prices=twice)


def test_the_installed_set_reads_its_prices_back(db: Database) -> None:
    installed = factor_sets.factor_set(db)
    assert installed.price("electricity") == load_factor_set().price("electricity")


def test_the_factor_set_price_is_offered_first_and_per_the_saving_unit(db: Database) -> None:
    option = _option(db)
    (per_kwh,) = calculations.price_sources(db, option.id, "kWh", "electricity")
    assert (per_kwh.key, per_kwh.value, per_kwh.unit) == (KEY, EVN_2023, "kWh")
    said = render(per_kwh.label, "en")
    assert said.startswith("factor set IPCC 2006 defaults + Vietnam grid, EVN, Decision 2941/QĐ-EVN")
    assert render(per_kwh.label, "vi").startswith("bộ hệ số Giá trị mặc định IPCC 2006")
    (per_mwh,) = calculations.price_sources(db, option.id, "MWh", "electricity")
    assert per_mwh.value == pytest.approx(EVN_2023 * 1000)  # 2 006 790 VND/MWh
    assert calculations.price_sources(db, option.id, "t", "anthracite") == ()  # the set prices no coal
    assert calculations.price_sources(db, option.id, "kWh") == ()  # no carrier named: waste streams only


def test_an_assessment_in_another_currency_is_not_offered_the_vnd_price(db: Database) -> None:
    option = _option(db, currency="USD")
    assert calculations.price_sources(db, option.id, "kWh", "electricity") == ()


def test_a_calculation_priced_by_the_factor_set_follows_its_price(db: Database) -> None:
    option = _option(db)
    calc = calculations.preview(db, option.id, "lighting", _inputs(), price=EVN_2023, price_source=KEY)
    assert calc.saving is not None and calc.saving.carrier == "electricity"
    assert calc.saving.quantity == pytest.approx(KWH)
    assert calc.annual_savings == pytest.approx(10_836_666.0)
    calculations.use_calculation(db, option.id, calc)
    assert calculations.recompute_option(db, option.id)[1] is None  # nothing changed

    _set_price(db, 2100.0)
    kept, changed = calculations.recompute_option(db, option.id)
    assert changed is not None
    assert (kept.price, kept.price_source) == (2100.0, KEY)
    assert kept.annual_savings == pytest.approx(11_340_000.0)
    with db.reading() as session:
        stored = session.get(Option, option.id)
        assert stored is not None and stored.annual_savings == pytest.approx(11_340_000.0)


def test_a_typed_price_stays_when_the_factor_set_has_one(db: Database) -> None:
    option = _option(db)
    calc = calculations.preview(db, option.id, "lighting", _inputs(), price=1800.0)
    calculations.use_calculation(db, option.id, calc)
    _set_price(db, 2100.0)
    kept, changed = calculations.recompute_option(db, option.id)
    assert changed is None and (kept.price, kept.price_source) == (1800.0, TYPED)
    assert kept.annual_savings == pytest.approx(KWH * 1800.0)


def test_an_unpriced_calculation_takes_the_factor_set_price(db: Database) -> None:
    option = _option(db)
    calc = calculations.preview(db, option.id, "lighting", _inputs())
    assert calc.annual_savings is None
    calculations.use_calculation(db, option.id, calc)
    kept, changed = calculations.recompute_option(db, option.id)
    assert changed is not None
    assert (kept.price, kept.price_source) == (EVN_2023, KEY)
    assert kept.annual_savings == pytest.approx(10_836_666.0)


def test_a_price_removed_from_the_set_keeps_the_last_result_marked_stale(db: Database) -> None:
    option = _option(db)
    calc = calculations.preview(db, option.id, "lighting", _inputs(), price=EVN_2023, price_source=KEY)
    calculations.use_calculation(db, option.id, calc)
    with unit_of_work(db) as session:
        tombstone(session.execute(select(CarrierPriceRow).where(CarrierPriceRow.carrier == "electricity")).scalar_one())
    kept, _ = calculations.recompute_option(db, option.id)
    assert kept.stale == ("price",)
    assert kept.annual_savings == pytest.approx(10_836_666.0)


def test_a_set_installed_before_prices_gets_the_shipped_ones_once(db: Database) -> None:
    with unit_of_work(db) as session:
        session.execute(delete(CarrierPriceRow))  # as a set installed by an older cpdesk
    assert factor_sets.factor_set(db).price("electricity") is None
    assert factor_sets.install_factor_set(db) is False  # the set is there: only its prices added
    assert factor_sets.factor_set(db).price("electricity") == load_factor_set().price("electricity")
    _set_price(db, 2100.0)  # a price the centre set stays
    factor_sets.install_factor_set(db)
    price = factor_sets.factor_set(db).price("electricity")
    assert price is not None and price.vnd_per_unit == 2100.0
    with unit_of_work(db) as session:  # and one removed stays removed
        tombstone(session.execute(select(CarrierPriceRow).where(CarrierPriceRow.carrier == "electricity")).scalar_one())
    factor_sets.install_factor_set(db)
    assert factor_sets.factor_set(db).price("electricity") is None
