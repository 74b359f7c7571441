"""`cpdesk logger ...`: import, list, stats and measure, and their one-line errors."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest

from cpdesk.cli.main import main
from cpdesk.services.assessment import assessments, flow
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.workspace import open_workspace
from tests.core.test_logger_read import START, vietnamese_excel_csv


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def setup(tmp_path: Path, workspace_template: Path) -> tuple[str, str, Path]:
    """A database with one assessment and its electricity stream; and a logger file."""
    path = tmp_path / "cli.sqlite"
    shutil.copyfile(workspace_template, path)
    db = open_workspace(path)
    company = catalogue.create_company(db, name="Cơ khí Hà Nội", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Kiểm toán", exchange_rate=25_000)
    step = flow.add_process_step(db, a.id, name="Máy nén khí")
    flow.add_stream(db, a.id, name="Điện máy nén", kind="energy", carrier="electricity", target_step_id=step.id)
    db.close()
    data, _, _ = vietnamese_excel_csv(240)
    log = tmp_path / "may-nen-khi.csv"
    log.write_bytes(data)
    return str(path), str(a.id)[:8], log


def test_import_list_stats_measure(setup, capsys) -> None:
    db, assessment, log = setup
    code, out, err = run(
        capsys, "--db", db, "logger", "import", assessment, str(log), "--channel", "Công suất (kW)=Điện máy nén:kW",
        "--yes", "--json",
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert [(s["name"], s["unit"], s["stream"], s["point_count"]) for s in result["series"]] == [
        ("Công suất (kW)", "kW", "Điện máy nén", 240)
    ]
    assert result["settings"]["encoding"] == "cp1258"
    assert result["report"]["bad_cell_count"] == 0

    code, out, _ = run(capsys, "--db", db, "logger", "list", assessment)
    assert code == 0
    assert "Công suất (kW)" in out
    assert "2024-03-01 08:00:00" in out
    assert "240" in out
    series_id = json.loads(run(capsys, "--db", db, "logger", "list", assessment, "--json")[1])[0]["id"]

    code, out, _ = run(
        capsys, "--db", db, "logger", "stats", series_id[:8], "--from", "2024-03-01 09:00", "--to", "01/03/2024 10:00",
        "--json",
    )  # fmt: skip
    stats = json.loads(out)
    assert code == 0
    assert stats["count"] == 61
    assert stats["from"] == "2024-03-01T09:00:00+07:00"
    _, power, _ = vietnamese_excel_csv(240)
    assert stats["mean"] == pytest.approx(np.mean(power[60:121]), rel=1e-12)
    assert stats["total_unit"] == "kWh"
    assert stats["total_kind"] == "energy"

    code, out, _ = run(capsys, "--db", db, "logger", "stats", series_id)
    assert code == 0
    assert "peak demand (15 min)" in out
    assert "energy" in out
    assert "kWh" in out

    code, out, err = run(capsys, "--db", db, "logger", "measure", series_id[:8], "max", "--to", "2024-03-01 09:00")
    assert code == 0, err
    assert out.startswith("measurement ")
    assert "Điện máy nén" in out
    assert f"{max(power[:61]):,.6g} kW per_hour" in out


def test_default_channels_come_from_the_units_in_the_header(setup, capsys) -> None:
    db, assessment, log = setup
    data = log.read_bytes()
    # A unit cpdesk does not know is not taken without --channel.
    log.write_bytes(data.replace(b" (V)", b" (xyz)"))
    code, out, err = run(capsys, "--db", db, "logger", "import", assessment, str(log), "--yes")
    assert code == 1
    assert "column 'Điện áp (xyz)' states no unit cpdesk knows" in err
    # "Điện áp (V)": a volt, one of the units instruments write, is taken from the header.
    log.write_bytes(data)
    code, out, err = run(capsys, "--db", db, "logger", "import", assessment, str(log), "--yes")
    assert code == 0, err
    assert "240 rows read" in out
    assert "kW" in out
    assert " V" in out


def test_unsure_detection_or_bad_rows_need_yes_when_nobody_can_be_asked(setup, capsys, tmp_path) -> None:
    db, assessment, _ = setup
    unsure = tmp_path / "unsure.csv"
    unsure.write_text("t;P (kW)\n2024-03-01 08:00;1.000\n2024-03-01 08:01;2.500\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "logger", "import", assessment, str(unsure))
    assert code == 1
    assert "could mean 1000" in err
    assert "--yes to accept" in err
    bad = tmp_path / "bad.csv"
    lines = [f"{START + timedelta(minutes=k):%Y-%m-%d %H:%M};{k},5" for k in range(10)]
    lines[4] = "2024-03-01 08:04;---"
    bad.write_text("t;P (kW)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "logger", "import", assessment, str(bad))
    assert code == 1
    assert "cannot read line 6, column 'P (kW)': '---'" in err
    assert "nothing was stored" in err
    assert json.loads(run(capsys, "--db", db, "logger", "list", assessment, "--json")[1]) == []
    code, out, _ = run(capsys, "--db", db, "logger", "import", assessment, str(bad), "--yes")
    assert code == 0
    assert "1 unreadable cells skipped" in out


def test_settings_given_on_the_command_line_win(setup, capsys, tmp_path) -> None:
    db, assessment, _ = setup
    log = tmp_path / "pipe.txt"
    log.write_text("t|P (kW)\n2024-03-01 08:00|1.5\n2024-03-01 08:01|2.5\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--db", db, "logger", "import", assessment, str(log), "--sep", "|", "--decimal", ".",
        "--time-zone", "UTC", "--json",
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["settings"]["time_zone"] == "+00:00"
    assert result["series"][0]["first_at"] == "2024-03-01T08:00:00+00:00"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--channel", "P (kW)"], "expected COLUMN=STREAM:UNIT"),
        (["--channel", "Nope=:kW"], "no column 'Nope'"),
        (["--channel", "2=Hơi nước:kW"], "is not a stream of the assessment"),
        (["--time-zone", "Mars/Base"], "time zone 'Mars/Base' is not known"),
    ],
)
def test_bad_arguments_give_one_line(setup, capsys, argv: list[str], message: str) -> None:
    db, assessment, log = setup
    code, out, err = run(capsys, "--db", db, "logger", "import", assessment, str(log), "--yes", *argv)
    last = err.strip().splitlines()[-1]  # after the detected settings: one line saying what is wrong
    assert code == 1
    assert last.startswith("cpdesk: error: ")
    assert message in last
    assert "Traceback" not in err


def test_missing_file_and_unknown_series(setup, capsys, tmp_path) -> None:
    db, assessment, _ = setup
    code, _, err = run(capsys, "--db", db, "logger", "import", assessment, str(tmp_path / "none.csv"))
    assert code == 1
    assert err.startswith("cpdesk: error: cannot read")
    assert "No such file" in err
    code, _, err = run(capsys, "--db", db, "logger", "stats", "deadbeef")
    assert code == 1
    assert err.strip() == "cpdesk: error: no logger series deadbeef"
