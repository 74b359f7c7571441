"""Verified savings added up over many options (a programme's roll-up).

Each option's verified saving carries its half-width at 90 % confidence. Over several options
the savings add, and their uncertainties are combined in quadrature, ΔS = √(Σ ΔSᵢ²): the
errors of different plants' baselines are taken as independent (an assumption the summary
states; uncertainties that move together would add up to Σ ΔSᵢ, more). Savings are added per
carrier and unit, as the estimates are; the estimate of the same savings stands beside the
verified figure, so that the two compare like with like.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

#: The confidence of the half-widths added (the one cpdesk records with a verified saving).
CONFIDENCE = 0.90


@dataclass(frozen=True)
class VerifiedTotal:
    """The verified savings of one carrier in one unit, per year."""

    carrier: str
    unit: str
    #: How many resource savings were verified.
    savings: int
    #: Their estimates, added up (the same savings' ``quantity``).
    estimated: float
    verified: float
    #: ± at :data:`CONFIDENCE`, combined in quadrature.
    uncertainty: float


@dataclass(frozen=True)
class VerifiedSummary:
    """How many options have a verified saving, and the verified totals per carrier."""

    options: int
    totals: tuple[VerifiedTotal, ...]
    confidence: float = CONFIDENCE
    #: The uncertainties were combined in quadrature, as independent.
    independence_assumed: bool = True


def verified_summary(options: int, groups: Iterable[tuple[str, str, int, float, float, float]]) -> VerifiedSummary:
    """The summary of ``options`` options with a verified saving and of ``groups``, each
    (carrier, unit, savings, estimated, verified, sum of the squared half-widths)."""
    totals = tuple(
        VerifiedTotal(carrier, unit, count, estimated, verified, math.sqrt(max(0.0, squares)))
        for carrier, unit, count, estimated, verified, squares in sorted(groups)
    )
    return VerifiedSummary(options, totals)
