# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""Vietnamese and English: the switch in the settings rebuilds the window in the other
language, keeping the place and the undo history; a pseudo-locale that lengthens every
text finds texts not translated and layouts that clip."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel  # noqa: E402

from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.app import Shell  # noqa: E402
from cpdesk.gui.models.base import RecordTableModel  # noqa: E402
from cpdesk.gui.plots.palette import family_label, family_of  # noqa: E402
from cpdesk.gui.preferences import Preferences  # noqa: E402
from cpdesk.gui.sections.base import DATA  # noqa: E402
from cpdesk.gui.sync.field_names import field_label  # noqa: E402

PSEUDO = "[!!! "


@pytest.fixture
def shell(request, qtbot, demo_template, tmp_path, english_afterwards):
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    pseudo = getattr(request, "param", False)
    prefs = Preferences(user_name="Lan", language="vi", pseudo_locale=pseudo)
    i18n.install("vi", pseudo)
    shell = Shell(QApplication.instance(), prefs)
    assert shell.open(str(path))
    qtbot.addWidget(shell.window)
    yield shell
    shell.window.close()
    shell.workbench.db.close()


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_switch_language_in_the_settings(qtbot, shell) -> None:
    window = shell.window
    assert menu_titles(window)[:3] == ["&Tệp", "&Sửa", "&Xem"]
    assert window.workspace.list.item(2).text().startswith("1. Bước khởi động")
    section = window.show_section("balances")
    assert section.group.itemText(0) == "Cân bằng nước"
    assert field_label("cp_option", "investment") == "Vốn đầu tư"  # the catalogue of labels, in vi
    assert family_label(family_of("steam")) == "Hơi nước"
    window.wb.update("assessment", window.current_assessment(), {"notes": "ghi chú mới"})
    stack = window.wb.undo_stack

    english = Preferences(**{**shell.prefs.__dict__, "language": "en"})
    window.preferences_changed.emit(english)  # what OK in the settings dialog does
    new = shell.window
    qtbot.addWidget(new)
    assert new is not window
    assert menu_titles(new)[:3] == ["&File", "&Edit", "&View"]
    assert new.workspace.current_key() == "balances"  # the same place
    assert new.workspace.current_section().group.itemText(0) == "Water balance"
    assert field_label("cp_option", "investment") == "Investment"  # relabelled with the window
    assert family_label(family_of("steam")) == "Steam"
    assert new.wb.undo_stack is stack  # the history survives
    assert stack.canUndo()
    assert new.actions["undo"].isEnabled()  # Undo and Ctrl+Z work at once, not after the next edit
    assert new.actions["undo"].text() == f"&Undo {stack.undoText()}"  # and name the edit
    assert not new.actions["redo"].isEnabled()
    new.actions["undo"].trigger()
    assert new.actions["redo"].isEnabled()
    assert new.statusBar() is not None
    assert "2.57" in new.notation_label.text()  # numbers follow the language
    from cpdesk.gui import preferences

    assert preferences.load().language == "en"  # saved


@pytest.mark.parametrize("shell", [True], indirect=True, ids=["pseudo-locale"])
def test_pseudo_locale_reaches_every_text_and_nothing_clips(qtbot, shell) -> None:
    window = shell.window
    window.resize(1600, 960)
    qtbot.waitExposed(window)
    for title in menu_titles(window):
        assert title.startswith(PSEUDO), title
    for key, action in window.actions.items():
        assert action.text().startswith(PSEUDO), (key, action.text())
    problems: list[str] = []
    for key in window.workspace.titles():
        section = window.show_section(key)
        QApplication.processEvents()
        assert window.workspace.current_key() == key  # every section opens
        assert not section.stale
        for widget in section.findChildren(QAbstractButton) + section.findChildren(QLabel):
            text = widget.text()
            if not widget.isVisible() or not text or widget.objectName() == DATA:
                continue
            if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in text):
                continue  # wrapped text cannot clip; rich text holds data (names, figures)
            if any(c.isalpha() for c in text) and not text.startswith(PSEUDO):
                problems.append(f"{key}: not through tr(): {text!r}")
            if widget.width() < widget.minimumSizeHint().width() - 1:
                problems.append(f"{key}: clipped: {text!r} ({widget.width()} < {widget.minimumSizeHint().width()})")
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        while isinstance(model, QSortFilterProxyModel):
            model = model.sourceModel()
        if not isinstance(model, RecordTableModel) or not view.isVisible():
            continue
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if any(c.isalpha() for c in header):
                assert header.startswith(PSEUDO), header
    assert problems == []
