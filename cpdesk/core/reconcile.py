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
normalised adjustment is the suspect.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import breadth_first_order, connected_components
from scipy.special import chdtrc, chdtri, ndtri

from cpdesk.core.banded_laplacian import GroundedLaplacian


@dataclass(frozen=True)
class FlowStream:
    """A stream of the flow chart; ``None`` at an end means the plant boundary."""

    id: str
    source: str | None
    target: str | None


@dataclass(frozen=True)
class Reading:
    """A measured value and its absolute standard uncertainty; :func:`reconcile` checks it."""

    value: float
    sigma: float

    @classmethod
    def from_relative(cls, value: float, relative_uncertainty: float) -> Reading:
        """A reading whose uncertainty is a fraction of its value (0.03 for 3 %)."""
        if not (math.isfinite(relative_uncertainty) and relative_uncertainty > 0):
            raise ValueError(f"relative uncertainty must be > 0, got {relative_uncertainty!r}")
        if value == 0:
            # A relative uncertainty of a zero reading is zero, which would pin the flow.
            raise ValueError("a reading of 0 needs an absolute uncertainty, not a relative one")
        return cls(value, abs(value) * relative_uncertainty)


class StreamStatus(StrEnum):
    """What the balances can say about a stream."""

    REDUNDANT = "redundant"  # measured, and the balances also determine it: adjusted
    NONREDUNDANT = "nonredundant"  # measured, nothing else determines it: kept as read
    OBSERVABLE = "observable"  # not measured, computed from the balances
    UNOBSERVABLE = "unobservable"  # not measured, the balances leave it open


@dataclass(frozen=True)
class StreamEstimate:
    """Reconciled figures of one stream. Unobservable streams have ``value`` None."""

    stream_id: str
    status: StreamStatus
    value: float | None = None
    sigma: float | None = None
    measured: float | None = None
    measured_sigma: float | None = None
    #: Share of the reading's variance removed by the balances, 1 - var(x_hat)/var(x);
    #: 0 for a non-redundant reading, None for an unmeasured stream.
    redundancy: float | None = None
    #: |x_hat - x| / sqrt(var(x) - var(x_hat)); None unless the reading is redundant.
    normalized_adjustment: float | None = None
    #: The normalised adjustment exceeds the corrected critical value.
    gross_error: bool = False

    @property
    def adjustment(self) -> float | None:
        """Reconciled minus measured value (None for unmeasured streams)."""
        if self.measured is None or self.value is None:
            return None
        return self.value - self.measured


@dataclass(frozen=True)
class GlobalTest:
    """Chi-square test of the weighted sum of squared adjustments."""

    statistic: float
    dof: int
    p_value: float
    critical_value: float | None  # None when dof == 0: there is nothing to test
    alpha: float

    @property
    def passed(self) -> bool:
        return self.p_value >= self.alpha


@dataclass(frozen=True)
class ReconciliationResult:
    """Adjusted flows, their uncertainties, the classification and the gross-error tests."""

    streams: tuple[StreamEstimate, ...]  # in the order the streams were given
    global_test: GlobalTest
    #: Critical value of the measurement test (Sidak-corrected over the redundant readings).
    measurement_critical_value: float | None
    #: The reading most likely in gross error, named only when the global test fails.
    suspect: str | None
    #: Other readings whose normalised adjustment equals the suspect's: the balances cannot
    #: tell which of them is wrong.
    suspect_equivalents: tuple[str, ...]

    @cached_property
    def _by_id(self) -> dict[str, StreamEstimate]:
        return {s.stream_id: s for s in self.streams}

    def stream(self, stream_id: str) -> StreamEstimate:
        return self._by_id[stream_id]

    def ids_with(self, status: StreamStatus) -> tuple[str, ...]:
        return tuple(s.stream_id for s in self.streams if s.status is status)

    observable = property(lambda self: self.ids_with(StreamStatus.OBSERVABLE))
    unobservable = property(lambda self: self.ids_with(StreamStatus.UNOBSERVABLE))
    nonredundant = property(lambda self: self.ids_with(StreamStatus.NONREDUNDANT))


def reconcile(
    streams: Sequence[FlowStream],
    node_ids: Sequence[str],
    measurements: Mapping[str, Reading],
    *,
    stock_changes: Mapping[str, float] | None = None,
    alpha: float = 0.05,
) -> ReconciliationResult:
    """Reconcile ``measurements`` with the balances of the steps ``node_ids``.

    ``stock_changes`` gives, per step, a known ``sum(in) - sum(out)``: stock build-up or a
    declared unaccounted loss (positive when the step keeps or loses material). Raises
    ValueError, naming the stream, step or value, for an inconsistent flow chart or reading.
    """
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie between 0 and 1, got {alpha!r}")
    src, dst, measured, y, w, b = _build(streams, node_ids, measurements, stock_changes or {})
    n_nodes = env = len(node_ids)  # the boundary is the vertex after the steps
    n_vertices, ju, jm = n_nodes + 1, np.flatnonzero(~measured), np.flatnonzero(measured)

    # Classification. Unmeasured streams on a cycle of unmeasured streams are unobservable.
    is_bridge = _bridges(n_vertices, src[ju], dst[ju])
    observable, unobservable = ju[is_bridge], ju[~is_bridge]
    group = _components(n_vertices, src[ju], dst[ju])  # Crowe's aggregation of steps
    n_groups, env_group = int(group.max()) + 1, int(group[env])
    c_group = np.bincount(group[:n_nodes], weights=b, minlength=n_groups)

    # Ground one group per connected part of the contracted graph; dropping its (dependent)
    # balance leaves B with full row rank. A part without the boundary must balance by itself.
    gs, gt = group[src[jm]], group[dst[jm]]
    part = _components(n_groups, gs, gt)
    ground = np.zeros(n_groups, dtype=bool)
    ground[np.unique(part, return_index=True)[1]] = True
    ground[part == part[env_group]] = False
    ground[env_group] = True
    part_sum = np.bincount(part, weights=c_group)
    part_sum[part[env_group]] = 0.0
    for p in np.flatnonzero(np.abs(part_sum) > 1e-9 * max(1.0, float(np.abs(b).sum()))):
        steps = [node_ids[k] for k in range(n_nodes) if part[group[k]] == p]
        raise ValueError(
            f"steps {steps[:10]} exchange nothing with the plant boundary, so "
            f"their stock changes must add up to 0, not {part_sum[p]:g}"
        )
    dof = int((~ground).sum())
    reduced = np.full(n_groups, -1)
    reduced[~ground] = np.arange(dof)
    B = _incidence(dof, reduced[gs], reduced[gt], gs == gt)  # dof x readings, full row rank
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

    # Observable unmeasured flows: each carries the imbalance of its subtree (_bridge_map).
    value_u = var_u = np.zeros(observable.size)
    if observable.size:
        blob = _components(n_vertices, src[unobservable], dst[unobservable])
        n_blobs = int(blob.max()) + 1
        S = _bridge_map(n_blobs, blob[src[observable]], blob[dst[observable]], int(blob[env]))
        ms, mt = blob[src[jm]], blob[dst[jm]]
        G = _incidence(n_blobs, ms, mt, ms == mt)  # measured net inflow of each blob
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
        raise ValueError(f"no {'process steps' if streams else 'streams'}: nothing to reconcile")
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


def _components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label of each of ``n`` vertices joined by the edges (a, b)."""
    graph = sp.coo_matrix((np.ones(a.size), (a, b)), shape=(n, n))
    labels: np.ndarray = connected_components(graph, directed=False)[1]
    return labels


def _incidence(n_rows: int, rs: np.ndarray, rt: np.ndarray, loop: np.ndarray) -> sp.csc_matrix:
    """+1 at the target row, -1 at the source row; rows < 0 (grounded) and loops drop out."""
    cols = np.arange(rs.size)
    ok_t, ok_s = (rt >= 0) & ~loop, (rs >= 0) & ~loop
    data = np.concatenate([np.ones(ok_t.sum()), -np.ones(ok_s.sum())])
    rows = np.concatenate([rt[ok_t], rs[ok_s]])
    return sp.csc_matrix((data, (rows, np.concatenate([cols[ok_t], cols[ok_s]]))), shape=(n_rows, rs.size))


def _bridge_map(n_blobs: int, bs: np.ndarray, bt: np.ndarray, env_blob: int) -> sp.csr_matrix:
    """Sparse ``S`` (bridges x blobs) with ``x_e = S[e] @ imbalance``.

    The observable unmeasured streams (bridges) form a forest over the blobs (steps merged
    along unobservable cycles). Rooting each tree at the boundary's blob, or at any blob
    when the tree does not reach the boundary, a bridge carries the whole imbalance
    (declared stock change minus measured net inflow) of the subtree beyond it: +1 when it
    flows into that subtree, -1 when out of it.
    """
    k, top = bs.size, n_blobs  # ``top`` is a super-root above every tree root
    tree = _components(n_blobs, bs, bt)
    touched = np.zeros(n_blobs, dtype=bool)
    touched[bs] = touched[bt] = True
    labels, first = np.unique(tree[touched], return_index=True)
    roots = np.flatnonzero(touched)[first]
    roots[labels == tree[env_blob]] = env_blob
    graph = sp.coo_matrix(
        (
            np.ones(k + roots.size),
            (np.concatenate([bs, np.full(roots.size, top)]), np.concatenate([bt, roots])),
        ),
        shape=(n_blobs + 1, n_blobs + 1),
    )
    _, pred = breadth_first_order(graph, top, directed=False, return_predecessors=True)
    child = np.flatnonzero((pred >= 0) & (pred != top))
    edge_of = sp.csr_matrix((np.arange(1, k + 1), (bs, bt)), shape=graph.shape)
    edge_of = (edge_of + edge_of.T).tocsr()
    up = np.full(n_blobs + 1, -1)
    up[child] = np.asarray(edge_of[child, pred[child]]).ravel() - 1
    edge_sign = np.empty(k)
    edge_sign[up[child]] = np.where(bt[up[child]] == child, 1.0, -1.0)
    rows, cols, cur, member = [], [], child, child
    while cur.size:  # walk every blob up to its root, one level of depth per pass
        rows.append(up[cur])
        cols.append(member)
        going = up[pred[cur]] >= 0
        cur, member = pred[cur][going], member[going]
    r, c = np.concatenate(rows), np.concatenate(cols)
    return sp.csr_matrix((edge_sign[r], (r, c)), shape=(k, n_blobs))


def _bridges(n_vertices: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """True for each edge (u, v) that lies on no cycle (iterative Tarjan, O(V + E)).

    Parallel edges form a cycle, so the parent is skipped by edge id, not by vertex.
    """
    m = u.size
    is_bridge = np.zeros(m, dtype=bool)
    ends, order = np.concatenate([u, v]), np.argsort(np.concatenate([u, v]), kind="stable")
    start = np.searchsorted(ends[order], np.arange(n_vertices + 1)).tolist()
    nbr = np.concatenate([v, u])[order].tolist()
    eid = (order % max(m, 1)).tolist()  # edge j sits at j and m + j in the doubled list
    disc, low, clock = [-1] * n_vertices, [0] * n_vertices, 0
    for root in range(n_vertices):
        if disc[root] != -1:
            continue
        disc[root] = low[root] = clock
        stack = [[root, -1, start[root]]]  # frames: vertex, edge we came by, next neighbour
        while stack:
            frame = stack[-1]
            x, came_by, i = frame
            if i < start[x + 1]:
                frame[2] = i + 1
                y, e = nbr[i], eid[i]
                if e != came_by and disc[y] == -1:
                    clock += 1
                    disc[y] = low[y] = clock
                    stack.append([y, e, start[y]])
                elif e != came_by:
                    low[x] = min(low[x], disc[y])
                continue
            stack.pop()
            if stack:
                p = stack[-1][0]
                low[p] = min(low[p], low[x])
                is_bridge[came_by] = low[x] > disc[p]
        clock += 1
    return is_bridge
