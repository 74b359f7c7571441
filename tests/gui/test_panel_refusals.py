"""A refusal of the progress panel (a task's note) is said in the workbench's language, as
every message box says it, not in the service's English."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui import i18n  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401


def test_a_note_too_long_is_refused_in_vietnamese(qtbot, demo_window, english_afterwards) -> None:  # noqa: F811
    i18n.install("vi")
    panel = demo_window.progress
    row = next(i for i, r in enumerate(panel.model.rows) if r.task_no == 17)
    panel.view.setCurrentIndex(panel.model.index(row, 1))
    panel._save_note("x" * 5001)  # the note is kept to 5 000 characters
    assert panel.gap.text() == "dài hơn 5.000 ký tự"
