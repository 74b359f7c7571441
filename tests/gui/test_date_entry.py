# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""Dates as people write them, in the one date field and the one formatter: "06/12/2026" typed
in Vietnamese is 6 December 2026, ISO is accepted, a date that does not exist is refused with
one sentence naming the field and the form, and tables and the conflicts screen show
dd/mm/yyyy in Vietnamese."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.gui import display  # noqa: E402
from cpdesk.gui.models.base import ERROR_ROLE  # noqa: E402
from cpdesk.gui.models.options import ImplementationModel  # noqa: E402
from cpdesk.gui.widgets.entry import DateEdit, InvalidEntry  # noqa: E402
from cpdesk.services.assessment import assessments, options, records  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from cpdesk.store.models import Assessment  # noqa: E402
from tests.gui.test_sync_field_values import conflict, screen, settle, versions  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, make_workbench  # noqa: E402, F401
from tests.plugins.postgres import WorkspaceFactory  # noqa: E402
from tests.sync.conftest import Network, add_small_assessment  # noqa: E402

DEC_6 = date(2026, 12, 6)
VI_DAY = re.compile(r"\d\d/\d\d/\d{4}")


def test_the_date_field_reads_day_first_in_vietnamese_and_iso(qtbot: Any) -> None:
    field = DateEdit(lang="vi", field="Ngày bắt đầu")
    qtbot.addWidget(field)
    assert field.placeholderText() == "31/12/2026"
    for typed in ("06/12/2026", "6/12/2026", "2026-12-06"):
        field.setText(typed)
        assert field.value() == DEC_6, typed
        assert not field.problem
    field.set_value(DEC_6)
    assert field.text() == "06/12/2026"


def test_a_date_that_does_not_exist_is_refused_naming_the_field_and_the_form(qtbot: Any) -> None:
    field = DateEdit(lang="vi", field="Ngày bắt đầu")
    qtbot.addWidget(field)
    field.setText("31/02/2026")
    assert field.problem == (
        "Ngày bắt đầu: “31/02/2026” không phải ngày, hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2026."
    )
    assert field.toolTip() == field.problem
    with pytest.raises(InvalidEntry):
        field.value()
    english = DateEdit(lang="en", field="Start date")
    qtbot.addWidget(english)
    english.setText("06/12/2026")  # June 12 to one reader, 6 December to another
    assert english.problem == "Start date: “06/12/2026” could be day/month or month/day; type it as 31 Dec 2026."
    english.setText("6 Dec 2026")
    assert english.value() == DEC_6


def _type(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_the_overview_stores_a_vietnamese_date_and_refuses_an_impossible_one(qtbot: Any, demo_window: Any) -> None:
    window = demo_window
    key = window.current_assessment()
    section = window.show_section("overview")
    assert section.lang == "vi"
    assert VI_DAY.fullmatch(section.start.text()), section.start.text()
    _type(qtbot, section.end, "06/12/2026")
    assert records.assessment_form(window.wb.db, key).end_date == DEC_6
    assert section.end.text() == "06/12/2026"
    _type(qtbot, section.end, "31/02/2026")
    assert records.assessment_form(window.wb.db, key).end_date == DEC_6  # nothing stored
    assert section.end.toolTip().startswith(section.tr("End date") + ": “31/02/2026”")
    assert "31/12/2026" in section.end.toolTip()


def test_a_table_shows_and_takes_dates_as_vietnamese_write_them(db: Any) -> None:
    wb = make_workbench(db, lang="vi", numbers="vi")
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=25_400)
    options.add_option(db, a.id, code="O1", title="Bảo ôn", category="good_housekeeping")
    model = ImplementationModel(wb.update, "vi", "vi", "VND")
    model.set_rows(assessments.show_assessment(db, a.id).options)
    cell = model.index(0, model.column_of("implemented_on"))
    assert model.setData(cell, "06/12/2026", Qt.ItemDataRole.EditRole), cell.data(ERROR_ROLE)
    model.set_rows(assessments.show_assessment(db, a.id).options)
    assert assessments.show_assessment(db, a.id).options[0].implemented_on == DEC_6
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "06/12/2026"
    assert cell.data(Qt.ItemDataRole.EditRole) == "06/12/2026"
    assert not model.setData(cell, "31/02/2026", Qt.ItemDataRole.EditRole)
    assert str(cell.data(ERROR_ROLE)).startswith(model.columns[cell.column()].title + ": “31/02/2026”")


def test_the_one_formatter_follows_the_language() -> None:
    assert display.day(DEC_6, "vi") == "06/12/2026"
    assert display.day(DEC_6, "en") == "6 Dec 2026"
    assert display.day("2026-12-06", "vi") == "06/12/2026"  # as a sync record carries it
    assert display.day(None, "vi") == ""


@pytest.fixture
def network(tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest) -> Iterator[Network]:
    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    yield Network(factory, tmp_path)
    factory.close()


def test_the_conflicts_screen_shows_dates_as_vietnamese_write_them(qtbot: Any, network: Network) -> None:
    field = network.field("field")
    shared: uuid.UUID = add_small_assessment(field.db, "Nhà máy giấy")
    network.send(field, network.centre)
    settle(network, Assessment, shared, lambda s, a: setattr(a, "end_date", date(2004, 3, 1)))
    conflict(
        network,
        Assessment,
        shared,
        lambda s, a: setattr(a, "end_date", DEC_6),
        lambda s, a: setattr(a, "end_date", date(2026, 11, 7)),
    )
    dialog = screen(qtbot, network, lang="vi", numbers="vi")
    assert ("07/11/2026", "06/12/2026") in versions(dialog).values()
    detected = dialog.table.item(0, 4).text()
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", detected), detected
