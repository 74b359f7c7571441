# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The assessment's scope weight on its overview: shown, typed in the user's notation, refused
outside 0 to 1 with the reason in the field's tooltip, undone like every edit."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QLabel  # noqa: E402

from cpdesk.services.assessment import records  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_the_scope_weight_is_typed_refused_and_undone_on_the_overview(qtbot, demo_window) -> None:
    window = demo_window
    key = window.current_assessment()
    section = window.show_section("overview")
    weight = section.scope_weight
    assert weight.text() == "1"  # the worked textile assessment: a full one
    texts = {w.text() for w in section.findChildren(QLabel)}
    assert section.tr("Scope weight (full assessment = 1)") in texts  # its row, in the window's language

    start = window.wb.undo_stack.index()
    _type(qtbot, weight, "0,5" if section.locale == "vi" else "0.5")
    assert records.assessment_form(window.wb.db, key).scope_weight == 0.5

    _type(qtbot, weight, "1,5" if section.locale == "vi" else "1.5")
    assert records.assessment_form(window.wb.db, key).scope_weight == 0.5  # nothing stored
    assert weight.toolTip()  # "Not saved: ..." with the reason
    assert weight.styleSheet()

    _type(qtbot, weight, "0")
    assert records.assessment_form(window.wb.db, key).scope_weight == 0.5

    window.wb.undo_stack.setIndex(start)
    assert records.assessment_form(window.wb.db, key).scope_weight == 1.0
