"""Charts of figures at the ends of what entry allows: an investment of 1e-300 VND is valid."""

from __future__ import annotations

import math

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Group, Line, Path, Rect

from cpdesk.core.balance import Balance, NodeBalance, SankeyLink
from cpdesk.report import theme
from cpdesk.report.drawings.bars import hbar_chart, nice_ticks
from cpdesk.report.drawings.sankey import sankey
from cpdesk.report.i18n import I18n


def _shapes(group: Group) -> list[object]:
    found: list[object] = []
    for node in group.contents:
        found.extend(_shapes(node) if isinstance(node, Group) else [node])
    return found


def test_ticks_of_the_smallest_float() -> None:
    """5e-324 / 5 underflows to 0, so there is no power of ten for a step: the axis is 0 and
    5e-324. 1e-300 still has round steps: 1e-300 / 5 = 2e-301, so 0, 2e-301 ... 1e-300."""
    assert nice_ticks(5e-324) == [0.0, 5e-324]
    ticks = nice_ticks(1e-300)
    assert len(ticks) == 6
    assert ticks[1] == 2e-301
    assert math.isclose(ticks[-1], 1e-300)


def test_a_chart_of_1e_300_vnd_at_6e14_vnd_per_usd_draws() -> None:
    """An investment of 1e-300 VND at 6e14 VND/USD is 1.67e-315 USD. Steps: 1.67e-315 / 5 =
    3.3e-316, the round step above it 5e-316, ticks 0, 5e-316, 1e-315, 1.5e-315, 2e-315.
    The plot's width over 2e-315 overflows to infinity, and 0 * infinity is NaN, where the
    ticks are at 0, 1/4, 1/2, 3/4 and all of the width, and the bar 1.67/2 of it."""
    usd = 1e-300 / 6e14
    drawing = hbar_chart(
        [("Good housekeeping", [usd, 0.0], "")],
        [("Investment", theme.INK), ("Savings", theme.OUT_COLOUR)],
        I18n("en"),
        400,
        "USD",
    )
    shapes = _shapes(drawing.contents[0])  # the plot; the legend follows
    ticks = sorted({s.x1 for s in shapes if isinstance(s, Line) and s.strokeWidth == 0.35})
    assert len(ticks) == 5
    assert all(math.isfinite(x) for x in ticks)
    width = ticks[-1] - ticks[0]
    assert [round((x - ticks[0]) / width, 6) for x in ticks] == [0, 0.25, 0.5, 0.75, 1]
    (bar,) = [s for s in shapes if isinstance(s, Rect) and s.fillColor == theme.INK and s.x == ticks[0]]
    assert math.isclose(bar.width / width, usd / 2e-315, rel_tol=1e-6)
    assert renderPDF.drawToString(drawing).startswith(b"%PDF")


def _balance(a: float, b: float) -> Balance:
    """One step fed by two inputs ``a`` and ``b``, all of it leaving as one output."""
    node = NodeBalance("s", "Step", (), (), a + b, a + b, ())
    return Balance(
        group="energy",
        unit="GJ",
        streams=(),
        nodes=(node,),
        plant=node,
        specific={},
        production_unit="t",
        sankey_nodes={"s": "Step", "in:a": "A", "in:b": "B", "out:c": "C"},
        sankey_links=(
            SankeyLink("in:a", "s", a, "steam", "a"),
            SankeyLink("in:b", "s", b, "steam", "b"),
            SankeyLink("s", "out:c", a + b, "condensate", "c"),
        ),
    )


def _band_widths(drawing: object) -> list[float]:
    bands = [s for s in _shapes(drawing) if isinstance(s, Path) and s.fillColor is not None]
    # a band's path starts at its top-left corner and its last point is its bottom-left one
    return sorted(band.points[1] - band.points[-1] for band in bands)


@pytest.mark.parametrize(("a", "b"), [(5e-324, 1e-323), (1e18, 2e18)])
def test_sankey_of_the_smallest_and_largest_balances_fills_its_room(a: float, b: float) -> None:
    """Inputs a and 2a into a step, 3a out: the step's column is the tallest, 3a, and fills the
    room, 300 - 14 - legend - 0 gaps (one node in the column). Bands a : 2a : 3a, so 1/3, 2/3
    and all of the room. 300 / 1.5e-323 overflowed to infinity before (a path at infinity,
    "cannot convert float infinity to integer"); 300 / 3e18 went below the floor of 10^-12
    points per unit, which drew the 3e18 band 3 million points wide on a 300-point plot."""
    widths = _band_widths(sankey(_balance(a, b), I18n("en"), 600, 300))
    assert len(widths) == 3
    assert all(math.isfinite(w) for w in widths)
    assert widths[2] < 300
    assert widths[0] / widths[2] == pytest.approx(1 / 3, rel=1e-6)
    assert widths[1] / widths[2] == pytest.approx(2 / 3, rel=1e-6)


def test_an_infinite_share_runs_to_the_end_of_the_axis() -> None:
    """An indicator at 10^15 against a target of 5e-324 is 100 * 10^15 / 5e-324 = infinity per
    cent of it. The axis is set by the finite bar, 100 %: ticks 0, 20 ... 100, and the
    infinite bar is as long as the axis."""
    share = 100 * 1e15 / 5e-324
    drawing = hbar_chart(
        [("Water", [100.0, share], "")], [("Target", theme.INK), ("Actual", theme.OUT_COLOUR)], I18n("en"), 400, "%"
    )
    shapes = _shapes(drawing.contents[0])
    ticks = sorted({s.x1 for s in shapes if isinstance(s, Line) and s.strokeWidth == 0.35})
    bars = [s for s in shapes if isinstance(s, Rect) and s.x == ticks[0]]
    assert len(ticks) == 6
    assert [b.width for b in bars] == [ticks[-1] - ticks[0]] * 2
