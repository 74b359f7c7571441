"""The fields an option's savings calculation adds to the edit path, and the rule that a
figure typed over a calculated one is marked typed.

An option's ``calculation`` (:class:`~cpdesk.core.calculators.stored.Calculation` as JSON) is
stored, replaced and taken back by an ordinary :class:`~cpdesk.services.editing.Update`, so
undo, the change log and the check against a colleague's change work as for any field. Its
``savings_basis`` and a saving's ``basis`` say how the figure was found; when a person types
the annual savings or a saving's quantity without saying so, the update marks it "typed"
(:func:`check_update` adds the field to the update, so undoing the edit brings "calculated"
back with the figure). :mod:`cpdesk.services.editing.registry` adds these fields to the
option's and the saving's own.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from sqlalchemy.orm import Session

from cpdesk.core.calculators.basis import BoilerEfficiencyMethod
from cpdesk.core.calculators.stored import BASES, TYPED, Calculation, SavingsBasis
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.services.editing.assessment_fields import Checker


def _calculation(_s: Session, _obj: Any, value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    return Calculation.from_json(value).to_json()  # ValueError names what is malformed


def _basis(_s: Session, _obj: Any, value: Any) -> SavingsBasis:
    if value not in BASES:
        raise ValidationError("", "", value, msg("value.one_of", allowed=", ".join(BASES)))
    return SavingsBasis(value)


#: The fields added to the option's and the saving's own.
FIELDS: dict[Entity, Mapping[str, Checker]] = {
    Entity.OPTION: {"calculation": _calculation, "savings_basis": _basis},
    Entity.OPTION_SAVING: {"basis": _basis},
}

#: The figure of each kind whose typing makes its basis "typed".
_TYPED_FIGURE = {Entity.OPTION: ("annual_savings", "savings_basis"), Entity.OPTION_SAVING: ("quantity", "basis")}


def check_update(_session: Session, entity: Entity, _obj: Any, new: MutableMapping[str, Any]) -> None:
    """A figure typed without its basis is typed: add the basis to the update. An assessment's
    boiler efficiency typed without its method is typed too, and cleared has none."""
    figure = _TYPED_FIGURE.get(entity)
    if figure is not None and figure[0] in new:
        new.setdefault(figure[1], TYPED)
    if entity == Entity.ASSESSMENT and "boiler_efficiency_pct" in new:
        typed = None if new["boiler_efficiency_pct"] is None else BoilerEfficiencyMethod.TYPED
        new.setdefault("boiler_efficiency_method", typed)
