"""`cpdesk centre year`, `cpdesk centre indicators` and `cpdesk report centre-year` on the demo data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cpdesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_centre_year_json_gives_the_seed_2004_figures(demo_path: Path, capsys) -> None:
    code, out, err = run(capsys, "--db", str(demo_path), "centre", "year", "2004", "--json")
    assert code == 0, err
    stats = json.loads(out)
    assert (stats["courses"], stats["course_person_days"]) == (7, 563.0)
    assert (stats["workshops"], stats["workshop_person_days"]) == (11, 738.0)
    assert stats["course_person_days_basis"] == "mixed"
    assert stats["awareness_participants"] == 513
    assert {k["kind"]: k["person_days"] for k in stats["by_kind"]}["on_demand_course"] == 464.0
    assert len(stats["course_rows"]) == 7
    assert stats["course_rows"][0]["basis"] == "attendance"
    # seed, since 1999: 1868 in-depth person-days, 100 certified trainees (20 consultants), 1.919 seminar participants
    assert (stats["certified_since_start"], stats["certified_consultants_since_start"]) == (100, 20)
    assert stats["in_depth_person_days_since_start"] == 1868.0
    assert stats["awareness_participants_since_start"] == 1919


def test_centre_year_table(demo_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(demo_path), "centre", "year", "2004")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Centre, 2004"
    assert any(line.split()[:4] == ["course", "person-days", "563", "attendance"] for line in lines)
    assert any(line.split()[:3] == ["workshops", "and", "seminars"] and "11" in line.split() for line in lines)
    assert sum(1 for line in lines if line.startswith("on_demand_course")) == 5
    since = {line[:48].strip(): line[48:].split()[0] for line in lines if "since the start" in line}
    assert since == {
        "certified trainees since the start": "100",
        "course person-days since the start": "2,377",  # before 2004 the in-depth programmes only
        "in-depth programme person-days since the start": "1,868",
        "awareness seminar participants since the start": "1919",  # a count: never grouped
    }
    assert any(line.split()[:4] == ["of", "them", "consultants", "20"] for line in lines)


def test_centre_year_gives_the_assessments_and_the_same_converted_to_full_ones(demo_path: Path, capsys) -> None:
    # The annual report: "24 đánh giá SXSH quy đổi" beside 32 assessments completed in 2004.
    code, out, err = run(capsys, "--db", str(demo_path), "centre", "year", "2004", "--json")
    assert code == 0, err
    stats = json.loads(out)
    assert (stats["assessments_completed"], stats["assessments_converted"]) == (32, 24.0)
    code, out, _ = run(capsys, "--db", str(demo_path), "centre", "year", "2004")
    assert code == 0
    figures = {line[:48].strip(): line[48:].split()[0] for line in out.splitlines() if "assessments" in line}
    assert figures == {"assessments completed": "32", "converted to full assessments": "24"}


def test_centre_indicators(demo_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(demo_path), "centre", "indicators")
    assert code == 0
    paper = next(line for line in out.splitlines() if line.startswith("office") and "Paper" in line)
    assert "kg / useful person-month" in paper
    assert "1.48" in paper
    assert "NOT MET" in paper
    assert "+8.1 %" in paper
    code, out, _ = run(capsys, "--db", str(demo_path), "centre", "indicators", "--year", "2004", "--json")
    table = json.loads(out)
    assert table["year"] == 2004
    statuses = [(r["scope"], r["name"], r["status"]) for r in table["rows"]]
    assert statuses[1] == ("office", "Electricity", "met")
    assert statuses[3][2] == "dropped"
    assert table["rows"][0]["trend"][0]["value"] == 1.6


def test_report_centre_year(demo_path: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "centre.pdf"
    code, out, _ = run(
        capsys, "--db", str(demo_path), "report", "centre-year", "2004", "-o", str(target), "--lang", "en"
    )
    assert code == 0
    assert out.strip() == f"report written: {target}"
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["centre", "year", "12345"], "must be a year"),
        (["centre", "year", "2004x"], "invalid int value"),
        (["report", "centre-year", "2004", "-o", "page.txt"], ".pdf"),
    ],
)
def test_bad_input_is_one_line(demo_path: Path, tmp_path: Path, capsys, argv: list[str], message: str) -> None:
    argv = [a if a != "page.txt" else str(tmp_path / a) for a in argv]
    code, out, err = run(capsys, "--db", str(demo_path), *argv)
    assert code != 0
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_the_parser_does_not_import_the_services() -> None:
    """Building the parser (every start of the command line) must not load the training services."""
    script = (
        "import sys; from cpdesk.cli.main import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m in ("
        "'cpdesk.services.training.courses', 'cpdesk.services.training.indicators', 'cpdesk.report.training_pdf')))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
