"""One table of every kind of record a person may edit: its model, the checks of its fields and
the rules across fields and on deletion.

The tables come from the domains that know the rules: the assessment's records
(:mod:`cpdesk.services.editing.assessment_fields`, with the fields an option's savings
calculation adds from :mod:`cpdesk.services.editing.calculation_fields`), the training centre's
(:mod:`cpdesk.services.training.edits`) and its indicators
(:mod:`cpdesk.services.training.indicators`), each with ``FIELDS``, ``check_update`` and
``check_delete``; the last two are read when first needed, so a start of the workbench does
not map the training tables. :mod:`cpdesk.services.editing.applying` reads
only this table, so one code path edits, deletes and restores every kind.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from cpdesk.core.entities import TRAINING_ENTITIES, Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.store.base import SyncedMixin

#: Checks one field's new value on the record; returns the value to store.
Checker = Callable[[Session, Any, Any], Any]
#: Checks rules across fields on the record as it will be after an update (may refuse, and
#: may add a field the update implies: a typed figure's basis).
UpdateCheck = Callable[[Session, Entity, Any, MutableMapping[str, Any]], None]
#: Checks that a record may be deleted (may refuse, saying what to delete first).
DeleteCheck = Callable[[Session, Entity, Any], None]


@dataclass(frozen=True)
class EditableKind:
    """How records of one kind are edited."""

    model: type[SyncedMixin]
    fields: Mapping[str, Checker]
    check_update: UpdateCheck
    check_delete: DeleteCheck


def _kinds(
    fields: Mapping[Entity, tuple[type[SyncedMixin], Mapping[str, Checker]]],
    check_update: UpdateCheck,
    check_delete: DeleteCheck,
) -> dict[Entity, EditableKind]:
    return {
        entity: EditableKind(model, checks, check_update, check_delete) for entity, (model, checks) in fields.items()
    }


def _assessment_check_update(session: Session, entity: Entity, obj: Any, new: MutableMapping[str, Any]) -> None:
    from cpdesk.services.editing import assessment_fields, calculation_fields

    calculation_fields.check_update(session, entity, obj, new)
    assessment_fields.check_update(session, entity, obj, new)


def _assessment_kinds() -> dict[Entity, EditableKind]:
    """The assessment's kinds, with their rules (the calculators' among them): read at the
    first edit, not at start, which needs none of them to show a window."""
    from cpdesk.services.editing import assessment_fields, calculation_fields

    return _kinds(
        {
            entity: (model, {**checks, **calculation_fields.FIELDS.get(entity, {})})
            for entity, (model, checks) in assessment_fields.FIELDS.items()
        },
        _assessment_check_update,
        assessment_fields.check_delete,
    )


#: Every kind of record that can be edited, and how, filled on first use: the assessment's
#: kinds, then the training centre's and the indicators' when first asked for (their tables
#: are not mapped at start, see cpdesk.store.models).
_KINDS: dict[Entity, EditableKind] = {}
#: The domain modules that hold the other kinds' tables.
_LATER = {
    **dict.fromkeys(TRAINING_ENTITIES - {Entity.INDICATOR, Entity.INDICATOR_VALUE}, "cpdesk.services.training.edits"),
    Entity.INDICATOR: "cpdesk.services.training.indicators",
    Entity.INDICATOR_VALUE: "cpdesk.services.training.indicators",
}


def _load(module_name: str) -> None:
    domain = importlib.import_module(module_name)
    _KINDS.update(_kinds(domain.FIELDS, domain.check_update, domain.check_delete))


def _known() -> dict[Entity, EditableKind]:
    if not _KINDS:
        _KINDS.update(_assessment_kinds())
    return _KINDS


def kinds() -> dict[Entity, EditableKind]:
    """Every kind of record that can be edited, and how."""
    _known()
    for module_name in set(_LATER.values()):
        _load(module_name)
    return dict(_KINDS)


def editable(entity: Entity, record_id: uuid.UUID) -> EditableKind:
    """How records of ``entity`` are edited; ValidationError for a kind that cannot be."""
    known = _known()
    if entity not in known and entity in _LATER:
        _load(_LATER[entity])
    kind = known.get(entity)
    if kind is None:
        raise ValidationError(entity, "", record_id, msg("record.kind_not_editable"))
    return kind
