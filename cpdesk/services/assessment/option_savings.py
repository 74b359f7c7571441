"""Small creations the workbench offers that the shared services do not: a resource saving
added to an option after the option was created.

Same rules as :func:`cpdesk.services.assessment.options.add_option` (the unit must suit the carrier,
only an implemented option has monitored figures), one unit of work per call. Editing and
deleting the saving later go through :mod:`cpdesk.services.editing` ("option_saving").
"""

from __future__ import annotations

import uuid
from typing import Any

from cpdesk.core.errors import ValidationError
from cpdesk.core.vocabulary import Carrier, OptionStatus
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.assessment.flow import allowed_dimensions
from cpdesk.services.assessment.forms import SavingItem
from cpdesk.services.uow import unit_of_work
from cpdesk.store.models import Option, OptionSaving


def add_option_saving(
    db: Any,
    option_id: uuid.UUID | str,
    *,
    carrier: Carrier | str,
    quantity: float,
    unit: str,
    monitored_quantity: float | None = None,
) -> SavingItem:
    """Record that an option saves ``quantity`` ``unit`` of ``carrier`` per year."""
    entity = "option_saving"
    code = check.code(entity, "carrier", carrier, Carrier)
    saving = OptionSaving(
        carrier=code,
        quantity=check.required_number(entity, "quantity", quantity, minimum=0),
        unit=check.unit(entity, "unit", unit, dimensions=allowed_dimensions(code)),
        monitored_quantity=check.number(entity, "monitored_quantity", monitored_quantity, minimum=0, optional=True),
    )
    with unit_of_work(db) as session:
        option = lookup.get(session, Option, option_id, "option")
        if saving.monitored_quantity is not None and option.status != OptionStatus.IMPLEMENTED:
            raise ValidationError(
                entity, "monitored_quantity", monitored_quantity, "only an implemented option has monitored savings"
            )
        saving.option_id = option.id
        session.add(saving)
        session.flush()
        return SavingItem(saving.id, option.id, saving.carrier, saving.quantity, saving.unit, saving.monitored_quantity)
