"""The calculator form with a compressor's logger series: its figures offered in the inputs'
"From" lists, the result following them, and the chart drawing the series by state. The
series is tests/services/test_compressor_duty_series.py's: 60 min loaded at 100 kW, 40 min
unloaded at 30 kW; a leak test on it: 6 m³/min of 10, 42 kW, 252 000 kWh a year."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui.sections.calculator_dialog import CalculatorDialog  # noqa: E402
from cpdesk.gui.sections.duty_series import followed_series  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402
from tests.services.test_compressor_duty_series import _setup  # noqa: E402


def test_the_leak_test_takes_its_times_from_a_series_and_draws_it_by_state(qtbot, db) -> None:
    setup = _setup(db)
    wb = make_workbench(db, "en", "vi")
    dialog = CalculatorDialog(wb, setup["option"].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("air_leak_load_unload"))
    series = setup["kw"].id
    rows = dialog.rows
    offered = [rows["load_time"].source.itemData(i) for i in range(rows["load_time"].source.count())]
    assert f"series.load_time:{series}" in offered and not any(str(setup["amps"].id) in str(k) for k in offered)
    assert "Time loaded, series" in rows["load_time"].source.itemText(offered.index(f"series.load_time:{series}"))
    for name, figure in (
        ("load_time", "load_time"),
        ("unload_time", "unload_time"),
        ("compressor_power", "loaded_kw"),
        ("unloaded_power", "unloaded_kw"),
    ):
        rows[name].choose(f"series.{figure}:{series}")
        assert rows[name].number.isReadOnly()
    rows["compressor_capacity"].number.setText("10")
    assert rows["load_time"].number.text() == "60"
    text = dialog.outputs.text()
    assert "42" in text and "252.000" in text  # 42 kW, 252 000 kWh a year (Vietnamese notation)
    assert dialog.plot.shown == "compressor_duty"
    assert len(dialog.plot.plot.listDataItems()) == 2  # loaded and unloaded (never off)
    # typed again: no series followed, no chart of it
    rows["load_time"].choose("typed")
    for name in ("unload_time", "compressor_power", "unloaded_power"):
        rows[name].choose("typed")
    assert followed_series({name: row.source.currentData() for name, row in rows.items()}) is None
    assert dialog.plot.shown == ""
    # no chart left behind: not the series' axes under another calculator's result
    dialog.chooser.setCurrentIndex(dialog.chooser.findData("power_factor"))
    assert not dialog.plot.plot.getAxis("left").isVisible()
    assert not dialog.plot.plot.getAxis("bottom").isVisible()
