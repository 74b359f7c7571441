"""Run the balance section's stress test many times, each in a fresh process, and report any
crash (a segmentation fault kills the process; faulthandler prints every thread's stack).

    python tests/bench/stress_balance_jobs.py [runs]      (default 30)

The test (tests/gui/test_balance_reconcile_stress.py) changes the water/energy and unit
selectors and the assessment while background reconciliations run, and closes the window
with a job out; a race shows only now and then, hence the many runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEST = "tests/gui/test_balance_reconcile_stress.py"


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 30
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-X", "faulthandler", "-m", "pytest", "-q", "-p", "no:cacheprovider", TEST]
    failures = 0
    for run in range(1, runs + 1):
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        verdict = "ok" if done.returncode == 0 else f"exit {done.returncode}"
        print(f"run {run}/{runs}: {verdict}", flush=True)
        if done.returncode != 0:
            failures += 1
            print(done.stdout[-4000:], done.stderr[-4000:], sep="\n")
    print(f"{failures} of {runs} runs failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
