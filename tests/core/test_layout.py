"""The layered layout of flow charts and Sankey diagrams (cpdesk.core.layout)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.core.layout import (
    assign_layers,
    count_crossings,
    find_back_edges,
    layered_layout,
    order_layers,
)

# The demo textile plant's steps and the streams between them (boundary streams left out).
PLANT_STEPS = ["well", "boiler", "steam_net", "substation", "prep", "dyeing", "washing", "stenter", "finishing"]
PLANT_STREAMS = [
    ("well", "boiler"),
    ("well", "prep"),
    ("well", "dyeing"),
    ("well", "washing"),
    ("boiler", "steam_net"),
    ("steam_net", "prep"),
    ("steam_net", "dyeing"),
    ("steam_net", "washing"),
    ("steam_net", "stenter"),
    ("prep", "dyeing"),
    ("dyeing", "washing"),
    ("washing", "stenter"),
    ("stenter", "finishing"),
    ("substation", "well"),
    ("substation", "boiler"),
    ("substation", "dyeing"),
    ("substation", "finishing"),
]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def test_every_stream_points_right_on_the_demo_plant() -> None:
    layers = assign_layers(PLANT_STEPS, PLANT_STREAMS)
    assert all(layers[v] > layers[u] for u, v in PLANT_STREAMS)
    # Longest path: substation -> well -> boiler -> steam_net -> prep -> dyeing -> washing -> stenter -> finishing.
    assert [layers[s] for s in ("substation", "well", "boiler", "steam_net", "prep", "dyeing")] == [0, 1, 2, 3, 4, 5]
    assert layers["finishing"] == 8


def test_a_side_input_sits_just_before_what_it_feeds() -> None:
    nodes = ["a", "b", "c", "d", "side"]
    edges = [("a", "b"), ("b", "c"), ("c", "d"), ("side", "d")]
    layers = assign_layers(nodes, edges)
    assert layers["side"] == 2
    assert layers["d"] == 3


def test_condensate_return_is_the_back_edge() -> None:
    nodes = ["boiler", "dyeing", "feed"]  # the feed is listed last on purpose
    edges = [("boiler", "dyeing"), ("dyeing", "boiler"), ("feed", "boiler")]
    assert find_back_edges(nodes, edges) == frozenset({1})
    layers = assign_layers(nodes, edges)
    assert layers["feed"] < layers["boiler"] < layers["dyeing"]


def test_a_cycle_without_sources_and_a_self_loop_are_broken() -> None:
    nodes = ["a", "b", "c"]
    edges = [("a", "b"), ("b", "c"), ("c", "a"), ("b", "b")]
    assert find_back_edges(nodes, edges) == frozenset({2, 3})
    layout = layered_layout(nodes, edges, dict.fromkeys(nodes, (100.0, 40.0)))
    assert [layout.layer_of[n] for n in nodes] == [0, 1, 2]
    assert layout.back_edges == frozenset({2, 3})


def test_barycentre_ordering_removes_a_crossing() -> None:
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "d"), ("b", "c")]
    layers = {"a": 0, "b": 0, "c": 1, "d": 1}
    segments = [(u, v, 1.0) for u, v in edges]
    assert count_crossings([["a", "b"], ["c", "d"]], segments) == 1
    ordered = order_layers(nodes, edges, layers)
    assert count_crossings(ordered, segments) == 0
    assert ordered[1] == ["d", "c"]


def test_long_edges_reserve_a_slot_in_the_layers_they_cross() -> None:
    nodes = ["a", "b", "c"]
    edges = [("a", "b"), ("b", "c"), ("a", "c")]
    ordered = order_layers(nodes, edges, assign_layers(nodes, edges))
    assert len(ordered[1]) == 2  # b and the dummy of a -> c
    layout = layered_layout(nodes, edges, dict.fromkeys(nodes, (100.0, 40.0)))
    assert layout.layers == (("a",), ("b",), ("c",))


def test_a_chain_is_drawn_straight_and_columns_do_not_touch() -> None:
    nodes = ["a", "b", "c"]
    layout = layered_layout(nodes, [("a", "b"), ("b", "c")], dict.fromkeys(nodes, (120.0, 50.0)), layer_gap=40)
    ys = {layout.positions[n][1] for n in nodes}
    assert ys == {0.0}
    assert [layout.positions[n][0] for n in nodes] == [0.0, 160.0, 320.0]
    assert (layout.width, layout.height) == (3 * 120.0 + 2 * 40.0, 50.0)


def test_nodes_are_centred_in_their_column_and_kept_apart() -> None:
    nodes = ["src", "wide", "narrow"]
    edges = [("src", "wide"), ("src", "narrow")]
    sizes = {"src": (80.0, 200.0), "wide": (200.0, 60.0), "narrow": (100.0, 60.0)}
    layout = layered_layout(nodes, edges, sizes, layer_gap=50, node_gap=30)
    assert layout.positions["wide"][0] == 130.0
    assert layout.positions["narrow"][0] == 180.0
    (_, y1), (_, y2) = sorted((layout.positions[n] for n in ("wide", "narrow")), key=lambda p: p[1])
    assert y2 - y1 >= 60 + 30
    # The two targets share the source's height around its centre (100): 100 - 75 = 25 and 115.
    assert sorted(layout.positions[n][1] for n in ("wide", "narrow")) == pytest.approx([25.0, 115.0])


def test_given_layers_are_kept_and_backward_edges_reported() -> None:
    nodes = ["x", "y", "z"]
    layout = layered_layout(
        nodes, [("x", "y"), ("z", "x")], dict.fromkeys(nodes, (10.0, 10.0)), layers={"x": 0, "y": 2, "z": 2}
    )
    assert dict(layout.layer_of) == {"x": 0, "y": 2, "z": 2}
    assert layout.back_edges == frozenset({1})
    assert layout.layers[1] == ()


def test_bad_input_is_named() -> None:
    with pytest.raises(ValueError, match="'ghost'"):
        assign_layers(["a"], [("a", "ghost")])
    with pytest.raises(ValueError, match="no size for node 'b'"):
        layered_layout(["a", "b"], [("a", "b")], {"a": (1.0, 1.0)})
    with pytest.raises(ValueError, match="no layer for node 'b'"):
        layered_layout(["a", "b"], [], {"a": (1.0, 1.0), "b": (1.0, 1.0)}, layers={"a": 0})


@st.composite
def graphs(draw: st.DrawFn) -> tuple[list[int], list[tuple[int, int]], dict[int, tuple[float, float]]]:
    count = draw(st.integers(min_value=1, max_value=14))
    nodes = list(range(count))
    pairs = st.tuples(st.sampled_from(nodes), st.sampled_from(nodes))
    edges = draw(st.lists(pairs, max_size=3 * count))
    sizes = {
        n: (draw(st.floats(min_value=20, max_value=200)), draw(st.floats(min_value=10, max_value=120))) for n in nodes
    }
    return nodes, edges, sizes


@settings(max_examples=150, deadline=None)
@given(graphs())
def test_any_graph_gets_forward_layers_and_no_overlapping_boxes(graph) -> None:  # type: ignore[no-untyped-def]
    nodes, edges, sizes = graph
    layout = layered_layout(nodes, edges, sizes, node_gap=8)
    assert set(layout.positions) == set(nodes)
    assert sorted(n for column in layout.layers for n in column) == nodes
    for i, (u, v) in enumerate(edges):
        if i not in layout.back_edges:
            assert layout.layer_of[v] > layout.layer_of[u]
    # Without its back edges the graph has no cycle: a topological order exists.
    forward = [e for i, e in enumerate(edges) if i not in layout.back_edges]
    assert all(layout.layer_of[v] > layout.layer_of[u] for u, v in forward)
    boxes = {n: (*layout.positions[n], *sizes[n]) for n in nodes}
    for a, b in itertools.combinations(nodes, 2):
        assert not _overlap(boxes[a], boxes[b]), (a, b, boxes[a], boxes[b])
    for x, y, w, h in boxes.values():
        assert x >= 0
        assert y >= -1e-9
        assert x + w <= layout.width + 1e-9
        assert y + h <= layout.height + 1e-9
