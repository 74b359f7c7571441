"""Benchmark: sparse data reconciliation beside a dense least-squares solve of the same problem.

Run from the repository root::

    python tests/bench/bench_reconcile.py            # 500/5 000 and 5 000/50 000
    python tests/bench/bench_reconcile.py --quick    # 50/500 and 500/5 000

The networks are random but shaped like process flow charts: a chain of steps (the main
line) with side streams, bypasses and recycles between nearby steps, and streams to and
from the plant boundary. About 5 % of the streams are unmeasured (chosen so that all stay
observable, which the dense baseline needs); the others read the true flow plus Gaussian
noise at 2-3 % relative uncertainty.

The dense baseline solves the KKT system [[W, A^T], [A, 0]] with numpy (values) and inverts
it (posterior variances: the same figures the sparse code returns). It is skipped beyond
about 6 000 variables, where its O(n^3) time and O(n^2) memory stop being reasonable.
No timing is asserted anywhere: the figures are for the README.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cpdesk.core.reconcile import FlowStream, Reading, ReconciliationResult, reconcile  # noqa: E402

DENSE_LIMIT = 6_000  # variables (streams + balances) beyond which the dense solve is skipped


def make_network(
    n_nodes: int, n_streams: int, seed: int = 7, window: int = 6
) -> tuple[list[FlowStream], list[str], dict[str, Reading], np.ndarray]:
    """A connected, process-shaped network with consistent true flows and noisy readings."""
    rng = np.random.default_rng(seed)
    boundary = n_nodes  # vertex number of the plant boundary
    src = [boundary] + list(range(n_nodes))  # main line: boundary -> 0 -> 1 ... -> boundary
    dst = list(range(n_nodes)) + [boundary]
    while len(src) < n_streams:
        i = int(rng.integers(n_nodes))
        if rng.random() < 0.15:  # feeds, losses and products at the boundary
            a, b = (boundary, i) if rng.random() < 0.5 else (i, boundary)
        else:
            k = int(rng.integers(1, window + 1))
            if i + k >= n_nodes:
                continue
            a, b = (i, i + k) if rng.random() < 0.8 else (i + k, i)  # 20 % recycles
        src.append(a)
        dst.append(b)
    src_a, dst_a = np.array(src), np.array(dst)
    true = rng.uniform(1.0, 10.0, size=n_streams)
    # The main line carries whatever keeps every step balanced; start it high enough to
    # keep all of it positive.
    net = np.zeros(n_nodes + 1)
    side = np.arange(n_streams) > n_nodes
    np.add.at(net, dst_a[side], true[side])
    np.subtract.at(net, src_a[side], true[side])
    cumulative = np.cumsum(net[:n_nodes])
    feed = max(0.0, -float(cumulative.min())) + 10.0
    true[0] = feed
    true[1 : n_nodes + 1] = feed + cumulative
    # Unmeasured streams: about 5 %, never closing a cycle of unmeasured streams.
    parent = list(range(n_nodes + 1))

    def find(v: int) -> int:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    unmeasured = set()
    for j in rng.permutation(n_streams):
        if len(unmeasured) >= n_streams // 20:
            break
        ra, rb = find(int(src_a[j])), find(int(dst_a[j]))
        if ra != rb:
            parent[ra] = rb
            unmeasured.add(int(j))
    node_ids = [f"P{k}" for k in range(n_nodes)]

    def name(v: int) -> str | None:
        return None if v == boundary else node_ids[v]

    streams = [FlowStream(f"S{j}", name(src[j]), name(dst[j])) for j in range(n_streams)]
    readings = {}
    for j in range(n_streams):
        if j not in unmeasured:
            sigma = true[j] * rng.uniform(0.02, 0.03)
            readings[streams[j].id] = Reading(float(true[j] + rng.normal(0, sigma)), float(sigma))
    return streams, node_ids, readings, true


def dense_reconcile(
    streams: list[FlowStream], node_ids: list[str], readings: dict[str, Reading]
) -> tuple[np.ndarray, np.ndarray, float]:
    """Values, standard uncertainties and the time of the values-only solve, from the dense
    KKT system (the networks here keep every stream observable, so it is regular)."""
    n, m = len(streams), len(node_ids)
    index = {node: k for k, node in enumerate(node_ids)}
    A = np.zeros((m, n))
    for j, s in enumerate(streams):
        if s.target is not None:
            A[index[s.target], j] += 1.0
        if s.source is not None:
            A[index[s.source], j] -= 1.0
    weight = np.zeros(n)
    rhs = np.zeros(n + m)
    for j, s in enumerate(streams):
        if s.id in readings:
            weight[j] = 1.0 / readings[s.id].sigma ** 2
            rhs[j] = readings[s.id].value * weight[j]
    kkt = np.block([[np.diag(weight), A.T], [A, np.zeros((m, m))]])
    start = time.perf_counter()
    values = np.linalg.solve(kkt, rhs)[:n]
    t_values = time.perf_counter() - start
    variances = np.diag(np.linalg.inv(kkt))[:n]
    return values, np.sqrt(np.maximum(variances, 0.0)), t_values


def timed(fn, repeat: int) -> tuple[float, object]:
    best, result = math.inf, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args()
    sizes = [(50, 500), (500, 5_000)] if args.quick else [(500, 5_000), (5_000, 50_000)]

    rows = []
    for n_nodes, n_streams in sizes:
        streams, node_ids, readings, _ = make_network(n_nodes, n_streams)
        problem = (streams, node_ids, readings)
        t_sparse, result = timed(lambda p=problem: reconcile(*p), repeat=3)
        assert isinstance(result, ReconciliationResult)
        n_vars = n_streams + n_nodes
        t_dense, t_values, agree = None, None, None
        if n_vars <= DENSE_LIMIT:
            t_dense, dense = timed(lambda p=problem: dense_reconcile(*p), repeat=1)
            values, sigmas, t_values = dense
            got_v = np.array([s.value for s in result.streams])
            got_s = np.array([s.sigma for s in result.streams])
            agree = max(
                np.max(np.abs(got_v - values) / np.maximum(np.abs(values), 1.0)),
                np.max(np.abs(got_s - sigmas) / np.maximum(sigmas, 1e-12)),
            )
        rows.append((n_nodes, n_streams, len(readings), result, t_sparse, t_values, t_dense, agree))

    print("sparse: values, uncertainties and tests (best of 3); dense values: KKT solve only;")
    print("dense all: KKT solve + inverse for the uncertainties; ratio = dense all / sparse\n")
    print(
        f"{'nodes':>6} {'streams':>8} {'measured':>9} {'dof':>6} {'chi2 p':>7} {'sparse s':>9} "
        f"{'dense values s':>15} {'dense all s':>12} {'ratio':>8} {'max rel diff':>13}"
    )
    for n_nodes, n_streams, n_meas, result, t_sparse, t_values, t_dense, agree in rows:
        skipped = t_dense is None
        dv = f"{'skipped':>15}" if skipped else f"{t_values:15.3f}"
        da = f"{'skipped':>12}" if skipped else f"{t_dense:12.3f}"
        ratio = f"{'-':>8}" if skipped else f"{t_dense / t_sparse:8.0f}"
        diff = f"{'-':>13}" if agree is None else f"{agree:13.1e}"
        test = result.global_test
        print(
            f"{n_nodes:6d} {n_streams:8d} {n_meas:9d} {test.dof:6d} {test.p_value:7.3f} "
            f"{t_sparse:9.3f} {dv} {da} {ratio} {diff}"
        )
    s1, t1, s2, t2 = rows[0][1], rows[0][4], rows[-1][1], rows[-1][4]
    exponent = math.log(t2 / t1) / math.log(s2 / s1)
    print(f"\nsparse time grows as streams^{exponent:.2f} between {s1} and {s2} streams")
    for n_nodes, n_streams, *_, t_dense, _ in rows:
        if t_dense is None:
            print(
                f"dense solve skipped at {n_nodes} nodes / {n_streams} streams: "
                f"{n_nodes + n_streams} variables > {DENSE_LIMIT}"
            )


if __name__ == "__main__":
    main()
