# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The options section's suggestions and an option's type on screen: the panel lists the
library's types for the plant with their evidence, even before the first option; "Add as
option" adds one linked to its type (Ctrl+Z takes it back); the type is chosen by searching
without accents, and a type the centre's pack dropped shows as unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QDialog  # noqa: E402

from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.gui.dialogs.option_type_dialog import OptionTypeDialog  # noqa: E402
from cpdesk.gui.main_window import MainWindow  # noqa: E402
from cpdesk.services.assessment import assessments, flow, options  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from cpdesk.services.reference import centre_catalogues  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "reference" / "option_types.json"


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Thái Bình", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=20_000)
    flow.add_process_step(db, a.id, name="Máy nén khí", is_focus=True)
    for n, usd in enumerate((400.0, 600.0, 500.0)):
        c = catalogue.create_company(db, name=f"Dệt {n}", sector="textile")
        other = assessments.create_assessment(db, company_id=c.id, title="SXSH", currency="USD")
        options.add_option(db, other.id, title="Rò khí nén", category="good_housekeeping",
                           type_code="AIR.LEAK.REPAIR", investment=usd, annual_savings=2 * usd,
                           status="implemented")  # fmt: skip
    return a.id


@pytest.fixture
def window(qtbot, db, plant):
    main = MainWindow(make_workbench(db, "en", "vi"))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.open_item("assessment", plant)
    yield main
    centre_catalogues.use_catalogues({})
    main.close()


def test_the_panel_lists_suggestions_with_evidence_before_the_first_option(qtbot, window) -> None:
    section = window.show_section("options")
    panel = section.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert section.empty.is_empty and panel.isVisible()  # the empty state and the suggestions
    first = panel.model.row(0)
    assert first.type.code == "AIR.LEAK.REPAIR"  # the compressor step, and 3 companies did it
    evidence_column = panel.model.column_of("Evidence")
    text = panel.model.data(panel.model.index(0, evidence_column))
    assert text == "3 cases, 3 companies, 100 % implemented"
    median = panel.model.data(panel.model.index(0, panel.model.column_of("Investment, median USD")))
    assert median == "500"  # of 400, 500 and 600
    assert "median investment 500 USD, payback 0.5 years" in panel.model.data(panel.model.index(0, 0), 3)
    assert "few cases" in panel.source.text()


def test_add_as_option_links_the_type_and_undo_takes_it_back(qtbot, window) -> None:
    section = window.show_section("options")
    panel = section.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.select("AIR.LEAK.REPAIR")
    panel.add_button.click()
    qtbot.waitUntil(lambda: section.options.rowCount() == 1)
    row = section.options.row(0)
    assert (row.type_code, row.title, row.investment) == ("AIR.LEAK.REPAIR", "Fix compressed-air leaks", 10_000_000)
    assert not section.empty.is_empty
    qtbot.waitUntil(lambda: "AIR.LEAK.REPAIR" not in [s.type.code for s in panel.model.rows])
    type_column = section.options.column_of("type_code")
    assert section.options.data(section.options.index(0, type_column)) == "AIR.LEAK.REPAIR · Fix compressed-air leaks"
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: section.options.rowCount() == 0)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and panel.model.row(0).type.code == "AIR.LEAK.REPAIR")


def test_the_type_is_chosen_by_searching_without_accents(qtbot, window, monkeypatch) -> None:
    section = window.show_section("options")
    section.add_option()
    qtbot.waitUntil(lambda: section.options.rowCount() == 1)
    option = section.options.row(0)

    def choose(dialog: OptionTypeDialog) -> int:
        dialog.query.setText("thu hoi nuoc ngung")
        assert dialog.results.currentItem().text().startswith("STM.COND.RECOVER  Return condensate")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OptionTypeDialog, "exec", choose)
    section.choose_type(option)
    qtbot.waitUntil(lambda: section.options.row(0).type_code == "STM.COND.RECOVER")
    window.actions["undo"].trigger()
    qtbot.waitUntil(lambda: section.options.row(0).type_code is None)


def test_the_dialog_keeps_to_the_plants_sector_unless_asked(qtbot) -> None:
    dialog = OptionTypeDialog("vi", "brewery", None)
    qtbot.addWidget(dialog)
    codes = [dialog.results.item(i).data(256) for i in range(dialog.results.count())]
    assert "BRW.GRAIN.FEED" in codes and not any(c.startswith("DYE.") for c in codes)
    dialog.every_sector.setChecked(True)
    codes = [dialog.results.item(i).data(256) for i in range(dialog.results.count())]
    assert any(c.startswith("DYE.") for c in codes)
    dialog.query.setText("xyzzy")
    assert dialog.results.count() == 0


def test_a_dropped_type_shows_as_unknown(qtbot, window, db, plant) -> None:
    window.wb.create(
        Entity.OPTION,
        lambda: options.add_option(
            db, plant, title="Sửa bẫy hơi", category="good_housekeeping", type_code="STM.TRAP.REPAIR"
        ),
    )
    doc = json.loads(SHIPPED.read_text(encoding="utf-8"))
    doc["types"] = [t for t in doc["types"] if t["code"] != "STM.TRAP.REPAIR"]
    centre_catalogues.use_catalogues({"option_types": json.dumps(doc).encode()})
    section = window.show_section("options")
    section.refresh()  # the table reads the library in use when it shows the option
    model = section.options
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    index = model.index(0, model.column_of("type_code"))
    assert model.data(index) == "STM.TRAP.REPAIR (unknown type)"
    assert "dropped it" in model.data(index, 3)  # the tooltip (ToolTipRole)


def test_the_option_form_chooses_and_clears_the_type(qtbot, window, monkeypatch) -> None:
    section = window.show_section("options")
    section.add_option()
    qtbot.waitUntil(lambda: section.options.rowCount() == 1)
    section.table.view.closePersistentEditor(section.table.view.currentIndex())
    form = section.edit_option(section.options.row(0))
    assert form.sector == "textile"
    assert form.changes() == {}  # no type, and none chosen

    def choose(dialog: OptionTypeDialog) -> int:
        assert dialog.sector == "textile"
        dialog.query.setText("ro khi nen")  # "rò khí nén" typed without its accents
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OptionTypeDialog, "exec", choose)
    form.choose_type()
    assert form.type_button.text() == "AIR.LEAK.REPAIR · Fix compressed-air leaks"
    assert form.changes() == {"type_code": "AIR.LEAK.REPAIR"}
    form.accept()
    qtbot.waitUntil(lambda: section.options.row(0).type_code == "AIR.LEAK.REPAIR")

    form = section.edit_option(section.options.row(0))

    def clear(dialog: OptionTypeDialog) -> int:
        dialog.clear_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OptionTypeDialog, "exec", clear)
    form.choose_type()
    assert form.changes() == {"type_code": None}
