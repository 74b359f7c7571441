"""Benchmark: the commands a centre runs every day, as its database grows.

Run from the repository root (on a shared machine, under ``nice``)::

    python tests/bench/bench_centre.py --assessments 100 1000
    python tests/bench/bench_centre.py --assessments 100 1000 --postgres postgresql+psycopg://u:p@host/db
    python tests/bench/bench_centre.py --assessments 1000 --before ../before --json

For each size N, a centre is built (``centre_data.build_centre``: N assessments sent by 10
field installations, 10 steps, 50 streams, 100 measurements and 15 options each), on SQLite
and, with ``--postgres`` (a server URL; the role needs CREATEDB), on a new database of that
server as well. The tenth installation's assessments are held back and written into a real
field database, whose full bundle is the first import; after it the centre holds N. Then,
each in a process of its own through the command line (so that start-up counts, as it
does for the person waiting):

``import`` the field's bundle (N/10 assessments), ``summary programme``, ``report
programme`` (PDF), ``list assessments``, ``centre year``, ``check``, the centre's own
``export --all``, one more small ``import`` (one assessment added in the field since), and
a re-import of the first bundle.

Each command's wall time, its CPU time (user and system: on a shared, loaded machine the
wall time is mostly waiting for a core, the CPU time much less so), the process's peak
resident memory (read by a small parent
process: ``ru_maxrss`` of its child) and the number of SQL statements it sent (counted by a
SQLAlchemy ``before_cursor_execute`` listener installed before the command runs) are
printed as a table, then the growth exponent between consecutive sizes (time ∝ N^k: k = 1
is linear), and with ``--json`` all of it as JSON.

``--before DIR`` runs the same commands, on a copy of the same centre and the same bundles,
with the cpdesk of another checkout (``git archive COMMIT | tar -x -C DIR``), alternating
with this code: the way to compare a change with the code before it on a noisy machine.

No timing is asserted anywhere: the figures are for the README.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from centre_data import build_centre, build_field, drop_postgres, fill, fresh_postgres, key_directory  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

HERE = Path(__file__).resolve().parents[2]
#: Runs its arguments as a child and reports the child's wall time and peak memory. A
#: process's own peak would count the pages it shared with this benchmark when it was forked;
#: this small process's child starts from its small size.
MEASURE = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    started = time.perf_counter()
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr, "peak": peak,
                      "seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime}))
    """
)
#: The command line of the checkout given first, counting the SQL statements it sends.
COMMAND = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, sys.argv[1])
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    statements = 0

    @event.listens_for(Engine, "before_cursor_execute")
    def _count(*_args):
        global statements
        statements += 1

    from cpdesk.cli.main import main
    try:
        code = main(sys.argv[2:])
    except SystemExit as exc:
        code = exc.code
    with open(os.environ["CENTRE_BENCH_STATEMENTS"], "w") as out:
        out.write(str(statements))
    sys.exit(code)
    """
)
COMMANDS = (
    "import",
    "summary programme",
    "report programme",
    "list assessments",
    "centre year",
    "check",
    "export --all",
    "small import",
    "re-import",
)


def run(tree: Path, location: str, args: list[str], keys: Path, work: Path) -> dict[str, Any]:
    """One command line in a process of its own, with the cpdesk of ``tree``: wall time, CPU
    time (user and system), peak resident memory (MB), statements sent and exit code."""
    counter = work / "statements.txt"
    counter.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "CPDESK_DATA_DIR": str(keys),
        "CENTRE_BENCH_STATEMENTS": str(counter),
        "CPDESK_LANG": "en",
    }
    child = [sys.executable, "-c", COMMAND, str(tree), "--db", location, *args]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *child], capture_output=True, text=True, env=env, cwd=work, check=True
    )
    result = json.loads(done.stdout)
    if result["code"] != 0 and not (args[0] == "check" and result["code"] == 1):
        raise SystemExit(f"`cpdesk {' '.join(args)}` with {tree} failed: {(result['err'] or result['out'])[-2000:]}")
    return {
        "seconds": result["seconds"],
        "cpu_s": result["cpu"],
        "peak_mb": result["peak"] / 1e6,
        "statements": int(counter.read_text()) if counter.exists() else None,
        "code": result["code"],
    }


class Backend:
    """Where the centres of one backend live, and how a centre is copied for each checkout."""

    def __init__(self, name: str, root: Path, server: str | None) -> None:
        self.name = name
        self.root = root
        self.server = server

    def new(self, label: str) -> str:
        if self.server is None:
            return str(self.root / f"{label}.sqlite")
        return fresh_postgres(self.server)

    def copy(self, location: str, label: str) -> str:
        if self.server is None:
            target = self.root / f"{label}.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copy(location, target)
            return str(target)
        source = make_url(location).database
        name = f"{source}_{label.replace('-', '_')}"
        admin = create_engine(self.server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}"'))
        admin.dispose()
        return make_url(self.server).set(database=name).render_as_string(hide_password=False)

    def drop(self, location: str) -> None:
        if self.server is None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{location}{suffix}").unlink(missing_ok=True)
        else:
            drop_postgres(location, self.server)


def prepare(backend: Backend, size: int, work: Path) -> dict[str, Any]:
    """The centre of ``size`` assessments less the tenth installation's, that installation's
    database with its full bundle, and a small bundle of one assessment added after it."""
    started = time.perf_counter()
    centre = backend.new(f"centre-{size}")
    info = build_centre(centre, size, held_back=1, keys=work / "centre-keys")
    first, count = info.held_back[0]
    from cpdesk.services.sync import keys as sync_keys
    from cpdesk.services.workspace import open_workspace

    with key_directory(work / "field-keys"):
        field, programme_id, rows = build_field(
            work / f"field-{size}.sqlite", count, first=first, programme=info.programme
        )
        sync_keys.export_public_key(field, work / "field.cpdeskkey", "Field installation 10")
    with key_directory(work / "centre-keys"):
        db = open_workspace(centre)
        sync_keys.trust_key(db, work / "field.cpdeskkey", "Field installation 10")
        sync_keys.export_centre_key(db, work / "centre.cpdeskkey")
        db.close()
    built = time.perf_counter() - started
    field_location = str(work / f"field-{size}.sqlite")
    to = ["--to", str(work / "centre.cpdeskkey")]
    big, small = work / f"field-{size}.cpb", work / f"field-{size}-small.cpb"
    run(HERE, field_location, ["export", "--all", "-o", str(big), *to], work / "field-keys", work)
    fill(field, programme_id, first + count, 1, random.Random(size), None)
    field.close()
    run(HERE, field_location, ["export", "-o", str(small), *to], work / "field-keys", work)
    return {
        "centre": centre,
        "build_s": built,
        "rows": info.rows + rows,
        "bundle_assessments": count,
        "bundle_mb": big.stat().st_size / 1e6,
        "big": big,
        "small": small,
    }


def measure(
    tree: Path, location: str, prepared: dict[str, Any], work: Path, leave_out: set[str]
) -> dict[str, dict[str, Any]]:
    """The commands of :data:`COMMANDS` on the centre at ``location``, in order, but those
    left out (their figures are None)."""
    keys = work / "centre-keys"
    big, small = str(prepared["big"]), str(prepared["small"])
    arguments = {
        "import": ["import", big],
        "summary programme": ["summary", "programme", "CENTRE"],
        "report programme": ["report", "programme", "CENTRE", "-o", str(work / "programme.pdf"), "--lang", "en"],
        "list assessments": ["list", "assessments"],
        "centre year": ["centre", "year", "2010"],
        "check": ["check"],
        "export --all": ["export", "--all", "-o", str(work / "centre-all.cpb")],
        "small import": ["import", small],
        "re-import": ["import", big],
    }
    results: dict[str, Any] = {}
    for name in COMMANDS:
        results[name] = None if name in leave_out else run(tree, location, arguments[name], keys, work)
    (work / "centre-all.cpb").unlink(missing_ok=True)
    return results


def exponent(small: float, large: float, n_small: int, n_large: int) -> float | None:
    """k in time ∝ N^k between two sizes."""
    if small <= 0 or large <= 0 or n_small == n_large:
        return None
    return math.log(large / small) / math.log(n_large / n_small)


def _exponent_of(by_size: dict[str, Any], name: str, a: int, b: int) -> float | None:
    first, second = by_size[str(a)]["commands"][name], by_size[str(b)]["commands"][name]
    if first is None or second is None:
        return None
    return exponent(first["seconds"], second["seconds"], a, b)


def table(results: dict[str, Any], sizes: list[int]) -> str:
    """The figures as a Markdown table: one row per command, per backend and checkout."""
    lines = []
    for backend, by_tree in results.items():
        for tree, by_size in by_tree.items():
            head = ["command", *[f"N = {n:,}: s (CPU s) / MB / statements" for n in sizes]]
            head += [f"k {a:,}→{b:,}" for a, b in zip(sizes, sizes[1:], strict=False)]
            lines.append(f"\n{backend}, {tree}:\n")
            lines.append("| " + " | ".join(head) + " |")
            lines.append("|" + "---|" * len(head))
            for name in COMMANDS:
                cells = [name]
                for n in sizes:
                    m = by_size[str(n)]["commands"][name]
                    cells.append(
                        "–"
                        if m is None
                        else f"{m['seconds']:.2f} ({m['cpu_s']:.2f}) / {m['peak_mb']:.0f} / {m['statements']}"
                    )
                for a, b in zip(sizes, sizes[1:], strict=False):
                    k = _exponent_of(by_size, name, a, b)
                    cells.append("–" if k is None else f"{k:.2f}")
                lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--assessments", type=int, nargs="+", default=[100, 1000], metavar="N")
    parser.add_argument("--postgres", metavar="URL", help="also on a new database of this PostgreSQL server")
    parser.add_argument("--no-sqlite", action="store_true", help="only on PostgreSQL")
    parser.add_argument("--before", help="a checkout of cpdesk to compare with, on copies of the same centre")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON as well")
    parser.add_argument(
        "--leave-out", nargs="+", default=[], choices=COMMANDS[1:], metavar="COMMAND", help="commands not to run"
    )
    args = parser.parse_args()
    sizes = sorted(set(args.assessments))
    trees = {"this code": HERE, **({"before": Path(args.before).resolve()} if args.before else {})}
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-centre-") as tmp:
        root = Path(tmp)
        backends = [] if args.no_sqlite else [Backend("SQLite", root, None)]
        if args.postgres:
            backends.append(Backend("PostgreSQL", root, args.postgres))
        for backend in backends:
            results[backend.name] = {name: {} for name in trees}
            for size in sizes:
                work = root / f"{backend.name}-{size}"
                work.mkdir()
                prepared = prepare(backend, size, work)
                print(
                    f"{backend.name}, {size:,} assessments: built in {prepared['build_s']:.0f} s, "
                    f"{prepared['rows']:,} rows; the field's bundle {prepared['bundle_assessments']} assessments, "
                    f"{prepared['bundle_mb']:.1f} MB",
                    file=sys.stderr,
                )
                order = list(trees.items()) if size % 2 == 0 else list(reversed(trees.items()))
                for name, tree in order:
                    copy = backend.copy(prepared["centre"], f"run-{size}-{len(name)}")
                    started = time.perf_counter()
                    commands = measure(tree, copy, prepared, work, set(args.leave_out))
                    backend.drop(copy)
                    results[backend.name][name][str(size)] = {
                        "build_s": prepared["build_s"],
                        "rows": prepared["rows"],
                        "commands": commands,
                    }
                    print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr)
                backend.drop(prepared["centre"])
                shutil.rmtree(work)
    print(table(results, sizes))
    if args.json:
        exponents = {
            backend: {
                tree: {
                    name: {
                        f"{a}-{b}": _exponent_of(by_size, name, a, b) for a, b in zip(sizes, sizes[1:], strict=False)
                    }
                    for name in COMMANDS
                }
                for tree, by_size in by_tree.items()
            }
            for backend, by_tree in results.items()
        }
        print(json.dumps({"sizes": sizes, "results": results, "exponents": exponents}, indent=1))


if __name__ == "__main__":
    main()
