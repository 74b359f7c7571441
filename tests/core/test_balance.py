"""Balances of a small plant worked by hand.

Plant: 6 000 h and 250 days a year, 1 500 t of product. Boiler B and dyeing D.

| stream | reading | per year | water, m³ | energy, GJ |
|---|---|---|---|---|
| well water → D | 10 m3/h | 60 000 m³ | 60 000 | – |
| feed water → B | 100 m3 per day | 25 000 m³ | 25 000 | – |
| steam B → D, 8 bar(g) sat. | 4 t/h | 24 000 t | 24 000 | 24 000 × 2 668.17 kJ/kg = 64 036.0 |
| coal → B | 300 tấn per month | 3 600 t | – | 3 600 × 26.7 = 96 120 |
| electricity → D | 100 kW | 600 MWh | – | 2 160 |
| wastewater D → out | 80 000 m³ per year | 80 000 m³ | 80 000 | – |
| blowdown B → out | 4 m3/ngày per day | 1 000 m³ | 1 000 | – |
| evaporation D → out | unmeasured | | ? | – |

Water: plant in 85 000, out 81 000, unaccounted 4 000 = 4.7059 % of inputs; boiler 25 000
in, 25 000 out, 0 %; dyeing in 84 000, out 80 000 (+ evaporation unmeasured), 4.7619 %.
Energy: boiler in 96 120, out 64 036.0, 33.38 %; plant in 98 280 GJ = 27 300 000 kWh.
"""

from __future__ import annotations

import pytest

from cpdesk.core.annual import OperatingPeriod, Reading, StreamState, annual_amount
from cpdesk.core.balance import ENERGY, WATER, BalanceError, BalanceStream, compute_balance
from cpdesk.core.factors import FactorSet, FuelFactor

FACTORS = FactorSet(
    code="t",
    name_vi="t",
    name_en="t",
    source="IPCC 2006",
    date="2026-01-01",
    version="1",
    fuels={"anthracite": FuelFactor("anthracite", 26.7, 98_300)},
)
PERIOD = OperatingPeriod(
    hours_per_year=6000,
    days_per_year=250,
    batches_per_day=25,
    annual_production=1500,
    production_unit="tấn",
)
STEPS = [("B", "Boiler"), ("D", "Dyeing")]


def stream(id_, carrier, source, target, *readings, kind="water", pressure=None, temperature=None):
    return BalanceStream(
        id=id_,
        name=id_,
        kind=kind,
        state=StreamState(id_, carrier, pressure, temperature),
        source=source,
        target=target,
        readings=tuple(Reading(f"{id_}{i}", v, u, b, 0.03) for i, (v, u, b) in enumerate(readings)),
    )


STREAMS = [
    stream("well", "water", None, "D", (10, "m3/h", "per_hour")),
    stream("feed", "water", None, "B", (100, "m3", "per_day")),
    stream("steam", "steam", "B", "D", (4, "t/h", "per_hour"), kind="energy", pressure=8.0),
    stream("coal", "anthracite", None, "B", (300, "tấn", "per_month"), kind="energy"),
    stream("power", "electricity", None, "D", (100, "kW", "per_hour"), kind="energy"),
    stream("wastewater", "wastewater", "D", None, (80_000, "m³", "per_year"), kind="waste"),
    stream("blowdown", "wastewater", "B", None, (4, "m3/ngày", "per_day"), kind="waste"),
    stream("evaporation", "water", "D", None, kind="waste"),
]


def test_water_balance_by_hand() -> None:
    b = compute_balance(STREAMS, STEPS, WATER, PERIOD, FACTORS)
    assert b.unit == "m³"
    assert (b.plant.total_in, b.plant.total_out) == (pytest.approx(85_000), pytest.approx(81_000))
    assert b.plant.closure_pct == pytest.approx(4.7059, abs=1e-4)
    assert b.plant.unmeasured == ("evaporation",)
    boiler, dyeing = b.nodes
    assert boiler.closure_pct == pytest.approx(0, abs=1e-9)
    assert dyeing.total_in == pytest.approx(84_000)
    assert dyeing.closure_pct == pytest.approx(4.7619, abs=1e-4)
    assert b.specific["total"] == pytest.approx(85_000 / 1500)
    assert "coal" not in {v.id for v in b.streams}


def test_energy_balance_by_hand() -> None:
    b = compute_balance(STREAMS, STEPS, ENERGY, PERIOD, FACTORS)
    boiler = b.nodes[0]
    assert boiler.total_in == pytest.approx(96_120)
    assert boiler.total_out == pytest.approx(64_036.0, rel=2e-5)
    assert boiler.closure_pct == pytest.approx(33.38, abs=0.01)
    assert b.plant.total_in == pytest.approx(98_280)
    kwh = compute_balance(STREAMS, STEPS, ENERGY, PERIOD, FACTORS, energy_unit="kWh")
    assert kwh.plant.total_in == pytest.approx(27_300_000)


def test_measured_ncv_replaces_the_default() -> None:
    b = compute_balance(STREAMS, STEPS, ENERGY, PERIOD, FACTORS, ncv_overrides={"anthracite": 22.0})
    assert b.nodes[0].total_in == pytest.approx(3600 * 22.0)


def test_sankey_links_carry_the_values() -> None:
    b = compute_balance(STREAMS, STEPS, WATER, PERIOD, FACTORS)
    links = {link.stream_id: link for link in b.sankey_links}
    assert links["well"].source == "in:well"
    assert links["well"].target == "D"
    assert links["wastewater"].target == "out:wastewater"
    assert "evaporation" not in links  # unmeasured: no link drawn with a made-up width
    assert b.sankey_nodes["in:well"] == "well"
    assert b.sankey_nodes["D"] == "Dyeing"


def test_adjusted_values_fill_the_unmeasured() -> None:
    b = compute_balance(STREAMS, STEPS, WATER, PERIOD, FACTORS, adjusted={"evaporation": 4000.0})
    assert b.plant.closure_pct == pytest.approx(0, abs=1e-9)
    assert b.plant.unmeasured == ()


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        (Reading("r", 110, "kWh", "per_batch", 0.03), (110 * 25 * 250 * 0.0036, "GJ")),
        (Reading("r", 1.2, "Mwh", "per_month", 0.03), (1.2 * 12 * 3.6, "GJ")),
        (Reading("r", 56, "m3/t", "per_tonne_product", 0.03), (56 * 1500, "m³")),
        (Reading("r", 2, "m3", "per_tonne_product", 0.03), (2 * 1500, "m³")),
        (Reading("r", 590, "lít", "per_hour", 0.03), (0.59 * 6000, "m³")),
        (Reading("r", 45, "m3/ngày", "per_day", 0.03), (45 * 250, "m³")),
        (Reading("r", 2.5, "t/h", "per_hour", 0.03), (2.5 * 6000, "t")),
    ],
)
def test_annual_amounts(reading: Reading, expected: tuple[float, str]) -> None:
    value, unit = annual_amount(reading, PERIOD, "x")
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


def test_readings_that_cannot_be_brought_to_a_year_name_themselves() -> None:
    with pytest.raises(
        BalanceError,
        match=r"Nước cho nhuộm \(540 khối per day\) needs the assessment's operating days",
    ):
        annual_amount(Reading("r", 540, "khối", "per_day", 0.03), OperatingPeriod(), "Nước cho nhuộm")
    with pytest.raises(BalanceError, match="cannot be brought to a year"):
        annual_amount(Reading("r", 5, "m3", "total", 0.03), PERIOD, "x")
    with pytest.raises(BalanceError, match="annual production"):
        annual_amount(Reading("r", 5, "m3/t", "per_tonne_product", 0.03), OperatingPeriod(), "x")


def test_steam_without_pressure_is_an_error_naming_the_stream() -> None:
    bad = [stream("steam", "steam", "B", "D", (4, "t/h", "per_hour"), kind="energy")]
    with pytest.raises(BalanceError, match="steam: steam needs its pressure"):
        compute_balance(bad, STEPS, ENERGY, PERIOD, FACTORS)


def test_several_readings_are_averaged() -> None:
    two = [stream("well", "water", None, "D", (10, "m3/h", "per_hour"), (12, "m3/h", "per_hour"))]
    b = compute_balance(two, STEPS, WATER, PERIOD, FACTORS)
    value = b.streams[0]
    assert value.value == pytest.approx(66_000)
    assert value.readings == 2
    # u = sqrt((60 000·0.03)² + (72 000·0.03)²) / 2 / 66 000
    assert value.relative_uncertainty == pytest.approx(((1800**2 + 2160**2) ** 0.5 / 2) / 66_000)
