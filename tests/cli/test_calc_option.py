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


def test_calc_option_gives_a_power_factor_corrections_charge_avoided_on_a_bill(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.test_power_factor_charge import BILL, _calc

    option_id, calc = _calc(db, 0.80, 0.95)
    calculations.use_calculation(db, option_id, calc)
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", str(option_id), "--bill", "1e9", "--json")
    assert code == 0, err
    charge = json.loads(out)["power_factor_charge"]
    # Circular 15/2014/TT-BCT: 12.5 % at cos φ 0.80, 0 from 0.9: 12.5 % of 10⁹ VND
    assert (charge["share_before"], charge["share_after"]) == (12.5, 0.0)
    assert charge["avoided"] == pytest.approx(0.125 * BILL) and "15/2014/TT-BCT" in charge["source"]
    # the bill is kept: the charge avoided is the option's annual savings, calculated
    assert json.loads(out)["annual_savings"] == pytest.approx(0.125 * BILL)
    assert json.loads(out)["savings_basis"] == "calculated"
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", str(option_id), "--bill", "1e9")
    assert code == 0 and "Power-factor charge avoided: 125000000 VND a year (12.50 % of the bill before" in out
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", str(option_id), "--json")
    kept = json.loads(out)  # without --bill: the kept bill's charge
    assert kept["power_factor_charge"]["avoided"] == pytest.approx(0.125 * BILL) and not kept["recomputed"]
    plain_id, plain = _calc(db, 0.80, 0.95)
    calculations.use_calculation(db, plain_id, plain)
    code, out, err = _run(capsys, "--db", str(db_path), "calc", "option", str(plain_id), "--json")
    assert json.loads(out)["power_factor_charge"] is None and json.loads(out)["annual_savings"] is None
    lighting = _option(db)
    calculations.use_calculation(db, lighting.id, calculations.preview(db, lighting.id, "lighting", _inputs()))
    code, _, err = _run(capsys, "--db", str(db_path), "calc", "option", str(lighting.id), "--bill", "1e9")
    assert code != 0 and "--bill goes with 'calc option' of a power factor correction only" in err
    code, _, err = _run(capsys, "--db", str(db_path), "calc", "list", "--bill", "1e9")
    assert code != 0 and "--bill" in err
