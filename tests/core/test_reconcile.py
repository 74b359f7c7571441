"""Data reconciliation: a published example, hand-worked cases, gross errors, properties.

A dense reference built a different way (null space of the full balance matrix, numpy SVD)
checks the sparse code on random networks, including unobservable and closed ones.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.linalg import null_space

from cpdesk.core.reconcile import (
    FlowStream,
    Reading,
    StreamStatus,
    reconcile,
)

# The heat exchanger with bypass of Narasimhan & Jordache, chapter 1: the feed (1) splits into
# the exchanger line (2 -> 4) and the bypass through a valve (3 -> 5); both join again (6).
NJ_STREAMS = [
    FlowStream("1", None, "split"),
    FlowStream("2", "split", "exchanger"),
    FlowStream("3", "split", "valve"),
    FlowStream("4", "exchanger", "mixer"),
    FlowStream("5", "valve", "mixer"),
    FlowStream("6", "mixer", None),
]
NJ_NODES = ["split", "exchanger", "valve", "mixer"]
NJ_MEASURED = dict(zip("123456", [101.91, 64.45, 34.65, 64.20, 36.44, 98.88], strict=True))


def readings(values: dict[str, float], sigma: float | dict[str, float] = 1.0) -> dict[str, Reading]:
    sig = sigma if isinstance(sigma, dict) else dict.fromkeys(values, sigma)
    return {k: Reading(v, sig[k]) for k, v in values.items()}


# --- (a) published example -------------------------------------------------------------------


def test_narasimhan_jordache_heat_exchanger_with_bypass() -> None:
    """Narasimhan, S. & Jordache, C. (2000), *Data Reconciliation and Gross Error Detection:
    An Intelligent Use of Process Data*, Gulf Publishing, Houston; chapter 1, the flow
    process "heat exchanger with bypass" (six flows, four units, all flows measured, equal
    variances).

    True flows 100, 64, 36, 64, 36, 100; measured 101.91, 64.45, 34.65, 64.20, 36.44, 98.88;
    reconciled flows printed in the book: 100.22, 64.50, 35.72, 64.50, 35.72, 100.22.

    The figures are transcribed from the book as remembered; no copy of the page was at hand
    to re-read, so they deserve one look at the printed table. They are self-consistent: the
    printed reconciled flows are the exact equal-weight solution of the printed measurements
    (worked by hand in the next test), which a misremembered digit would break.
    """
    result = reconcile(NJ_STREAMS, NJ_NODES, readings(NJ_MEASURED))
    published = [100.22, 64.50, 35.72, 64.50, 35.72, 100.22]
    for estimate, expected in zip(result.streams, published, strict=True):
        assert round(estimate.value, 2) == expected
        assert estimate.status is StreamStatus.REDUNDANT
    assert result.global_test.dof == 4  # four independent balances, no unmeasured flow
    assert result.global_test.passed


def test_heat_exchanger_loop_by_hand() -> None:
    """The same network worked in closed form, to more digits than the book prints.

    With x1 = x6 = f, x2 = x4 = h, x3 = x5 = c and f = h + c, equal weights:
      d/dh: -(101.91-f) - (98.88-f) - (64.45-h) - (64.20-h) = 0 -> 2f + 2h = 329.44
      d/dc: -(101.91-f) - (98.88-f) - (34.65-c) - (36.44-c) = 0 -> 2f + 2c = 271.88
    With f = h + c: 4h + 2c = 329.44 and 2h + 4c = 271.88, so h = 64.50, c = 35.72 exactly
    (h = (2*329.44 - 271.88)/6 = 387.0/6 = 64.5, c = (2*271.88 - 329.44)/6 = 214.32/6 = 35.72).
    Chi-square = sum of squared adjustments = 1.69^2 + 0.05^2 + 1.07^2 + 0.30^2 + 0.72^2
    + 1.34^2 = 6.4075 with 4 degrees of freedom.
    """
    result = reconcile(NJ_STREAMS, NJ_NODES, readings(NJ_MEASURED))
    assert [e.value for e in result.streams] == pytest.approx([100.22, 64.5, 35.72, 64.5, 35.72, 100.22], abs=1e-10)
    assert result.global_test.statistic == pytest.approx(6.4075, abs=1e-10)


# --- (b) hand-made cases with closed-form answers ---------------------------------------------


def test_splitter_single_balance() -> None:
    """Feed F = 100 +- 2 splits into P = 60 +- 1 and Q = 35 +- 2: F - P - Q = 0.

    Imbalance r = 100 - 60 - 35 = 5, variance of r V = 4 + 1 + 4 = 9.
    x_F = 100 - 4*5/9 = 97.7778, x_P = 60 + 1*5/9 = 60.5556, x_Q = 35 + 4*5/9 = 37.2222.
    var(x_F) = 4 - 16/9 = 20/9, var(x_P) = 1 - 1/9 = 8/9, var(x_Q) = 20/9.
    chi2 = r^2/V = 25/9 (1 dof, p = 0.0956); each normalised adjustment = |r|/sqrt(V) = 5/3.
    Redundancy of F: (16/9)/4 = 4/9.
    """
    streams = [FlowStream("F", None, "S"), FlowStream("P", "S", None), FlowStream("Q", "S", None)]
    result = reconcile(streams, ["S"], readings({"F": 100, "P": 60, "Q": 35}, {"F": 2, "P": 1, "Q": 2}))
    f, p, q = result.streams
    assert (f.value, p.value, q.value) == pytest.approx((100 - 20 / 9, 60 + 5 / 9, 35 + 20 / 9))
    assert (f.sigma**2, p.sigma**2, q.sigma**2) == pytest.approx((20 / 9, 8 / 9, 20 / 9))
    assert f.redundancy == pytest.approx(4 / 9)
    assert [e.normalized_adjustment for e in (f, p, q)] == pytest.approx([5 / 3] * 3)
    test = result.global_test
    assert (test.statistic, test.dof) == (pytest.approx(25 / 9), 1)
    assert test.p_value == pytest.approx(math.erfc(5 / 3 / math.sqrt(2)))  # chi2(1) tail
    assert test.passed
    assert result.suspect is None


def test_one_balance_cannot_locate_an_error() -> None:
    """With one balance all three readings have the same normalised adjustment: the suspect
    is named with the two others as equivalents (F - P - Q = 100 - 30 - 35 = 35 = 11.7 sigma)."""
    streams = [FlowStream("F", None, "S"), FlowStream("P", "S", None), FlowStream("Q", "S", None)]
    result = reconcile(streams, ["S"], readings({"F": 100, "P": 30, "Q": 35}, 1.7320508075688772))
    assert not result.global_test.passed
    assert {result.suspect, *result.suspect_equivalents} == {"F", "P", "Q"}
    assert len(result.suspect_equivalents) == 2


def test_series_gives_the_weighted_mean() -> None:
    """boundary -> A -> B -> boundary, readings 10 +- 1, 12 +- 2, 11 +- 1: all three flows are
    one value, the inverse-variance mean (10 + 12/4 + 11)/(1 + 1/4 + 1) = 24/2.25 = 10.6667,
    with variance 1/2.25 = 0.4444. chi2 = 0.6667^2 + 1.3333^2/4 + 0.3333^2 = 1.0 (2 dof)."""
    streams = [FlowStream("a", None, "A"), FlowStream("b", "A", "B"), FlowStream("c", "B", None)]
    result = reconcile(streams, ["A", "B"], readings({"a": 10, "b": 12, "c": 11}, {"a": 1, "b": 2, "c": 1}))
    for e in result.streams:
        assert e.value == pytest.approx(24 / 2.25)
        assert e.sigma == pytest.approx(math.sqrt(1 / 2.25))
    assert result.global_test.statistic == pytest.approx(1.0)
    assert result.global_test.dof == 2


def test_unmeasured_stream_in_a_redundant_series() -> None:
    """Same series with b unmeasured: a and c give the mean (10 + 11)/2 = 10.5 with variance
    1/2, and b, computed from the balances, gets the same value and variance."""
    streams = [FlowStream("a", None, "A"), FlowStream("b", "A", "B"), FlowStream("c", "B", None)]
    result = reconcile(streams, ["A", "B"], readings({"a": 10, "c": 11}))
    b = result.stream("b")
    assert b.status is StreamStatus.OBSERVABLE
    assert (b.value, b.sigma) == pytest.approx((10.5, math.sqrt(0.5)))
    assert result.global_test.dof == 1
    assert result.global_test.statistic == pytest.approx(0.5)  # 0.5^2 + 0.5^2


def test_observable_without_redundancy_keeps_readings() -> None:
    """Splitter with Q unmeasured: nothing to adjust (dof 0), Q = F - P = 100 - 60 = 40 with
    sigma sqrt(2^2 + 1^2) = 2.2361; F and P are non-redundant and stay as read."""
    streams = [FlowStream("F", None, "S"), FlowStream("P", "S", None), FlowStream("Q", "S", None)]
    result = reconcile(streams, ["S"], readings({"F": 100, "P": 60}, {"F": 2, "P": 1}))
    f, p, q = result.streams
    assert (f.status, p.status, q.status) == (StreamStatus.NONREDUNDANT,) * 2 + (StreamStatus.OBSERVABLE,)
    assert (f.value, f.sigma, f.redundancy) == (100, 2, 0)
    assert f.normalized_adjustment is None
    assert (q.value, q.sigma) == pytest.approx((40, math.sqrt(5)))
    test = result.global_test
    assert (test.statistic, test.dof, test.p_value, test.critical_value) == (0, 0, 1, None)
    assert test.passed
    assert result.measurement_critical_value is None


def test_unobservable_streams_are_listed_without_value() -> None:
    """Both outputs of the splitter unmeasured: only their sum is known, neither flow is."""
    streams = [FlowStream("F", None, "S"), FlowStream("P", "S", None), FlowStream("Q", "S", None)]
    result = reconcile(streams, ["S"], readings({"F": 100}))
    assert result.unobservable == ("P", "Q")
    assert result.stream("P").value is None
    assert result.stream("P").sigma is None
    assert result.nonredundant == ("F",)


def test_parallel_unmeasured_streams_are_unobservable() -> None:
    """Two unmeasured pipes from A to B form a cycle: their split is unknown, while the
    measured feed and product still reconcile (100 +- 1 vs 98 +- 1 -> 99 each)."""
    streams = [
        FlowStream("feed", None, "A"),
        FlowStream("p1", "A", "B"),
        FlowStream("p2", "A", "B"),
        FlowStream("out", "B", None),
    ]
    result = reconcile(streams, ["A", "B"], readings({"feed": 100, "out": 98}))
    assert result.unobservable == ("p1", "p2")
    assert result.stream("feed").value == pytest.approx(99)
    assert result.stream("out").value == pytest.approx(99)


def test_declared_stock_change() -> None:
    """in - out = +5 (stock build-up): readings 100 and 90 (sigma 1) leave r = 100 - 90 - 5
    = 5, shared equally: in = 97.5, out = 92.5."""
    streams = [FlowStream("in", None, "T"), FlowStream("out", "T", None)]
    result = reconcile(streams, ["T"], readings({"in": 100, "out": 90}), stock_changes={"T": 5})
    assert [e.value for e in result.streams] == pytest.approx([97.5, 92.5])


def test_closed_recycle_loop() -> None:
    """A -> B -> A with no boundary stream: two balances, one independent (dof 1); both
    flows become the weighted mean (20/1 + 26/4)/(1 + 1/4) = 21.2."""
    streams = [FlowStream("ab", "A", "B"), FlowStream("ba", "B", "A")]
    result = reconcile(streams, ["A", "B"], readings({"ab": 20, "ba": 26}, {"ab": 1, "ba": 2}))
    assert [e.value for e in result.streams] == pytest.approx([21.2, 21.2])
    assert result.global_test.dof == 1


def test_relative_uncertainty_helper() -> None:
    reading = Reading.from_relative(-200.0, 0.03)
    assert (reading.value, reading.sigma) == (-200.0, pytest.approx(6.0))
    with pytest.raises(ValueError, match="absolute"):
        Reading.from_relative(0.0, 0.03)
    with pytest.raises(ValueError, match="relative uncertainty"):
        Reading.from_relative(5.0, 0.0)


# --- (c) gross error ----------------------------------------------------------------------------

NJ_RELATIVE = dict(zip("123456", [0.02, 0.025, 0.03, 0.025, 0.03, 0.02], strict=True))


@pytest.mark.parametrize("wrong", list("123456"))
def test_reading_ten_times_too_large_is_flagged(wrong: str) -> None:
    """Every flow of the heat-exchanger network measured at 2-3 %; one reading entered ten
    times too large fails the global test and is the suspect (largest normalised adjustment,
    above the Sidak-corrected critical value)."""
    values = dict(NJ_MEASURED)
    clean = reconcile(
        NJ_STREAMS,
        NJ_NODES,
        {k: Reading.from_relative(v, NJ_RELATIVE[k]) for k, v in values.items()},
    )
    assert clean.global_test.passed
    assert clean.suspect is None
    values[wrong] *= 10
    result = reconcile(
        NJ_STREAMS,
        NJ_NODES,
        {k: Reading.from_relative(v, NJ_RELATIVE[k]) for k, v in values.items()},
    )
    assert not result.global_test.passed
    assert result.suspect == wrong
    assert result.suspect_equivalents == ()
    assert result.stream(wrong).gross_error
    # Sidak over the 6 redundant readings: z = Phi^-1(1 - (1 - 0.95^(1/6))/2) = 2.631
    assert result.measurement_critical_value == pytest.approx(2.631, abs=1e-3)


def test_noise_alone_is_rejected_about_alpha_of_the_time() -> None:
    """Calibration: 1 000 noisy replicates of the network (fixed seed). The global test must
    reject close to 5 % (binomial sd 0.7 %), and the normalised adjustments must be standard
    normal (mean square 1)."""
    rng = np.random.default_rng(2024)
    true = np.array([100.0, 64.0, 36.0, 64.0, 36.0, 100.0])
    sigma = true * np.array(list(NJ_RELATIVE.values()))
    rejected, squares = 0, []
    for _ in range(1000):
        noisy = true + rng.normal(0, sigma)
        result = reconcile(NJ_STREAMS, NJ_NODES, {str(k + 1): Reading(noisy[k], sigma[k]) for k in range(6)})
        rejected += not result.global_test.passed
        squares += [e.normalized_adjustment**2 for e in result.streams]
    assert 0.03 < rejected / 1000 < 0.07
    assert np.mean(squares) == pytest.approx(1.0, abs=0.05)


# --- edge cases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("streams", "nodes", "measured", "message"),
    [
        ([FlowStream("a", None, "A")], [], {}, "no process steps"),
        ([], ["A"], {}, "no streams"),
        ([FlowStream("a", None, "X")], ["A"], {}, "'X' is not a process step"),
        ([FlowStream("a", None, None)], ["A"], {}, "no process step at either end"),
        ([FlowStream("a", "A", "A")], ["A"], {}, "same step"),
        ([FlowStream("a", None, "A"), FlowStream("a", "A", None)], ["A"], {}, "used twice"),
        ([FlowStream("a", None, "A")], ["A", "A"], {}, "unique"),
        ([FlowStream("a", None, "A")], ["A"], {"b": Reading(1, 1)}, "unknown stream 'b'"),
        ([FlowStream("a", None, "A")], ["A"], {"a": Reading(1, 0)}, "stream 'a': uncertainty"),
        ([FlowStream("a", None, "A")], ["A"], {"a": Reading(1, -2)}, "must be > 0"),
        ([FlowStream("a", None, "A")], ["A"], {"a": Reading(math.nan, 1)}, "not a number"),
    ],
)
def test_bad_input_is_named(streams, nodes, measured, message) -> None:
    with pytest.raises(ValueError, match=message):
        reconcile(streams, nodes, measured)


def test_bad_stock_changes_and_alpha() -> None:
    streams = [FlowStream("ab", "A", "B"), FlowStream("ba", "B", "A")]
    with pytest.raises(ValueError, match="unknown step 'C'"):
        reconcile(streams, ["A", "B"], {}, stock_changes={"C": 1.0})
    with pytest.raises(ValueError, match="add up to 0"):  # a closed loop cannot build up stock
        reconcile(streams, ["A", "B"], readings({"ab": 1}), stock_changes={"A": 1.0})
    with pytest.raises(ValueError, match="alpha"):
        reconcile(streams, ["A", "B"], {}, alpha=1.5)


# --- (d) properties -------------------------------------------------------------------------------


@st.composite
def networks(draw: st.DrawFn) -> tuple[list[FlowStream], list[str], np.ndarray, np.ndarray]:
    """Random small networks (the boundary is -1) with true flows that satisfy the balances."""
    n_nodes = draw(st.integers(1, 6))
    ends = st.tuples(st.integers(-1, n_nodes - 1), st.integers(-1, n_nodes - 1)).filter(lambda e: e[0] != e[1])
    pairs = draw(st.lists(ends, min_size=1, max_size=14))
    nodes = [f"n{k}" for k in range(n_nodes)]
    streams = [
        FlowStream(f"s{j}", None if a < 0 else nodes[a], None if b < 0 else nodes[b]) for j, (a, b) in enumerate(pairs)
    ]
    A = incidence(streams, nodes)
    basis = null_space(A)
    coefficients = np.array(draw(st.lists(st.floats(-50, 50), min_size=basis.shape[1], max_size=basis.shape[1])))
    true = basis @ coefficients if basis.size else np.zeros(len(streams))
    measured = np.array(draw(st.lists(st.booleans(), min_size=len(streams), max_size=len(streams))))
    return streams, nodes, true, measured


def incidence(streams: list[FlowStream], nodes: list[str]) -> np.ndarray:
    index = {n: k for k, n in enumerate(nodes)}
    A = np.zeros((len(nodes), len(streams)))
    for j, s in enumerate(streams):
        if s.target is not None:
            A[index[s.target], j] += 1
        if s.source is not None:
            A[index[s.source], j] -= 1
    return A


def dense_reference(A: np.ndarray, y: np.ndarray, sigma: np.ndarray, measured: np.ndarray):
    """Values, sigmas and determinedness from x = N t (N spanning the null space of A)."""
    N = null_space(A)
    scaled = N[measured] / sigma[:, None]
    u, s, vt = np.linalg.svd(scaled, full_matrices=False)
    keep = s > 1e-9
    pinv = (vt[keep].T / s[keep]) @ u[:, keep].T
    x = N @ (pinv @ (y / sigma))
    cov = N @ pinv @ pinv.T @ N.T
    determined = np.linalg.norm(N - N @ pinv @ scaled, axis=1) < 1e-8
    return x, np.sqrt(np.maximum(np.diag(cov), 0)), determined


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(networks(), st.data())
def test_balances_hold_and_uncertainty_shrinks(network, data) -> None:
    streams, nodes, true, measured = network
    rng = np.random.default_rng(data.draw(st.integers(0, 2**32 - 1)))
    sigma = rng.uniform(0.1, 3.0, size=len(streams))
    noisy = true + rng.normal(0, sigma)
    result = reconcile(
        streams,
        nodes,
        {s.id: Reading(noisy[j], sigma[j]) for j, s in enumerate(streams) if measured[j]},
    )
    x = np.array([np.nan if e.value is None else e.value for e in result.streams])
    A = incidence(streams, nodes)
    scale = max(1.0, float(np.nanmax(np.abs(x), initial=0.0)))
    for row in A:  # every balance whose streams are all determined closes
        touching = row != 0
        if not np.isnan(x[touching]).any():
            assert abs(row[touching] @ x[touching]) <= 1e-9 * scale
    for e in result.streams:
        if e.measured is not None:
            assert e.sigma <= e.measured_sigma * (1 + 1e-12)
            assert 0.0 <= e.redundancy <= 1.0 + 1e-12
    ref_x, ref_sd, determined = dense_reference(A, noisy[measured], sigma[measured], measured)
    for j, e in enumerate(result.streams):
        assert (e.value is not None) == determined[j], e
        if e.value is not None:
            assert e.value == pytest.approx(ref_x[j], rel=1e-7, abs=1e-7 * scale)
            assert e.sigma**2 == pytest.approx(ref_sd[j] ** 2, abs=1e-9 * 9.0)


@PROPERTY
@given(networks())
def test_consistent_data_is_left_unchanged(network) -> None:
    streams, nodes, true, measured = network
    result = reconcile(
        streams,
        nodes,
        {s.id: Reading(true[j], 1.0 + j % 3) for j, s in enumerate(streams) if measured[j]},
    )
    scale = max(1.0, float(np.abs(true).max(initial=0.0)))
    for j, e in enumerate(result.streams):
        if e.value is not None:
            assert e.value == pytest.approx(true[j], abs=1e-9 * scale)
    assert result.global_test.statistic <= 1e-12 * scale**2
    assert result.global_test.passed
