"""Bringing readings to one period (a year) and to one unit per balance.

Auditors record what they can: a flow in m³/h, a bill in MWh per month, a dye charge in kg per
batch, water per tonne of product. Balances need every stream as an amount per year in one
unit. The plant's operating hours, days, batches and production do the conversion; a reading
that cannot be converted is an error that names it.

A year of operation is 365 days, 8 760 h (:data:`~cpdesk.core.units.HOURS_PER_YEAR`), not
pint's Julian year of 8 766 h: a rate per year converts to a rate per hour with 8 760 h. An
hourly rate is multiplied by the assessment's operating hours; where the assessment states
none the reading is refused with the reason, never assumed to run all year (a plant on two
shifts would be overstated by half without a word). A rate stated per year (m³/year) is
already annual. Readings of a level
(a temperature, a pressure, a voltage, a concentration) are never added up or multiplied by
hours: they are refused here with the reason.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from cpdesk.core import labels, units
from cpdesk.core.errors import Coded, reason_of
from cpdesk.core.factors import FactorSet
from cpdesk.core.messages import KIND, Message, Term, msg
from cpdesk.core.vocabulary import FUELS, Carrier

#: Amount units by dimension that annual amounts are expressed in (gas in Nm³: an amount of
#: gas, which becomes a volume only at a stated pressure and temperature).
_BASE = {"volume": "m³", "mass": "t", "energy": "GJ", "gas_volume": "Nm³"}
#: Rates and the amount dimension they integrate to.
_RATES = {
    "volume_flow": ("volume", "m³"),
    "mass_flow": ("mass", "t"),
    "power": ("energy", "GJ"),
    "gas_volume_flow": ("gas_volume", "Nm³"),
}
#: Quantities that are a level at an instant, not an amount: adding them up over a year, or
#: multiplying them by hours, means nothing (20 °C for 8 760 h is not 175 200 °C).
_LEVELS = frozenset(
    {
        "temperature", "pressure", "gauge_pressure", "absolute_pressure", "voltage", "current",
        "frequency", "concentration", "dimensionless",
    }
)  # fmt: skip
#: What a power analyser writes beside real power: never counted as kW or kWh.
_NOT_REAL = frozenset({"apparent_power", "reactive_power", "apparent_energy", "reactive_energy"})
_SPECIFIC = {"specific_volume": ("volume", "m³/t"), "specific_energy": ("energy", "GJ/t")}


class BalanceError(Coded, ValueError):
    """A reading or stream that cannot enter a balance; the message names it."""


def basis_words(basis: str) -> Message | str:
    """A reading's basis as a sentence says it ("per hour", "theo giờ"); a basis of no
    message (a newer cpdesk's) as its code."""
    code = f"basis.{basis}"
    return Message(code) if code in labels.labels_of(KIND) else basis.replace("_", " ")


def refused(balance: str, title: str, error: BaseException) -> Message:
    """A balance's refusal of what it was given: "energy balance of Nhuộm 2024: <why>"."""
    return msg("balance.refused", balance=Term("ReasonWord", balance), title=title, reason=reason_of(error))


@dataclass(frozen=True)
class OperatingPeriod:
    """What turns per-hour, per-day, per-batch and per-tonne readings into per-year ones."""

    hours_per_year: float | None = None
    days_per_year: float | None = None
    batches_per_day: float | None = None
    annual_production: float | None = None
    production_unit: str = "t"

    def operating_hours(self, label: Callable[[], Message]) -> float:
        """The hours a year that an hourly rate runs: the stated operating hours (at most a
        year of operation, 365 days = 8 760 h); refused, naming the reading, when none are
        stated."""
        return _need(self.hours_per_year, label, msg("balance.period.hours"))

    def production_t(self, what: str | Message) -> float:
        if not self.annual_production:
            raise BalanceError(msg("balance.needs_production", reading=what))
        return units.convert(self.annual_production, self.production_unit, "t")


@dataclass(frozen=True)
class Reading:
    """One measurement of a stream, as recorded."""

    id: str
    value: float
    unit: str
    basis: str
    relative_uncertainty: float


@dataclass(frozen=True)
class StreamState:
    """What a stream carries and in what state (for fuels and steam)."""

    name: str
    carrier: str
    pressure_bar_gauge: float | None = None
    temperature_c: float | None = None


def annual_amount(reading: Reading, period: OperatingPeriod, what: str | Message) -> tuple[float, str]:
    """A reading as an amount per year in m³, t or GJ: ``(value, unit)``; ``what`` names it
    in a refusal ("measurement of Hơi cấp")."""

    def label() -> Message:  # made only for a message: balances convert every reading, every edit
        return msg(
            "balance.reading", what=what, value=reading.value, unit=reading.unit, basis=basis_words(reading.basis)
        )

    try:
        dimension = units.dimension_of(reading.unit)
    except ValueError as exc:
        raise BalanceError(msg("balance.reading_refused", reading=label(), reason=reason_of(exc))) from None
    if dimension in _BASE:
        unit = _BASE[dimension]
        return units.convert(reading.value, reading.unit, unit) * _per_year(reading.basis, period, label), unit
    if dimension in _RATES:
        _, unit = _RATES[dimension]
        if units.normalize_unit(reading.unit).endswith("/year"):  # already an amount a year
            return units.convert(reading.value, reading.unit, f"{unit}/year"), unit
        if reading.basis == "per_day":
            rate = units.convert(reading.value, reading.unit, f"{unit}/day")
            return rate * _need(period.days_per_year, label, msg("balance.period.days")), unit
        hourly = units.convert(reading.value, reading.unit, f"{unit}/h")
        return hourly * period.operating_hours(label), unit
    if dimension in _SPECIFIC:
        amount_dim, specific_unit = _SPECIFIC[dimension]
        per_t = units.convert(reading.value, reading.unit, specific_unit)
        return per_t * period.production_t(label()), _BASE[amount_dim]
    if dimension in _LEVELS:
        raise BalanceError(msg("balance.level", reading=label(), quantity=Term("ReasonWord", dimension)))
    if dimension in _NOT_REAL:
        raise BalanceError(msg("balance.not_real_power", reading=label(), quantity=Term("ReasonWord", dimension)))
    raise BalanceError(msg("balance.not_an_amount", reading=label(), quantity=Term("ReasonWord", dimension)))


def _per_year(basis: str, period: OperatingPeriod, label: Callable[[], Message]) -> float:
    if basis == "per_year":
        return 1.0
    if basis == "per_month":
        return 12.0
    if basis == "per_day":
        return _need(period.days_per_year, label, msg("balance.period.days"))
    if basis == "per_hour":
        return period.operating_hours(label)
    if basis == "per_batch":
        days = _need(period.days_per_year, label, msg("balance.period.days"))
        return days * _need(period.batches_per_day, label, msg("balance.period.batches"))
    if basis == "per_tonne_product":
        return period.production_t(label())
    raise BalanceError(msg("balance.not_yearly", reading=label(), basis=basis_words(basis)))


def _need(value: float | None, label: Callable[[], Message], what: Message) -> float:
    if not value:
        raise BalanceError(msg("balance.needs_period", reading=label(), period=what))
    return value


def water_m3(amount: float, unit: str) -> float:
    """Water by volume (m³); a mass of water, steam or condensate counts 1 t as 1 m³."""
    return amount if unit == "m³" else units.convert(amount, unit, "t")


def energy_gj(
    amount: float,
    unit: str,
    stream: StreamState,
    factors: FactorSet,
    ncv_overrides: dict[str, float] | None = None,
    density_overrides: dict[str, float] | None = None,
) -> float:
    """The energy (GJ) of an annual amount of a stream.

    Energy units as they are; fuels by mass (or volume through density) times NCV, with a
    measured NCV in place of the set's when the assessment gives one; steam and hot water
    by mass times their heat above water at 25 °C.
    """
    if unit == "GJ":
        return amount
    carrier = stream.carrier
    if carrier in FUELS:
        fuel = factors.fuel(carrier)
        mass_t = amount if unit == "t" else None
        if unit == "m³":
            density = (density_overrides or {}).get(carrier, fuel.density_t_per_m3)
            if density is None:
                raise BalanceError(msg("balance.needs_density", stream=stream.name, carrier=Term("Carrier", carrier)))
            mass_t = amount * density
        if mass_t is None:
            raise BalanceError(_no_energy(stream, unit))
        ncv = (ncv_overrides or {}).get(carrier, fuel.ncv_gj_per_t)
        return mass_t * ncv
    if carrier in (Carrier.STEAM, Carrier.CONDENSATE, Carrier.WATER, Carrier.WASTEWATER):
        if unit not in ("t", "m³"):
            raise BalanceError(_no_energy(stream, unit))
        from cpdesk.core.steam import heat_above_reference_kj_per_kg  # IAPWS-IF97 (scipy): only for heat

        try:
            heat = heat_above_reference_kj_per_kg(
                steam=carrier == Carrier.STEAM,
                pressure_bar_gauge=stream.pressure_bar_gauge,
                temperature_c=stream.temperature_c,
            )
        except ValueError as exc:
            raise BalanceError(msg("balance.stream_refused", stream=stream.name, reason=reason_of(exc))) from None
        return amount * heat / 1000.0  # t × kJ/kg = MJ; / 1000 = GJ
    raise BalanceError(msg("balance.no_energy", stream=stream.name, carrier=Term("Carrier", carrier), unit=unit))


def _no_energy(stream: StreamState, unit: str) -> Message:
    return msg("balance.not_to_energy", stream=stream.name, unit=unit, carrier=Term("Carrier", stream.carrier))


def combine(values: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean of several annual values and its relative standard uncertainty.

    ``values`` holds (value, relative uncertainty) pairs of independent readings.
    """
    n = len(values)
    mean = sum(v for v, _ in values) / n
    if mean == 0:
        return 0.0, max(u for _, u in values)
    absolute = math.sqrt(sum((v * u) ** 2 for v, u in values)) / n
    return mean, absolute / abs(mean)
