"""Steam and hot-water enthalpies (IAPWS-IF97 through the ``iapws`` package).

Energy balances count the heat a steam or hot-water stream carries relative to liquid water
at a reference temperature (25 °C by default, the usual ambient of a Vietnamese plant), so
that "steam out of the boiler" and "coal into the boiler" can be compared in one unit.
"""

from __future__ import annotations

import functools
import math

from iapws import IAPWS97

#: Standard atmosphere, bar: field gauges read pressure above it.
ATMOSPHERE_BAR = 1.01325
REFERENCE_TEMPERATURE_C = 25.0
#: A reading this close to (or below) the saturation temperature is taken as dry saturated
#: steam: field thermometers on steam lines are not better than that.
SATURATION_TOLERANCE_K = 2.0


def _check_pressure(pressure_bar_abs: float) -> float:
    if not math.isfinite(pressure_bar_abs) or not 0.01 <= pressure_bar_abs <= 220.0:
        raise ValueError(
            f"steam pressure {pressure_bar_abs:g} bar(a) is outside 0.01 to 220 bar (IAPWS-IF97 steam region)"
        )
    return pressure_bar_abs


def saturation_temperature_c(pressure_bar_abs: float) -> float:
    """Saturation temperature (°C) at an absolute pressure (bar)."""
    state = IAPWS97(P=_check_pressure(pressure_bar_abs) / 10, x=1)
    return state.T - 273.15


@functools.lru_cache(maxsize=1024)
def steam_enthalpy_kj_per_kg(pressure_bar_abs: float, temperature_c: float | None = None) -> float:
    """Specific enthalpy of steam (kJ/kg, IAPWS reference).

    ``temperature_c`` None, or within the tolerance of saturation or below it, means dry
    saturated steam; above it, superheated steam at that temperature.
    """
    pressure_mpa = _check_pressure(pressure_bar_abs) / 10
    saturated = IAPWS97(P=pressure_mpa, x=1)
    if temperature_c is None or temperature_c <= saturated.T - 273.15 + SATURATION_TOLERANCE_K:
        return float(saturated.h)
    if temperature_c > 800:
        raise ValueError(f"steam temperature {temperature_c:g} °C is above 800 °C")
    return float(IAPWS97(P=pressure_mpa, T=temperature_c + 273.15).h)


@functools.lru_cache(maxsize=1024)
def water_enthalpy_kj_per_kg(temperature_c: float, pressure_bar_abs: float = ATMOSPHERE_BAR) -> float:
    """Specific enthalpy of liquid water (kJ/kg) at a temperature and pressure."""
    if not math.isfinite(temperature_c) or not 0.0 < temperature_c < 370.0:
        raise ValueError(f"water temperature {temperature_c:g} °C is outside 0 to 370 °C")
    pressure = max(pressure_bar_abs, saturation_pressure_bar(temperature_c) * 1.0001)
    return float(IAPWS97(P=pressure / 10, T=temperature_c + 273.15).h)


def saturation_pressure_bar(temperature_c: float) -> float:
    """Saturation pressure (bar(a)) at a temperature (°C)."""
    return float(IAPWS97(T=temperature_c + 273.15, x=0).P * 10)


def heat_above_reference_kj_per_kg(
    *,
    steam: bool,
    pressure_bar_gauge: float | None,
    temperature_c: float | None,
    reference_c: float = REFERENCE_TEMPERATURE_C,
) -> float:
    """Heat a kilogram carries relative to liquid water at ``reference_c`` (kJ/kg).

    Steam needs its (gauge) pressure; hot water or condensate needs its temperature.
    """
    reference = water_enthalpy_kj_per_kg(reference_c)
    if steam:
        if pressure_bar_gauge is None:
            raise ValueError("steam needs its pressure to know its enthalpy")
        return steam_enthalpy_kj_per_kg(pressure_bar_gauge + ATMOSPHERE_BAR, temperature_c) - reference
    if temperature_c is None:
        raise ValueError("hot water needs its temperature to know its heat")
    pressure = ATMOSPHERE_BAR + (pressure_bar_gauge or 0.0)
    return water_enthalpy_kj_per_kg(temperature_c, pressure) - reference
