"""`cpdesk calc compressor-duty --series SERIES`: the duty of the compressor series of
tests/services/test_compressor_duty_series.py (60 min loaded at 100 kW, 40 min unloaded at
30 kW, one reading a minute), its JSON, its table in Vietnamese, and its refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.store.database import Database
from tests.services.test_compressor_duty_series import _setup


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_duty_as_json(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup = _setup(db)
    series = str(setup["kw"].id)
    code, out, err = _run(
        capsys, "--db", str(db_path), "calc", "compressor-duty", "--series", series[:8], "--hours", "6000", "--json"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["series"]["id"] == series and data["series"]["unit"] == "kW"
    assert data["thresholds"] == {"from": "series", "off_below_kw": 10.0, "loaded_from_kw": 65.0}
    assert (data["readings"], data["gaps"], data["cycles"]) == (101, 0, 10)
    loaded, unloaded = data["states"]["loaded"], data["states"]["unloaded"]
    assert loaded["time_share"] == pytest.approx(60.0) and unloaded["mean_kw"] == pytest.approx(30.0)
    # 100 kW × 1 h = 100 kWh loaded, 30 kW × 2/3 h = 20 kWh unloaded: 1/6 of the energy
    assert unloaded["energy_share"] == pytest.approx(100 * 20 / 120)
    assert data["states"]["off"]["mean_kw"] is None
    # 6 000 running hours: 40 % unloaded, 2 400 h at 30 kW = 72 000 kWh
    assert data["annual"]["running_hours_from"] == "given"
    assert data["annual"]["unloaded_kwh"] == pytest.approx(72_000)
    assert data["cycles_per_hour"] == pytest.approx(10 / (100 / 60))


def test_the_duty_as_a_table_with_the_nameplate(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = _setup(db)
    argv = ["--db", str(db_path), "calc", "compressor-duty", "--series", str(setup["kw"].id), "--lang", "vi"]
    code, out, err = _run(capsys, *argv, "--loaded-kw", "100", "--unloaded-kw", "30")
    assert code == 0, err
    assert "nhãn máy" in out and "Không tải" in out and "Điện năng không tải mỗi năm" in out
    assert "60,00 %" in out and "Máy nén (kW)\n" in out  # loaded 60 % of the time


def test_refusals_name_why(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    setup = _setup(db)
    base = ["--db", str(db_path), "calc", "compressor-duty", "--lang", "en"]
    code, _out, err = _run(capsys, *base, "--series", str(setup["amps"].id))
    assert code == 1 and "not a power" in err and "A" in err
    code, _out, err = _run(capsys, *base)
    assert code == 2 and "--series" in err
    code, _out, err = _run(capsys, *base, "--series", str(setup["kw"].id), "--hours", "9000")
    assert code == 2 and "8784" in err.replace(" ", "").replace(",", "").replace(".", "")
    code, _out, err = _run(capsys, *base, "--series", str(setup["kw"].id), "--loaded-kw", "100")
    assert code == 1 and "both" in err
    code, _out, err = _run(capsys, "--db", str(db_path), "calc", "list", "--series", "abcd", "--lang", "en")
    assert code == 2 and "compressor-duty" in err


def test_calc_option_names_the_series_an_input_follows_and_goes_stale_without_it(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cpdesk.services import loggers
    from cpdesk.services.assessment import calculations
    from tests.services.test_compressor_duty_series import _leak_inputs

    setup = _setup(db)
    option_id = setup["option"].id
    calc = calculations.preview(db, option_id, "air_leak_load_unload", _leak_inputs(setup["kw"].id), price=2000.0)
    calculations.use_calculation(db, option_id, calc)
    base = ["--db", str(db_path), "calc", "option", str(option_id), "--lang", "en"]
    code, out, err = _run(capsys, *base, "--json")
    assert code == 0, err
    data = json.loads(out)
    key = f"series.load_time:{setup['kw'].id}"
    assert data["inputs"]["load_time"]["source"] == key and data["stale"] == []
    assert data["source_labels"][key] == "Time loaded, series Máy nén (kW)"
    code, out, err = _run(capsys, *base)
    assert "Mean power unloaded, series Máy nén (kW)" in out
    loggers.delete_series(db, setup["kw"].id)
    code, out, err = _run(capsys, *base, "--json")
    data = json.loads(out)
    assert set(data["stale"]) == {"load_time", "unload_time", "compressor_power", "unloaded_power"}
    assert data["source_labels"][key] is None
