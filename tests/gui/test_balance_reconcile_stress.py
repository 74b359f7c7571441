# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The balance section while background reconciliations are in flight: the water/energy and
unit selectors changed quickly, the assessment switched and the window closed while a job
runs. Nothing may crash, and each job's result lands only on a live section."""

from __future__ import annotations

import random
import time

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication  # noqa: E402

from cpdesk.gui.workers import running_jobs  # noqa: E402
from cpdesk.services.assessment import assessments  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, wait_for_jobs  # noqa: E402, F401


@pytest.fixture
def slow_reconciliation(monkeypatch):
    """Each reconciliation takes a little longer, as on a larger plant: the jobs are still out
    while the selectors change."""
    from cpdesk.gui.sections import balances as section_module

    service = section_module.balances.assessment_balance

    def slow(*args, **kwargs):
        time.sleep(0.03)
        return service(*args, **kwargs)

    monkeypatch.setattr(section_module.balances, "assessment_balance", slow)


def churn(section, rounds: int, seed: int) -> None:
    """Change the group and the unit in quick succession, letting a few events through."""
    rng = random.Random(seed)
    for _ in range(rounds):
        if rng.random() < 0.6:
            section.group.setCurrentIndex(1 - section.group.currentIndex())
        else:
            section.unit.setCurrentIndex(rng.randrange(section.unit.count()))
        for _ in range(rng.randrange(3)):
            QApplication.processEvents()


def test_selectors_changed_while_reconciliations_run(qtbot, demo_window, slow_reconciliation) -> None:
    window = demo_window
    first = window.current_assessment()
    others = [a.id for a in assessments.list_assessments(window.wb.db) if a.id != first]
    section = window.show_section("balances")
    section.reconciled.setChecked(True)
    churn(section, 30, seed=1)
    assert running_jobs() > 0  # the churn ran while jobs were still out
    if others:
        window.open_item("assessment", others[0])  # the sections go while their jobs run
        section = window.show_section("balances")
        section.reconciled.setChecked(True)
        churn(section, 10, seed=2)
        window.open_item("assessment", first)
        section = window.show_section("balances")
    section.reconciled.setChecked(True)
    churn(section, 10, seed=3)
    wait_for_jobs(qtbot, timeout=30_000)
    # The last choice is the one shown, reconciled.
    assert section.report is not None
    assert section.report.measured.group == section.group_code
    assert section.report.reconciliation is not None


def test_window_closed_while_a_reconciliation_runs(qtbot, demo_db, slow_reconciliation) -> None:
    from cpdesk.gui.main_window import MainWindow
    from tests.gui.workbench_fixtures import make_workbench

    window = MainWindow(make_workbench(demo_db))
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    section = window.show_section("balances")
    section.reconciled.setChecked(True)
    churn(section, 6, seed=4)
    assert running_jobs() > 0
    window.close()  # waits for the window's jobs, those of its deleted sections too
    window.deleteLater()
    wait_for_jobs(qtbot, timeout=30_000)


def test_the_job_takes_plain_values_only(qtbot, demo_window, monkeypatch) -> None:
    """The reconciliation's function runs in a worker thread while the GUI thread may delete
    the section (another assessment opened): it must not reach the section or its widgets."""
    import shiboken6

    from cpdesk.gui.sections import balances as section_module
    from cpdesk.gui.workers import Job

    section = demo_window.show_section("balances")
    started: list[Job] = []

    def record(fn, on_done, **_kwargs):
        started.append(Job(fn))
        return started[-1]

    monkeypatch.setattr(section_module, "run_job", record)
    section.reconciled.setChecked(True)
    [job] = started
    from PySide6.QtCore import QObject

    held = [cell.cell_contents for cell in job.fn.__closure__ or ()]
    assert not [value for value in held if isinstance(value, QObject)]
    shiboken6.delete(section)
    report = job.fn(lambda fraction, message="": None, lambda: False)
    assert report.reconciliation is not None


def test_a_new_unit_shows_no_reconciliation_of_the_old_one(qtbot, demo_window) -> None:
    """Until the energy balance in MWh is reconciled, the table shows no reconciled figures
    of the balance in GJ beside it."""
    section = demo_window.show_section("balances")
    section.group.setCurrentIndex(1)
    section.reconciled.setChecked(True)
    wait_for_jobs(qtbot, timeout=30_000)
    assert section.report.reconciliation is not None
    assert any(line.estimate for node in section.model.lines for line in node.streams)
    section.unit.setCurrentIndex(section.unit.findText("MWh"))
    # The new reconciliation is on its way; nothing of the old one is shown meanwhile.
    assert section.reconciling
    assert not any(line.estimate for node in section.model.lines for line in node.streams)
    wait_for_jobs(qtbot, timeout=30_000)
    assert section.report.measured.unit == "MWh"
    assert any(line.estimate for node in section.model.lines for line in node.streams)


def test_a_superseded_reconciliation_is_cancelled(qtbot, demo_window, slow_reconciliation) -> None:
    section = demo_window.show_section("balances")
    section.reconciled.setChecked(True)
    first = section._job
    section.group.setCurrentIndex(1)
    assert first.is_cancelled()
    assert section._job is not first and not section._job.is_cancelled()
    wait_for_jobs(qtbot, timeout=30_000)
    assert section.report.measured.group == "energy" and section.report.reconciliation is not None
