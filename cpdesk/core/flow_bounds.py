"""Flows are not negative: the reconciliation with every determined flow held at 0 or more.

The weighted least squares of :mod:`cpdesk.core.reconcile` is linear and knows no sign: a
stream left unmeasured carries whatever its step needs to balance, and a step whose readings
say more leaves than enters gives it a negative flow (-25.9 m³ of water coming *out* of a
pipe into the process). A flow chart's arrows give each stream its direction, so such a
value is wrong, not informative. :func:`hold_at_zero` solves the same weighted problem with
the bound ``x >= 0`` on every flow the balances determine.

Method. The bounded problem is a convex quadratic programme. Which bounds are active comes
from ``scipy.optimize.lsq_linear`` (bounded-variable least squares) on the same weighted
problem, with the balances as heavily weighted rows. The flows it puts at 0 are then held
at exactly 0: a stream that carries nothing drops out of the flow chart, so the
reconciliation of the chart without them gives the bounded solution with the balances met
to rounding, and its uncertainties. Should that solution still take a flow below 0, that
flow is held too, and so on. Streams the balances leave undetermined (unobservable) get no
bound: they have no value to bound.

What holds when a bound is active:

* The global chi-square test, the measurement tests (``normalized_adjustment``,
  ``gross_error``), the suspect and the streams' classification are those of the linear
  problem without bounds, as computed before the bounds: they test whether the readings
  agree with the balances, which the sign of a flow does not change. The chi-square
  distribution does not hold for the bounded objective, so none is computed for it.
* Values satisfy the balances and the bounds. A flow held at 0 is reported with
  ``at_bound`` True, value 0 and sigma 0. The other values' sigmas and redundancies are
  those of the linear problem with the held flows fixed at 0, that is, given which bounds
  are active.

When the balances cannot hold with every determined flow at 0 or more (a declared stock
change, say, that only a negative flow could supply), a ValueError says so and why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import numpy as np
import scipy.sparse as sp
from scipy.optimize import lsq_linear

from cpdesk.core.reconcile import FlowStream, Reading, ReconciliationResult, StreamEstimate

#: Reconciles the given readings on a flow chart of the given streams (same steps, no bounds).
LinearSolver = Callable[[Sequence[FlowStream], Mapping[str, Reading]], ReconciliationResult]

#: Streams beyond which the bounded-variable least squares works on sparse matrices.
DENSE_LIMIT = 1_500


def hold_at_zero(
    unbounded: ReconciliationResult,
    streams: Sequence[FlowStream],
    node_ids: Sequence[str],
    measurements: Mapping[str, Reading],
    stock_changes: Mapping[str, float],
    linear: LinearSolver,
) -> ReconciliationResult:
    """``unbounded`` with every determined flow at 0 or more (see the module for the method).

    Returns ``unbounded`` itself when no flow is negative, so that a flow chart whose flows
    are all positive gets exactly the linear result.
    """
    scale = max(
        1.0,
        max((abs(e.value) for e in unbounded.streams if e.value is not None), default=0.0),
        max((abs(r.value) for r in measurements.values()), default=0.0),
    )
    tolerance = 1e-9 * scale
    if not any(e.value is not None and e.value < -tolerance for e in unbounded.streams):
        return unbounded
    held = _active_bounds(unbounded, streams, node_ids, measurements, stock_changes, scale)
    exact: ReconciliationResult | None = None
    for _ in range(len(streams)):
        kept = [s for s in streams if s.id not in held]
        if not kept:  # every flow at 0: the balances hold if no step declares a stock change
            changed = sorted(node for node, change in stock_changes.items() if change)
            if changed:
                raise ValueError(f"the balances cannot hold with every flow at 0 or more: steps {changed} change stock")
            exact = None
            break
        try:
            exact = linear(kept, {k: r for k, r in measurements.items() if k not in held})
        except ValueError as exc:
            names = ", ".join(sorted(held))
            raise ValueError(f"the balances cannot hold with the flows of {names} at 0 or more: {exc}") from None
        below = {e.stream_id for e in exact.streams if e.value is not None and e.value < -tolerance}
        if not below:
            break
        held |= below
    else:  # pragma: no cover - each pass holds one more flow, so the loop ends before
        raise ValueError("no solution with every flow at 0 or more was found")
    estimates: list[StreamEstimate] = []
    for e in unbounded.streams:
        if e.stream_id in held:
            estimates.append(replace(e, value=0.0, sigma=0.0, at_bound=True))
        elif exact is not None:  # None: every stream is held
            solved = exact.stream(e.stream_id)
            estimates.append(replace(e, value=solved.value, sigma=solved.sigma, redundancy=solved.redundancy))
    return replace(unbounded, streams=tuple(estimates))


def _active_bounds(
    unbounded: ReconciliationResult,
    streams: Sequence[FlowStream],
    node_ids: Sequence[str],
    measurements: Mapping[str, Reading],
    stock_changes: Mapping[str, float],
    scale: float,
) -> set[str]:
    """The determined flows that the bounded weighted least squares puts at 0.

    Rows: ``(x_j - y_j) / sigma_j`` for each reading, and the balances ``A x - b`` weighted
    ``1e4 / min(sigma)``, which leaves them unmet by about 1e-8 of the readings' spread.
    """
    index = {node: k for k, node in enumerate(node_ids)}
    n = len(streams)
    rows, cols, data = [], [], []
    for j, s in enumerate(streams):
        for end, sign in ((s.target, 1.0), (s.source, -1.0)):
            if end is not None:
                rows.append(index[end])
                cols.append(j)
                data.append(sign)
    balances = sp.csr_matrix((data, (rows, cols)), shape=(len(node_ids), n))
    stock = np.array([stock_changes.get(node, 0.0) for node in node_ids])
    measured = [j for j, s in enumerate(streams) if s.id in measurements]
    sigma = np.array([measurements[streams[j].id].sigma for j in measured])
    y = np.array([measurements[streams[j].id].value for j in measured])
    heavy = 1e4 / float(sigma.min()) if sigma.size else 1.0
    fit = sp.csr_matrix((1.0 / sigma, (np.arange(len(measured)), measured)), shape=(len(measured), n))
    matrix = sp.vstack([fit, heavy * balances]).tocsr()
    rhs = np.concatenate([y / sigma, heavy * stock])
    determined = np.array([e.value is not None for e in unbounded.streams])
    lower = np.where(determined, 0.0, -np.inf)
    if n <= DENSE_LIMIT:
        solution = lsq_linear(matrix.toarray(), rhs, bounds=(lower, np.inf), method="bvls", tol=1e-13)
        at_zero = (solution.active_mask == -1) | (solution.x <= 1e-9 * scale)
    else:
        solution = lsq_linear(matrix, rhs, bounds=(lower, np.inf), method="trf", lsmr_tol="auto")
        at_zero = solution.x <= 1e-7 * scale
    return {streams[int(j)].id for j in np.flatnonzero(at_zero & determined)}
