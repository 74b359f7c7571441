"""Layered layout, flow chart, Sankey diagram and bars: checked on small graphs worked by hand."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Path

from cpdesk.core.balance import Balance, NodeBalance, SankeyLink
from cpdesk.report.drawings.bars import nice_ticks
from cpdesk.report.drawings.flowchart import flow_chart
from cpdesk.report.drawings.layout import crossings, layer_nodes
from cpdesk.report.drawings.sankey import sankey
from cpdesk.report.drawings.text import wrap_lines
from cpdesk.report.fonts import REGULAR, text_width
from cpdesk.report.i18n import I18n
from tests.report.helpers import drawn_strings, step_row, stream_row


def test_columns_follow_the_longest_path() -> None:
    # a -> b -> c -> d and a shortcut a -> d: d stays after c, the shortcut gets waypoints
    layering = layer_nodes(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "d"), ("a", "d")])
    assert [layering.column_of[n] for n in "abcd"] == [0, 1, 2, 3]
    assert len(layering.routes[3]) == 4
    assert all(layering.is_dummy(n) for n in layering.routes[3][1:3])
    assert layering.back_edges == frozenset()


def test_a_cycle_is_broken_at_the_edge_against_the_node_order() -> None:
    # condensate returned from "dye" to "boiler" closes a cycle: that edge is the back edge
    layering = layer_nodes(["boiler", "net", "dye"], [("boiler", "net"), ("net", "dye"), ("dye", "boiler")])
    assert layering.back_edges == frozenset({2})
    assert [layering.column_of[n] for n in ("boiler", "net", "dye")] == [0, 1, 2]


def test_barycentre_ordering_removes_a_crossing() -> None:
    # given in the crossing order: a1 feeds b2, a2 feeds b1
    layering = layer_nodes(["a1", "a2", "b1", "b2"], [("a1", "b2"), ("a2", "b1")])
    assert crossings(layering) == 0


def test_fixed_columns_override_the_longest_path() -> None:
    layering = layer_nodes(["in", "s"], [("in", "s")], fixed={"in": -1, "s": 3}, route=[False])
    assert (layering.column_of["in"], layering.column_of["s"]) == (0, 4)


def test_nice_ticks_and_wrapping() -> None:
    assert nice_ticks(450_000) == [0, 100_000, 200_000, 300_000, 400_000, 500_000]
    assert nice_ticks(0) == [0.0, 1.0]
    lines = wrap_lines("Trạm bơm và xử lý nước giếng khoan sâu", REGULAR, 7, 50, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(text_width(line, 7) <= 50 for line in lines)


def test_flow_chart_draws_every_step_and_collapses_a_utility_into_dots() -> None:
    sub = step_row("Substation", 1)
    steps = [sub] + [step_row(f"Step {i}", i + 1, focus=i == 2) for i in range(1, 7)]
    streams = [stream_row("grid", "electricity", None, sub)]
    streams += [stream_row(f"power {s.name}", "electricity", sub, s) for s in steps[1:]]
    streams += [stream_row(f"water {a.name}", "water", a, b) for a, b in zip(steps[1:], steps[2:], strict=False)]
    drawing = flow_chart(steps, streams, I18n("en"), 700, 400)
    words = " ".join(drawn_strings(drawing))
    assert all(step.name in words for step in steps)
    assert "from \u201cSubstation\u201d to 6 steps" in words  # a hub of 6 targets, no fan of arrows
    assert drawing.width <= 700
    assert drawing.height <= 400


def _bands(node: object) -> list[Path]:
    found = []
    for child in getattr(node, "contents", []) or []:
        if isinstance(child, Path) and child.fillColor is not None:
            found.append(child)
        found += _bands(child)
    return found


def test_sankey_band_widths_are_proportional_to_the_amounts() -> None:
    node = NodeBalance("s", "Step", (), (), 150.0, 150.0, ())
    balance = Balance(
        group="water",
        unit="m³",
        streams=(),
        nodes=(node,),
        plant=node,
        specific={},
        production_unit="t",
        sankey_nodes={"s": "Step", "in:a": "A", "in:b": "B", "out:c": "C"},
        sankey_links=(
            SankeyLink("in:a", "s", 100.0, "water", "a"),
            SankeyLink("in:b", "s", 50.0, "water", "b"),
            SankeyLink("s", "out:c", 150.0, "wastewater", "c"),
        ),
    )
    bands = _bands(sankey(balance, I18n("en"), 600, 300))
    # a band's path starts at its top-left corner and its last point is its bottom-left one
    widths = sorted(round(band.points[1] - band.points[-1], 6) for band in bands)
    assert len(widths) == 3
    assert widths[1] / widths[0] == pytest.approx(2.0)
    assert widths[2] / widths[0] == pytest.approx(3.0)


def test_a_long_line_of_steps_wraps_into_bands_instead_of_shrinking() -> None:
    steps = [step_row(f"Step {i:02d}", i) for i in range(40)]
    streams = [stream_row(f"w{i}", "water", a, b) for i, (a, b) in enumerate(zip(steps, steps[1:], strict=False))]
    drawing = flow_chart(steps, streams, I18n("en"), 770, 480)
    assert drawing.width == pytest.approx(770)  # not scaled down: 40 columns would need 40 x 74 points
    assert all(s.name in " ".join(drawn_strings(drawing)) for s in steps)


def test_a_big_balance_is_drawn_with_fewer_larger_nodes() -> None:
    from cpdesk.report.drawings.sankey import MAX_BOUNDARY, MAX_STEPS, simplify

    names = {f"s{i}": f"Step {i}" for i in range(30)}
    links = []
    for i in range(30):
        names[f"in:{i}"] = f"Water in {i}"
        names[f"out:{i}"] = f"Drain {i}"
        links.append(SankeyLink(f"in:{i}", f"s{i}", 10.0 + i, "water", f"a{i}"))
        links.append(SankeyLink(f"s{i}", f"out:{i}", 10.0 + i, "wastewater", f"b{i}"))
    merged_names, merged_links, merged = simplify(names, links, I18n("en"))
    steps = {n for k in merged_links for n in (k.source, k.target) if not n.startswith(("in:", "out:"))}
    assert len(steps) == MAX_STEPS
    assert merged == 30 - (MAX_STEPS - 1)
    assert len({k.source for k in merged_links if k.source.startswith("in:")}) <= MAX_BOUNDARY
    # nothing is lost: what enters and leaves the plant adds up to the same amounts
    assert sum(k.value for k in merged_links if k.source.startswith("in:")) == sum(10.0 + i for i in range(30))
    assert merged_names["in:family:water"] == "Water, condensate (30 streams)"
