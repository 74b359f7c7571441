"""Motors and pumps: a motor's load, a more efficient motor, and a variable speed drive on a
centrifugal pump.

Methods and their sources:

- **Motor load** (BEE guide book 3 "Energy efficiency in electrical utilities", chapter 2
  "Electric motors", the input power method; US DOE "Determining Electric Motor Load and
  Efficiency", fact sheet of the Motor Challenge): load = P_in / (P_rated / η_rated), with the
  input power measured, or from a three-phase reading P_in = √3 · V · I · PF.
- **A motor of a higher efficiency class** (BEE guide book 3, chapter 2, "energy efficient
  motors"; US DOE "Premium Efficiency Motor Selection and Application Guide", the savings
  formula S = 0.746 · hp · L · N · (100/E_std − 100/E_new)): the shaft power the load takes,
  rated power × load, is the same for both motors; each draws it over its own efficiency
  *at that load* (the part-load efficiency from the maker's data or MotorMaster+, not the
  nameplate's full-load figure, which a lightly loaded motor does not reach). Tested
  against the worked example of Western Michigan University's facilities office (20 hp,
  80 % loaded, 88 against 92 %).
- **Variable speed drive on a centrifugal pump** (the affinity laws on the system curve, as
  the Hydraulic Institute / Europump "Variable Speed Pumping: A Guide to Successful
  Applications" and the US DOE pumping sourcebook teach them): the pump's curve at full speed
  is taken as the parabola H = H0 − (H0 − Hd)·q² through its shut-off head H0 and its duty
  point (design flow, head Hd), and the system's as H = Hs + (Hd − Hs)·q² through the static
  head Hs, with q the flow over the design flow. Throttled, the pump runs at full speed and
  delivers q at the head of its own curve, the valve burning the difference; with a drive it
  runs at the speed whose curve, n²·H0 − (H0 − Hd)·q², meets the system's at q. Power is
  ρ·g·Q·H over the pump's, the motor's and (with a drive) the drive's efficiency; the pump's
  efficiency is taken as the same in both, the usual simplification (a throttled pump often
  loses more, so the saving is, if anything, understated). With no static head this is the
  cube law; a static head makes the saving smaller, as it should.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import msg
from cpdesk.core.units import HOURS_PER_YEAR

#: Standard gravity (m/s²).
GRAVITY = 9.80665
#: The most load a motor is taken at (% of rated): a service factor of 1.25 at most.
MAX_LOAD_PCT = 125.0
#: The points of a duty cycle a pump's calculator takes.
DUTY_POINTS = 4


def three_phase_power_kw(voltage_v: float, current_a: float, power_factor: float) -> float:
    """Real power (kW) of a balanced three-phase load: √3 · V (line to line) · I · PF."""
    return math.sqrt(3.0) * voltage_v * current_a * power_factor / 1000.0


def motor_load_fraction(input_kw: float, rated_kw: float, rated_efficiency_pct: float) -> float:
    """The load of a motor drawing ``input_kw``: its input over its input at full load."""
    return input_kw / (rated_kw / (rated_efficiency_pct / 100.0))


def pump_head_m(flow_share: float, shutoff_m: float, design_m: float, speed: float = 1.0) -> float:
    """Head (m) of the pump at ``flow_share`` of its design flow and ``speed`` (share of full)."""
    return speed**2 * shutoff_m - (shutoff_m - design_m) * flow_share**2


def system_head_m(flow_share: float, static_m: float, design_m: float) -> float:
    """Head (m) the system needs at ``flow_share`` of the design flow."""
    return static_m + (design_m - static_m) * flow_share**2


def vsd_speed(flow_share: float, static_m: float, design_m: float, shutoff_m: float) -> float:
    """The speed (share of full) at which the pump meets the system at ``flow_share``."""
    needed = system_head_m(flow_share, static_m, design_m) + (shutoff_m - design_m) * flow_share**2
    return math.sqrt(needed / shutoff_m)


def pump_power_kw(flow_m3_per_h: float, head_m: float, efficiency: float, density: float = 1000.0) -> float:
    """Power (kW) drawn to lift ``flow_m3_per_h`` by ``head_m`` at an overall ``efficiency``."""
    return density * GRAVITY * flow_m3_per_h / 3600.0 * head_m / efficiency / 1000.0


def _motor_load(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    rated, efficiency, measured = values["rated_power"], values["rated_efficiency"], values["measured_power"]
    assert rated is not None and efficiency is not None
    if measured is None:
        reading = {name: values[name] for name in ("voltage", "current", "power_factor")}
        for name, value in reading.items():
            if value is None:
                raise refuse(name, None, msg("calc.power_or_reading"))
        measured = three_phase_power_kw(*(value for value in reading.values() if value is not None))
    load = motor_load_fraction(measured, rated, efficiency)
    return (
        Output("input_power", measured, "kW"),
        Output("full_load_input_power", rated / (efficiency / 100.0), "kW"),
        Output("motor_load", 100.0 * load, "%"),
    )


def _pump_vsd(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    flow, design, static, shutoff = (
        values[name] for name in ("design_flow", "design_head", "static_head", "shutoff_head")
    )
    pump, motor, drive, density = (
        values[name] for name in ("pump_efficiency", "motor_efficiency", "drive_efficiency", "density")
    )
    assert flow is not None and design is not None and static is not None and shutoff is not None
    assert pump is not None and motor is not None and drive is not None and density is not None
    if static >= shutoff:
        raise refuse("static_head", static, msg("calc.static_above_shutoff"))
    if design > shutoff:
        raise refuse("design_head", design, msg("calc.design_above_shutoff"))
    if static > design:
        raise refuse("static_head", static, msg("calc.static_above_design"))
    throttled = driven = 0.0
    lowest = 1.0
    for point in range(1, DUTY_POINTS + 1):
        share, hours = values[f"duty_flow_{point}"], values[f"duty_hours_{point}"]
        if share is None and hours is None:
            continue
        if share is None or hours is None:
            missing = f"duty_flow_{point}" if share is None else f"duty_hours_{point}"
            raise refuse(missing, None, msg("calc.duty_pair"))
        q = share / 100.0
        at = flow * q
        throttled += hours * pump_power_kw(at, pump_head_m(q, shutoff, design), pump / 100.0 * motor / 100.0, density)
        overall = pump / 100.0 * motor / 100.0 * drive / 100.0
        driven += hours * pump_power_kw(at, system_head_m(q, static, design), overall, density)
        lowest = min(lowest, vsd_speed(q, static, design, shutoff))
    saving = throttled - driven
    return (
        Output("throttled_energy_per_year", throttled, "kWh/year"),
        Output("vsd_energy_per_year", driven, "kWh/year"),
        Output("energy_saving_per_year", saving, "kWh/year"),
        Output("energy_saving_share", 100.0 * saving / throttled if throttled > 0 else 0.0, "%"),
        Output("lowest_speed", 100.0 * lowest, "%"),
    )


def _replacement(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    rated, load, hours = values["rated_power"], values["load"], values["operating_hours"]
    now, new = values["present_motor_efficiency"], values["new_motor_efficiency"]
    assert rated is not None and load is not None and hours is not None and now is not None and new is not None
    if load > MAX_LOAD_PCT:
        raise refuse("load", load, msg("calc.efficiency_range", maximum=f"{MAX_LOAD_PCT:g} %"))
    if new < now:
        raise refuse("new_motor_efficiency", new, msg("calc.new_efficiency_lower"))
    shaft = rated * load / 100.0
    before, after = shaft / (now / 100.0), shaft / (new / 100.0)
    return (
        Output("shaft_power", shaft, "kW"),
        Output("present_input_power", before, "kW"),
        Output("new_input_power", after, "kW"),
        Output("power_saving", before - after, "kW"),
        Output("energy_saving_per_year", (before - after) * hours, "kWh/year"),
    )


MOTOR_LOAD = Calculator(
    name="motor_load",
    inputs=(
        Input("rated_power", "kilowatt", "kW", kind="positive"),
        Input("rated_efficiency", "percent", "%", kind="percent"),
        Input("measured_power", "kilowatt", "kW", kind="positive", optional=True),
        Input("voltage", "volt", "V", kind="positive", optional=True),
        Input("current", "ampere", "A", kind="positive", optional=True),
        Input("power_factor", "dimensionless", "1", kind="fraction", optional=True),
    ),
    compute=_motor_load,
)

MOTOR_REPLACEMENT = Calculator(
    name="motor_replacement",
    inputs=(
        Input("rated_power", "kilowatt", "kW", kind="positive"),
        Input("load", "percent", "%", kind="positive", default=75.0),
        Input("present_motor_efficiency", "percent", "%", kind="percent"),
        Input("new_motor_efficiency", "percent", "%", kind="percent"),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
    ),
    compute=_replacement,
)

PUMP_VSD = Calculator(
    name="pump_vsd",
    inputs=(
        Input("design_flow", "meter ** 3 / hour", "m³/h", kind="positive"),
        Input("design_head", "meter", "m", kind="positive"),
        Input("static_head", "meter", "m"),
        Input("shutoff_head", "meter", "m", kind="positive"),
        Input("pump_efficiency", "percent", "%", kind="percent"),
        Input("motor_efficiency", "percent", "%", kind="percent"),
        Input("drive_efficiency", "percent", "%", kind="percent", default=97.0),
        Input("density", "kilogram / meter ** 3", "kg/m³", kind="positive", default=1000.0),
        *(
            spec
            for point in range(1, DUTY_POINTS + 1)
            for spec in (
                Input(f"duty_flow_{point}", "percent", "%", kind="percent", optional=point > 1),
                Input(f"duty_hours_{point}", "hour", "h", kind="hours", optional=point > 1),
            )
        ),
    ),
    compute=_pump_vsd,
)

CALCULATORS = (MOTOR_LOAD, MOTOR_REPLACEMENT, PUMP_VSD)
