"""Benchmark: a centre's own export and an import per record, on SQLite and PostgreSQL.

Run from the repository root (on a shared machine, under ``nice``)::

    python tests/bench/bench_sync_centre.py --assessments 1000
    python tests/bench/bench_sync_centre.py --assessments 1000 --postgres postgresql+psycopg://u:p@host/db
    python tests/bench/bench_sync_centre.py --assessments 1000 --before ../before --runs 3

A centre of ``--assessments`` assessments is built with ``centre_data.build_centre`` (10
field installations, 10 steps, 50 streams, 100 measurements, 15 options each), on SQLite and,
with ``--postgres`` (a server URL; the role needs CREATEDB), on a new database of that server.
A field installation's own database of a tenth as many assessments gives a real bundle. Then,
each in a process of its own (its peak resident memory read by a small parent process):

- **export --all**: the centre's own export (no peer: plain, signed, fsync, read back),
  beside the baseline in the same run: the very same JSON lines (the records members of the
  bundle just written) written into a ZIP with :mod:`zipfile` directly (deflate level 6);
- **import**: the field's bundle imported at a copy of the centre: microseconds per
  imported record;
- **open**: opening the centre's database as every command does, once cpdesk's modules and
  the database driver are imported (connect, schema revision, device id, reference data):
  the overhead a short command pays before its first query of its own; and the import of
  the driver (``sqlite3``, ``psycopg``) before it.

Each figure is the median of ``--runs`` runs, as wall time and as the process's CPU time (the
machine is shared: CPU time moves less with its load). ``--before DIR`` runs the same with
the cpdesk of another checkout (``git archive COMMIT | tar -x -C DIR``), alternating with
this code, on copies of the same centre and the same bundle. ``--centre LOCATION --keys DIR``
times only the export --all and its plain ZIP, of a centre built before (by this benchmark or
``centre_data.py``; the 5 000-assessment one takes most of an hour to build)::

    python tests/bench/bench_sync_centre.py --centre centre-5000.sqlite --keys centre-keys --runs 3

The plain ZIP is Python's own (zlib at level 6); the export deflates with ISA-L, which gives
the same size in a twelfth of the time (see :mod:`cpdesk.sync.deflate`).

No timing is asserted anywhere: the figures are for the README.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_centre import Backend  # noqa: E402
from bench_sync import MEASURE  # noqa: E402
from centre_data import build_centre, build_field, key_directory  # noqa: E402

HERE = Path(__file__).resolve().parents[2]
#: One export, import or opening in a process of its own, with the cpdesk of the checkout given first.
CHILD = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    what, location, bundle = sys.argv[2:5]
    from cpdesk.services.workspace import open_workspace
    started = time.perf_counter()
    __import__("psycopg" if location.startswith("postgresql") else "sqlite3")
    driver = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    db = open_workspace(location)
    opened, opened_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    records = 0
    if what == "export":
        from cpdesk.services.sync import exporting
        records = sum(exporting.export_bundle(db, Path(bundle), all_records=True).tables.values())
    elif what == "import":
        from cpdesk.services.sync import importing
        report = importing.import_bundle(db, Path(bundle))
        assert report.status == "imported", report.status
        records = sum(e.total for e in report.entities.values())
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "records": records, "open": opened, "open_cpu": opened_cpu,
                      "driver": driver}))
    """
)


def child(tree: Path, what: str, location: str, bundle: Path, keys: Path) -> dict[str, float]:
    """Run :data:`CHILD` with the cpdesk of ``tree``; its figures and its peak memory."""
    command = [sys.executable, "-c", CHILD, str(tree), what, location, str(bundle)]
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tree), "CPDESK_DATA_DIR": str(keys)},
        cwd=tree,
        check=True,
    )
    result = json.loads(done.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{what} with {tree} failed: {result['err'][-2000:]}")
    return {**json.loads(result["out"]), "peak": float(result["peak"])}


def plain_zip(bundle: Path, target: Path) -> dict[str, float]:
    """The baseline: the bundle's record lines written into a ZIP with zipfile directly."""
    from cpdesk.sync.archive import SafeArchive
    from cpdesk.sync.payload import open_payload

    _header, payload = open_payload(bundle, {}, max_size=1 << 40, source="bench")
    with SafeArchive(payload) as archive:
        members = {name: b"".join(archive.stream(name)) for name in archive.members if name.startswith("records/")}
    started, cpu = time.perf_counter(), time.process_time()
    with zipfile.ZipFile(target, "w") as out:
        for name, data in members.items():
            out.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    target.unlink()
    return {"seconds": seconds, "cpu": cpu, "mb": sum(map(len, members.values())) / 1e6}


def prepare(backend: Backend, size: int, work: Path) -> tuple[str, Path]:
    """The centre of ``size`` assessments and a field's full bundle of a tenth as many, to it."""
    from cpdesk.services.sync import exporting
    from cpdesk.services.sync import keys as sync_keys
    from cpdesk.services.workspace import open_workspace

    centre = backend.new(f"centre-{size}")
    info = build_centre(centre, size, keys=work / "centre-keys")
    with key_directory(work / "centre-keys"):
        db = open_workspace(centre)
        sync_keys.export_centre_key(db, work / "centre.cpdeskkey")
        db.close()
    bundle = work / f"field-{backend.name}.cpb"
    with key_directory(work / "field-keys"):
        field, _programme, _rows = build_field(
            work / f"field-{backend.name}.sqlite", max(size // 10, 1), first=size, programme=info.programme
        )
        sync_keys.export_public_key(field, work / "field.cpdeskkey", "Field installation 11")
        exporting.export_bundle(field, bundle, all_records=True, to=str(work / "centre.cpdeskkey"))
        field.close()
    with key_directory(work / "centre-keys"):
        db = open_workspace(centre)
        sync_keys.trust_key(db, work / "field.cpdeskkey", "Field installation 11")
        db.close()
    return centre, bundle


def measure(backend: Backend, trees: dict[str, Path], size: int, runs: int, work: Path) -> dict[str, Any]:
    centre, bundle = prepare(backend, size, work)
    keys = work / "centre-keys"
    results: dict[str, dict[str, list[dict[str, float]]]] = {name: {} for name in trees}
    for run in range(runs):
        order = list(trees.items()) if run % 2 == 0 else list(reversed(trees.items()))
        for name, tree in order:
            found = results[name]
            written = work / "centre-all.cpb"
            found.setdefault("export", []).append(child(tree, "export", centre, written, keys))
            found.setdefault("plain zip", []).append(plain_zip(written, work / "plain.zip"))
            written.unlink()
            copy = backend.copy(centre, f"copy-{name}")
            try:
                found.setdefault("import", []).append(child(tree, "import", copy, bundle, keys))
            finally:
                backend.drop(copy)
            found.setdefault("open", []).append(child(tree, "open", centre, bundle, keys))
    backend.drop(centre)
    return {name: {what: summary(rows) for what, rows in found.items()} for name, found in results.items()}


def measure_export(centre: str, keys: Path, trees: dict[str, Path], runs: int, work: Path) -> dict[str, Any]:
    """The export --all of a centre built before (``--centre``), and its plain ZIP, alternating
    between the trees: for a centre too big to build at every run."""
    results: dict[str, dict[str, list[dict[str, float]]]] = {name: {} for name in trees}
    for run in range(runs):
        order = list(trees.items()) if run % 2 == 0 else list(reversed(trees.items()))
        for name, tree in order:
            written = work / "centre-all.cpb"
            results[name].setdefault("export", []).append(child(tree, "export", centre, written, keys))
            results[name].setdefault("plain zip", []).append(plain_zip(written, work / "plain.zip"))
            written.unlink()
    return {name: {what: summary(rows) for what, rows in found.items()} for name, found in results.items()}


def export_report(results: dict[str, Any]) -> str:
    head = f"{'export --all':>26} {'plain zip':>18} {'ratio (cpu)':>14} {'records':>10} {'MB':>6} {'peak':>7}"
    lines = [f"{'':<12} {head}"]
    for tree, found in results.items():
        export, plain = found["export"], found["plain zip"]
        lines.append(
            f"{tree:<12} {export['seconds']:>8.2f} s (cpu {export['cpu']:>6.2f}) "
            f"{plain['seconds']:>6.2f} s (cpu {plain['cpu']:>5.2f}) "
            f"{export['seconds'] / plain['seconds']:>5.2f}× ({export['cpu'] / plain['cpu']:>4.2f}×) "
            f"{export['records']:>10,.0f} {plain['mb']:>6,.0f} {export['peak'] / 1e6:>5,.0f} MB"
        )
    return "\n".join(lines)


def summary(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(row[key] for row in rows) for key in rows[0]}


def report(results: dict[str, Any]) -> str:
    lines = [f"{'':<28} {'export --all':>22} {'plain zip':>16} {'ratio':>12} {'import µs/record':>18} {'open':>14}"]
    for backend, by_tree in results.items():
        for tree, found in by_tree.items():
            export, plain, imported, opened = found["export"], found["plain zip"], found["import"], found["open"]
            per_record = imported["seconds"] / imported["records"] * 1e6
            per_record_cpu = imported["cpu"] / imported["records"] * 1e6
            lines.append(
                f"{backend + ' ' + tree:<28} "
                f"{export['seconds']:>6.2f} s (cpu {export['cpu']:>5.2f}) "
                f"{plain['seconds']:>5.2f} s (cpu {plain['cpu']:>4.2f}) "
                f"{export['seconds'] / plain['seconds']:>4.1f}× ({export['cpu'] / plain['cpu']:>3.1f}×) "
                f"{per_record:>6.0f} (cpu {per_record_cpu:>4.0f}) "
                f"{opened['open']:>5.2f} s (cpu {opened['open_cpu']:.2f}, driver import {opened['driver']:.2f} s)"
            )
            lines.append(
                f"{'':<28} {export['records']:,.0f} records, {plain['mb']:,.0f} MB of lines, export peak "
                f"{export['peak'] / 1e6:,.0f} MB; {imported['records']:,.0f} imported, "
                f"peak {imported['peak'] / 1e6:,.0f} MB"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--postgres", help="a PostgreSQL server URL (the role needs CREATEDB)")
    parser.add_argument("--before", help="a checkout of cpdesk to compare with (git archive COMMIT | tar -x -C DIR)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--centre", help="only export --all, of this centre (a file or URL) built before")
    parser.add_argument("--keys", help="with --centre: the centre's key folder (CPDESK_DATA_DIR)")
    args = parser.parse_args()
    trees = {"cpdesk": HERE, **({"before": Path(args.before).resolve()} if args.before else {})}
    if args.centre:
        with tempfile.TemporaryDirectory() as tmp:
            found = measure_export(args.centre, Path(args.keys), trees, args.runs, Path(tmp))
        print(f"export --all of {args.centre}, median of {args.runs} run(s); wall time, and CPU time of the process")
        print(export_report(found))
        if args.json:
            print(json.dumps(found, indent=2))
        return
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        servers = {"sqlite": None, **({"postgresql": args.postgres} if args.postgres else {})}
        for name, server in servers.items():
            work = root / name
            work.mkdir()
            results[name] = measure(Backend(name, work, server), trees, args.assessments, args.runs, work)
    print(f"{args.assessments} assessments, median of {args.runs} run(s); wall time, and CPU time of the process")
    print(report(results))
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
