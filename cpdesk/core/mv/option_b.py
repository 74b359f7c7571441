"""IPMVP Option B, one measure isolated: before and after series of the same equipment's use
and load (a pump before and after a variable speed drive, a steam line before and after a
trap was repaired), read by a logger over periods of comparable load.

Each period's use per unit of load rᵢ = Eᵢ / Lᵢ (kWh per m³ pumped, kg of steam per t of
product) is averaged before (r̄ₐ over nₐ periods) and after (r̄ᵦ over nᵦ). The saving per unit
of load is d = r̄ₐ − r̄ᵦ, its standard error SE = √(sₐ²/nₐ + sᵦ²/nᵦ) (the independent errors
of two means combined in quadrature, EVO "Statistics and Uncertainty for IPMVP", 2014), and
its half-width t × SE with Student's t at 68 % and 90 %, two-sided, on Welch–Satterthwaite's
degrees of freedom. The saving over the after period is d × ΣLᵦ, with the same relative
uncertainty. Refused: a zero load (the use cannot be normalised to it), and loads before and
after that do not overlap (not comparable: the saving would be an extrapolation).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.mv.inputs import Array, series
from cpdesk.core.mv.savings import CONFIDENCE_LEVELS, t_value


@dataclass(frozen=True)
class NormalisedBound:
    """The saving's half-width at one confidence level."""

    confidence: float
    t: float
    per_load: float
    total: float
    demonstrated: bool


@dataclass(frozen=True)
class IsolatedSaving:
    """The saving of one isolated measure, normalised to its load."""

    specific_before: float
    specific_after: float
    saving_per_load: float
    standard_error: float
    degrees_of_freedom: float
    load_after: float
    saving: float
    uncertainty: tuple[NormalisedBound, ...]


def isolated_saving(
    use_before: Sequence[float],
    load_before: Sequence[float],
    use_after: Sequence[float],
    load_after: Sequence[float],
) -> IsolatedSaving:
    """The saving per unit of load between the before and after series, with its
    uncertainty."""
    rb, lb = _specific("before", use_before, load_before)
    ra, la = _specific("after", use_after, load_after)
    if lb.max() < la.min() or la.max() < lb.min():
        raise CpdeskError(
            msg(
                "mv.load_not_comparable",
                before_low=float(lb.min()),
                before_high=float(lb.max()),
                after_low=float(la.min()),
                after_high=float(la.max()),
            )
        )
    vb, va = float(rb.var(ddof=1)) / len(rb), float(ra.var(ddof=1)) / len(ra)
    se = math.sqrt(vb + va)
    df = _welch(vb, len(rb), va, len(ra))
    d = float(rb.mean() - ra.mean())
    total_load = float(la.sum())
    bounds = []
    for confidence in CONFIDENCE_LEVELS:
        t = t_value(confidence, df)
        half = t * se
        bounds.append(NormalisedBound(confidence, t, half, half * total_load, abs(d) > half))
    return IsolatedSaving(
        specific_before=float(rb.mean()),
        specific_after=float(ra.mean()),
        saving_per_load=d,
        standard_error=se,
        degrees_of_freedom=df,
        load_after=total_load,
        saving=d * total_load,
        uncertainty=tuple(bounds),
    )


def _specific(which: str, use: Sequence[float], load: Sequence[float]) -> tuple[Array, Array]:
    """Use per unit of load of each period, and the loads; at least three periods each."""
    name = f"use_{which}"
    e = series(name, use)
    if len(e) < 3:  # one parameter (the mean) plus two, as for a baseline
        raise CpdeskError(msg("mv.too_few_periods", count=len(e), parameters=1, needed=3))
    loads = series(f"load_{which}", load, expected=len(e))
    for row, value in enumerate(loads, start=1):
        if value == 0:
            raise CpdeskError(msg("mv.zero_load", name=f"load_{which}", row=row))
    return e / loads, loads


def _welch(vb: float, nb: int, va: float, na: int) -> float:
    """Welch–Satterthwaite degrees of freedom of the difference of two means, from each
    mean's variance; the pooled nₐ + nᵦ − 2 when both are exact (no spread at all)."""
    top = (vb + va) ** 2
    bottom = (vb**2) / (nb - 1) + (va**2) / (na - 1)
    return float(top / bottom) if bottom > 0 else float(nb + na - 2)
