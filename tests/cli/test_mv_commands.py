"""`cpdesk mv fit` and `cpdesk mv savings`: verified savings from CSV tables of periods, with
no database, on the five-month baseline worked by hand in tests/core/test_mv_baseline.py
(E = 2.2 + 0.6·t, CV(RMSE) 22.36 %) and its three-month reporting period (1.8 saved)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.cli.main import main

BASELINE_EN = "month,kWh,t\nJan,2.0,1\nFeb,4.0,2\nMar,5.0,3\nApr,4.0,4\nMay,5.0,5\n"
REPORTING_EN = "month,kWh,t\nJun,3,2\nJul,4,4\nAug,5,6\n"
# the same in Vietnamese notation, as a spreadsheet saves it: ';' between cells, decimal comma
BASELINE_VI = "tháng;điện kWh;sản lượng t\nT1;2,0;1\nT2;4,0;2\nT3;5,0;3\nT4;4,0;4\nT5;5,0;5\n"
REPORTING_VI = "tháng;điện kWh;sản lượng t\nT6;3;2\nT7;4;4\nT8;5;6\n"


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(list(argv)) == 0
    result = json.loads(capsys.readouterr().out)
    assert isinstance(result, dict)
    return result


def test_fit_prints_the_model_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _file(tmp_path, "base.csv", BASELINE_EN)
    model = _json(capsys, "mv", "fit", base, "--consumption", "kWh", "--driver", "t", "--json")
    coefficients = {c["name"]: c for c in model["coefficients"]}  # type: ignore[attr-defined]
    assert coefficients["base_load"]["value"] == pytest.approx(2.2)
    assert coefficients["t"]["value"] == pytest.approx(0.6)
    assert coefficients["t"]["std_error"] == pytest.approx(0.08**0.5)
    assert model["cv_rmse_pct"] == pytest.approx(100 * 0.8**0.5 / 4)
    assert model["r_squared"] == pytest.approx(0.6)
    assert model["durbin_watson"] == pytest.approx(4.84 / 2.4)
    assert model["meets_criteria"] is False
    assert model["criteria"]["cv_rmse_max_pct"] == 15.0  # type: ignore[index]
    assert [w["code"] for w in model["warnings"]] == ["mv.not_significant"] * 2  # type: ignore[attr-defined]


def test_savings_in_vietnamese_notation_and_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _file(tmp_path, "base.csv", BASELINE_VI)
    reporting = _file(tmp_path, "rep.csv", REPORTING_VI)
    args = ["mv", "savings", base, reporting, "--consumption", "điện kWh", "--driver", "sản lượng t", "--lang", "vi"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "phụ tải nền  2,200" in out
    assert "Tổng tiết kiệm: 1,800" in out
    assert "Tỷ lệ tiết kiệm: 13,0 %" in out
    # ± t × 1.26 × CV × √(1.4/3) × 13.8: 3.158 at 68 %, 6.251 at 90 %; 1.8 is less: not demonstrated
    assert "(độ tin cậy 68 %): ± 3,158" in out and "(độ tin cậy 90 %): ± 6,251" in out
    assert out.count("chưa chứng minh được") == 2
    result = _json(capsys, *args, "--json")
    assert result["total_avoided"] == pytest.approx(1.8)
    assert [p["period"] for p in result["periods"]] == ["T6", "T7", "T8"]  # type: ignore[attr-defined]
    assert [p["cusum"] for p in result["periods"]] == pytest.approx([-0.4, -1.0, -1.8])  # type: ignore[attr-defined]
    u68, u90 = result["uncertainty"]  # type: ignore[misc]
    assert u68["absolute"] == pytest.approx(3.1579, abs=1e-3) and u68["demonstrated"] is False
    assert u90["confidence"] == 0.9 and u90["absolute"] == pytest.approx(6.2508, abs=1e-3)


def test_english_text_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _file(tmp_path, "base.csv", BASELINE_EN)
    reporting = _file(tmp_path, "rep.csv", REPORTING_EN)
    assert main(["mv", "savings", base, reporting, "--consumption", "kWh", "--driver", "t", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Meets ASHRAE Guideline 14: no (ASHRAE Guideline 14-2014, calibration criteria for monthly data" in out
    assert "CV(RMSE) %                 22.4    ≤ 15" in out
    assert "Total savings: 1.800" in out


@pytest.mark.parametrize(
    ("text", "argv", "said"),
    [
        (BASELINE_VI, ["--consumption", "điện kWh", "--driver", "sản lượng t", "--lang", "en"], "2,0 cannot be read"),
        (BASELINE_EN, ["--consumption", "kWh", "--driver", "cows"], "there is no column cows; the table's columns"),
        ("month,kWh,t\nJan,2,1\nFeb,,2\nMar,5,3\nApr,4,4\n", ["--consumption", "kWh", "--driver", "t"], "period 2"),
        ("month,kWh,t\nJan,2,1\nFeb,-4,2\nMar,5,3\nApr,4,4\n", ["--consumption", "kWh", "--driver", "t"], "negative"),
        ("month,kWh,t\nJan,2,1\nFeb,1e400,2\nMar,5,3\nApr,4,4\n", ["--consumption", "kWh", "--driver", "t"], "1e400"),
        ("month,kWh,t\nJan,2,0\nFeb,4,0\nMar,5,0\nApr,4,0\n", ["--consumption", "kWh", "--driver", "t"], "zero in"),
        ("month,kWh,t\nJan,2,1\nFeb,4,2\nMar,5,3\n", ["--consumption", "kWh", "--driver", "t"], "at least 4"),
        ("month,kWh\n", ["--consumption", "kWh"], "no row of figures"),
    ],
)
def test_refusals_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, argv: list[str], said: str
) -> None:
    assert main(["mv", "fit", _file(tmp_path, "t.csv", text), *argv]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert said in line, line


def test_refusal_in_vietnamese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = _file(tmp_path, "t.csv", "tháng;kWh;t\nT1;2;1\nT2;4;2\nT3;5;3\n")
    assert main(["mv", "fit", base, "--consumption", "kWh", "--driver", "t", "--lang", "vi"]) == 1
    assert "có 3 kỳ số liệu; mô hình có 2 tham số cần ít nhất 4 kỳ" in capsys.readouterr().err


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mv", "fit", str(tmp_path / "none.csv"), "--consumption", "kWh"]) == 2
    assert "none.csv" in capsys.readouterr().err


def test_periods_of_unequal_length_must_be_normalised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the hand-worked baseline, each month's totals times its days: per day it is the same table
    days = [31, 28, 31, 30, 31]
    months = zip([2, 4, 5, 4, 5], [1, 2, 3, 4, 5], days, strict=True)
    rows = [f"M{i},{y * d},{x * d},{d}" for i, (y, x, d) in enumerate(months)]
    base = _file(tmp_path, "days.csv", "month,kWh,t,days\n" + "\n".join(rows) + "\n")
    argv = ["mv", "fit", base, "--consumption", "kWh", "--driver", "t", "--days", "days"]
    assert main(argv) == 1
    assert "unequal length (28 to 31 days); normalise them per day" in capsys.readouterr().err
    model = _json(capsys, *argv, "--per-day", "--json")
    assert [c["value"] for c in model["coefficients"]] == pytest.approx([2.2, 0.6])  # type: ignore[attr-defined]
    assert main(["mv", "fit", base, "--consumption", "kWh", "--per-day"]) == 2
