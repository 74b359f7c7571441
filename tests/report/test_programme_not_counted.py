"""The programme summary says which savings its totals leave out because the factor set cannot
count them (the roll-up's not_counted), in one sentence in either language.

Before: the roll-up dropped natural gas saved in plain m³ (stored by an older cpdesk) from its
totals and its CO2, and the PDF said nothing, so a donor read the smaller figures as complete.
The totals keep the electricity: 10 MWh saved.
"""

from __future__ import annotations

import pytest

from cpdesk.report import programme_pdf
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.services.assessment import assessments, companies, options
from cpdesk.services.reports import programme_report
from cpdesk.store.database import Database
from cpdesk.store.models import OptionSaving
from tests.report.helpers import pdf_pages, squash

SENTENCE = {
    "en": (
        "Savings of implemented options left out of these totals and of the CO₂, because the factor set "
        "cannot count them: Natural gas in m³ is a volume at an unstated pressure and temperature, and needs "
        "Nm³ or Sm³."
    ),
    "vi": (
        "Lượng tiết kiệm của giải pháp đã thực hiện không được tính vào các tổng này và vào CO₂, vì bộ hệ số "
        "không tính được: Khí thiên nhiên tính theo m³ là thể tích ở áp suất và nhiệt độ không nêu rõ, cần "
        "tính theo Nm³ hoặc Sm³."
    ),
}


@pytest.fixture
def gas_in_m3(db: Database) -> Database:
    companies.create_programme(db, code="P-GAS", name="Gas kilns", year=2004)
    company = companies.create_company(db, name="Gốm sứ Minh Long", sector="ceramics")
    a = assessments.create_assessment(
        db, company_id=company.id, title="Lò nung", programme_code="P-GAS", currency="USD"
    )
    option = options.add_option(
        db,
        a.id,
        code="A2",
        title="Gas kiln",
        category="technology_change",
        status="implemented",
        investment=1000,
        annual_savings=500,
        savings=[("electricity", 10, "MWh")],
    )
    with db.sessions.begin() as s:  # as an older cpdesk accepted it, before entry checked the unit
        s.add(OptionSaving(option_id=option.id, carrier="natural_gas", quantity=500, unit="m3"))
    return db


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_savings_the_totals_leave_out_are_said(gas_in_m3: Database, lang: str) -> None:
    data = programme_report.programme_report_data(gas_in_m3, ["P-GAS"])
    (page,) = data.pages
    assert [g.factor for g in page.rollup.totals.not_counted] == ["gas_conditions"]
    text = squash("\n".join(pdf_pages(programme_pdf.build(data, I18n(lang), BuildHooks()))))
    assert squash(SENTENCE[lang]) in text
    assert squash("10 MWh") in text  # the electricity still counts
