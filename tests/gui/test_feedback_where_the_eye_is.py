# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""Feedback where the eye is: a refusal names the field it is about and puts the cursor
there, and the quick entry finds a stream typed without its accents."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")


from cpdesk.core.errors import ValidationError  # noqa: E402
from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.errors import describe  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, type_text  # noqa: E402, F401


def test_a_missing_value_names_its_field(qapp, english_afterwards) -> None:
    i18n.install("vi")
    error = ValidationError("measurement", "value", None, "is required")
    assert describe(error) == "Giá trị đo: cần nhập giá trị"
    assert describe(ValidationError("", "", "", "must not be empty")) == "cần nhập giá trị"


def test_quick_entry_focuses_the_field_a_refusal_is_about(qtbot, demo_window, english_afterwards) -> None:
    i18n.install("vi")
    demo_window.record_reading()
    form = demo_window.quick_entry
    form.stream.setCurrentIndex(1)
    assert form.current_stream() is not None
    form.unit.setEditText("m3/h")
    form.unit.setFocus()
    qtbot.keyClicks(form.value, "-5")
    assert not form.save()
    assert "Giá trị đo" in form.message.text()  # which field, in words
    assert form.focusWidget() is form.value  # and the cursor is there
