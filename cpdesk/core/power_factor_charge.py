"""The electricity tariff's charge for a low power factor, as data a factor set holds.

A rule says from which power factor nothing is charged (``threshold``), what share of the
active energy bill is charged at each power factor below it (``steps``: cos φ and the share
in %, as a tariff's table lists them), the share below the table's lowest power factor
(``below``) and the smallest registered demand the charge applies to. Vietnam's rule is
Circular 15/2014/TT-BCT: Tq = Ta × k %, nothing from cos φ 0.9. A power factor between two
rows of the table takes the row at or below it (the table lists hundredths; how a bill rounds
a measured cos φ is not part of the rule here). The charge is worked out per billing cycle
from that cycle's power factor; from a year's average power factor it is an estimate.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

__all__ = ["PowerFactorRule", "charge_avoided"]


@dataclass(frozen=True)
class PowerFactorRule:
    """A tariff's charge for a low power factor (see the module's docstring)."""

    threshold: float
    steps: tuple[tuple[float, float], ...]
    below: float
    min_demand_kw: float = 0.0
    source: str = ""

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"the power factor rule's threshold {self.threshold} is not in (0, 1]")
        steps = tuple((float(pf), float(share)) for pf, share in self.steps)
        object.__setattr__(self, "steps", steps)
        last_pf, last_share = self.threshold, 0.0
        for pf, share in steps:
            if not 0.0 < pf < last_pf:
                raise ValueError(f"the power factor rule's steps must fall below {last_pf}: {pf}")
            if not math.isfinite(share) or share < last_share:
                raise ValueError(f"the power factor rule's share at {pf} must not fall below {last_share}: {share}")
            last_pf, last_share = pf, share
        if not math.isfinite(self.below) or self.below < last_share:
            raise ValueError(f"the power factor rule's share below its table must not fall below {last_share}")
        if not math.isfinite(self.min_demand_kw) or self.min_demand_kw < 0:
            raise ValueError(f"the power factor rule's smallest demand is impossible: {self.min_demand_kw}")

    def share(self, power_factor: float) -> float:
        """The share (%) of the active energy bill charged at ``power_factor``."""
        if not 0.0 < power_factor <= 1.0:
            raise ValueError(f"a power factor is in (0, 1]: {power_factor}")
        if power_factor >= self.threshold:
            return 0.0
        for pf, share in self.steps:  # descending: the first row at or below the power factor
            if pf <= power_factor:
                return share
        return self.below

    def applies(self, demand_kw: float | None) -> bool:
        """True when a plant of registered maximum demand ``demand_kw`` pays the charge (an
        unknown demand is taken to pay it)."""
        return demand_kw is None or demand_kw >= self.min_demand_kw

    def to_json(self) -> str:
        """The rule as the JSON a factor set's row keeps."""
        data = {
            "threshold": self.threshold,
            "steps": [list(step) for step in self.steps],
            "below": self.below,
            "min_demand_kw": self.min_demand_kw,
            "source": self.source,
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_data(cls, data: Any) -> PowerFactorRule:
        """A rule from plain JSON values; ValueError naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("a power factor rule is an object")
        try:
            steps = tuple((float(pf), float(share)) for pf, share in data["steps"])
            return cls(
                threshold=float(data["threshold"]),
                steps=steps,
                below=float(data["below"]),
                min_demand_kw=float(data.get("min_demand_kw", 0.0)),
                source=str(data.get("source", "")),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"a power factor rule lacks or mistypes {exc}") from None


def charge_avoided(rule: PowerFactorRule, active_energy_bill: float, before: float, after: float) -> float:
    """The charge a year no longer paid when the power factor goes from ``before`` to
    ``after``, on an active energy bill of ``active_energy_bill`` a year (the same money):
    bill × (share(before) − share(after)) / 100."""
    if not math.isfinite(active_energy_bill) or active_energy_bill < 0:
        raise ValueError(f"an active energy bill is a sum of money at least 0: {active_energy_bill}")
    return active_energy_bill * (rule.share(before) - rule.share(after)) / 100.0
