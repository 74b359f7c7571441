# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""The option library's evidence on screen, after implementation included: the suggestions'
columns and the selected type's figures (monitored and verified cases, the monitored over the
estimated saving, the saving's share of the plant's use) in the user's notation; and the cases
behind a figure, offered on the centre's installation only (the rule of ``cpdesk library
cases``), from which an option opens in its assessment."""

from __future__ import annotations

from datetime import date

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.core.option_evidence import Evidence, Spread  # noqa: E402
from cpdesk.core.reference.option_types import option_library  # noqa: E402
from cpdesk.gui.main_window import MainWindow  # noqa: E402
from cpdesk.gui.models.suggestions import SuggestionModel  # noqa: E402
from cpdesk.gui.sections.option_evidence_card import EvidenceCard  # noqa: E402
from cpdesk.services.assessment import assessments, flow, options  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from cpdesk.services.assessment.suggestions import Suggestion  # noqa: E402
from cpdesk.services.sync import keys  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402

#: A group with every figure: 12 cases of 5 companies, 4 monitored, 1 verified.
EVIDENCE = Evidence(
    "AIR.LEAK.REPAIR",
    "textile",
    few_cases=False,
    cases=12,
    companies=5,
    implemented=9,
    without_rate=2,
    investment_usd=Spread(250.0, 1500.0, 2750.0, 10),
    annual_savings_usd=Spread(1000.0, 2200.0, 4000.0, 10),
    payback_years=Spread(0.25, 0.5, 1.25, 10),
    monitored=4,
    verified=1,
    monitored_ratio=Spread(0.8, 0.85, 0.95, 4),
    baseline_share_pct=Spread(1.21, 2.5, 3.74, 3),
)


def suggestion(evidence: Evidence | None) -> Suggestion:
    return Suggestion(option_library().find("AIR.LEAK.REPAIR"), 1.0, (), evidence)


def cell(model: SuggestionModel, title: str) -> str:
    return model.data(model.index(0, model.column_of(title)))


def test_the_suggestions_list_monitored_verified_and_the_share_of_use_in_the_users_notation(qapp) -> None:
    model = SuggestionModel(None, "vi", "en", "USD")
    model.set_rows([suggestion(EVIDENCE)])
    assert cell(model, "Monitored") == "4"
    assert cell(model, "Verified") == "1"
    assert cell(model, "Monitored ÷ estimated, median") == "0,85"  # Vietnamese notation
    assert cell(model, "Share of the plant's use, median %") == "2,5"
    model.set_rows([suggestion(Evidence("AIR.LEAK.REPAIR", "textile", few_cases=True))])
    assert cell(model, "Monitored") == "" and cell(model, "Share of the plant's use, median %") == ""


def test_the_card_gives_every_figure_with_its_quartiles(qtbot) -> None:
    card = EvidenceCard("vi", "en")
    qtbot.addWidget(card)
    card.show_evidence(EVIDENCE, "textile", "Fix compressed-air leaks")
    assert "Past cases in the Textile sector" in card.heading.text()
    text = card.figures.text()
    assert "12 cases of 5 companies, 75 % implemented." in text  # 9 of 12
    assert "2 cases in VND without an exchange rate" in text
    assert "4 monitored (task 16), 1 verified by measurement." in text
    # 1 500 USD in Vietnamese notation; the ratio with two decimals, the share with one
    assert ">1.500<" in text and ">0,80<" in text and ">0,85<" in text and ">0,95<" in text
    assert ">1,2<" in text and ">2,5<" in text and ">3,7<" in text  # 1.21, 2.5, 3.74 %
    card.show_evidence(EVIDENCE.__class__("AIR.LEAK.REPAIR", None, few_cases=True), "textile")
    assert "every sector (too few companies in the Textile sector)" in card.heading.text()
    assert "fewer than 3 companies" in card.figures.text() and "monitored" not in card.figures.text()
    older = Evidence("AIR.LEAK.REPAIR", None, few_cases=False, cases=5, companies=3, implemented=1, without_rate=0)
    card.show_evidence(older, None)  # a pack built before the results were counted
    assert "Not counted" in card.figures.text()


@pytest.fixture
def plant(db):
    """A textile plant with a compressor, and three textile companies that fixed their air
    leaks, two of them monitoring the saving (90 % and 80 % of the estimate)."""
    company = catalogue.create_company(db, name="Dệt Thái Bình", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=20_000)
    flow.add_process_step(db, a.id, name="Máy nén khí", is_focus=True)
    found = {}
    for n, (usd, monitored) in enumerate(((400.0, 720.0), (600.0, 960.0), (500.0, None))):
        c = catalogue.create_company(db, name=f"Dệt {n}", sector="textile")
        other = assessments.create_assessment(db, company_id=c.id, title=f"SXSH {n}", currency="USD")
        option = options.add_option(db, other.id, title="Rò khí nén", category="good_housekeeping",
                                     type_code="AIR.LEAK.REPAIR", investment=usd, annual_savings=2 * usd,
                                     status="implemented", implemented_on=date(2024, 3, 1),
                                     monitored_annual_savings=monitored)  # fmt: skip
        found[c.name] = (other.id, option.id)
    return a.id, found


def open_window(qtbot, db, assessment_id) -> MainWindow:
    main = MainWindow(make_workbench(db, "en", "vi"))
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.open_item("assessment", assessment_id)
    return main


def suggestions_of(qtbot, window):
    section = window.show_section("options")
    panel = section.suggestions
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.select("AIR.LEAK.REPAIR")
    return panel


def test_a_field_installation_shows_the_results_and_does_not_offer_the_cases(qtbot, db, plant) -> None:
    window = open_window(qtbot, db, plant[0])
    panel = suggestions_of(qtbot, window)
    assert cell(panel.model, "Monitored") == "2" and cell(panel.model, "Verified") == "0"
    assert cell(panel.model, "Monitored ÷ estimated, median") == "0,85"  # of 0.9 and 0.8
    text = panel.card.figures.text()
    assert "3 cases of 3 companies, 100 % implemented." in text
    assert "2 monitored (task 16), 0 verified by measurement." in text
    assert not panel.card.cases_button.isEnabled()
    assert "stay at the centre" in panel.card.cases_button.toolTip()
    window.close()


def test_the_centre_lists_the_cases_behind_a_figure_and_opens_one(qtbot, db, plant) -> None:
    keys.init_centre(db, "Trung tâm SXSH")
    assessment_id, found = plant
    window = open_window(qtbot, db, assessment_id)
    panel = suggestions_of(qtbot, window)
    assert panel.card.cases_button.isEnabled()
    assert "Double-click" in panel.card.cases_button.toolTip()
    panel.card.cases_button.click()
    dialog = panel.cases_dialog
    assert dialog is not None and dialog.isVisible()
    companies = [row.company for row in dialog.model.rows]
    assert companies == ["Dệt 0", "Dệt 1", "Dệt 2"]
    assert dialog.model.data(dialog.model.index(1, dialog.model.column_of("Investment, USD"))) == "600"
    other, option = found["Dệt 1"]
    dialog.table.select(option)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.current_assessment() == other)
    section = window.show_section("options")
    assert section.table.current_row().id == option
    assert dialog.isVisible()  # still open beside the option, for the next case
    other, option = found["Dệt 2"]
    view = dialog.table.view
    row = next(i for i in range(view.model().rowCount()) if view.model().index(i, 0).data() == "Dệt 2")
    at = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: window.current_assessment() == other)
    assert window.show_section("options").table.current_row().id == option
    dialog.close()
    window.close()
