"""Condensate and blowdown: the flash steam condensate gives at a lower pressure, what
returning it saves, and the heat recovered from a boiler's blowdown.

Methods and their sources:

- **Flash steam** (Spirax Sarco, "The Steam and Condensate Loop", Block 2 "Flash steam"; the
  US DOE Steam Tip Sheet #12 "Flash High-Pressure Condensate to Regenerate Low-Pressure
  Steam" uses the same balance): saturated condensate at the higher pressure holds more heat
  than water can hold at the lower one; the surplus boils off a share of it,
  flash = (h_f(P1) − h_f(P2)) / h_fg(P2). Used at the lower pressure, the flash steam gives up
  its enthalpy of evaporation, h_fg(P2), which is the heat it saves.
- **Condensate return** (US DOE Steam Tip Sheet #8 "Return Condensate to the Boiler"): each
  kilogram returned, after the share lost as flash steam at the receiver, replaces a kilogram
  of make-up water (saving the water, its treatment and its disposal) and brings its heat:
  the boiler no longer heats make-up water from its temperature to the condensate's,
  fuel = returned × (h_condensate − h_make-up) / boiler efficiency.
- **Blowdown heat recovery** (the balance of US DOE Steam Tip Sheet #10 "Recover Heat from
  Boiler Blowdown"): the blowdown is saturated water at the boiler's pressure, a share of
  the feedwater, so blowdown = steam × rate / (100 − rate); a flash vessel and a heat
  exchanger on the make-up water take its heat down to the temperature it is discharged at,
  which cannot be below the make-up water's: heat = blowdown × (h_f(P) − h(T_discharge)); or,
  as the tip sheet states it, a share of the heat above the make-up water's is recovered:
  heat = share × blowdown × (h_f(P) − h(T_make-up)).
  The share that flashes (sent to the deaerator) is given when the flash pressure is.

Enthalpies are IAPWS-IF97's (:mod:`cpdesk.core.steam`); the condensate returns to a vented
receiver, at the standard atmosphere. Water is counted at 1 t/m³.
"""

from __future__ import annotations

from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import msg
from cpdesk.core.steam import saturation_temperature_c, steam_enthalpy_kj_per_kg, water_enthalpy_kj_per_kg
from cpdesk.core.units import HOURS_PER_YEAR, STANDARD_ATMOSPHERE_BAR

#: The highest pressure taken (bar(a)): IAPWS-IF97's saturation line ends at 220.64 bar.
MAX_PRESSURE_BAR_ABS = 220.0


def saturated_water_kj_per_kg(pressure_bar_abs: float) -> float:
    """Enthalpy (kJ/kg) of water boiling at ``pressure_bar_abs``."""
    return water_enthalpy_kj_per_kg(saturation_temperature_c(pressure_bar_abs), pressure_bar_abs)


def evaporation_kj_per_kg(pressure_bar_abs: float) -> float:
    """Enthalpy of evaporation (kJ/kg) at ``pressure_bar_abs``."""
    return steam_enthalpy_kj_per_kg(pressure_bar_abs) - saturated_water_kj_per_kg(pressure_bar_abs)


def flash_fraction(condensate_bar_abs: float, flash_bar_abs: float) -> float:
    """Share of saturated condensate at ``condensate_bar_abs`` that flashes to steam at
    ``flash_bar_abs``."""
    surplus = saturated_water_kj_per_kg(condensate_bar_abs) - saturated_water_kj_per_kg(flash_bar_abs)
    return surplus / evaporation_kj_per_kg(flash_bar_abs)


def _fuel(heat_gj: float, values: Mapping[str, float | None]) -> list[Output]:
    efficiency, cv = values["boiler_efficiency"], values["fuel_calorific_value"]
    outputs = []
    if efficiency is not None:
        outputs.append(Output("fuel_energy_per_year", heat_gj / (efficiency / 100.0), "GJ/year"))
        if cv is not None:  # GJ / (kJ/kg) = 1e6 kg = 1e3 t
            outputs.append(Output("fuel_per_year", heat_gj * 1000.0 / (efficiency / 100.0 * cv), "t/year"))
    return outputs


def _pressure(name: str, value: float | None) -> float:
    assert value is not None
    if value > MAX_PRESSURE_BAR_ABS:
        raise refuse(name, value, msg("calc.above_maximum", maximum=MAX_PRESSURE_BAR_ABS))
    return value


def _flash(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    high = _pressure("condensate_pressure", values["condensate_pressure"])
    low = _pressure("flash_pressure", values["flash_pressure"])
    flow, hours = values["condensate_flow"], values["operating_hours"]
    assert flow is not None and hours is not None
    if low < STANDARD_ATMOSPHERE_BAR * 0.99:  # a flash vessel under vacuum is not this method's
        raise refuse("flash_pressure", low, msg("calc.below_atmosphere"))
    if low >= high:
        raise refuse("flash_pressure", low, msg("calc.flash_not_below"))
    share = flash_fraction(high, low)
    steam = share * flow
    heat_gj = steam * hours * evaporation_kj_per_kg(low) / 1e6
    return (
        Output("flash_share", 100.0 * share, "%"),
        Output("flash_steam", steam, "kg/h"),
        Output("flash_heat", steam * evaporation_kj_per_kg(low) / 3600.0, "kW"),
        Output("flash_steam_per_year", steam * hours / 1000.0, "t/year"),
        Output("heat_saving_per_year", heat_gj, "GJ/year"),
        *_fuel(heat_gj, values),
    )


def _return(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    flow, hot, cold = values["condensate_flow"], values["condensate_temperature"], values["makeup_temperature"]
    lost, hours = values["flash_loss"], values["operating_hours"]
    assert flow is not None and hot is not None and cold is not None and lost is not None and hours is not None
    if lost >= 100.0:
        raise refuse("flash_loss", lost, msg("calc.efficiency_range", maximum="100 %"))
    if hot <= cold:
        raise refuse("condensate_temperature", hot - 273.15, msg("calc.not_above_makeup"))
    try:
        gain = water_enthalpy_kj_per_kg(hot - 273.15) - water_enthalpy_kj_per_kg(cold - 273.15)
    except ValueError:  # boiling in a vented receiver, or frozen
        raise refuse("condensate_temperature", hot - 273.15, msg("calc.water_boils")) from None
    returned = flow * (1.0 - lost / 100.0) * hours  # kg a year
    heat_gj = returned * gain / 1e6
    return (
        Output("returned_per_year", returned / 1000.0, "t/year"),
        Output("heat_per_kg", gain, "kJ/kg"),
        Output("heat_saving_per_year", heat_gj, "GJ/year"),
        Output("water_saving_per_year", returned / 1000.0, "m³/year"),
        *_fuel(heat_gj, values),
    )


def _blowdown(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    pressure = _pressure("boiler_pressure", values["boiler_pressure"])
    steam, rate, hours = values["steam_flow"], values["blowdown_rate"], values["operating_hours"]
    out, cold, flash = values["discharge_temperature"], values["makeup_temperature"], values["flash_pressure"]
    assert steam is not None and rate is not None and hours is not None and out is not None and cold is not None
    if pressure <= STANDARD_ATMOSPHERE_BAR:
        raise refuse("boiler_pressure", pressure, msg("calc.below_atmosphere"))
    if rate >= 100.0:
        raise refuse("blowdown_rate", rate, msg("calc.efficiency_range", maximum="100 %"))
    if out < cold:
        raise refuse("discharge_temperature", out - 273.15, msg("calc.discharge_below_makeup"))
    share = values["recovered_share"]
    try:
        if share is None:
            gain = saturated_water_kj_per_kg(pressure) - water_enthalpy_kj_per_kg(out - 273.15)
        else:
            gain = share * (saturated_water_kj_per_kg(pressure) - water_enthalpy_kj_per_kg(cold - 273.15))
    except ValueError:
        field, value = ("discharge_temperature", out) if share is None else ("makeup_temperature", cold)
        raise refuse(field, value - 273.15, msg("calc.water_boils")) from None
    blowdown = steam * rate / (100.0 - rate)
    heat_gj = blowdown * hours * gain / 1e6
    outputs = [Output("blowdown_flow", blowdown, "kg/h")]
    if flash is not None:
        if not STANDARD_ATMOSPHERE_BAR * 0.99 <= flash < pressure:
            raise refuse("flash_pressure", flash, msg("calc.flash_not_below"))
        outputs.append(Output("flash_share", 100.0 * flash_fraction(pressure, flash), "%"))
    return (
        *outputs,
        Output("heat_recovered", blowdown * gain / 3600.0, "kW"),
        Output("heat_saving_per_year", heat_gj, "GJ/year"),
        *_fuel(heat_gj, values),
    )


def _fuel_inputs(required: bool) -> tuple[Input, ...]:
    return (
        Input("boiler_efficiency", "percent", "%", kind="percent", optional=not required),
        Input("fuel_calorific_value", "kilojoule / kilogram", "kJ/kg", kind="positive", optional=True),
    )


FLASH = Calculator(
    name="flash_steam",
    inputs=(
        Input("condensate_pressure", "bar", "bar(g)", kind="pressure"),
        Input("flash_pressure", "bar", "bar(g)", kind="pressure", default=0.0),
        Input("condensate_flow", "kilogram / hour", "kg/h", kind="positive"),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        *_fuel_inputs(required=False),
    ),
    compute=_flash,
)

RETURN = Calculator(
    name="condensate_return",
    inputs=(
        Input("condensate_flow", "kilogram / hour", "kg/h", kind="positive"),
        Input("condensate_temperature", "kelvin", "°C", kind="temperature"),
        Input("makeup_temperature", "kelvin", "°C", kind="temperature", default=25.0),
        Input("flash_loss", "percent", "%", default=0.0),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        *_fuel_inputs(required=True),
    ),
    compute=_return,
)

BLOWDOWN = Calculator(
    name="blowdown_heat_recovery",
    inputs=(
        Input("boiler_pressure", "bar", "bar(g)", kind="pressure"),
        Input("steam_flow", "kilogram / hour", "kg/h", kind="positive"),
        Input("blowdown_rate", "percent", "%", kind="percent"),
        Input("flash_pressure", "bar", "bar(g)", kind="pressure", optional=True),
        Input("discharge_temperature", "kelvin", "°C", kind="temperature", default=40.0),
        Input("recovered_share", "dimensionless", "1", kind="fraction", optional=True),
        Input("makeup_temperature", "kelvin", "°C", kind="temperature", default=25.0),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        *_fuel_inputs(required=False),
    ),
    compute=_blowdown,
)

CALCULATORS = (FLASH, RETURN, BLOWDOWN)
