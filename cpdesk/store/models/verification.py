"""Period readings of an assessment: what a bill, a meter or the production log says was used
or made over a period, the data of verified savings (IPMVP, :mod:`cpdesk.core.mv`).

One row is one figure of one variable over one period: a carrier's consumption (the variable
is the carrier's code: ``electricity``, ``anthracite``, ``water`` ...) or a driving variable's
value (any other name: ``production``, ``operating_days``, ``cdd``). A period is a span of
whole days, both ends included (a bill from 1 to 31 January is 31 days), so a month, a week
or a day is written the same way. Periods of one variable must not overlap; the services
refuse that, and the uniqueness is theirs, not a constraint of the table, because a deleted
period stays as a tombstone and a new reading of the same month must still be possible.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.store.base import Base, SyncedMixin


class PeriodReading(SyncedMixin, Base):
    """One variable's figure over one period (a month's electricity bill, a month's output)."""

    __tablename__ = "period_reading"

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    #: A carrier's code (consumption) or the name of a driving variable.
    variable: Mapped[str] = mapped_column(String(60))
    period_start: Mapped[date] = mapped_column(Date)
    #: The last day of the period, included.
    period_end: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    #: Canonical unit text (cpdesk.core.units) or, for a driver in a unit cpdesk does not
    #: convert ("pcs", "°C·d"), the text as given.
    unit: Mapped[str] = mapped_column(String(40), default="")
    #: Where the figure comes from: a bill, a meter, the production log, a file imported.
    source: Mapped[str] = mapped_column(String(200), default="")
