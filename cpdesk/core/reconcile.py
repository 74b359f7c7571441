"""Data reconciliation of a flow network: weighted least squares under balance constraints.

What material-flow tools such as STAN do with a flow chart whose readings over-determine
the flows. Steps are nodes, streams are edges, ``None`` at an end is the plant boundary. Each
step balances: ``sum(in) - sum(out) = stock change`` (0 unless declared). The adjusted flows
minimise ``sum(((x_hat - x) / sigma) ** 2)`` over the readings subject to the balances.

Method (Crowe et al., AIChE J. 29(6), 1983, with the graph results of Mah, Stanley and
Downing, Ind. Eng. Chem. Process Des. Dev. 15, 1976):

* Crowe's projection removes the unmeasured flows. For an incidence matrix it aggregates:
  steps joined by unmeasured streams become one group whose balances add up (the group that
  holds the boundary has none). The reduced constraint matrix ``B`` is the incidence matrix
  of this contracted graph; the degrees of freedom are ``rank(B)``.
* An unmeasured stream is observable exactly when it lies on no cycle of unmeasured streams
  (the boundary is one vertex); a reading is redundant exactly when its column of ``B`` is
  not zero.
* ``B W B^T`` (``W``: reading variances) is a graph Laplacian, grounded at the boundary (and
  at one group of any part that never reaches it). It is ordered by reverse Cuthill-McKee,
  factorised as a band, and the entries of its inverse near the diagonal come from the
  Takahashi recurrence (``banded_laplacian``): all the posterior variances need. Values and uncertainties so cost
  ``O(groups * bandwidth^2)``, linear for network-shaped flow charts.
* Each observable unmeasured flow carries the imbalance of the subtree of unmeasured streams
  beyond it; its variance follows from the same inverse (read from the band, or solved for
  when the tree hangs off the boundary and its neighbours lie far apart in the ordering).

Gross errors: the global chi-square test (dof = rank of the reduced constraints) and, per
redundant reading, the measurement test ``|x_hat - x| / sqrt(var(x) - var(x_hat))`` against
a Sidak-corrected normal quantile. When the global test fails, the reading with the largest
normalised adjustment is the suspect. One reading far off (ten times too large) smears its
error over its neighbours, so that their tests fail too; serial elimination
(:mod:`cpdesk.core.gross_errors`) then drops the most suspect reading and reconciles again
until the global test passes, and names the readings it dropped.

Flows are not negative: with ``nonnegative`` a flow that the linear solution takes below 0
is held at 0 and reported as such (:mod:`cpdesk.core.flow_bounds`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np
import scipy.sparse as sp
from scipy.special import chdtrc, chdtri, ndtri

from cpdesk.core.banded_laplacian import GroundedLaplacian
from cpdesk.core.errors import ValueRefused
from cpdesk.core.flow_bounds import hold_at_zero
from cpdesk.core.flow_graph import bridge_map, bridges, components, incidence
from cpdesk.core.gross_errors import serial_elimination
from cpdesk.core.messages import msg
from cpdesk.core.reconcile_results import (
    EliminationStop,
    FlowStream,
    GlobalTest,
    Reading,
    ReconciliationResult,
    SerialElimination,
    StreamEstimate,
    StreamStatus,
)

__all__ = [
    "EliminationStop",
    "FlowStream",
    "GlobalTest",
    "Reading",
    "ReconciliationResult",
    "SerialElimination",
    "StreamEstimate",
    "StreamStatus",
    "reconcile",
]


def reconcile(
    streams: Sequence[FlowStream],
    node_ids: Sequence[str],
    measurements: Mapping[str, Reading],
    *,
    stock_changes: Mapping[str, float] | None = None,
    alpha: float = 0.05,
    nonnegative: bool = False,
    eliminate: bool = True,
) -> ReconciliationResult:
    """Reconcile ``measurements`` with the balances of the steps ``node_ids``.

    ``stock_changes`` gives, per step, a known ``sum(in) - sum(out)``: stock build-up or a
    declared unaccounted loss (positive when the step keeps or loses material). Raises
    ValueError, naming the stream, step or value, for an inconsistent flow chart or reading.

    ``nonnegative``: no flow below 0 (:func:`cpdesk.core.flow_bounds.hold_at_zero`, which says
    which figures still hold); a ValueError says why when the balances need a negative flow.
    ``eliminate``: when the global test fails, run serial elimination of gross errors
    (:func:`cpdesk.core.gross_errors.serial_elimination`) and keep it as ``elimination``.
    """
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie between 0 and 1, got {alpha!r}")
    changes = dict(stock_changes or {})

    def linear(kept: Sequence[FlowStream], readings: Mapping[str, Reading]) -> ReconciliationResult:
        return _linear(kept, node_ids, readings, changes, alpha)

    def solve(readings: Mapping[str, Reading]) -> ReconciliationResult:
        result = linear(streams, readings)
        if nonnegative:
            result = hold_at_zero(result, streams, node_ids, readings, changes, linear)
        return result

    first = solve(measurements)
    if eliminate and not first.global_test.passed:
        return replace(first, elimination=serial_elimination(first, measurements, solve))
    return first


def _linear(
    streams: Sequence[FlowStream],
    node_ids: Sequence[str],
    measurements: Mapping[str, Reading],
    stock_changes: Mapping[str, float],
    alpha: float,
) -> ReconciliationResult:
    """The weighted least-squares solution and its tests, without bounds (see the module)."""
    src, dst, measured, y, w, b = _build(streams, node_ids, measurements, stock_changes)
    n_nodes = env = len(node_ids)  # the boundary is the vertex after the steps
    n_vertices, ju, jm = n_nodes + 1, np.flatnonzero(~measured), np.flatnonzero(measured)

    # Classification. Unmeasured streams on a cycle of unmeasured streams are unobservable.
    is_bridge = bridges(n_vertices, src[ju], dst[ju])
    observable, unobservable = ju[is_bridge], ju[~is_bridge]
    group = components(n_vertices, src[ju], dst[ju])  # Crowe's aggregation of steps
    n_groups, env_group = int(group.max()) + 1, int(group[env])
    c_group = np.bincount(group[:n_nodes], weights=b, minlength=n_groups)

    # Ground one group per connected part of the contracted graph; dropping its (dependent)
    # balance leaves B with full row rank. A part without the boundary must balance by itself.
    gs, gt = group[src[jm]], group[dst[jm]]
    part = components(n_groups, gs, gt)
    ground = np.zeros(n_groups, dtype=bool)
    ground[np.unique(part, return_index=True)[1]] = True
    ground[part == part[env_group]] = False
    ground[env_group] = True
    part_sum = np.bincount(part, weights=c_group)
    part_sum[part[env_group]] = 0.0
    for p in np.flatnonzero(np.abs(part_sum) > 1e-9 * max(1.0, float(np.abs(b).sum()))):
        steps = [node_ids[k] for k in range(n_nodes) if part[group[k]] == p]
        total = float(part_sum[p])
        raise ValueRefused(msg("reconcile.closed_stock", steps=", ".join(steps[:10]), total=total))
    dof = int((~ground).sum())
    reduced = np.full(n_groups, -1)
    reduced[~ground] = np.arange(dof)
    B = incidence(dof, reduced[gs], reduced[gt], gs == gt)  # dof x readings, full row rank
    residual = B @ y - c_group[~ground]  # imbalances of the measured readings

    # Solve (B W B^T) lam = residual; x_hat = y - W B^T lam. Keep the band of the inverse.
    # Unmeasured trees inside a group read entries two hops apart from the band.
    wide = 2 if observable.size else 1
    laplacian = GroundedLaplacian((B @ sp.diags(w) @ B.T).tocsr(), wide)
    lam = laplacian.solve(residual)
    x_hat = y - w * (B.T @ lam)
    statistic = float(residual @ lam) if dof else 0.0
    adjust_var = laplacian.quad_forms((B @ sp.diags(w)).T)
    var_m = np.maximum(w - adjust_var, 0.0)

    # Observable unmeasured flows: each carries the imbalance of its subtree (flow_graph.bridge_map).
    value_u = var_u = np.zeros(observable.size)
    if observable.size:
        blob = components(n_vertices, src[unobservable], dst[unobservable])
        n_blobs = int(blob.max()) + 1
        S = bridge_map(n_blobs, blob[src[observable]], blob[dst[observable]], int(blob[env]))
        ms, mt = blob[src[jm]], blob[dst[jm]]
        G = incidence(n_blobs, ms, mt, ms == mt)  # measured net inflow of each blob
        c_blob = np.bincount(blob[:n_nodes], weights=b, minlength=n_blobs)
        value_u = S @ (c_blob - G @ x_hat)
        T = (S @ G).tocsr()  # x_u = S c - T x_m: propagate the covariance of x_m
        var_u = np.maximum(T.multiply(T) @ w - laplacian.quad_forms(T @ sp.diags(w) @ B.T), 0)

    # Gross-error tests.
    redundant = np.diff(B.indptr) > 0  # B is CSC: a reading is redundant if its column is not 0
    z = np.full(jm.size, np.nan)
    z[redundant] = np.abs(x_hat - y)[redundant] / np.sqrt(adjust_var[redundant])
    n_tests, z_crit = int(redundant.sum()), None
    if n_tests:  # Sidak: each test at 1 - (1 - alpha)^(1/n), two-sided
        z_crit = float(-ndtri(-math.expm1(math.log1p(-alpha) / n_tests) / 2))
    critical = float(chdtri(dof, alpha)) if dof else None  # chi-square quantiles
    p_value = float(chdtrc(dof, statistic)) if dof else 1.0
    test = GlobalTest(statistic, dof, p_value, critical, alpha)
    suspect, equivalents = None, ()
    if not test.passed:
        best = int(np.nanargmax(z))
        ties = np.flatnonzero(np.abs(z - z[best]) <= 1e-9 * z[best])
        suspect = streams[int(jm[best])].id
        equivalents = tuple(streams[jm[k]].id for k in ties if k != best)

    estimates = [StreamEstimate(s.id, StreamStatus.UNOBSERVABLE) for s in streams]
    for k, j in enumerate(jm.tolist()):
        zk = float(z[k]) if redundant[k] else None
        estimates[j] = StreamEstimate(
            streams[j].id,
            StreamStatus.REDUNDANT if redundant[k] else StreamStatus.NONREDUNDANT,
            value=float(x_hat[k]),
            sigma=math.sqrt(var_m[k]),
            measured=float(y[k]),
            measured_sigma=math.sqrt(w[k]),
            redundancy=float(adjust_var[k] / w[k]),
            normalized_adjustment=zk,
            gross_error=zk is not None and z_crit is not None and zk > z_crit,
        )
    for k, j in enumerate(observable):
        status, sd = StreamStatus.OBSERVABLE, math.sqrt(var_u[k])
        estimates[j] = StreamEstimate(streams[j].id, status, float(value_u[k]), sd)
    return ReconciliationResult(tuple(estimates), test, z_crit, suspect, equivalents)


def _build(
    streams: Sequence[FlowStream],
    node_ids: Sequence[str],
    measurements: Mapping[str, Reading],
    stock_changes: Mapping[str, float],
) -> tuple[np.ndarray, ...]:
    """Check the input and turn it into index arrays; the boundary is vertex len(node_ids)."""
    index = {node: k for k, node in enumerate(node_ids)}
    if not node_ids or not streams:
        raise ValueRefused(msg("reconcile.no_steps" if streams else "reconcile.no_streams"))
    if len(index) != len(node_ids):
        raise ValueError("process step ids must be unique")
    env, src, dst, seen = len(node_ids), [], [], set()
    for s in streams:
        if s.id in seen:
            raise ValueError(f"stream id {s.id!r} is used twice")
        seen.add(s.id)
        for end, label in ((s.source, "source"), (s.target, "target")):
            if end is not None and end not in index:
                raise ValueError(f"stream {s.id!r}: {label} {end!r} is not a process step")
        if s.source is None and s.target is None:
            raise ValueError(f"stream {s.id!r} has no process step at either end")
        if s.source == s.target:
            raise ValueError(f"stream {s.id!r} leaves and enters the same step {s.source!r}")
        src.append(env if s.source is None else index[s.source])
        dst.append(env if s.target is None else index[s.target])
    for sid, reading in measurements.items():
        if sid not in seen:
            raise ValueError(f"measurement for unknown stream {sid!r}")
        if not math.isfinite(reading.value):
            raise ValueError(f"stream {sid!r}: measured value {reading.value!r} is not a number")
        if not (math.isfinite(reading.sigma) and reading.sigma > 0):
            raise ValueError(f"stream {sid!r}: uncertainty must be > 0, got {reading.sigma!r}")
    b = np.zeros(len(node_ids))
    for node, change in stock_changes.items():
        if node not in index:
            raise ValueError(f"stock change given for unknown step {node!r}")
        if not math.isfinite(change):
            raise ValueError(f"step {node!r}: stock change {change!r} is not a number")
        b[index[node]] = change
    readings = [measurements[s.id] for s in streams if s.id in measurements]
    y = np.array([r.value for r in readings], dtype=float)
    w = np.array([r.sigma for r in readings], dtype=float) ** 2
    is_measured = np.array([s.id in measurements for s in streams], dtype=bool)
    return np.array(src), np.array(dst), is_measured, y, w, b
