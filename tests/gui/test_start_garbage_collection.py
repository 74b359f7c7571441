"""The workbench holds Python's cyclic garbage collector while it starts and lets it go on
the first turn of its event loop, or when the start fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

START = """
import gc, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
QMessageBox.critical = lambda *args: None  # a start that fails says why in a dialog: no one here to close it
app = QApplication(sys.argv[:1])
from cpdesk.gui import app as workbench
seen = []
def first_turn():  # queued before the workbench's own first-turn call
    seen.append(gc.isenabled())
    QTimer.singleShot(0, lambda: (seen.append(gc.isenabled()), app.quit()))
QTimer.singleShot(0, first_turn)
code = workbench.main(["--db", sys.argv[1]])
print(code, seen, gc.isenabled())
"""


def _run(database: Path, data: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CPDESK_DATA_DIR": str(data)}
    out = subprocess.run(
        [sys.executable, "-c", START, str(database)], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()[-1]


def test_the_collector_waits_for_the_window_then_runs(demo_template: Path, tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, database)
    # Held through the start (the window built and shown), running again from the next call on.
    assert _run(database, tmp_path / "data") == "0 [False, True] True"


def test_a_start_that_fails_lets_the_collector_go(tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()  # not a database file: refused, said in a dialog
    assert _run(folder, tmp_path / "data") == "1 [] True"  # the event loop never ran
