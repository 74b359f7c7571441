"""Lighting retrofit: the power and energy of the fixtures before and after.

Method: load = fixtures × power per fixture (lamp and ballast or driver), energy = load ×
hours of use a year, before and after; the saving is the difference (US DOE / ENERGY STAR
and BEE guide book 3, chapter 8 "Lighting system", work it so). No published worked example
was found that gives all its figures; the test checks a hand calculation written out there.
"""

from __future__ import annotations

from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output
from cpdesk.core.units import HOURS_PER_YEAR


def lighting_load_kw(fixtures: float, watts_each: float) -> float:
    """Load (kW) of ``fixtures`` drawing ``watts_each``."""
    return fixtures * watts_each / 1000.0


def _lighting(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    before_n, before_w = values["fixtures_before"], values["power_before"]
    after_n, after_w, hours = values["fixtures_after"], values["power_after"], values["operating_hours"]
    assert before_n is not None and before_w is not None and after_n is not None and after_w is not None
    assert hours is not None
    before, after = lighting_load_kw(before_n, before_w), lighting_load_kw(after_n, after_w)
    return (
        Output("load_before", before, "kW"),
        Output("load_after", after, "kW"),
        Output("power_saving", before - after, "kW"),
        Output("energy_saving_per_year", (before - after) * hours, "kWh/year"),
    )


CALCULATOR = Calculator(
    name="lighting",
    inputs=(
        Input("fixtures_before", "dimensionless", "1", kind="count"),
        Input("power_before", "watt", "W"),
        Input("fixtures_after", "dimensionless", "1", kind="count"),
        Input("power_after", "watt", "W"),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
    ),
    compute=_lighting,
)
