"""Emission factors and the CO2 arithmetic of a CP assessment (pure: no file I/O).

A *factor set* is versioned reference data (reference-factors.md): fuel net calorific values
(NCV) and CO2 emission factors, plus a national grid emission factor series. The numbers live
in ``resources/factor_sets/*.json`` and are read by :mod:`cpdesk.core.reference`; this
module only holds the frozen values and computes with them.

Units, fixed by the names: NCV in GJ/t (= TJ/Gg = MJ/kg), CO2 factor in kg CO2/TJ, grid factor
in t CO2/MWh, fuel mass in t, volume in litres, energy in GJ, CO2 in t. Callers convert other
units (kWh, kg, m³, ...) through the unit registry before calling, except for an amount of
fuel as a plant buys it (litres of LPG, Nm³ of natural gas): :func:`fuel_mass_t` turns it
into tonnes through the set's density or NCV per Nm³, and names the factor the set lacks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from cpdesk.core import units
from cpdesk.core.carrier_prices import CarrierPrice
from cpdesk.core.checks import finite as _finite
from cpdesk.core.checks import positive as _positive
from cpdesk.core.errors import Coded, ValueRefused
from cpdesk.core.messages import Message, msg
from cpdesk.core.power_factor_charge import PowerFactorRule
from cpdesk.core.vocabulary import Carrier

__all__ = [
    "FACTOR_GAPS",
    "Co2Result",
    "FactorGap",
    "FactorSet",
    "FuelFactor",
    "GridFactor",
    "MissingFactorError",
    "amount_for_co2",
    "co2_from_electricity",
    "co2_from_fuel",
    "co2_split",
    "co2_t_per_t_fuel",
    "energy_gj_from_fuel",
    "fuel_mass_t",
    "fuel_mass_t_from_volume",
]

_KG_PER_T = 1000.0
_GJ_PER_TJ = 1000.0
_LITRES_PER_M3 = 1000.0
_MJ_PER_GJ = 1000.0
_CARRIER_CODES = frozenset(c.value for c in Carrier)


@dataclass(frozen=True)
class FuelFactor:
    """Default factors of one fuel (IPCC 2006 vol. 2 ch. 1 tables 1.2 and 1.4).

    ``biogenic`` fuels (wood, rice husk) emit CO2 that is reported apart from the fossil total.
    Fuels bought by volume carry what turns their volume into mass: ``density_t_per_m3`` for
    a liquid bought by the litre (DO, FO, LPG, kerosene, gasoline; t/m³ = kg/L), and
    ``ncv_mj_per_nm3`` for a gas metered in Nm³ (natural gas): its energy per normal cubic
    metre (0 °C, 101.325 kPa), which with ``ncv_gj_per_t`` gives its mass.
    """

    code: str
    ncv_gj_per_t: float
    co2_kg_per_tj: float
    biogenic: bool = False
    density_t_per_m3: float | None = None
    name_vi: str = ""
    name_en: str = ""
    ncv_source: str = ""
    co2_source: str = ""
    density_source: str = ""
    ncv_mj_per_nm3: float | None = None
    ncv_nm3_source: str = ""

    def __post_init__(self) -> None:
        if not self.code:
            raise ValueError("a fuel factor needs a code")
        _positive(self.ncv_gj_per_t, f"NCV of fuel {self.code!r} (GJ/t)")
        _positive(self.co2_kg_per_tj, f"CO2 factor of fuel {self.code!r} (kg CO2/TJ)")
        if self.density_t_per_m3 is not None:
            _positive(self.density_t_per_m3, f"density of fuel {self.code!r} (t/m³)")
        if self.ncv_mj_per_nm3 is not None:
            _positive(self.ncv_mj_per_nm3, f"NCV of fuel {self.code!r} per Nm³ (MJ/Nm³)")

    def name(self, lang: str = "vi") -> str:
        """The fuel's name in ``lang`` ("vi" or "en"), falling back to its code."""
        text = self.name_vi if lang == "vi" else self.name_en if lang == "en" else None
        if text is None:
            raise ValueError(f"unknown language {lang!r}: expected 'vi' or 'en'")
        return text or self.code


@dataclass(frozen=True)
class GridFactor:
    """Emission factor of a national power grid for one year, in t CO2 per MWh."""

    country: str
    year: int
    t_co2_per_mwh: float
    source: str = ""

    def __post_init__(self) -> None:
        _positive(self.t_co2_per_mwh, f"grid factor {self.country} {self.year} (t CO2/MWh)")


@dataclass(frozen=True)
class FactorSet:
    """A named, dated, versioned set of fuel and grid factors.

    ``fuels`` maps fuel code to :class:`FuelFactor`; ``grid`` is the grid series (one entry
    per year, one country); ``default_grid_year`` is the year used when a caller names none;
    ``prices`` the carriers it gives a unit price for (:class:`CarrierPrice`), often none;
    ``power_factor_rule`` the tariff's charge for a low power factor, if it holds one.
    """

    code: str
    name_vi: str
    name_en: str
    source: str
    date: str
    version: str
    fuels: Mapping[str, FuelFactor] = field(hash=False)
    grid: tuple[GridFactor, ...] = ()
    default_grid_year: int | None = None
    prices: tuple[CarrierPrice, ...] = ()
    power_factor_rule: PowerFactorRule | None = None

    def __post_init__(self) -> None:
        # Freeze the mapping so that a cached set cannot be changed by a caller.
        object.__setattr__(self, "fuels", MappingProxyType(dict(self.fuels)))
        object.__setattr__(self, "prices", tuple(sorted(self.prices, key=lambda p: p.carrier)))
        if len({p.carrier for p in self.prices}) != len(self.prices):
            raise ValueError(f"factor set {self.code!r}: a carrier is priced twice")
        object.__setattr__(self, "grid", tuple(sorted(self.grid, key=lambda g: g.year)))
        for key, fuel in self.fuels.items():
            if key != fuel.code:
                raise ValueError(f"factor set {self.code!r}: fuel key {key!r} differs from its code {fuel.code!r}")
        years = [g.year for g in self.grid]
        if len(years) != len(set(years)):
            raise ValueError(f"factor set {self.code!r}: grid series repeats a year: {years}")
        if len({g.country for g in self.grid}) > 1:
            raise ValueError(f"factor set {self.code!r}: grid series mixes countries")
        if self.default_grid_year is not None and self.default_grid_year not in years:
            raise ValueError(
                f"factor set {self.code!r}: default grid year {self.default_grid_year} "
                f"is not in its grid series {years}"
            )

    def name(self, lang: str = "vi") -> str:
        """The set's name in ``lang`` ("vi" or "en")."""
        if lang not in ("vi", "en"):
            raise ValueError(f"unknown language {lang!r}: expected 'vi' or 'en'")
        return self.name_vi if lang == "vi" else self.name_en

    def fuel(self, code: str | Carrier) -> FuelFactor:
        """The factors of fuel ``code``; ValueError naming the fuel if the set has none."""
        key = str(code)
        try:
            return self.fuels[key]
        except KeyError:
            raise ValueError(
                f"factor set {self.code!r} has no factors for fuel {key!r} "
                f"(known fuels: {', '.join(sorted(self.fuels))})"
            ) from None

    def price(self, carrier: str | Carrier) -> CarrierPrice | None:
        """The set's unit price of ``carrier``; None when the set does not price it."""
        return next((p for p in self.prices if p.carrier == str(carrier)), None)

    @property
    def grid_years(self) -> tuple[int, ...]:
        """The years of the grid series, ascending."""
        return tuple(g.year for g in self.grid)

    def grid_factor(self, year: int | None = None) -> GridFactor:
        """The grid factor of ``year`` (default: ``default_grid_year``); ValueError if absent."""
        wanted = self.default_grid_year if year is None else year
        if wanted is None:
            raise ValueRefused(msg("factors.no_default_year", factor_set=repr(self.code)))
        for entry in self.grid:
            if entry.year == wanted:
                return entry
        years = [str(y) for y in self.grid_years] or ["-"]
        raise ValueRefused(msg("factors.no_grid_year", factor_set=repr(self.code), year=str(wanted), years=years))


def co2_t_per_t_fuel(fuel: FuelFactor) -> float:
    """t CO2 emitted by burning one tonne of ``fuel`` at its default NCV."""
    return fuel.ncv_gj_per_t * fuel.co2_kg_per_tj / _GJ_PER_TJ / _KG_PER_T


def energy_gj_from_fuel(fuel: FuelFactor, mass_t: float, ncv_override_gj_per_t: float | None = None) -> float:
    """Energy (GJ, net) in ``mass_t`` tonnes of ``fuel``.

    ``ncv_override_gj_per_t`` replaces the default NCV with a measured one (coal bought in
    the field is often poorer than the IPCC default). Negative masses are allowed: a saving
    computed as a difference may be negative.
    """
    mass = _finite(mass_t, f"mass of fuel {fuel.code!r} (t)")
    if ncv_override_gj_per_t is None:
        ncv = fuel.ncv_gj_per_t
    else:
        ncv = _positive(ncv_override_gj_per_t, f"NCV override of fuel {fuel.code!r} (GJ/t)")
    return mass * ncv


def co2_from_fuel(fuel: FuelFactor, mass_t: float, ncv_override_gj_per_t: float | None = None) -> float:
    """t CO2 from burning ``mass_t`` tonnes of ``fuel`` (biogenic or not: see ``fuel.biogenic``).

    CO2 = mass (t) × NCV (GJ/t) × factor (kg CO2/TJ) / 10⁶. With an NCV override the energy
    changes and the CO2 factor per TJ stays the IPCC default.
    """
    energy_gj = energy_gj_from_fuel(fuel, mass_t, ncv_override_gj_per_t)
    return energy_gj * fuel.co2_kg_per_tj / _GJ_PER_TJ / _KG_PER_T


def fuel_mass_t_from_volume(fuel: FuelFactor, litres: float, density_override_t_per_m3: float | None = None) -> float:
    """Mass (t) of ``litres`` of ``fuel`` through its density (or ``density_override``).

    ValueError naming the fuel if the factor set gives it no density and none is passed.
    """
    volume = _finite(litres, f"volume of fuel {fuel.code!r} (L)")
    if density_override_t_per_m3 is not None:
        density = _positive(density_override_t_per_m3, f"density of fuel {fuel.code!r} (t/m³)")
    elif fuel.density_t_per_m3 is None:
        raise ValueRefused(msg("factors.no_density", fuel=repr(fuel.code)))
    else:
        density = fuel.density_t_per_m3
    return volume / _LITRES_PER_M3 * density


#: Why an amount of a fuel has no mass in a factor set (:attr:`FactorGap.factor`).
FACTOR_GAPS = ("density", "ncv_per_nm3", "gas_conditions", "amount", "fuel")


@dataclass(frozen=True)
class FactorGap:
    """What a factor set lacks to turn ``unit`` of ``fuel`` into a mass, for one message.

    ``factor`` is one of :data:`FACTOR_GAPS`: "density" (a volume of a liquid), "ncv_per_nm3"
    (Nm³ or Sm³ of a gas), "gas_conditions" (m³ of a gas metered in Nm³: a volume at an
    unstated pressure and temperature), "amount" (a unit that is no amount of fuel, a rate
    in t/h for instance), "fuel" (the set has no factors for this fuel at all). ``name`` is
    the fuel's English name in the set (or its code).
    """

    fuel: str
    unit: str
    factor: str
    factor_set: str
    name: str = ""

    def said(self) -> Message:
        """What is missing, naming the fuel, the unit and the factor set: a message of the
        catalogue (``factor.<factor>``)."""
        name = self.name or self.fuel
        if self.factor == "density":
            return msg("factor.density", fuel=name, unit=self.unit, factor_set=self.factor_set)
        if self.factor == "ncv_per_nm3":
            return msg("factor.ncv_per_nm3", fuel=name, unit=self.unit, factor_set=self.factor_set)
        if self.factor == "gas_conditions":
            return msg("factor.gas_conditions", fuel=name, unit=self.unit)
        if self.factor == "fuel":
            return msg("factor.fuel", fuel=name, factor_set=self.factor_set)
        return msg("factor.amount", fuel=name, unit=self.unit)

    def message(self, lang: str = "en") -> str:
        """One sentence in ``lang`` that names the fuel, the unit and what is missing."""
        return self.said().text(lang)


class MissingFactorError(Coded, ValueError):
    """An amount of fuel that the factor set cannot turn into a mass; ``gap`` says why."""

    def __init__(self, gap: FactorGap) -> None:
        self.gap = gap
        super().__init__(gap.said())


def fuel_mass_t(
    fuel: FuelFactor,
    quantity: float,
    unit: str,
    factor_set: str,
    density_override_t_per_m3: float | None = None,
) -> float:
    """Mass (t) of ``quantity`` ``unit`` of ``fuel``, as a plant buys it, with the factors of
    the set named ``factor_set`` (its code, for the message).

    - a mass (t, kg, tấn) as it is;
    - a liquid volume (L, m³) times the density (t/m³ = kg/L; ``density_override`` first):
      1 000 L of LPG × 0.54 kg/L = 540 kg;
    - Nm³ or Sm³ of a gas: the energy at the set's NCV per Nm³, over its NCV per tonne, so that
      CO2 = Nm³ × MJ/Nm³ × factor: 1 000 Nm³ × 37.68 MJ/Nm³ = 37.68 GJ = 0.785 t at 48.0 GJ/t
      (1 Sm³ at 15 °C is 273.15/288.15 Nm³);
    - energy (GJ, kWh, toe ...) over the NCV per tonne.

    Raises:
        MissingFactorError: the set lacks the factor the unit needs, or the unit is no amount
            (or no unit cpdesk knows).
    """
    amount = _finite(quantity, f"amount of fuel {fuel.code!r} ({unit})")
    try:
        dimension, canonical = units.dimension_of(unit), units.normalize_unit(unit)
    except units.UnitError:
        dimension, canonical = "other", unit

    def gap(factor: str) -> MissingFactorError:
        return MissingFactorError(FactorGap(fuel.code, canonical, factor, factor_set, fuel.name_en))

    if dimension == "mass":
        return units.convert(amount, canonical, "t")
    if dimension == "volume":
        if density_override_t_per_m3 is not None:
            density = _positive(density_override_t_per_m3, f"density of fuel {fuel.code!r} (t/m³)")
        elif fuel.density_t_per_m3 is not None:
            density = fuel.density_t_per_m3
        else:
            raise gap("gas_conditions" if fuel.ncv_mj_per_nm3 is not None else "density")
        return units.convert(amount, canonical, "m³") * density
    if dimension == "gas_volume":
        if fuel.ncv_mj_per_nm3 is None:
            raise gap("ncv_per_nm3")
        energy_gj = units.convert(amount, canonical, "Nm³") * fuel.ncv_mj_per_nm3 / _MJ_PER_GJ
        return energy_gj / fuel.ncv_gj_per_t
    if dimension == "energy":
        return units.convert(amount, canonical, "GJ") / fuel.ncv_gj_per_t
    raise gap("amount")


def amount_for_co2(
    carrier: str | Carrier,
    quantity: float,
    unit: str,
    factor_set: FactorSet,
    density_overrides_t_per_m3: Mapping[str, float] | None = None,
) -> float | None:
    """An annual amount in what :func:`co2_split` counts: a fuel in t, electricity in MWh;
    None for a carrier that emits no CO2 of its own (water, steam, chemicals ...).

    Raises:
        MissingFactorError: the factor set cannot turn this amount into t or MWh (a volume
            of a fuel without its density or NCV per Nm³, a rate, a unit of another kind).
    """
    code = str(carrier)
    if code == Carrier.ELECTRICITY:
        try:
            if units.dimension_of(unit) == "energy":
                return units.convert(quantity, unit, "MWh")
        except units.UnitError:
            pass
        raise MissingFactorError(FactorGap(code, unit, "amount", factor_set.code, "Electricity"))
    if code not in _CARRIER_CODES or not Carrier(code).is_fuel:
        return None
    if code not in factor_set.fuels:
        raise MissingFactorError(FactorGap(code, unit, "fuel", factor_set.code))
    density = (density_overrides_t_per_m3 or {}).get(code)
    return fuel_mass_t(factor_set.fuels[code], quantity, unit, factor_set.code, density)


def co2_from_electricity(mwh: float, factor_set: FactorSet, year: int | None = None) -> float:
    """t CO2 of ``mwh`` MWh of grid electricity, at the set's grid factor of ``year``.

    ``year`` defaults to the set's ``default_grid_year``; a year outside the series is a
    ValueError naming it (no silent fallback to a neighbouring year).
    """
    energy = _finite(mwh, "electricity (MWh)")
    return energy * factor_set.grid_factor(year).t_co2_per_mwh


@dataclass(frozen=True)
class Co2Result:
    """CO2 of a list of energy amounts, split as GHG reports need it (all in t CO2).

    ``fossil_t``: fossil fuels burnt on site; ``electricity_t``: grid electricity;
    ``biogenic_t``: biomass (wood, rice husk), reported apart and not in the total.
    """

    fossil_t: float = 0.0
    electricity_t: float = 0.0
    biogenic_t: float = 0.0

    @property
    def total_t(self) -> float:
        """The CO2 that counts: fossil fuels plus electricity, biogenic CO2 excluded."""
        return self.fossil_t + self.electricity_t


def co2_split(
    amounts: Iterable[tuple[str | Carrier, float]],
    factor_set: FactorSet,
    year: int | None = None,
    ncv_overrides_gj_per_t: Mapping[str, float] | None = None,
) -> Co2Result:
    """CO2 of ``(carrier, amount)`` pairs: fuels in t, electricity in MWh.

    Any other carrier (steam, heat, water, ...) is a ValueError: steam and heat count through
    the fuel or electricity that made them. ``ncv_overrides_gj_per_t`` maps fuel codes to
    measured NCVs. ``year`` picks the grid factor (default: the set's default year).
    """
    overrides = {str(k): v for k, v in (ncv_overrides_gj_per_t or {}).items()}
    fossil = electricity = biogenic = 0.0
    for carrier, amount in amounts:
        code = str(carrier)
        if code == Carrier.ELECTRICITY:
            electricity += co2_from_electricity(amount, factor_set, year)
            continue
        if code in _CARRIER_CODES and not Carrier(code).is_fuel:
            raise ValueRefused(msg("factors.no_direct_co2", carrier=repr(code)))
        fuel = factor_set.fuel(code)  # ValueError naming the fuel if the set lacks it
        co2 = co2_from_fuel(fuel, amount, overrides.get(code))
        if fuel.biogenic:
            biogenic += co2
        else:
            fossil += co2
    return Co2Result(fossil_t=fossil, electricity_t=electricity, biogenic_t=biogenic)
