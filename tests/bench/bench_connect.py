"""Benchmark: what opening a database costs a short command, on PostgreSQL and on SQLite.

Run from the repository root::

    python tests/bench/bench_connect.py postgresql+psycopg://user:password@host/db [--runs 15]
    python tests/bench/bench_connect.py path/to/centre.sqlite

Each run is a process of its own, as each command is. A cpdesk run imports what a command
imports, opens the database as every command does (``open_workspace``: connect, the schema's
revision, this installation's id, the shipped factor set, the centre's catalogues) and reads
the first row of ``SELECT count(*) FROM programme``. A bare run imports psycopg alone and
reads the same row on a plain ``psycopg.connect``: the floor of any command on that server.
Given a PostgreSQL URL, the same cpdesk run is also made on an SQLite file (``--sqlite``, or
a new empty database in a temporary folder).

Printed for each: the median and spread of the wall time from the process's start to the
first row (the interpreter's start and the imports included), its CPU time, the same two
for the opening alone (imports done), the statements sent and the round trips (psycopg's
executes, the BEGIN it sends before the first statement of a transaction, and the commits
and rollbacks of a transaction that is open: one sent when none is open costs nothing);
then the overhead, cpdesk's figures minus the bare run's, and PostgreSQL's minus SQLite's.
No timing is asserted: the figures are for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import sys, time
    wall, cpu = time.perf_counter(), time.process_time()
    sys.path.insert(0, sys.argv[1])
    url, bare = sys.argv[2], sys.argv[3] == "bare"
    trips = []
    if url.startswith("postgresql"):
        import psycopg
        IDLE = psycopg.pq.TransactionStatus.IDLE
        for name in ("execute", "executemany"):
            original = getattr(psycopg.Cursor, name)
            def counted(self, *args, _original=original, _name=name, **kwargs):
                conn = self.connection
                if not conn.autocommit and conn.info.transaction_status == IDLE:
                    trips.append("begin")
                trips.append(_name)
                return _original(self, *args, **kwargs)
            setattr(psycopg.Cursor, name, counted)
        for name in ("commit", "rollback"):
            original = getattr(psycopg.Connection, name)
            def ended(self, *args, _original=original, _name=name, **kwargs):
                if self.info.transaction_status != IDLE:
                    trips.append(_name)
                return _original(self, *args, **kwargs)
            setattr(psycopg.Connection, name, ended)
    if not bare:
        from sqlalchemy import text
        from cpdesk.services.workspace import open_workspace
        from cpdesk.services.uow import reading
    opened, opened_cpu = time.perf_counter(), time.process_time()
    if bare:
        with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
            row = conn.execute("SELECT count(*) FROM programme").fetchone()
    else:
        db = open_workspace(url)
        with reading(db) as session:
            row = session.execute(text("SELECT count(*) FROM programme")).first()
    now, now_cpu, stamp = time.perf_counter(), time.process_time(), time.time()
    import json, os
    print(json.dumps({
        "end": stamp, "open": now - opened, "open_cpu": now_cpu - opened_cpu,
        "child": now - wall, "cpu_total": now_cpu, "pid": os.getpid(), "row": row[0],
        "statements": sum(1 for t in trips if t.startswith("execute")), "trips": len(trips),
    }))
    """
)


def measure(url: str, runs: int, bare: bool, code: Path = HERE) -> dict[str, float]:
    """Medians (and spread) of ``runs`` runs, each in a process of its own. The wall time from
    the process's start is the child's clock at its first row minus the parent's just before
    the process was started (the same machine's clock)."""
    found = []
    for _ in range(runs + 1):  # the first one warms the disk cache (and makes an SQLite file)
        started = time.time()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(code), url, "bare" if bare else "open"],
            capture_output=True,
            text=True,
            check=True,
        )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["total"] = result["end"] - started
        found.append(result)
    found = found[1:]
    totals = sorted(r["total"] for r in found)
    opens = sorted(r["open"] for r in found)
    return {
        "total": statistics.median(totals),
        "total_min": totals[0],
        "total_max": totals[-1],
        "total_cpu": statistics.median(r["cpu_total"] for r in found),
        "open": statistics.median(opens),
        "open_min": opens[0],
        "open_max": opens[-1],
        "open_cpu": statistics.median(r["open_cpu"] for r in found),
        "statements": found[-1]["statements"],
        "trips": found[-1]["trips"],
    }


def _ms(seconds: float) -> str:
    return f"{1000 * seconds:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="a database URL or an SQLite file of cpdesk")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--sqlite", help="the SQLite file to compare a PostgreSQL URL with")
    parser.add_argument("--code", type=Path, default=HERE, help="the checkout of cpdesk to run (another one's before)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = {"cpdesk": measure(args.url, args.runs, bare=False, code=args.code)}
        if args.url.startswith("postgresql"):
            rows["bare psycopg"] = measure(args.url, args.runs, bare=True)
            sqlite = args.sqlite or str(Path(folder) / "c.sqlite")
            rows["cpdesk on SQLite"] = measure(sqlite, args.runs, bare=False, code=args.code)
    print(
        "| run | process start to first row: wall, median (min–max) | CPU | opening alone: wall"
        " (min–max) | CPU | statements | round trips |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, m in rows.items():
        print(
            f"| {name} | {_ms(m['total'])} ms ({_ms(m['total_min'])}–{_ms(m['total_max'])})"
            f" | {_ms(m['total_cpu'])} ms | {_ms(m['open'])} ms ({_ms(m['open_min'])}–{_ms(m['open_max'])})"
            f" | {_ms(m['open_cpu'])} ms | {m['statements']} | {m['trips']} |"
        )
    for label, base in (("bare psycopg", "bare psycopg"), ("SQLite", "cpdesk on SQLite")):
        if base in rows:
            a, b = rows["cpdesk"], rows[base]
            print(
                f"overhead over {label}: from the process's start {_ms(a['total'] - b['total'])} ms wall,"
                f" {_ms(a['total_cpu'] - b['total_cpu'])} ms CPU; the opening alone"
                f" {_ms(a['open'] - b['open'])} ms wall, {_ms(a['open_cpu'] - b['open_cpu'])} ms CPU"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
