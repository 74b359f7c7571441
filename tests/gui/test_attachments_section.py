# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""Photos attached in the workbench: with the button's path, dragged from the file manager,
shown as thumbnails, captioned, undone."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage  # noqa: E402

from cpdesk.services.assessment import attachments  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, wait_for_jobs  # noqa: E402, F401


@pytest.fixture
def photo(tmp_path):
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    path = tmp_path / "đồng hồ nước.png"
    assert image.save(str(path))
    return path


def test_attach_a_photo_by_drop_and_undo(qtbot, demo_window, photo, tmp_path) -> None:
    window = demo_window
    section = window.show_section("attachments")
    assessment = window.current_assessment()
    # Attach to a stream: choose it, then drop the photo from the "file manager".
    stream_index = next(
        i for i in range(section.owner.count()) if section.owner.itemText(i).endswith("Nước giếng khoan")
    )
    section.owner.setCurrentIndex(stream_index)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl.fromLocalFile(str(tmp_path / "missing.jpg"))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    section.dragEnterEvent(enter)  # the handlers themselves: offscreen Qt runs no real drag
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    section.dropEvent(drop)
    assert drop.isAccepted()
    rows = attachments.list_attachments(window.wb.db, assessment)
    assert [(r.filename, r.owner_type, r.owner_name) for r in rows] == [
        ("đồng hồ nước.png", "stream", "Nước giếng khoan")
    ]
    qtbot.waitUntil(lambda: section.model.rowCount() == 1)
    wait_for_jobs(qtbot)
    thumbnail = section.model.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert thumbnail is not None
    assert not thumbnail.isNull()
    assert rows[0].sha256 in section.model.thumbnails  # made from the photo, not the file icon

    # Caption edited in place, then the attachment undone and redone.
    assert section.model.setData(section.model.index(0, 0), "Đồng hồ nước giếng", Qt.ItemDataRole.EditRole)
    assert attachments.list_attachments(window.wb.db, assessment)[0].caption == "Đồng hồ nước giếng"
    window.actions["undo"].trigger()  # the caption
    window.actions["undo"].trigger()  # the attachment
    assert attachments.list_attachments(window.wb.db, assessment) == []
    window.actions["redo"].trigger()
    assert [r.filename for r in attachments.list_attachments(window.wb.db, assessment)] == ["đồng hồ nước.png"]


def test_files_from_the_button_path_go_to_the_assessment(demo_window, photo, tmp_path) -> None:
    window = demo_window
    section = window.show_section("attachments")
    notes = tmp_path / "ghi chép.txt"
    notes.write_text("đo lúc 9 giờ", encoding="utf-8")
    rows = section.add_paths([str(photo), str(notes)])
    assert {(r.filename, r.owner_type) for r in rows} == {
        ("đồng hồ nước.png", "assessment"),
        ("ghi chép.txt", "assessment"),
    }
    window.actions["undo"].trigger()  # one step for both files
    assert attachments.list_attachments(window.wb.db, window.current_assessment()) == []
