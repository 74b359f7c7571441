"""Graph routines of the reconciliation: components, incidence matrices, bridges and trees.

:mod:`cpdesk.core.reconcile` classifies the streams of a flow chart and aggregates its steps
with them (Crowe's projection); they are plain graph algorithms on index arrays, kept apart
from the statistics.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import breadth_first_order, connected_components


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label of each of ``n`` vertices joined by the edges (a, b)."""
    graph = sp.coo_matrix((np.ones(a.size), (a, b)), shape=(n, n))
    labels: np.ndarray = connected_components(graph, directed=False)[1]
    return labels


def incidence(n_rows: int, rs: np.ndarray, rt: np.ndarray, loop: np.ndarray) -> sp.csc_matrix:
    """+1 at the target row, -1 at the source row; rows < 0 (grounded) and loops drop out."""
    cols = np.arange(rs.size)
    ok_t, ok_s = (rt >= 0) & ~loop, (rs >= 0) & ~loop
    data = np.concatenate([np.ones(ok_t.sum()), -np.ones(ok_s.sum())])
    rows = np.concatenate([rt[ok_t], rs[ok_s]])
    return sp.csc_matrix((data, (rows, np.concatenate([cols[ok_t], cols[ok_s]]))), shape=(n_rows, rs.size))


def bridge_map(n_blobs: int, bs: np.ndarray, bt: np.ndarray, env_blob: int) -> sp.csr_matrix:
    """Sparse ``S`` (bridges x blobs) with ``x_e = S[e] @ imbalance``.

    The observable unmeasured streams (bridges) form a forest over the blobs (steps merged
    along unobservable cycles). Rooting each tree at the boundary's blob, or at any blob
    when the tree does not reach the boundary, a bridge carries the whole imbalance
    (declared stock change minus measured net inflow) of the subtree beyond it: +1 when it
    flows into that subtree, -1 when out of it.
    """
    k, top = bs.size, n_blobs  # ``top`` is a super-root above every tree root
    tree = components(n_blobs, bs, bt)
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


def bridges(n_vertices: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
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
