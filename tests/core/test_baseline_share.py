"""A saving as a share of the plant's annual use of its carrier, from the period readings."""

from __future__ import annotations

from datetime import date

import pytest

from cpdesk.core.baseline_share import MIN_DAYS, UseReading, annual_use, share_of_use


def _month(year: int, month: int, value: float, unit: str = "MWh") -> UseReading:
    end = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
    return UseReading(date(year, month, 1), date.fromordinal(end), value, unit)


def test_a_year_of_monthly_bills_is_the_annual_use() -> None:
    bills = [_month(2025, m, 100.0) for m in range(1, 13)]  # 1 200 MWh over 365 days
    assert annual_use(bills) == (pytest.approx(1200.0), "MWh")
    # 60 MWh saved of 1 200: 5 %
    assert share_of_use(60.0, "MWh", annual_use(bills)) == pytest.approx(5.0)
    assert share_of_use(60_000.0, "kWh", annual_use(bills)) == pytest.approx(5.0)  # converted


def test_a_missing_month_is_scaled_and_two_are_too_many() -> None:
    bills = [_month(2025, m, 100.0) for m in range(1, 13) if m != 3]  # March's 31 days missing
    # 1 100 MWh over 334 days: x 365 / 334 = 1 202.1 MWh
    use = annual_use(bills)
    assert use is not None and use[0] == pytest.approx(1100 * 365 / 334) and MIN_DAYS == 334
    assert annual_use([b for b in bills if b.start.month != 4]) is None  # 304 days


def test_only_the_year_before_the_option_and_in_one_unit() -> None:
    bills = [_month(2024, m, 50.0) for m in range(1, 13)] + [_month(2025, m, 100.0) for m in range(1, 13)]
    assert annual_use(bills)[0] == pytest.approx(1200.0)  # the latest year
    # implemented on 1 January 2025: 2024's bills (a leap year of 366 days, all covered)
    assert annual_use(bills, before=date(2025, 1, 1))[0] == pytest.approx(600.0)
    # one bill of a longer period starting before the year is left out: 2024's last 11 bills
    # (Feb to Dec, 335 days, 550 MWh) scaled to 366 days
    early = [UseReading(date(2023, 12, 1), date(2024, 1, 31), 100.0, "MWh"), *bills[1:12]]
    assert annual_use(early, before=date(2025, 1, 1))[0] == pytest.approx(550 * 366 / 335)
    assert annual_use(bills, before=date(2024, 6, 1)) is None  # five months only
    mixed = [_month(2025, m, 100.0) for m in range(1, 12)] + [_month(2025, 12, 360.0, "GJ")]
    # 1 100 MWh = 3 960 GJ, and 360 GJ: 4 320 GJ in the unit of the latest
    assert annual_use(mixed) == (pytest.approx(4320.0), "GJ")
    coal = [_month(2025, m, 100.0, "t") for m in range(1, 12)] + [_month(2025, 12, 360.0, "GJ")]
    assert annual_use(coal) is None  # tonnes do not convert to GJ


def test_no_share_without_a_use_or_in_a_unit_that_does_not_convert() -> None:
    assert share_of_use(5.0, "MWh", None) is None
    assert share_of_use(5.0, "MWh", (0.0, "MWh")) is None
    assert share_of_use(5.0, "m³", (100.0, "MWh")) is None
