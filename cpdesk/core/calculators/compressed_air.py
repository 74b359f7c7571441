"""Compressed air: the leaks, what they cost, and what lowering the header pressure saves.

Methods and their sources:

- **Leak by the orifice method**: the mass flow of air (an ideal gas, k = 1.4, R = 287.05
  J/(kg·K)) through a round hole, choked while the line is above about 0.9 bar(g), subsonic
  below, times a discharge coefficient, as free air at the standard atmosphere and the line's
  temperature. With a coefficient of 1 it gives the US DOE / Compressed Air Challenge table
  ("Improving Compressed Air System Performance: A Sourcebook for Industry", leak table;
  DOE compressed air tip sheet #3 "Minimize Compressed Air Leaks": 26 cfm through 1/8 in at
  100 psig, 21.4 at 80 psig); the tip sheet multiplies by 0.97 for a rounded hole and by 0.61
  for a sharp-edged one.
- **Leak by the time to a pressure drop** (the tip sheet's second test): free air leaking
  = V × (P1 − P2) / (T × P_atm) × 1.25, the 1.25 bringing the flow back to the normal line
  pressure from the lower mean pressure of the test.
- **Leak by load and unload times** (the tip sheet's first test; BEE guide book 3, chapter 3,
  "Compressed air system"): leakage = T_load / (T_load + T_unload) of the compressor's free
  air delivery, and the same share of its power on load.
- **What a leak costs** on a load/unload compressor: a leak of Q keeps it loaded Q / C of the
  time (C its free air delivery); repaired, that time is spent unloaded, not off, so the
  saving is Q / C × (P_loaded − P_unloaded) when the unloaded power is given (typed, or the
  mean of a logger series: :mod:`.compressor_duty`), Q / C × P_loaded otherwise (a
  compressor that stops, or one with a drive).
- **Lower header pressure**: the work of isentropic compression of free air to the header
  pressure, in one or more stages of equal ratio, w ∝ n·k/(k−1)·(r^((k−1)/(n·k)) − 1); the
  saving is 1 − w_new / w_now of the compressor's power. The rule of thumb of the DOE
  sourcebook (1 % of power for each 2 psi, near 100 psig) is given beside it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import msg
from cpdesk.core.units import HOURS_PER_YEAR, STANDARD_ATMOSPHERE_BAR, convert

#: Ratio of specific heats and gas constant of dry air.
K_AIR = 1.4
R_AIR = 287.05  # J/(kg·K)
#: The DOE sourcebook's rule of thumb: the share of the compressor's power per psi.
RULE_OF_THUMB_PER_PSI = 0.005
#: The test's correction back to the line pressure, in the DOE tip sheet.
DOE_DECAY_CORRECTION = 1.25


def orifice_free_air_m3_per_min(
    diameter_mm: float, pressure_bar_abs: float, temperature_k: float, coefficient: float = 1.0
) -> float:
    """Free air (m³/min, at the standard atmosphere and ``temperature_k``) leaking through a
    round hole of ``diameter_mm`` from air at ``pressure_bar_abs`` and ``temperature_k``."""
    area = math.pi / 4.0 * (diameter_mm / 1000.0) ** 2
    ratio = STANDARD_ATMOSPHERE_BAR / pressure_bar_abs
    critical = (2.0 / (K_AIR + 1.0)) ** (K_AIR / (K_AIR - 1.0))
    if ratio <= critical:  # choked: the throat is at the speed of sound
        flux = math.sqrt(K_AIR) * (2.0 / (K_AIR + 1.0)) ** ((K_AIR + 1.0) / (2.0 * (K_AIR - 1.0)))
    else:
        flux = math.sqrt(2.0 * K_AIR / (K_AIR - 1.0) * (ratio ** (2.0 / K_AIR) - ratio ** ((K_AIR + 1.0) / K_AIR)))
    # mass = C·A·P·flux/√(RT); as free air V = m·R·T/P_atm
    volume_per_s = (
        coefficient * area * pressure_bar_abs / STANDARD_ATMOSPHERE_BAR * flux * math.sqrt(R_AIR * temperature_k)
    )
    return float(volume_per_s * 60.0)


def decay_free_air_m3_per_min(
    volume_m3: float, start_bar_abs: float, end_bar_abs: float, minutes: float, correction: float
) -> float:
    """Free air leaking (m³/min) from a system of ``volume_m3`` whose pressure falls from
    ``start_bar_abs`` to ``end_bar_abs`` in ``minutes`` with no demand but the leaks."""
    return volume_m3 * (start_bar_abs - end_bar_abs) / (minutes * STANDARD_ATMOSPHERE_BAR) * correction


def load_unload_leak_fraction(load_minutes: float, unload_minutes: float) -> float:
    """Share of the compressor's delivery lost to leaks: time on load over the total."""
    return load_minutes / (load_minutes + unload_minutes)


def compression_work_ratio(new_bar_abs: float, now_bar_abs: float, stages: int = 1) -> float:
    """Isentropic work of compressing free air to ``new_bar_abs`` over that to
    ``now_bar_abs``, in ``stages`` stages of equal pressure ratio."""
    exponent = (K_AIR - 1.0) / (K_AIR * stages)

    def work(pressure: float) -> float:
        return float((pressure / STANDARD_ATMOSPHERE_BAR) ** exponent) - 1.0

    return work(new_bar_abs) / work(now_bar_abs)


def rule_of_thumb_share(drop_bar: float) -> float:
    """The DOE sourcebook's share of power saved by a drop of ``drop_bar`` (0.5 % a psi)."""
    return RULE_OF_THUMB_PER_PSI * convert(drop_bar, "bar(g)", "psi(g)")


def _leak_cost(flow: float, values: Mapping[str, float | None]) -> list[Output]:
    """The power and energy a leak of ``flow`` (m³/min) costs, when the compressor is given."""
    power, capacity, hours = values["compressor_power"], values["compressor_capacity"], values["operating_hours"]
    if power is None or capacity is None or hours is None:
        return []
    if capacity <= 0:
        raise refuse("compressor_capacity", capacity, msg("calc.not_positive"))
    unloaded = values.get("unloaded_power")
    if unloaded is not None and unloaded >= power:
        raise refuse("unloaded_power", unloaded, msg("calc.unloaded_not_below_loaded"))
    lost = flow * (power - (unloaded or 0.0)) / capacity
    return [Output("leak_power", lost, "kW"), Output("energy_saving_per_year", lost * hours, "kWh/year")]


def _above_atmosphere(name: str, pressure: float | None) -> float:
    assert pressure is not None
    if pressure <= STANDARD_ATMOSPHERE_BAR:
        raise refuse(name, pressure, msg("calc.below_atmosphere"))
    return pressure


def _orifice(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    pressure = _above_atmosphere("line_pressure", values["line_pressure"])
    diameter, temperature = values["orifice_diameter"], values["air_temperature"]
    count, coefficient = values["count"], values["discharge_coefficient"]
    assert diameter is not None and temperature is not None and count is not None and coefficient is not None
    flow = count * orifice_free_air_m3_per_min(diameter, pressure, temperature, coefficient)
    return (Output("leak_flow", flow, "m³/min"), *_leak_cost(flow, values))


def _decay(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    start = _above_atmosphere("start_pressure", values["start_pressure"])
    end, volume, minutes, correction = values["end_pressure"], values["volume"], values["time"], values["correction"]
    assert end is not None and volume is not None and minutes is not None and correction is not None
    if end >= start:
        raise refuse("end_pressure", end, msg("calc.end_not_below_start"))
    if end < STANDARD_ATMOSPHERE_BAR:
        raise refuse("end_pressure", end, msg("calc.below_atmosphere"))
    flow = decay_free_air_m3_per_min(volume, start, end, minutes, correction)
    return (Output("leak_flow", flow, "m³/min"), *_leak_cost(flow, values))


def _load_unload(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    on, off, capacity = values["load_time"], values["unload_time"], values["compressor_capacity"]
    assert on is not None and off is not None and capacity is not None
    if on + off <= 0:
        raise refuse("load_time", on, msg("calc.not_positive"))
    share = load_unload_leak_fraction(on, off)
    return (
        Output("leak_share", 100.0 * share, "%"),
        Output("leak_flow", share * capacity, "m³/min"),
        *_leak_cost(share * capacity, values),
    )


def _pressure_reduction(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    now = _above_atmosphere("present_pressure", values["present_pressure"])
    new = _above_atmosphere("new_pressure", values["new_pressure"])
    power, hours, stages = values["compressor_power"], values["operating_hours"], values["stages"]
    assert power is not None and hours is not None and stages is not None
    if new > now:
        raise refuse("new_pressure", new, msg("calc.new_above_present"))
    if stages < 1:
        raise refuse("stages", stages, msg("calc.not_positive"))
    share = 1.0 - compression_work_ratio(new, now, int(stages))
    return (
        Output("power_saving_share", 100.0 * share, "%"),
        Output("power_saving", share * power, "kW"),
        Output("energy_saving_per_year", share * power * hours, "kWh/year"),
        Output("rule_of_thumb_share", 100.0 * rule_of_thumb_share(now - new), "%"),
    )


#: The compressor's power unloaded, which a leak repair does not save (optional).
UNLOADED_POWER = Input("unloaded_power", "kilowatt", "kW", optional=True)


def _cost_inputs(optional: bool = True) -> tuple[Input, ...]:
    return (
        Input("compressor_power", "kilowatt", "kW", kind="positive", optional=optional),
        Input("compressor_capacity", "meter ** 3 / minute", "m³/min", kind="positive", optional=optional),
        UNLOADED_POWER,
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
    )


ORIFICE = Calculator(
    name="air_leak_orifice",
    inputs=(
        Input("line_pressure", "bar", "bar(g)", kind="pressure"),
        Input("orifice_diameter", "millimeter", "mm"),
        Input("count", "dimensionless", "1", kind="count", default=1.0),
        Input("discharge_coefficient", "dimensionless", "1", kind="fraction", default=1.0),
        Input("air_temperature", "kelvin", "°C", kind="temperature", default=20.0),
        *_cost_inputs(),
    ),
    compute=_orifice,
)

DECAY = Calculator(
    name="air_leak_decay",
    inputs=(
        Input("volume", "meter ** 3", "m³", kind="positive"),
        Input("start_pressure", "bar", "bar(g)", kind="pressure"),
        Input("end_pressure", "bar", "bar(g)", kind="pressure"),
        Input("time", "minute", "min", kind="positive"),
        Input("correction", "dimensionless", "1", kind="positive", default=DOE_DECAY_CORRECTION),
        *_cost_inputs(),
    ),
    compute=_decay,
)

LOAD_UNLOAD = Calculator(
    name="air_leak_load_unload",
    inputs=(
        Input("load_time", "minute", "min"),
        Input("unload_time", "minute", "min"),
        Input("compressor_capacity", "meter ** 3 / minute", "m³/min", kind="positive"),
        Input("compressor_power", "kilowatt", "kW", kind="positive", optional=True),
        UNLOADED_POWER,
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
    ),
    compute=_load_unload,
)

PRESSURE_REDUCTION = Calculator(
    name="air_pressure_reduction",
    inputs=(
        Input("present_pressure", "bar", "bar(g)", kind="pressure"),
        Input("new_pressure", "bar", "bar(g)", kind="pressure"),
        Input("compressor_power", "kilowatt", "kW", kind="positive"),
        Input("stages", "dimensionless", "1", kind="count", default=1.0),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
    ),
    compute=_pressure_reduction,
)

CALCULATORS = (ORIFICE, DECAY, LOAD_UNLOAD, PRESSURE_REDUCTION)
