"""Boiler efficiency by the direct and the indirect method (pure: no file I/O).

*Direct* (input-output) method: efficiency = steam × (h_steam − h_feedwater) / (fuel × CV).
Enthalpies come from IAPWS-IF97 through the ``iapws`` package; pressures are always
**absolute** (``pressure_bar_abs``): use :func:`bar_abs_from_gauge` for gauge readings.

*Indirect* (heat-loss) method, as BS 845 and the Bureau of Energy Efficiency (India) guide
book 4, chapter 1 "Energy performance assessment of boilers" teach it: efficiency on GCV =
100 − L1 … L8, with theoretical air = 11.6 C + 34.8 (H − O/8) + 4.35 S (mass fractions),
excess air = 100 O2 / (21 − O2), dry flue gas loss = m Cp (Tf − Ta) / GCV, hydrogen loss =
9 H (584 + Cp (Tf − Ta)) / GCV ... The guide works in kcal; here every heat is in kJ and its
constants are converted at 4.1868 kJ/kcal (IT calorie), so the loss ratios are identical.

Units fixed by the names: kJ/kg for enthalpies and calorific values, kJ/(kg·K) for specific
heats, kg/h for flows (other mass-flow units go through :mod:`cpdesk.core.units`), °C, bar.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from cpdesk.core.checks import finite as _finite
from cpdesk.core.checks import in_range as _in_range
from cpdesk.core.checks import positive as _positive
from cpdesk.core.steam import (
    bar_abs_from_gauge,
    saturation_temperature_c,
    steam_enthalpy_kj_per_kg,
    water_enthalpy_kj_per_kg,
)
from cpdesk.core.units import convert, dimension_of

__all__ = [
    "DirectEfficiency", "IndirectEfficiency", "IndirectInputs", "UltimateAnalysis",
    "ash_gcv_from_unburnt_carbon", "bar_abs_from_gauge", "direct_efficiency",
    "direct_efficiency_from_conditions", "excess_air_pct_from_co2", "excess_air_pct_from_o2",
    "indirect_efficiency", "saturation_temperature_c", "steam_enthalpy_kj_per_kg",
    "surface_loss_pct", "theoretical_air_kg_per_kg", "water_enthalpy_kj_per_kg",
]  # fmt: skip

KJ_PER_KCAL = 4.1868  # International Table calorie, as cpdesk.core.units uses
#: Latent heat of the water vapour in flue gas, 584 kcal/kg in the BEE guide.
LATENT_HEAT_KJ_PER_KG = 584 * KJ_PER_KCAL
#: Heat not released per kg of carbon burnt to CO instead of CO2: 5744 kcal/kg, the BEE guide's
#: figure (some texts use 5654); L5 scales with it.
CO_LOSS_KJ_PER_KG_CARBON = 5744 * KJ_PER_KCAL
#: Specific heats of the BEE guide's oil example: dry flue gas 0.23, superheated vapour 0.45
#: kcal/(kg·°C); coal examples often take 0.24 for the flue gas: pass the figure you use.
FLUE_GAS_CP_KJ_PER_KG_K = 0.23 * KJ_PER_KCAL
VAPOUR_CP_KJ_PER_KG_K = 0.45 * KJ_PER_KCAL
#: Heating value of unburnt carbon in refuse, 14 500 Btu/lb (ASME PTC 4.1) = 33 727 kJ/kg.
UNBURNT_CARBON_KJ_PER_KG = 14_500 * 2.326

_FRACTION_SUM_TOLERANCE = 0.01  # ultimate analyses are printed to 0.1 %: allow 1 % slack
_MOLAR_MASS = {"C": 12.0, "N2": 28.0}


# ---------------------------------------------------------------------------- direct method


@dataclass(frozen=True)
class DirectEfficiency:
    """Result of the direct method. Efficiencies in % (None when that CV was not given);
    ``evaporation_ratio`` is kg of steam per kg of fuel."""

    steam_kg_per_h: float
    fuel_kg_per_h: float
    steam_enthalpy_kj_per_kg: float
    feedwater_enthalpy_kj_per_kg: float
    heat_to_steam_kj_per_h: float
    evaporation_ratio: float
    efficiency_gcv_pct: float | None
    efficiency_ncv_pct: float | None


def direct_efficiency(
    *,
    steam_kg_per_h: float,
    fuel_kg_per_h: float,
    steam_enthalpy_kj_per_kg: float,
    feedwater_enthalpy_kj_per_kg: float,
    gcv_kj_per_kg: float | None = None,
    ncv_kj_per_kg: float | None = None,
) -> DirectEfficiency:
    """Direct-method efficiency from known enthalpies, on GCV and/or NCV (at least one).

    A GCV efficiency above 100 % is impossible and raised as a ValueError (wrong units are
    the usual cause); an NCV one may exceed 100 % in a condensing boiler.
    """
    steam = _positive(steam_kg_per_h, "steam flow (kg/h)")
    fuel = _positive(fuel_kg_per_h, "fuel flow (kg/h)")
    h_steam = _finite(steam_enthalpy_kj_per_kg, "steam enthalpy (kJ/kg)")
    h_water = _finite(feedwater_enthalpy_kj_per_kg, "feedwater enthalpy (kJ/kg)")
    if h_steam <= h_water:
        raise ValueError(f"steam enthalpy ({h_steam:g} kJ/kg) must exceed feedwater enthalpy ({h_water:g})")
    if gcv_kj_per_kg is None and ncv_kj_per_kg is None:
        raise ValueError("give the fuel's GCV, its NCV or both (kJ/kg)")
    gcv = None if gcv_kj_per_kg is None else _positive(gcv_kj_per_kg, "fuel GCV (kJ/kg)")
    ncv = None if ncv_kj_per_kg is None else _positive(ncv_kj_per_kg, "fuel NCV (kJ/kg)")
    if gcv and ncv and ncv > gcv:
        raise ValueError(f"fuel NCV ({ncv:g} kJ/kg) cannot exceed its GCV ({gcv:g} kJ/kg)")
    heat = steam * (h_steam - h_water)
    eff_gcv = None if gcv is None else 100.0 * heat / (fuel * gcv)
    if eff_gcv is not None and eff_gcv > 100.0:
        raise ValueError(
            f"direct efficiency on GCV comes out at {eff_gcv:.1f} % (> 100 %): check the flow and calorific-value units"
        )
    return DirectEfficiency(
        steam_kg_per_h=steam,
        fuel_kg_per_h=fuel,
        steam_enthalpy_kj_per_kg=h_steam,
        feedwater_enthalpy_kj_per_kg=h_water,
        heat_to_steam_kj_per_h=heat,
        evaporation_ratio=steam / fuel,
        efficiency_gcv_pct=eff_gcv,
        efficiency_ncv_pct=None if ncv is None else 100.0 * heat / (fuel * ncv),
    )


def _kg_per_h(value: float, unit: str, what: str) -> float:
    if dimension_of(unit) != "mass_flow":
        raise ValueError(f"{what} needs a mass-flow unit such as kg/h or t/h, not {unit!r}")
    return convert(_finite(value, what), unit, "kg/h")


def direct_efficiency_from_conditions(
    *,
    steam_flow: float,
    pressure_bar_abs: float,
    feedwater_temperature_c: float,
    fuel_flow: float,
    steam_temperature_c: float | None = None,
    dryness: float = 1.0,
    steam_flow_unit: str = "kg/h",
    fuel_flow_unit: str = "kg/h",
    feedwater_pressure_bar_abs: float | None = None,
    gcv_kj_per_kg: float | None = None,
    ncv_kj_per_kg: float | None = None,
) -> DirectEfficiency:
    """Direct-method efficiency from measured conditions: enthalpies from IAPWS-IF97.

    Steam is dry saturated unless ``steam_temperature_c`` is given; feedwater is taken at
    boiler pressure (it is pumped in) unless ``feedwater_pressure_bar_abs`` says otherwise.
    """
    h_steam = steam_enthalpy_kj_per_kg(pressure_bar_abs, steam_temperature_c, dryness)
    water_bar = pressure_bar_abs if feedwater_pressure_bar_abs is None else feedwater_pressure_bar_abs
    return direct_efficiency(
        steam_kg_per_h=_kg_per_h(steam_flow, steam_flow_unit, "steam flow"),
        fuel_kg_per_h=_kg_per_h(fuel_flow, fuel_flow_unit, "fuel flow"),
        steam_enthalpy_kj_per_kg=h_steam,
        feedwater_enthalpy_kj_per_kg=water_enthalpy_kj_per_kg(feedwater_temperature_c, water_bar),
        gcv_kj_per_kg=gcv_kj_per_kg,
        ncv_kj_per_kg=ncv_kj_per_kg,
    )


# -------------------------------------------------------------------------- indirect method


@dataclass(frozen=True)
class UltimateAnalysis:
    """As-fired ultimate analysis of a fuel, as **mass fractions** (0.84, not 84 %)."""

    carbon: float
    hydrogen: float
    nitrogen: float = 0.0
    sulphur: float = 0.0
    oxygen: float = 0.0
    moisture: float = 0.0
    ash: float = 0.0

    def __post_init__(self) -> None:
        for item in fields(self):
            value = _finite(getattr(self, item.name), f"{item.name} fraction of the fuel")
            if not 0.0 <= value <= 1.0:
                raise ValueError(
                    f"{item.name} fraction of the fuel is {value!r}: give mass fractions from "
                    "0 to 1 (0.84, not 84 %), or use UltimateAnalysis.from_percent"
                )
        total = sum(getattr(self, item.name) for item in fields(self))
        if abs(total - 1.0) > _FRACTION_SUM_TOLERANCE:
            raise ValueError(
                f"the fuel's ultimate analysis (C, H, N, S, O, moisture, ash) sums to "
                f"{total:.4f}, not 1: check the analysis and its basis (as fired)"
            )

    @classmethod
    def from_percent(cls, **percent: float) -> UltimateAnalysis:
        """The analysis from percentages: ``from_percent(carbon=84, hydrogen=12, ...)``."""
        return cls(**{name: _finite(value, name) / 100.0 for name, value in percent.items()})


def theoretical_air_kg_per_kg(fuel: UltimateAnalysis) -> float:
    """Stoichiometric air (kg per kg of fuel): 11.6 C + 34.8 (H − O/8) + 4.35 S."""
    air = 11.6 * fuel.carbon + 34.8 * (fuel.hydrogen - fuel.oxygen / 8) + 4.35 * fuel.sulphur
    if air <= 0:
        raise ValueError("the fuel's analysis needs no air to burn: check C, H, O and S")
    return air


def excess_air_pct_from_o2(o2_pct: float) -> float:
    """Excess air (%) from O2 in the dry flue gas (% by volume): 100 O2 / (21 − O2)."""
    o2 = _finite(o2_pct, "O2 in flue gas (%)")
    if not 0.0 <= o2 < 21.0:
        raise ValueError(f"O2 in flue gas must be at least 0 and below 21 %, got {o2_pct!r}")
    return 100.0 * o2 / (21.0 - o2)


def excess_air_pct_from_co2(co2_pct: float, fuel: UltimateAnalysis) -> float:
    """Excess air (%) from CO2 in the dry flue gas: 7900 (CO2t − CO2) / (CO2 (100 − CO2t)).

    CO2t, the CO2 of stoichiometric combustion, is moles of C over moles of C and N2 (from
    the theoretical air, 77 % N2 by mass, and the fuel). The 7900 is 100 × 79 % N2 of air.
    """
    co2 = _finite(co2_pct, "CO2 in flue gas (%)")
    n2_mol = (theoretical_air_kg_per_kg(fuel) * 0.77 + fuel.nitrogen) / _MOLAR_MASS["N2"]
    c_mol = fuel.carbon / _MOLAR_MASS["C"]
    co2_t = 100.0 * c_mol / (c_mol + n2_mol)
    if not 0.0 < co2 <= co2_t:
        raise ValueError(
            f"CO2 in flue gas must be above 0 and at most {co2_t:.2f} % (stoichiometric for this fuel), got {co2_pct!r}"
        )
    return 7900.0 * (co2_t - co2) / (co2 * (100.0 - co2_t))


def surface_loss_pct(
    *,
    surface_temperature_c: float,
    ambient_temperature_c: float,
    area_m2: float,
    wind_speed_m_s: float,
    fuel_kg_per_h: float,
    gcv_kj_per_kg: float,
) -> float:
    """Radiation and convection loss (% of GCV input) from the boiler's outer surface.

    Empirical flux of the BEE guide (W/m², temperatures in K, wind in m/s):
    0.548 [(Ts/55.55)⁴ − (Ta/55.55)⁴] + 1.957 (Ts − Ta)^1.25 √((196.85 V + 68.9) / 68.9).
    """
    ts = _finite(surface_temperature_c, "surface temperature (°C)") + 273.15
    ta = _finite(ambient_temperature_c, "ambient temperature (°C)") + 273.15
    if ts < ta:
        raise ValueError("surface temperature is below ambient: no surface loss to estimate")
    wind = _in_range(wind_speed_m_s, 0.0, 60.0, "wind speed (m/s)")
    radiation = 0.548 * ((ts / 55.55) ** 4 - (ta / 55.55) ** 4)
    convection: float = 1.957 * (ts - ta) ** 1.25 * math.sqrt((196.85 * wind + 68.9) / 68.9)
    heat_kj_per_h = (radiation + convection) * _positive(area_m2, "surface area (m²)") * 3.6
    fuel_kg = _positive(fuel_kg_per_h, "fuel flow (kg/h)")
    return 100.0 * heat_kj_per_h / (fuel_kg * _positive(gcv_kj_per_kg, "fuel GCV (kJ/kg)"))


def ash_gcv_from_unburnt_carbon(unburnt_fraction: float) -> float:
    """GCV (kJ/kg) of ash holding ``unburnt_fraction`` of combustibles (taken as carbon)."""
    return UNBURNT_CARBON_KJ_PER_KG * _in_range(unburnt_fraction, 0.0, 1.0, "unburnt in ash")


@dataclass(frozen=True, kw_only=True)
class IndirectInputs:
    """What a heat-loss test measures. Gas analyses are % by volume of dry flue gas.

    Excess air comes from ``o2_pct`` when given, else from ``co2_pct``; the CO loss needs
    both ``co_pct`` and ``co2_pct``. ``radiation_loss_pct`` is required: take it from
    :func:`surface_loss_pct`, the manufacturer, or state 0 knowingly. Ash losses need the
    share of the fuel's ash leaving as fly ash (the rest is bottom ash) and the GCV of each.
    """

    fuel: UltimateAnalysis
    gcv_kj_per_kg: float
    flue_gas_temperature_c: float
    ambient_temperature_c: float
    radiation_loss_pct: float
    o2_pct: float | None = None
    co2_pct: float | None = None
    co_pct: float = 0.0
    humidity_kg_per_kg_dry_air: float = 0.0
    flue_gas_cp_kj_per_kg_k: float = FLUE_GAS_CP_KJ_PER_KG_K
    vapour_cp_kj_per_kg_k: float = VAPOUR_CP_KJ_PER_KG_K
    fly_ash_share: float | None = None
    fly_ash_gcv_kj_per_kg: float = 0.0
    bottom_ash_gcv_kj_per_kg: float = 0.0

    def __post_init__(self) -> None:
        _positive(self.gcv_kj_per_kg, "fuel GCV (kJ/kg)")
        flue = _finite(self.flue_gas_temperature_c, "flue gas temperature (°C)")
        if flue < _finite(self.ambient_temperature_c, "ambient temperature (°C)"):
            raise ValueError(
                f"flue gas temperature ({flue} °C) is below ambient "
                f"({self.ambient_temperature_c} °C): check the two readings"
            )
        for value, high, what in (
            (self.radiation_loss_pct, 100.0, "radiation and convection loss (%)"),
            (self.co_pct, 21.0, "CO in flue gas (%)"),
            (self.humidity_kg_per_kg_dry_air, 0.2, "humidity (kg water/kg dry air)"),
            (self.fly_ash_gcv_kj_per_kg, math.inf, "GCV of fly ash (kJ/kg)"),
            (self.bottom_ash_gcv_kj_per_kg, math.inf, "GCV of bottom ash (kJ/kg)"),
            (self.fly_ash_share or 0.0, 1.0, "share of ash leaving as fly ash"),
        ):
            _in_range(value, 0.0, high, what)
        if self.o2_pct is None and self.co2_pct is None:
            raise ValueError("give O2 or CO2 in the flue gas to work out the excess air")
        if self.o2_pct is not None:
            excess_air_pct_from_o2(self.o2_pct)  # raises on O2 of 21 % or more
        if self.co_pct > 0 and self.co2_pct is None:
            raise ValueError("the CO loss needs CO2 in the flue gas as well as CO")
        _positive(self.flue_gas_cp_kj_per_kg_k, "specific heat of flue gas (kJ/kg·K)")
        _positive(self.vapour_cp_kj_per_kg_k, "specific heat of water vapour (kJ/kg·K)")
        if self.fly_ash_share is None and (self.fly_ash_gcv_kj_per_kg or self.bottom_ash_gcv_kj_per_kg):
            raise ValueError("ash losses need the share of ash leaving as fly ash (0 to 1)")


@dataclass(frozen=True)
class IndirectEfficiency:
    """Result of the heat-loss method: air in kg per kg of fuel, losses in % of GCV."""

    theoretical_air_kg_per_kg: float
    excess_air_pct: float
    actual_air_kg_per_kg: float
    dry_flue_gas_kg_per_kg: float
    dry_flue_gas_loss_pct: float  # L1
    hydrogen_loss_pct: float  # L2
    fuel_moisture_loss_pct: float  # L3
    air_moisture_loss_pct: float  # L4
    co_loss_pct: float  # L5
    radiation_loss_pct: float  # L6
    fly_ash_loss_pct: float  # L7
    bottom_ash_loss_pct: float  # L8
    total_loss_pct: float
    efficiency_pct: float


def indirect_efficiency(test: IndirectInputs) -> IndirectEfficiency:
    """Efficiency on GCV = 100 − (L1 + … + L8), by the BEE guide book 4 chapter 1 formulas.

    The mass of dry flue gas is CO2 + SO2 + fuel N2 + N2 and excess O2 of the actual air,
    as the guide counts it (carbon lost as CO or in the ash is not taken off).
    """
    fuel, gcv = test.fuel, test.gcv_kj_per_kg
    rise = test.flue_gas_temperature_c - test.ambient_temperature_c
    theoretical = theoretical_air_kg_per_kg(fuel)
    # IndirectInputs guarantees O2 or CO2, and CO2 whenever there is CO: the "or 0.0" below
    # only narrows the type (a CO2 of 0 would be refused, never used).
    co2 = test.co2_pct or 0.0
    if test.o2_pct is not None:
        excess = excess_air_pct_from_o2(test.o2_pct)
    else:
        excess = excess_air_pct_from_co2(co2, fuel)
    actual = (1.0 + excess / 100.0) * theoretical
    dry_gas = (
        fuel.carbon * 44.0 / 12.0
        + fuel.nitrogen
        + actual * 0.77  # N2 of the air, by mass
        + (actual - theoretical) * 0.23  # O2 of the excess air, by mass
        + fuel.sulphur * 64.0 / 32.0
    )
    # Water leaves as vapour: latent heat plus superheat from ambient to flue temperature.
    vapour_kj_per_kg = LATENT_HEAT_KJ_PER_KG + test.vapour_cp_kj_per_kg_k * rise
    co_loss = 0.0
    if test.co_pct > 0:
        co_share = test.co_pct / (test.co_pct + co2)  # CO's share of the carbon in the gas
        co_loss = 100.0 * co_share * fuel.carbon * CO_LOSS_KJ_PER_KG_CARBON / gcv
    share = test.fly_ash_share or 0.0
    losses = {
        "dry_flue_gas_loss_pct": 100.0 * dry_gas * test.flue_gas_cp_kj_per_kg_k * rise / gcv,
        "hydrogen_loss_pct": 100.0 * 9.0 * fuel.hydrogen * vapour_kj_per_kg / gcv,
        "fuel_moisture_loss_pct": 100.0 * fuel.moisture * vapour_kj_per_kg / gcv,
        "air_moisture_loss_pct": 100.0 * actual * test.humidity_kg_per_kg_dry_air
        * test.vapour_cp_kj_per_kg_k * rise / gcv,
        "co_loss_pct": co_loss,
        "radiation_loss_pct": float(test.radiation_loss_pct),
        "fly_ash_loss_pct": 100.0 * fuel.ash * share * test.fly_ash_gcv_kj_per_kg / gcv,
        "bottom_ash_loss_pct": 100.0 * fuel.ash * (1.0 - share)
        * test.bottom_ash_gcv_kj_per_kg / gcv,
    }  # fmt: skip
    total = sum(losses.values())
    if total >= 100.0:
        raise ValueError(
            f"the losses add up to {total:.1f} % of the fuel's GCV: check the inputs "
            "(GCV units, temperatures, gas analysis)"
        )
    return IndirectEfficiency(
        theoretical_air_kg_per_kg=theoretical,
        excess_air_pct=excess,
        actual_air_kg_per_kg=actual,
        dry_flue_gas_kg_per_kg=dry_gas,
        total_loss_pct=total,
        efficiency_pct=100.0 - total,
        **losses,
    )
