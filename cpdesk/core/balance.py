"""Water and energy balances per process step and for the plant boundary, and Sankey data.

A stream enters the water balance when it carries water in any form (water, wastewater,
condensate, steam, by volume or mass); it enters the energy balance when it carries energy
cpdesk can count (fuels through their NCV, electricity, heat, steam through its enthalpy, hot
water or condensate whose temperature is known). Unmeasured streams stay unmeasured: they are
listed, never counted as zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cpdesk.core import units
from cpdesk.core.annual import (
    BalanceError,
    OperatingPeriod,
    Reading,
    StreamState,
    annual_amount,
    combine,
    energy_gj,
    water_m3,
)
from cpdesk.core.factors import FactorSet
from cpdesk.core.messages import msg
from cpdesk.core.vocabulary import FUELS, Carrier

WATER = "water"
ENERGY = "energy"
GROUPS = (WATER, ENERGY)
ENERGY_UNITS = ("GJ", "MWh", "kWh")

_WATER_CARRIERS = frozenset({Carrier.WATER, Carrier.WASTEWATER, Carrier.CONDENSATE, Carrier.STEAM})
_ENERGY_CARRIERS = FUELS | {Carrier.ELECTRICITY, Carrier.HEAT, Carrier.STEAM}
_HOT_WATER_CARRIERS = frozenset({Carrier.WATER, Carrier.WASTEWATER, Carrier.CONDENSATE})

__all__ = ["BalanceError", "OperatingPeriod", "Reading", "StreamState", "compute_balance"]


@dataclass(frozen=True)
class BalanceStream:
    """A stream of the flow chart with its readings; ``source``/``target`` None = boundary."""

    id: str
    name: str
    kind: str
    state: StreamState
    source: str | None
    target: str | None
    readings: tuple[Reading, ...] = ()

    @property
    def carrier(self) -> str:
        return self.state.carrier


@dataclass(frozen=True)
class StreamValue:
    """A stream's annual amount in the balance's unit (None when unmeasured)."""

    id: str
    name: str
    kind: str
    carrier: str
    source: str | None
    target: str | None
    value: float | None
    relative_uncertainty: float | None
    readings: int


@dataclass(frozen=True)
class NodeBalance:
    """Inputs and outputs of one step (or of the plant, ``node`` None) for one carrier group."""

    node: str | None
    name: str
    inputs: tuple[StreamValue, ...]
    outputs: tuple[StreamValue, ...]
    total_in: float
    total_out: float
    unmeasured: tuple[str, ...]

    @property
    def unaccounted(self) -> float:
        """Inputs minus outputs: what the measured streams do not account for."""
        return self.total_in - self.total_out

    @property
    def closure_pct(self) -> float | None:
        """The unaccounted difference in % of the inputs (0 % is a closed balance)."""
        if self.total_in == 0:
            return None
        return 100.0 * self.unaccounted / self.total_in


@dataclass(frozen=True)
class SankeyLink:
    source: str
    target: str
    value: float
    carrier: str
    stream_id: str


@dataclass(frozen=True)
class Balance:
    """A carrier group's balance of a whole assessment."""

    group: str
    unit: str
    streams: tuple[StreamValue, ...]
    nodes: tuple[NodeBalance, ...]
    plant: NodeBalance
    #: plant inputs per unit of product, by carrier and in total (unit/production unit)
    specific: Mapping[str, float]
    production_unit: str
    #: node id -> display name for every Sankey node (steps, plant inputs, plant outputs)
    sankey_nodes: Mapping[str, str]
    sankey_links: tuple[SankeyLink, ...]


def in_group(stream: BalanceStream, group: str) -> bool:
    """Does this stream take part in the water or the energy balance?"""
    carrier = stream.carrier
    if group == WATER:
        return carrier in _WATER_CARRIERS
    if group == ENERGY:
        return carrier in _ENERGY_CARRIERS or (
            carrier in _HOT_WATER_CARRIERS and stream.state.temperature_c is not None
        )
    raise ValueError(f"unknown balance {group!r}: expected one of {', '.join(GROUPS)}")


def stream_values(
    streams: Sequence[BalanceStream],
    group: str,
    period: OperatingPeriod,
    factors: FactorSet,
    *,
    energy_unit: str = "GJ",
    ncv_overrides: dict[str, float] | None = None,
    density_overrides: dict[str, float] | None = None,
) -> tuple[StreamValue, ...]:
    """Every stream of the group as an annual amount in the balance's unit."""
    if group == ENERGY and energy_unit not in ENERGY_UNITS:
        raise ValueError(f"energy unit {energy_unit!r}: choose one of {', '.join(ENERGY_UNITS)}")
    to_unit = units.convert(1.0, "GJ", energy_unit) if group == ENERGY else 1.0
    values = []
    for stream in streams:
        if not in_group(stream, group):
            continue
        converted: list[tuple[float, float]] = []
        for reading in stream.readings:
            amount, unit = annual_amount(reading, period, msg("balance.measurement_of", stream=stream.name))
            if group == WATER:
                if unit == "GJ":
                    raise BalanceError(msg("balance.energy_in_water", stream=stream.name))
                value = water_m3(amount, unit)
            else:
                value = energy_gj(amount, unit, stream.state, factors, ncv_overrides, density_overrides) * to_unit
            converted.append((value, reading.relative_uncertainty))
        mean, uncertainty = combine(converted) if converted else (None, None)
        values.append(
            StreamValue(
                stream.id,
                stream.name,
                stream.kind,
                stream.carrier,
                stream.source,
                stream.target,
                mean,
                uncertainty,
                len(converted),
            )
        )
    return tuple(values)


def compute_balance(
    streams: Sequence[BalanceStream],
    steps: Sequence[tuple[str, str]],
    group: str,
    period: OperatingPeriod,
    factors: FactorSet,
    *,
    energy_unit: str = "GJ",
    ncv_overrides: dict[str, float] | None = None,
    density_overrides: dict[str, float] | None = None,
    adjusted: Mapping[str, float] | None = None,
) -> Balance:
    """The balance of ``group`` ("water" or "energy") over the steps and the plant boundary.

    ``steps`` lists (id, name) in display order. ``adjusted`` replaces stream values (and
    fills unmeasured ones) with reconciled estimates.
    """
    values = stream_values(
        streams,
        group,
        period,
        factors,
        energy_unit=energy_unit,
        ncv_overrides=ncv_overrides,
        density_overrides=density_overrides,
    )
    if adjusted:
        values = tuple(_with_value(v, adjusted[v.id]) if v.id in adjusted else v for v in values)
    names = dict(steps)
    for v in values:
        for end in (v.source, v.target):
            if end is not None and end not in names:
                raise BalanceError(msg("balance.unknown_step", stream=v.name, step=str(end)))
    nodes = tuple(
        _node(
            step_id,
            name,
            [v for v in values if v.target == step_id],
            [v for v in values if v.source == step_id],
        )
        for step_id, name in steps
    )
    plant = _node(
        None,
        "plant",
        [v for v in values if v.source is None],
        [v for v in values if v.target is None],
    )
    unit = "m³" if group == WATER else energy_unit
    return Balance(
        group=group,
        unit=unit,
        streams=values,
        nodes=tuple(n for n in nodes if n.inputs or n.outputs),
        plant=plant,
        specific=_specific(plant, period),
        production_unit=period.production_unit,
        sankey_nodes=_sankey_nodes(names, values),
        sankey_links=tuple(
            SankeyLink(v.source or f"in:{v.id}", v.target or f"out:{v.id}", v.value, v.carrier, v.id)
            for v in values
            if v.value
        ),
    )


def _with_value(v: StreamValue, value: float) -> StreamValue:
    return StreamValue(
        v.id,
        v.name,
        v.kind,
        v.carrier,
        v.source,
        v.target,
        value,
        v.relative_uncertainty,
        v.readings,
    )


def _node(node: str | None, name: str, inputs: list[StreamValue], outputs: list[StreamValue]) -> NodeBalance:
    return NodeBalance(
        node=node,
        name=name,
        inputs=tuple(inputs),
        outputs=tuple(outputs),
        total_in=sum(v.value for v in inputs if v.value is not None),
        total_out=sum(v.value for v in outputs if v.value is not None),
        unmeasured=tuple(v.name for v in inputs + outputs if v.value is None),
    )


def _specific(plant: NodeBalance, period: OperatingPeriod) -> dict[str, float]:
    if not period.annual_production:
        return {}
    by_carrier: dict[str, float] = {}
    for v in plant.inputs:
        if v.value is not None:
            by_carrier[v.carrier] = by_carrier.get(v.carrier, 0.0) + v.value
    result = {c: total / period.annual_production for c, total in sorted(by_carrier.items())}
    result["total"] = plant.total_in / period.annual_production
    return result


def _sankey_nodes(steps: Mapping[str, str], values: Sequence[StreamValue]) -> dict[str, str]:
    nodes = dict(steps)
    for v in values:
        if v.value:
            if v.source is None:
                nodes[f"in:{v.id}"] = v.name
            if v.target is None:
                nodes[f"out:{v.id}"] = v.name
    return nodes
