"""An option's appraisal: its money figures and the CO2 it avoids, side by side.

The appraisal service computes it, and the options screen, the command line and the
assessment report all print it; it lives in core so that the report reads the same type the
service fills without reaching up into the services.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpdesk.core.economics import NpvSensitivity, OptionEconomics
from cpdesk.core.factors import Co2Result, FactorGap
from cpdesk.core.rows import OptionRow


@dataclass(frozen=True)
class OptionAppraisal:
    """An option with its economics and its CO2, every CO2 figure naming its factor set.

    ``co2`` is None when the factor set cannot count one of the option's savings (LPG in
    litres with no density of LPG in the set, natural gas in plain m³ ...); ``co2_gap`` then
    says which, and the option is still listed with its money figures: one saving that
    cannot be counted never hides the other options.
    """

    option: OptionRow
    economics: OptionEconomics
    sensitivity: NpvSensitivity
    co2: Co2Result | None
    factor_set: str
    grid_year: int | None
    co2_gap: FactorGap | None = None

    @property
    def co2_t(self) -> float | None:
        """The CO2 avoided that counts (t/yr), or None when it cannot be computed."""
        return None if self.co2 is None else self.co2.total_t

    @property
    def co2_problem(self) -> str:
        """Why the CO2 is not computed, in one English sentence; "" when it is."""
        return self.co2_gap.message() if self.co2_gap is not None else ""
