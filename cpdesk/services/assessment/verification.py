"""Verified savings of an assessment: a carrier's baseline model fitted on its stored period
readings, and the savings of the reporting period against it (IPMVP option C, the plant's
meters and bills), by :mod:`cpdesk.core.mv.verification`.

:func:`verify_carrier` is the one call: it reads the readings of the carrier and of its
drivers, lines them up, and fits. The reporting period starts on the day given, or else on
the latest implementation date of the assessment's implemented options (a period that this
day falls within is left out of both periods); with neither, every period is the baseline
and there are no savings. The result (:class:`AssessmentVerification`) holds every figure a
screen or a report shows:

- ``verification.model``: coefficients with standard errors, t and p; R², CV(RMSE), NMBE,
  Durbin–Watson, ρ; Guideline 14's verdict with its source; the warnings;
- ``verification.savings``: per reporting period the adjusted baseline, actual, avoided and
  cumulative; the totals, the savings fraction and the uncertainty at 68 % and 90 %;
- :func:`verified_saving_update` turns the saving into the edit that records it on an
  option's resource saving of the carrier (per year, in the saving's unit, with its 90 %
  half-width and the method), applied through :mod:`cpdesk.services.editing` so that undo
  works; the programme summary adds these up (:mod:`cpdesk.services.assessment.summary`);
- the plots: consumption against the first driver (``verification.points(reporting=...)``
  and ``verification.line``, the fitted line with its 90 % prediction band, per day when
  ``verification.per_day``), baseline against actual over time (``series.starts``,
  ``expected``, ``series.consumption``), and the CUSUM (``verification.cusum``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from cpdesk.core import units
from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError, reason_of
from cpdesk.core.messages import Term, msg
from cpdesk.core.mv.methods import VerificationMethod
from cpdesk.core.mv.periods import line_up, variable_name
from cpdesk.core.mv.verification import BAND_CONFIDENCE, Verification, verify
from cpdesk.core.vocabulary import OptionStatus
from cpdesk.services import editing, lookup
from cpdesk.services.assessment.periods import stored_readings
from cpdesk.services.editing import Update
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Option, OptionSaving

#: Where the reporting period's start came from.
GIVEN = "given"
IMPLEMENTED = "implemented_options"


@dataclass(frozen=True)
class AssessmentVerification:
    """A carrier's baseline and verified saving in an assessment."""

    assessment_id: uuid.UUID
    carrier: str
    drivers: tuple[str, ...]
    #: The reporting period's first day, and where it came from (:data:`GIVEN`,
    #: :data:`IMPLEMENTED`); None when every period is the baseline.
    reporting_from: date | None
    reporting_from_source: str | None
    verification: Verification


def verify_carrier(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    carrier: str,
    drivers: Sequence[str] = (),
    reporting_from: date | None = None,
    interval: str | None = None,
) -> AssessmentVerification:
    """Fit ``carrier``'s baseline against ``drivers`` (none: the mean model) on the
    assessment's period readings and verify the reporting period's savings; ``interval``
    chooses Guideline 14's criteria (monthly, daily, hourly; None: from the periods)."""
    try:
        name = variable_name(carrier)
        driver_names = tuple(variable_name(d) for d in drivers)
    except CpdeskError as error:
        raise ValidationError(Entity.PERIOD_READING, "variable", carrier, reason_of(error)) from None
    with reading(db) as session:
        assessment = lookup.assessment(session, assessment_id)
        readings = stored_readings(session, assessment.id)
        source = GIVEN if reporting_from is not None else None
        if reporting_from is None:
            reporting_from = session.execute(
                select(func.max(Option.implemented_on)).where(
                    Option.assessment_id == assessment.id,
                    Option.deleted_at.is_(None),
                    Option.status == OptionStatus.IMPLEMENTED,
                )
            ).scalar_one_or_none()
            source = IMPLEMENTED if reporting_from is not None else None
    series = line_up(readings, name, driver_names)
    return AssessmentVerification(
        assessment_id=assessment.id,
        carrier=name,
        drivers=driver_names,
        reporting_from=reporting_from,
        reporting_from_source=source,
        verification=verify(series, reporting_from, interval),
    )


#: Days of a year, to bring a reporting period's saving to a year (the Gregorian mean).
DAYS_A_YEAR = 365.2425


def verified_saving_update(db: Database, option: uuid.UUID | str, found: AssessmentVerification) -> Update:
    """The edit that records ``found``'s saving on ``option``'s resource saving of the
    carrier (the option by its id or its code in the assessment): the saving and its 90 %
    half-width brought to a year (× 365.2425 / the reporting period's days) and to the
    saving's unit, method IPMVP option C. Apply it with ``editing.apply``."""
    v = found.verification
    if v.savings is None:
        raise CpdeskError(msg("mv.no_reporting_start"))
    days = sum(d for d, r in zip(v.series.days, v.reporting, strict=True) if r)
    per_year = DAYS_A_YEAR / days
    bound = next(u for u in v.savings.uncertainty if u.confidence == BAND_CONFIDENCE)
    return saving_update(
        db,
        found.assessment_id,
        option,
        carrier=found.carrier,
        unit=v.series.unit,
        quantity=v.savings.total_avoided * per_year,
        half_width=bound.absolute * per_year,
        method=VerificationMethod.IPMVP_C,
    )


def saving_update(
    db: Database,
    assessment_id: uuid.UUID,
    option: uuid.UUID | str,
    *,
    carrier: str,
    unit: str,
    quantity: float,
    half_width: float,
    method: VerificationMethod,
) -> Update:
    """The edit that records a verified saving of ``quantity`` ± ``half_width`` ``unit`` a
    year on ``option``'s resource saving of ``carrier``, in the saving's own unit."""
    with reading(db) as session:
        chosen = _option(session, assessment_id, option)
        saving = session.execute(
            select(OptionSaving).where(
                OptionSaving.option_id == chosen.id,
                OptionSaving.deleted_at.is_(None),
                type_coerce(OptionSaving.carrier, String) == carrier,
            )
        ).scalar_one_or_none()
        if saving is None:
            said = Term("Carrier", carrier)
            raise CpdeskError(msg("mv.no_saving_of_carrier", option=chosen.code or chosen.title, carrier=said))
        try:
            scale = units.convert(1.0, unit, saving.unit) if unit != saving.unit else 1.0
        except ValueError:
            raise CpdeskError(msg("mv.saving_unit_mismatch", unit=unit, saving_unit=saving.unit)) from None
        fields = {
            "verified_quantity": quantity * scale,
            "verified_uncertainty": half_width * scale,
            "verified_method": method,
        }
        return Update(Entity.OPTION_SAVING, saving.id, fields, seen=saving.version)


def record_verified_saving(db: Database, option: uuid.UUID | str, found: AssessmentVerification) -> Update:
    """Record ``found``'s saving on ``option``'s saving of the carrier
    (:func:`verified_saving_update` applied); returns the edit that undoes it."""
    undo = editing.apply(db, verified_saving_update(db, option, found))
    assert isinstance(undo, Update)
    return undo


def _option(session: Session, assessment_id: uuid.UUID, key: uuid.UUID | str) -> Option:
    """A live option of the assessment by its id, a unique prefix of it, or its code."""
    text = str(key).strip()
    live = select(Option).where(Option.assessment_id == assessment_id, Option.deleted_at.is_(None))
    found = session.execute(live.where(Option.code == text)).scalars().all()
    if len(found) != 1:
        prefix = text.lower().replace("-", "")
        found = [o for o in session.execute(live).scalars() if len(prefix) >= 4 and o.id.hex.startswith(prefix)]
    if len(found) != 1:
        raise NotFoundError(Entity.OPTION, text)
    return found[0]
