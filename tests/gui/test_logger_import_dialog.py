"""The logger import dialog, offscreen: detected settings, preview, mapping, import."""

from __future__ import annotations

from datetime import datetime

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from cpdesk.gui import display, workers  # noqa: E402
from cpdesk.gui.loggers.import_dialog import LoggerImportDialog  # noqa: E402
from cpdesk.services import loggers
from cpdesk.services.assessment import (
    assessments,
    flow,  # noqa: E402
)
from cpdesk.services.assessment import companies as catalogue
from cpdesk.store.models import Series  # noqa: E402
from tests.core.test_logger_read import vietnamese_excel_csv  # noqa: E402


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Phong Phú", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Đánh giá", exchange_rate=25_000)
    step = flow.add_process_step(db, a.id, name="Máy nén khí")
    power = flow.add_stream(db, a.id, name="Điện máy nén", kind="energy", carrier="electricity", target_step_id=step.id)
    return db, a, power


def series_count(db) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(Series)).scalar_one()


def open_dialog(qtbot, db, a, data: bytes) -> LoggerImportDialog:
    dialog = LoggerImportDialog(db, a.id, data=data, file_name="may-nen.csv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_detected_settings_preview_and_mapping_then_import(qtbot, plant) -> None:
    db, a, power = plant
    data, kw, _ = vietnamese_excel_csv(120)
    dialog = open_dialog(qtbot, db, a, data)
    assert (dialog.encoding.currentText(), dialog.separator.currentData(), dialog.decimal.currentData()) == (
        "cp1258",
        ";",
        ",",
    )
    assert dialog.layout_box.currentData() == "dmy"
    assert "day/month" in dialog.notes.text()
    assert dialog.preview.rowCount() == 50
    assert dialog.preview.item(0, 0).text() == display.moment(datetime(2024, 3, 1, 8), seconds=True)
    assert [dialog.mapping.item(r, 1).text() for r in range(dialog.mapping.rowCount())] == [
        "Công suất (kW)",
        "Điện áp (V)",
    ]
    assert dialog.mapping.cellWidget(0, 2).currentText() == "kW"
    assert dialog.mapping.cellWidget(1, 2).currentText() == "V"  # an instrument unit, proposed from the header
    stream_box = dialog.mapping.cellWidget(0, 3)
    stream_box.setCurrentIndex(stream_box.findData(str(power.id)))
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    row, volts = done.args[0].series
    assert (row.name, row.unit, row.stream_id, row.point_count) == ("Công suất (kW)", "kW", power.id, 120)
    assert (volts.name, volts.unit, volts.stream_id) == ("Điện áp (V)", "V", None)
    assert loggers.read_series(db, row.id).values.tolist() == kw
    qtbot.waitUntil(lambda: workers.running_jobs() == 0)


def test_a_wrong_decimal_mark_shows_in_the_preview(qtbot, plant) -> None:
    db, a, _ = plant
    data, _, _ = vietnamese_excel_csv(20)
    dialog = open_dialog(qtbot, db, a, data)
    dialog.decimal.setCurrentIndex(dialog.decimal.findData("."))
    item = dialog.preview.item(0, 2)  # "Công suất (kW)", after the time column
    assert item.background().color().name() == "#ffc9c9"
    assert "decimal mark" in item.toolTip()
    assert "cannot be read" in dialog.problems.text()


def test_unreadable_rows_ask_to_skip_or_cancel(qtbot, plant, monkeypatch) -> None:
    db, a, _ = plant
    text = "t;P (kW)\n" + "".join(f"2024-03-01 08:{k:02d};{k},5\n" for k in range(10)) + "2024-03-01 08:10;hỏng\n"
    dialog = open_dialog(qtbot, db, a, text.encode())
    asked = []
    monkeypatch.setattr(dialog, "confirm_skip", lambda report: asked.append(report.bad_cell_count) or False)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was stored" in dialog.problems.text(), timeout=20_000)
    assert asked == [1]
    assert series_count(db) == 0
    assert dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: workers.running_jobs() == 0)
    monkeypatch.setattr(dialog, "confirm_skip", lambda report: True)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].series[0].point_count == 10
    assert done.args[0].report.bad_cell_count == 1
    qtbot.waitUntil(lambda: workers.running_jobs() == 0)


def test_another_separator_detects_the_columns_again(qtbot, plant) -> None:
    db, a, _ = plant
    data = b"t|P (kW);Q\n2024-03-01 08:00|15\n2024-03-01 08:01|16\n"
    dialog = open_dialog(qtbot, db, a, data)
    dialog.separator.setCurrentIndex(dialog.separator.findData("|"))
    assert [dialog.time_column.itemText(i) for i in range(dialog.time_column.count())] == ["t", "P (kW);Q"]
    assert dialog.preview.rowCount() == 2


def test_a_file_that_is_not_a_logger_file_says_so(qtbot, plant) -> None:
    db, a, _ = plant
    dialog = open_dialog(qtbot, db, a, b"name;value\nalpha;1\n")
    assert "date and time next to a number" in dialog.problems.text()
    assert not dialog.import_button.isEnabled()


def test_a_power_analysers_export_imports_with_the_proposed_units(qtbot, plant) -> None:
    # Before the instrument units, V, A, kVAr, kVA, PF, Hz and kvarh were left empty here and
    # the import failed with "a unit is required".
    from tests.services.test_logger_instrument_units import UNITS, analyser_export

    db, a, _ = plant
    dialog = open_dialog(qtbot, db, a, analyser_export(8))
    assert [dialog.mapping.cellWidget(r, 2).currentText() for r in range(dialog.mapping.rowCount())] == UNITS
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [s.unit for s in done.args[0].series] == UNITS
    qtbot.waitUntil(lambda: workers.running_jobs() == 0)
