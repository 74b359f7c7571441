"""`cpdesk mv periods|import|fit|savings` on an assessment's stored period readings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def plant(db, db_path: Path, tmp_path: Path) -> tuple[str, str, Path]:
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)
    lines = ["Tháng;electricity (kWh);production (t)"]
    wiggle = [40, -30, 10, -20, 0, 30, -40, 20, -10, 0, 15, -15]
    for i in range(24):
        start = date(2024 + i // 12, i % 12 + 1, 1)
        days = ((date(2024 + (i + 1) // 12, (i + 1) % 12 + 1, 1)) - start).days
        tonnes = 12 + (i * 5) % 7
        kwh = (3000 + 180 * tonnes + wiggle[i % 12]) * (0.95 if i >= 12 else 1.0)
        lines.append(f"{start:%m/%Y};{round(kwh * days)};{tonnes * days}")
    table = tmp_path / "evn.csv"
    table.write_text("\n".join(lines), encoding="utf-8")
    return str(db_path), str(a.id), table


def test_import_then_fit_and_savings_from_the_assessment(plant, capsys, tmp_path: Path) -> None:
    path, a, table = plant
    code, out, err = _run(capsys, "--db", path, "mv", "import", a, str(table))
    assert code == 0, err
    assert out.strip() == "48 / 24: electricity, production"
    code, out, _ = _run(capsys, "--db", path, "mv", "periods", a, "--variable", "electricity", "--json")
    listed = json.loads(out)["periods"]
    assert len(listed) == 24 and listed[1]["start"] == "2024-02-01" and listed[1]["days"] == 29
    base = ["--db", path, "mv", "savings", a[:8], "--carrier", "electricity", "--driver", "production"]
    code, out, err = _run(capsys, *base, "--reporting-from", "2025-01-01", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["carrier"], doc["unit"], doc["per_day"], doc["reporting_from"]) == (
        "electricity",
        "kWh",
        True,
        "2025-01-01",
    )
    assert doc["model"]["periods"] == 12 and len(doc["periods"]) == 12
    assert 0.04 < doc["savings_fraction"] < 0.06
    assert doc["uncertainty"][1]["confidence"] == 0.9 and doc["uncertainty"][1]["demonstrated"] is True
    assert doc["total_avoided"] == pytest.approx(doc["total_adjusted_baseline"] - doc["total_actual"])
    timeline = doc["plots"]["timeline"]
    assert [p["phase"] for p in timeline] == ["baseline"] * 12 + ["reporting"] * 12
    assert timeline[-1]["cusum"] == pytest.approx(sum(p["actual"] - p["expected"] for p in timeline))
    line = doc["plots"]["scatter"]["line"]
    assert line["confidence"] == 0.9 and all(lo < up for lo, up in zip(line["lower"], line["upper"], strict=True))
    code, out, err = _run(capsys, *base, "--reporting-from", "01/01/2025", "--lang", "vi")
    assert code == 0, err
    assert "Tổng tiết kiệm" in out and "độ tin cậy 90 %" in out
    code, out, err = _run(capsys, "--db", path, "mv", "fit", a, "--carrier", "electricity", "--driver", "production")
    assert code == 0 and "n = 24" in out  # no reporting start known: all months the baseline
    code, out, err = _run(capsys, "--db", path, "mv", "savings", a, "--carrier", "electricity")
    assert code == 1 and "reporting period's start is not known" in err


def test_a_file_with_errors_is_refused_naming_each_row(plant, capsys, tmp_path: Path) -> None:
    path, a, _ = plant
    bad = tmp_path / "bad.csv"
    bad.write_text("start,end,electricity (kWh)\n2025-01-01,2025-01-31,-5\n2025-02-01,2025-02-28,x\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--db", path, "mv", "import", a, str(bad))
    assert code == 1
    assert out.splitlines() == [
        "row 2: column “electricity (kWh)”: -5 is negative; consumption and output cannot be negative",
        "row 3: column “electricity (kWh)”: x cannot be read as a number",
        "2 rows have errors, so nothing was stored; correct them, or import again skipping the rows with errors",
    ]
    code, out, _ = _run(capsys, "--db", path, "mv", "periods", a, "--json")
    assert json.loads(out) == {"periods": []}
    bad.write_text("start,end,electricity (kWh)\n2025-01-01,2025-01-31,5\n2025-02-01,2025-02-28,x\n", encoding="utf-8")
    code, out, _ = _run(capsys, "--db", path, "mv", "import", a, str(bad), "--skip-bad-rows", "--json")
    assert code == 0
    assert json.loads(out)["stored"] == 1 and json.loads(out)["skipped_rows"] == [3]


def test_the_table_forms_and_the_assessment_forms_do_not_mix(plant, capsys) -> None:
    path, a, table = plant
    code, _, err = _run(capsys, "--db", path, "mv", "fit", a, "--carrier", "electricity", "--consumption", "kWh")
    assert code == 2 and "--carrier" in err
    code, _, err = _run(capsys, "mv", "fit", str(table))
    assert code == 2 and "--consumption" in err


def test_savings_recorded_for_an_option(plant, db, capsys) -> None:
    from cpdesk.core.entities import Entity
    from cpdesk.services import editing
    from cpdesk.services.assessment import options, summary

    path, a, table = plant
    assert _run(capsys, "--db", path, "mv", "import", a, str(table))[0] == 0
    option = options.add_option(db, a, title="Biến tần", category="equipment_modification", code="EM-1")
    editing.apply(db, editing.Update(Entity.OPTION, option.id, {"status": "implemented"}))
    saving = options.add_option_saving(db, option.id, carrier="electricity", quantity=150.0, unit="MWh")
    base = ["--db", path, "mv", "savings", a, "--carrier", "electricity", "--driver", "production"]
    code, out, err = _run(capsys, *base, "--reporting-from", "2025-01-01", "--record-for", "EM-1", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["recorded_for"] == str(saving.id)
    verified = summary.selection_summary(db, [a]).verified
    assert verified is not None and verified.options == 1
    # 2025: 365 days, so a year's saving is the total × 365.2425 / 365, in MWh
    assert verified.totals[0].verified == pytest.approx(doc["total_avoided"] * 365.2425 / 365 / 1000)
    code, _, err = _run(capsys, "mv", "savings", str(table), str(table), "--consumption", "x", "--record-for", "EM-1")
    assert code == 2 and "--record-for" in err


def test_a_logger_series_into_days_and_a_measure_isolated(db, db_path: Path, capsys, tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from cpdesk.services import loggers
    from cpdesk.services.loggers import ChannelMapping

    company = catalogue.create_company(db, name="Dệt", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Bơm", exchange_rate=25_400)
    # a pump at 40 kW for 3 days, a variable speed drive from the 4th: 30 kW for 3 days;
    # 100 m³ pumped every day
    lines = ["Thời gian;Công suất (kW)"]
    for k in range(6 * 96 + 1):
        moment = datetime(2024, 3, 1) + timedelta(minutes=15 * k)
        lines.append(f"{moment:%Y-%m-%d %H:%M:%S};{40 if moment.day < 4 else 30}")
    data = ("\n".join(lines) + "\n").encode()
    series = loggers.import_series(db, a.id, data, loggers.detect(data), [ChannelMapping(1, "kW")]).series[0]
    base = ["--db", str(db_path), "mv"]
    code, out, err = _run(capsys, *base, "from-series", str(series.id), "--variable", "pump", "--from", "2024-03-01",
                          "--to", "2024-03-06", "--json")  # fmt: skip
    assert code == 0, err
    stored = json.loads(out)["stored"]
    # 3rd: 23.75 h at 40 kW and the step to the 4th's midnight at 30 kW: 950 + 8.75 kWh
    assert [round(s["value"], 2) for s in stored] == [960.0, 960.0, 958.75, 720.0, 720.0, 720.0]
    table = tmp_path / "m3.csv"
    pumped = [101, 105, 103, 104, 102, 106]  # m³ a day, loads that overlap before and after
    rows = "\n".join(f"2024-03-0{d},2024-03-0{d},{m3}" for d, m3 in enumerate(pumped, start=1))
    table.write_text("start,end,pumped (m3)\n" + rows + "\n", encoding="utf-8")
    assert _run(capsys, *base, "import", str(a.id), str(table))[0] == 0
    code, out, err = _run(capsys, *base, "isolated", str(a.id), "--use", "pump", "--load", "pumped",
                          "--changed-on", "2024-03-04", "--json")  # fmt: skip
    assert code == 0, err
    doc = json.loads(out)
    assert (doc["periods_before"], doc["periods_after"], doc["unit"]) == (3, 3, "kWh")
    # kWh per m³: 960/101, 960/105, 958.75/103 before; 720/104, 720/102, 720/106 after
    before = (960 / 101 + 960 / 105 + 958.75 / 103) / 3
    after = (720 / 104 + 720 / 102 + 720 / 106) / 3
    assert doc["saving_per_load"] == pytest.approx(before - after)
    assert doc["saving"] == pytest.approx((before - after) * (104 + 102 + 106))
