# ruff: noqa: F811  (the plant fixture is imported from test_logger_import_dialog by name)
"""The logger import dialog, a first action of most users, is Vietnamese through and through in
Vietnamese: on an instrument's export, on a file whose dates could be day/month or month/day,
and on a damaged file, every text a widget shows (labels, buttons, combo boxes, the preview's
headers, cells and tooltips, the notes, the question about unreadable rows) holds no word of
the English messages."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from cpdesk.gui import i18n, workers  # noqa: E402
from cpdesk.gui.loggers.import_dialog import LoggerImportDialog  # noqa: E402
from tests.core.test_logger_read import to_cp1258  # noqa: E402
from tests.gui.test_logger_import_dialog import plant, series_count  # noqa: E402, F401

#: Words of the English messages and texts of a logger import; none may show in Vietnamese.
ENGLISH = frozenset(
    """
    the and or of in to is are was were be been not no none with as by for from than
    line lines row rows column columns cell cells file files value values number numbers
    read reads readable cannot could can must should check checked choose chosen
    date dates day month year time times timestamp timestamps order assumed preview
    decimal mark thousands grouping separator field fields expected characters bytes
    damaged longer limit failing memory card writes logger loggers import imported
    skip cancel cancelled stored nothing rest these such first most more infinity error
    space encoding header units unit stream series name channel channels separate together
    layout zone clock seconds serial text empty found beside offset used mean means
    """.split()
)
_WORD = re.compile(r"\w+(?:'\w+)?")


def english_words(text: str) -> set[str]:
    """The words of ``text`` that are words of the English messages."""
    return {w for w in _WORD.findall(text) if w.lower() in ENGLISH}


def shown_texts(dialog: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything the dialog shows: widget texts, combo items, table
    headers, cells and tooltips."""
    found: list[tuple[str, str]] = [("title", dialog.windowTitle())]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        name = type(widget).__name__
        if widget.toolTip():
            found.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
            found.append((name, widget.currentText()))
        elif isinstance(widget, QLineEdit):
            found.append((name, widget.text()))
        elif isinstance(widget, QTableWidget):
            for c in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(c)
                found.append((f"{name} header", header.text() if header else ""))
            for r in range(widget.rowCount()):
                for c in range(widget.columnCount()):
                    item = widget.item(r, c)
                    if item is not None:
                        found += [(f"{name} cell", item.text()), (f"{name} cell tooltip", item.toolTip())]
    return found


def assert_vietnamese(dialog: QWidget) -> None:
    english = {(where, text): english_words(text) for where, text in shown_texts(dialog) if english_words(text)}
    assert not english, english


def open_in_vietnamese(qtbot, db, a, data: bytes, name: str) -> LoggerImportDialog:
    i18n.install("vi")
    dialog = LoggerImportDialog(db, a.id, data=data, file_name=name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def instrument_export(rows: int = 60) -> bytes:
    """A temperature and humidity logger's export as its software saves it on a Vietnamese
    Windows: Windows-1258, ";" between fields, decimal comma, "." grouping thousands,
    dd/mm/yyyy timestamps, units in brackets in the header, a line naming the instrument."""
    lines = ["Testo 175 H1 - Lò sấy số 2", "Ngày giờ;Nhiệt độ [°C];Độ ẩm [%];Áp suất [hPa]"]
    for k in range(rows):
        day, minute = 13 + k // 60, k % 60
        temp = f"{61.5 + 0.25 * (k % 9):.2f}".replace(".", ",")
        lines.append(f"{day:02d}/11/2026 08:{minute:02d}:00;{temp};{40 + k % 7},5;1.0{k % 10}3,5")
    return to_cp1258("\r\n".join(lines) + "\r\n")


def ambiguous_dates(rows: int = 24) -> bytes:
    """Dates whose day and month are both at most 12: day/month or month/day."""
    lines = ["Thời gian;Công suất (kW)"]
    lines += [f"0{1 + k % 9}/0{1 + k // 9 % 9}/2026 {k % 24:02d}:00;{100 + k},5" for k in range(rows)]
    return "\n".join(lines).encode() + b"\n"


def damaged_export() -> bytes:
    """Good rows, a row of NUL bytes where the memory card failed, a line longer than 1 MiB,
    and a reading that is not a number."""
    good = [f"2026-11-13 08:{k:02d}:00;{k},5" for k in range(20)]
    return (
        b"Thoi gian;Luu luong (m3/h)\n"
        + "\n".join(good).encode()
        + b"\n2026-11-13 08:20:00;"
        + b"\0" * 4096
        + b"\n2026-11-13 08:21:00;"
        + b"9" * (3 << 20)
        + b"\n2026-11-13 08:22:00;hong\n2026-11-13 08:23:00;23,5\n"
    )


def test_an_instruments_export_in_vietnamese(qtbot, plant, english_afterwards) -> None:
    db, a, _ = plant
    dialog = open_in_vietnamese(qtbot, db, a, instrument_export(), "lo-say.csv")
    assert (dialog.separator.currentData(), dialog.decimal.currentData(), dialog.layout_box.currentData()) == (
        ";",
        ",",
        "dmy",
    )
    assert dialog.preview.rowCount() == 50
    assert dialog.mapping.cellWidget(0, 2).currentText() == "°C"
    assert_vietnamese(dialog)


def test_an_ambiguous_date_order_is_said_in_vietnamese(qtbot, plant, english_afterwards) -> None:
    db, a, _ = plant
    dialog = open_in_vietnamese(qtbot, db, a, ambiguous_dates(), "may-nen.csv")
    assert dialog.notes.text().strip()
    assert "ngày/tháng" in dialog.notes.text()
    assert_vietnamese(dialog)


def test_a_damaged_file_is_said_in_vietnamese(qtbot, plant, monkeypatch, english_afterwards) -> None:
    db, a, _ = plant
    dialog = open_in_vietnamese(qtbot, db, a, damaged_export(), "hong.csv")
    assert dialog.problems.text().strip()
    assert any(
        dialog.preview.item(r, c) and dialog.preview.item(r, c).toolTip()
        for r in range(dialog.preview.rowCount())
        for c in range(dialog.preview.columnCount())
    )
    assert_vietnamese(dialog)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[1] + "\n" + args[2]) or 0)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked) and workers.running_jobs() == 0, timeout=20_000)
    (question,) = asked
    assert "NUL" in question and "1 MiB" in question
    assert not english_words(question), question
    assert not english_words(dialog.problems.text()), dialog.problems.text()
    assert series_count(db) == 0


def test_a_file_without_a_header_names_its_columns_in_vietnamese(qtbot, plant, english_afterwards) -> None:
    db, a, _ = plant
    rows = "".join(f"13/11/2026 08:{k:02d}:00;{20 + k},5;{k % 3}\n" for k in range(30))
    dialog = open_in_vietnamese(qtbot, db, a, rows.encode(), "khong-tieu-de.csv")
    assert not dialog.has_header.isChecked()
    assert dialog.preview.horizontalHeaderItem(2).text() == "cột 2"
    assert dialog.mapping.item(0, 1).text() == "cột 2"
    assert_vietnamese(dialog)
