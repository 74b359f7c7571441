"""Checks shared by the services; each failure names entity, field and value."""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any, TypeVar

from cpdesk.core import units
from cpdesk.core.errors import ValidationError, reason_of
from cpdesk.core.messages import Either, Term, msg
from cpdesk.core.record_rules import MAX_MAGNITUDE, SMALLEST_POSITIVE
from cpdesk.core.reference.option_types import option_library

E = TypeVar("E", bound=StrEnum)


def text(entity: str, field: str, value: Any, *, max_len: int = 300, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(entity, field, value, msg("value.not_text"))
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError(entity, field, value, msg("value.empty"))
    if len(cleaned) > max_len:
        raise ValidationError(entity, field, value, msg("value.too_long", maximum=max_len))
    return cleaned


def number(
    entity: str,
    field: str,
    value: Any,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    strictly_positive: bool = False,
    optional: bool = False,
) -> float | None:
    """A finite number within bounds. Text is refused: parse it in the user's locale first.

    Every number is at most ``MAX_MAGNITUDE`` in size and a ``strictly_positive`` one at least
    ``SMALLEST_POSITIVE``: the bounds a bundle's records are held to on import
    (:mod:`cpdesk.core.record_rules`), so that what is entered here always travels.
    """
    if value is None:
        if optional:
            return None
        raise ValidationError(entity, field, value, msg("value.required"))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(entity, field, value, msg("value.not_number"))
    result = float(value)
    if not math.isfinite(result):
        raise ValidationError(entity, field, value, msg("value.not_finite"))
    # The same bounds as a record arriving in a bundle (cpdesk.core.record_rules.Number).
    if abs(result) > MAX_MAGNITUDE:
        raise ValidationError(entity, field, value, msg("value.too_large", maximum=MAX_MAGNITUDE))
    if strictly_positive and result <= 0:
        raise ValidationError(entity, field, value, msg("value.positive"))
    if strictly_positive and result < SMALLEST_POSITIVE:
        raise ValidationError(entity, field, value, msg("value.at_least", minimum=SMALLEST_POSITIVE))
    if minimum is not None and result < minimum:
        raise ValidationError(entity, field, value, msg("value.at_least", minimum=minimum))
    if maximum is not None and result > maximum:
        raise ValidationError(entity, field, value, msg("value.at_most", maximum=maximum))
    return result


#: The largest whole number a count or position holds: its column is 32 bits on PostgreSQL
#: (and a bundle's record is held to the same, see cpdesk.core.record_rules).
MAX_WHOLE = 2**31 - 1


def whole(entity: str, field: str, value: Any, *, minimum: int = 0, optional: bool = False) -> int | None:
    """A whole number from ``minimum`` to :data:`MAX_WHOLE` (a count, a position, a number)."""
    result = number(entity, field, value, minimum=minimum, maximum=MAX_WHOLE, optional=optional)
    if result is None:
        return None
    if result != int(result):
        raise ValidationError(entity, field, value, msg("value.whole"))
    return int(result)


def required_number(entity: str, field: str, value: Any, **bounds: Any) -> float:
    result = number(entity, field, value, **bounds)
    assert result is not None
    return result


def code(entity: str, field: str, value: Any, enum_cls: type[E]) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = [m.value for m in enum_cls]
        raise ValidationError(entity, field, value, msg("value.one_of", allowed=allowed)) from None


def unit(entity: str, field: str, value: Any, *, dimensions: frozenset[str] | None = None) -> str:
    """A unit the registry knows (sloppy field spellings accepted), in canonical spelling."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(entity, field, value, msg("unit.required"))
    try:
        canonical = units.normalize_unit(value)
        dimension = units.dimension_of(canonical)
    except ValueError as exc:
        raise ValidationError(entity, field, value, reason_of(exc)) from None
    if dimensions is not None and dimension not in dimensions:
        raise ValidationError(
            entity,
            field,
            value,
            msg(
                "unit.wrong_dimension",
                dimension=_words(dimension),
                expected=Either(tuple(_words(d) for d in sorted(dimensions))),
            ),
        )
    return canonical


def _words(dimension: str) -> Term:
    """A dimension as a person reads it ("mass flow", not the code "mass_flow")."""
    return Term("ReasonWord", dimension)


def option_type(entity: str, field: str, value: Any, *, current: str | None = None) -> str | None:
    """The code of an option library type (upper case), None for a blank one.

    A code the library in use lacks is refused (a mistyped code, or a type the centre's pack
    dropped), unless it is ``current``: the option already holds it, and a link to a dropped
    type is kept, shown as unknown, never lost.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValidationError(entity, field, value, msg("value.not_text"))
    code = value.strip().upper()
    if current is not None and code == current:
        return code
    if option_library().find(code) is None:
        raise ValidationError(entity, field, value, msg("option.unknown_type", given=value.strip()))
    return code
