"""A power factor correction in the assessment summary: its annual savings are the tariff's
charge it avoids, given in the feasibility section's table and line and worked out in annex C.

On the demo textile plant (its assessment counts in VND), an option given a capacitor bank for
400 kW from cos φ 0.80 to 0.95 on an active energy bill of 2 000 000 000 VND a year: by
Circular 15/2014/TT-BCT (the shipped factor set's rule) k(0.80) = 12.5 % and k(0.95) = 0,
so 2 × 10⁹ × 12.5 / 100 = 250 000 000 VND a year avoided.
"""

from __future__ import annotations

import io

import docx
import pytest

from cpdesk.core.calculators.stored import GivenInput
from cpdesk.report import assessment_pdf, word
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.services.assessment import assessments, calculations
from cpdesk.services.reports import assessment_report as reports
from tests.report.helpers import pdf_pages, squash

INPUTS = {
    "real_power": GivenInput(400.0, "kW"),
    "present_power_factor": GivenInput(0.80, "1"),
    "target_power_factor": GivenInput(0.95, "1"),
}


@pytest.fixture(scope="module")
def data(demo_db, textile_id):
    option = assessments.show_assessment(demo_db, textile_id).options[0]
    calc = calculations.preview(demo_db, option.id, "power_factor", INPUTS, bill=2_000_000_000.0)
    calculations.use_calculation(demo_db, option.id, calc)
    return reports.assessment_report_data(demo_db, textile_id), option.code


def test_the_charge_avoided_is_the_options_annual_savings_in_the_report(data) -> None:
    report, code = data
    info = next(info for info in report.calculations.values() if info.calculation.calculator == "power_factor")
    assert info.calculation.annual_savings == pytest.approx(250_000_000.0)
    option = next(o for o in report.detail.options if o.code == code)
    assert option.annual_savings == pytest.approx(250_000_000.0)
    pages = pdf_pages(assessment_pdf.build(report, I18n("en"), BuildHooks()))
    text = squash("\n".join(pages))
    assert squash("Power factor correction") in text
    line = next(squash(p) for p in pages if squash("Savings calculation: Power factor correction") in squash(p))
    assert squash("worth 250,000,000 VND a year; figures calculated") in line
    annex = squash("\n".join(pages[pages.index(next(p for p in pages if "Annex C" in p)) :]))
    assert (
        squash(
            "Power-factor charge avoided: active energy bill 2,000,000,000 VND a year × (12.50 % − 0.00 %)"
            " = 250,000,000 VND a year (rule: "
        )
        in annex
    )
    assert "15/2014/TT-BCT" in annex


def test_the_vietnamese_report_and_the_word_document_say_it_too(data) -> None:
    report, _ = data
    vi = squash("\n".join(pdf_pages(assessment_pdf.build(report, I18n("vi"), BuildHooks()))))
    assert squash("Tiền mua công suất phản kháng tránh được: tiền điện năng tác dụng 2.000.000.000 VND") in vi
    assert squash("= 250.000.000 VND mỗi năm") in vi
    document = docx.Document(io.BytesIO(word.assessment(report, I18n("en"), BuildHooks())))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Power-factor charge avoided: active energy bill 2,000,000,000 VND a year" in text
