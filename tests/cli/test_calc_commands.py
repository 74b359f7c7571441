"""`cpdesk calc`: the savings calculators on the command line, with no database."""

from __future__ import annotations

import json

import pytest

from cpdesk.cli.main import main
from cpdesk.cli.output import LANG_ENV
from cpdesk.core.calculators.catalogue import CALCULATORS


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_calc_list_names_every_calculator_with_its_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    listed = _json(capsys, "calc", "list", "--json")
    assert isinstance(listed, list)
    assert [item["name"] for item in listed] == [calc.name for calc in CALCULATORS]
    steam = listed[0]
    assert steam["title"] == "Steam lost through a failed trap or a leak"
    inputs = {item["name"]: item for item in steam["inputs"]}
    assert inputs["orifice_diameter"] == {
        "name": "orifice_diameter",
        "label": "Orifice diameter",
        "unit": "mm",
        "default": None,
        "required": True,
    }
    assert inputs["operating_hours"]["default"] == 8760
    assert main(["calc", "list"]) == 0
    assert "pump_vsd" in capsys.readouterr().out


def test_calc_runs_a_calculator_on_inputs_with_their_units(capsys: pytest.CaptureFixture[str]) -> None:
    result = _json(
        capsys,
        "calc", "steam_leak",
        "--input", "steam_pressure", "150", "psig",
        "--input", "orifice_diameter=0.125", "in",
        "--json",
    )  # fmt: skip
    assert isinstance(result, dict)
    outputs = {out["name"]: out for out in result["outputs"]}
    assert outputs["steam_loss"]["unit"] == "kg/h"
    assert outputs["steam_loss"]["value"] / 0.45359237 == pytest.approx(24.24 * 164.696 * 0.125**2, rel=1e-4)
    assert result["inputs"]["steam_pressure"] == {"value": 150.0, "unit": "psig"}
    assert "Napier" in result["method"]


def test_calc_speaks_vietnamese(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANG_ENV)
    argv = ["calc", "power_factor", "--input", "real_power", "250", "kW"]
    argv += ["--input", "present_power_factor", "0.8", "1", "--input", "target_power_factor", "0.95"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Bù hệ số công suất" in out
    assert "105,3" in out and "kvar" in out


@pytest.mark.parametrize(
    ("argv", "english", "vietnamese"),
    [
        (
            ["--input", "steam_pressure", "-1", "bar(g)", "--input", "orifice_diameter", "3", "mm"],
            "calculator.steam_pressure = '-1 bar(g)': must be above the atmospheric pressure for anything to leak out",
            "Áp suất hơi = '-1 bar(g)': phải cao hơn áp suất khí quyển để có dòng rò ra ngoài",
        ),
        (
            ["--input", "steam_pressure", "7", "bar(g)", "--input", "orifice_diameter", "1e400", "mm"],
            "calculator.orifice_diameter = inf: must be a finite number",
            "Đường kính lỗ = inf: phải là một số hữu hạn",
        ),
    ],
)
def test_a_refused_input_is_one_line_naming_its_field(
    capsys: pytest.CaptureFixture[str], argv: list[str], english: str, vietnamese: str
) -> None:
    assert main(["calc", "steam_leak", *argv, "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip() == f"cpdesk: error: {english}"
    assert main(["calc", "steam_leak", *argv, "--lang", "vi"]) == 1
    assert capsys.readouterr().err.strip() == f"cpdesk: lỗi: {vietnamese}"


def test_bad_arguments_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "lighting", "--input", "fixtures_before", "many", "1"]) == 2
    assert "'many' is not a number" in capsys.readouterr().err
    assert main(["calc", "lighting", "--input", "fixtures_before"]) == 2
    assert main(["calc", "list", "--input", "a", "1", "1"]) == 2
    assert main(["calc", "nothing"]) == 1
    assert "no such calculator" in capsys.readouterr().err
