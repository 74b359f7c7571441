"""Benchmark: what opening a database costs a short command, on PostgreSQL (or SQLite).

Run from the repository root::

    python tests/bench/bench_connect.py postgresql+psycopg://user:password@host/db [--runs 15]
    python tests/bench/bench_connect.py path/to/centre.sqlite

Each run is a process of its own, as each command is: it imports what a command imports
(not timed), then opens the database as every command does (``open_workspace``: connect,
the schema's revision, this installation's id, the shipped factor set, the centre's
catalogues) and sends a first query. Printed: the median and the spread of that time (wall
and CPU of the process), the statements and round trips it took (psycopg's executes and
commits or rollbacks, the dialect's own queries at connect included), and beside it a bare
``psycopg.connect`` with one ``SELECT 1``: the floor of any command on that server. No timing
is asserted: the figures are for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, sys.argv[1])
    url, bare = sys.argv[2], sys.argv[3] == "bare"
    trips = []
    try:
        import psycopg
        for name in ("execute", "executemany"):
            original = getattr(psycopg.Cursor, name)
            def counted(self, *args, _original=original, _name=name, **kwargs):
                trips.append(_name)
                return _original(self, *args, **kwargs)
            setattr(psycopg.Cursor, name, counted)
        for name in ("commit", "rollback"):
            original = getattr(psycopg.Connection, name)
            def ended(self, *args, _original=original, _name=name, **kwargs):
                trips.append(_name)
                return _original(self, *args, **kwargs)
            setattr(psycopg.Connection, name, ended)
    except ImportError:
        psycopg = None
    from sqlalchemy import text
    from cpdesk.services.workspace import open_workspace
    from cpdesk.services.uow import reading
    wall, cpu = time.perf_counter(), time.process_time()
    if bare:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            conn.execute("SELECT 1").fetchone()
    else:
        db = open_workspace(url)
        with reading(db) as session:
            session.execute(text("SELECT count(*) FROM programme")).scalar()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    statements = sum(1 for t in trips if t.startswith("execute"))
    print(json.dumps({"wall": wall, "cpu": cpu, "statements": statements, "trips": len(trips)}))
    """
)


def measure(url: str, runs: int, bare: bool) -> dict[str, float]:
    """Medians (and spread) of ``runs`` runs, each in a process of its own."""
    found = []
    for _ in range(runs + 1):  # the first one warms the disk cache, not counted
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(HERE), url, "bare" if bare else "open"],
            capture_output=True,
            text=True,
            check=True,
        )
        found.append(json.loads(done.stdout.strip().splitlines()[-1]))
    found = found[1:]
    walls = sorted(r["wall"] for r in found)
    return {
        "wall_median": statistics.median(walls),
        "wall_min": walls[0],
        "wall_max": walls[-1],
        "cpu_median": statistics.median(r["cpu"] for r in found),
        "statements": found[-1]["statements"],
        "trips": found[-1]["trips"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="a database URL or an SQLite file of cpdesk")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    rows = [("open_workspace + first query", measure(args.url, args.runs, bare=False))]
    if args.url.startswith("postgresql"):
        rows.append(("bare psycopg.connect + SELECT 1", measure(args.url, args.runs, bare=True)))
    print("| what | wall, median (min–max) | CPU, median | statements | round trips |")
    print("|---|---|---|---|---|")
    for name, m in rows:
        print(
            f"| {name} | {1000 * m['wall_median']:.1f} ms ({1000 * m['wall_min']:.1f}–{1000 * m['wall_max']:.1f})"
            f" | {1000 * m['cpu_median']:.1f} ms | {m['statements']} | {m['trips']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
