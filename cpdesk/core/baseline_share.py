"""A saving as a share of the plant's baseline use of its carrier, for the option library's evidence.

An option that saves 120 MWh of electricity a year means little until it is set against what
the plant uses: 5 % of a textile mill's bill, or half of a small workshop's. The evidence
gives, per type and sector, the quartiles of that share, for the cases where the plant's
annual use of the carrier is known.

Where the annual use comes from: the assessment's **period readings** of the carrier (a
month's electricity bill, a month's coal delivered; :mod:`cpdesk.core.mv.periods`). They are
what a bill or a meter says was used, dated, in a unit cpdesk converts, and the periods of
one variable never overlap, so adding them up is sound. The balances were not used: a
stream's readings become an annual amount only through operating hours, batches or
production (:mod:`cpdesk.core.annual`), and the balances' inputs are streams of a step, not
the plant's whole use of a carrier; a per-case read of every balance would also cost far
more than one query of the readings.

Decisions:

- **Before the option.** Only periods ending before the option was implemented count (all
  of them for an option not implemented): after it, the use already holds the saving.
- **One year.** The year is the one ending with the latest such period (the 365 days, 366 in
  a leap year, after the same day a year before); the periods lying wholly inside it are
  added up. They must cover at least :data:`MIN_DAYS` days (eleven months of twelve); the
  sum is then scaled to the year's days (a year with one monthly bill of 31 days missing is
  334 days: x 365 / 334). Fewer days give no annual use: a quarter's bills say little about
  a year of seasons.
- **One unit.** Every reading is converted to the unit of the latest; a reading in a unit
  that does not convert (a fuel in tonnes beside one in GJ) leaves the use unknown rather
  than half counted. The saving is converted to that unit too; a saving that does not
  convert (natural gas saved in GJ against bills in Nm³) has no share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cpdesk.core.units import UnitError, convert

#: The fewest days of readings an annual use is worked out from (eleven months of twelve).
MIN_DAYS = 334


@dataclass(frozen=True)
class UseReading:
    """One period's use of a carrier: ``value`` ``unit`` from ``start`` to ``end`` (both included)."""

    start: date
    end: date
    value: float
    unit: str


def annual_use(readings: Sequence[UseReading], before: date | None = None) -> tuple[float, str] | None:
    """The carrier's use per year from its period readings ending before ``before`` (None:
    all), in the unit of the latest: the year up to the latest period's end, scaled from the
    days covered; None with fewer than :data:`MIN_DAYS` days or a unit that does not
    convert."""
    usable = [r for r in readings if before is None or r.end < before]
    if not usable:
        return None
    latest = max(usable, key=lambda r: r.end)
    first_day = _year_before(latest.end) + timedelta(days=1)
    inside = [r for r in usable if r.start >= first_day]
    days = sum((r.end - r.start).days + 1 for r in inside)
    if days < MIN_DAYS:
        return None
    try:
        total = sum(convert(r.value, r.unit, latest.unit) for r in inside)
    except UnitError:
        return None
    return total * ((latest.end - first_day).days + 1) / days, latest.unit


def _year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    if day.month == 2 and day.day == 29:
        return date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def share_of_use(quantity: float, unit: str, use: tuple[float, str] | None) -> float | None:
    """``quantity`` ``unit`` saved per year as a percentage of the annual ``use`` (its amount
    and unit); None when the use is unknown or not above 0, or the units do not convert."""
    if use is None or use[0] <= 0:
        return None
    try:
        saved = convert(quantity, unit, use[1])
    except UnitError:
        return None
    return 100 * saved / use[0]
