"""`cpdesk library suggest ASSESSMENT`: the types that fit a plant, with why and their evidence."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cpdesk.cli.main import main
from cpdesk.services.assessment import assessments, flow, options
from cpdesk.services.assessment import companies as catalogue


@pytest.fixture
def plant(db: Any) -> str:
    company = catalogue.create_company(db, name="Dệt Hưng Yên", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", currency="USD")
    flow.add_process_step(db, a.id, name="Máy nén khí")
    options.add_option(db, a.id, title="Sửa rò khí nén", category="good_housekeeping", type_code="AIR.LEAK.REPAIR")
    for n, usd in enumerate((400.0, 600.0, 500.0)):
        c = catalogue.create_company(db, name=f"Dệt {n}", sector="textile")
        other = assessments.create_assessment(db, company_id=c.id, title="SXSH", currency="USD")
        options.add_option(
            db, other.id, title="Giảm áp khí nén", category="process_control", type_code="AIR.PRES.REDUCE",
            investment=usd, annual_savings=2 * usd, status="implemented" if n else "rejected",
            rejection_reason="" if n else "không có ngân sách",
        )  # fmt: skip
    return str(a.id)


def test_suggest_prints_json_with_reasons_and_evidence(db: Any, plant: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db.path), "library", "suggest", plant[:8], "--json", "--limit", "40"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["assessment"], doc["sector"], doc["lang"]) == (plant, "textile", "en")
    assert doc["evidence_source"] == "database"
    codes = [s["code"] for s in doc["suggestions"]]
    assert "AIR.LEAK.REPAIR" not in codes  # proposed
    pressure = next(s for s in doc["suggestions"] if s["code"] == "AIR.PRES.REDUCE")
    assert pressure["reasons"] == [
        {"kind": "step", "subject": "Máy nén khí", "share": None, "text": "the step Máy nén khí"}
    ]
    evidence = pressure["evidence"]
    assert (evidence["cases"], evidence["companies"], evidence["implemented"]) == (3, 3, 2)
    assert evidence["implementation_rate"] == pytest.approx(2 / 3)
    assert evidence["investment_usd"] == {"q1": 450.0, "median": 500.0, "q3": 550.0, "count": 3}
    assert evidence["payback_years"]["median"] == 0.5
    assert evidence["sector"] == "textile" and evidence["few_cases"] is False
    # the step and 2/3 implemented: 3 + 2/3; ahead of the other compressed-air types (3 each)
    assert codes.index("AIR.PRES.REDUCE") < codes.index("AIR.INTAKE.COOL")


def test_suggest_prints_a_table_in_vietnamese(db: Any, plant: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db.path), "library", "suggest", plant, "--lang", "vi", "--limit", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "3 loại giải pháp phù hợp với doanh nghiệp"
    row = next(line for line in out if line.startswith("AIR.PRES.REDUCE"))
    assert "công đoạn Máy nén khí" in row
    assert "3 trường hợp, 3 doanh nghiệp, 67 % đã thực hiện; trung vị 500 USD đầu tư, hoàn vốn 0,5 năm" in row
    assert main(["--db", str(db.path), "library", "suggest", plant, "--limit", "0"]) == 1
    assert "limit" in capsys.readouterr().err


def test_show_gives_a_types_evidence_from_the_database(db: Any, plant: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db.path), "library", "show", "air.pres.reduce", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    every, textile = doc["evidence"]
    assert (every["sector"], textile["sector"]) == (None, "textile")
    assert (textile["cases"], textile["companies"], textile["implemented"]) == (3, 3, 2)
    assert textile["annual_savings_usd"] == {"q1": 900.0, "median": 1000.0, "q3": 1100.0, "count": 3}
    assert main(["--db", str(db.path), "library", "show", "AIR.LEAK.REPAIR", "--json"]) == 0
    leaks = json.loads(capsys.readouterr().out)["evidence"]
    assert leaks == [{"sector": None, "few_cases": True}, {"sector": "textile", "few_cases": True}]
    assert main(["--db", str(db.path), "library", "show", "AIR.PRES.REDUCE", "--lang", "vi"]) == 0
    out = capsys.readouterr().out
    assert "Dệt" in out and "3 trường hợp, 3 doanh nghiệp, 67 % đã thực hiện" in out
    assert main(["library", "show", "AIR.PRES.REDUCE", "--json"]) == 0
    assert "evidence" not in json.loads(capsys.readouterr().out)  # no database: no evidence


def test_show_gives_what_plants_found_after_implementation(db: Any, capsys: pytest.CaptureFixture[str]) -> None:
    for n, (estimate, monitored) in enumerate(((1_000.0, 900.0), (1_200.0, 1_200.0), (800.0, None))):
        c = catalogue.create_company(db, name=f"Dệt {n}", sector="textile")
        a = assessments.create_assessment(db, company_id=c.id, title="SXSH", currency="USD")
        options.add_option(
            db, a.id, title="Giảm áp khí nén", category="process_control", type_code="AIR.PRES.REDUCE",
            investment=500.0, annual_savings=estimate, status="implemented", monitored_annual_savings=monitored,
        )  # fmt: skip
    assert main(["--db", str(db.path), "library", "show", "AIR.PRES.REDUCE", "--json"]) == 0
    every, textile = json.loads(capsys.readouterr().out)["evidence"]
    assert (textile["monitored"], textile["verified"]) == (2, 0)
    # 900 of 1 000 and 1 200 of 1 200: 0.9 and 1.0, median 0.95
    assert textile["monitored_ratio"] == {"q1": 0.925, "median": 0.95, "q3": 0.975, "count": 2}
    assert textile["baseline_share_pct"] is None  # no plant's use of a carrier known
    assert main(["--db", str(db.path), "library", "show", "AIR.PRES.REDUCE"]) == 0
    out = capsys.readouterr().out
    assert "Monitored, verified, share of use" in out
    assert "2 monitored, 0 verified; monitored savings 0.95 times the estimate (median)" in out
    assert main(["--db", str(db.path), "library", "show", "AIR.PRES.REDUCE", "--lang", "vi"]) == 0
    assert "tiết kiệm giám sát bằng 0,95 lần ước tính (trung vị)" in capsys.readouterr().out
