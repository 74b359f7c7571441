"""One measure isolated (IPMVP option B) from an assessment's period readings: the measure's
own use and its load, read over the same periods before and after the day it was put in
(a pump's daily kWh and m³ pumped, from a logger: :mod:`cpdesk.services.assessment.period_series`).

:func:`verify_isolated` splits the periods at the day (a period it falls within is in
neither) and hands them to :func:`cpdesk.core.mv.option_b.isolated_saving`: the use per unit
of load before and after, the saving per unit of load with its standard error and its 68 %
and 90 % bounds, and the saving over the after periods' load. :func:`record_isolated_saving`
records it on an option's resource saving, per year and in the saving's unit, method IPMVP
option B, through the one edit path.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError, reason_of
from cpdesk.core.mv.methods import VerificationMethod
from cpdesk.core.mv.option_b import IsolatedSaving, isolated_saving
from cpdesk.core.mv.periods import PeriodSeries, line_up, variable_name
from cpdesk.core.mv.verification import BAND_CONFIDENCE
from cpdesk.services import editing, lookup
from cpdesk.services.assessment.periods import stored_readings
from cpdesk.services.assessment.verification import DAYS_A_YEAR, saving_update
from cpdesk.services.editing import Update
from cpdesk.services.uow import reading
from cpdesk.store.database import Database


@dataclass(frozen=True)
class IsolatedVerification:
    """A measure's use and load before and after, and its saving with its uncertainty."""

    assessment_id: uuid.UUID
    use: str
    load: str
    changed_on: date
    #: The periods before and after the day, with the use (``consumption``) and the load.
    before: PeriodSeries
    after: PeriodSeries
    saving: IsolatedSaving

    @property
    def unit(self) -> str:
        """The use's unit (the saving's)."""
        return self.before.unit


def verify_isolated(
    db: Database, assessment_id: uuid.UUID | str, *, use: str, load: str, changed_on: date
) -> IsolatedVerification:
    """The saving of the measure put in on ``changed_on`` from the readings of its ``use``
    and its ``load`` (variables of the assessment's period readings)."""
    try:
        use_name, load_name = variable_name(use), variable_name(load)
    except CpdeskError as error:
        raise ValidationError(Entity.PERIOD_READING, "variable", use, reason_of(error)) from None
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        readings = stored_readings(session, assessment.id)
    series = line_up(readings, use_name, [load_name])
    before = series.part([end < changed_on for end in series.ends])
    after = series.part([start >= changed_on for start in series.starts])
    found = isolated_saving(before.consumption, before.drivers[load_name], after.consumption, after.drivers[load_name])
    return IsolatedVerification(assessment.id, use_name, load_name, changed_on, before, after, found)


def isolated_saving_update(
    db: Database, option: uuid.UUID | str, found: IsolatedVerification, *, carrier: str
) -> Update:
    """The edit that records ``found``'s saving on ``option``'s resource saving of
    ``carrier``: the saving over the after periods and its 90 % half-width brought to a year
    (× 365.2425 / the after periods' days), method IPMVP option B."""
    per_year = DAYS_A_YEAR / sum(found.after.days)
    bound = next(b for b in found.saving.uncertainty if b.confidence == BAND_CONFIDENCE)
    return saving_update(
        db,
        found.assessment_id,
        option,
        carrier=carrier,
        unit=found.unit,
        quantity=found.saving.saving * per_year,
        half_width=bound.total * per_year,
        method=VerificationMethod.IPMVP_B,
    )


def record_isolated_saving(
    db: Database, option: uuid.UUID | str, found: IsolatedVerification, *, carrier: str
) -> Update:
    """Record ``found``'s saving on ``option`` (:func:`isolated_saving_update` applied);
    returns the edit that undoes it."""
    undo = editing.apply(db, isolated_saving_update(db, option, found, carrier=carrier))
    assert isinstance(undo, Update)
    return undo
