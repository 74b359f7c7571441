"""Balances of an assessment, measured and reconciled, as the GUI, the CLI and reports show them."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from cpdesk.core import balance as core_balance
from cpdesk.core import labels
from cpdesk.core.annual import BalanceError, OperatingPeriod, Reading, StreamState, refused
from cpdesk.core.balance import Balance, BalanceStream
from cpdesk.core.balance_report import BalanceReport, Reconciliation
from cpdesk.core.benchmark import BenchmarkComparison, compare_to_benchmark, specific_consumption
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError, reason_of
from cpdesk.core.messages import Said, msg
from cpdesk.services import lookup
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, FuelOverride, Measurement, ProcessStep, Stream


@dataclass(frozen=True)
class BalanceInputs:
    """Everything the core needs for an assessment's balances, read in one go."""

    streams: tuple[BalanceStream, ...]
    steps: tuple[tuple[str, str], ...]
    period: OperatingPeriod
    factors: Any
    ncv_overrides: dict[str, float]
    density_overrides: dict[str, float]


def balance_inputs(session: Session, assessment: Assessment) -> BalanceInputs:
    steps = (
        session.execute(
            lookup.live(ProcessStep)
            .where(ProcessStep.assessment_id == assessment.id)
            .order_by(ProcessStep.position, ProcessStep.name)
        )
        .scalars()
        .all()
    )
    streams = (
        session.execute(lookup.live(Stream).where(Stream.assessment_id == assessment.id).order_by(Stream.name))
        .scalars()
        .all()
    )
    readings: dict[uuid.UUID, list[Reading]] = defaultdict(list)
    for m in session.execute(
        lookup.live(Measurement).where(Measurement.stream_id.in_([s.id for s in streams]))
    ).scalars():
        uncertainty = m.relative_uncertainty or m.method.default_relative_uncertainty
        readings[m.stream_id].append(Reading(str(m.id), m.value, m.unit, m.basis.value, uncertainty))
    overrides = (
        session.execute(lookup.live(FuelOverride).where(FuelOverride.assessment_id == assessment.id)).scalars().all()
    )
    return BalanceInputs(
        streams=tuple(
            BalanceStream(
                id=str(s.id),
                name=s.name,
                kind=s.kind.value,
                state=StreamState(s.name, s.carrier.value, s.pressure_bar, s.temperature_c),
                source=str(s.source_step_id) if s.source_step_id else None,
                target=str(s.target_step_id) if s.target_step_id else None,
                readings=tuple(readings.get(s.id, ())),
            )
            for s in streams
        ),
        steps=tuple((str(s.id), s.name) for s in steps),
        period=OperatingPeriod(
            hours_per_year=assessment.operating_hours_per_year,
            days_per_year=assessment.operating_days_per_year,
            batches_per_day=assessment.batches_per_day,
            annual_production=assessment.annual_production,
            production_unit=assessment.production_unit,
        ),
        factors=factor_set_in(session, assessment.factor_set_id),
        ncv_overrides={o.fuel: o.ncv_gj_per_t for o in overrides if o.ncv_gj_per_t},
        density_overrides={o.fuel: o.density_t_per_m3 for o in overrides if o.density_t_per_m3},
    )


def assessment_balance(
    db: Database,
    assessment_id: uuid.UUID | str,
    group: str,
    *,
    energy_unit: str = "GJ",
    reconcile: bool = False,
) -> BalanceReport:
    """The water or energy balance of an assessment, reconciled on request."""
    if group not in core_balance.GROUPS:
        raise ValidationError("balance", "carrier", group, msg("balance.choose_group"))
    if energy_unit not in core_balance.ENERGY_UNITS:
        raise ValidationError(
            "balance", "unit", energy_unit, msg("value.choose_one_of", allowed=core_balance.ENERGY_UNITS)
        )
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        inputs = balance_inputs(session, assessment)
    try:
        measured = compute(inputs, group, energy_unit)
        if not reconcile:
            return BalanceReport(assessment.id, inputs.factors.code, measured)
        reconciliation = _reconcile(measured)
        adjusted = {e.stream_id: e.value for e in reconciliation.result.streams if e.value is not None}
        return BalanceReport(
            assessment.id,
            inputs.factors.code,
            measured,
            compute(inputs, group, energy_unit, adjusted),
            reconciliation,
        )
    except (BalanceError, ValueError) as exc:
        raise CpdeskError(refused(group, assessment.title, exc)) from None


def compute(inputs: BalanceInputs, group: str, energy_unit: str, adjusted: dict[str, float] | None = None) -> Balance:
    """The balance of ``group`` from inputs already read (the screen's cache reads them once)."""
    return core_balance.compute_balance(
        inputs.streams,
        inputs.steps,
        group,
        inputs.period,
        inputs.factors,
        energy_unit=energy_unit,
        ncv_overrides=inputs.ncv_overrides,
        density_overrides=inputs.density_overrides,
        adjusted=adjusted,
    )


def _reconcile(measured: Balance) -> Reconciliation:
    """Reconcile the measured streams under the balance equations of the closed steps.

    A step takes part only when the balance sees both what enters it and what leaves it.
    In the energy balance a step whose energy leaves with water (condensate, hot wastewater)
    is left out (water coming in, such as boiler feedwater, is fine): the water's heat is
    known, the heat it gave to the fabric, the air and the drains is not, and forcing such a
    step to close would distort every reading around it.

    No flow comes out below 0 (a negative one is held at 0 and flagged), and when the
    global test fails, serial elimination names the readings most likely wrong.
    """
    from cpdesk.core import reconcile as core_reconcile

    nodes = tuple(n.node for n in measured.nodes if n.node and _closed(n, measured.group))
    kept = set(nodes)
    flows = [
        core_reconcile.FlowStream(
            v.id,
            v.source if v.source in kept else None,
            v.target if v.target in kept else None,
        )
        for v in measured.streams
        if v.source in kept or v.target in kept
    ]
    in_network = {f.id for f in flows}
    readings = {
        v.id: core_reconcile.Reading(v.value, max(abs(v.value) * (v.relative_uncertainty or 0.0), 1e-9))
        for v in measured.streams
        if v.value is not None and v.id in in_network
    }
    result = core_reconcile.reconcile(flows, nodes, readings, nonnegative=True)
    return Reconciliation(result, {v.id: v.name for v in measured.streams}, nodes)


_WATER_BORNE = frozenset({"water", "wastewater", "condensate"})


def _closed(node: core_balance.NodeBalance, group: str) -> bool:
    """Does the balance see everything that enters and leaves this step?"""
    if not node.inputs or not node.outputs:
        return False
    if group == core_balance.ENERGY:
        return not any(v.carrier in _WATER_BORNE for v in node.outputs)
    return True


@dataclass(frozen=True)
class SpecificComparison:
    """The plant's specific consumption of one carrier against a benchmark."""

    carrier: str
    value: float
    unit: str
    comparison: BenchmarkComparison


def compare_specific(
    db: Database, assessment_id: uuid.UUID | str, carrier: str, benchmark: float, benchmark_unit: str
) -> SpecificComparison:
    """Plant inputs of ``carrier`` per unit of product (e.g. kWh/t, m³/t) against a benchmark."""
    group = core_balance.WATER if carrier in ("water", "wastewater") else core_balance.ENERGY
    unit = "kWh" if group == core_balance.ENERGY else "m³"
    report = assessment_balance(db, assessment_id, group, energy_unit="kWh" if unit == "kWh" else "GJ")
    plant = report.measured.plant
    amounts = [v.value for v in plant.inputs if v.carrier == carrier and v.value is not None]
    if not amounts:
        raise CpdeskError(
            msg("balance.no_measured_input", carrier=Said(labels.label_or_code("Carrier", carrier, "vi"), carrier))
        )
    production = report.measured.production_unit
    with reading(db) as session:
        annual = lookup.assessment(session, assessment_id).annual_production
    if not annual:
        raise ValidationError(Entity.ASSESSMENT, "annual_production", annual, msg("balance.state_production"))
    try:
        value, value_unit = specific_consumption(sum(amounts), unit, annual, production, benchmark_unit)
    except ValueError as exc:
        raise ValidationError("benchmark", "unit", benchmark_unit, reason_of(exc)) from None
    try:
        return SpecificComparison(carrier, value, value_unit, compare_to_benchmark(value, benchmark))
    except ValueError as exc:  # the benchmark itself: not above zero, not a number
        raise ValidationError("benchmark", "value", benchmark, reason_of(exc)) from None
