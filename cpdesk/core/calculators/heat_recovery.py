"""Heat recovered from hot wastewater (dyeing, washing) into the cold water that replaces it.

Method (the effectiveness method of heat exchanger rating, Incropera and DeWitt,
"Fundamentals of Heat and Mass Transfer", chapter 11): q = ε · C_min · (T_hot − T_cold), with
C = flow × density × cp for each side, C_min the smaller. With no cold-water flow given the
two flows are equal (the water heated replaces the water drained), so C_min is the
wastewater's. The water leaves the exchanger at T_cold + q / C_cold. Water is taken at
1 000 kg/m³ and 4.186 kJ/(kg·K), the figures of the balances' own worked example
(docs/ARCHITECTURE.md: 1 000 m³ cooled by 40 K is 167.4 GJ). The fuel it saves is that heat
over the boiler's efficiency and the fuel's calorific value.
"""

from __future__ import annotations

from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import msg
from cpdesk.core.units import HOURS_PER_YEAR

#: Water's density (kg/m³) and specific heat (kJ/(kg·K)) as the balances count them.
WATER_DENSITY = 1000.0
WATER_CP = 4.186


def recovered_kw(hot_m3_per_h: float, cold_m3_per_h: float, hot_c: float, cold_c: float, effectiveness: float) -> float:
    """Heat (kW) an exchanger of ``effectiveness`` passes from the hot flow to the cold one."""
    smaller = min(hot_m3_per_h, cold_m3_per_h) * WATER_DENSITY * WATER_CP / 3600.0  # kW/K
    return effectiveness * smaller * (hot_c - cold_c)


def _heat_recovery(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    hot_flow, hot, cold = values["wastewater_flow"], values["wastewater_temperature"], values["cold_water_temperature"]
    cold_flow, effectiveness, hours = values["cold_water_flow"], values["effectiveness"], values["operating_hours"]
    assert hot_flow is not None and hot is not None and cold is not None
    assert effectiveness is not None and hours is not None
    if hot <= cold:
        raise refuse("wastewater_temperature", hot - 273.15, msg("calc.not_above_cold_water"))
    cold_flow = hot_flow if cold_flow is None else cold_flow
    power = recovered_kw(hot_flow, cold_flow, hot, cold, effectiveness)
    heat_gj = power * hours * 3600.0 / 1e6
    warmed = cold - 273.15 + power / (cold_flow * WATER_DENSITY * WATER_CP / 3600.0)
    outputs = [
        Output("heat_recovered", power, "kW"),
        Output("preheated_water_temperature", warmed, "°C"),
        Output("heat_saving_per_year", heat_gj, "GJ/year"),
    ]
    efficiency, cv = values["boiler_efficiency"], values["fuel_calorific_value"]
    if efficiency is not None and cv is not None:
        outputs.append(Output("fuel_per_year", heat_gj * 1000.0 / (efficiency / 100.0 * cv), "t/year"))
    return tuple(outputs)


CALCULATOR = Calculator(
    name="wastewater_heat_recovery",
    inputs=(
        Input("wastewater_flow", "meter ** 3 / hour", "m³/h", kind="positive"),
        Input("wastewater_temperature", "kelvin", "°C", kind="temperature"),
        Input("cold_water_temperature", "kelvin", "°C", kind="temperature", default=28.0),
        Input("cold_water_flow", "meter ** 3 / hour", "m³/h", kind="positive", optional=True),
        Input("effectiveness", "dimensionless", "1", kind="fraction", default=0.6),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        Input("boiler_efficiency", "percent", "%", kind="percent", optional=True),
        Input("fuel_calorific_value", "kilojoule / kilogram", "kJ/kg", kind="positive", optional=True),
    ),
    compute=_heat_recovery,
)
