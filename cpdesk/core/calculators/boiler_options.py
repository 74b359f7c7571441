"""Boiler options: less excess air (O₂ trim), and switching to another fuel.

Methods and their sources:

- **Excess-air reduction** (BEE guide book 4 "Energy performance assessment of equipment",
  chapter 1 "Boilers", the heat-loss method, as :func:`cpdesk.core.boiler.indirect_efficiency`
  works it): the boiler's efficiency on GCV is found from the fuel's ultimate analysis, the
  flue gas temperature and O₂ now, then again at the target O₂ with the same flue gas
  temperature (the dry flue gas and air moisture losses fall with the air; the others stay).
  The fuel saved is 1 − η_now / η_new of what the boiler burns (US DOE Steam Tip Sheet #4
  "Improve Your Boiler's Combustion Efficiency" reasons the same way). Holding the flue gas
  temperature understates the saving a little: less air usually leaves cooler.
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


def efficiency_at_o2(test: IndirectInputs, o2_pct: float) -> float:
    """The boiler's efficiency (% of GCV) by the heat-loss method with ``o2_pct`` in the flue gas."""
    return indirect_efficiency(
        IndirectInputs(
            fuel=test.fuel,
            gcv_kj_per_kg=test.gcv_kj_per_kg,
            flue_gas_temperature_c=test.flue_gas_temperature_c,
            ambient_temperature_c=test.ambient_temperature_c,
            radiation_loss_pct=test.radiation_loss_pct,
            o2_pct=o2_pct,
            humidity_kg_per_kg_dry_air=test.humidity_kg_per_kg_dry_air,
        )
    ).efficiency_pct


def _o2(name: str, value: float | None) -> float:
    assert value is not None
    try:
        excess_air_pct_from_o2(value)
    except ValueError:
        raise refuse(name, value, msg("calc.o2_range")) from None
    return value


def _o2_trim(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    now, target = _o2("present_o2", values["present_o2"]), _o2("target_o2", values["target_o2"])
    if target >= now:
        raise refuse("target_o2", target, msg("calc.target_o2_not_below"))
    flow, hours, gcv = values["fuel_flow"], values["operating_hours"], values["fuel_gcv"]
    flue, air, radiation = values["flue_gas_temperature"], values["ambient_temperature"], values["radiation_loss"]
    humidity = values["air_humidity"]
    assert flow is not None and hours is not None and gcv is not None and flue is not None and air is not None
    assert radiation is not None and humidity is not None
    if flue <= air:
        raise refuse("flue_gas_temperature", flue - 273.15, msg("calc.not_above_ambient"))
    if radiation >= 100.0:
        raise refuse("radiation_loss", radiation, msg("calc.efficiency_range", maximum="100 %"))
    try:
        fuel = UltimateAnalysis.from_percent(**{part: values[part] or 0.0 for part in ANALYSIS})
    except ValueError:
        raise refuse("carbon", values["carbon"], msg("calc.analysis_sum")) from None
    test = IndirectInputs(
        fuel=fuel,
        gcv_kj_per_kg=gcv,
        flue_gas_temperature_c=flue - 273.15,
        ambient_temperature_c=air - 273.15,
        radiation_loss_pct=radiation,
        o2_pct=now,
        humidity_kg_per_kg_dry_air=humidity,
    )
    before, after = efficiency_at_o2(test, now), efficiency_at_o2(test, target)
    share = 1.0 - before / after
    return (
        Output("present_excess_air", excess_air_pct_from_o2(now), "%"),
        Output("new_excess_air", excess_air_pct_from_o2(target), "%"),
        Output("present_efficiency", before, "%"),
        Output("new_efficiency", after, "%"),
        Output("fuel_saving_share", 100.0 * share, "%"),
        Output("fuel_per_year", flow * hours * share / 1000.0, "t/year"),
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


O2_TRIM = Calculator(
    name="boiler_o2_trim",
    inputs=(
        Input("fuel_flow", "kilogram / hour", "kg/h", kind="positive"),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        Input("fuel_gcv", "kilojoule / kilogram", "kJ/kg", kind="positive"),
        *(Input(part, "percent", "%", default=None if part in ("carbon", "hydrogen") else 0.0) for part in ANALYSIS),
        Input("flue_gas_temperature", "kelvin", "°C", kind="temperature"),
        Input("ambient_temperature", "kelvin", "°C", kind="temperature", default=30.0),
        Input("air_humidity", "dimensionless", "1", default=0.025),
        Input("radiation_loss", "percent", "%", default=2.0),
        Input("present_o2", "percent", "%"),
        Input("target_o2", "percent", "%", default=3.0),
    ),
    compute=_o2_trim,
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

CALCULATORS = (O2_TRIM, FUEL_SWITCH)
