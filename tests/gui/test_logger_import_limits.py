# ruff: noqa: F811  (the plant fixture is imported from test_logger_import_dialog by name)
"""The logger import dialog refuses hostile files with the command line's reason, in the
user's language, and shows unreadable cells cut to 80 characters."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.gui import i18n, workers  # noqa: E402
from cpdesk.gui.errors import logger_text  # noqa: E402
from tests.gui.test_logger_import_dialog import open_dialog, plant, series_count  # noqa: E402, F401

TOO_LONG = (
    "may-nen.csv, line 2: the line is longer than 1 MiB, the limit for one line "
    "(a logger writes a few hundred bytes a line)"
)
CUT_CELL = (
    "line 1002, column 'Công suất (kW)': 'AAAA…' (200 000 000 characters): the line is longer than 1 MiB, "
    "the limit for one line (200 000 022 bytes); not read"
)
NAN_COLUMN = (
    "nan.csv: column 'Lưu lượng (m3/h)' holds no finite reading: 30 of its values are NaN, infinity or an "
    "error value (#VALUE!, 1e400, -1.#IND)"
)


def test_logger_refusals_read_the_same_in_english() -> None:
    for message in (TOO_LONG, CUT_CELL, NAN_COLUMN, "line 3: bytes b'\\xff' are not utf-8 text"):
        assert logger_text(message) == message


def test_logger_refusals_in_vietnamese(qapp, english_afterwards) -> None:
    i18n.install("vi")
    assert logger_text(TOO_LONG) == (
        "may-nen.csv, dòng 2: dòng dài hơn 1 MiB, giới hạn cho một dòng (máy ghi chỉ ghi vài trăm byte mỗi dòng)"
    )
    assert logger_text(CUT_CELL) == (
        "dòng 1002, cột 'Công suất (kW)': 'AAAA…' (200 000 000 ký tự): dòng dài hơn 1 MiB, giới hạn cho một dòng "
        "(200 000 022 byte); không đọc"
    )
    assert logger_text(NAN_COLUMN) == (
        "nan.csv: cột 'Lưu lượng (m3/h)' không có số đo hữu hạn nào: 30 giá trị là NaN, vô cực hoặc giá trị lỗi "
        "(#VALUE!, 1e400, -1.#IND)"
    )
    assert logger_text("line 4: damaged: 10 485 760 NUL bytes (what a failing memory card writes); not read") == (
        "dòng 4: hỏng: 10 485 760 byte NUL (do thẻ nhớ bị lỗi ghi ra); không đọc"
    )
    assert logger_text(
        "rong.csv, line 1: more than 10 000 columns, the most cpdesk reads (a logger writes a few dozen)"
    ) == ("rong.csv, dòng 1: hơn 10 000 cột, số cột nhiều nhất cpdesk đọc được (máy ghi chỉ ghi vài chục cột)")
    assert logger_text("line 3: bytes b'\\xff' are not utf-8 text") == "line 3: bytes b'\\xff' are not utf-8 text"


def test_the_dialog_refuses_a_too_long_line_as_the_command_line_does(qtbot, plant, english_afterwards) -> None:
    db, a, _ = plant
    data = b"Th\xe1\xbb\x9di gian;P (kW)\n2024-03-01 08:00:00;" + b"9" * (3 << 20)
    dialog = open_dialog(qtbot, db, a, data)
    assert dialog.problems.text() == TOO_LONG
    assert not dialog.import_button.isEnabled()
    i18n.install("vi")
    dialog.load(data, "may-nen.csv")
    assert dialog.problems.text().startswith("may-nen.csv, dòng 2: dòng dài hơn 1 MiB, giới hạn cho một dòng")


def test_the_dialog_shows_a_huge_cell_cut(qtbot, plant, monkeypatch) -> None:
    db, a, _ = plant
    rows = "".join(f"2024-03-01 08:{k:02d}:00;{k},5\n" for k in range(20))
    data = b"t;P (kW)\n" + rows.encode() + b"2024-03-01 09:00:00;" + b"A" * (3 << 20) + b"\n"
    dialog = open_dialog(qtbot, db, a, data)
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *args: shown.append(args[2]) or 0)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was stored" in dialog.problems.text(), timeout=20_000)
    qtbot.waitUntil(lambda: workers.running_jobs() == 0)
    (question,) = shown
    assert "line 22, column 'P (kW)': 'AAAA" in question
    assert "(3 145 728 characters)" in question
    assert len(question) < 1000
    assert series_count(db) == 0
