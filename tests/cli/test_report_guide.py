"""`cpdesk report guide`: the user guide printed as a PDF, without a database."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.cli.main import main
from tests.report.helpers import pdf_pages, squash


def test_the_guide_is_printed_in_the_language_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "huong-dan.pdf"
    # no database is named, and none is opened or made
    code = main(["--db", str(tmp_path / "none.sqlite"), "report", "guide", "-o", str(target), "--lang", "vi"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert f"report written: {target}" in out
    pages = [squash(p) for p in pdf_pages(target)]
    assert "Mụclục" in pages[0] and "9.Câuhỏithườnggặp" in pages[0] + pages[1]  # the contents, on two pages
    assert not (tmp_path / "none.sqlite").exists()


def test_only_a_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["report", "guide", "-o", str(tmp_path / "guide.xlsx"), "--lang", "en"])
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.strip() == "cpdesk: error: guide.xlsx: the output file must end in .pdf"
    assert list(tmp_path.iterdir()) == []
