"""The figures of an assessment a savings calculation may take its inputs from, by key.

A key names what is read: ``assessment.operating_hours``; ``assessment.boiler_efficiency``
(the boiler's efficiency the assessment keeps, typed or a boiler test's result, offered to
the inputs that are the boiler's efficiency); ``stream.pressure:<id>`` and
``stream.temperature:<id>`` (a stream's gauge pressure and temperature: the steam
conditions); ``measurement:<id>`` (a reading on a stream: a motor's kW, a flow);
``fuel.ncv:<fuel>`` (a fuel's calorific value measured at the plant, else the factor set's);
and, for the price of a saving, ``factor.price:<carrier>`` (the unit price of a carrier in
the assessment's factor set, offered when the assessment counts its money in VND, the
currency of the sets' prices) and ``waste.value:<id>`` (the value lost per unit of a waste
stream); ``series.<figure>:<id>`` is a compressor's load/unload duty from a logger series of
its power (:mod:`.calculation_series`). :func:`resolve` reads a key as the assessment is now,
None when the figure is gone (the record deleted, the value cleared, the series deleted),
which is what marks a kept calculation stale. A
price is typed when neither gives it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from cpdesk.core.calculators.basis import BoilerEfficiencyMethod
from cpdesk.core.calculators.catalogue import calculator
from cpdesk.core.calculators.inputs import Input, to_unit
from cpdesk.core.entities import Entity
from cpdesk.core.errors import NotFoundError, ValidationError
from cpdesk.core.factors import FactorSet
from cpdesk.core.messages import Message, Said, Term, msg
from cpdesk.core.units import UnitError, convert, dimension_of
from cpdesk.core.vocabulary import FUELS
from cpdesk.services import lookup
from cpdesk.services.assessment import calculation_series
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, FuelOverride, Measurement, Option, Stream, WasteStream

#: The source of the assessment's operating hours.
OPERATING_HOURS = "assessment.operating_hours"
#: The source of the assessment's boiler efficiency.
BOILER_EFFICIENCY = "assessment.boiler_efficiency"
#: The inputs that are the boiler's efficiency (on the fuel it burns now): those it may feed.
EFFICIENCY_INPUTS = frozenset({"boiler_efficiency", "present_efficiency"})
#: The input a fuel's calorific value feeds.
CALORIFIC_VALUE = "fuel_calorific_value"
#: The currency of the factor sets' prices.
PRICE_CURRENCY = "VND"


@dataclass(frozen=True)
class SourceChoice:
    """A figure of the assessment an input may take: its key, what it is, value and unit."""

    key: str
    label: Message
    value: float
    unit: str


def _assessment_of(session: Session, option_id: uuid.UUID | str) -> Assessment:
    option = lookup.get(session, Option, option_id, Entity.OPTION)
    return lookup.assessment(session, option.assessment_id)


def _streams(session: Session, assessment_id: uuid.UUID) -> list[Stream]:
    query = lookup.live(Stream).where(Stream.assessment_id == assessment_id).order_by(Stream.name)
    return list(session.execute(query).scalars())


def _fuel_ncv(session: Session, assessment: Assessment, fuel: str) -> float | None:
    """A fuel's calorific value (GJ/t): measured at the plant, else the factor set's."""
    override = session.execute(
        lookup.live(FuelOverride).where(FuelOverride.assessment_id == assessment.id, FuelOverride.fuel == fuel)
    ).scalar_one_or_none()
    if override is not None and override.ncv_gj_per_t:
        return override.ncv_gj_per_t
    try:
        return factor_set_in(session, assessment.factor_set_id).fuel(fuel).ncv_gj_per_t
    except (NotFoundError, ValueError):
        return None


def resolve(session: Session, assessment: Assessment, key: str) -> SourceChoice | None:
    """The figure ``key`` names as it is now; None when it is gone."""
    kind, _, ref = key.partition(":")
    if kind == OPERATING_HOURS:
        hours = assessment.operating_hours_per_year
        return None if hours is None else SourceChoice(key, msg("calcsrc.operating_hours"), hours, "h")
    if kind == BOILER_EFFICIENCY:
        efficiency = assessment.boiler_efficiency_pct
        method = Term("BoilerEfficiencyMethod", assessment.boiler_efficiency_method or BoilerEfficiencyMethod.TYPED)
        label = msg("calcsrc.boiler_efficiency", method=method)
        return None if efficiency is None else SourceChoice(key, label, efficiency, "%")
    if kind == "factor.price":
        return _factor_price(session, assessment, key, ref)
    if kind in calculation_series.FIGURES:
        found = calculation_series.resolve_series(session, assessment, key)
        return None if found is None else SourceChoice(key, *found)
    if kind == "fuel.ncv":
        ncv = _fuel_ncv(session, assessment, ref)
        label = msg("calcsrc.fuel_ncv", fuel=Term("Carrier", ref))
        return None if ncv is None else SourceChoice(key, label, ncv, "GJ/t")
    try:
        record_id = uuid.UUID(ref)
    except ValueError:
        return None
    if kind in ("stream.pressure", "stream.temperature"):
        stream = session.get(Stream, record_id)
        if stream is None or stream.deleted_at is not None or stream.assessment_id != assessment.id:
            return None
        if kind == "stream.pressure":
            label = msg("calcsrc.stream_pressure", stream=stream.name)
            return None if stream.pressure_bar is None else SourceChoice(key, label, stream.pressure_bar, "bar(g)")
        label = msg("calcsrc.stream_temperature", stream=stream.name)
        return None if stream.temperature_c is None else SourceChoice(key, label, stream.temperature_c, "°C")
    if kind == "measurement":
        reading_ = session.get(Measurement, record_id)
        if reading_ is None or reading_.deleted_at is not None:
            return None
        stream = session.get(Stream, reading_.stream_id)
        if stream is None or stream.deleted_at is not None or stream.assessment_id != assessment.id:
            return None
        return SourceChoice(key, msg("calcsrc.measurement", stream=stream.name), reading_.value, reading_.unit)
    if kind == "waste.value":
        waste = session.get(WasteStream, record_id)
        if waste is None or waste.deleted_at is not None or waste.assessment_id != assessment.id or not waste.unit:
            return None
        label = msg("calcsrc.waste_value", waste=waste.name)
        return SourceChoice(key, label, waste.loss_value_per_unit, waste.unit)
    return None


def _factor_price(session: Session, assessment: Assessment, key: str, carrier: str) -> SourceChoice | None:
    """The factor set's price of ``carrier``, in VND per its unit; None when the set has
    none, or the assessment counts in another currency."""
    if assessment.currency.strip().upper() != PRICE_CURRENCY:
        return None
    try:
        factors = factor_set_in(session, assessment.factor_set_id)
    except NotFoundError:
        return None
    price = factors.price(carrier)
    if price is None:
        return None
    name = Said(factors.name_vi or factors.name_en or factors.code, factors.name_en or factors.code)
    label = msg("calcsrc.factor_price", factor_set=name, source=price.source)
    value, unit = _per_tonne(factors, carrier, price.vnd_per_unit, price.unit)
    return SourceChoice(key, label, value, unit)


def _per_tonne(factors: FactorSet, carrier: str, value: float, unit: str) -> tuple[float, str]:
    """A fuel priced by volume (DO by the litre, as it is sold) priced per tonne at the set's
    density, which the calculators' fuel savings are counted in; any other price as it is.
    17 061 VND/L at 0.84 t/m³: 17 061 × 1 000 / 0.84 = 20 310 714 VND/t."""
    try:
        if dimension_of(unit) != "volume":
            return value, unit
        density = factors.fuel(carrier).density_t_per_m3
    except (UnitError, ValueError):
        return value, unit
    if not density:
        return value, unit
    return value * convert(1.0, "m³", unit) / density, "t"


def _fits(spec: Input, choice: SourceChoice) -> bool:
    """True when a figure can be the input (its unit measures the same thing)."""
    if spec.kind == "hours":
        return choice.key == OPERATING_HOURS
    if spec.kind == "pressure":
        return choice.key.startswith("stream.pressure:")
    if choice.key.startswith("series."):
        return calculation_series.fits(choice.key, spec.name)
    try:
        to_unit(spec.name, choice.value, choice.unit, spec.unit)
    except ValidationError:
        return False
    return True


def source_keys(session: Session, assessment: Assessment) -> list[str]:
    """Every figure of the assessment an input may be taken from, by key."""
    keys = [OPERATING_HOURS, BOILER_EFFICIENCY]
    streams = _streams(session, assessment.id)
    for stream in streams:
        keys += [f"stream.pressure:{stream.id}", f"stream.temperature:{stream.id}"]
    ids = [s.id for s in streams]
    if ids:
        readings = session.execute(
            lookup.live(Measurement).where(Measurement.stream_id.in_(ids)).order_by(Measurement.created_at)
        ).scalars()
        keys += [f"measurement:{m.id}" for m in readings]
    keys += [f"fuel.ncv:{fuel.value}" for fuel in sorted(FUELS)]
    keys += calculation_series.series_keys(session, assessment)
    return keys


def input_sources(db: Database, option_id: uuid.UUID | str, name: str) -> dict[str, tuple[SourceChoice, ...]]:
    """For each input of calculator ``name``, the assessment's figures it may be taken from."""
    chosen = calculator(name)
    with reading(db) as session:
        assessment = _assessment_of(session, option_id)
        figures = [c for key in source_keys(session, assessment) if (c := resolve(session, assessment, key))]
        found: dict[str, tuple[SourceChoice, ...]] = {}
        for spec in chosen.inputs:
            fitting = tuple(c for c in figures if _fits(spec, c))
            if spec.name != CALORIFIC_VALUE:
                fitting = tuple(c for c in fitting if not c.key.startswith("fuel.ncv:"))
            if spec.name not in EFFICIENCY_INPUTS:
                fitting = tuple(c for c in fitting if c.key != BOILER_EFFICIENCY)
            if fitting:
                found[spec.name] = fitting
        return found


def price_sources(
    db: Database, option_id: uuid.UUID | str, saving_unit: str, carrier: str | None = None
) -> tuple[SourceChoice, ...]:
    """What can price a saving of ``carrier`` in ``saving_unit`` (each given per that unit):
    the factor set's price of the carrier first (:func:`factor_price_key`), then the waste
    streams whose value lost per unit can."""
    with reading(db) as session:
        assessment = _assessment_of(session, option_id)
        wastes = session.execute(lookup.live(WasteStream).where(WasteStream.assessment_id == assessment.id))
        keys = [] if carrier is None else [factor_price_key(carrier)]
        keys += [f"waste.value:{waste.id}" for waste in wastes.scalars()]
        found = []
        for key in keys:
            choice = resolve(session, assessment, key)
            price = None if choice is None else price_per(choice, saving_unit)
            if choice is not None and price is not None:
                found.append(replace(choice, value=price, unit=saving_unit))
        return tuple(found)


def factor_price_key(carrier: str) -> str:
    """The source key of the factor set's price of ``carrier``."""
    return f"factor.price:{carrier}"


def price_per(choice: SourceChoice, saving_unit: str) -> float | None:
    """A value per ``choice.unit`` as a value per ``saving_unit``; None if they differ in kind."""
    try:
        return choice.value * convert(1.0, saving_unit, choice.unit)
    except (UnitError, ValueError):
        return None


def describe_sources(db: Database, assessment_id: uuid.UUID | str, keys: Iterable[str]) -> dict[str, Message | None]:
    """What each source key is, as the assessment is now (None: the figure is gone)."""
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        described: dict[str, Message | None] = {}
        for key in keys:
            choice = resolve(session, assessment, key)
            described[key] = None if choice is None else choice.label
        return described


def describe_option_sources(db: Database, option_id: uuid.UUID | str, keys: Iterable[str]) -> dict[str, Message | None]:
    """What each source key of the option's calculation is, as its assessment is now (None:
    the figure is gone)."""
    with reading(db) as session:
        assessment = _assessment_of(session, option_id)
        described: dict[str, Message | None] = {}
        for key in keys:
            choice = resolve(session, assessment, key)
            described[key] = None if choice is None else choice.label
        return described


def describe_price(db: Database, option_id: uuid.UUID | str, key: str) -> Message | None:
    """What the price source ``key`` of the option's calculation is, as its assessment is
    now (None: typed, or the figure is gone)."""
    with reading(db) as session:
        assessment = _assessment_of(session, option_id)
        choice = resolve(session, assessment, key)
        return None if choice is None else choice.label
