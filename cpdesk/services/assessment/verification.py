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

from sqlalchemy import func, select

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError, reason_of
from cpdesk.core.mv.periods import line_up, variable_name
from cpdesk.core.mv.verification import Verification, verify
from cpdesk.core.vocabulary import OptionStatus
from cpdesk.services import lookup
from cpdesk.services.assessment.periods import stored_readings
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Option

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
) -> AssessmentVerification:
    """Fit ``carrier``'s baseline against ``drivers`` (none: the mean model) on the
    assessment's period readings and verify the reporting period's savings."""
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
        verification=verify(series, reporting_from),
    )
