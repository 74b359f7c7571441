"""Benchmark: logger import, read-back and rendering, each beside a baseline in the same run.

Run from the repository root (pandas is in the ``bench`` extra)::

    python tests/bench/bench_logger.py                 # everything, 3 runs each
    python tests/bench/bench_logger.py --runs 5 --only import
    python tests/bench/bench_logger.py --screenshot docs     # the README's two pictures

1. import: a 1 000 000-row CSV (";", decimal comma, ISO timestamps, 26 MB) to a stored
   series with ``services.loggers.import_series``, beside ``pandas.read_csv`` of the same
   file plus a raw sqlite3 write of the same arrays as BLOBs (WAL, synchronous=FULL, one
   transaction) -- the issue's baseline.
2. read: a 10 000 000-point series back as numpy arrays with ``services.loggers.read_series``,
   beside ``numpy.frombuffer`` of the same bytes already in memory, and beside raw sqlite3
   fetching the same BLOBs.
3. render: 10 000 000 points in the ``LoggerViewer`` (open, first frame, a zoom step: the
   frame of its plot area, main plots and overview), beside a bare pyqtgraph PlotWidget
   with downsampling and clip-to-view reading the same series; each in a process of its
   own so that its peak memory (VmHWM) is its own.

Times are the minimum over the runs (the machine is shared; the minimum is the least
disturbed), with the median beside it; the import also gives the CPU time of this process
(all its threads; a loaded machine stretches wall times far more than CPU times). cpdesk
and the baseline run in turn, run after run. Nothing is asserted: the figures go to the
README.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

ROWS = 1_000_000
POINTS = 10_000_000
CHUNK = 1 << 18


def timed(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """(minimum, median) wall time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def alternated(runs: int, actions: dict[str, Callable[[], object]]) -> dict[str, tuple[float, float, float]]:
    """Per action: (minimum, median) wall time and minimum CPU time, the actions taking
    turns, so that each run of them sees the same machine."""
    wall: dict[str, list[float]] = {name: [] for name in actions}
    cpu: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            action()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    return {name: (min(wall[name]), statistics.median(wall[name]), min(cpu[name])) for name in actions}


def write_csv(path: Path) -> None:
    """26 bytes a row: "2024-03-01 00:00:00;512,3"."""
    rng = np.random.default_rng(26)
    stamps = (np.datetime64("2024-03-01T00:00:00") + np.arange(ROWS).astype("timedelta64[s]")).astype(str)
    values = np.char.replace(np.char.mod("%.1f", rng.uniform(100, 999.9, ROWS)), ".", ",")
    body = np.char.add(np.char.add(np.char.replace(stamps, "T", " "), ";"), values)
    path.write_text("Thời gian;Công suất (kW)\n" + "\n".join(body.tolist()) + "\n", encoding="utf-8")


def raw_blob_write(path: Path, times: np.ndarray, values: np.ndarray) -> None:
    """The baseline's store: the arrays as chunked BLOBs with plain sqlite3, one transaction."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS chunk (no INTEGER, t BLOB, v BLOB)")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO chunk VALUES (?, ?, ?)",
        [
            (k, times[s : s + CHUNK].tobytes(), values[s : s + CHUNK].tobytes())
            for k, s in enumerate(range(0, len(times), CHUNK))
        ],
    )
    conn.execute("COMMIT")
    conn.close()


def workspace(folder: Path) -> tuple[object, object]:
    from cpdesk.services.assessment import assessments
    from cpdesk.services.assessment import companies as catalogue
    from cpdesk.services.workspace import open_workspace

    db = open_workspace(folder / "bench.sqlite")
    company = catalogue.create_company(db, name="Bench", sector="textile")
    assessment = assessments.create_assessment(db, company_id=company.id, title="bench", exchange_rate=25_000)
    return db, assessment


def bench_import(runs: int, folder: Path) -> dict[str, float]:
    import pandas as pd

    from cpdesk.services import loggers

    csv = folder / "logger-1M.csv"
    write_csv(csv)
    data = csv.read_bytes()
    db, assessment = workspace(folder)
    settings = loggers.detect(data)
    detect_s, _ = timed(runs, lambda: loggers.detect(data))
    mapping = [loggers.ChannelMapping(1, "kW")]

    def ours() -> None:
        loggers.import_series(db, assessment.id, csv.read_bytes(), settings, mapping, source_name=csv.name)

    def baseline() -> None:
        frame = pd.read_csv(csv, sep=";", decimal=",", parse_dates=[0])
        times = frame.iloc[:, 0].to_numpy().astype("datetime64[ns]").astype(np.int64)
        raw_blob_write(folder / "baseline.sqlite", times, frame.iloc[:, 1].to_numpy(np.float64))

    pandas_only, _ = timed(runs, lambda: pd.read_csv(csv, sep=";", decimal=",", parse_dates=[0]))
    figures = alternated(runs, {"baseline": baseline, "cpdesk": ours})
    db.close()
    return {
        "file_mb": len(data) / 1e6,
        "detect_s": detect_s,
        "pandas_read_s": pandas_only,
        "baseline_s": figures["baseline"][0],
        "baseline_median_s": figures["baseline"][1],
        "baseline_cpu_s": figures["baseline"][2],
        "cpdesk_s": figures["cpdesk"][0],
        "cpdesk_median_s": figures["cpdesk"][1],
        "cpdesk_cpu_s": figures["cpdesk"][2],
    }


def ten_million_series(folder: Path) -> tuple[object, object, np.ndarray, np.ndarray]:
    from cpdesk.services.loggers.storage import write_readings
    from cpdesk.services.uow import unit_of_work
    from cpdesk.store.models import Series

    db, assessment = workspace(folder)
    start = int(np.datetime64("2024-03-01T00:00:00", "ns").astype(np.int64))
    times = start + np.arange(POINTS, dtype=np.int64) * 1_000_000_000
    seconds = np.arange(POINTS) / 86_400
    rng = np.random.default_rng(10)
    values = 300 + 150 * np.sin(2 * np.pi * seconds) + rng.normal(0, 20, POINTS)
    with unit_of_work(db) as session:
        series = Series(
            assessment_id=assessment.id,
            name="P (kW)",
            unit="kW",
            point_count=POINTS,
            first_at=datetime.fromtimestamp(start / 1e9, UTC),
            last_at=datetime.fromtimestamp(int(times[-1]) / 1e9, UTC),
            interval_s=1.0,
        )
        session.add(series)
        session.flush()
        write_readings(session, series.id, times, values)
        series_id = series.id
    return db, series_id, times, values


def bench_read(runs: int, folder: Path) -> dict[str, float]:
    from cpdesk.services import loggers

    db, series_id, times, values = ten_million_series(folder)
    t_bytes, v_bytes = times.tobytes(), values.tobytes()
    path = str(db.path)  # type: ignore[attr-defined]
    ours_min, ours_med = timed(runs, lambda: loggers.read_series(db, series_id))
    frombuffer, _ = timed(runs, lambda: (np.frombuffer(t_bytes, np.int64), np.frombuffer(v_bytes, np.float64)))

    def raw() -> None:
        conn = sqlite3.connect(path)
        rows = conn.execute(
            "SELECT timestamps, readings FROM logger_series_chunk WHERE series_id = ? ORDER BY chunk_no",
            (series_id.hex,),
        ).fetchall()
        np.concatenate([np.frombuffer(t, np.int64) for t, _ in rows])
        np.concatenate([np.frombuffer(v, np.float64) for _, v in rows])
        conn.close()

    raw_min, _ = timed(runs, raw)
    check = loggers.read_series(db, series_id)
    assert np.array_equal(check.times, times)
    assert np.array_equal(check.values, values)
    db.close()
    return {"cpdesk_s": ours_min, "cpdesk_median_s": ours_med, "frombuffer_s": frombuffer, "raw_sqlite3_s": raw_min}


def _frame(app: object, widget: object) -> None:
    app.processEvents()  # type: ignore[attr-defined]
    widget.grab()  # type: ignore[attr-defined]  # renders the whole widget now


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started its program.

    Linux's VmHWM, not getrusage's ru_maxrss: a child keeps the ru_maxrss of the parent it
    was forked from, which here would count the parent's ten million points.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux, bytes on macOS


def render_part(kind: str, runs: int, source: str) -> dict[str, float]:
    """One rendering benchmark in this process; prints its figures and its max RSS.

    ``source`` is "database path:series id", written by the parent process, so that the
    memory of making the ten million points is not counted here.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import pyqtgraph as pg

    from cpdesk.services import loggers
    from cpdesk.store.database import open_database

    path, _, key = source.rpartition(":")
    db = open_database(path)
    series_id = loggers.get_series(db, key).id
    start, start_cpu = time.perf_counter(), time.process_time()
    if kind == "viewer":
        from cpdesk.gui.loggers.viewer import LoggerViewer

        widget = LoggerViewer(db, series_id=series_id, locale="en")
        plot = widget.plots[0]
    else:
        data = loggers.read_series(db, series_id)
        widget = pg.PlotWidget()
        plot = widget.getPlotItem()
        plot.setDownsampling(auto=True, mode="peak")
        plot.setClipToView(True)
        plot.plot(data.times / 1e9, data.values)
        del data
    widget.resize(1280, 800)
    widget.show()
    _frame(app, widget)
    opened, opened_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    x0 = float(plot.listDataItems()[0].xData[0])
    # A zoom repaints the plots, not the viewer's tables: time the frame of the plot area.
    canvas = widget.graphics if kind == "viewer" else widget  # type: ignore[attr-defined]
    frames = []
    for k in range(max(runs, 5)):
        span = 86_400.0 * (10 - k)  # zoom in a day at a time
        begin = time.perf_counter()
        plot.setXRange(x0 + 3600 * k, x0 + 3600 * k + span, padding=0)
        _frame(app, canvas)
        frames.append(time.perf_counter() - begin)
    rss_after_frames = peak_rss_mb()
    selected_all = None
    if kind == "viewer":  # the figures of all ten million readings: the heaviest selection
        begin = time.perf_counter()
        widget.set_selection(*widget.data_bounds())  # type: ignore[attr-defined, misc]
        while widget.range_figures.figures_pending():  # type: ignore[attr-defined]  # on the thread pool
            app.processEvents()
            time.sleep(0.001)
        selected_all = time.perf_counter() - begin
        rss_before_all = rss_after_frames
    rss_mb = peak_rss_mb()
    db.close()
    result = {
        "open_and_first_frame_s": opened,
        "open_cpu_s": opened_cpu,
        "zoom_frame_s": min(frames),
        "zoom_frame_median_s": statistics.median(frames),
        "max_rss_mb": rss_mb,
    }
    if selected_all is not None:
        result |= {"figures_of_all_s": selected_all, "max_rss_before_figures_of_all_mb": rss_before_all}
    return result


def bench_render(runs: int, folder: Path, rounds: int = 1) -> dict[str, dict[str, float]]:
    """Each kind in a process of its own, ``rounds`` times in turn (bare, viewer, bare ...);
    the figures of the last round, with every round's opening times (wall and CPU)."""
    db, series_id, _, _ = ten_million_series(folder)
    source = f"{db.path}:{series_id}"  # type: ignore[attr-defined]
    db.close()  # type: ignore[attr-defined]
    results: dict[str, dict[str, float]] = {}
    opens: dict[str, list[tuple[float, float]]] = {"bare": [], "viewer": []}
    for _ in range(rounds):
        for kind in ("bare", "viewer"):
            argv = [sys.executable, __file__, "--render-part", kind, "--source", source, "--runs", str(runs)]
            out = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)
            if out.returncode:
                raise SystemExit(f"the {kind} rendering failed:\n{out.stderr}")
            results[kind] = json.loads(out.stdout.strip().splitlines()[-1])
            opens[kind].append((results[kind]["open_and_first_frame_s"], results[kind]["open_cpu_s"]))
    for kind, figures in opens.items():
        results[kind]["opens"] = figures  # type: ignore[assignment]
    return results


def screenshots(target: Path, folder: Path) -> None:
    """The README's pictures, in ``target``: the import dialog on a week of minute readings
    of an air compressor (power and air flow) as Excel on a Vietnamese Windows saves them,
    and the viewer on the imported series with a working day selected, both in Vietnamese (as
    the field auditor sees them)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from cpdesk.gui import i18n

    i18n.install("vi")
    from cpdesk.gui.loggers.viewer import LoggerViewer
    from cpdesk.services import loggers
    from cpdesk.services.assessment import flow

    db, assessment = workspace(folder)
    step = flow.add_process_step(db, assessment.id, name="Máy nén khí")  # type: ignore[attr-defined]
    stream = flow.add_stream(
        db, assessment.id, name="Điện máy nén khí", kind="energy", carrier="electricity", target_step_id=step.id
    )  # type: ignore[attr-defined]
    minutes = np.arange(7 * 1440)
    hour, weekday = (minutes // 60) % 24, (minutes // 1440) % 7
    working = ((hour >= 7) & (hour < 19) & (weekday < 6)).astype(float)
    rng = np.random.default_rng(4)
    power = 38 + 52 * working + 6 * np.sin(minutes / 9) + rng.normal(0, 3, len(minutes))
    air = np.clip(1.2 + 7.5 * working + rng.normal(0, 0.6, len(minutes)), 0, None)
    lines = ["Thời gian;Công suất (kW);Lưu lượng khí (m3/h)"]
    start = np.datetime64("2024-03-04T00:00")
    for k in minutes:
        stamp = (start + np.timedelta64(int(k), "m")).astype(object).strftime("%d/%m/%Y %H:%M")
        lines.append(f"{stamp};{power[k]:.2f};{air[k]:.2f}".replace(".", ","))
    data = ("\n".join(lines) + "\n").encode("utf-8-sig")  # Excel's "CSV UTF-8"
    from cpdesk.gui.loggers.import_dialog import LoggerImportDialog

    dialog = LoggerImportDialog(db, assessment.id, data=data, file_name="may-nen-khi.csv")  # type: ignore[attr-defined]
    dialog.resize(1180, 640)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(target / "logger-import.png"))
    mapping = [loggers.ChannelMapping(1, "kW", stream.name), loggers.ChannelMapping(2, "m3/h")]
    rows = loggers.import_series(db, assessment.id, data, loggers.detect(data), mapping, source_name="may-nen-khi.csv")  # type: ignore[attr-defined]
    viewer = LoggerViewer(db, series_id=rows.series[0].id, locale="vi")
    viewer.resize(1280, 820)
    viewer.show()
    viewer.series_list.item(1).setCheckState(viewer.series_list.item(1).checkState().Checked)
    viewer.separate.setChecked(True)
    x0 = viewer.data_bounds()[0]  # type: ignore[index]
    viewer.set_selection(x0 + 86_400, x0 + 2 * 86_400 - 60)
    while viewer.range_figures.figures_pending():  # worked out on the thread pool
        app.processEvents()
        time.sleep(0.001)
    viewer.range_figures.tabs.setCurrentIndex(1)
    viewer.show_readout(x0 + 86_400 + 10.5 * 3600)
    app.processEvents()
    viewer.grab().save(str(target / "logger-viewer.png"))
    db.close()  # type: ignore[attr-defined]
    print(f"saved logger-import.png and logger-viewer.png in {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=["import", "read", "render"])
    parser.add_argument("--rounds", type=int, default=1, help="rendering: bare and viewer processes in turn, N times")
    parser.add_argument("--screenshot", metavar="FOLDER", help="save the import dialog and the viewer as PNGs there")
    parser.add_argument("--render-part", choices=["bare", "viewer"], help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["CPDESK_DATA_DIR"] = str(folder)
        if args.render_part:
            print(json.dumps(render_part(args.render_part, args.runs, args.source)))
            return
        if args.screenshot:
            screenshots(Path(args.screenshot).resolve(), folder)
            return
        if args.only in (None, "import"):
            r = bench_import(args.runs, folder)
            print(f"import of a {ROWS:,}-row CSV ({r['file_mb']:.1f} MB); detection {r['detect_s'] * 1000:.0f} ms")
            print(f"  pandas.read_csv alone            {r['pandas_read_s']:.3f} s")
            print(f"  baseline: pandas + sqlite3 BLOBs {r['baseline_s']:.3f} s (median {r['baseline_median_s']:.3f}, "
                  f"CPU {r['baseline_cpu_s']:.3f})")  # fmt: skip
            print(f"  cpdesk import_series             {r['cpdesk_s']:.3f} s (median {r['cpdesk_median_s']:.3f}, "
                  f"CPU {r['cpdesk_cpu_s']:.3f})")  # fmt: skip
            load = os.getloadavg()[0]
            print(f"  ratio cpdesk / baseline          {r['cpdesk_s'] / r['baseline_s']:.2f} "
                  f"(medians {r['cpdesk_median_s'] / r['baseline_median_s']:.2f}, "
                  f"CPU {r['cpdesk_cpu_s'] / r['baseline_cpu_s']:.2f}; load average {load:.1f})")  # fmt: skip
        if args.only in (None, "read"):
            r = bench_read(args.runs, Path(tempfile.mkdtemp(dir=folder)))
            print(f"read back of {POINTS:,} points")
            print(f"  numpy.frombuffer of the bytes    {r['frombuffer_s'] * 1e6:.0f} µs")
            print(f"  raw sqlite3 BLOBs + frombuffer   {r['raw_sqlite3_s']:.3f} s")
            print(f"  cpdesk read_series               {r['cpdesk_s']:.3f} s (median {r['cpdesk_median_s']:.3f})")
            print(f"  ratio cpdesk / raw sqlite3       {r['cpdesk_s'] / r['raw_sqlite3_s']:.2f}")
        if args.only in (None, "render"):
            r = bench_render(args.runs, Path(tempfile.mkdtemp(dir=folder)), args.rounds)
            bare, viewer = r["bare"], r["viewer"]
            pairs = list(zip(bare["opens"], viewer["opens"], strict=True))  # type: ignore[call-overload]
            print(f"opening, {len(pairs)} rounds in turn (load average {os.getloadavg()[0]:.1f}): wall / CPU")
            for (bare_wall, bare_cpu), (viewer_wall, viewer_cpu) in pairs:
                print(f"  bare {bare_wall:.2f} / {bare_cpu:.2f} s, viewer {viewer_wall:.2f} / {viewer_cpu:.2f} s: "
                      f"{viewer_wall / bare_wall:.2f}x / {viewer_cpu / bare_cpu:.2f}x")  # fmt: skip
            print(f"rendering {POINTS:,} points (offscreen, 1280x800)")
            print(f"  bare PlotWidget: open {bare['open_and_first_frame_s']:.2f} s, zoom frame "
                  f"{bare['zoom_frame_s'] * 1000:.0f} ms (median {bare['zoom_frame_median_s'] * 1000:.0f}), "
                  f"max RSS {bare['max_rss_mb']:.0f} MB")  # fmt: skip
            print(f"  LoggerViewer:    open {viewer['open_and_first_frame_s']:.2f} s, zoom frame "
                  f"{viewer['zoom_frame_s'] * 1000:.0f} ms (median {viewer['zoom_frame_median_s'] * 1000:.0f}), "
                  f"max RSS {viewer['max_rss_before_figures_of_all_mb']:.0f} MB")  # fmt: skip
            print(f"  LoggerViewer, figures of all {POINTS:,} readings: {viewer['figures_of_all_s']:.2f} s, "
                  f"max RSS then {viewer['max_rss_mb']:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
