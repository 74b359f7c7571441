"""Every command, on a new database and on bad input: one clear line, non-zero exit."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cpdesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys) -> None:
    from cpdesk import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"cpdesk {__version__}"


def test_demo_writes_the_demo_data_set(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "demo.sqlite"), "demo")
    assert code == 0, err
    assert out.strip() == "demo data written: 5 programmes, 32 companies, 32 assessments, 750 options"


def test_demo_then_list_show_check(demo_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(demo_path), "list", "programmes", "--json")
    assert code == 0
    codes = {p["code"] for p in json.loads(out)}
    assert {"CP-EE", "CP-OHS", "MF-DEMO", "GERIAP"} <= codes

    code, out, _ = run(capsys, "--db", str(demo_path), "list", "companies", "--programme", "CP-EE", "--json")
    assert code == 0
    assert len(json.loads(out)) == 9

    code, out, _ = run(capsys, "--db", str(demo_path), "list", "assessments", "--json")
    rows = json.loads(out)
    textile = [r for r in rows if r["origin"] == "demo"]
    assert code == 0
    assert len(textile) == 1

    code, out, _ = run(capsys, "--db", str(demo_path), "show", "assessment", textile[0]["id"], "--json")
    detail = json.loads(out)
    assert code == 0
    assert detail["row"]["sector"] == "textile"
    assert 8 <= len(detail["steps"]) <= 15
    assert 10 <= len(detail["options"]) <= 15

    code, out, _ = run(capsys, "--db", str(demo_path), "show", "assessment", textile[0]["id"][:8])
    assert code == 0
    assert "Process steps" in out
    assert "Options" in out

    code, out, _ = run(capsys, "--db", str(demo_path), "list", "programmes")
    assert code == 0
    assert out.splitlines()[0].split()[:2] == ["code", "name"]

    code, out, _ = run(capsys, "--db", str(demo_path), "check", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["integrity"] == "ok"
    assert report["schema_version"] == report["schema_head"]
    counts = {t["table"]: t["live"] for t in report["tables"]}
    assert counts["programme"] == 5
    assert counts["cp_option"] > 700


def test_check_on_a_new_database(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "--db", str(tmp_path / "new.sqlite"), "check")
    assert code == 0, err
    assert "integrity  ok" in out
    assert "factor_set" in out


def test_demo_twice_is_refused(demo_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(demo_path), "demo")
    assert code == 1
    assert err.strip() == "cpdesk: error: the database already holds the demo data"


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["list", "widgets"],
        ["show", "assessment"],
        ["list"],
        [],
    ],
)
def test_bad_arguments_give_one_line(argv: list[str], capsys) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("cpdesk: error: ")


def test_unknown_assessment(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "show", "assessment", "0123456789")
    assert code == 1
    assert err.strip() == "cpdesk: error: no assessment 0123456789"


def test_a_reason_quoting_line_breaks_or_a_huge_text_stays_one_bounded_line(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "x.sqlite")
    assert main(["--db", db, "show", "assessment", "ab\ncd"]) == 1
    err = capsys.readouterr().err
    assert err == "cpdesk: error: no assessment ab cd\n"
    assert main(["--db", db, "show", "assessment", "ab" * 100_000]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.endswith("…\n")
    assert len(err) <= len("cpdesk: error: ") + 1001


def test_bad_database_locations(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "missing" / "x.sqlite"), "check")
    assert code == 1
    assert "does not exist" in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", str(tmp_path), "check")
    assert code == 1
    assert "is a folder" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--db", str(junk), "check")
    assert code == 1
    assert "not a database" in err
    assert len(err.strip().splitlines()) == 1


def test_newer_schema_is_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "future.sqlite"
    assert main(["--db", str(path), "check"]) == 0
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
    conn.commit()
    conn.close()
    capsys.readouterr()
    code, _, err = run(capsys, "--db", str(path), "list", "programmes")
    assert code == 1
    assert "update cpdesk" in err


def test_database_from_environment(tmp_path: Path, capsys, monkeypatch) -> None:
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("CPDESK_DB", str(path))
    code, _, _ = run(capsys, "list", "programmes")
    assert code == 0
    assert path.exists()


def test_console_script_is_installed(tmp_path: Path) -> None:
    """The `cpdesk` entry point runs as a process and never prints a traceback."""
    exe = Path(sys.executable).with_name("cpdesk")
    env = dict(os.environ, CPDESK_DB=str(tmp_path / "proc.sqlite"))
    result = subprocess.run([str(exe), "show", "assessment", "nope"], capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("cpdesk: error:")
