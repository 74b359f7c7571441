"""`cpdesk calc option OPTION`: an option's calculation recomputed from the assessment, as the
workbench keeps it (the example of tests/services/test_option_calculations.py: a failed trap
on a 7 bar(g) header, 13.334 t of anthracite a year at 3 000 000 VND/t)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.core.entities import Entity
from cpdesk.services import editing
from cpdesk.services.assessment import calculations
from cpdesk.store.database import Database
from tests.services.test_carrier_prices import EVN_2023, _inputs, _option
from tests.services.test_option_calculations import FUEL_T, PRICE, _setup, _use


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_calc_option_recomputes_from_the_assessment_and_keeps_it(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = _setup(db)
    _use(db, setup)
    option = str(setup["option"].id)
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", option[:8], "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["calculator"], data["recomputed"], data["notice"], data["stale"]) == ("steam_leak", False, None, [])
    assert data["option"] == {"id": option, "code": "O1", "title": "Sửa bẫy hơi"}
    assert data["inputs"]["operating_hours"] == {
        "value": 6000.0,
        "unit": "h",
        "source": "assessment.operating_hours",
        "label": "Operating hours a year",
    }
    assert data["saving"]["carrier"] == "anthracite" and data["saving"]["quantity"] == pytest.approx(FUEL_T)
    assert data["annual_savings"] == pytest.approx(FUEL_T * PRICE) and data["savings_basis"] == "calculated"

    # half the hours: half the fuel, and the option's figures follow
    editing.apply(db, editing.Update(Entity.ASSESSMENT, setup["assessment"].id, {"operating_hours_per_year": 3000.0}))
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", option, "--json")
    data = json.loads(out)
    assert data["recomputed"] is True and data["notice"].startswith("The savings of option O1 were recalculated")
    assert data["annual_savings"] == pytest.approx(FUEL_T * PRICE / 2)
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", option)
    assert code == 0 and "Steam lost through a failed trap" in out and "assessment.operating_hours" in out


def test_calc_option_without_a_calculation_or_option_is_refused(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = _setup(db)
    code, _, err = _run(capsys, "--db", str(db_path), "calc", "option", str(setup["option"].id))
    assert code != 0 and "calculation" in err
    code, _, err = _run(capsys, "--db", str(db_path), "calc", "option", "ffffffff")
    assert code != 0 and "ffffffff" in err
    code, _, err = _run(capsys, "calc", "option")
    assert code != 0


def test_calc_option_prices_an_unpriced_saving_by_the_factor_set_and_names_it(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    option = _option(db)
    calculations.use_calculation(db, option.id, calculations.preview(db, option.id, "lighting", _inputs()))
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", str(option.id), "--json")
    assert code == 0, err
    data = json.loads(out)
    # 5 400 kWh × 2 006.79 VND/kWh = 10 836 666 VND
    assert (data["price"], data["price_source"]) == (EVN_2023, "factor.price:electricity")
    assert data["price_source_label"].startswith("factor set IPCC 2006 defaults + Vietnam grid, EVN")
    assert data["annual_savings"] == pytest.approx(10_836_666.0)
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", str(option.id))
    assert code == 0 and "2,007 VND/kWh (factor set IPCC 2006 defaults + Vietnam grid, EVN" in out
