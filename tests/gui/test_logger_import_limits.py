# ruff: noqa: F811  (the plant fixture is imported from test_logger_import_dialog by name)
"""The logger import dialog refuses hostile files with the command line's reason, in the
user's language, and shows unreadable cells cut to 80 characters."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.core.messages import text_of  # noqa: E402
from cpdesk.gui import i18n, workers  # noqa: E402
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


def refusals() -> dict[str, BaseException]:
    """The refusals and unreadable-row descriptions of the messages above, as the services give them."""
    from cpdesk.core.loggers.formats import BadCell, LoggerFormatError, decode
    from cpdesk.core.loggers.head import check_head, line_too_long
    from cpdesk.core.loggers.limits import grouped
    from cpdesk.core.messages import msg
    from cpdesk.services.loggers import LoggerImportError, in_file

    def refused(call) -> LoggerFormatError:
        with pytest.raises(LoggerFormatError) as caught:
            call()
        return caught.value

    cut = BadCell(
        1002,
        "Công suất (kW)",
        "AAAA",
        msg("logger.row.line_too_long", limit="1 MiB", size=grouped(200_000_022)),
        length=200_000_000,
    )
    nul = BadCell(4, "", "", msg("logger.row.nul_bytes", count=grouped(10_485_760)))
    nan = LoggerImportError(msg("logger.column_not_finite", column=repr("Lưu lượng (m3/h)"), count="30"))
    return {
        "too_long": in_file("may-nen.csv", LoggerFormatError(line_too_long(2))),
        "cut": LoggerFormatError(cut.message),
        "nan": in_file("nan.csv", nan),
        "nul": LoggerFormatError(nul.message),
        "columns": in_file("rong.csv", refused(lambda: check_head(b";" * 10_001))),
        "encoding": refused(lambda: decode(b"a\n\xff\n", "utf-8")),
    }


def test_logger_refusals_read_the_same_in_english() -> None:
    said = {key: text_of(error, "en") for key, error in refusals().items()}
    assert said["too_long"] == TOO_LONG
    assert said["cut"] == CUT_CELL
    assert said["nan"] == NAN_COLUMN
    assert said["nul"] == "line 4: '': damaged: 10 485 760 NUL bytes (what a failing memory card writes); not read"
    assert said["columns"] == (
        "rong.csv, line 1: more than 10 000 columns, the most cpdesk reads (a logger writes a few dozen)"
    )
    assert all(text_of(error, "en") == str(error) for error in refusals().values())


def test_logger_refusals_in_vietnamese() -> None:
    said = {key: text_of(error, "vi") for key, error in refusals().items()}
    assert said["too_long"] == (
        "may-nen.csv, dòng 2: dòng dài hơn 1 MiB, giới hạn cho một dòng (máy ghi chỉ ghi vài trăm byte mỗi dòng)"
    )
    assert said["cut"] == (
        "dòng 1002, cột 'Công suất (kW)': 'AAAA…' (200 000 000 ký tự): dòng dài hơn 1 MiB, giới hạn cho một dòng "
        "(200 000 022 byte); không đọc"
    )
    assert said["nan"] == (
        "nan.csv: cột 'Lưu lượng (m3/h)' không có số đo hữu hạn nào: 30 giá trị là NaN, vô cực hoặc giá trị lỗi "
        "(#VALUE!, 1e400, -1.#IND)"
    )
    assert said["nul"] == "dòng 4: '': hỏng: 10 485 760 byte NUL (do thẻ nhớ bị lỗi ghi ra); không đọc"
    assert said["columns"] == (
        "rong.csv, dòng 1: hơn 10 000 cột, số cột nhiều nhất cpdesk đọc được (máy ghi chỉ ghi vài chục cột)"
    )
    assert said["encoding"] == (
        "dòng 2: các byte b'\\xff\\n' không phải văn bản utf-8; hãy chọn bảng mã của tệp (UTF-8, Windows-1258, UTF-16)"
    )


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
