# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The assessment's boiler efficiency on its overview: typed in the user's notation (kept as
typed), refused above 100 % with the reason in the field's tooltip, undone like every edit."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.services.assessment import records  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_the_boiler_efficiency_is_typed_refused_and_undone_on_the_overview(qtbot, demo_window) -> None:
    window = demo_window
    key = window.current_assessment()
    section = window.show_section("overview")
    boiler = section.boiler
    assert boiler.text() == ""  # the demo keeps none
    vi = section.locale == "vi"
    _type(qtbot, boiler, "82,5" if vi else "82.5")
    form = records.assessment_form(window.wb.db, key)
    assert (form.boiler_efficiency_pct, form.boiler_efficiency_method) == (82.5, "typed")
    _type(qtbot, boiler, "120")
    assert records.assessment_form(window.wb.db, key).boiler_efficiency_pct == 82.5  # nothing stored
    assert boiler.toolTip() and boiler.styleSheet()
    window.wb.undo_stack.undo()
    form = records.assessment_form(window.wb.db, key)
    assert (form.boiler_efficiency_pct, form.boiler_efficiency_method) == (None, None)
