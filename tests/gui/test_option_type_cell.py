"""The options table's type column without widgets: a code typed in any case is stored, an
unknown one is refused at the cell with the service's reason, a blank one clears the link,
and undo brings the link back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cpdesk.gui.models.base import ERROR_ROLE
from cpdesk.gui.models.options import OptionModel
from cpdesk.gui.preferences import Preferences
from cpdesk.gui.workbench import Workbench
from cpdesk.services.assessment import assessments, options
from cpdesk.services.assessment import companies as catalogue

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def setup(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=15_700)
    options.add_option(db, a.id, code="O1", title="Sửa bẫy hơi", category="good_housekeeping")
    workbench = Workbench(db, Preferences(language="en", number_locale="vi"))
    model = OptionModel(workbench.update, "vi", "en", "VND")
    return workbench, a, model


def _reload(model, workbench, a):
    model.set_rows(assessments.show_assessment(workbench.db, a.id).options)
    return model.index(0, model.column_of("type_code"))


def test_a_typed_code_is_linked_refused_cleared_and_undone(setup) -> None:
    workbench, a, model = setup
    cell = _reload(model, workbench, a)
    assert cell.data(SHOW) == ""
    assert model.setData(cell, "stm.trap.repair", EDIT)
    cell = _reload(model, workbench, a)
    assert cell.data(SHOW) == "STM.TRAP.REPAIR · Repair leaking steam traps"
    assert cell.data(EDIT) == "STM.TRAP.REPAIR"
    assert not model.setData(cell, "STM.TRAP.PAINT", EDIT)
    assert "the option library has no type STM.TRAP.PAINT" in cell.data(ERROR_ROLE)
    assert model.setData(cell, "", EDIT)
    assert _reload(model, workbench, a).data(SHOW) == ""
    workbench.undo_stack.undo()
    assert _reload(model, workbench, a).data(SHOW) == "STM.TRAP.REPAIR · Repair leaking steam traps"
