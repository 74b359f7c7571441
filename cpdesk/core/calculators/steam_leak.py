"""Steam lost through a trap failed open or a leak, and the fuel it costs.

Method: orifice flow of saturated steam to the atmosphere by Napier's equation in the form
the US DOE steam tip sheets and Spirax Sarco's tutorials use for a failed trap,
W [lb/h] = 24.24 × P [psia] × D² [in²] (Napier's ideal flow W [lb/s] = P·A/70 with a
discharge coefficient of 0.6: 3600/70 × π/4 × 0.6 = 24.24). It holds while the flow is
choked, that is for a line above about 0.8 bar(g) discharging to the atmosphere; below that
it overstates the loss. The heat lost is that of saturated steam at the line pressure above
feedwater (IAPWS-IF97, :mod:`cpdesk.core.steam`), and the fuel is that heat over the
boiler's efficiency and the fuel's calorific value (the direct method of
:mod:`cpdesk.core.boiler` turned round).

Sources: US DOE Office of Industrial Technologies, Steam Tip Sheet #1 "Inspect and Repair
Steam Traps" (its table of steam lost by orifice and pressure is about 1.21 to 1.23 times
this formula's figure: see the test); R. Napier's rule for steam flow through orifices.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import Figure, msg
from cpdesk.core.steam import steam_enthalpy_kj_per_kg, water_enthalpy_kj_per_kg
from cpdesk.core.units import HOURS_PER_YEAR, STANDARD_ATMOSPHERE_BAR, registry

#: Napier's coefficient for a failed trap, lb/h per psia and square inch of diameter.
NAPIER_LB_PER_H = 24.24
#: The highest line pressure taken (bar(a)): IAPWS-IF97's saturation line ends at 220.64 bar.
MAX_PRESSURE_BAR_ABS = 220.0


@functools.cache
def _napier_si() -> float:
    """Napier's coefficient in kg/h per bar(a) and square millimetre of diameter."""
    coefficient = registry().Quantity(NAPIER_LB_PER_H, "pound / hour / psi / inch ** 2")
    return float(coefficient.to("kilogram / hour / bar / millimeter ** 2").magnitude)


def napier_steam_loss_kg_per_h(pressure_bar_abs: float, diameter_mm: float) -> float:
    """Steam (kg/h) through a round orifice of ``diameter_mm`` from saturated steam at
    ``pressure_bar_abs`` to the atmosphere, by Napier's equation."""
    return _napier_si() * pressure_bar_abs * diameter_mm**2


def heat_per_kg_kj(pressure_bar_abs: float, feedwater_c: float) -> float:
    """Heat (kJ/kg) that makes a kilogram of saturated steam at ``pressure_bar_abs`` from
    feedwater at ``feedwater_c``: what a kilogram lost costs the boiler."""
    return steam_enthalpy_kj_per_kg(pressure_bar_abs) - water_enthalpy_kj_per_kg(feedwater_c, pressure_bar_abs)


def fuel_kg_per_h(steam_kg_per_h: float, heat_kj_per_kg: float, efficiency_pct: float, cv_kj_per_kg: float) -> float:
    """Fuel (kg/h) a boiler of ``efficiency_pct`` burns, at ``cv_kj_per_kg`` (the calorific
    value its efficiency is stated on), to make ``steam_kg_per_h`` with that heat each."""
    return steam_kg_per_h * heat_kj_per_kg / (efficiency_pct / 100.0 * cv_kj_per_kg)


def _steam_leak(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    pressure = values["steam_pressure"]
    diameter = values["orifice_diameter"]
    count = values["count"]
    hours = values["operating_hours"]
    feedwater = values["feedwater_temperature"]
    assert pressure is not None and diameter is not None and count is not None
    assert hours is not None and feedwater is not None
    if pressure <= STANDARD_ATMOSPHERE_BAR:
        raise refuse("steam_pressure", pressure, msg("calc.below_atmosphere"))
    if pressure > MAX_PRESSURE_BAR_ABS:
        raise refuse("steam_pressure", pressure, msg("calc.above_maximum", maximum=Figure(MAX_PRESSURE_BAR_ABS, 0)))
    steam = count * napier_steam_loss_kg_per_h(pressure, diameter)
    per_year = steam * hours
    try:
        heat = heat_per_kg_kj(pressure, feedwater - 273.15)
    except ValueError:  # feedwater boiling at the line pressure, or frozen
        raise refuse("feedwater_temperature", feedwater - 273.15, msg("calc.feedwater_state")) from None
    outputs = [
        Output("steam_loss", steam, "kg/h"),
        Output("steam_loss_per_year", per_year / 1000.0, "t/year"),
        Output("heat_loss_per_year", per_year * heat / 1e6, "GJ/year"),
    ]
    efficiency, cv = values["boiler_efficiency"], values["fuel_calorific_value"]
    if efficiency is not None and cv is not None:
        fuel = fuel_kg_per_h(per_year, heat, efficiency, cv)
        outputs.append(Output("fuel_per_year", fuel / 1000.0, "t/year"))
    return tuple(outputs)


CALCULATOR = Calculator(
    name="steam_leak",
    inputs=(
        Input("steam_pressure", "bar", "bar(g)", kind="pressure"),
        Input("orifice_diameter", "millimeter", "mm"),
        Input("count", "dimensionless", "1", kind="count", default=1.0),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        Input("feedwater_temperature", "kelvin", "°C", kind="temperature", default=25.0),
        Input("boiler_efficiency", "percent", "%", kind="percent", optional=True),
        Input("fuel_calorific_value", "kilojoule / kilogram", "kJ/kg", kind="positive", optional=True),
    ),
    compute=_steam_leak,
)
