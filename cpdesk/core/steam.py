"""Steam and water properties (IAPWS-IF97 through the ``iapws`` package).

Pressures are absolute (``pressure_bar_abs``); field gauges read gauge pressure, which
:func:`bar_abs_from_gauge` converts. A stream's ``pressure_bar`` is such a gauge reading,
bar(g): :func:`heat_above_reference_kj_per_kg` takes it as ``pressure_bar_gauge``. Energy
balances count the heat a steam or hot-water stream carries relative to liquid water at a
reference temperature (25 °C by default, the usual ambient of a Vietnamese plant), so that
"steam out of the boiler" and "coal into the boiler" can be compared in one unit. Whether a
stream's pressure and temperature can go together is :mod:`cpdesk.core.water_states`.
"""

from __future__ import annotations

import functools
from typing import Any

from cpdesk.core.checks import finite as _finite
from cpdesk.core.checks import in_range as _in_range
from cpdesk.core.water_states import ATMOSPHERE_BAR, SATURATION_TOLERANCE_K, impossible_state

BAR_PER_KGF_CM2 = 0.980665  # many field gauges read kgf/cm² (the BEE guide's "kg/cm²")
REFERENCE_TEMPERATURE_C = 25.0
#: In balances, a steam temperature this close to saturation, or below it, is taken as dry
#: saturated steam: thermometers on steam lines are not better than that.
FIELD_SATURATION_TOLERANCE_K = 2.0

_CRITICAL_BAR = 220.64
_CRITICAL_C = 373.946
_TRIPLE_BAR = 0.00611657
_MAX_STEAM_C = 800.0  # upper limit of IF97 region 2
_SATURATION_TOLERANCE_C = 0.01  # closer than this to T_sat counts as saturated


def _water(**state: float) -> Any:
    """IAPWS-IF97 water or steam in ``state`` (P in MPa, T in K, x the dryness). The iapws
    package, and the scipy it loads (a second at a cold start), is imported at the first
    call: the workbench names the calculators at start-up, and a steam table is only read
    when one computes."""
    from iapws import IAPWS97

    return IAPWS97(**state)


def bar_abs_from_gauge(pressure_gauge: float, unit: str = "bar") -> float:
    """Absolute pressure (bar) of a gauge reading in ``unit`` "bar" or "kgf/cm2"."""
    reading = _finite(pressure_gauge, "gauge pressure")
    if unit not in ("bar", "kgf/cm2"):
        raise ValueError(f"gauge pressure unit must be 'bar' or 'kgf/cm2', not {unit!r}")
    return reading * (BAR_PER_KGF_CM2 if unit == "kgf/cm2" else 1.0) + ATMOSPHERE_BAR


def _mpa(pressure_bar_abs: float, what: str) -> float:
    pressure = _finite(pressure_bar_abs, what)
    if not _TRIPLE_BAR < pressure < _CRITICAL_BAR:  # boilers in CP work are subcritical
        raise ValueError(
            f"{what} must be an absolute pressure between {_TRIPLE_BAR} and {_CRITICAL_BAR} bar, "
            f"got {pressure_bar_abs!r} (a gauge reading? see bar_abs_from_gauge)"
        )
    return pressure / 10.0


def saturation_temperature_c(pressure_bar_abs: float) -> float:
    """Boiling temperature (°C) of water at ``pressure_bar_abs`` (IAPWS-IF97)."""
    kelvin: float = _water(P=_mpa(pressure_bar_abs, "steam pressure (bar abs)"), x=1).T
    return kelvin - 273.15


@functools.lru_cache(maxsize=1024)
def steam_enthalpy_kj_per_kg(
    pressure_bar_abs: float, temperature_c: float | None = None, dryness: float = 1.0
) -> float:
    """Specific enthalpy (kJ/kg) of steam (IAPWS-IF97): saturated when ``temperature_c`` is
    None (wet if ``dryness`` < 1), else superheated; below saturation it is a ValueError."""
    mpa = _mpa(pressure_bar_abs, "steam pressure (bar abs)")
    dry = _in_range(dryness, 0.0, 1.0, "steam dryness fraction")
    t_sat = _water(P=mpa, x=1).T - 273.15
    t = t_sat if temperature_c is None else _finite(temperature_c, "steam temperature (°C)")
    if abs(t - t_sat) <= _SATURATION_TOLERANCE_C:
        return float(_water(P=mpa, x=dry).h)
    if dry != 1.0 or not t_sat < t <= _MAX_STEAM_C:
        raise ValueError(
            f"steam at {t:g} °C and {pressure_bar_abs:g} bar abs: superheated steam must be dry "
            f"and lie between {t_sat:.2f} °C (saturation) and {_MAX_STEAM_C:g} °C"
        )
    return float(_water(P=mpa, T=t + 273.15).h)


@functools.lru_cache(maxsize=1024)
def water_enthalpy_kj_per_kg(temperature_c: float, pressure_bar_abs: float = ATMOSPHERE_BAR) -> float:
    """Specific enthalpy (kJ/kg) of liquid water (IAPWS-IF97) under ``pressure_bar_abs``
    (pumping to 10 bar adds under 1 kJ/kg). Water up to 1 K above its boiling point
    (:data:`~cpdesk.core.water_states.SATURATION_TOLERANCE_K`) is saturated liquid, as a
    thermometer reads it: 100 °C at 1.01325 bar abs (boiling at 99.97 °C); hotter is a
    ValueError."""
    mpa = _mpa(pressure_bar_abs, "water pressure (bar abs)")
    temperature = _finite(temperature_c, "water temperature (°C)")
    t_sat = _water(P=mpa, x=0).T - 273.15
    if temperature < 0.0 or temperature > t_sat + SATURATION_TOLERANCE_K:
        raise ValueError(
            f"water temperature {temperature_c} °C is outside 0 to {t_sat:.2f} °C (boiling "
            f"at {pressure_bar_abs} bar abs): give the pressure the water is under"
        )
    if temperature >= t_sat - _SATURATION_TOLERANCE_C:
        return float(_water(P=mpa, x=0).h)
    return float(_water(P=mpa, T=temperature + 273.15).h)


def heat_above_reference_kj_per_kg(
    *,
    steam: bool,
    pressure_bar_gauge: float | None,
    temperature_c: float | None,
    reference_c: float = REFERENCE_TEMPERATURE_C,
) -> float:
    """Heat a kilogram carries relative to liquid water at ``reference_c`` (kJ/kg).

    ``pressure_bar_gauge`` is a stream's ``pressure_bar``: gauge pressure, bar(g). Steam
    needs it; a temperature within the field tolerance of saturation means dry saturated
    steam. Hot water or condensate needs its temperature, and is under the atmosphere when
    no pressure is given. A state that cannot exist (stored before entry refused it; the
    guide flags it) is counted on the assumption
    :meth:`~cpdesk.core.water_states.ImpossibleState.assumption` states: steam below
    saturation as dry saturated steam at its pressure, liquid above its boiling point as
    saturated liquid at its temperature.
    """
    reference = water_enthalpy_kj_per_kg(reference_c)
    if steam:
        if pressure_bar_gauge is None:
            raise ValueError("steam needs its pressure to know its enthalpy")
        pressure = bar_abs_from_gauge(pressure_bar_gauge)
        if temperature_c is not None:
            if temperature_c <= saturation_temperature_c(pressure) + FIELD_SATURATION_TOLERANCE_K:
                temperature_c = None  # saturated, or below saturation: see impossible_state
        return steam_enthalpy_kj_per_kg(pressure, temperature_c) - reference
    if temperature_c is None:
        raise ValueError("hot water needs its temperature to know its heat")
    if impossible_state("water", pressure_bar_gauge, temperature_c) is not None:
        # Liquid above its boiling point at the stated pressure: saturated liquid at its
        # temperature, that is under the saturation pressure of that temperature.
        if not 0.0 < temperature_c < _CRITICAL_C:
            raise ValueError(f"liquid water at {temperature_c:g} °C: above the critical point {_CRITICAL_C} °C")
        return float(_water(T=temperature_c + 273.15, x=0).h) - reference
    pressure = ATMOSPHERE_BAR + (pressure_bar_gauge or 0.0)
    return water_enthalpy_kj_per_kg(temperature_c, pressure) - reference
