"""Argument checks shared by the core's calculators; each error names what was wrong."""

from __future__ import annotations

import math


def finite(value: float, what: str) -> float:
    """``value`` as a float, or a ValueError naming ``what`` if it is not a finite number."""
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{what} must be a finite number, got {value!r}")
    return number


def positive(value: float, what: str) -> float:
    """``value`` as a float, or a ValueError naming ``what`` if it is not greater than zero."""
    number = finite(value, what)
    if number <= 0:
        raise ValueError(f"{what} must be greater than zero, got {value!r}")
    return number


def in_range(value: float, low: float, high: float, what: str) -> float:
    """``value`` as a float, or a ValueError naming ``what`` if it lies outside [low, high]."""
    number = finite(value, what)
    if not low <= number <= high:
        raise ValueError(f"{what} must lie between {low:g} and {high:g}, got {value!r}")
    return number
