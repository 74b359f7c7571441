# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The application around the window: settings, other databases and the recent list, the
error hook, and reports built in the background."""

from __future__ import annotations

import logging
import shutil
import sys

import pytest
import shiboken6

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from cpdesk.core.errors import ValidationError  # noqa: E402
from cpdesk.core.messages import Term, msg  # noqa: E402
from cpdesk.gui import errors, preferences  # noqa: E402
from cpdesk.gui.app import Shell  # noqa: E402
from cpdesk.gui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from cpdesk.gui.preferences import Preferences  # noqa: E402
from cpdesk.gui.report_export import ReportExport, reports_available  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, wait_for_jobs  # noqa: E402, F401


def test_settings_dialog_edits_a_copy(qtbot) -> None:
    prefs = Preferences(user_name="Lan", language="vi", recent=["a.sqlite"])
    dialog = SettingsDialog(prefs, [("ipcc2006_vn_grid", "IPCC 2006", "IPCC 2006")])
    qtbot.addWidget(dialog)
    dialog.user_name.setText("  Trần Thu Hà ")
    dialog.role.setCurrentIndex(dialog.role.findData("trainee"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.numbers.setCurrentIndex(dialog.numbers.findData("vi"))
    dialog.data_folder.setText("/srv/cpdesk")
    chosen = dialog.result_preferences()
    assert (chosen.user_name, chosen.role, chosen.language, chosen.numbers) == ("Trần Thu Hà", "trainee", "en", "vi")
    assert chosen.data_folder == "/srv/cpdesk"
    assert chosen.recent == ["a.sqlite"]
    assert prefs.language == "vi"  # the original is untouched
    assert prefs.user_name == "Lan"


def test_preferences_round_trip_and_default_database(tmp_path) -> None:
    prefs = Preferences(user_name="Lan", language="en", number_locale="vi", data_folder=str(tmp_path / "data"))
    prefs.remember("one.sqlite")
    prefs.remember("two.sqlite")
    prefs.remember("one.sqlite")
    prefs.save()
    loaded = preferences.load()
    assert loaded.recent == ["one.sqlite", "two.sqlite"]
    assert loaded.numbers == "vi"
    assert loaded.language == "en"
    assert loaded.default_database() == str(tmp_path / "data" / "cpdesk.sqlite")


def test_open_another_database_keeps_a_recent_list(qtbot, demo_template, tmp_path) -> None:
    first, second = tmp_path / "first.sqlite", tmp_path / "second.sqlite"
    shutil.copyfile(demo_template, first)
    shell = Shell(QApplication.instance(), Preferences(language="en"))
    assert shell.open(str(first))
    window = shell.window  # closed and deleted by the shell below
    window.database_requested.emit(str(second))  # File → Open: a new file gets the demo data
    assert shell.window is not window
    assert second.exists()
    qtbot.addWidget(shell.window)
    # The old window is held until Qt has deleted it, then let go.
    assert shell._retired == {window}
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(window)
    assert shell._retired == set()
    assert preferences.load().recent[:2] == [str(second), str(first)]
    assert shell.window.navigator.demo_assessment() is not None
    shell.window.close()
    shell.workbench.db.close()


def test_errors_are_shown_and_logged_not_raised(qapp, monkeypatch, caplog) -> None:
    # The hook shows a message only when there is an application: ``qapp`` makes one, so the
    # result does not depend on an earlier test having made it.
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError:
        with caplog.at_level(logging.ERROR, logger="cpdesk.gui"):
            sys.excepthook(*sys.exc_info())
    assert shown
    assert "ZeroDivisionError" in shown[0]
    assert "Traceback" not in shown[0]
    assert "Traceback" in caplog.text  # the details go to the log
    # a refusal as the services give it: a message code, said in the interface's language
    expected = msg("unit.wrong_dimension", dimension=Term("ReasonWord", "energy"), expected="volume or mass")
    refusal = ValidationError("measurement", "unit", "kWh", expected)
    assert errors.describe(refusal) == "is a unit of energy; expected volume or mass"


@pytest.mark.skipif(not reports_available(), reason="the report builder is not part of this build")
def test_export_report_in_the_background(qtbot, demo_window, tmp_path) -> None:
    window = demo_window
    export = ReportExport(window)
    target = tmp_path / "tong-hop.xlsx"
    export.build("assessment", window.current_assessment(), str(target), open_when_done=False)
    wait_for_jobs(qtbot, timeout=60_000)
    assert target.exists()
    assert target.stat().st_size > 1000
    assert str(target) in window.statusBar().currentMessage()


def test_the_closure_tolerance_is_set_in_settings_and_counts_in_the_checks(qtbot, demo_window, monkeypatch) -> None:
    """A trainer who accepts no more than 5 % unaccounted sets it in Settings; the guided checks follow."""
    from cpdesk.gui.dialogs import settings_dialog
    from cpdesk.services.assessment import guidance

    window = demo_window
    db, key = window.wb.db, window.current_assessment()

    def flagged() -> set[str]:
        return {f.subject.name for f in guidance.findings(db, key) if f.code == "balance_not_closed" and f.subject}

    assert guidance.closure_tolerance(db, "energy") == 10.0
    # The demo's substation leaves 6.9 % of its energy unaccounted: fine at 10 %, flagged at
    # 5 %; the air compressor, with no output stream, is flagged at 100 % either way.
    assert flagged() == {"Máy nén khí"}

    def accept(dialog: SettingsDialog) -> bool:
        assert set(dialog.tolerances) == {"water", "energy"}
        assert dialog.tolerances["energy"].value() == 10.0
        dialog.tolerances["energy"].setValue(5.0)
        return True

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", accept)
    window.edit_settings()
    assert guidance.closure_tolerance(db, "energy") == 5.0
    assert guidance.closure_tolerance(db, "water") == 10.0
    assert flagged() == {"Máy nén khí", "Trạm biến áp và máy phát dự phòng"}
    shown = [f for f in window.progress.findings.get(5, ()) if f.code == "balance_not_closed"]
    assert {f.subject.name for f in shown if f.subject} == flagged()
