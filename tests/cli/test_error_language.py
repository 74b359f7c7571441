"""The command line prints an error in the user's language: the command's --lang, else
$CPDESK_LANG, else Vietnamese. The other tests of the command line read English
(tests/cli/conftest.py); these unset it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.cli.output import LANG_ENV


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 1
    return capsys.readouterr().err.strip()


def test_an_error_is_vietnamese_unless_english_is_asked_for(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANG_ENV)
    db = str(demo_path)
    assert _error(capsys, "--db", db, "demo") == "cpdesk: lỗi: cơ sở dữ liệu đã có dữ liệu mẫu"
    assert _error(capsys, "--db", db, "demo", "--lang", "en") == (
        "cpdesk: error: the database already holds the demo data"
    )
    missing = "00000000-0000-0000-0000-000000000007"
    assert _error(capsys, "--db", db, "show", "assessment", missing) == f"cpdesk: lỗi: không có đánh giá {missing}"
    monkeypatch.setenv(LANG_ENV, "en")
    assert _error(capsys, "--db", db, "show", "assessment", missing) == f"cpdesk: error: no assessment {missing}"


def test_a_refused_value_names_its_field_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "new.sqlite")
    assert _error(capsys, "--db", db, "centre", "year", "1800") == (
        "cpdesk: error: statistics.year = 1800: must be a year such as 2004"
    )
    monkeypatch.setenv(LANG_ENV, "vi")
    assert _error(capsys, "--db", db, "centre", "year", "1800") == (
        "cpdesk: lỗi: Năm = 1800: phải là một năm, ví dụ 2004"
    )
