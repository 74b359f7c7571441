"""An assessment whose database holds a saving the factor set cannot count (natural gas in
plain m³, stored by a cpdesk that did not check it): `cpdesk options` lists every option, the
one with its reason and null CO2 figures, and `cpdesk report assessment` prints the others and
says why that one has no CO2, in English and in Vietnamese.

Before: both commands failed for the whole assessment ("natural_gas saved by volume (500 m³)
needs a density"), while `cpdesk guide` passed.

The other option saves 1 000 L of LPG: 1 000 L x 0.54 kg/L = 540 kg; x 47.3 MJ/kg = 25.542 GJ;
x 63.1 kg CO2/GJ = 1.6117 t CO2 a year (factor set ipcc2006_vn_grid).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cpdesk.cli.main import main
from cpdesk.services.assessment import assessments, companies, options
from cpdesk.store.database import Database
from cpdesk.store.models import OptionSaving
from tests.report.helpers import pdf_text, squash


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def _old_database(db: Database) -> Any:
    company = companies.create_company(db, name="Gốm sứ Minh Long", sector="ceramics")
    a = assessments.create_assessment(db, company_id=company.id, title="Lò nung", currency="USD")
    options.add_option(
        db,
        a.id,
        code="K1",
        title="Kiln burner tuning",
        category="process_control",
        status="selected",
        investment=2000,
        annual_savings=1000,
        savings=[("lpg", 1000, "L")],
    )
    gas = options.add_option(
        db,
        a.id,
        code="K2",
        title="Gas kiln door seals",
        category="equipment_modification",
        status="implemented",
        investment=500,
        annual_savings=250,
    )
    with db.sessions.begin() as s:  # as a cpdesk that did not check the unit stored it
        s.add(OptionSaving(option_id=gas.id, carrier="natural_gas", quantity=500, unit="m³"))
    return a


def test_options_and_report_go_on_past_a_saving_the_factor_set_cannot_count(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _old_database(db)
    db.close()

    lpg, gas = json.loads(_run(capsys, "--db", str(db_path), "options", str(a.id), "--json"))
    assert lpg["option"]["code"] == "K1"
    assert lpg["co2_t"] == pytest.approx(1.6117002)
    assert lpg["co2"]["fossil_t"] == pytest.approx(1.6117002)
    assert lpg["co2_problem"] is None and lpg["co2_problem_code"] is None
    assert gas["option"]["code"] == "K2"
    assert gas["co2_t"] is None and gas["co2"] is None
    assert gas["co2_problem"].startswith("Natural gas in m³ is a volume at an unstated pressure and temperature")
    assert gas["co2_problem_code"] == "factor.gas_conditions"
    assert gas["simple_payback_years"] == pytest.approx(2.0)

    table = _run(capsys, "--db", str(db_path), "options", str(a.id))
    assert "CO2 of K2 not computed: Natural gas in m³ is a volume" in table

    english = tmp_path / "en.pdf"
    _run(capsys, "--db", str(db_path), "report", "assessment", str(a.id), "-o", str(english), "--lang", "en")
    text = squash(pdf_text(english))
    assert squash("The CO₂ avoided by option K2 is not computed, and counts in no total: Natural gas") in text
    assert squash("is a volume at an unstated pressure and temperature, and needs Nm³ or Sm³.") in text
    assert squash("Avoids 1.6 t CO₂/yr") in text  # the other option's block is printed as usual

    vietnamese = tmp_path / "vi.pdf"
    _run(capsys, "--db", str(db_path), "report", "assessment", str(a.id), "-o", str(vietnamese), "--lang", "vi")
    text = squash(pdf_text(vietnamese))
    assert squash("Chưa tính được lượng CO₂ giảm được của giải pháp K2") in text
    assert squash("Khí thiên nhiên tính theo m³ là thể tích ở áp suất và nhiệt độ không nêu rõ") in text
    assert squash("Giảm 1,6 t CO₂/năm") in text
