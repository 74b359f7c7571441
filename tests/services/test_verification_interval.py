"""The data interval a baseline is held to can be chosen: monthly bills judged by the
hourly pair of Guideline 14's criteria (CV(RMSE) 30 %, NMBE 10 %) instead of the monthly one
their lengths choose; everything else of the fit stays the same."""

from __future__ import annotations

import pytest

from cpdesk.core.errors import CpdeskError
from cpdesk.services.assessment import verification
from tests.services.test_verification import assessment  # noqa: F401  (the fixture, by name)


def test_the_interval_chooses_the_criteria_and_nothing_else(db, assessment) -> None:  # noqa: F811
    chosen = verification.verify_carrier(db, assessment.id, carrier="electricity", drivers=["production"])
    hourly = verification.verify_carrier(
        db, assessment.id, carrier="electricity", drivers=["production"], interval="hourly"
    )
    assert chosen.verification.model.criteria.interval == "monthly"  # months of 28 to 31 days
    assert (hourly.verification.model.criteria.cv_rmse_max, hourly.verification.model.criteria.nmbe_max) == (30, 10)
    assert hourly.verification.model.coefficients == chosen.verification.model.coefficients
    with pytest.raises(CpdeskError):
        verification.verify_carrier(db, assessment.id, carrier="electricity", interval="yearly")
