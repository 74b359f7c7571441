"""Whether a stream of steam or liquid water can be in the state its readings say.

A stream records a pressure and a temperature (``pressure_bar`` and ``temperature_c`` of a
stream). ``pressure_bar`` is a **gauge** pressure in bar, bar(g), as field gauges read it:
the absolute pressure is that plus the atmosphere, 1.01325 bar
(:data:`ATMOSPHERE_BAR`); a liquid stream with no pressure is taken to
be at atmospheric pressure, as the energy balance takes it.

At a given pressure, water boils at its saturation temperature T_sat (IAPWS-IF97). Steam is
never colder than T_sat, liquid water never hotter: "steam" at 8 bar(g) (9.01325 bar abs,
T_sat 175.4 °C) and 150 °C cannot exist, and neither can condensate at 120 °C under the
atmosphere (T_sat 99.97 °C). Within :data:`SATURATION_TOLERANCE_K` of T_sat a reading is
taken as saturated (a thermometer on a line, and a gauge, are not better than that):
condensate at 100 °C and 1.01325 bar abs is saturated liquid, steam at 175 °C and 8 bar(g)
dry saturated steam.

A state that cannot exist is refused at entry (the services) and flagged when it was stored
before (the guide's checks). The energy balance still counts such a stored stream, on the
assumption :meth:`ImpossibleState.assumption` states: steam as dry saturated steam at its
pressure (the gauge is trusted over the thermometer), liquid water as saturated liquid at
its temperature (its pressure must be at least the saturation pressure at that
temperature; a liquid's enthalpy hardly depends on the pressure).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cpdesk.core.messages import Figure, Message, msg

#: Carriers that are liquid water (hot water, condensate, hot wastewater) in a balance.
LIQUID_CARRIERS = frozenset({"water", "wastewater", "condensate"})
STEAM_CARRIER = "steam"
#: Steam at or above T_sat - 1 K, liquid at or below T_sat + 1 K, is taken as saturated.
SATURATION_TOLERANCE_K = 1.0
#: Liquid at this temperature or colder, under a gauge pressure of 0 or more, is never
#: beyond its boiling point (T_sat is 99.974 °C at 1.01325 bar abs, more above it, plus the
#: tolerance): it needs no steam table, which (with scipy) is loaded only for hot streams.
_SURELY_LIQUID_C = 99.97 + SATURATION_TOLERANCE_K
#: The standard atmosphere (bar) that a gauge reading is above.
ATMOSPHERE_BAR = 1.01325
#: IAPWS-IF97's saturation line holds from the triple point to the critical point (bar abs).
_TRIPLE_BAR = 0.00611213
_CRITICAL_BAR = 220.64
#: Coefficients n1..n10 of IAPWS-IF97's saturation-pressure equation (region 4, eq. 30/31).
_N = (
    0.11670521452767e4, -0.72421316703206e6, -0.17073846940092e2, 0.12020824702470e5, -0.32325550322333e7,
    0.14915108613530e2, -0.48232657361591e4, 0.40511340542057e6, -0.23855557567849, 0.65017534844798e3,
)  # fmt: skip


def saturation_temperature_c(pressure_bar_abs: float) -> float:
    """Boiling temperature (°C) of water at ``pressure_bar_abs``, by IAPWS-IF97's backward
    equation of the saturation line (eq. 31), in closed form.

    The same figure as the steam tables of :mod:`cpdesk.core.steam` (to 1e-9 K; a test
    compares them), without loading them: the guide's checks run on every opening of an
    assessment, and the steam tables bring scipy with them.
    """
    if not (math.isfinite(pressure_bar_abs) and _TRIPLE_BAR < pressure_bar_abs < _CRITICAL_BAR):
        raise ValueError(f"no saturation temperature at {pressure_bar_abs!r} bar abs")
    n1, n2, n3, n4, n5, n6, n7, n8, n9, n10 = _N
    beta: float = (pressure_bar_abs / 10.0) ** 0.25  # p in MPa, p* = 1 MPa
    e = beta**2 + n3 * beta + n6
    f = n1 * beta**2 + n4 * beta + n7
    g = n2 * beta**2 + n5 * beta + n8
    d = 2.0 * g / (-f - math.sqrt(f * f - 4.0 * e * g))
    kelvin: float = (n10 + d - math.sqrt((n10 + d) ** 2 - 4.0 * (n9 + n10 * d))) / 2.0
    return kelvin - 273.15


@dataclass(frozen=True)
class ImpossibleState:
    """Steam below its saturation temperature, or liquid water above it.

    ``pressure_bar_gauge`` None: a liquid with no pressure given, taken as atmospheric.
    """

    steam: bool
    pressure_bar_gauge: float | None
    temperature_c: float
    saturation_c: float

    @property
    def difference_k(self) -> float:
        """How far the temperature lies beyond T_sat (K, positive)."""
        return abs(self.temperature_c - self.saturation_c)

    @property
    def code(self) -> str:
        """Which check it fails, as the catalogue of labels names it."""
        if self.steam:
            return "steam_below_saturation"
        if self.pressure_bar_gauge is None:
            return "liquid_above_saturation_no_pressure"
        return "liquid_above_saturation"

    @property
    def params(self) -> dict[str, float | None]:
        """The figures of the messages, rounded as they are shown."""
        return {
            "pressure": self.pressure_bar_gauge,
            "temperature": self.temperature_c,
            "saturation": round(self.saturation_c, 1),
            "difference": round(self.difference_k, 1),
        }

    def reason(self, lang: str = "en") -> str:
        """Why the state is refused, one sentence in ``lang``."""
        return self.said().text(lang)

    def said(self) -> Message:
        """Why the state is refused, naming the temperature, the pressure and T_sat (to one
        decimal, in the notation of the language it is said in)."""
        t, sat, diff = self.temperature_c, Figure(self.saturation_c, 1), Figure(self.difference_k, 1)
        if self.steam:
            return msg(
                "steam.below_saturation",
                pressure=self.pressure_bar_gauge,
                temperature=t,
                saturation=sat,
                difference=diff,
            )
        if self.pressure_bar_gauge is None:
            return msg("water.above_saturation_no_pressure", temperature=t, saturation=sat, difference=diff)
        return msg(
            "water.above_saturation", pressure=self.pressure_bar_gauge, temperature=t, saturation=sat, difference=diff
        )

    def assumption(self) -> str:
        """What the energy balance counts a stored stream in this state as (English)."""
        if self.steam:
            return f"dry saturated steam at {self.pressure_bar_gauge:g} bar(g)"
        return f"saturated liquid water at {self.temperature_c:g} °C, under its saturation pressure"


def impossible_state(
    carrier: str, pressure_bar_gauge: float | None, temperature_c: float | None
) -> ImpossibleState | None:
    """The state of a steam or liquid-water stream if it cannot exist, else None.

    ``pressure_bar_gauge`` is the stream's ``pressure_bar``, a gauge pressure in bar(g).
    Streams of other carriers, without a temperature, steam without a pressure and
    pressures outside the steam table (above the critical point) are not judged here.
    """
    if temperature_c is None:
        return None
    steam = carrier == STEAM_CARRIER
    if not steam and carrier not in LIQUID_CARRIERS:
        return None
    if steam and pressure_bar_gauge is None:
        return None
    if not steam and temperature_c <= _SURELY_LIQUID_C and (pressure_bar_gauge or 0.0) >= 0.0:
        return None
    try:
        saturation = saturation_temperature_c((pressure_bar_gauge or 0.0) + ATMOSPHERE_BAR)
    except ValueError:
        return None  # beyond the steam table: the balance says so with its own reason
    if steam and temperature_c < saturation - SATURATION_TOLERANCE_K:
        return ImpossibleState(True, pressure_bar_gauge, temperature_c, saturation)
    if not steam and temperature_c > saturation + SATURATION_TOLERANCE_K:
        return ImpossibleState(False, pressure_bar_gauge, temperature_c, saturation)
    return None
