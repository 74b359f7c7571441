"""Waste streams and their costs, causes, and CP options with the resources they save."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.errors import NotFoundError, ValidationError, reason_of
from cpdesk.core.factors import MissingFactorError, amount_for_co2
from cpdesk.core.messages import msg
from cpdesk.core.reading_units import allowed_dimensions
from cpdesk.core.reference.option_types import option_library
from cpdesk.core.rows import OptionRow, SavingItem, WasteStreamRow
from cpdesk.core.vocabulary import (
    FUELS,
    Carrier,
    CauseCategory,
    OptionCategory,
    OptionStatus,
    ScreeningResult,
)
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.assessment.records import option_row, waste_stream_row
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Cause, FuelOverride, Option, OptionSaving, Stream, WasteStream

#: A gas is bought by the normal or standard cubic metre: an option may save it in Nm³ or Sm³
#: (a reading of a stream may not yet: the balances count gas by mass or energy).
_GAS_AMOUNTS = frozenset({"gas_volume"})


def add_waste_stream(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    name: str,
    annual_quantity: float | None = None,
    unit: str = "",
    loss_value_per_unit: float = 0.0,
    treatment_cost_per_year: float = 0.0,
    stream_id: uuid.UUID | str | None = None,
    note: str = "",
) -> WasteStreamRow:
    """Record a waste stream and what it costs per year (task 6), in the assessment currency."""
    entity = Entity.WASTE_STREAM
    waste = WasteStream(
        name=check.text(entity, "name", name, max_len=200),
        annual_quantity=check.number(entity, "annual_quantity", annual_quantity, minimum=0, optional=True),
        unit=check.unit(entity, "unit", unit) if unit else "",
        loss_value_per_unit=check.required_number(entity, "loss_value_per_unit", loss_value_per_unit, minimum=0),
        treatment_cost_per_year=check.required_number(
            entity, "treatment_cost_per_year", treatment_cost_per_year, minimum=0
        ),
        note=check.text(entity, "note", note, max_len=5000, required=False),
    )
    if waste.annual_quantity is not None and not waste.unit:
        raise ValidationError(entity, "unit", unit, msg("waste.needs_unit"))
    with unit_of_work(db) as session:
        a = lookup.assessment(session, assessment_id)
        waste.assessment_id = a.id
        if stream_id is not None:
            stream = lookup.get(session, Stream, stream_id, Entity.STREAM)
            if stream.assessment_id != a.id:
                raise ValidationError(entity, "stream_id", stream_id, msg("record.other_assessment"))
            waste.stream_id = stream.id
        session.add(waste)
        session.flush()
        return waste_stream_row(waste)


def add_cause(
    db: Database, waste_stream_id: uuid.UUID | str, *, category: CauseCategory | str, description: str
) -> uuid.UUID:
    """Record a cause of a waste stream (task 7)."""
    cause = Cause(
        category=check.code(Entity.CAUSE, "category", category, CauseCategory),
        description=check.text(Entity.CAUSE, "description", description, max_len=5000),
    )
    with unit_of_work(db) as session:
        cause.waste_stream_id = lookup.get(session, WasteStream, waste_stream_id, Entity.WASTE_STREAM).id
        session.add(cause)
        session.flush()
        return cause.id


def add_option(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    title: str,
    category: OptionCategory | str,
    code: str = "",
    description: str = "",
    cause_id: uuid.UUID | str | None = None,
    waste_stream_id: uuid.UUID | str | None = None,
    screening: ScreeningResult | str | None = None,
    technical_notes: str = "",
    investment: float = 0.0,
    annual_savings: float = 0.0,
    annual_extra_costs: float = 0.0,
    lifetime_years: float = 5.0,
    status: OptionStatus | str = OptionStatus.PROPOSED,
    rejection_reason: str = "",
    implemented_on: date | None = None,
    monitored_annual_savings: float | None = None,
    savings: Sequence[tuple[Carrier | str, float, str] | tuple[Carrier | str, float, str, float | None]] = (),
    type_code: str | None = None,
) -> OptionRow:
    """Record a CP option with its money figures and the resources it saves per year.

    ``savings`` lists (carrier, quantity per year, unit[, monitored quantity per year]). A
    rejected option needs its reason; only an implemented one has monitored figures.
    ``type_code`` links it to a type of the option library in use (refused if it has none).
    """
    entity = Entity.OPTION
    option = Option(
        code=check.text(entity, "code", code, max_len=20, required=False),
        title=check.text(entity, "title", title),
        description=check.text(entity, "description", description, max_len=20000, required=False),
        category=check.code(entity, "category", category, OptionCategory),
        screening=None if screening in (None, "") else check.code(entity, "screening", screening, ScreeningResult),
        technical_notes=check.text(entity, "technical_notes", technical_notes, max_len=20000, required=False),
        investment=check.required_number(entity, "investment", investment, minimum=0),
        annual_savings=check.required_number(entity, "annual_savings", annual_savings, minimum=0),
        annual_extra_costs=check.required_number(entity, "annual_extra_costs", annual_extra_costs, minimum=0),
        lifetime_years=check.required_number(
            entity, "lifetime_years", lifetime_years, strictly_positive=True, maximum=100
        ),
        status=check.code(entity, "status", status, OptionStatus),
        rejection_reason=check.text(entity, "rejection_reason", rejection_reason, max_len=5000, required=False),
        implemented_on=implemented_on,
        monitored_annual_savings=check.number(
            entity, "monitored_annual_savings", monitored_annual_savings, minimum=0, optional=True
        ),
        type_code=check.option_type(entity, "type_code", type_code),
    )
    if option.status == OptionStatus.REJECTED and not option.rejection_reason:
        raise ValidationError(entity, "rejection_reason", rejection_reason, msg("option.rejection_reason_first"))
    if option.monitored_annual_savings is not None and option.status != OptionStatus.IMPLEMENTED:
        raise ValidationError(
            entity,
            "monitored_annual_savings",
            monitored_annual_savings,
            msg("option.monitored_not_implemented"),
        )
    resource_savings = [_saving(i, option.status, *s) for i, s in enumerate(savings)]
    with unit_of_work(db) as session:
        a = lookup.assessment(session, assessment_id)
        option.assessment_id = a.id
        if cause_id is not None:
            option.cause_id = lookup.get(session, Cause, cause_id, Entity.CAUSE).id
        if waste_stream_id is not None:
            option.waste_stream_id = lookup.get(session, WasteStream, waste_stream_id, Entity.WASTE_STREAM).id
        for i, saving in enumerate(resource_savings):
            _check_countable(session, a, f"option.savings[{i}]", saving)
        option.savings = resource_savings  # written with the option, no re-read needed
        session.add(option)
        session.flush()
        return option_row(option)


def type_title(code: str, lang: str) -> str | None:
    """The title in ``lang`` of the option library's type ``code``; None when the library in
    use has no such type (a link to a type the centre's pack dropped: shown as unknown)."""
    found = option_library().find(code)
    return None if found is None else found.title.get(lang)


def _saving(
    index: int,
    status: OptionStatus,
    carrier: Carrier | str,
    quantity: float,
    unit: str,
    monitored: float | None = None,
) -> OptionSaving:
    entity = f"option.savings[{index}]"
    code = check.code(entity, "carrier", carrier, Carrier)
    if monitored is not None and status != OptionStatus.IMPLEMENTED:
        raise ValidationError(
            entity,
            "monitored_quantity",
            monitored,
            msg("option.monitored_not_implemented"),
        )
    return OptionSaving(
        carrier=code,
        quantity=check.required_number(entity, "quantity", quantity, minimum=0),
        unit=check.unit(entity, "unit", unit, dimensions=_saving_dimensions(code)),
        monitored_quantity=check.number(entity, "monitored_quantity", monitored, minimum=0, optional=True),
    )


def _saving_dimensions(carrier: Carrier) -> frozenset[str]:
    """The unit dimensions a saving of ``carrier`` may be given in."""
    return allowed_dimensions(carrier) | (_GAS_AMOUNTS if carrier in FUELS else frozenset())


def _check_countable(session: Session, assessment: Assessment, entity: str, saving: OptionSaving) -> None:
    """Refuse a saving that the assessment's factor set cannot count (LPG in litres with no
    density of LPG in the set, natural gas in plain m³, a fuel in t/h ...), naming what is
    missing: accepted, it would leave the option without a CO2 figure. Without any factor
    set there is nothing to check against: the guidance asks for one (co2_no_factor_set)."""
    if saving.carrier != Carrier.ELECTRICITY and saving.carrier not in FUELS:
        return  # water, steam, chemicals ... count in no CO2 figure
    try:
        factors = factor_set_in(session, assessment.factor_set_id)
    except NotFoundError:
        return
    densities = {
        o.fuel: o.density_t_per_m3
        for o in session.execute(lookup.live(FuelOverride).where(FuelOverride.assessment_id == assessment.id)).scalars()
        if o.density_t_per_m3
    }
    try:
        amount_for_co2(saving.carrier, saving.quantity, saving.unit, factors, densities)
    except MissingFactorError as exc:
        raise ValidationError(entity, "unit", saving.unit, reason_of(exc)) from None


def add_option_saving(
    db: Database,
    option_id: uuid.UUID | str,
    *,
    carrier: Carrier | str,
    quantity: float,
    unit: str,
    monitored_quantity: float | None = None,
) -> SavingItem:
    """Record that an option saves ``quantity`` ``unit`` of ``carrier`` per year, after the
    option was created (the workbench's "Add resource saving").

    Same rules as :func:`add_option` (the unit must suit the carrier and the assessment's
    factor set must be able to count it, only an implemented option has monitored figures),
    one unit of work per call. Editing and deleting the saving
    later go through :mod:`cpdesk.services.editing`.
    """
    entity = Entity.OPTION_SAVING
    code = check.code(entity, "carrier", carrier, Carrier)
    saving = OptionSaving(
        carrier=code,
        quantity=check.required_number(entity, "quantity", quantity, minimum=0),
        unit=check.unit(entity, "unit", unit, dimensions=_saving_dimensions(code)),
        monitored_quantity=check.number(entity, "monitored_quantity", monitored_quantity, minimum=0, optional=True),
    )
    with unit_of_work(db) as session:
        option = lookup.get(session, Option, option_id, Entity.OPTION)
        _check_countable(session, lookup.assessment(session, option.assessment_id), entity, saving)
        if saving.monitored_quantity is not None and option.status != OptionStatus.IMPLEMENTED:
            raise ValidationError(
                entity, "monitored_quantity", monitored_quantity, msg("option.monitored_not_implemented")
            )
        saving.option_id = option.id
        session.add(saving)
        session.flush()
        return SavingItem(saving.id, option.id, saving.carrier, saving.quantity, saving.unit, saving.monitored_quantity)
