"""Bringing instrument readings to a year: 8 760 h of operation, levels never added up.

A year of operation is 365 days × 24 h = 8 760 h; pint's year is 365.25 days = 8 766 h. An
hourly rate runs the stated operating hours; with none stated it is refused, not assumed to
run all year. Each expected value is worked out in the comment beside it.
"""

from __future__ import annotations

import numpy as np
import pytest

from cpdesk.core.annual import BalanceError, OperatingPeriod, Reading, annual_amount
from cpdesk.core.loggers.stats import amount_unit, range_stats
from cpdesk.core.loggers.times import parse_time_zone

NO_HOURS = OperatingPeriod()
CONTINUOUS = OperatingPeriod(hours_per_year=8760, days_per_year=365)
SHIFTS = OperatingPeriod(hours_per_year=6000, days_per_year=250)


@pytest.mark.parametrize(
    ("reading", "period", "expected"),
    [
        # 1 m³/h × 8 760 h of continuous operation = 8 760 m³.
        (Reading("r", 1, "m3/h", "per_hour", 0.03), CONTINUOUS, (8760, "m³")),
        # 1 m³/h × the stated 6 000 h = 6 000 m³.
        (Reading("r", 1, "m3/h", "per_hour", 0.03), SHIFTS, (6000, "m³")),
        # 590 L per hour = 0.59 m³ × 8 760 h = 5 168.4 m³.
        (Reading("r", 590, "lít", "per_hour", 0.03), CONTINUOUS, (5168.4, "m³")),
        # 2 kW × 8 760 h = 17 520 kWh × 0.0036 GJ/kWh = 63.072 GJ.
        (Reading("r", 2, "kW", "per_hour", 0.03), CONTINUOUS, (63.072, "GJ")),
        # A rate stated per year is already annual: 8 760 m³/year is 8 760 m³, whatever the
        # hours (today's code took it as 8 760/8 766 m³/h, times 6 000 h = 5 995.9 m³).
        (Reading("r", 8760, "m3/year", "per_year", 0.03), SHIFTS, (8760, "m³")),
        # Natural gas at 120 Nm³/h for 6 000 h = 720 000 Nm³: an amount of gas, kept in Nm³.
        (Reading("r", 120, "Nm3/h", "per_hour", 0.03), SHIFTS, (720_000, "Nm³")),
        (Reading("r", 50, "Nm3", "per_day", 0.03), SHIFTS, (12_500, "Nm³")),  # 50 × 250 days
    ],
)
def test_annual_amounts_with_a_year_of_8760_hours(
    reading: Reading, period: OperatingPeriod, expected: tuple[float, str]
) -> None:
    value, unit = annual_amount(reading, period, "x")
    assert (value, unit) == (pytest.approx(expected[0], rel=1e-12), expected[1])


def test_an_hourly_rate_needs_the_operating_hours() -> None:
    # Assuming 8 760 h where none are stated would overstate a plant on shifts without a word.
    with pytest.raises(BalanceError, match="operating hours per year"):
        annual_amount(Reading("r", 1, "m3/h", "per_hour", 0.03), NO_HOURS, "x")
    assert SHIFTS.operating_hours(lambda: "r") == 6000


@pytest.mark.parametrize(
    ("value", "unit", "reason"),
    [
        (80, "°C", "temperature is a level"),  # 80 °C for 8 760 h is not 700 800 °C
        (8, "bar(g)", "gauge pressure is a level"),
        (400, "V", "voltage is a level"),
        (120, "A", "current is a level"),
        (1200, "mg/L", "concentration is a level"),
        (0.85, "-", "dimensionless is a level"),  # a power factor
        (250, "kVA", "apparent power is not real power"),
        (90, "kvar", "reactive power is not real power"),
        (900, "kvarh", "reactive energy is not real power"),
    ],
)
def test_levels_and_reactive_power_are_never_brought_to_a_year(value: float, unit: str, reason: str) -> None:
    with pytest.raises(BalanceError, match=reason):
        annual_amount(Reading("r", value, unit, "per_hour", 0.03), NO_HOURS, "x")


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("kW", ("kWh", 3600.0)),
        ("m3/h", ("m³", 3600.0)),
        ("m3/year", ("m³", 8760 * 3600.0)),  # a year of operation, not pint's 8 766 h
        ("Nm3/h", None),  # amounts of gas are not summed by the logger figures
        ("°C", None),
        ("K", None),
        ("bar", None),
        ("V", None),
        ("A", None),
        ("Hz", None),
        ("kVA", None),
        ("kvar", None),
        ("1", None),
    ],
)
def test_what_a_logger_series_adds_up_to(unit: str, expected: tuple[str, float] | None) -> None:
    assert amount_unit(unit) == expected


def test_a_temperature_series_has_no_total() -> None:
    # A day of hourly temperatures: the mean is a mean, and nothing is integrated over time.
    times = np.arange(25, dtype=np.int64) * 3600 * 1_000_000_000
    values = np.full(25, 60.0)
    figures = range_stats(times, values, "°C", parse_time_zone("+07:00"))
    assert (figures.mean, figures.amount, figures.amount_unit) == (60.0, None, None)
