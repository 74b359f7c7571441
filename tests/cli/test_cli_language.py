"""What the command line says of its own is in the user's language too: the frame of an error
line ("cpdesk: lỗi: ..."), the refusals of options it reads itself, an internal error, a
damaged reference file, and everything `cpdesk logger import` tells while it imports (the
settings detected, the cells it cannot read, what it read and skipped). The other tests of
the command line read English (tests/cli/conftest.py); these unset it, so Vietnamese is
spoken, as on a field laptop."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from cpdesk.cli import main as cli_main
from cpdesk.cli.main import main
from cpdesk.cli.output import LANG_ENV
from cpdesk.core.labels.catalogue import all_labels
from cpdesk.core.reference import files as reference_files
from cpdesk.core.reference.catalogues import sectors
from tests.cli.test_logger_commands import run, setup  # noqa: F401  (the fixture)
from tests.core.test_logger_read import START


@pytest.fixture(autouse=True)
def _vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANG_ENV)


def _bad_file(tmp_path: Path) -> Path:
    """Ten readings a minute apart, the fifth of them "---"."""
    lines = [f"{START + timedelta(minutes=k):%Y-%m-%d %H:%M};{k},5" for k in range(10)]
    lines[4] = "2024-03-01 08:04;---"
    bad = tmp_path / "hong.csv"
    bad.write_text("t;P (kW)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return bad


def test_a_file_with_a_cell_that_cannot_be_read_is_told_in_vietnamese(setup, capsys, tmp_path) -> None:  # noqa: F811
    db, assessment, _ = setup
    bad = _bad_file(tmp_path)
    code, _, err = run(capsys, "--db", db, "logger", "import", assessment, str(bad))
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0] == "tệp: csv, utf-8, dấu phân cách ;, dấu thập phân ',', dấu nghìn không có"
    assert lines[1] == "tiêu đề: dòng 1; thời điểm: t (iso), múi giờ +07:00"
    assert lines[2].startswith("không đọc được dòng 6, cột 'P (kW)': '---': ")
    assert lines[-1] == "cpdesk: lỗi: hong.csv: 1 ô không đọc được; không lưu gì (--yes để bỏ qua chúng)"
    assert "cannot" not in err and "error" not in err

    code, out, err = run(capsys, "--db", db, "logger", "import", assessment, str(bad), "--yes")
    assert code == 0, err
    # 10 lines, the fifth without a reading: 10 rows read, 1 cell skipped (its row keeps its
    # time, so the series has no gap to tell of)
    table = out.strip().splitlines()
    headings = ["id", "tên", "đơn vị", "dòng", "số điểm", "từ", "đến", "chu kỳ (s)", "múi giờ"]
    assert table[0].split() == " ".join(headings).split()
    told = table[3:]
    assert told[0] == (
        "đã đọc 10 hàng; 0 hàng không có thời điểm dùng được; bỏ qua 1 ô không đọc được; bỏ 0 thời điểm trùng"
    )
    assert len(told) == 1, told
    assert code == 0 and "rows read" not in out

    code, out, _ = run(capsys, "--db", db, "logger", "import", assessment, str(bad), "--yes", "--lang", "en")
    assert "10 rows read; 0 without a usable timestamp; 1 unreadable cells skipped" in out


def test_a_gap_is_told_in_vietnamese(setup, capsys, tmp_path) -> None:  # noqa: F811
    db, assessment, _ = setup
    minutes = [0, 1, 2, 3, 10, 11, 12, 13]
    lines = [f"{START + timedelta(minutes=m):%Y-%m-%d %H:%M};{m},5" for m in minutes]
    log = tmp_path / "khoang-trong.csv"
    log.write_text("t;P (kW)\n" + "\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "logger", "import", assessment, str(log), "--yes")
    assert code == 0, err
    # a reading a minute, none from 08:04 to 08:09: one gap of 6 minutes = 0,10 h
    assert out.strip().splitlines()[-1] == "1 khoảng trống, tổng cộng 0,10 giờ không có số đo"


def test_a_detection_that_is_unsure_is_told_in_vietnamese(setup, capsys, tmp_path) -> None:  # noqa: F811
    db, assessment, _ = setup
    unsure = tmp_path / "unsure.csv"
    unsure.write_text("t;P (kW)\n2024-03-01 08:00;1.000\n2024-03-01 08:01;2.500\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "logger", "import", assessment, str(unsure))
    assert code == 1
    notes = [line for line in err.splitlines() if line.startswith("ghi chú: ")]
    assert notes, err
    assert err.strip().splitlines()[-1] == (
        "cpdesk: lỗi: unsure.csv: việc nhận dạng tệp chưa chắc chắn (xem các ghi chú ở trên); "
        "hãy cho --sep/--decimal/--time-format, hoặc --yes để chấp nhận"
    )


def test_a_channel_given_wrong_is_refused_in_vietnamese(setup, capsys) -> None:  # noqa: F811
    db, assessment, log = setup
    code, _, err = run(capsys, "--db", db, "logger", "import", assessment, str(log), "--yes", "--channel", "P (kW)")
    assert code == 1
    assert err.strip().splitlines()[-1] == (
        "cpdesk: lỗi: may-nen-khi.csv: --channel 'P (kW)': cần dạng COLUMN=STREAM:UNIT (STREAM có thể để trống)"
    )


def test_an_option_the_command_line_reads_itself_is_refused_in_vietnamese(capsys) -> None:
    assert main(["calc", "lighting", "--input", "fixtures_before", "many", "1"]) == 2
    assert capsys.readouterr().err.strip() == "cpdesk: lỗi: --input fixtures_before: 'many' không phải một số"


def test_argparses_own_words_stay_english_framed_in_vietnamese(capsys) -> None:
    assert main(["logger", "import"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("cpdesk: lỗi: the following arguments are required: ASSESSMENT, FILE")
    assert err.endswith("(xem 'cpdesk logger import --help')")


def test_a_language_that_is_none_is_refused_in_english_when_asked(capsys, monkeypatch) -> None:
    monkeypatch.setenv(LANG_ENV, "fr")
    assert main(["library", "show", "STM.TRAP.REPAIR"]) == 2
    # $CPDESK_LANG names no language: the error itself is said in Vietnamese
    assert capsys.readouterr().err.strip() == "cpdesk: lỗi: $CPDESK_LANG='fr': hãy chọn một trong vi, en"


@pytest.fixture
def damaged_sectors() -> Iterator[None]:
    """The sectors as received from a centre, cut short."""
    reference_files._received["sectors"] = b'{"source": "centre", "sectors": ['
    sectors.cache_clear()
    all_labels.cache_clear()
    try:
        yield
    finally:
        del reference_files._received["sectors"]
        sectors.cache_clear()
        all_labels.cache_clear()


def test_a_damaged_reference_file_is_named_in_vietnamese(damaged_sectors, capsys) -> None:
    assert main(["library", "search", "steam"]) == 1
    # '{"source": "centre", "sectors": [' ends at column 34 of line 1
    assert capsys.readouterr().err.strip() == (
        "cpdesk: lỗi: sectors.json nhận từ trung tâm: JSON không hợp lệ ở dòng 1, cột 34: Expecting value"
    )


class _Parsed:
    """A parser whose every command runs ``handler``."""

    def __init__(self, handler: Callable[[argparse.Namespace], int]) -> None:
        self.handler = handler

    def parse_args(self, argv: list[str]) -> argparse.Namespace:
        return argparse.Namespace(handler=self.handler)


def test_an_internal_error_is_framed_in_vietnamese(capsys, monkeypatch, tmp_path) -> None:
    def broken(args: argparse.Namespace) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli_main.locations, "log_file", lambda: tmp_path / "cpdesk.log")
    monkeypatch.setattr(cli_main, "build_parser", lambda *_: _Parsed(broken))
    assert main(["guide"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"cpdesk: lỗi: lỗi bên trong cpdesk (RuntimeError: boom); chi tiết trong {tmp_path / 'cpdesk.log'}"


def test_an_interrupted_command_is_told_in_vietnamese(capsys, monkeypatch) -> None:
    def interrupted(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_main, "build_parser", lambda *_: _Parsed(interrupted))
    assert main(["guide"]) == 130
    assert capsys.readouterr().err.strip() == "cpdesk: lỗi: đã bị ngắt"


def test_a_database_location_that_cannot_be_used_is_told_in_vietnamese(capsys, tmp_path) -> None:
    assert main(["--db", str(tmp_path), "check"]) == 1
    assert capsys.readouterr().err.strip() == (
        f"cpdesk: lỗi: {tmp_path} là một thư mục; hãy cho đường dẫn của một tệp cơ sở dữ liệu"
    )
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    assert main(["--db", str(junk), "check"]) == 1
    # the driver's own words stay as SQLite wrote them
    assert capsys.readouterr().err.startswith("cpdesk: lỗi: không dùng được cơ sở dữ liệu: ")


def test_a_benchmark_refused_in_vietnamese(capsys, demo_path) -> None:
    db = str(demo_path)
    assert main(["--db", db, "list", "assessments", "--json"]) == 0
    assessment = json.loads(capsys.readouterr().out)[0]["id"]
    argv = ["--db", db, "benchmark", assessment, "--carrier", "electricity", "--value", "0", "--unit", "kWh/t"]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    # the refusal names the benchmark's value, not its unit
    assert err == "cpdesk: lỗi: Giá trị = 0: mức chuẩn phải lớn hơn 0, nhưng là 0", err
