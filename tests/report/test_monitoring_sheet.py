"""The monitoring worksheet (sheet 10) prints a resource not monitored yet as the summary's
implementation table does: "Than antraxit: 164 t (chưa theo dõi)", never "164 → – t"."""

from __future__ import annotations

import pytest

from cpdesk.report import worksheets_pdf
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.report.model import WorksheetData
from cpdesk.services.reports import assessment_report
from tests.report.helpers import pdf_text, squash


@pytest.mark.parametrize(("lang", "not_monitored"), [("vi", "(chưa theo dõi)"), ("en", "(not monitored yet)")])
def test_unmonitored_resources_say_so(demo_db, textile_id, lang, not_monitored) -> None:
    data = assessment_report.assessment_report_data(demo_db, textile_id)
    # The demo's implemented options record their monitored money, not yet their resources.
    implemented = [o for o in data.detail.options if o.status.value == "implemented" and o.savings]
    assert implemented and all(s.monitored_quantity is None for o in implemented for s in o.savings)
    text = squash(pdf_text(worksheets_pdf.build(WorksheetData(data, data.printed_on), I18n(lang), BuildHooks())))
    assert "→–" not in text
    assert squash(not_monitored) in text
