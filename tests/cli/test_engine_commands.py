"""`cpdesk balance`, `options` and `summary` on the demo data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.cli.main import main


@pytest.fixture
def demo(demo_path: Path) -> tuple[Path, str]:
    return demo_path, ""


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _textile(capsys, path: Path) -> str:
    code, out, _ = _run(capsys, "--db", str(path), "list", "assessments", "--json")
    return next(r["id"] for r in json.loads(out) if r["origin"] == "demo")


def test_summary_programme_json_reproduces_table_2(demo, capsys) -> None:
    path, _ = demo
    capsys.readouterr()
    code, out, err = _run(capsys, "--db", str(path), "summary", "programme", "CP-EE", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert (data["options_proposed"], data["options_implemented"]) == (122, 72)
    assert data["implemented_ratio"] == pytest.approx(72 / 122)
    assert (data["investment_usd"], data["annual_savings_usd"]) == (112_000, 172_000)
    assert data["resource_savings"]["electricity"] == {"value": 2570, "unit": "MWh"}
    assert data["resource_savings"]["water"] == {"value": 93_200, "unit": "m³"}
    assert data["resource_savings"]["anthracite"]["value"] == 2970
    assert data["factor_set"] == "ipcc2006_vn_grid"
    assert data["co2_reported_t"] == 3300
    assert data["co2_t"] == pytest.approx(10_540.372, abs=0.001)
    assert sum(s["options_proposed"] for s in data["by_sector"].values()) == 122


def test_balance_text_and_json(demo, capsys) -> None:
    path, _ = demo
    textile = _textile(capsys, path)
    code, out, err = _run(capsys, "--db", str(path), "balance", textile[:8], "--carrier", "water")
    assert code == 0, err
    assert "PLANT BOUNDARY" in out
    assert "m³ per year" in out
    code, out, _ = _run(
        capsys,
        "--db",
        str(path),
        "balance",
        textile,
        "--carrier",
        "energy",
        "--unit",
        "MWh",
        "--reconcile",
        "--json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["measured"]["unit"] == "MWh"
    assert data["reconciliation"]["global_test"]["passed"] is True
    assert data["reconciled"]["sankey"]["links"]
    boiler = next(s for s in data["measured"]["steps"] if "Lò hơi" in s["name"])
    assert 0 < boiler["closure_pct"] < 6


def test_options_text_and_json(demo, capsys) -> None:
    path, _ = demo
    textile = _textile(capsys, path)
    code, out, _ = _run(capsys, "--db", str(path), "options", textile, "--json")
    items = json.loads(out)
    assert code == 0
    assert 10 <= len(items) <= 15
    for item in items:
        assert {"simple_payback_years", "npv", "irr", "co2_t", "factor_set"} <= set(item)
        assert item["factor_set"] == "ipcc2006_vn_grid"
    code, out, _ = _run(capsys, "--db", str(path), "options", textile)
    assert code == 0
    assert "payback yr" in out
    assert "grid year 2023" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["summary", "programme", "NOPE"], "no programme NOPE"),
        (["balance", "0000000000", "--carrier", "water"], "no assessment"),
        (["balance", "abc", "--carrier", "steam"], "invalid choice"),
        (["options"], "required"),
    ],
)
def test_engine_errors_are_one_line(demo, capsys, argv, message) -> None:
    path, _ = demo
    code, out, err = _run(capsys, "--db", str(path), *argv)
    assert code in (1, 2)
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
