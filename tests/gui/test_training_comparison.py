# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""Training screens: a module prepared in its dialog, bundles exported and results imported
from the modules dialog, and the comparison view (highlighted cells, tooltips, chart, PDF)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from cpdesk.gui import workers  # noqa: E402
from cpdesk.gui.training.comparison import ComparisonDialog, ComparisonModel  # noqa: E402
from cpdesk.gui.training.practical import PracticalModulesDialog, PrepareModuleDialog  # noqa: E402
from cpdesk.services.training import practical, practical_bundles  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401
from tests.plugins.postgres import WorkspaceFactory  # noqa: E402
from tests.services.test_practical import Scenario, _trainee_work, exchange, make_scenario  # noqa: E402

#: Set to a folder to save the screenshots the README shows.
SHOTS = os.environ.get("CPDESK_SCREENSHOTS")


@pytest.fixture(scope="module")
def returned(
    tmp_path_factory: pytest.TempPathFactory, workspace_template: Path, request: pytest.FixtureRequest
) -> Iterator[Scenario]:
    tmp = tmp_path_factory.mktemp("gui-comparison")
    factory = WorkspaceFactory("sqlite", tmp, workspace_template, request)
    scenario = make_scenario(factory, tmp)
    exchange(scenario)
    yield scenario
    factory.close()


def test_comparison_view_highlights_differences(qtbot, returned: Scenario, tmp_path: Path) -> None:
    dialog = ComparisonDialog(returned.trainer.db, returned.module.id, "vi", "vi")
    qtbot.addWidget(dialog)
    dialog.resize(980, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    model: ComparisonModel = dialog.view.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())][3:] == ["An", "Bình"]
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    fresh = rows["Water: Fresh water"]
    # Bình's fresh water, 60.000 m³ against 50.000: +20 %, highlighted, said in the tooltip.
    assert model.index(fresh, 2).data() == "50.000"
    assert model.index(fresh, 4).data() == "60.000"
    assert model.differs(fresh, 4)
    assert not model.differs(fresh, 3)
    assert model.index(fresh, 4).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(fresh, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    tip = model.index(fresh, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "+20,0 %" not in tip
    assert "+20 %" in tip
    assert "10.000" in tip
    plant = rows["Water: plant"]
    assert model.index(plant, 4).data() == "50,0 %"
    assert "+30,0" in model.index(plant, 4).data(Qt.ItemDataRole.ToolTipRole)
    # Section title rows, and the summary line counting what differs.
    assert "Flows per year" in rows
    assert "Options found, by category" in rows
    assert "Bình: 9 figures differ" in dialog.view.summary.text()
    assert "An: 1 figure differs" in dialog.view.summary.text()
    # The chart has the water closures of the reference and both trainees (20, 20, 50 %).
    heights = [list(b.opts["height"]) for b in dialog.view.chart.bars]
    assert heights == [[pytest.approx(20.0), pytest.approx(20.0), pytest.approx(50.0)]]
    written = dialog.view.print_pdf(str(tmp_path / "feedback.pdf"))
    assert written is not None
    assert Path(written).read_bytes().startswith(b"%PDF")
    if SHOTS:  # in English throughout: the tests run without a translator, so the labels are English too
        english = ComparisonDialog(returned.trainer.db, returned.module.id, "en", "en")
        qtbot.addWidget(english)
        english.resize(980, 700)
        english.show()
        qtbot.waitExposed(english)
        english.view.table.clearSelection()
        qtbot.wait(50)
        english.grab().save(str(Path(SHOTS) / "workbench-training-comparison.png"))


def test_prepare_dialog_makes_a_module(qtbot, returned: Scenario) -> None:
    db = returned.trainer.db
    dialog = PrepareModuleDialog(db, "en", reference=returned.reference)
    qtbot.addWidget(dialog)
    assert dialog.reference.currentData() == returned.reference
    # Ticking readings ticks the streams and steps they need; unticking steps unticks both.
    dialog.given["steps"].setChecked(False)
    assert not dialog.given["streams"].isChecked()
    dialog.given["measurements"].setChecked(True)
    assert dialog.given["streams"].isChecked()
    assert dialog.given["steps"].isChecked()
    qtbot.keyClicks(dialog.title, "Readings")
    qtbot.keyClicks(dialog.trainees, "Chi")
    dialog.tasks[8].setChecked(True)
    with qtbot.waitSignal(dialog.prepared) as signal:
        dialog.prepare()
    module = signal.args[0]
    assert module.title == "Readings"
    assert [a.trainee_name for a in module.assignments] == ["Chi"]
    assert module.data_given == ("team", "steps", "streams", "measurements")
    assert module.tasks_required == (4, 5, 8)


def test_prepare_dialog_says_what_is_wrong(qtbot, returned: Scenario, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog = PrepareModuleDialog(returned.trainer.db, "en", reference=returned.reference)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "No trainees")
    before = len(practical.list_modules(returned.trainer.db))
    dialog.prepare()
    assert len(shown) == 1
    assert "\n" not in shown[0]
    assert dialog.module is None
    assert len(practical.list_modules(returned.trainer.db)) == before


def test_modules_dialog_exports_imports_and_compares(
    qtbot, tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest, monkeypatch
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    try:
        scenario = make_scenario(factory, tmp_path)
        trainer = scenario.trainer
        with trainer.active():
            dialog = PracticalModulesDialog(trainer.db, "en", "en")
            qtbot.addWidget(dialog)
            assert dialog.modules.currentData() == scenario.module.id
            assert dialog.trainees.rowCount() == 2
            assert dialog.trainees.item(0, 1).text() == "–"
            out = tmp_path / "out"
            out.mkdir()
            dialog.export_bundles(str(out))
            qtbot.waitUntil(lambda: workers.running_jobs() == 0, timeout=30_000)
            written = dialog.exported
            assert len(written) == 2
            assert dialog.trainees.item(0, 1).text() != "–"
        an = scenario.trainees["An"]
        copy = scenario.module.assignments[0].assessment_id
        with an.active():
            from cpdesk.services.sync import importing as sync

            sync.import_bundle(an.db, written[0].result.path)
            _trainee_work(an, copy, 50_000, 40_000, [])
            practical_bundles.export_results(an.db, copy, tmp_path / "an.cpdx", to=str(scenario.trainer_key))
        with trainer.active():
            dialog.import_results(str(tmp_path / "an.cpdx"))
            qtbot.waitUntil(lambda: workers.running_jobs() == 0, timeout=30_000)
        back = dialog.returned
        assert back is not None
        assert back.assignment.trainee_name == "An"
        errors: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: errors.append(text))
        assert dialog.trainees.item(0, 2).text() != "–"
        assert dialog.trainees.item(1, 2).text() == "–"
        view = dialog.compare()
        qtbot.addWidget(view)
        assert view.view.model.comparison.trainees == ("An", "Bình")
        bogus = tmp_path / "bogus.cpdx"
        bogus.write_bytes(b"not a bundle")
        with trainer.active():
            dialog.import_results(str(bogus))
            qtbot.waitUntil(lambda: workers.running_jobs() == 0, timeout=30_000)
        qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
        assert len(errors) == 1
        assert "bogus.cpdx" in errors[0]
        assert "\n" not in errors[0]
        assert dialog.returned is back
    finally:
        factory.close()


def test_trainee_returns_the_open_assessment(demo_window, qtbot, tmp_path: Path) -> None:
    """The trainee's side: the assessment open in the window goes back, encrypted to the
    trainer's key file, with its dependants only."""
    from cpdesk.services.sync import importing as sync
    from cpdesk.services.sync import keys as sync_keys

    db = demo_window.wb.db
    key = tmp_path / "trainer.cpdeskkey"
    sync_keys.export_public_key(db, key, "Trainer")  # this installation stands in for the trainer
    demo_window.training_menu.return_results(str(key), str(tmp_path / "back.cpdx"))
    qtbot.waitUntil(lambda: workers.running_jobs() == 0, timeout=30_000)
    result = demo_window.training_menu.returned
    assert result is not None
    assert result.encrypted
    assert result.recipient == "Trainer"
    assert result.tables["assessment"] == 1
    assert "company" not in result.tables
    assert "programme" not in result.tables
    report = sync.verify_bundle(db, result.path)
    assert report.status == "dry run"


def test_main_window_has_the_training_menu(demo_window) -> None:
    titles = [a.text() for a in demo_window.menuBar().actions()]
    assert "&Training" in titles
    assert titles.index("&Training") < len(titles) - 1  # Help stays last
    assert "training_modules" in demo_window.actions
    dialog = demo_window.training_menu.show_modules()
    assert dialog.modules.count() == 0
    assert not dialog.compare_button.isEnabled()
    dialog.close()
