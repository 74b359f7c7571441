"""Benchmark: export and import of a field database, beside a plain zip and a raw insert.

Run from the repository root::

    python tests/bench/bench_sync.py             # 100 assessments, 10 million points, 200 photos
    python tests/bench/bench_sync.py --quick     # 10 assessments, 1 million points, 20 photos
    python tests/bench/bench_sync.py --before ../before   # also the code checked out there

The field database holds ``--assessments`` assessments (each with a company, process steps,
streams, readings, task progress, a team, options with savings), one logger series per
assessment sharing ``--points`` readings between them (numpy chunks, as the logger import
stores them) and ``--photos`` attachments of random bytes (incompressible, like JPEGs).

In one run, on the same machine:

- **export**: ``cpdesk export --all`` to the centre (signed, encrypted, written atomically,
  read back), beside writing a plain ZIP of the very same member bytes (records deflated,
  files stored) with no database, no signature, no encryption, no fsync. Each export runs in
  a process of its own (``--runs`` times, alternating with the baselines and ``--before``):
  the export's own wall and CPU time, and those of the whole process (Python's start and the
  imports included). The baselines: the plain ZIP written from the members in memory, in this
  process, beside the export's own time; and a bare Python process that imports zipfile,
  reads the members from files and writes the plain ZIP, beside the whole process;
- **import**: ``cpdesk import`` at an empty centre (decrypt, verify every hash and record,
  merge in one transaction), beside inserting the same rows into an empty database with
  Python's sqlite3 ``executemany`` (rows copied as stored, no checks); its time and the
  peak resident memory of the process, which runs the import alone;
- **re-import**: the same bundle again, which is recognised and changes nothing;
- **a 400 MB attachment**: a bundle holding one attachment of 400 MB (more than a record may
  carry), imported at the centre that holds the rest: its time and peak memory.

``--before DIR`` runs the same exports and imports, in the same run and alternating with this
code, with the cpdesk of another checkout (``git worktree add DIR COMMIT``), on copies of the
same databases: the way to compare a change with the code before it on a noisy machine.
``--exports-only`` leaves the imports out.

No timing is asserted anywhere: the figures are for the README.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert  # noqa: E402

from cpdesk.services.sync import importing as sync
from cpdesk.services.sync import keys as sync_keys  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from cpdesk.store.models import (  # noqa: E402
    Assessment,
    Attachment,
    Company,
    Measurement,
    Option,
    OptionSaving,
    ProcessStep,
    Programme,
    Series,
    SeriesChunk,
    Stream,
    TaskProgress,
    TeamMember,
)
from cpdesk.sync.archive import SafeArchive  # noqa: E402
from cpdesk.sync.payload import open_payload  # noqa: E402
from cpdesk.sync.records import synced_tables  # noqa: E402

CHUNK_POINTS = 1 << 18  # as the logger storage writes them
HERE = Path(__file__).resolve().parents[2]
#: Runs its arguments as a child and reports the child's peak memory. A process's own peak
#: would count the pages it shared with this benchmark when it was forked (Linux keeps the
#: high-water mark across exec); this small process's child starts from its small size.
MEASURE = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    started = time.perf_counter()
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss * 1024  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr, "peak": peak,
                      "wall": wall, "cpu": cpu}))
    """
)
#: One import in a process of its own, with the cpdesk of the checkout given first.
IMPORTER = textwrap.dedent(
    """
    import json, sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from cpdesk.services.sync import importing as sync
    from cpdesk.services.workspace import open_workspace

    db = open_workspace(Path(sys.argv[2]))
    times = []
    for bundle in sys.argv[3:]:
        started = time.perf_counter()
        try:
            status = sync.import_bundle(db, Path(bundle)).status
        except Exception as exc:
            status = f"refused: {exc}"
        times.append([time.perf_counter() - started, status[:160]])
    db.close()
    print(json.dumps(times))
    """
)


#: One export in a process of its own, with the cpdesk of the checkout given first: the export's
#: own wall and CPU time (the process's are measured around it, by MEASURE).
EXPORTER = textwrap.dedent(
    """
    import json, os, sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from cpdesk.services.sync import exporting
    from cpdesk.services.workspace import open_workspace

    os.environ["CPDESK_DATA_DIR"] = sys.argv[5]
    db = open_workspace(Path(sys.argv[2]))
    started, cpu = time.perf_counter(), time.process_time()
    result = exporting.export_bundle(db, Path(sys.argv[3]), all_records=True, to=sys.argv[4])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "size": result.size}))
    """
)
#: The baseline of a whole export process: a bare Python that imports zipfile, reads the
#: members from the files named in a list and writes them into a plain ZIP (records deflated
#: at level 6, files stored).
ZIPPER = textwrap.dedent(
    """
    import json, sys, zipfile
    with open(sys.argv[1]) as listing:
        members = json.load(listing)
    with zipfile.ZipFile(sys.argv[2], "w") as archive:
        for name, source in members:
            with open(source, "rb") as handle:
                data = handle.read()
            method = zipfile.ZIP_DEFLATED if name.endswith((".jsonl", ".json")) else zipfile.ZIP_STORED
            archive.writestr(name, data, compress_type=method, compresslevel=6 if method else None)
    """
)


def _meta(now: datetime, device: str) -> dict[str, object]:
    return dict(id=uuid.uuid4(), created_at=now, updated_at=now, device_id=device, version=1)


def fill(db: object, assessments: int, points: int, photos: int, rng: np.random.Generator) -> int:
    """Write the field data with Core inserts (fast); return the number of rows."""
    now = datetime.now(UTC)
    device = db.device_id  # type: ignore[attr-defined]
    rows: dict[type, list[dict[str, object]]] = {}

    def add(model: type, **values: object) -> uuid.UUID:
        row = {**_meta(now, device), **values}
        rows.setdefault(model, []).append(row)
        return row["id"]  # type: ignore[return-value]

    programme = add(Programme, code="BENCH", name="Benchmark programme", origin="field")
    ids = []
    for n in range(assessments):
        company = add(Company, name=f"Company {n}", sector="textile", origin="field")
        a = add(Assessment, company_id=company, programme_id=programme, title=f"Assessment {n}", exchange_rate=24000.0)
        ids.append(a)
        for task in range(1, 19):
            add(TaskProgress, assessment_id=a, task_no=task, status="done" if task < 10 else "not_started")
        for member in range(3):
            add(TeamMember, assessment_id=a, name=f"Member {member}", role="member")
        steps = [add(ProcessStep, assessment_id=a, name=f"Step {s}", position=s) for s in range(5)]
        for s in range(10):
            stream = add(
                Stream,
                assessment_id=a,
                name=f"Stream {s}",
                kind="water",
                carrier="water",
                source_step_id=steps[s % 5],
                target_step_id=steps[(s + 1) % 5],
            )
            for r in range(2):
                add(
                    Measurement,
                    stream_id=stream,
                    value=float(rng.uniform(1, 100)),
                    unit="m3/h",
                    basis="per_hour",
                    measured_at=now - timedelta(days=r),
                )
        for o in range(5):
            option = add(Option, assessment_id=a, code=f"O{o}", title=f"Option {o}", category="good_housekeeping")
            add(OptionSaving, option_id=option, carrier="water", quantity=float(rng.uniform(1, 1000)), unit="m3")
    per_series = max(points // assessments, 1)
    start = int(now.timestamp()) * 1_000_000_000
    for n, a in enumerate(ids):
        series = add(Series, assessment_id=a, name=f"Flow {n}", unit="m3/h", point_count=per_series)
        begins = start + n * 86_400 * 1_000_000_000  # a day apart: no two chunks alike
        for number, first in enumerate(range(0, per_series, CHUNK_POINTS)):
            count = min(CHUNK_POINTS, per_series - first)
            times = begins + (first + np.arange(count, dtype="<i8")) * 1_000_000_000
            values = rng.normal(50.0, 5.0, count).astype("<f8")
            add(
                SeriesChunk,
                series_id=series,
                chunk_no=number,
                t0=int(times[0]),
                t1=int(times[-1]),
                count=count,
                timestamps=times.tobytes(),
                readings=values.tobytes(),
            )
    for p in range(photos):
        size = int(rng.integers(200_000, 400_000))
        add(
            Attachment,
            assessment_id=ids[p % len(ids)],
            filename=f"photo-{p}.jpg",
            media_type="image/jpeg",
            content=os.urandom(size),
            size_bytes=size,
        )
    with db.sessions.begin() as session:  # type: ignore[attr-defined]
        for codec in synced_tables():
            model = codec.model
            if model in rows:
                for start_at in range(0, len(rows[model]), 2000):
                    session.execute(insert(model), rows[model][start_at : start_at + 2000])
    return sum(len(v) for v in rows.values())


def plain_zip(members: dict[str, bytes], path: Path) -> tuple[float, float]:
    """Seconds and CPU seconds to zip the same member bytes the bundle holds (records
    deflated, files stored)."""
    started, cpu = time.perf_counter(), time.process_time()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            method = zipfile.ZIP_DEFLATED if name.endswith((".jsonl", ".json")) else zipfile.ZIP_STORED
            archive.writestr(name, data, compress_type=method, compresslevel=6 if method else None)
    return time.perf_counter() - started, time.process_time() - cpu


def measured(command: list[str], tree: Path | None = None) -> dict[str, Any]:
    """Run ``command`` in a child process of its own: its output, wall and CPU time, peak memory."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        capture_output=True,
        text=True,
        env={**os.environ, **({"PYTHONPATH": str(tree)} if tree else {})},
        cwd=tree or HERE,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{command[:3]} failed: {result['err'][-2000:]}")
    return result


def measure_exports(
    trees: dict[str, Path], root: Path, members: dict[str, bytes], runs: int
) -> dict[str, list[dict[str, float]]]:
    """``runs`` rounds, each: an export in a process of its own with every checkout (in turn
    first and last), then the plain ZIP from memory in this process and the plain ZIP's own
    process."""
    folder = root / "members"
    folder.mkdir(exist_ok=True)
    listing = []
    for number, (name, data) in enumerate(members.items()):
        (folder / str(number)).write_bytes(data)
        listing.append([name, str(folder / str(number))])
    (root / "members.json").write_text(json.dumps(listing))
    found: dict[str, list[dict[str, float]]] = {name: [] for name in [*trees, "plain zip", "plain zip process"]}
    keys = str(root / "keys-field")
    for run in range(runs):
        order = list(trees.items()) if run % 2 == 0 else list(reversed(trees.items()))
        for name, tree in order:
            bundle = root / f"export-{name}.cpb"
            command = [
                EXPORTER,
                str(tree),
                str(root / "field.sqlite"),
                str(bundle),
                str(root / "centre.cpdeskkey"),
                keys,
            ]
            child = measured([sys.executable, "-c", *command], tree)
            own = json.loads(child["out"])
            found[name].append(
                {
                    "seconds": own["seconds"],
                    "cpu": own["cpu"],
                    "process": child["wall"],
                    "process_cpu": child["cpu"],
                    "peak": child["peak"],
                    "size": own["size"],
                }
            )
            bundle.unlink()
        seconds, cpu = plain_zip(members, root / "plain.zip")
        found["plain zip"].append({"seconds": seconds, "cpu": cpu})
        child = measured([sys.executable, "-c", ZIPPER, str(root / "members.json"), str(root / "plain.zip")])
        found["plain zip process"].append({"process": child["wall"], "process_cpu": child["cpu"]})
    shutil.rmtree(folder)
    return found


def export_report(found: dict[str, list[dict[str, float]]]) -> list[str]:
    """The exports' lines: medians, and each run's figures, over the baselines of the same run."""
    lines = []
    zips, processes = found["plain zip"], found["plain zip process"]
    for name, runs in found.items():
        if name.startswith("plain zip"):
            continue
        export = statistics.median(r["seconds"] for r in runs)
        cpu = statistics.median(r["cpu"] for r in runs)
        process = statistics.median(r["process"] for r in runs)
        process_cpu = statistics.median(r["process_cpu"] for r in runs)
        peak = max(r["peak"] for r in runs) / 1e6
        lines.append(
            f"export, {name}: {export:.2f} s (cpu {cpu:.2f}), whole process {process:.2f} s (cpu {process_cpu:.2f}), "
            f"peak {peak:,.0f} MB; medians of {len(runs)}"
        )
        for r, z, p in zip(runs, zips, processes, strict=True):
            lines.append(
                f"   export {r['seconds']:.2f} s (cpu {r['cpu']:.2f}) over the plain zip {z['seconds']:.2f} s "
                f"(cpu {z['cpu']:.2f}): {r['seconds'] / z['seconds']:.1f}x (cpu {r['cpu'] / z['cpu']:.1f}x); "
                f"process {r['process']:.2f} s (cpu {r['process_cpu']:.2f}) over the zip's "
                f"{p['process']:.2f} s (cpu {p['process_cpu']:.2f}): {r['process'] / p['process']:.1f}x "
                f"(cpu {r['process_cpu'] / p['process_cpu']:.1f}x)"
            )
    return lines


def raw_insert(source: Path, target: Path) -> float:
    """Seconds to insert the field's rows, as stored, into an empty database with sqlite3."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    tables = [codec.name for codec in synced_tables()]
    data = {name: src.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables}  # noqa: S608
    columns = {name: len(src.execute(f'SELECT * FROM "{name}" LIMIT 0').description) for name in tables}  # noqa: S608
    src.close()
    started = time.perf_counter()
    dst.execute("BEGIN")
    for name in tables:
        if data[name]:
            marks = ", ".join("?" * columns[name])
            dst.executemany(f'INSERT INTO "{name}" VALUES ({marks})', data[name])  # noqa: S608
    dst.execute("COMMIT")
    elapsed = time.perf_counter() - started
    dst.close()
    return elapsed


def big_attachment(field: object, megabytes: int) -> bytes:
    """One attachment of ``megabytes`` MB, written straight into the field's database."""
    content = os.urandom(megabytes * 1_000_000)
    now = datetime.now(UTC)
    with field.sessions.begin() as session:  # type: ignore[attr-defined]
        assessment = session.execute(Assessment.__table__.select().limit(1)).first()
        session.execute(
            insert(Attachment),
            [
                {
                    **_meta(now, field.device_id),  # type: ignore[attr-defined]
                    "assessment_id": assessment.id,
                    "filename": "video.mp4",
                    "media_type": "video/mp4",
                    "content": content,
                    "size_bytes": len(content),
                    "sha256": hashlib.sha256(content).hexdigest(),
                }
            ],
        )
    return content


def measure_imports(tree: Path, root: Path, name: str) -> dict[str, float | str]:
    """With the cpdesk of ``tree``: the big bundle at an empty centre (twice: the second is
    the re-import), then the attachment's bundle at a centre holding the first; each in a
    process of its own, with its peak resident memory."""
    centre = root / f"centre-{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{centre}{suffix}").unlink(missing_ok=True)
    shutil.copy(root / "centre-empty.sqlite", centre)
    times, rss = run_import(tree, centre, root / "bundle.cpb", root / "bundle.cpb")
    (first, status), (again, _) = times
    assert status == "imported", status
    holding = root / f"centre-{name}-big.sqlite"
    shutil.copy(centre, holding)
    ((big, big_status),), big_rss = run_import(tree, holding, root / "attachment.cpb")
    holding.unlink()
    return {
        "import_s": first,
        "again_s": again,
        "import_rss": rss,
        "big_s": big,
        "big_rss": big_rss,
        "big_status": big_status,
    }


def run_import(tree: Path, database: Path, *bundles: Path) -> tuple[list[tuple[float, str]], float]:
    """Import ``bundles`` into ``database`` in a child process: seconds and status of each,
    and the child's peak resident memory in bytes."""
    result = measured([sys.executable, "-c", IMPORTER, str(tree), str(database), *map(str, bundles)], tree)
    return [(float(t), str(s)) for t, s in json.loads(result["out"])], float(result["peak"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--assessments", type=int)
    parser.add_argument("--points", type=int)
    parser.add_argument("--photos", type=int)
    parser.add_argument("--attachment-mb", type=int, default=400)
    parser.add_argument("--before", help="a checkout of cpdesk to compare with (git worktree add DIR COMMIT)")
    parser.add_argument("--runs", type=int, default=1, help="exports and imports per checkout, alternating")
    parser.add_argument("--exports-only", action="store_true", help="measure the exports, not the imports")
    args = parser.parse_args()
    assessments = args.assessments or (10 if args.quick else 100)
    points = args.points or (1_000_000 if args.quick else 10_000_000)
    photos = args.photos if args.photos is not None else (20 if args.quick else 200)
    rng = np.random.default_rng(7)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-field")
        field = open_workspace(root / "field.sqlite")
        rows = fill(field, assessments, points, photos, rng)
        centre = open_workspace(root / "centre.sqlite")
        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-centre")
        sync_keys.init_centre(centre, "Bench centre")
        sync_keys.export_centre_key(centre, root / "centre.cpdeskkey")
        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-field")
        sync_keys.export_public_key(field, root / "field.cpdeskkey", "Bench auditor")
        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-centre")
        sync_keys.trust_key(centre, root / "field.cpdeskkey", "Bench auditor")

        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-field")
        started = time.perf_counter()
        result = sync.export_bundle(field, root / "bundle.cpb", all_records=True, to=str(root / "centre.cpdeskkey"))
        export_s = time.perf_counter() - started

        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-centre")
        with centre.reading() as session:
            keys = sync_keys.private_keys(session)
        _header, payload = open_payload(root / "bundle.cpb", keys, max_size=1 << 40, source="bench")
        with SafeArchive(payload) as archive:
            members = {name: b"".join(archive.stream(name)) for name in archive.members}
        zip_s, _zip_cpu = plain_zip(members, root / "plain.zip")
        plain_size = (root / "plain.zip").stat().st_size
        trees = {"cpdesk": HERE, **({"before": Path(args.before).resolve()} if args.before else {})}
        field.close()  # the exports open it in processes of their own
        exports = measure_exports(trees, root, members, args.runs)
        field = open_workspace(root / "field.sqlite")
        del members

        empty = open_workspace(root / "raw.sqlite")
        empty.close()
        conn = sqlite3.connect(root / "raw.sqlite")
        for codec in reversed(synced_tables()):
            conn.execute(f'DELETE FROM "{codec.name}"')  # noqa: S608  (the shipped factor set)
        conn.commit()
        conn.close()
        assert field.path is not None
        raw_s = raw_insert(field.path, root / "raw.sqlite")

        # The 400 MB attachment: exported as the field's next bundle, after the big one.
        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-field")
        big = big_attachment(field, args.attachment_mb)
        sync.export_bundle(field, root / "attachment.cpb", to=str(root / "centre.cpdeskkey"))
        del big
        centre.close()
        shutil.copy(centre.path, root / "centre-empty.sqlite")  # type: ignore[arg-type]

        os.environ["CPDESK_DATA_DIR"] = str(root / "keys-centre")
        runs: dict[str, list[dict[str, float | str]]] = {name: [] for name in trees}
        for run in range(0 if args.exports_only else args.runs):
            for name, tree in trees.items() if run % 2 == 0 else reversed(trees.items()):
                runs[name].append(measure_imports(tree, root, name))
        field.close()

    mb = result.size / 1e6
    print(f"field data: {assessments} assessments, {points:,} logger points, {photos} photos, {rows:,} rows")
    print(f"bundle: {mb:,.1f} MB encrypted ({plain_size / 1e6:,.1f} MB as a plain zip)")
    print(f"{'':<10} {'cpdesk':>10} {'baseline':>10} {'ratio':>8}")
    print(f"{'export':<10} {export_s:>9.2f}s {zip_s:>9.2f}s {export_s / zip_s:>7.1f}x  (first export, in this process)")
    print("\n".join(export_report(exports)))
    for name, rounds in runs.items():
        if not rounds:
            continue
        import_s = statistics.median(float(m["import_s"]) for m in rounds)
        again_s = statistics.median(float(m["again_s"]) for m in rounds)
        big_s = statistics.median(float(m["big_s"]) for m in rounds)
        rss = max(float(m["import_rss"]) for m in rounds) / 1e6
        big_rss = max(float(m["big_rss"]) for m in rounds) / 1e6
        print(f"-- {name} ({trees[name]}), median of {len(rounds)} run(s), peak memory the largest:")
        print(
            f"{'import':<10} {import_s:>9.2f}s {raw_s:>9.2f}s {import_s / raw_s:>7.1f}x  "
            f"(baseline: sqlite3 insert); peak {rss:,.0f} MB"
        )
        print(f"{'re-import':<10} {again_s:>9.2f}s {'':>10} {again_s / import_s:>7.3f}   of the first import")
        print(f"{'400 MB':<10} {big_s:>9.2f}s {'':>10} {'':>8}  peak {big_rss:,.0f} MB: {rounds[0]['big_status']}")
        every = ", ".join(f"{float(m['import_s']):.2f}s" for m in rounds)
        print(f"   every import: {every}")
    if len(runs) == 2 and not args.exports_only:
        mine, before = (statistics.median(float(m["import_s"]) for m in runs[name]) for name in runs)
        pairs = [float(a["import_s"]) / float(b["import_s"]) for a, b in zip(*runs.values(), strict=True)]
        print(
            f"import, this code over the code before: {mine / before:.2f}x (median of each pair: "
            f"{statistics.median(pairs):.2f}x)"
        )


if __name__ == "__main__":
    main()
