"""An assessment's boiler efficiency: typed, or kept from a boiler test by the direct or the
indirect method of :mod:`cpdesk.core.boiler`, so that the savings calculations take it.

The calculators burn fuel at its net calorific value (the factor set's NCV, or one measured
at the plant), so the efficiency kept is on NCV: a direct test gives it when the fuel's NCV
was given; an efficiency on GCV (the heat-loss method's, or a direct test on GCV alone) is
turned into one on NCV with both calorific values, η_NCV = η_GCV × GCV / NCV (the same heat
to steam over the smaller heat of the fuel). Keeping it is an ``Update`` of the assessment
through the one edit path, so undo, the change log and a colleague's change work as for any
field; the options screen then recomputes the calculations that follow it
(:func:`cpdesk.services.assessment.calculations.refresh`).
"""

from __future__ import annotations

import math
import uuid

from cpdesk.core.boiler import DirectEfficiency, IndirectEfficiency
from cpdesk.core.calculators.basis import BoilerEfficiencyMethod
from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.messages import msg
from cpdesk.services.editing import Operation, Update, apply
from cpdesk.store.database import Database

FIELD = "boiler_efficiency_pct"


def on_ncv(efficiency_gcv_pct: float, gcv_kj_per_kg: float, ncv_kj_per_kg: float) -> float:
    """An efficiency on GCV as one on NCV: η × GCV / NCV. ValidationError (the assessment's
    boiler efficiency) for calorific values that are not positive or an NCV above the GCV."""
    if not (gcv_kj_per_kg > 0 and ncv_kj_per_kg > 0 and math.isfinite(gcv_kj_per_kg * ncv_kj_per_kg)):
        raise ValidationError(Entity.ASSESSMENT, FIELD, efficiency_gcv_pct, msg("boiler.ncv_needed"))
    if ncv_kj_per_kg > gcv_kj_per_kg:
        raise ValidationError(Entity.ASSESSMENT, FIELD, ncv_kj_per_kg, msg("boiler.ncv_above_gcv"))
    return efficiency_gcv_pct * gcv_kj_per_kg / ncv_kj_per_kg


def boiler_test_update(
    assessment_id: uuid.UUID | str,
    result: DirectEfficiency | IndirectEfficiency,
    *,
    gcv_kj_per_kg: float | None = None,
    ncv_kj_per_kg: float | None = None,
) -> Update:
    """The edit that keeps a boiler test's efficiency (on NCV) as the assessment's, with its
    method. ValidationError when the result is on GCV and the calorific values to turn it
    to NCV are not both given."""
    if isinstance(result, DirectEfficiency):
        method = BoilerEfficiencyMethod.DIRECT
        efficiency = result.efficiency_ncv_pct
        on_gcv = result.efficiency_gcv_pct
    else:
        method, efficiency, on_gcv = BoilerEfficiencyMethod.INDIRECT, None, result.efficiency_pct
    if efficiency is None:
        if on_gcv is None or gcv_kj_per_kg is None or ncv_kj_per_kg is None:
            raise ValidationError(Entity.ASSESSMENT, FIELD, on_gcv, msg("boiler.ncv_needed"))
        efficiency = on_ncv(on_gcv, gcv_kj_per_kg, ncv_kj_per_kg)
    the_id = assessment_id if isinstance(assessment_id, uuid.UUID) else uuid.UUID(str(assessment_id))
    return Update(Entity.ASSESSMENT, the_id, {FIELD: efficiency, "boiler_efficiency_method": method})


def record_boiler_test(
    db: Database,
    assessment_id: uuid.UUID | str,
    result: DirectEfficiency | IndirectEfficiency,
    *,
    gcv_kj_per_kg: float | None = None,
    ncv_kj_per_kg: float | None = None,
) -> Operation:
    """Keep a boiler test's efficiency as the assessment's (see :func:`boiler_test_update`); the
    operation that undoes it. The edit path refuses an efficiency above 100 %."""
    update = boiler_test_update(assessment_id, result, gcv_kj_per_kg=gcv_kj_per_kg, ncv_kj_per_kg=ncv_kj_per_kg)
    return apply(db, update)


__all__ = ["on_ncv", "record_boiler_test", "boiler_test_update"]
