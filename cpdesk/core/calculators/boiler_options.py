"""Boiler options: less excess air (O₂ trim), a feedwater economiser, and another fuel.

Methods and their sources:

- **Excess-air reduction** (BEE guide book 4 "Energy performance assessment of equipment",
  chapter 1 "Boilers", the heat-loss method, as :func:`cpdesk.core.boiler.indirect_efficiency`
  works it): the boiler's efficiency on GCV is found from the fuel's ultimate analysis, the
  flue gas temperature and O₂ now, then again at the target O₂ with the same flue gas
  temperature (the dry flue gas and air moisture losses fall with the air; the others stay).
  The fuel saved is 1 − η_now / η_new of what the boiler burns (US DOE Steam Tip Sheet #4
  "Improve Your Boiler's Combustion Efficiency" reasons the same way). Holding the flue gas
  temperature understates the saving a little: less air usually leaves cooler.
- **Feedwater economiser** (the same heat-loss method): the efficiency now, and again with
  the flue gas leaving at the economiser's outlet temperature (the dry flue gas, hydrogen,
  fuel moisture and air moisture losses all fall with it); fuel saved = 1 − η_now / η_new.
  The US DOE Steam Tip Sheet #3 "Use Feedwater Economizers for Waste Heat Recovery" gives the
  rule of thumb beside it: 1 % of efficiency for every 40 °F (22 °C) the flue gas is cooled.
- **Fuel switching** (the direct method of :mod:`cpdesk.core.boiler` turned round): the heat
  the boiler delivers, fuel × calorific value × efficiency, is kept; the new fuel needed is
  that heat over the new fuel's calorific value and the boiler's efficiency on it. The
  present fuel is the saving; the new fuel is a cost of the option (its annual extra costs).
  No published worked example was found; the test writes out a hand calculation.
"""

from __future__ import annotations

from collections.abc import Mapping

from cpdesk.core.boiler import IndirectInputs, UltimateAnalysis, excess_air_pct_from_o2, indirect_efficiency
from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import msg
from cpdesk.core.units import HOURS_PER_YEAR

#: The parts of the ultimate analysis, as the inputs name them (percent of the fuel as fired).
ANALYSIS = ("carbon", "hydrogen", "nitrogen", "sulphur", "oxygen", "moisture", "ash")


#: The most water a kilogram of dry air holds in the heat-loss test (as :mod:`cpdesk.core.boiler`).
MAX_HUMIDITY = 0.2
#: The DOE tip sheet's rule of thumb: a point of efficiency per 40 °F of flue gas cooled.
RULE_OF_THUMB_K_PER_POINT = 40.0 / 1.8


def efficiency_at(test: IndirectInputs, o2_pct: float, flue_gas_c: float) -> float:
    """The boiler's efficiency (% of GCV) by the heat-loss method with ``o2_pct`` in the flue
    gas leaving at ``flue_gas_c``; a refusal naming the flue gas when the losses take it all."""
    efficiency = indirect_efficiency(
        IndirectInputs(
            fuel=test.fuel,
            gcv_kj_per_kg=test.gcv_kj_per_kg,
            flue_gas_temperature_c=flue_gas_c,
            ambient_temperature_c=test.ambient_temperature_c,
            radiation_loss_pct=test.radiation_loss_pct,
            o2_pct=o2_pct,
            humidity_kg_per_kg_dry_air=test.humidity_kg_per_kg_dry_air,
        )
    ).efficiency_pct
    if efficiency <= 0:
        raise refuse("flue_gas_temperature", flue_gas_c, msg("calc.losses_exceed"))
    return efficiency


def _o2(name: str, value: float | None) -> float:
    assert value is not None
    try:
        excess_air_pct_from_o2(value)
    except ValueError:
        raise refuse(name, value, msg("calc.o2_range")) from None
    return value


def _test(values: Mapping[str, float | None]) -> IndirectInputs:
    """The boiler's heat-loss test as the inputs give it (temperatures in °C)."""
    now = _o2("present_o2", values["present_o2"])
    gcv = values["fuel_gcv"]
    flue, air, radiation = values["flue_gas_temperature"], values["ambient_temperature"], values["radiation_loss"]
    humidity = values["air_humidity"]
    assert gcv is not None and flue is not None and air is not None
    assert radiation is not None and humidity is not None
    if flue <= air:
        raise refuse("flue_gas_temperature", flue - 273.15, msg("calc.not_above_ambient"))
    if radiation >= 100.0:
        raise refuse("radiation_loss", radiation, msg("calc.efficiency_range", maximum="100 %"))
    if humidity > MAX_HUMIDITY:
        raise refuse("air_humidity", humidity, msg("value.at_most", maximum=MAX_HUMIDITY))
    try:
        fuel = UltimateAnalysis.from_percent(**{part: values[part] or 0.0 for part in ANALYSIS})
    except ValueError:
        raise refuse("carbon", values["carbon"], msg("calc.analysis_sum")) from None
    return IndirectInputs(
        fuel=fuel,
        gcv_kj_per_kg=gcv,
        flue_gas_temperature_c=flue - 273.15,
        ambient_temperature_c=air - 273.15,
        radiation_loss_pct=radiation,
        o2_pct=now,
        humidity_kg_per_kg_dry_air=humidity,
    )


def _saved(values: Mapping[str, float | None], share: float) -> Output:
    flow, hours = values["fuel_flow"], values["operating_hours"]
    assert flow is not None and hours is not None
    return Output("fuel_per_year", flow * hours * share / 1000.0, "t/year")


def _o2_trim(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    test = _test(values)
    now, target = _o2("present_o2", values["present_o2"]), _o2("target_o2", values["target_o2"])
    if target >= now:
        raise refuse("target_o2", target, msg("calc.target_o2_not_below"))
    flue = test.flue_gas_temperature_c
    before, after = efficiency_at(test, now, flue), efficiency_at(test, target, flue)
    share = 1.0 - before / after
    return (
        Output("present_excess_air", excess_air_pct_from_o2(now), "%"),
        Output("new_excess_air", excess_air_pct_from_o2(target), "%"),
        Output("present_efficiency", before, "%"),
        Output("new_efficiency", after, "%"),
        Output("fuel_saving_share", 100.0 * share, "%"),
        _saved(values, share),
    )


def _economiser(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    test = _test(values)
    outlet = values["economiser_outlet_temperature"]
    assert outlet is not None and test.o2_pct is not None
    flue, air = test.flue_gas_temperature_c, test.ambient_temperature_c
    if outlet - 273.15 >= flue:
        raise refuse("economiser_outlet_temperature", outlet - 273.15, msg("calc.not_below_flue_gas"))
    if outlet - 273.15 <= air:
        raise refuse("economiser_outlet_temperature", outlet - 273.15, msg("calc.not_above_ambient"))
    before = efficiency_at(test, test.o2_pct, flue)
    after = efficiency_at(test, test.o2_pct, outlet - 273.15)
    share = 1.0 - before / after
    return (
        Output("present_efficiency", before, "%"),
        Output("new_efficiency", after, "%"),
        Output("rule_of_thumb_efficiency_gain", (flue - (outlet - 273.15)) / RULE_OF_THUMB_K_PER_POINT, "%"),
        Output("fuel_saving_share", 100.0 * share, "%"),
        _saved(values, share),
    )


def _fuel_switch(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    flow, hours = values["present_fuel_flow"], values["operating_hours"]
    cv_now, eff_now = values["present_calorific_value"], values["present_efficiency"]
    cv_new, eff_new = values["new_calorific_value"], values["new_efficiency"]
    assert flow is not None and hours is not None and cv_now is not None and eff_now is not None
    assert cv_new is not None and eff_new is not None
    present_t = flow * hours / 1000.0
    heat_gj = present_t * cv_now / 1000.0 * eff_now / 100.0  # t × kJ/kg = MJ... /1000 → GJ
    new_t = heat_gj * 1000.0 / (cv_new * eff_new / 100.0)
    return (
        Output("heat_delivered_per_year", heat_gj, "GJ/year"),
        Output("present_fuel_per_year", present_t, "t/year"),
        Output("new_fuel_per_year", new_t, "t/year"),
    )


#: What the heat-loss test of both boiler calculators takes.
_BOILER_TEST = (
    Input("fuel_flow", "kilogram / hour", "kg/h", kind="positive"),
    Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
    Input("fuel_gcv", "kilojoule / kilogram", "kJ/kg", kind="positive"),
    *(Input(part, "percent", "%", default=None if part in ("carbon", "hydrogen") else 0.0) for part in ANALYSIS),
    Input("flue_gas_temperature", "kelvin", "°C", kind="temperature"),
    Input("ambient_temperature", "kelvin", "°C", kind="temperature", default=30.0),
    Input("air_humidity", "dimensionless", "1", default=0.025),
    Input("radiation_loss", "percent", "%", default=2.0),
    Input("present_o2", "percent", "%"),
)

O2_TRIM = Calculator(
    name="boiler_o2_trim",
    inputs=(*_BOILER_TEST, Input("target_o2", "percent", "%", default=3.0)),
    compute=_o2_trim,
)

ECONOMISER = Calculator(
    name="boiler_economiser",
    inputs=(*_BOILER_TEST, Input("economiser_outlet_temperature", "kelvin", "°C", kind="temperature")),
    compute=_economiser,
)

FUEL_SWITCH = Calculator(
    name="fuel_switch",
    inputs=(
        Input("present_fuel_flow", "kilogram / hour", "kg/h", kind="positive"),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        Input("present_calorific_value", "kilojoule / kilogram", "kJ/kg", kind="positive"),
        Input("present_efficiency", "percent", "%", kind="percent"),
        Input("new_calorific_value", "kilojoule / kilogram", "kJ/kg", kind="positive"),
        Input("new_efficiency", "percent", "%", kind="percent"),
    ),
    compute=_fuel_switch,
)

CALCULATORS = (O2_TRIM, ECONOMISER, FUEL_SWITCH)
