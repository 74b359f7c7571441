"""The series a baseline or a reporting period is made of, checked before any arithmetic.

A period's consumption or driver must be a finite number (NaN, infinity and a text such as
"1e400", which overflows to infinity, are refused) and not negative; every series has the
consumption's length; and periods of unequal length (a 28-day February beside a 31-day
March) are refused unless the figures were normalised per day first, because a monthly
model of raw totals would read the length of a month as a change of use (IPMVP Core
Concepts 2022, routine adjustments; ASHRAE Guideline 14-2014 on billing periods). Each refusal is a
:class:`~cpdesk.core.errors.CpdeskError` whose message names the series and the period
(counted from 1), a code of :mod:`cpdesk.core.labels.messages_mv`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg

#: The name a refusal gives the consumption series.
CONSUMPTION = "consumption"

#: Two periods whose lengths differ by less than this (days) count as equal.
LENGTH_TOLERANCE_DAYS = 1e-9

Array = npt.NDArray[np.float64]


def series(name: str, values: Sequence[float], *, expected: int | None = None) -> Array:
    """``values`` as a float array, refused when a value is not finite or negative, or when
    the series has not ``expected`` periods."""
    if expected is not None and len(values) != expected:
        raise CpdeskError(msg("mv.length_mismatch", name=name, count=len(values), expected=expected))
    out = np.empty(len(values), dtype=np.float64)
    for row, value in enumerate(values, start=1):
        number = _finite(name, row, value)
        if number < 0:
            raise CpdeskError(msg("mv.negative", name=name, row=row, value=number))
        out[row - 1] = number
    return out


def _finite(name: str, row: int, value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        number = math.nan
    if not math.isfinite(number):
        raise CpdeskError(msg("mv.not_finite", name=name, row=row, value=str(value)))
    return number


def drivers_of(drivers: Mapping[str, Sequence[float]], expected: int) -> dict[str, Array]:
    """Each driving variable checked as a series of ``expected`` periods."""
    return {name: series(name, values, expected=expected) for name, values in drivers.items()}


def check_lengths(lengths: Sequence[float] | None, expected: int, *, normalised: bool) -> None:
    """Refuse periods of unequal length unless the figures are ``normalised`` per day.

    ``lengths`` are the periods' lengths in days (None: not known, taken as equal)."""
    if lengths is None:
        return
    days = series("days", lengths, expected=expected)
    for row, length in enumerate(days, start=1):
        if length <= 0:
            raise CpdeskError(msg("mv.bad_length", row=row, value=float(length)))
    if not normalised and len(days) and float(days.max() - days.min()) > LENGTH_TOLERANCE_DAYS:
        raise CpdeskError(
            msg("mv.unequal_periods", shortest=float(days.min()), longest=float(days.max())),
        )


def per_day(values: Sequence[float], lengths: Sequence[float]) -> list[float]:
    """Totals of periods turned into daily means: the normalisation that makes periods of
    unequal length comparable (each value divided by its period's days)."""
    return [float(v) / float(d) for v, d in zip(values, lengths, strict=True)]
