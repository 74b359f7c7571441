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
from cpdesk.store.database import Database
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
