"""The smoke hook the installer's CI test relies on, run from source: report, then quit by itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")


def _smoke(tmp_path: Path, database: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    report = tmp_path / "report.json"
    env = {
        **{k: v for k, v in os.environ.items() if k != "CPDESK_DB"},
        "QT_QPA_PLATFORM": "offscreen",
        "CPDESK_SMOKE_REPORT": str(report),
        "CPDESK_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "cpdesk.gui.smoke", "--db", str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result, report


def test_workbench_reports_and_quits_once_shown(tmp_path: Path, workspace_template: Path) -> None:
    database = tmp_path / "existing.sqlite"
    shutil.copyfile(workspace_template, database)  # an existing file: no demo data to write
    result, report = _smoke(tmp_path, database)
    assert result.returncode == 0, result.stderr
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["window_visible"]
    assert data["platform"] == "offscreen"
    assert data["frozen"] is False
    assert data["window_title"].startswith("cpdesk")
    assert {"svg", "png", "ico"} <= set(data["image_formats"])
    assert data["svg_icon_renders"] is True
    assert all(data["translations"].values())
    assert data["reported_at"] >= data["shown_at"]
    assert data["cpu_seconds_at_shown"] > 0


def test_a_dialog_before_the_main_window_ends_the_run_with_its_text(tmp_path: Path) -> None:
    """Offscreen, nobody answers a message box: the hook reports it instead of waiting for ever."""
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("", encoding="utf-8")
    result, report = _smoke(tmp_path, blocker / "cpdesk.sqlite")  # cannot be created: error box
    assert result.returncode == 3, result.stderr
    dialog = json.loads(report.read_text(encoding="utf-8"))["blocked_by_dialog"]
    assert dialog["class"] == "QMessageBox"
    assert dialog["text"]
    assert "a dialog showed during start-up" in result.stderr
