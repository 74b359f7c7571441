"""The programme summary shows the savings verified by measurement beside their estimates:
how many options have one, and per carrier the verified total with its uncertainty combined
in quadrature, the independence said in the note (PDF and workbook from the same table)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cpdesk.core.entities import Entity
from cpdesk.report import programme_pdf, programme_tables
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, companies, options
from cpdesk.services.reports import programme_report
from cpdesk.store.database import Database
from cpdesk.store.models import OptionSaving
from tests.report.helpers import pdf_pages, squash


@pytest.fixture
def verified(db: Database) -> Database:
    companies.create_programme(db, code="P-MV", name="Verified", year=2005)
    company = companies.create_company(db, name="Dệt Phú An", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", programme_code="P-MV", currency="USD")
    for code, estimated, value, half in (("A1", 100.0, 90.0, 6.0), ("A2", 50.0, 40.0, 8.0)):
        option = options.add_option(
            db,
            a.id,
            code=code,
            title=code,
            category="good_housekeeping",
            status="implemented",
            savings=[("electricity", estimated, "MWh")],
        )
        with db.reading() as session:
            saving = session.execute(select(OptionSaving).where(OptionSaving.option_id == option.id)).scalar_one()
        fields = {"verified_quantity": value, "verified_uncertainty": half, "verified_method": "ipmvp_c"}
        editing.apply(db, editing.Update(Entity.OPTION_SAVING, saving.id, fields))
    return db


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_verified_savings_table(verified: Database, lang: str) -> None:
    data = programme_report.programme_report_data(verified, ["P-MV"])
    (page,) = data.pages
    t = I18n(lang)
    table = programme_tables.verified(page, t)
    assert table is not None
    (row,) = table.rows
    # 90 + 40 MWh verified of 100 + 50 estimated; ± √(6² + 8²) = 10 MWh, not 14
    assert row[2:] == (2, 150.0, 130.0, pytest.approx(10.0))
    assert table in programme_tables.all_tables(data, t)
    text = squash("\n".join(pdf_pages(programme_pdf.build(data, t, BuildHooks()))))
    assert squash(t("verified_title")) in text
    assert squash(t("verified_note", n=2)) in text
