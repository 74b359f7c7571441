"""`cpdesk list assessments` and `cpdesk show assessment` count tasks as `cpdesk guide` does,
and the factor set is named where a person reads it, never by its code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.cli.main import main

TEXTILE_COUNT = "10/18 (3 more marked done, with checks still open)"
SET_NAME = "IPCC 2006 defaults + Vietnam grid"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _textile_id(demo_path: Path, capsys) -> str:
    rows = json.loads(run(capsys, "--db", str(demo_path), "list", "assessments", "--json"))
    (row,) = [r for r in rows if r["programme"] == "BE-TEXTILE"]
    assert (row["tasks_done"], row["tasks_marked_done"]) == (10, 13)
    return str(row["id"])


def test_list_and_show_count_as_the_guide(demo_path: Path, capsys) -> None:
    textile = _textile_id(demo_path, capsys)
    listed = run(capsys, "--db", str(demo_path), "list", "assessments")
    (line,) = [line for line in listed.splitlines() if "BE-TEXTILE" in line]
    assert line.rstrip().endswith(TEXTILE_COUNT)
    shown = run(capsys, "--db", str(demo_path), "show", "assessment", textile)
    assert f"tasks done {TEXTILE_COUNT}" in shown
    guide = json.loads(run(capsys, "--db", str(demo_path), "guide", textile, "--json"))
    assert (guide["tasks_done"], guide["tasks_marked_done"]) == (10, 13)
    document = json.loads(run(capsys, "--db", str(demo_path), "show", "assessment", textile, "--json"))
    assert (document["tasks_done"], document["row"]["tasks_marked_done"]) == (10, 13)


def test_the_factor_set_is_named(demo_path: Path, capsys) -> None:
    textile = _textile_id(demo_path, capsys)
    printed = [
        run(capsys, "--db", str(demo_path), "show", "assessment", textile),
        run(capsys, "--db", str(demo_path), "options", textile),
        run(capsys, "--db", str(demo_path), "balance", textile, "--carrier", "water"),
        run(capsys, "--db", str(demo_path), "summary", "programme", "CP-EE"),
    ]
    for out in printed:
        assert "ipcc2006_vn_grid" not in out
        assert SET_NAME in out
