# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The assessments list of a programme and of a company counts tasks as the workbench's
header and `cpdesk guide` do: the demo's textile assessment marks 13 tasks done, 10 of them
pass their checks, and the list says 10/18 with the 3 others named, not 13/18."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.services.assessment import assessments  # noqa: E402
from tests.gui.workbench_fixtures import demo_window  # noqa: E402, F401

COUNT_VI = "10/18 (thêm 3 đã đánh dấu xong, còn kiểm tra chưa đạt)"


def _tasks_cell(model, row) -> str:
    column = model.columnCount() - 1  # the last column: tasks done
    return str(model.index(model.rows.index(row), column).data(Qt.ItemDataRole.DisplayRole))


def test_programme_and_company_lists_count_as_the_guide(demo_window) -> None:
    window = demo_window
    (textile,) = [a for a in assessments.list_assessments(window.wb.db) if a.origin.value == "demo"]
    window.programme_page.open(textile.programme_id)
    model = window.programme_page.assessments
    (row,) = model.rows
    assert _tasks_cell(model, row) == COUNT_VI
    window.company_page.open(textile.company_id)
    model = window.company_page.model
    (row,) = model.rows
    assert _tasks_cell(model, row) == COUNT_VI
