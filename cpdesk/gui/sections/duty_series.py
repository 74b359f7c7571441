"""The calculator form's plot of a compressor's logger series, when an input follows one.

An input of a compressed-air calculator may take a figure of a compressor's load/unload
duty from a logger series of the assessment (its "From" list: time loaded, mean power
unloaded ...). The form then draws that series coloured by state, so the auditor sees what
the split into loaded, unloaded and off made of the readings. The duty is read once per
series while the form is open (a week of readings takes a moment; the form recomputes at
every keystroke); a series that gives no duty draws nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from cpdesk.core.errors import CpdeskError
from cpdesk.gui.plots.calculator import CalculatorPlot
from cpdesk.services.assessment.calculation_series import FIGURES, SeriesDuty, series_duty


def followed_series(sources: Mapping[str, object]) -> uuid.UUID | None:
    """The series the first input following a series figure follows (``sources``: input
    name -> its source key); None when no input follows one."""
    for key in sources.values():
        kind, _, ref = str(key).partition(":")
        if kind in FIGURES:
            try:
                return uuid.UUID(ref)
            except ValueError:
                continue
    return None


class DutySeries:
    """Draws the followed series on the form's chart, each series read once."""

    def __init__(self, plot: CalculatorPlot, db: Any) -> None:
        self.plot = plot
        self.db = db
        self.read: dict[uuid.UUID, SeriesDuty | None] = {}

    def show(self, sources: Mapping[str, object]) -> bool:
        """Draw the series an input follows; False when none is followed or it gives no duty."""
        series_id = followed_series(sources)
        if series_id is None:
            return False
        if series_id not in self.read:
            try:
                self.read[series_id] = series_duty(self.db, series_id)
            except CpdeskError:  # gone, or no duty: the input's source says so itself
                self.read[series_id] = None
        found = self.read[series_id]
        if found is None:
            return False
        self.plot.draw_duty(found.seconds, found.kw, found.duty.states)
        return True
