"""Start-up times of cpdesk, frozen and from source, measured the same way for both.

Used by the installer's CI test (tests/installer/test_frozen_bundle.py), which prints the
figures into the CI log, and by ``tests/bench/bench_startup.py`` for the README. Two things
are timed, each as the median of several runs after one unmeasured warm-up run (the first
run of either side reads its files from disk; later ones find them in the page cache, as a
laptop does from the second start on):

- the console command: ``cpdesk --version``, from spawn to exit;
- the workbench: from spawn to its main window shown, as reported by the smoke hook
  (:mod:`cpdesk.gui.smoke`, ``CPDESK_SMOKE_REPORT``), on an existing demo database, offscreen.

Both are taken as wall-clock time and as the CPU time of the process (user + system): on a
shared, busy machine the wall time also counts the other jobs, while the CPU time is close
to what an idle laptop waits. Each side runs with its own clean HOME and data folder, so
neither reads the other's files or the developer's own database.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

try:
    import resource  # Unix only: CPU time of finished child processes
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

SMOKE_ENV = "CPDESK_SMOKE_REPORT"  # cpdesk.gui.smoke.SMOKE_ENV, kept here so no Qt is imported
# Variables that would point a run at the developer's own files or settings.
_SCRUBBED = ("CPDESK_DB", "CPDESK_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@dataclass(frozen=True)
class Side:
    """One way of running cpdesk: the console command, the workbench command, extra environment."""

    name: str
    cli: tuple[str, ...]
    gui: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()


@dataclass
class Timing:
    """Samples of one measurement, in seconds: wall-clock and CPU time of each run."""

    label: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None


def frozen_side(bundle: Path) -> Side:
    """The one-folder bundle's executables."""
    suffix = ".exe" if sys.platform.startswith("win") else ""
    return Side("frozen", (str(bundle / f"cpdesk{suffix}"),), (str(bundle / f"cpdesk-gui{suffix}"),))


def source_side(python: str = sys.executable, tree: Path | None = None) -> Side:
    """cpdesk from source, through the development environment's Python.

    ``tree``: run the cpdesk package of that source tree (a checkout of the commit a bundle
    was built from) instead of the one installed in the environment.
    """
    env = (("PYTHONPATH", str(tree)),) if tree else ()
    return Side("source", (python, "-m", "cpdesk.cli.main"), (python, "-m", "cpdesk.gui.smoke"), env)


def clean_env(root: Path, **extra: str) -> dict[str, str]:
    """An environment whose HOME and cpdesk data folder are fresh folders under ``root``."""
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    home, data = root / "home", root / "data"
    home.mkdir(parents=True, exist_ok=True)
    data.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), CPDESK_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")
    env.update(extra)
    return env


def run(command: Sequence[str], env: dict[str, str], timeout: float = 300, cwd: Path | None = None) -> str:
    """Run ``command``; its stdout, or an AssertionError that carries its output."""
    result = subprocess.run(
        list(command), env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise AssertionError(
            f"{' '.join(command)} exited {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result.stdout


def _children_cpu() -> float | None:
    """CPU seconds used so far by this process's finished children (None where unknown)."""
    if resource is None:
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_command(command: Sequence[str], env: dict[str, str], runs: int, cwd: Path, label: str) -> Timing:
    """``runs`` runs of ``command`` (after one warm-up run)."""
    timing = Timing(label)
    for index in range(runs + 1):
        cpu_before = _children_cpu()
        started = time.perf_counter()
        run(command, env, cwd=cwd)
        wall = time.perf_counter() - started
        cpu_after = _children_cpu()
        if index:
            timing.wall.append(wall)
            if cpu_before is not None and cpu_after is not None:
                timing.cpu.append(cpu_after - cpu_before)
    return timing


def gui_smoke_run(command: Sequence[str], env: dict[str, str], report: Path, cwd: Path) -> tuple[dict, float]:
    """Start the workbench with the smoke hook; its report and the seconds from spawn to window shown."""
    report.unlink(missing_ok=True)
    spawned = time.time()
    run(command, {**env, SMOKE_ENV: str(report)}, cwd=cwd)
    data = json.loads(report.read_text(encoding="utf-8"))
    return data, float(data["shown_at"]) - spawned


def time_gui(command: Sequence[str], env: dict[str, str], runs: int, cwd: Path, label: str) -> Timing:
    """Spawn to main window shown for ``runs`` starts (after one warm-up start)."""
    timing = Timing(label)
    for index in range(runs + 1):
        report, seconds = gui_smoke_run(command, env, cwd / "smoke-report.json", cwd)
        if index:
            timing.wall.append(seconds)
            timing.cpu.append(float(report["cpu_seconds_at_shown"]))
    return timing


def measure(side: Side, workdir: Path, cli_runs: int = 5, gui_runs: int = 3) -> list[Timing]:
    """Both start-up times of ``side``, on a demo database made for it in ``workdir``."""
    env = clean_env(workdir, **dict(side.env))
    run([*side.cli, "demo"], env, cwd=workdir)
    return [
        time_command([*side.cli, "--version"], env, cli_runs, workdir, f"{side.name}: cpdesk --version"),
        time_gui(side.gui, env, gui_runs, workdir, f"{side.name}: workbench to main window shown"),
    ]


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def table(frozen: list[Timing], source: list[Timing], bundle_bytes: int) -> str:
    """A Markdown table of the figures, frozen beside source, for the CI log and the README."""
    lines = [
        f"one-folder bundle: {bundle_bytes / 2**20:.0f} MiB",
        "",
        "| start-up (median) | frozen, wall | from source, wall | frozen, CPU | from source, CPU | runs |",
        "|---|---|---|---|---|---|",
    ]
    for f, s in zip(frozen, source, strict=True):
        what = f.label.split(": ", 1)[1]
        lines.append(
            f"| {what} | {_seconds(f.median)} | {_seconds(s.median)} | {_seconds(f.cpu_median)} "
            f"| {_seconds(s.cpu_median)} | {len(f.wall)} each |"
        )
    return "\n".join(lines)
