"""Insulation: the heat lost by a bare and by an insulated horizontal pipe, and what it saves.

Method (the one of ASTM C680 and VDI 2055, with the textbook correlations of Incropera and
DeWitt, "Fundamentals of Heat and Mass Transfer", chapters 7 and 9): the heat leaves the
outer surface by convection and radiation, q' = π·D·(h_c + h_r)·(T_s − T_a), with

- radiation to surroundings at the air's temperature, h_r = ε·σ·(T_s⁴ − T_a⁴) / (T_s − T_a);
- natural convection from a horizontal cylinder by Churchill and Chu,
  Nu = {0.60 + 0.387·Ra^(1/6) / [1 + (0.559/Pr)^(9/16)]^(8/27)}²;
- forced convection in a cross wind by Churchill and Bernstein,
  Nu = 0.3 + 0.62·Re^(1/2)·Pr^(1/3) / [1 + (0.4/Pr)^(2/3)]^(1/4) · [1 + (Re/282 000)^(5/8)]^(4/5);
- the two together as Nu³ = Nu_forced³ + Nu_natural³ (Incropera, mixed convection);
- air's properties at the film temperature, interpolated in Incropera's table A.4 (air at
  1 atm).

The bare pipe's surface is taken at the fluid's temperature (the steel wall and the inside
film resist far less than the outside); insulated, the heat crosses ln(r₂/r₁) / (2π·k) and the
jacket's temperature is found where the two flows meet (bisection). The saving is the
difference over the hours of use; its fuel, through the boiler's efficiency, as in
:mod:`.steam_leak`. Above the critical radius (k / h, a few millimetres for the usual
insulants) a thicker layer always loses less.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping

from cpdesk.core.calculators.inputs import Calculator, Input, Output, refuse
from cpdesk.core.messages import msg
from cpdesk.core.units import HOURS_PER_YEAR

SIGMA = 5.670374419e-8  # W/(m²·K⁴), Stefan-Boltzmann (CODATA 2018)
GRAVITY = 9.80665
#: The hottest fluid taken (°C): the air table ends at 800 K film temperature.
MAX_FLUID_C = 1000.0

#: Air at 1 atm (Incropera and DeWitt, table A.4): T (K), conductivity (W/(m·K)),
#: kinematic viscosity (m²/s), Prandtl number.
AIR = (
    (250.0, 0.0223, 11.44e-6, 0.720),
    (300.0, 0.0263, 15.89e-6, 0.707),
    (350.0, 0.0300, 20.92e-6, 0.700),
    (400.0, 0.0338, 26.41e-6, 0.690),
    (450.0, 0.0373, 32.39e-6, 0.686),
    (500.0, 0.0407, 38.79e-6, 0.684),
    (550.0, 0.0439, 45.57e-6, 0.683),
    (600.0, 0.0469, 52.69e-6, 0.685),
    (700.0, 0.0524, 68.10e-6, 0.695),
    (800.0, 0.0573, 84.93e-6, 0.709),
)
_AIR_T = [row[0] for row in AIR]


def air_properties(kelvin: float) -> tuple[float, float, float]:
    """(conductivity, kinematic viscosity, Prandtl number) of air at ``kelvin``, linear
    between the table's rows (held at its ends)."""
    t = min(max(kelvin, AIR[0][0]), AIR[-1][0])
    i = min(max(bisect.bisect_right(_AIR_T, t) - 1, 0), len(AIR) - 2)
    (t0, *low), (t1, *high) = AIR[i], AIR[i + 1]
    share = (t - t0) / (t1 - t0)
    k, nu, pr = (a + share * (b - a) for a, b in zip(low, high, strict=True))
    return k, nu, pr


def convection_w_per_m2k(diameter_m: float, surface_k: float, air_k: float, wind_m_per_s: float) -> float:
    """Convection coefficient (W/(m²·K)) of a horizontal cylinder in air, still or in wind."""
    if surface_k <= air_k:
        return 0.0
    k, nu, pr = air_properties((surface_k + air_k) / 2.0)
    film = (surface_k + air_k) / 2.0
    rayleigh = GRAVITY / film * (surface_k - air_k) * diameter_m**3 / (nu * nu / pr)
    natural = (0.60 + 0.387 * rayleigh ** (1 / 6) / (1 + (0.559 / pr) ** (9 / 16)) ** (8 / 27)) ** 2
    nusselt = natural
    if wind_m_per_s > 0:
        re = wind_m_per_s * diameter_m / nu
        forced = (
            0.3
            + 0.62
            * re**0.5
            * pr ** (1 / 3)
            / (1 + (0.4 / pr) ** (2 / 3)) ** 0.25
            * (1 + (re / 282_000) ** (5 / 8)) ** 0.8
        )
        nusselt = (forced**3 + natural**3) ** (1 / 3)
    return float(nusselt * k / diameter_m)


def radiation_w_per_m2k(surface_k: float, air_k: float, emissivity: float) -> float:
    """Radiation coefficient (W/(m²·K)) of a surface to surroundings at ``air_k``."""
    if surface_k == air_k:
        return 4.0 * emissivity * SIGMA * air_k**3
    return emissivity * SIGMA * (surface_k**4 - air_k**4) / (surface_k - air_k)


def surface_loss_w_per_m(diameter_m: float, surface_k: float, air_k: float, wind: float, emissivity: float) -> float:
    """Heat (W per metre of pipe) leaving a surface of ``diameter_m`` at ``surface_k``."""
    h = convection_w_per_m2k(diameter_m, surface_k, air_k, wind) + radiation_w_per_m2k(surface_k, air_k, emissivity)
    return math.pi * diameter_m * h * (surface_k - air_k)


def insulated_loss_w_per_m(
    pipe_m: float,
    thickness_m: float,
    conductivity: float,
    fluid_k: float,
    air_k: float,
    wind: float,
    emissivity: float,
) -> tuple[float, float]:
    """(heat lost in W per metre, jacket temperature in K) of a pipe of outside diameter
    ``pipe_m`` under ``thickness_m`` of insulation of ``conductivity`` (W/(m·K))."""
    outer = pipe_m + 2.0 * thickness_m
    resistance = math.log1p(2.0 * thickness_m / pipe_m) / (2.0 * math.pi * conductivity)
    if resistance == 0:  # no layer, or one too thin to count in a float
        return surface_loss_w_per_m(pipe_m, fluid_k, air_k, wind, emissivity), fluid_k
    low, high = air_k, fluid_k
    for _ in range(80):  # the jacket's temperature, where conduction meets the surface's loss
        surface = (low + high) / 2.0
        if (fluid_k - surface) / resistance > surface_loss_w_per_m(outer, surface, air_k, wind, emissivity):
            low = surface
        else:
            high = surface
    surface = (low + high) / 2.0
    # The jacket's loss, not the conduction: a layer too thin to resist leaves fluid − surface
    # lost in rounding, while the jacket's loss stays exact.
    return surface_loss_w_per_m(outer, surface, air_k, wind, emissivity), surface


def _insulation(values: Mapping[str, float | None]) -> tuple[Output, ...]:
    names = ("pipe_diameter", "length", "fluid_temperature", "ambient_temperature", "wind_speed")
    pipe, length, fluid, air, wind = (values[name] for name in names)
    surfaces = ("bare_emissivity", "insulation_thickness", "insulation_conductivity", "jacket_emissivity")
    bare_e, thickness, conductivity, jacket_e = (values[name] for name in surfaces)
    hours = values["operating_hours"]
    assert pipe is not None and length is not None and fluid is not None and air is not None and wind is not None
    assert bare_e is not None and thickness is not None and conductivity is not None and jacket_e is not None
    assert hours is not None
    if pipe <= 0:
        raise refuse("pipe_diameter", pipe, msg("calc.not_positive"))
    if fluid - 273.15 > MAX_FLUID_C:
        raise refuse("fluid_temperature", fluid - 273.15, msg("calc.too_hot", maximum=MAX_FLUID_C))
    if fluid <= air:
        raise refuse("fluid_temperature", fluid - 273.15, msg("calc.not_above_ambient"))
    bare = surface_loss_w_per_m(pipe / 1000.0, fluid, air, wind, bare_e)
    insulated, jacket = insulated_loss_w_per_m(
        pipe / 1000.0, thickness / 1000.0, conductivity, fluid, air, wind, jacket_e
    )
    saving_kw = (bare - insulated) * length / 1000.0
    outputs = [
        Output("bare_loss_per_metre", bare, "W/m"),
        Output("insulated_loss_per_metre", insulated, "W/m"),
        Output("jacket_temperature", jacket - 273.15, "°C"),
        Output("heat_saving", saving_kw, "kW"),
        Output("heat_saving_per_year", saving_kw * hours * 3600.0 / 1e6, "GJ/year"),
    ]
    efficiency, cv = values["boiler_efficiency"], values["fuel_calorific_value"]
    if efficiency is not None and cv is not None:
        fuel_kg = saving_kw * hours * 3600.0 / (efficiency / 100.0 * cv)
        outputs.append(Output("fuel_per_year", fuel_kg / 1000.0, "t/year"))
    return tuple(outputs)


CALCULATOR = Calculator(
    name="pipe_insulation",
    inputs=(
        Input("pipe_diameter", "millimeter", "mm", kind="positive"),
        Input("length", "meter", "m"),
        Input("fluid_temperature", "kelvin", "°C", kind="temperature"),
        Input("ambient_temperature", "kelvin", "°C", kind="temperature", default=30.0),
        Input("wind_speed", "meter / second", "m/s", default=0.0),
        Input("bare_emissivity", "dimensionless", "1", kind="fraction", default=0.8),
        Input("insulation_thickness", "millimeter", "mm"),
        Input("insulation_conductivity", "watt / meter / kelvin", "W/(m·K)", kind="positive"),
        Input("jacket_emissivity", "dimensionless", "1", kind="fraction", default=0.1),
        Input("operating_hours", "hour", "h", kind="hours", default=HOURS_PER_YEAR),
        Input("boiler_efficiency", "percent", "%", kind="percent", optional=True),
        Input("fuel_calorific_value", "kilojoule / kilogram", "kJ/kg", kind="positive", optional=True),
    ),
    compute=_insulation,
)
