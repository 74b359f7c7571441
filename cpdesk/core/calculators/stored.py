"""A calculation kept with its option: what was put in, from where, what came out, and when.

An option holds at most one :class:`Calculation`. Each input keeps its value and unit as
given and its source: :data:`TYPED` when the auditor typed it, else the key of the
assessment's figure it was taken from (``assessment.operating_hours``, ``stream.pressure:<id>``
... see :mod:`cpdesk.services.assessment.calculations`), so that the figure can be read again
when the assessment changes, and the calculation marked stale when it is gone. The result
keeps every output, and the one that is the option's resource saving (:class:`Saving`,
chosen by :data:`~cpdesk.core.calculators.choice.SAVING_OUTPUTS`); with a price per unit of
that saving it gives the option's annual savings in the assessment's currency.

:meth:`Calculation.to_json` is what the database stores (``cp_option.calculation``) and a
bundle carries; :meth:`Calculation.from_json` reads it back and refuses anything malformed
with a ValueError, so a damaged record is refused when typed or imported, not when shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from cpdesk.core.calculators.basis import BASES, CALCULATED, TYPED, SavingsBasis
from cpdesk.core.calculators.catalogue import calculator, run
from cpdesk.core.calculators.choice import ALSO_SAVES, FUEL, SAVING_OUTPUTS
from cpdesk.core.calculators.inputs import ENTITY, Output, refuse
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.core.vocabulary import FUELS, Carrier

#: The suffix of a calculator's yearly outputs, left off the saving's unit.
PER_YEAR = "/year"


@dataclass(frozen=True)
class GivenInput:
    """An input as given: its value, its unit and where it came from."""

    value: float
    unit: str
    source: str = TYPED

    @property
    def from_assessment(self) -> bool:
        """True when the value was taken from the assessment (and follows it)."""
        return self.source != TYPED


@dataclass(frozen=True)
class Saving:
    """The figure of a result that is the option's resource saving, per year."""

    output: str
    carrier: str
    quantity: float
    unit: str


@dataclass(frozen=True)
class ChargeAvoided:
    """A tariff's charge the result avoids a year, in the assessment's currency: the power
    factor correction's, ``bill`` (the plant's active energy bill a year, without VAT, typed)
    × (``share_before`` − ``share_after``) %, by the factor set's rule of ``source``."""

    bill: float
    share_before: float
    share_after: float
    source: str = ""

    @property
    def avoided(self) -> float:
        """The charge no longer paid a year."""
        return self.bill * (self.share_before - self.share_after) / 100.0


@dataclass(frozen=True)
class Calculation:
    """A calculator's run for an option, as kept with it."""

    calculator: str
    inputs: Mapping[str, GivenInput]
    outputs: tuple[Output, ...]
    computed_at: datetime
    #: The fuel the boiler burns (a carrier code), where the result is priced in fuel.
    fuel: str | None = None
    #: Money per unit of the saving, in the assessment's currency; None: not priced.
    price: float | None = None
    price_source: str = TYPED
    saving: Saving | None = None
    #: Inputs taken from the assessment whose figure is gone: the result is the last one.
    stale: tuple[str, ...] = field(default=())
    #: Other resources the result saves, filled beside the saving but not priced.
    also: tuple[Saving, ...] = field(default=())
    #: The tariff's charge the result avoids (a power factor correction's), or None.
    charge: ChargeAvoided | None = None

    @property
    def priced_saving(self) -> float | None:
        """The saving priced: quantity a year × price; None without both."""
        if self.saving is None or self.price is None:
            return None
        return self.saving.quantity * self.price

    @property
    def annual_savings(self) -> float | None:
        """The money saved a year: the saving priced plus the charge avoided; None without
        either."""
        charge = None if self.charge is None else self.charge.avoided
        parts = [part for part in (self.priced_saving, charge) if part is not None]
        return sum(parts) if parts else None

    def output(self, name: str) -> Output | None:
        """The output called ``name``, if the result has it."""
        return next((out for out in self.outputs if out.name == name), None)

    def same_result(self, other: Calculation) -> bool:
        """True when ``other`` gives the same figures from the same inputs (times aside)."""
        return replace(other, computed_at=self.computed_at) == self

    def to_json(self) -> dict[str, Any]:
        """The calculation as plain JSON values (what ``cp_option.calculation`` holds)."""
        return {
            "calculator": self.calculator,
            "inputs": {
                name: {"value": given.value, "unit": given.unit, "source": given.source}
                for name, given in self.inputs.items()
            },
            "outputs": [{"name": out.name, "value": out.value, "unit": out.unit} for out in self.outputs],
            "computed_at": self.computed_at.astimezone(UTC).isoformat(),
            "fuel": self.fuel,
            "price": self.price,
            "price_source": self.price_source,
            "saving": None if self.saving is None else _saving_json(self.saving),
            "stale": list(self.stale),
            "also": [_saving_json(item) for item in self.also],
            "charge": None if self.charge is None else _charge_json(self.charge),
        }

    @classmethod
    def from_json(cls, data: Any) -> Calculation:
        """Read back what :meth:`to_json` wrote; ValueError naming what is wrong."""
        if not isinstance(data, Mapping):
            raise ValueError("a calculation must be an object")
        name = _text(data, "calculator")
        try:
            calculator(name)
        except ValidationError:
            raise ValueError(f"a calculation names a calculator this version lacks: {name!r}") from None
        inputs_data = data.get("inputs")
        if not isinstance(inputs_data, Mapping):
            raise ValueError("a calculation's inputs must be an object")
        inputs = {
            str(key): GivenInput(_number(item, "value"), _text(item, "unit", empty=True), _text(item, "source"))
            for key, item in inputs_data.items()
            if _is_object(item, f"input {key}")
        }
        outputs_data = data.get("outputs")
        if not isinstance(outputs_data, list):
            raise ValueError("a calculation's outputs must be a list")
        outputs = tuple(
            Output(_text(item, "name"), _number(item, "value"), _text(item, "unit", empty=True))
            for item in outputs_data
            if _is_object(item, "output")
        )
        try:
            computed_at = datetime.fromisoformat(_text(data, "computed_at"))
        except ValueError:
            raise ValueError("a calculation's computed_at must be an ISO 8601 time") from None
        if computed_at.tzinfo is None:
            raise ValueError("a calculation's computed_at must name its time zone")
        saving_data = data.get("saving")
        saving = None if saving_data is None else _saving_from(saving_data)
        also_data = data.get("also", [])
        if not isinstance(also_data, list):
            raise ValueError("a calculation's other savings must be a list")
        also = tuple(_saving_from(item) for item in also_data)
        charge_data = data.get("charge")
        charge = None if charge_data is None else _charge_from(charge_data)
        fuel = data.get("fuel")
        price = data.get("price")
        stale = data.get("stale", [])
        if not isinstance(stale, list) or not all(isinstance(item, str) for item in stale):
            raise ValueError("a calculation's stale inputs must be a list of names")
        return cls(
            calculator=name,
            inputs=inputs,
            outputs=outputs,
            computed_at=computed_at,
            fuel=None if fuel is None else _fuel(fuel),
            price=None if price is None else _number(data, "price"),
            price_source=_text(data, "price_source") if "price_source" in data else TYPED,
            saving=saving,
            stale=tuple(stale),
            also=also,
            charge=charge,
        )


def _charge_json(charge: ChargeAvoided) -> dict[str, Any]:
    return {
        "bill": charge.bill,
        "share_before": charge.share_before,
        "share_after": charge.share_after,
        "source": charge.source,
    }


def _charge_from(data: Any) -> ChargeAvoided:
    _is_object(data, "charge")
    bill = _number(data, "bill")
    if bill < 0:
        raise ValueError("a calculation's charge must be of a bill at least 0")
    source = data.get("source", "")
    if not isinstance(source, str):
        raise ValueError("a calculation's charge source must be a text")
    return ChargeAvoided(bill, _number(data, "share_before"), _number(data, "share_after"), source)


def _saving_json(saving: Saving) -> dict[str, Any]:
    return {"output": saving.output, "carrier": saving.carrier, "quantity": saving.quantity, "unit": saving.unit}


def _saving_from(data: Any) -> Saving:
    _is_object(data, "saving")
    return Saving(
        _text(data, "output"), _carrier(_text(data, "carrier")), _number(data, "quantity"), _text(data, "unit")
    )


def _is_object(item: Any, what: str) -> bool:
    if not isinstance(item, Mapping):
        raise ValueError(f"a calculation's {what} must be an object")
    return True


def _text(data: Mapping[str, Any], key: str, empty: bool = False) -> str:
    value = data.get(key)
    if not isinstance(value, str) or (not value and not empty):
        raise ValueError(f"a calculation's {key} must be a text")
    return value


def _number(data: Mapping[str, Any], key: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"a calculation's {key} must be a finite number")
    return float(value)


def _carrier(code: str) -> str:
    if code not in {c.value for c in Carrier}:
        raise ValueError(f"a calculation's saving names no carrier: {code!r}")
    return code


def _fuel(code: Any) -> str:
    if not isinstance(code, str) or code not in {c.value for c in FUELS}:
        raise ValueError(f"a calculation's fuel must be a fuel's code: {code!r}")
    return code


def also_of(name: str, outputs: tuple[Output, ...], saving: Saving | None) -> tuple[Saving, ...]:
    """The other resources ``outputs`` save (see :data:`~cpdesk.core.calculators.choice.ALSO_SAVES`),
    each carrier once and none of the priced saving's."""
    by_name = {out.name: out for out in outputs}
    found = []
    for output, carrier in ALSO_SAVES.get(name, ()):
        out = by_name.get(output)
        if out is not None and (saving is None or carrier != saving.carrier):
            found.append(Saving(output, carrier, out.value, out.unit.removesuffix(PER_YEAR)))
    return tuple(found)


def saving_of(name: str, outputs: tuple[Output, ...], fuel: str | None) -> Saving | None:
    """The figure of ``outputs`` that is the option's saving (see
    :data:`~cpdesk.core.calculators.choice.SAVING_OUTPUTS`); None when the result has none."""
    by_name = {out.name: out for out in outputs}
    for output, carrier in SAVING_OUTPUTS.get(name, ()):
        found = by_name.get(output)
        if found is None:
            continue
        if carrier == FUEL:
            if fuel is None:
                continue
            carrier = fuel
        return Saving(output, carrier, found.value, found.unit.removesuffix(PER_YEAR))
    return None


def compute(
    name: str,
    inputs: Mapping[str, GivenInput],
    *,
    now: datetime,
    fuel: str | None = None,
    price: float | None = None,
    price_source: str = TYPED,
) -> Calculation:
    """Run calculator ``name`` on ``inputs`` and keep it all as a :class:`Calculation`.

    Raises ValidationError (entity ``"calculator"``) naming the input, the fuel or the price
    that is impossible; nothing is kept then.
    """
    if fuel is not None and fuel not in {c.value for c in FUELS}:
        raise refuse("fuel", fuel, msg("calc.not_a_fuel"))
    if price is not None and (not math.isfinite(price) or price < 0):
        raise refuse("price", price, msg("calc.negative") if math.isfinite(price) else msg("calc.not_finite"))
    outputs = run(name, {key: (given.value, given.unit) for key, given in inputs.items()})
    saving = saving_of(name, outputs, fuel)
    return Calculation(
        calculator=name,
        inputs=dict(inputs),
        outputs=outputs,
        computed_at=now,
        fuel=fuel,
        price=price,
        price_source=price_source,
        saving=saving,
        also=also_of(name, outputs, saving) if saving is not None else (),
    )


__all__ = [
    "BASES",
    "CALCULATED",
    "ENTITY",
    "TYPED",
    "Calculation",
    "ChargeAvoided",
    "GivenInput",
    "Saving",
    "SavingsBasis",
    "compute",
    "saving_of",
]
