# ruff: noqa: F811  (the setup fixture is imported from test_logger_commands by name)
"""`cpdesk logger import` of hostile files of 200 MB: bounded memory, one-line refusals.

Each import runs in a child process of a small measuring process, whose
``RUSAGE_CHILDREN`` peak is then the import's alone (not that of other tests' children).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from tests.cli.test_logger_commands import setup  # noqa: F401

MB = 1_000_000
PEAK_LIMIT_MB = 500
HEADER = b"Th\xe1\xbb\x9di gian;C\xc3\xb4ng su\xe1\xba\xa5t (kW);Lu lu\xc6\xa1ng (m3/h)\n"

_MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True)
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(peak_kb, done.returncode)
sys.stdout.write(done.stdout.decode("utf-8", "replace"))
sys.stderr.write(done.stderr.decode("utf-8", "replace"))
"""


def rows(hour: int, count: int = 1000) -> bytes:
    return "".join(
        f"2024-03-01 {hour:02d}:{m // 60:02d}:{m % 60:02d};{m},5;{m % 9},25\n" for m in range(count)
    ).encode()


def write(path: Path, *parts: bytes | tuple[bytes, int]) -> Path:
    """Write ``parts`` (bytes, or (byte, count) for a run of one byte) without holding a run whole."""
    with path.open("wb") as out:
        for part in parts:
            if isinstance(part, tuple):
                byte, count = part
                piece = byte * (8 << 20)
                for _ in range(count // len(piece)):
                    out.write(piece)
                out.write(byte * (count % len(piece)))
            else:
                out.write(part)
    return path


def import_measured(db: str, assessment: str, path: Path, *extra: str) -> tuple[int, float, str, str]:
    """Exit code, peak RSS in MB, stdout and stderr of `cpdesk logger import` in a child."""
    command = [sys.executable, "-m", "cpdesk.cli.main", "--db", db, "logger", "import", assessment, str(path), *extra]
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, timeout=120)
    first, _, out = done.stdout.partition("\n")
    peak_kb, code = (int(x) for x in first.split())
    return code, peak_kb / 1024, out, done.stderr


def one_line_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err[:2000]
    assert lines[0].startswith("cpdesk: error: "), err[:2000]
    assert "Traceback" not in err
    assert "internal error" not in err
    return lines[0]


def test_a_200_mb_cell_among_rows_is_one_unreadable_row_shown_cut(setup, tmp_path) -> None:
    db, assessment, _ = setup
    path = write(
        tmp_path / "may-nen.csv", HEADER, rows(8), b"2024-03-01 09:00:00;", (b"A", 200 * MB), b";1\n", rows(10)
    )
    code, peak, out, err = import_measured(db, assessment, path, "--yes", "--json")
    assert code == 0, err[-2000:]
    print(f"200 MB cell among rows: peak {peak:.0f} MB")
    assert peak < PEAK_LIMIT_MB
    report = json.loads(out)["report"]
    assert report["bad_cell_count"] == 1
    assert report["rows_dropped"] == 1
    (cell,) = report["bad_cells"]
    assert (cell["line"], cell["column"], cell["text"], cell["length"]) == (1002, "Công suất (kW)", "A" * 80, 200 * MB)
    assert "line 1002, column 'Công suất (kW)': 'AAAA" in err
    assert "(200 000 000 characters)" in err
    assert len(err) < 2000  # the cell is not echoed
    series = json.loads(out)["series"]
    assert [s["point_count"] for s in series] == [2000, 2000]


def test_a_10_mb_run_of_nul_bytes_is_a_damaged_row(setup, tmp_path) -> None:
    db, assessment, _ = setup
    path = write(tmp_path / "the-nho.csv", HEADER, rows(8), (b"\0", 10 << 20), b"\n", rows(10))
    code, peak, out, err = import_measured(db, assessment, path, "--yes", "--json")
    assert code == 0, err[-2000:]
    print(f"10 MB NUL run: peak {peak:.0f} MB")
    assert peak < PEAK_LIMIT_MB
    (cell,) = json.loads(out)["report"]["bad_cells"]
    assert cell["line"] == 1002
    assert cell["reason"].startswith("damaged: 10 485 760 NUL bytes")
    assert len(err) < 2000
    assert "\\x00" not in err


def test_a_single_200_mb_line_is_refused_in_one_line(setup, tmp_path) -> None:
    db, assessment, _ = setup
    path = write(tmp_path / "mot-dong.csv", b"2024-03-01 08:00:00;", (b"7", 200 * MB))
    code, peak, out, err = import_measured(db, assessment, path)
    print(f"single 200 MB line: peak {peak:.0f} MB")
    assert code == 1
    assert out == ""
    assert peak < PEAK_LIMIT_MB
    assert one_line_error(err) == (
        "cpdesk: error: mot-dong.csv, line 1: the line is longer than 1 MiB, the limit for one line "
        "(a logger writes a few hundred bytes a line)"
    )


def test_a_two_million_column_header_is_refused_in_one_line(setup, tmp_path) -> None:
    db, assessment, _ = setup
    header = b"".join(b"c%d;" % i for i in range(2_000_000)) + b"c\n"
    path = write(tmp_path / "rong.csv", header, rows(8))
    code, peak, out, err = import_measured(db, assessment, path)
    print(f"2-million-column header: peak {peak:.0f} MB")
    assert code == 1
    assert peak < PEAK_LIMIT_MB
    assert one_line_error(err) == (
        "cpdesk: error: rong.csv, line 1: more than 10 000 columns, the most cpdesk reads (a logger writes a few dozen)"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"Th\xe1\xbb\x9di gian;P (kW)\n2024-03-01 08:00:00;" + b"9" * (3 << 20),
            "cpdesk: error: f.csv, line 2: the line is longer than 1 MiB",
        ),
        (
            b"t;" + b";".join(b"c" for _ in range(10_001)) + b"\n2024-03-01 08:00:00;1\n",
            "cpdesk: error: f.csv, line 1: more than 10 000 columns",
        ),
        (
            HEADER + b"".join(b"2024-03-01 08:%02d:00;1,5;#VALUE!\n" % m for m in range(30)),
            "cpdesk: error: f.csv: column 'Lu luơng (m3/h)' holds no finite reading: 30 of its values are NaN",
        ),
    ],
)
def test_refusals_are_one_line_naming_the_file(setup, tmp_path, capsys, content: bytes, expected: str) -> None:
    db, assessment, _ = setup
    path = tmp_path / "f.csv"
    path.write_bytes(content)
    channels = ["--channel", "2=:kW", "--channel", "3=:m3/h"] if b"#VALUE!" in content else []
    code = main(["--db", db, "logger", "import", assessment, str(path), "--yes", "--json", *channels])
    _, err = capsys.readouterr()
    assert code == 1
    assert one_line_error(err).startswith(expected)


def test_nan_columns_are_reported_after_an_import(setup, tmp_path, capsys) -> None:
    db, assessment, _ = setup
    path = tmp_path / "nan.csv"
    path.write_bytes(
        HEADER + b"".join(b"2024-03-01 08:%02d:00;%s;2,5\n" % (m, b"nan" if m % 3 else b"4,5") for m in range(30))
    )
    code = main(["--db", db, "logger", "import", assessment, str(path), "--yes", "--channel", "2=:kW"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "note: column 'Công suất (kW)': 20 of the first 30 values are NaN" in err
    assert (
        "column 'Công suất (kW)': 20 values are NaN, infinity or an error value (#VALUE!, 1e400); stored as gaps" in out
    )
