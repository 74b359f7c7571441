# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The monitoring and verification section on the demo textile plant: its 96 period readings
shown in Vietnamese notation, the coal baseline fitted off the GUI thread with its figures
and the three charts drawn, a typed reading undone, a table with a bad row refused naming
the row (and its other rows stored when the bad one is skipped), and the verified saving
recorded on an option and undone."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.services.assessment import periods, records  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, wait_for_jobs  # noqa: E402, F401

EDIT = Qt.ItemDataRole.EditRole


def _fitted(qtbot, section) -> None:
    qtbot.waitUntil(lambda: section.found is not None or bool(section.fit_error), timeout=20_000)
    wait_for_jobs(qtbot)
    assert not section.fit_error, section.fit_error


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_demo_readings_and_the_coal_baseline_are_shown(qtbot, demo_window) -> None:
    section = demo_window.show_section("verification")
    assert len(section.model.rows) == 96  # 24 months of electricity, anthracite, water and production
    first = section.model.index(0, section.model.column_of("value"))
    assert "," in first.data() or "." in first.data() or first.data().isdigit()
    _choose(section.carrier, "anthracite")
    _choose(section.driver, "production")
    section.fit()
    # the fit runs on the thread pool: its result arrives through the event loop, and the
    # section answers meanwhile (the readings tab can be shown and its table read)
    assert section._fitting
    section.tabs.setCurrentIndex(0)
    assert section.model.rowCount() == 96
    _fitted(qtbot, section)
    text = section.results.toPlainText()
    # 751 t saved ± 59 t at 90 %: Vietnamese notation, no decimals above 100
    assert "751" in section.state.text() and "59" in section.state.text() and "90 %" in section.state.text()
    for heading in ("phụ tải nền", "sai số chuẩn", "CV(RMSE) %", "NMBE %", "Durbin–Watson", "≤ 15", "± 5"):
        assert heading in text, heading
    assert "Đạt tiêu chí ASHRAE Guideline 14: có" in text
    assert "68 %" in text and "90 %" in text and "đã chứng minh" in text
    # the three charts have their data: 12 baseline and 12 reporting months, 24 points in time
    assert len(section.scatter.drawn["baseline"]) == 12 and len(section.scatter.drawn["reporting"]) == 12
    assert len(section.scatter.drawn["fitted"]) > 10
    assert len(section.over_time.drawn["actual"]) == 24 and len(section.over_time.drawn["expected"]) == 24
    assert section.cusum.drawn["cusum"][-1] == pytest.approx(-751, abs=2)  # the CUSUM falls by the saving


def test_a_saving_smaller_than_its_uncertainty_is_not_demonstrated(qtbot, demo_window) -> None:
    section = demo_window.show_section("verification")
    _choose(section.carrier, "electricity")
    _choose(section.driver, "production")
    section.fit()
    _fitted(qtbot, section)
    assert "chưa chứng minh được" in section.state.text()


def test_a_typed_reading_and_its_edit_are_undone(qtbot, demo_window) -> None:
    window = demo_window
    section = window.show_section("verification")
    key = window.current_assessment()
    start = window.wb.undo_stack.index()
    section.entry_variable.setEditText("cdd")
    section.entry_start.setText("01/11/2005")
    section.entry_end.setText("30/11/2005")
    section.entry_value.setText("1.234,5")  # Vietnamese notation: 1 234.5
    section.entry_unit.setEditText("")
    section.add_reading()
    qtbot.waitUntil(lambda: any(r.variable == "cdd" for r in section.model.rows))
    row = next(r for r in section.model.rows if r.variable == "cdd")
    assert row.value == 1234.5
    assert section.model.setData(section.table.source_index(row.id, "value"), "2.000,25", EDIT)
    assert next(r for r in periods.list_periods(window.wb.db, key) if r.variable == "cdd").value == 2000.25
    assert window.wb.undo_stack.index() - start == 2
    window.actions["undo"].trigger()
    assert next(r for r in periods.list_periods(window.wb.db, key) if r.variable == "cdd").value == 1234.5
    window.actions["undo"].trigger()
    assert not any(r.variable == "cdd" for r in periods.list_periods(window.wb.db, key))


def test_an_import_with_a_bad_row_is_refused_naming_the_row(qtbot, demo_window, tmp_path, monkeypatch) -> None:
    window = demo_window
    section = window.show_section("verification")
    key = window.current_assessment()
    before = len(periods.list_periods(window.wb.db, key))
    table = tmp_path / "steam.csv"
    # row 3 (the header is row 1) holds a figure that is no number
    table.write_text(
        "Từ ngày;Đến ngày;steam (t);Nguồn\n01/11/2005;30/11/2005;410,5;đồng hồ\n01/12/2005;31/12/2005;bốn;đồng hồ\n",
        encoding="utf-8",
    )
    asked = []
    monkeypatch.setattr(section.importer, "ask_skip", lambda result: asked.append(result) or False)
    section.import_file(str(table))
    assert len(asked) == 1 and asked[0].refused
    from cpdesk.gui.sections.period_import import problem_lines

    lines = problem_lines(asked[0], "vi")
    assert len(lines) == 1 and lines[0].startswith("Row 3: ") and "bốn" in lines[0]
    assert len(periods.list_periods(window.wb.db, key)) == before  # nothing stored
    # skipping the bad row stores the other, in one undoable step
    monkeypatch.setattr(section.importer, "ask_skip", lambda result: True)
    start = window.wb.undo_stack.index()
    section.import_file(str(table))
    assert section.importer.last is not None and section.importer.last.stored == 1
    steam = [r for r in periods.list_periods(window.wb.db, key) if r.variable == "steam"]
    assert [r.value for r in steam] == [410.5]
    qtbot.waitUntil(lambda: any(r.variable == "steam" for r in section.model.rows))
    assert window.wb.undo_stack.index() == start + 1
    window.actions["undo"].trigger()
    assert len(periods.list_periods(window.wb.db, key)) == before


def test_the_verified_saving_is_recorded_on_an_option_and_undone(qtbot, demo_window) -> None:
    window = demo_window
    section = window.show_section("verification")
    key = window.current_assessment()
    _choose(section.carrier, "anthracite")
    _choose(section.driver, "production")
    section.fit()
    _fitted(qtbot, section)
    savings = records.option_savings(window.wb.db, key)
    coal = [s for s in savings if s.carrier == "anthracite"]
    assert coal, "the demo has options saving coal"
    assert section.option.count() == len({s.option_id for s in coal})
    option = coal[0].option_id
    index = section.option.findData(str(option))
    assert index >= 0
    section.option.setCurrentIndex(index)
    start = window.wb.undo_stack.index()
    section.record_button.click()
    assert window.wb.undo_stack.index() == start + 1
    assert _verified(window.wb.db, coal[0].id) == (pytest.approx(751 * 365.2425 / 365, abs=3), "ipmvp_c")
    # the options screen shows it beside the estimate and the monitored figure
    options_section = window.show_section("options")
    options_section.table.select(option)
    model = options_section.savings
    qtbot.waitUntil(lambda: any(r.id == coal[0].id for r in model.rows), timeout=5000)
    row = next(i for i, r in enumerate(model.rows) if r.id == coal[0].id)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Per year (verified)")
    shown = model.data(model.index(row, column))
    assert shown is not None and "±" in shown  # "751 ± 59" in the user's notation
    assert shown.startswith("75")
    window.actions["undo"].trigger()
    assert _verified(window.wb.db, coal[0].id) == (None, None)


def _verified(db, saving_id) -> tuple[float | None, str | None]:
    """The verified saving stored on a resource saving (a year of the reporting period's)."""
    from cpdesk.store.models import OptionSaving

    with db.reading() as session:
        saving = session.get(OptionSaving, saving_id)
        method = saving.verified_method
        return saving.verified_quantity, (str(method.value if hasattr(method, "value") else method) if method else None)


def test_an_assessment_without_readings_says_where_they_come_from(qtbot, db) -> None:
    from cpdesk.gui.main_window import MainWindow
    from cpdesk.services.assessment import assessments
    from cpdesk.services.assessment import companies as catalogue
    from tests.gui.workbench_fixtures import make_workbench

    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    created = assessments.create_assessment(db, company_id=company.id, title="SXSH mới", exchange_rate=25_000)
    window = MainWindow(make_workbench(db))
    qtbot.addWidget(window)
    window.show()
    window.open_item("assessment", created.id)
    section = window.show_section("verification")
    assert section.empty.is_empty and section.found is None
    section.entry_variable.setEditText("electricity")
    section.entry_start.setText("01/01/2024")
    section.entry_end.setText("31/01/2024")
    section.entry_value.setText("93.200")
    section.entry_unit.setEditText("kWh")
    section.add_reading()
    qtbot.waitUntil(lambda: not section.empty.is_empty)
    assert [r.value for r in section.model.rows] == [93_200]
    window.close()
