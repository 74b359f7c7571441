"""`cpdesk report library`: the option library with its evidence, as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.cli.main import main
from tests.report.helpers import pdf_pages, squash


def test_the_library_report_is_written(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "thu-vien.pdf"
    argv = ["--db", str(demo_path), "report", "library", "-o", str(target), "--lang", "vi"]
    code = main([*argv, "--sector", "textile", "--category", "good_housekeeping"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert f"report written: {target}" in out
    text = squash("".join(pdf_pages(target)))
    assert squash("Thư viện giải pháp") in text
    assert squash("ngành: Dệt, nhóm giải pháp: Quản lý nội vi") in text
    assert squash("STM.TRAP.REPAIR · Sửa chữa bẫy hơi bị rò") in text
    assert "Dệt0(0–550)" in text  # textile's investments, then 11 cases, 6 companies, 91 % implemented
    assert "11691" in text[text.index("Dệt0(0–550)") :]


def test_an_unknown_sector_is_refused(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "library.pdf"
    code = main(["--db", str(demo_path), "report", "library", "-o", str(target), "--sector", "shipyards"])
    _out, err = capsys.readouterr()
    assert code == 1
    assert "shipyards" in err
    assert not target.exists()


def test_search_with_a_database_goes_through_its_index(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    words = ["thu", "hồi", "nuoc", "ngung", "--json"]
    assert main(["library", "search", *words]) == 0  # no database: the catalogue in memory
    alone = json.loads(capsys.readouterr().out)
    assert main(["--db", str(demo_path), "library", "search", *words]) == 0
    out, err = capsys.readouterr()
    assert err == ""  # the index was used: no note
    through = json.loads(out)
    assert [t["code"] for t in through["types"]] == [t["code"] for t in alone["types"]]
    assert through["types"][0]["code"] == "STM.COND.RECOVER"
