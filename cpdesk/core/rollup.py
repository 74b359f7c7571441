"""The programme roll-up (the seed's table 2): what a set of assessments achieved.

Pure functions on plain option records: counts of options proposed and implemented,
investment and annual savings in USD, annual resource savings per carrier in one unit per
carrier, and the CO2 avoided, computed through a named factor set. Breakdowns by sector and
by option category use the same function on subsets, so the parts always add up.

A centre's database holds thousands of assessments, so the roll-up is computed from groups
that the database has already added up (:class:`OptionGroup`, :class:`SavingGroup`: options
of one sector, category and status with their money in one currency at one rate; savings of
one carrier in one unit). Converting money and units is linear, so converting a group's sum
gives the figure of converting each option and adding, to the last digits of floating point;
:func:`roll_up_groups` applies it to the groups, never to each option. :func:`roll_up` on
single option records stays the reference it is checked against.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from cpdesk.core import units
from cpdesk.core.errors import Coded, reason_of
from cpdesk.core.factors import Co2Result, FactorGap, FactorSet, MissingFactorError, co2_split, fuel_mass_t
from cpdesk.core.messages import Message
from cpdesk.core.mv.combined import VerifiedSummary
from cpdesk.core.vocabulary import FUELS, WATER_CARRIERS, Carrier, OptionStatus

_IMPLEMENTED = OptionStatus.IMPLEMENTED.value


@dataclass(frozen=True)
class ResourceAmount:
    """An amount of a resource per year, as entered: carrier code, quantity, unit text."""

    carrier: str
    quantity: float
    unit: str


@dataclass(frozen=True)
class OptionRecord:
    """One option as the roll-up sees it; money already in USD."""

    status: str
    category: str
    sector: str
    investment_usd: float
    annual_savings_usd: float
    savings: tuple[ResourceAmount, ...] = ()


@dataclass(frozen=True)
class Totals:
    """The figures of table 2 for one group of options."""

    options_proposed: int
    options_implemented: int
    investment_usd: float
    annual_savings_usd: float
    investment_usd_all: float
    annual_savings_usd_all: float
    #: carrier code -> (value, unit) per year, implemented options only
    resource_savings: Mapping[str, tuple[float, str]]
    co2: Co2Result
    #: carriers whose savings produce no CO2 figure (water, chemicals, steam ...)
    not_in_co2: tuple[str, ...]
    #: savings of implemented options left out of the sums: the factor set cannot count them
    #: (LPG in litres without a density ...), each with what it lacks
    not_counted: tuple[FactorGap, ...] = ()

    @property
    def implemented_ratio(self) -> float | None:
        """Implemented / proposed; None when nothing was proposed."""
        if self.options_proposed == 0:
            return None
        return self.options_implemented / self.options_proposed

    @property
    def co2_t(self) -> float:
        return self.co2.total_t


@dataclass(frozen=True)
class RollUp:
    """Totals of a selection, their breakdowns, and the CO2 as reported beside as computed."""

    totals: Totals
    by_sector: Mapping[str, Totals]
    by_category: Mapping[str, Totals]
    factor_set: str
    grid_year: int | None
    reported_co2_t: float | None = None
    notes: tuple[str, ...] = field(default=())
    #: The options' verified savings (measurement and verification), when any has one.
    verified: VerifiedSummary | None = None

    @property
    def co2_difference_t(self) -> float | None:
        """Computed minus reported CO2 (t/yr); None when no figure was reported."""
        if self.reported_co2_t is None:
            return None
        return self.totals.co2_t - self.reported_co2_t


def summary_unit(carrier: str) -> str:
    """The unit a carrier's savings are added up and reported in."""
    if carrier == Carrier.ELECTRICITY:
        return "MWh"
    if carrier in WATER_CARRIERS:
        return "m³"
    if carrier == Carrier.HEAT:
        return "GJ"
    return "t"


def to_summary_unit(amount: ResourceAmount, factor_set: FactorSet) -> tuple[float, str]:
    """Convert one amount to its carrier's summary unit.

    Fuels bought by the litre go through the set's density, natural gas in Nm³ through its
    NCV per Nm³, fuels given as energy through its NCV (:func:`cpdesk.core.factors.fuel_mass_t`,
    whose MissingFactorError names what the set lacks); water given by mass counts 1 t as 1 m³.
    """
    target = summary_unit(amount.carrier)
    if amount.carrier in FUELS and target == "t":
        fuel = factor_set.fuel(amount.carrier)
        return fuel_mass_t(fuel, amount.quantity, amount.unit, factor_set.code), target
    dimension = units.dimension_of(amount.unit)
    if target == "m³" and dimension == "mass":
        return units.convert(amount.quantity, amount.unit, "t"), target
    return units.convert(amount.quantity, amount.unit, target), target


def totals(records: Iterable[OptionRecord], factor_set: FactorSet, grid_year: int | None = None) -> Totals:
    """Table 2's figures for ``records``; resources and CO2 count implemented options only."""
    proposed = implemented = 0
    investment = savings = investment_all = savings_all = 0.0
    resources: dict[str, float] = defaultdict(float)
    not_counted: list[FactorGap] = []
    for record in records:
        proposed += 1
        investment_all += record.investment_usd
        savings_all += record.annual_savings_usd
        if record.status != _IMPLEMENTED:
            continue
        implemented += 1
        investment += record.investment_usd
        savings += record.annual_savings_usd
        for amount in record.savings:
            try:
                value, _unit = to_summary_unit(amount, factor_set)
            except MissingFactorError as exc:  # one saving never blocks the figures of the rest
                not_counted.append(exc.gap)
                continue
            resources[amount.carrier] += value
    money = (investment, savings, investment_all, savings_all)
    return _totals_of(proposed, implemented, money, resources, not_counted, factor_set, grid_year)


def _totals_of(
    proposed: int,
    implemented: int,
    money: tuple[float, float, float, float],
    resources: Mapping[str, float],
    not_counted: list[FactorGap],
    factor_set: FactorSet,
    grid_year: int | None,
) -> Totals:
    """Totals from the counts, the money (implemented, then all options) and the resources."""
    co2_amounts = [
        (carrier, value) for carrier, value in resources.items() if carrier == Carrier.ELECTRICITY or carrier in FUELS
    ]
    return Totals(
        options_proposed=proposed,
        options_implemented=implemented,
        investment_usd=money[0],
        annual_savings_usd=money[1],
        investment_usd_all=money[2],
        annual_savings_usd_all=money[3],
        resource_savings={c: (v, summary_unit(c)) for c, v in sorted(resources.items())},
        co2=co2_split(co2_amounts, factor_set, grid_year),
        not_in_co2=tuple(sorted(c for c in resources if c not in dict(co2_amounts))),
        not_counted=tuple(not_counted),
    )


def roll_up(
    records: Iterable[OptionRecord],
    factor_set: FactorSet,
    *,
    grid_year: int | None = None,
    reported_co2_t: float | None = None,
) -> RollUp:
    """Totals with breakdowns by sector and by option category."""
    items = list(records)
    year = grid_year if grid_year is not None else factor_set.default_grid_year
    notes = []
    if any(s.carrier == Carrier.STEAM for r in items for s in r.savings):
        notes.append("steam savings count in CO2 only through the fuel saved at the boiler")
    return RollUp(
        totals=totals(items, factor_set, year),
        by_sector=_grouped(items, lambda r: r.sector, factor_set, year),
        by_category=_grouped(items, lambda r: r.category, factor_set, year),
        factor_set=factor_set.code,
        grid_year=year,
        reported_co2_t=reported_co2_t,
        notes=tuple(notes),
    )


def _grouped(
    items: list[OptionRecord],
    key: Callable[[OptionRecord], str],
    factor_set: FactorSet,
    year: int | None,
) -> dict[str, Totals]:
    groups: dict[str, list[OptionRecord]] = defaultdict(list)
    for record in items:
        groups[key(record)].append(record)
    return {name: totals(group, factor_set, year) for name, group in sorted(groups.items())}


@dataclass(frozen=True)
class OptionGroup:
    """Options of one sector, category and status, money in one currency at one rate: added up."""

    sector: str
    category: str
    status: str
    currency: str
    exchange_rate: float | None
    count: int
    investment: float
    annual_savings: float


@dataclass(frozen=True)
class SavingGroup:
    """Savings of options of one sector, category and status, in one carrier and unit: added up."""

    sector: str
    category: str
    status: str
    carrier: str
    unit: str
    count: int
    quantity: float


class MoneyError(Coded, ValueError):
    """The money of a group of options cannot be brought to USD (an unknown currency, no rate)."""

    def __init__(self, group: OptionGroup, reason: str | Message) -> None:
        super().__init__(reason)
        self.group = group
        self.reason = reason


def roll_up_groups(
    options: Iterable[OptionGroup],
    savings: Iterable[SavingGroup],
    factor_set: FactorSet,
    *,
    steam: bool = False,
    grid_year: int | None = None,
    reported_co2_t: float | None = None,
) -> RollUp:
    """The :func:`roll_up` of the options that ``options`` and ``savings`` add up.

    Only the savings of implemented options count, so ``savings`` may hold only theirs; then
    ``steam`` says whether an option in another status saves steam (the roll-up's note).
    Raises :class:`MoneyError` naming the group whose money cannot be brought to USD.
    """
    money = [(group, *_in_usd(group)) for group in options]
    saved = list(savings)
    amounts = [s for s in saved if s.status == _IMPLEMENTED]
    year = grid_year if grid_year is not None else factor_set.default_grid_year
    notes = []
    if steam or any(s.carrier == Carrier.STEAM for s in saved):
        notes.append("steam savings count in CO2 only through the fuel saved at the boiler")
    money_by: dict[str, dict[str, list[tuple[OptionGroup, float, float]]]] = {"sector": {}, "category": {}}
    amounts_by: dict[str, dict[str, list[SavingGroup]]] = {"sector": {}, "category": {}}
    for entry in money:
        money_by["sector"].setdefault(entry[0].sector, []).append(entry)
        money_by["category"].setdefault(entry[0].category, []).append(entry)
    for amount in amounts:
        amounts_by["sector"].setdefault(amount.sector, []).append(amount)
        amounts_by["category"].setdefault(amount.category, []).append(amount)

    def by(key: str) -> dict[str, Totals]:
        return {
            name: _group_totals(group, amounts_by[key].get(name, []), factor_set, year)
            for name, group in sorted(money_by[key].items())
        }

    return RollUp(
        totals=_group_totals(money, amounts, factor_set, year),
        by_sector=by("sector"),
        by_category=by("category"),
        factor_set=factor_set.code,
        grid_year=year,
        reported_co2_t=reported_co2_t,
        notes=tuple(notes),
    )


def _in_usd(group: OptionGroup) -> tuple[float, float]:
    try:
        return (
            units.money_to_usd(group.investment, group.currency, group.exchange_rate),
            units.money_to_usd(group.annual_savings, group.currency, group.exchange_rate),
        )
    except ValueError as exc:
        raise MoneyError(group, reason_of(exc)) from None


def _group_totals(
    money: list[tuple[OptionGroup, float, float]],
    amounts: list[SavingGroup],
    factor_set: FactorSet,
    year: int | None,
) -> Totals:
    """:func:`totals` of added-up groups: resources and CO2 count implemented options only."""
    proposed = implemented = 0
    investment = savings = investment_all = savings_all = 0.0
    for group, group_investment, group_savings in money:
        proposed += group.count
        investment_all += group_investment
        savings_all += group_savings
        if group.status == _IMPLEMENTED:
            implemented += group.count
            investment += group_investment
            savings += group_savings
    # Added up per carrier and unit first: each unit is converted once, on the sum.
    added: dict[tuple[str, str], list[float]] = {}
    for amount in amounts:
        if amount.status == _IMPLEMENTED:
            sums = added.setdefault((amount.carrier, amount.unit), [0.0, 0])
            sums[0] += amount.quantity
            sums[1] += amount.count
    resources: dict[str, float] = defaultdict(float)
    not_counted: list[FactorGap] = []
    for (carrier, unit), (quantity, count) in sorted(added.items()):
        try:
            value, _unit = to_summary_unit(ResourceAmount(carrier, quantity, unit), factor_set)
        except MissingFactorError as exc:  # one saving never blocks the figures of the rest
            not_counted += [exc.gap] * int(count)
            continue
        resources[carrier] += value
    money_totals = (investment, savings, investment_all, savings_all)
    return _totals_of(proposed, implemented, money_totals, resources, not_counted, factor_set, year)
