# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The workbench starts without the modules it needs only later: Alembic (only for a schema
upgrade), pint (only to convert units), scipy (only to reconcile, and for steam tables).

Each check starts a fresh interpreter: the workbench on a copy of the demo database,
offscreen, up to the first turn of its event loop (the window built, filled and shown),
then looks at ``sys.modules``. Times are not asserted (the machine may be busy); what is
imported is.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from cpdesk.gui import app as workbench
def first_turn():
    window = QApplication.activeWindow() or app.shell.window
    print(type(window).__name__, window.isVisible())
    ours = ("cpdesk.store.models.", "cpdesk.gui.pages.", "cpdesk.services.editing.", "cpdesk.core.calculators.")
    print(sorted(name for name in sys.modules if name.startswith(ours)))
    print(sorted({name.split(".")[0] for name in sys.modules}))
    app.quit()
QTimer.singleShot(0, first_turn)
sys.exit(workbench.main(["--db", sys.argv[1]]))
"""

IMPORT_ONLY = """
import sys
import cpdesk.gui.app, cpdesk.gui.main_window, cpdesk.gui.workbench, cpdesk.gui.workspace, cpdesk.gui.quick_entry
print(sorted({name.split(".")[0] for name in sys.modules}))
"""


def _run(code: str, *args: str, data: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CPDESK_DATA_DIR": str(data)}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip().splitlines()


@pytest.fixture
def started_with_models(demo_template: Path, tmp_path: Path) -> tuple[set[str], set[str]]:
    """The top-level modules, and the modules of models, pages, edits and calculators, imported
    by a start of the workbench on the demo database."""
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    window, models, modules = _run(START, str(db), data=tmp_path / "data")[-3:]
    assert window == "MainWindow True"
    return set(ast.literal_eval(modules)), set(ast.literal_eval(models))


@pytest.fixture
def started(started_with_models: tuple[set[str], set[str]]) -> set[str]:
    return started_with_models[0]


def test_the_window_modules_import_no_engine(tmp_path: Path) -> None:
    """What the first window is made of (the sections load when first opened)."""
    modules = set(ast.literal_eval(_run(IMPORT_ONLY, data=tmp_path / "data")[-1]))
    assert {"PySide6", "sqlalchemy", "cpdesk"} <= modules
    assert modules.isdisjoint({"alembic", "pint", "scipy", "numpy", "iapws", "reportlab"})


def test_start_does_not_import_alembic(started: set[str]) -> None:
    assert "sqlalchemy" in started  # the start did open the database
    assert "alembic" not in started


def test_start_does_not_import_pint_or_scipy(started: set[str]) -> None:
    assert started.isdisjoint({"pint", "scipy"})


def test_start_maps_neither_the_sync_nor_the_training_tables(started_with_models) -> None:
    _modules, models = started_with_models
    assert "cpdesk.store.models.flow" in models  # the assessment's tables are mapped
    assert models.isdisjoint({"cpdesk.store.models.sync", "cpdesk.store.models.training"})


def test_the_conflict_count_after_start_maps_no_sync_table(demo_template: Path, tmp_path: Path) -> None:
    """The status bar's count of open conflicts, asked right after the window shows."""
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    code = START.replace("QTimer.singleShot(0, first_turn)", "QTimer.singleShot(300, first_turn)")
    window, models, _modules = _run(code, str(db), data=tmp_path / "data")[-3:]
    assert window == "MainWindow True"
    assert "cpdesk.store.models.sync" not in ast.literal_eval(models)


def test_start_makes_no_overview_programme_or_company_page(started_with_models) -> None:
    """The start opens the demo assessment; the other pages are made when first shown."""
    _modules, ours = started_with_models
    assert ours.isdisjoint({"cpdesk.gui.pages.home", "cpdesk.gui.pages.programme", "cpdesk.gui.pages.company"})


def test_start_loads_no_edit_rules_nor_calculators(started_with_models) -> None:
    """The rules of each kind of edit (the calculators' among them) load at the first edit."""
    _modules, ours = started_with_models
    assert "cpdesk.services.editing.registry" in ours  # the editor is there
    assert ours.isdisjoint(
        {
            "cpdesk.services.editing.assessment_fields",
            "cpdesk.services.editing.calculation_fields",
            "cpdesk.core.calculators.stored",
            "cpdesk.core.calculators.catalogue",
        }
    )
