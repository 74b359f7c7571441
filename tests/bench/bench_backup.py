"""Benchmark: a backup of a 500 MB database, and typing while it runs, each beside a baseline.

Run from the repository root::

    python tests/bench/bench_backup.py            # 3 runs of each, alternating
    python tests/bench/bench_backup.py --runs 1 --keep /some/folder

The database: the demo, a plant of 200 water streams (the typing benchmark's, from
``bench_gui.py``) and three logger series of 10 000 000 points each (a noisy daily cycle,
one reading a second, as ``bench_logger.py`` makes them), about 500 MB.

1. backup: :func:`cpdesk.services.backups.writing.take_backup` (snapshot in steps under one
   read transaction, ``PRAGMA quick_check``, gzip, fsync and rename, read back whole and
   compared, note, rotation) beside the bare ``sqlite3`` backup API in one step plus gzip of
   the file at the same level (6) -- the issue's baseline. Alternating, so that the shared
   machine's load falls on both alike.
2. typing: the time from Enter in the quick-entry form to the balance table updated, for 40
   readings into the plant of 200 streams (as ``bench_gui.py``), without a backup and while
   the workbench's own backup of the same database runs in the background (started as the
   scheduler starts it, on the thread pool), alternating.

Nothing is asserted: the figures go to the README.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POINTS = 10_000_000
SERIES = 3
READINGS = 40


def build(folder: Path) -> tuple[Path, object]:
    """The 500 MB database: demo, plant of 200 streams, 3 x 10 M logger points."""
    from cpdesk.services.demo import data_set as demo
    from cpdesk.services.loggers.storage import write_readings
    from cpdesk.services.uow import unit_of_work
    from cpdesk.services.workspace import open_workspace
    from cpdesk.store.models import Series
    from tests.bench.bench_gui import plant_with_200_streams

    path = folder / "field.sqlite"
    db = open_workspace(path)
    demo.write_demo(db)
    plant = plant_with_200_streams(db)
    start = int(np.datetime64("2024-03-01T00:00:00", "ns").astype(np.int64))
    times = start + np.arange(POINTS, dtype=np.int64) * 1_000_000_000
    seconds = np.arange(POINTS) / 86_400
    rng = np.random.default_rng(22)
    for number in range(SERIES):
        values = 300 + 150 * np.sin(2 * np.pi * seconds) + rng.normal(0, 20, POINTS)
        with unit_of_work(db) as session:
            series = Series(
                assessment_id=plant.id,  # type: ignore[attr-defined]
                name=f"P{number + 1} (kW)",
                unit="kW",
                point_count=POINTS,
                first_at=datetime.fromtimestamp(start / 1e9, UTC),
                last_at=datetime.fromtimestamp(int(times[-1]) / 1e9, UTC),
                interval_s=1.0,
            )
            session.add(series)
            session.flush()
            write_readings(session, series.id, times, values)
    db.close()  # the log goes into the file: its size is the database's
    return path, plant


def bare_backup(path: Path, out: Path) -> None:
    """The baseline: sqlite3's backup API in one step, then gzip of the copy (level 6)."""
    raw = out.with_suffix(".raw")
    src, dst = sqlite3.connect(path), sqlite3.connect(raw)
    src.backup(dst)
    dst.close()
    src.close()
    with open(raw, "rb") as handle, gzip.open(out, "wb", compresslevel=6) as packed:
        shutil.copyfileobj(handle, packed, 1024 * 1024)
    raw.unlink()


def bench_backup(path: Path, folder: Path, runs: int) -> dict[str, object]:
    from cpdesk.services.backups.copies import BackupSettings
    from cpdesk.services.backups.writing import take_backup

    ours, bare = [], []
    sizes = {}
    for run in range(runs):
        target = folder / f"bare-{run}.sqlite.gz"
        start = time.perf_counter()
        bare_backup(path, target)
        bare.append(time.perf_counter() - start)
        sizes["bare_bytes"] = target.stat().st_size
        target.unlink()
        start = time.perf_counter()
        result = take_backup(
            path, folder / "backups", BackupSettings(), now=lambda r=run: datetime(2026, 1, 1, 9, r, tzinfo=UTC)
        )
        ours.append(time.perf_counter() - start)
        sizes["ours_bytes"] = result.copy.size
        print(f"  run {run + 1}: bare {bare[-1]:.1f} s, cpdesk {ours[-1]:.1f} s", flush=True)
    return {
        "database_bytes": path.stat().st_size,
        **sizes,
        "bare_s": bare,
        "ours_s": ours,
        "ratio_of_medians": statistics.median(ours) / statistics.median(bare),
        "paired_ratios": [o / b for o, b in zip(ours, bare, strict=True)],
    }


def bench_typing(path: Path, plant: object, runs: int) -> dict[str, object]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cpdesk.gui import workers
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench
    from cpdesk.services import backups
    from cpdesk.services.workspace import open_workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_workspace(path)
    window = MainWindow(Workbench(db, Preferences(language="vi"), str(path)))
    window.backup_scheduler.timer.stop()  # type: ignore[attr-defined]  # the bench starts its own copies
    window.resize(1440, 900)
    window.show()
    window.open_item("assessment", plant.id)  # type: ignore[attr-defined]
    balances = window.show_section("balances")
    app.processEvents()
    form = window.quick_entry
    stream = next(s for s in window.wb.detail(plant.id).streams if s.name == "Nước cấp 1")  # type: ignore[attr-defined]
    window.record_reading(stream.id)
    updated: list[float] = []
    balances.updated.connect(lambda: updated.append(time.perf_counter()))
    keeper = backups.keeper_for(db)
    value = [10]

    def type_readings() -> list[float]:
        times = []
        for i in range(READINGS + 3):
            value[0] += 1
            form.value.setText(f"{value[0]},5")
            updated.clear()
            start = time.perf_counter()
            QTest.keyClick(form.value, Qt.Key.Key_Return)
            deadline = start + 60
            while not updated:
                app.processEvents()
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"the balance did not update: {form.message.text()}")
            if i >= 3:
                times.append(updated[0] - start)
        return times

    quiet, busy, overlap = [], [], []
    for _run in range(runs):
        quiet.append(statistics.median(type_readings()))
        done = threading.Event()
        keeper._copied = None  # something changed: a copy is due  # noqa: SLF001
        workers.run_job(
            lambda p, c: keeper.run("manual", p, c), lambda _r, d=done: d.set(), parent=window, show_progress=False
        )
        time.sleep(1.0)  # the copy is under way (its snapshot steps)
        start = time.perf_counter()
        busy.append(statistics.median(type_readings()))
        typed_for = time.perf_counter() - start
        overlap.append(0.0 if done.is_set() else 1.0)
        while not done.is_set():
            app.processEvents()
            time.sleep(0.05)
        print(
            f"  run: quiet {1000 * quiet[-1]:.0f} ms, during a backup {1000 * busy[-1]:.0f} ms "
            f"({typed_for:.1f} s of typing)",
            flush=True,
        )
    window.close()
    db.close()
    return {
        "readings": READINGS,
        "quiet_median_ms": [1000 * q for q in quiet],
        "during_backup_median_ms": [1000 * b for b in busy],
        "ratio": statistics.median(busy) / statistics.median(quiet),
        "backup_still_running_at_the_end": overlap,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the database in this folder and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="cpdesk-bench-backup-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["CPDESK_DATA_DIR"] = str(folder / "data")
    try:
        start = time.perf_counter()
        path, plant = build(folder)
        print(f"database: {path.stat().st_size / 1e6:.0f} MB, built in {time.perf_counter() - start:.0f} s", flush=True)
        results = {"backup": bench_backup(path, folder, args.runs)}
        print(json.dumps(results["backup"], indent=2), flush=True)
        results["typing"] = bench_typing(path, plant, args.runs)
        print(json.dumps(results, indent=2))
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
