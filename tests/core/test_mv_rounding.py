"""A verified saving is written to two significant figures of its uncertainty, the same on
the screen, in the reports and in the options table (one rule, cpdesk.core.mv.rounding)."""

from __future__ import annotations

import math

import pytest

from cpdesk.core.mv.rounding import uncertainty_decimals


@pytest.mark.parametrize(
    ("uncertainty", "decimals"),
    [
        (58.81, 0),  # 751 ± 59: log10 58.81 = 1.77, two figures are the tens and the units
        (5.881, 1),  # 75.1 ± 5.9
        (0.31, 2),  # 0.52 ± 0.31
        (0.0099, 4),  # 0.0099: log10 = -2.004, floor -3, 1 - (-3) = 4
        (9827.0, 0),  # 51 554 ± 9 827: never fewer than none
    ],
)
def test_two_significant_figures_of_the_uncertainty(uncertainty: float, decimals: int) -> None:
    assert uncertainty_decimals(uncertainty) == decimals


@pytest.mark.parametrize("uncertainty", [0.0, -1.0, math.inf, math.nan])
def test_no_rule_without_a_finite_positive_uncertainty(uncertainty: float) -> None:
    assert uncertainty_decimals(uncertainty) is None
