"""The demo textile plant's monthly bills and production log, for verified savings.

``textile_periods.json`` gives 24 months: the 12 of 2003, before the assessment, as the
baseline, and the 12 from November 2004, after the last implemented option (10 October
2004), as the reporting period (the months between, while the options went in, are not
given). Each month has the plant's electricity, anthracite and water and its production, so
``cpdesk mv savings`` on the demo fits a baseline per carrier against production and shows
the coal and water the implemented options saved, with their uncertainty; the file's note
says how the figures were made.
"""

from __future__ import annotations

import calendar
import uuid
from datetime import date
from typing import Any

from cpdesk.services.assessment.periods import add_period
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database

#: The file's columns after the month, as variables.
VARIABLES = ("electricity", "anthracite", "water", "production")


def write_periods(db: Database, assessment_id: uuid.UUID, data: dict[str, Any]) -> int:
    """Store the months of ``data`` (the file, its texts in one language) in the assessment,
    in one unit of work; returns the number of readings stored."""
    count = 0
    with unit_of_work(db):
        for month, *values in data["months"]:
            year, number = (int(part) for part in month.split("-"))
            first = date(year, number, 1)
            last = date(year, number, calendar.monthrange(year, number)[1])
            for variable, value in zip(VARIABLES, values, strict=True):
                add_period(
                    db,
                    assessment_id,
                    variable=variable,
                    period_start=first,
                    period_end=last,
                    value=float(value),
                    unit=data["units"][variable],
                    source=data["source"],
                )
                count += 1
    return count
