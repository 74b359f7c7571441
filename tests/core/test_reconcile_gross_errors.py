"""Serial elimination of gross errors, and flows held at 0: hand-worked networks.

The three-step network, every figure below worked by hand (equal absolute uncertainties, so
that the reconciliation is an orthogonal projection):

    boundary -s1-> A,  A -s2-> B,  A -s3-> C,  B -s4-> C,  B -s5-> boundary,
    C -s6-> boundary,  C -s7-> A (a recycle)

True flows s1..s7 = 100, 70, 50, 30, 40, 60, 20 (A: 100 + 20 = 70 + 50; B: 70 = 30 + 40;
C: 50 + 30 = 60 + 20). Every reading has sigma 1 (about 1 % to 5 % of these flows).

With W = I the constraint matrix B (rows A, B, C; +1 where a stream enters, -1 where it
leaves; the boundary's row dropped) has the columns
    s1 (1,0,0)  s2 (-1,1,0)  s3 (-1,0,1)  s4 (0,-1,1)  s5 (0,-1,0)  s6 (0,0,-1)  s7 (1,0,-1)
and L = B B^T = [[4,-1,-2], [-1,3,-1], [-2,-1,4]]: det 24, 24 L^-1 = M = [[11,6,7], [6,12,6],
[7,6,11]]. The adjustments are -P e, with P = B^T L^-1 B and e the readings' errors; the
measurement test of reading j is |(P e)_j| / sqrt(P_jj).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from scipy.optimize import minimize

from cpdesk.core import flow_bounds
from cpdesk.core.reconcile import EliminationStop, FlowStream, Reading, StreamStatus, reconcile
from tests.core.test_reconcile import incidence, networks

STREAMS = [
    FlowStream("s1", None, "A"),
    FlowStream("s2", "A", "B"),
    FlowStream("s3", "A", "C"),
    FlowStream("s4", "B", "C"),
    FlowStream("s5", "B", None),
    FlowStream("s6", "C", None),
    FlowStream("s7", "C", "A"),
]
NODES = ["A", "B", "C"]
TRUE = {"s1": 100.0, "s2": 70.0, "s3": 50.0, "s4": 30.0, "s5": 40.0, "s6": 60.0, "s7": 20.0}


def readings(**wrong: float) -> dict[str, Reading]:
    return {k: Reading(wrong.get(k, v), 1.0) for k, v in TRUE.items()}


def test_a_reading_ten_times_too_large_flags_all_seven_and_elimination_names_it() -> None:
    """s2 read 700 instead of 70: e = 630 on s2 alone.

    M b2 = M (-1,1,0) = (-5, 6, -1), so 24 P[:, s2] = b_j . (-5, 6, -1) =
        s1 -5, s2 11, s3 4, s4 -7, s5 -6, s6 1, s7 -4
    and 24 P_jj = b_j^T M b_j = 11, 11, 8, 11, 12, 11, 8 (trace 72/24 = 3 = dof).
    Measurement tests z_j = 630 |24 P_j2| / sqrt(24 * 24 P_jj):
        s1 630*5/sqrt(264) = 193.87   s2 630*11/sqrt(264) = 426.51  s3 630*4/sqrt(192) = 181.87
        s4 630*7/sqrt(264) = 271.42   s5 630*6/sqrt(288) = 222.74   s6 630/sqrt(264) = 38.77
        s7 630*4/sqrt(192) = 181.87
    The Sidak critical value for 7 tests at 5 % is Phi^-1(1 - (1 - 0.95^(1/7))/2) = 2.683:
    all seven readings fail their test. s2's is the largest, as it must be for a single error
    (|P_j2| <= sqrt(P_jj P_22), Cauchy-Schwarz).
    First pass: x = y - 630 * 24 P[:, s2] / 24 = y - 26.25 * (-5, 11, 4, -7, -6, 1, -4):
        231.25, 411.25, -55, 213.75, 197.5, 33.75, 125 (s3 even turns negative);
    chi-square = 630^2 * P_22 = 396 900 * 11/24 = 181 912.5 with 3 dof.
    Serial elimination drops s2; the six readings left are exact, so the balances hold with
    them as read (chi-square 0, 2 dof) and s2 is computed from them: 100 + 20 - 50 = 70.
    """
    result = reconcile(STREAMS, NODES, readings(s2=700.0))
    z = [e.normalized_adjustment for e in result.streams]
    hand = [3150 / math.sqrt(264), 6930 / math.sqrt(264), 2520 / math.sqrt(192), 4410 / math.sqrt(264)]
    hand += [3780 / math.sqrt(288), 630 / math.sqrt(264), 2520 / math.sqrt(192)]
    assert z == pytest.approx(hand, rel=1e-12)
    assert result.measurement_critical_value == pytest.approx(2.683, abs=1e-3)
    assert all(e.gross_error for e in result.streams)  # the per-reading test flags all seven
    assert [e.value for e in result.streams] == pytest.approx([231.25, 411.25, -55, 213.75, 197.5, 33.75, 125])
    assert result.global_test.statistic == pytest.approx(181_912.5)
    assert result.suspect == "s2"

    assert result.suspected == ("s2",)  # serial elimination names exactly that one
    elimination = result.elimination
    assert elimination is not None
    assert elimination.stopped is EliminationStop.PASSED
    assert elimination.passed
    without = elimination.result
    assert without.stream("s2").status is StreamStatus.OBSERVABLE
    assert [e.value for e in without.streams] == pytest.approx(list(TRUE.values()), abs=1e-9)
    assert (without.global_test.statistic, without.global_test.dof) == (pytest.approx(0, abs=1e-9), 2)
    assert not any(e.gross_error for e in without.streams)


@pytest.mark.parametrize("wrong", ["s1", "s2", "s4", "s5", "s6"])
def test_elimination_names_the_one_wrong_reading_wherever_it_is(wrong: str) -> None:
    """Each of these readings entered ten times too large: serial elimination drops exactly
    it and gives back the true flows (the other readings are exact)."""
    result = reconcile(STREAMS, NODES, readings(**{wrong: 10 * TRUE[wrong]}))
    assert result.suspected == (wrong,)
    assert result.elimination is not None
    assert [e.value for e in result.elimination.result.streams] == pytest.approx(list(TRUE.values()), abs=1e-9)


@pytest.mark.parametrize("wrong", ["s3", "s7"])
def test_readings_the_balances_cannot_tell_apart_are_not_guessed(wrong: str) -> None:
    """s3 (A -> C) and s7 (C -> A) have opposite columns of B, (-1,0,1) and (1,0,-1): an error
    on either moves the balances the same way, so their tests are equal (24 P_33 = 24 P_77
    = 8, 24 P_37 = -8). Elimination stops and names both as undecided; it drops neither."""
    result = reconcile(STREAMS, NODES, readings(**{wrong: 10 * TRUE[wrong]}))
    assert result.elimination is not None
    assert result.elimination.stopped is EliminationStop.INDISTINGUISHABLE
    assert result.elimination.undecided == ("s3", "s7")
    assert result.suspected == ()
    assert {result.suspect, *result.suspect_equivalents} == {"s3", "s7"}


def test_two_wrong_readings_are_dropped_in_order() -> None:
    """s2 read 700 (e = 630) and s6 read 600 (e = 540).

    First pass: with M b6 = (-7, -6, -11), 24 P[:, s6] = -7, 1, -4, -5, 6, 11, 4, and the
    test numerators 630 * 24 P_j2 + 540 * 24 P_j6 are
        s1 -6930, s2 7470, s3 360, s4 -7110, s5 -540, s6 6570, s7 -360,
    over sqrt(24 * 24 P_jj): s2 7470/sqrt(264) = 459.75 is the largest (s4 437.59, s1 426.51,
    s6 404.36): drop s2.
    Second pass, s2 unmeasured: A and B merge into one group AB. Readings s1 (in), s3, s4
    (AB -> C), s5 (out), s6 (C -> out), s7 (C -> AB): L = [[5,-3], [-3,4]], det 11,
    11 L^-1 = [[4,3], [3,5]]; b6 = (0,-1) gives 11 P[:, s6] = s1 -3, s3 -2, s4 -2, s5 3,
    s6 5, s7 2 and 11 P_jj = 4, 3, 3, 4, 5, 3. Tests 540 |11 P_j6| / sqrt(11 * 11 P_jj):
    s6 2700/sqrt(55) = 364.08, s1 = s5 1620/sqrt(44) = 244.22, s3 = s4 = s7 1080/sqrt(33)
    = 188.0: drop s6. The readings left are exact: chi-square 0 with 1 dof.
    """
    result = reconcile(STREAMS, NODES, readings(s2=700.0, s6=600.0))
    first = [e.normalized_adjustment for e in result.streams]
    assert first[1] == pytest.approx(7470 / math.sqrt(264))
    assert max(first) == first[1]
    assert result.suspected == ("s2", "s6")
    assert result.elimination is not None
    without = result.elimination.result
    assert without.global_test.dof == 1
    assert without.global_test.passed
    assert without.stream("s2").value == pytest.approx(70)
    assert without.stream("s6").value == pytest.approx(60)


def test_no_elimination_when_the_global_test_passes() -> None:
    result = reconcile(STREAMS, NODES, readings(s1=100.5, s5=39.6))
    assert result.global_test.passed
    assert result.elimination is None
    assert result.suspected == ()


SPLITTER = [FlowStream("F", None, "S"), FlowStream("P", "S", None), FlowStream("Q", "S", None)]


def test_an_unmeasured_flow_that_would_be_negative_is_held_at_zero() -> None:
    """Feed F = 100 +- 2 and product P = 125.9 +- 1 are measured, the loss Q is not.

    Unbounded: Q = F - P = -25.9, F and P kept as read (nothing else determines them).
    With flows >= 0: Q is held at 0, so F - P = 0 and the imbalance -25.9 (variance 4 + 1
    = 5) is shared by weight: F = 100 + 4 * 25.9/5 = 120.72, P = 125.9 - 1 * 25.9/5 =
    120.72; var(F) = var(P) = 1/(1/4 + 1/1) = 0.8. The tests are those of the unbounded
    problem: dof 0, nothing to test.
    """
    measured = {"F": Reading(100.0, 2.0), "P": Reading(125.9, 1.0)}
    assert reconcile(SPLITTER, ["S"], measured).stream("Q").value == pytest.approx(-25.9)
    result = reconcile(SPLITTER, ["S"], measured, nonnegative=True)
    q = result.stream("Q")
    assert (q.value, q.sigma, q.at_bound, q.status) == (0.0, 0.0, True, StreamStatus.OBSERVABLE)
    assert result.at_bound == ("Q",)
    f, p = result.stream("F"), result.stream("P")
    assert (f.value, p.value) == pytest.approx((120.72, 120.72))
    assert (f.sigma**2, p.sigma**2) == pytest.approx((0.8, 0.8))
    assert not f.at_bound
    assert not p.at_bound
    assert result.global_test.dof == 0


def test_a_negative_reconciled_reading_is_held_at_zero() -> None:
    """The network above with s2 read 700: the first pass takes the reading s3 to -55 (see
    the first test). With flows >= 0, s3 is held at 0 and the others still balance."""
    result = reconcile(STREAMS, NODES, readings(s2=700.0), nonnegative=True)
    assert result.at_bound == ("s3",)
    values = {e.stream_id: e.value for e in result.streams}
    assert values["s3"] == 0
    assert min(values.values()) == 0
    assert values["s1"] + values["s7"] == pytest.approx(values["s2"] + values["s3"])  # A
    assert values["s2"] == pytest.approx(values["s4"] + values["s5"])  # B
    assert values["s3"] + values["s4"] == pytest.approx(values["s6"] + values["s7"])  # C
    assert result.global_test.statistic == pytest.approx(181_912.5)  # the unbounded test
    assert result.suspected == ("s2",)
    assert result.elimination is not None
    assert result.elimination.result.at_bound == ()


def test_bounds_leave_positive_flows_exactly_as_they_were() -> None:
    unbounded = reconcile(STREAMS, NODES, readings(s1=101.0, s4=29.0))
    assert reconcile(STREAMS, NODES, readings(s1=101.0, s4=29.0), nonnegative=True) == unbounded


def test_a_balance_that_needs_a_negative_flow_is_refused_with_the_reason() -> None:
    """Step T receives only the unmeasured stream 'in' and declares a stock change of -5
    (in - out = -5 with no out): 'in' would be -5. Held at 0, T exchanges nothing and its
    stock change cannot be met: refused, naming the stream and the step."""
    streams = [FlowStream("in", None, "T"), FlowStream("a", None, "U"), FlowStream("b", "U", None)]
    measured = {"a": Reading(5.0, 1.0), "b": Reading(5.0, 1.0)}
    assert reconcile(streams, ["T", "U"], measured, stock_changes={"T": -5.0}).stream("in").value == pytest.approx(-5)
    with pytest.raises(ValueError, match=r"flows of in at 0 or more: steps T exchange nothing"):
        reconcile(streams, ["T", "U"], measured, stock_changes={"T": -5.0}, nonnegative=True)


# --- the bounded solution against a general solver ------------------------------------------

BOUNDED = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(networks(), st.data(), st.booleans())
def test_bounded_solution_is_the_optimum_of_the_constrained_problem(network, data, from_negatives) -> None:
    """On random networks whose true flows may be negative (so that bounds bind), the held
    flows and the others minimise the weighted squares under the balances and x >= 0 on
    every determined flow: checked against SLSQP on the full problem. Equal objectives
    (not equal values: with several optima the flows may differ) and no flow below 0.
    ``from_negatives``: start as for a large chart (the negative flows, not bounded least
    squares), so that the release of bounds is what finds the optimum."""
    with pytest.MonkeyPatch.context() as patch:
        if from_negatives:
            patch.setattr(flow_bounds, "DENSE_LIMIT", 0)
        _check_bounded_optimum(network, data)


def _check_bounded_optimum(network, data) -> None:
    streams, nodes, true, measured = network
    rng = np.random.default_rng(data.draw(st.integers(0, 2**32 - 1)))
    sigma = rng.uniform(0.5, 2.0, size=len(streams))
    noisy = true + rng.normal(0, sigma)
    readings = {s.id: Reading(noisy[j], sigma[j]) for j, s in enumerate(streams) if measured[j]}
    result = reconcile(streams, nodes, readings, nonnegative=True, eliminate=False)
    x = np.array([np.nan if e.value is None else e.value for e in result.streams])
    determined = ~np.isnan(x)
    scale = max(1.0, float(np.abs(noisy).max()))
    assert (x[determined] >= -1e-9 * scale).all()
    A = incidence(streams, nodes)

    def objective(v: np.ndarray) -> float:
        return float((((v - noisy) / sigma)[measured] ** 2).sum())

    start = np.where(determined, np.nan_to_num(x), 0.0)
    reference = minimize(
        objective,
        np.maximum(start, 0.0) + 0.1,
        method="SLSQP",
        constraints=[{"type": "eq", "fun": lambda v: A @ v, "jac": lambda v: A}],
        bounds=[(0.0, None) if d else (None, None) for d in determined],
        options={"ftol": 1e-12, "maxiter": 500},
    )
    assume(reference.success)
    ours = objective(np.where(determined, x, reference.x))
    assert ours <= reference.fun + 1e-6 * max(1.0, reference.fun)
