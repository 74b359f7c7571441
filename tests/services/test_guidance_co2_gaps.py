"""An option whose CO2 cannot be computed is flagged by the guide (task 12) and on the filled
worksheets, with what the factor set lacks, as the options listing says it in co2_problem.

Before: natural gas saved in plain m³ (stored before entry refused it) showed its reason in
`cpdesk options` and in the report's note only; `cpdesk guide` and the worksheets said nothing.
"""

from __future__ import annotations

from typing import Any

from cpdesk.report import worksheets_pdf
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.report.model import WorksheetData
from cpdesk.services.assessment import appraisal, assessments, companies, guidance, options
from cpdesk.services.reports import assessment_report as reports
from cpdesk.store.database import Database
from cpdesk.store.models import OptionSaving
from tests.report.helpers import pdf_pages, squash


def _plant_with_gas_in_m3(db: Database) -> tuple[Any, Any, Any]:
    company = companies.create_company(db, name="Gốm sứ Minh Long", sector="ceramics")
    a = assessments.create_assessment(db, company_id=company.id, title="Lò nung", currency="USD")
    good = options.add_option(
        db, a.id, code="A1", title="Fix leaks", category="good_housekeeping", savings=[("lpg", 1000, "L")]
    )
    bad = options.add_option(
        db, a.id, code="A2", title="Gas kiln", category="technology_change", savings=[("electricity", 10, "MWh")]
    )
    with db.sessions.begin() as s:  # as an older cpdesk accepted it, before entry checked the unit
        s.add(OptionSaving(option_id=bad.id, carrier="natural_gas", quantity=500, unit="m3"))
    return a, good, bad


def test_the_guide_flags_an_option_whose_co2_cannot_be_computed(db: Database) -> None:
    a, good, bad = _plant_with_gas_in_m3(db)
    problem = next(x for x in appraisal.appraise_options(db, a.id) if x.option.id == bad.id).co2_problem
    assert problem.startswith("Natural gas in m³ is a volume at an unstated pressure and temperature")

    found = [f for f in guidance.findings(db, a.id) if f.code.startswith("option_co2_")]
    assert [(f.task_no, f.code, f.subject.id if f.subject else None) for f in found] == [
        (12, "option_co2_gas_conditions", str(bad.id))
    ]
    (flag,) = found
    assert flag.blocking  # task 12 is not done while an option's CO2 is missing
    assert flag.message("en") == (
        "Option A2 Gas kiln: its CO₂ is not computed, because Natural gas in m³ is a volume at an unstated "
        "pressure and temperature. Give it in Nm³ (0 °C) or Sm³ (15 °C)."
    )
    assert flag.message("vi").startswith(
        "Giải pháp A2 Gas kiln: không tính được CO₂ giảm được, vì Khí thiên nhiên tính theo m³ là thể tích"
    )
    assert flag in guidance.progress(db, a.id).task(12).findings


def test_the_worksheets_carry_the_flag_in_both_languages(db: Database) -> None:
    a, _, _ = _plant_with_gas_in_m3(db)
    report = reports.assessment_report_data(db, a.id)
    flags = [f for f in reports.worksheet_findings(db, report) if f.code == "option_co2_gas_conditions"]
    assert len(flags) == 1
    for lang in ("vi", "en"):
        data = WorksheetData(report, report.printed_on, reports.worksheet_findings(db, report))
        text = squash("\n".join(pdf_pages(worksheets_pdf.build(data, I18n(lang), BuildHooks()))))
        assert squash(flags[0].message(lang)) in text, lang
