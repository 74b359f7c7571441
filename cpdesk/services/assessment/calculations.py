"""An option's savings calculation: choosing the calculator, taking its inputs from the
assessment, keeping the result with the option, and following the assessment when it changes.

The calculator is chosen by the option's library type, else its category
(:mod:`cpdesk.core.calculators.choice`). An input may be typed, or taken from the assessment
(:func:`input_sources` lists what the assessment has for each): its operating hours, a
stream's pressure or temperature, a reading on a stream, a fuel's calorific value (measured
at the plant, else the factor set's); the price of the saving may be the value lost per unit
of a waste stream. Each such input keeps the key of its source (:func:`source_keys` and
:func:`resolve` say what each key reads), so the figure can be read again.

Keeping a result is an edit like any other (:func:`plan_use`, carried out by
:func:`use_calculation` or the workbench's editor through
:func:`cpdesk.services.editing.create`): the option's ``calculation``, its annual savings
and the saving of the result's carrier are set and marked "calculated", a saving of that
carrier is added if the option has none, and undo takes it all back. :func:`refresh`
recomputes every calculation of an assessment whose assessment figures changed, and says
so (a :class:`Recomputed` with its notice); a figure that is gone leaves the last result,
marked stale. A figure a person typed over a calculated one stays: a recomputation then
updates the calculation only.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session

from cpdesk.core.calculators.catalogue import CALCULATORS
from cpdesk.core.calculators.charges import BILL, RULE
from cpdesk.core.calculators.choice import ordered, suggested
from cpdesk.core.calculators.inputs import ENTITY
from cpdesk.core.calculators.stored import CALCULATED, TYPED, Calculation, GivenInput, compute
from cpdesk.core.entities import Entity
from cpdesk.core.errors import NotFoundError, ValidationError
from cpdesk.core.messages import Figure, Message, Term, msg
from cpdesk.core.units import UnitError, convert
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.services import lookup
from cpdesk.services.assessment import options as option_service
from cpdesk.services.assessment.calculation_sources import (
    BOILER_EFFICIENCY,
    OPERATING_HOURS,
    SourceChoice,
    describe_price,
    factor_price_key,
    input_sources,
    price_per,
    price_sources,
    resolve,
)
from cpdesk.services.assessment.power_factor_charges import charged
from cpdesk.services.editing import Created, Operation, Update, apply, create
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.base import utcnow
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Option, OptionSaving

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OptionCalculation:
    """What the calculator form of an option starts from."""

    option_id: uuid.UUID
    code: str
    title: str
    category: OptionCategory
    type_code: str | None
    currency: str
    #: Every calculator, the suggested ones first; ``suggested`` are those.
    calculators: tuple[str, ...]
    suggested: tuple[str, ...]
    current: Calculation | None
    savings_basis: str


@dataclass(frozen=True)
class CalculationPlan:
    """The edits that keep a calculation with its option: updates, and the savings to add."""

    option_id: uuid.UUID
    calculation: Calculation
    updates: tuple[Operation, ...]
    #: (carrier, quantity a year, unit) of each saving the option does not have yet.
    new_savings: tuple[tuple[str, float, str], ...] = ()

    @property
    def entities(self) -> list[Entity]:
        """The kinds of the records :meth:`make` creates (for the editor)."""
        return [Entity.OPTION_SAVING] * len(self.new_savings)

    def make(self, db: Database) -> Callable[[], list[uuid.UUID]]:
        """The creation of the new savings, marked calculated (for ``editing.create``)."""

        def made() -> list[uuid.UUID]:
            ids = []
            for carrier, quantity, unit in self.new_savings:
                row = option_service.add_option_saving(
                    db, self.option_id, carrier=carrier, quantity=quantity, unit=unit
                )
                apply(db, Update(Entity.OPTION_SAVING, row.id, {"basis": CALCULATED}))
                ids.append(row.id)
            return ids

        return made


@dataclass(frozen=True)
class Recomputed:
    """A calculation recomputed because the assessment changed, and what to tell the user."""

    option_id: uuid.UUID
    code: str
    plan: CalculationPlan
    notice: Message


def _option(session: Session, option_id: uuid.UUID | str) -> Option:
    return lookup.get(session, Option, option_id, Entity.OPTION)


def find_option(db: Database, key: str) -> uuid.UUID:
    """An option by its full id or a unique prefix of it (at least 4 characters, as the
    command line prints ids); NotFoundError otherwise."""
    text = key.strip().lower().replace("-", "")
    with reading(db) as session:
        if len(text) >= 32:
            return _option(session, key).id
        if len(text) >= 4:
            ids = session.execute(lookup.live(Option).with_only_columns(Option.id)).scalars().all()
            matches = [i for i in ids if i.hex.startswith(text)]
            if len(matches) == 1:
                return matches[0]
    raise NotFoundError(Entity.OPTION, key)


def _stored(option: Option) -> Calculation | None:
    """The option's calculation; None without one, or with one this version cannot read (a
    calculator a newer cpdesk added, brought by a bundle): it is then left as it is."""
    if option.calculation is None:
        return None
    try:
        return Calculation.from_json(option.calculation)
    except ValueError:
        log.warning("option %s keeps a calculation this version cannot read; it is left alone", option.id)
        return None


def option_calculation(db: Database, option_id: uuid.UUID | str) -> OptionCalculation:
    """The option's calculators (suggested first), its calculation and how its savings were found."""
    names = tuple(calc.name for calc in CALCULATORS)
    with reading(db) as session:
        option = _option(session, option_id)
        currency = lookup.assessment(session, option.assessment_id).currency
        type_code = getattr(option, "type_code", None)  # the option library's link (revision 0008)
        return OptionCalculation(
            option_id=option.id,
            code=option.code,
            title=option.title,
            category=option.category,
            type_code=type_code,
            currency=currency,
            calculators=ordered(names, option.category, type_code),
            suggested=tuple(name for name in suggested(option.category, type_code) if name in names),
            current=_stored(option),
            savings_basis=option.savings_basis,
        )


def calculations_of(db: Database, assessment_id: uuid.UUID | str) -> dict[uuid.UUID, tuple[Calculation, str]]:
    """Every live option of the assessment that has a calculation: (calculation, savings basis)."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        rows = session.execute(lookup.live(Option).where(Option.assessment_id == a.id)).scalars().all()
        return {o.id: (calc, o.savings_basis) for o in rows if (calc := _stored(o)) is not None}


def _current_inputs(
    session: Session, assessment: Assessment, inputs: Mapping[str, GivenInput]
) -> tuple[dict[str, GivenInput], list[str]]:
    """The inputs with each assessment figure read again, and the names of those now gone."""
    current: dict[str, GivenInput] = {}
    gone: list[str] = []
    for name, given in inputs.items():
        if not given.from_assessment:
            current[name] = given
            continue
        choice = resolve(session, assessment, given.source)
        if choice is None:
            gone.append(name)
            current[name] = given
        else:
            current[name] = GivenInput(choice.value, choice.unit, given.source)
    return current, gone


def _current_price(
    session: Session, assessment: Assessment, calc: Calculation, price: float | None, source: str
) -> tuple[float | None, bool]:
    """(price, gone) with a waste stream's value read again."""
    if source == TYPED or price is None or calc.saving is None:
        return price, False
    choice = resolve(session, assessment, source)
    value = None if choice is None else price_per(choice, calc.saving.unit)
    return (price, True) if value is None else (value, False)


def preview(
    db: Database,
    option_id: uuid.UUID | str,
    name: str,
    inputs: Mapping[str, GivenInput],
    *,
    fuel: str | None = None,
    price: float | None = None,
    price_source: str = TYPED,
    now: datetime | None = None,
    bill: float | None = None,
) -> Calculation:
    """Calculator ``name`` on ``inputs`` for the option, the assessment's figures read as
    they are now; with ``bill`` (a power factor correction's active energy bill a year), the
    tariff's charge it avoids by the factor set's rule. ValidationError (entity "calculator")
    naming an impossible input, one whose assessment figure is gone, or a bill without a
    rule; nothing is stored."""
    with reading(db) as session:
        assessment = lookup.assessment(session, _option(session, option_id).assessment_id)
        current, gone = _current_inputs(session, assessment, inputs)
        if gone:
            raise ValidationError(ENTITY, gone[0], inputs[gone[0]].source, msg("calc.source_gone"))
        calc = compute(name, current, now=now or utcnow(), fuel=fuel, price=price, price_source=price_source)
        if price_source != TYPED:
            value, lost = _current_price(session, assessment, calc, price, price_source)
            if lost:
                raise ValidationError(ENTITY, "price", price_source, msg("calc.source_gone"))
            calc = replace(calc, price=value)
        if bill is not None:
            with_bill = charged(session, assessment, calc, bill)
            if with_bill is None:
                raise ValidationError(ENTITY, BILL, bill, msg("calc.no_power_factor_rule"))
            calc = with_bill
        return calc


def plan_use(db: Database, option_id: uuid.UUID | str, calc: Calculation, *, fill: bool = True) -> CalculationPlan:
    """The edits that keep ``calc`` with the option; with ``fill``, its figures fill the
    option's annual savings (when priced) and the saving of its carrier, marked calculated.
    ValidationError when the option's saving of that carrier is in a unit the result's
    cannot be converted to."""
    with reading(db) as session:
        option = _option(session, option_id)
        return _plan(option.id, calc, fill, _savings_of(session, [option.id]).get(option.id, {}))


def _savings_of(session: Session, option_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, dict[str, OptionSaving]]:
    """The live savings of the options, by option and carrier (the first of a carrier)."""
    found: dict[uuid.UUID, dict[str, OptionSaving]] = {}
    if option_ids:
        query = lookup.live(OptionSaving).where(OptionSaving.option_id.in_(option_ids))
        for saving in session.execute(query.order_by(OptionSaving.created_at)).scalars():
            found.setdefault(saving.option_id, {}).setdefault(saving.carrier.value, saving)
    return found


def _plan(
    option_id: uuid.UUID,
    calc: Calculation,
    fill: bool,
    savings: Mapping[str, OptionSaving],
    keep_typed: bool = False,
) -> CalculationPlan:
    """The edits; ``keep_typed`` leaves a saving whose quantity a person typed (a
    recomputation does, an explicit "use this result" does not)."""
    values: dict[str, object] = {"calculation": calc.to_json()}
    updates: list[Operation] = []
    new_savings = []
    if fill and calc.annual_savings is not None:
        values.update(annual_savings=calc.annual_savings, savings_basis=CALCULATED)
    for saving in (calc.saving, *calc.also) if fill and calc.saving is not None else ():
        existing = savings.get(saving.carrier)
        if existing is None:
            new_savings.append((saving.carrier, saving.quantity, saving.unit))
        elif not (keep_typed and existing.basis == TYPED):
            try:
                quantity = convert(saving.quantity, saving.unit, existing.unit)
            except (UnitError, ValueError):
                refusal = msg("calc.saving_unit", unit=saving.unit, existing=existing.unit)
                raise ValidationError(Entity.OPTION_SAVING, "unit", existing.unit, refusal) from None
            updates.append(Update(Entity.OPTION_SAVING, existing.id, {"quantity": quantity, "basis": CALCULATED}))
    edits = (Update(Entity.OPTION, option_id, values), *updates)
    return CalculationPlan(option_id, calc, edits, tuple(new_savings))


def use_calculation(db: Database, option_id: uuid.UUID | str, calc: Calculation) -> Created[list[uuid.UUID]]:
    """Keep ``calc`` with the option and fill its figures, in one unit of work; the
    operations that undo and redo it (what the workbench's editor keeps)."""
    plan = plan_use(db, option_id, calc)
    return create(db, plan.entities, plan.make(db), also=plan.updates)


def _recomputed(session: Session, assessment: Assessment, old: Calculation, now: datetime) -> Calculation | None:
    """The calculation with the assessment as it is now; None when unchanged."""
    current, gone = _current_inputs(session, assessment, old.inputs)
    price, price_gone = _current_price(session, assessment, old, old.price, old.price_source)
    if price_gone:
        gone.append("price")
    if not gone:
        try:
            new = compute(old.calculator, current, now=now, fuel=old.fuel, price=price, price_source=old.price_source)
        except ValidationError as exc:  # an assessment figure the calculator now refuses
            gone = [exc.field] if exc.field in old.inputs else [n for n, g in old.inputs.items() if g.from_assessment]
        else:
            new = _priced_by_factor_set(session, assessment, old, new)
            if old.charge is not None:  # the charge follows the factor set's rule as it is now
                with_bill = charged(session, assessment, new, old.charge.bill)
                gone = [RULE] if with_bill is None else []
                new = with_bill or new
            if not gone:
                return None if new.same_result(old) else new
    stale = tuple(dict.fromkeys(gone))
    return None if stale == old.stale else replace(old, stale=stale)


def _priced_by_factor_set(session: Session, assessment: Assessment, old: Calculation, new: Calculation) -> Calculation:
    """``new`` priced by the factor set's price of its saving's carrier when ``old`` had no
    price at all (a price typed or taken from elsewhere stays)."""
    if old.price is not None or old.price_source != TYPED or new.saving is None:
        return new
    key = factor_price_key(new.saving.carrier)
    choice = resolve(session, assessment, key)
    value = None if choice is None else price_per(choice, new.saving.unit)
    return new if value is None else replace(new, price=value, price_source=key)


def _said(calc: Calculation | None, currency: str) -> tuple[Figure | str, str]:
    """The figure a notice gives: the annual savings, else the saving, else the first output."""
    if calc is not None and calc.annual_savings is not None:
        return Figure(calc.annual_savings, 0), currency
    if calc is not None and calc.saving is not None:
        return Figure(calc.saving.quantity, 2), calc.saving.unit
    if calc is not None and calc.outputs:
        return Figure(calc.outputs[0].value, 2), calc.outputs[0].unit
    return "-", ""


def refresh(db: Database, assessment_id: uuid.UUID | str, only: uuid.UUID | None = None) -> list[Recomputed]:
    """The calculations of the assessment's options (or of option ``only``) that its figures
    changed, recomputed (or marked stale where a figure is gone), as plans to carry out and
    notices to show. A figure a person typed over the calculated one is left alone."""
    now = utcnow()
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        query = lookup.live(Option).where(Option.assessment_id == assessment.id, Option.calculation.is_not(None))
        if only is not None:
            query = query.where(Option.id == only)
        pending = []
        for o in session.execute(query).scalars():
            old = _stored(o)
            new = None if old is None else _recomputed(session, assessment, old, now)
            if old is not None and new is not None:
                pending.append((o, old, new))
        savings = _savings_of(session, [o.id for o, _, _ in pending])
        result = []
        for o, old, new in pending:
            if new.stale and new.stale != old.stale:
                inputs = [Term("Field", f"calculator.{name}") for name in new.stale]
                notice = msg("calc.went_stale", option=o.code, inputs=inputs)
            else:
                (before, unit), (after, _) = _said(old, assessment.currency), _said(new, assessment.currency)
                notice = msg("calc.recomputed", option=o.code, before=before, after=after, unit=unit)
            fill = o.savings_basis == CALCULATED and not new.stale
            plan = _plan(o.id, new, fill, savings.get(o.id, {}), keep_typed=True)
            result.append(Recomputed(o.id, o.code, plan, notice))
        return result


def refresh_now(db: Database, assessment_id: uuid.UUID | str, only: uuid.UUID | None = None) -> list[Recomputed]:
    """:func:`refresh`, carried out at once in one unit of work (the command line's way)."""
    with unit_of_work(db):
        found = refresh(db, assessment_id, only)
        for item in found:
            item.plan.make(db)()
            for op in item.plan.updates:
                apply(db, op)
    return found


def recompute_option(
    db: Database, option_id: uuid.UUID | str, bill: float | None = None
) -> tuple[Calculation, Recomputed | None]:
    """Recompute one option's calculation from the assessment and keep it (figures filled
    when they were calculated); the calculation now, and what changed (None: nothing). With
    ``bill``, a power factor correction keeps the charge it avoids on that active energy bill
    a year and fills the option's annual savings with it, as "use this result" does."""
    with reading(db) as session:
        option = _option(session, option_id)
        assessment_id = option.assessment_id
        if option.calculation is None:
            raise ValidationError(Entity.OPTION, "calculation", option.code, msg("value.required"))
        kept = _stored(option)
    if bill is not None and kept is not None:
        calc = preview(
            db, option_id, kept.calculator, kept.inputs, fuel=kept.fuel, price=kept.price,
            price_source=kept.price_source, bill=bill,
        )  # fmt: skip
        use_calculation(db, option_id, calc)
    changed = next(iter(refresh_now(db, assessment_id, option.id)), None)
    with reading(db) as session:
        stored = _stored(_option(session, option_id))
        assert stored is not None
        return stored, changed


#: The assessment's figure a form takes an input from by default, where the assessment has it.
DEFAULT_SOURCES: dict[str, str] = {
    "operating_hours": OPERATING_HOURS,
    "boiler_efficiency": BOILER_EFFICIENCY,
    "present_efficiency": BOILER_EFFICIENCY,
}

__all__: Sequence[str] = (
    "BOILER_EFFICIENCY",
    "DEFAULT_SOURCES",
    "OPERATING_HOURS",
    "CalculationPlan",
    "OptionCalculation",
    "Recomputed",
    "SourceChoice",
    "calculations_of",
    "describe_price",
    "find_option",
    "input_sources",
    "option_calculation",
    "plan_use",
    "preview",
    "price_sources",
    "recompute_option",
    "refresh",
    "refresh_now",
    "use_calculation",
)
