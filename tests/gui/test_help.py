# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""F1: every section, dialog and task has a place in the guide, and F1 opens it there."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QCoreApplication, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

import cpdesk.gui  # noqa: E402
from cpdesk.core import reference, user_guide  # noqa: E402
from cpdesk.gui import help as user_help  # noqa: E402
from cpdesk.gui.main_menu import SECTION_KEYS  # noqa: E402
from cpdesk.gui.workspace import _layout  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401


def _dialog_classes() -> list[type]:
    """Every dialog class the windows define (each module of cpdesk.gui imported)."""
    found = []
    for info in pkgutil.walk_packages(cpdesk.gui.__path__, "cpdesk.gui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and cls is not user_help.HelpWindow:
                found.append(cls)
    return found


def _resolves(place: user_help.Place) -> None:
    chapter, anchor = place
    for lang in user_guide.LANGS:
        user_guide.heading_at(chapter, anchor, lang)  # KeyError when the page or heading is missing


def test_every_section_dialog_and_task_has_a_place_in_the_guide() -> None:
    sections = {key for _group, entries in _layout("en") for key, _tasks, _cls in entries}
    assert set(SECTION_KEYS) <= sections
    assert sections == set(user_help.SECTIONS)
    for key in sections:
        _resolves(user_help.SECTIONS[key])
    dialogs = _dialog_classes()
    assert len(dialogs) >= 15
    unmapped = [f"{cls.__module__}.{cls.__qualname__}" for cls in dialogs if user_help.dialog_place(cls) is None]
    assert unmapped == []
    for place in user_help.DIALOGS.values():
        _resolves(place)
    tasks = [task.number for task in reference.methodology().tasks]
    assert tasks == list(range(1, 19))
    for task in tasks:
        _resolves(user_help.task_place(task))
    assert user_help.task_place(5) == user_help.STEPS[2] and user_help.task_place(18) == user_help.STEPS[6]
    for place in (*user_help.PAGES.values(), user_help.START, user_help.ASSESSMENT):
        _resolves(place)


def _help_window(window) -> user_help.HelpWindow:
    shown = [w for w in window.findChildren(user_help.HelpWindow) if w.isVisible()]
    assert len(shown) == 1
    return shown[0]


def test_f1_opens_the_page_of_the_section(qtbot, demo_window) -> None:
    window = demo_window
    window.show_section("streams")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = _help_window(window)
    assert (help_window.lang, help_window.chapter) == ("vi", "03-measuring")
    assert help_window.heading == help_window.shown_heading() == "Nhập số đo"
    assert help_window.windowTitle() == "Hướng dẫn sử dụng cpdesk"
    listed = [help_window.chapters.item(row) for row in range(help_window.chapters.count())]
    assert [item.text() for item in listed][:3] == ["Bắt đầu", "Đánh giá SXSH từng bước", "Đo đạc"]
    assert [item.toolTip() for item in listed] == [""] * 9  # no chapter is still to be written
    picture = help_window.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("../pictures/workbench-streams-1366-vi.png")
    )
    assert picture is not None and not picture.isNull()
    # the same window follows the user to another section
    window.activateWindow()
    window.show_section("balances")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert _help_window(window) is help_window
    assert (help_window.chapter, help_window.shown_heading()) == ("04-balances", "Cân bằng và hiệu chỉnh số liệu")


def test_f1_in_guided_mode_opens_the_tasks_step(qtbot, demo_window) -> None:
    window = demo_window
    window.progress.guided_action.trigger()
    view = window.progress.guided
    view.select_task(5)
    view.tree.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.tree)
    qtbot.keyClick(view.tree, Qt.Key.Key_F1)
    help_window = _help_window(window)
    assert (help_window.chapter, help_window.shown_heading()) == (
        "02-assessment",
        "Bước 2: Phân tích các công đoạn sản xuất",
    )


def test_f1_in_a_dialog_opens_the_dialogs_page(qtbot, demo_window) -> None:
    from cpdesk.gui.backups.deleted_items import DeletedItemsDialog

    window = demo_window
    dialog = DeletedItemsDialog(window.wb, window)
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    shown = [w for w in dialog.findChildren(user_help.HelpWindow) if w.isVisible()]
    assert len(shown) == 1
    assert (shown[0].chapter, shown[0].shown_heading()) == ("09-questions", "Khôi phục công việc từ bản sao lưu")
    dialog.close()


@pytest.mark.parametrize(
    ("dialog_name", "chapter", "heading"),
    [
        ("export", "07-centre", "Xuất gói dữ liệu"),
        ("prepare", "08-trainers", "Soạn một mô-đun thực hành"),
    ],
)
def test_f1_in_the_sync_and_training_dialogs_opens_their_part(
    qtbot, demo_window, dialog_name: str, chapter: str, heading: str
) -> None:
    dialog = _opened(qtbot, demo_window, dialog_name)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    shown = [w for w in dialog.findChildren(user_help.HelpWindow) if w.isVisible()]
    assert len(shown) == 1
    assert (shown[0].chapter, shown[0].shown_heading()) == (chapter, heading)
    dialog.close()


@pytest.mark.parametrize(
    ("dialog_name", "chapter", "heading"),
    [
        ("deleted", "09-questions", "Khôi phục công việc từ bản sao lưu"),
        ("export", "07-centre", "Xuất gói dữ liệu"),
        ("prepare", "08-trainers", "Soạn một mô-đun thực hành"),
    ],
)
def test_a_dialogs_help_button_opens_its_page(qtbot, demo_window, dialog_name: str, chapter: str, heading: str) -> None:
    """Every dialog with OK/Cancel buttons gets a Help button beside them, which opens the
    same page as F1 and leaves the dialog open."""
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = _opened(qtbot, demo_window, dialog_name)
    buttons = [b.button(QDialogButtonBox.StandardButton.Help) for b in dialog.findChildren(QDialogButtonBox)]
    buttons = [b for b in buttons if b is not None]
    assert len(buttons) >= 1
    assert buttons[0].text() == QCoreApplication.translate("Help", "&Help")  # "Trợ giú&p" in Vietnamese
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    shown = [w for w in dialog.findChildren(user_help.HelpWindow) if w.isVisible()]
    assert len(shown) == 1
    assert (shown[0].chapter, shown[0].shown_heading()) == (chapter, heading)
    assert dialog.isVisible()  # help does not close the dialog
    dialog.close()


def _opened(qtbot, window, name: str) -> QDialog:
    """One of the dialogs, shown modal over the demo window and holding the focus."""
    from cpdesk.gui.backups.deleted_items import DeletedItemsDialog
    from cpdesk.gui.sync.export_dialog import ExportDialog
    from cpdesk.gui.training.practical import PrepareModuleDialog

    if name == "deleted":
        dialog = DeletedItemsDialog(window.wb, window)
    elif name == "export":
        dialog = ExportDialog(window.wb, window)
    else:
        dialog = PrepareModuleDialog(window.wb.db, "vi", window, reference=window.current_assessment())
    qtbot.addWidget(dialog)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and QApplication.focusWidget().window() is dialog)
    return dialog
