"""Benchmark: export and import of a field database, beside a plain zip and a raw insert.

Run from the repository root::

    python tests/bench/bench_sync.py             # 100 assessments, 10 million points, 200 photos
    python tests/bench/bench_sync.py --quick     # 10 assessments, 1 million points, 20 photos

The field database holds ``--assessments`` assessments (each with a company, process steps,
streams, readings, task progress, a team, options with savings), one logger series per
assessment sharing ``--points`` readings between them (numpy chunks, as the logger import
stores them) and ``--photos`` attachments of random bytes (incompressible, like JPEGs).

In one run, on the same machine:

- **export**: ``cpdesk export --all`` to the centre (signed, encrypted, written atomically,
  read back), beside writing a plain ZIP of the very same member bytes (records deflated,
  files stored) with no database, no signature, no encryption, no fsync;
- **import**: ``cpdesk import`` at an empty centre (decrypt, verify every hash and record,
  merge in one transaction), beside inserting the same rows into an empty database with
  Python's sqlite3 ``executemany`` (rows copied as stored, no checks);
- **re-import**: the same bundle again, which is recognised and changes nothing.

No timing is asserted anywhere: the figures are for the README.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import sys
import tempfile
import time
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert  # noqa: E402

from cpdesk.services import sync, sync_keys  # noqa: E402
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
from cpdesk.sync.envelope import extract_payload  # noqa: E402
from cpdesk.sync.records import synced_tables  # noqa: E402

CHUNK_POINTS = 1 << 18  # as the logger storage writes them


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


def plain_zip(members: dict[str, bytes], path: Path) -> float:
    """Seconds to zip the same member bytes the bundle holds (records deflated, files stored)."""
    started = time.perf_counter()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            method = zipfile.ZIP_DEFLATED if name.endswith((".jsonl", ".json")) else zipfile.ZIP_STORED
            archive.writestr(name, data, compress_type=method, compresslevel=6 if method else None)
    return time.perf_counter() - started


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--assessments", type=int)
    parser.add_argument("--points", type=int)
    parser.add_argument("--photos", type=int)
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
        payload = io.BytesIO()
        with open(root / "payload.zip", "wb") as out:
            extract_payload(root / "bundle.cpb", out, keys, max_size=1 << 40, source="bench")
        with SafeArchive(root / "payload.zip") as archive:
            members = {name: b"".join(archive.stream(name)) for name in archive.members}
        del payload
        zip_s = plain_zip(members, root / "plain.zip")
        plain_size = (root / "plain.zip").stat().st_size
        del members

        started = time.perf_counter()
        first = sync.import_bundle(centre, root / "bundle.cpb")
        import_s = time.perf_counter() - started
        started = time.perf_counter()
        again = sync.import_bundle(centre, root / "bundle.cpb")
        again_s = time.perf_counter() - started

        empty = open_workspace(root / "raw.sqlite")
        empty.close()
        field_path = field.path
        field.close()
        centre.close()
        conn = sqlite3.connect(root / "raw.sqlite")
        for codec in reversed(synced_tables()):
            conn.execute(f'DELETE FROM "{codec.name}"')  # noqa: S608  (the shipped factor set)
        conn.commit()
        conn.close()
        assert field_path is not None
        raw_s = raw_insert(field_path, root / "raw.sqlite")

    mb = result.size / 1e6
    print(f"field data: {assessments} assessments, {points:,} logger points, {photos} photos, {rows:,} rows")
    print(f"bundle: {mb:,.1f} MB encrypted ({plain_size / 1e6:,.1f} MB as a plain zip), {first.totals.new:,} records")
    print(f"{'':<10} {'cpdesk':>10} {'baseline':>10} {'ratio':>8}")
    print(f"{'export':<10} {export_s:>9.2f}s {zip_s:>9.2f}s {export_s / zip_s:>7.1f}x  (baseline: plain zip)")
    print(f"{'import':<10} {import_s:>9.2f}s {raw_s:>9.2f}s {import_s / raw_s:>7.1f}x  (baseline: sqlite3 insert)")
    print(
        f"{'re-import':<10} {again_s:>9.2f}s {'':>10} {again_s / import_s:>7.3f}   of the first import ({again.status})"
    )


if __name__ == "__main__":
    main()
