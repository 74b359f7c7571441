"""An option's appraisal: its money figures and the CO2 it avoids, side by side.

The appraisal service computes it, and the options screen, the command line and the
assessment report all print it; it lives in core so that the report reads the same type the
service fills without reaching up into the services.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpdesk.core.economics import NpvSensitivity, OptionEconomics
from cpdesk.core.factors import Co2Result
from cpdesk.core.rows import OptionRow


@dataclass(frozen=True)
class OptionAppraisal:
    """An option with its economics and its CO2, every CO2 figure naming its factor set."""

    option: OptionRow
    economics: OptionEconomics
    sensitivity: NpvSensitivity
    co2: Co2Result
    factor_set: str
    grid_year: int | None
