"""Workbench benchmarks (not part of the test run): ``python tests/bench/bench_gui.py``.

1. Start-up, as a whole process, to a usable main window on the demo database (navigator
   filled, the demo assessment open), beside a bare QApplication + QMainWindow + pyqtgraph
   PlotWidget started the same way in the same run. Each start is a fresh interpreter; the
   time runs from spawning it to the first turn of its event loop after the window showed.
   A third start in each round, the bare one that then imports SQLAlchemy's ORM, maps
   cpdesk's models and reads one row, shows what the fixed stack costs before any window
   can show a row of the database.
2. The time from a reading typed in the quick-entry form (Enter pressed) to the balance
   view updated (tables and plots redrawn) on an assessment with 200 streams: the median
   and the spread of many readings.
3. The command line's `cpdesk --version` and `cpdesk --help`, each a fresh process: wall
   and CPU time (user + system), medians.

With ``--database FILE`` it times only start-up, to a usable window on that database (a
centre built by ``centre_data.py``, say), beside the bare start; with ``--before CHECKOUT``
too, the workbench of that checkout (a git worktree of an earlier commit) in the same
rounds, each round starting bare, this tree and the other in turn::

    python tests/bench/bench_gui.py --database centre-5000.sqlite --before ../before --starts 7

Figures are printed, never asserted: the machine is shared and noisy.

Every child process runs with its bytecode cached (``PYTHONDONTWRITEBYTECODE`` unset, the
cache in a temporary folder, filled by the warm-up run), as an installed cpdesk has it: pip
compiles the modules when it installs them and the frozen bundle ships them compiled. A
source tree run where bytecode may not be written compiles every module at each start.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

STARTS = 11
READINGS = 40

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(pg.PlotWidget())
window.resize(1440, 900)
window.show()
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
"""

# The bare start, then what any window showing a row of cpdesk's database pays before it:
# SQLAlchemy's ORM, cpdesk's models mapped, the database opened and one row read. Not the
# aim's baseline; it shows how much of the aim the fixed stack leaves to cpdesk's own code.
BARE_WITH_ORM = BARE.replace(
    "window.show()",
    """window.show()
from sqlalchemy import select
from sqlalchemy.orm import Session
from cpdesk.store.engine import make_engine
from cpdesk.store import models
with Session(make_engine("sqlite:///" + sys.argv[1])) as session:
    session.execute(select(models.Assessment).limit(1)).all()""",
)

WORKBENCH = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from cpdesk.gui import app as workbench
# Fires on the first turn of the event loop: after the window was built, filled and shown.
# Then out at once: what a close does (a backup of a big centre takes a minute) is not timed.
QTimer.singleShot(0, lambda: (print(time.time(), flush=True), os._exit(0)))
sys.exit(workbench.main(["--db", sys.argv[1]]))
"""


def timed_start(script: str, *args: str, env: dict[str, str], tree: Path = ROOT) -> float:
    """Seconds from spawning a Python process to its report of the first event-loop turn;
    ``tree`` is the checkout whose cpdesk it imports."""
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=True, cwd=tree
    )
    return float(out.stdout.strip().splitlines()[-1]) - spawned


def cached_bytecode(folder: Path) -> dict[str, str]:
    """The environment of a child whose bytecode is cached in ``folder`` (see the module doc)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def bench_start(folder: Path) -> dict[str, object]:
    from cpdesk.gui.app import open_or_create

    demo = folder / "demo.sqlite"
    first = time.perf_counter()
    open_or_create(str(demo)).close()  # the first start writes the demo data: timed apart
    first_start = time.perf_counter() - first
    env = {**cached_bytecode(folder), "CPDESK_DATA_DIR": str(folder / "data"), "QT_QPA_PLATFORM": "offscreen"}
    timed_start(BARE, env=env)  # warm the file cache (and the bytecode cache) for both
    timed_start(WORKBENCH, str(demo), env=env)
    timed_start(BARE_WITH_ORM, str(demo), env=env)
    bare, cpdesk, with_orm = [], [], []
    for _ in range(STARTS):  # alternate, so that all see the same machine load
        bare.append(timed_start(BARE, env=env))
        cpdesk.append(timed_start(WORKBENCH, str(demo), env=env))
        with_orm.append(timed_start(BARE_WITH_ORM, str(demo), env=env))
    # Each workbench start beside the bare start just before it: a pair sees the same load,
    # so the median of the pairs' ratios is steadier than the ratio of the medians.
    paired = [c / b for b, c in zip(bare, cpdesk, strict=True)]
    return {
        "starts": STARTS,
        "bare_median_s": statistics.median(bare),
        "workbench_median_s": statistics.median(cpdesk),
        "ratio": statistics.median(cpdesk) / statistics.median(bare),
        "paired_ratio_median": statistics.median(paired),
        "paired_ratios": paired,
        "bare_with_orm_median_s": statistics.median(with_orm),
        "bare_with_orm_paired_ratio_median": statistics.median(o / b for b, o in zip(bare, with_orm, strict=True)),
        "bare_s": bare,
        "workbench_s": cpdesk,
        "demo_written_in_s": first_start,
    }


def plant_with_200_streams(db: object) -> object:
    """20 process steps in a line; each with a feed, a transfer on and eight losses: 200
    streams of water, every one read in m³/h."""
    from cpdesk.services.assessment import assessments, flow
    from cpdesk.services.assessment import companies as catalogue
    from cpdesk.services.uow import unit_of_work

    with unit_of_work(db):
        company = catalogue.create_company(db, name="Nhà máy thử", sector="textile")
        a = assessments.create_assessment(
            db, company_id=company.id, title="200 dòng", exchange_rate=25_000, operating_hours_per_year=7200
        )
        steps = [flow.add_process_step(db, a.id, name=f"Công đoạn {i + 1}").id for i in range(20)]
        n = 0
        for i, step in enumerate(steps):
            ends = [(None, step, f"Nước cấp {i + 1}")]
            ends.append((step, steps[i + 1] if i + 1 < len(steps) else None, f"Nước chuyển {i + 1}"))
            ends += [(step, None, f"Nước thải {i + 1}.{k + 1}") for k in range(8)]
            for source, target, name in ends:
                s = flow.add_stream(
                    db, a.id, name=name, kind="water", carrier="water", source_step_id=source, target_step_id=target
                )
                flow.record_measurement(db, s.id, value=1.0 + (n % 7), unit="m3/h", basis="per_hour")
                n += 1
    assert n == 200
    return a


def bench_typing(folder: Path) -> dict[str, object]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from cpdesk.gui.main_window import MainWindow
    from cpdesk.gui.preferences import Preferences
    from cpdesk.gui.workbench import Workbench
    from cpdesk.services.workspace import open_workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    os.environ["CPDESK_DATA_DIR"] = str(folder / "data")
    db = open_workspace(folder / "plant.sqlite")
    a = plant_with_200_streams(db)
    window = MainWindow(Workbench(db, Preferences(language="vi"), "plant.sqlite"))
    window.resize(1440, 900)
    window.show()
    window.open_item("assessment", a.id)
    balances = window.show_section("balances")
    app.processEvents()
    form = window.quick_entry
    stream = next(s for s in window.wb.detail(a.id).streams if s.name == "Nước cấp 1")
    window.record_reading(stream.id)
    updated: list[float] = []
    balances.updated.connect(lambda: updated.append(time.perf_counter()))
    times = []
    for i in range(READINGS + 3):
        form.value.setText(f"{10 + i},5")
        updated.clear()
        start = time.perf_counter()
        QTest.keyClick(form.value, Qt.Key.Key_Return)
        deadline = start + 30
        while not updated:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the balance did not update: {form.message.text()}")
        if i >= 3:  # the first few warm caches (pint, SQL statements)
            times.append(updated[0] - start)
    streams = len(balances.report.measured.streams)
    window.close()
    db.close()
    return {
        "streams": streams,
        "readings": len(times),
        "median_ms": 1000 * statistics.median(times),
        "p90_ms": 1000 * sorted(times)[int(0.9 * len(times)) - 1],
        "min_ms": 1000 * min(times),
    }


CLI_RUNS = 5


def bench_cli() -> dict[str, object]:
    """Wall and CPU seconds of `cpdesk --version` and `cpdesk --help` (medians)."""
    code = "import sys; from cpdesk.cli.main import main; sys.exit(main(sys.argv[1:]))"
    found: dict[str, object] = {}
    for arg in ("--version", "--help"):
        wall, cpu = [], []
        for _ in range(CLI_RUNS):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code, arg], capture_output=True, check=True)
            wall.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        found[arg] = {"wall_s": statistics.median(wall), "cpu_s": statistics.median(cpu)}
    return found


def bench_database(database: Path, before: Path | None, starts: int) -> dict[str, object]:
    """Start-up to a usable window on ``database``: bare, this tree and ``before`` (if given)
    in turn, ``starts`` rounds after a warm-up round; medians and each start's ratio to the
    bare start of its round."""
    trees = {"cpdesk": ROOT} | ({"before": before.resolve()} if before is not None else {})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**cached_bytecode(folder), "CPDESK_DATA_DIR": str(folder / "data"), "QT_QPA_PLATFORM": "offscreen"}
        times: dict[str, list[float]] = {"bare": [], **{name: [] for name in trees}}
        for round_no in range(starts + 1):
            bare = timed_start(BARE, env=env)
            took = {name: timed_start(WORKBENCH, str(database), env=env, tree=tree) for name, tree in trees.items()}
            if round_no:  # the first round warms the file and bytecode caches
                times["bare"].append(bare)
                for name, seconds in took.items():
                    times[name].append(seconds)
    result: dict[str, object] = {"database": str(database), "starts": starts}
    for name, seconds in times.items():
        result[f"{name}_median_s"] = statistics.median(seconds)
        result[f"{name}_s"] = seconds
        if name != "bare":
            result[f"{name}_paired_ratio_median"] = statistics.median(
                c / b for b, c in zip(times["bare"], seconds, strict=True)
            )
    return result


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="time only start-up, on this database")
    parser.add_argument("--before", type=Path, help="with --database: a checkout to time in the same rounds")
    parser.add_argument("--starts", type=int, default=STARTS)
    args = parser.parse_args()
    if args.database is not None:
        found = bench_database(args.database, args.before, args.starts)
        for name in ("cpdesk", "before"):
            if f"{name}_median_s" in found:
                print(
                    f"{name}: usable window on {args.database.name} in {found[f'{name}_median_s']:.2f} s, "
                    f"bare start {found['bare_median_s']:.2f} s (medians of {args.starts}); "
                    f"median of the paired ratios {found[f'{name}_paired_ratio_median']:.2f}×"
                )
        print(json.dumps(found, indent=2))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = bench_start(folder)
        print(
            f"start-up to a usable window: cpdesk {start['workbench_median_s']:.2f} s, bare Qt + pyqtgraph "
            f"{start['bare_median_s']:.2f} s (medians of {STARTS}): {start['ratio']:.2f}× the bare start "
            f"(median of the paired starts' ratios {start['paired_ratio_median']:.2f}×); "
            f"the bare start with SQLAlchemy's ORM, cpdesk's models and one row read "
            f"{start['bare_with_orm_median_s']:.2f} s ({start['bare_with_orm_paired_ratio_median']:.2f}×); "
            f"first start writing the demo data: {start['demo_written_in_s']:.1f} s more"
        )
        typing = bench_typing(folder)
        print(
            f"reading typed -> balance view updated, {typing['streams']} streams: median "
            f"{typing['median_ms']:.0f} ms, 90th percentile {typing['p90_ms']:.0f} ms, fastest "
            f"{typing['min_ms']:.0f} ms ({typing['readings']} readings)"
        )
        cli = bench_cli()
        print(
            "command line: "
            + ", ".join(f"cpdesk {arg} {v['wall_s']:.2f} s ({v['cpu_s']:.2f} s CPU)" for arg, v in cli.items())
            + f" (medians of {CLI_RUNS})"
        )
        print(json.dumps({"startup": start, "typing": typing, "cli": cli}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
