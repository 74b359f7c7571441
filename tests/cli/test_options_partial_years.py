"""A 2.5-year option: `cpdesk options --json` and the assessment report print the same figures.

The option: investment 80 USD, savings 40 USD a year, lifetime 2.5 years, at 10 %. By hand
(tests/core/test_economics_partial_years.py works it out in full):
    NPV = -80 + 40/1.1 + 40/1.21 + 20/1.1^2.5 = -80 + 36.3636 + 33.0579 + 15.7597 = 5.1812 USD
    simple payback 80/40 = 2.0 years; discounted 2 + 0.5 x 10.5785/15.7597 = 2.3356 years
    IRR between 14.24 % and 14.25 %
and no note: the option pays back within its lifetime. When the lifetime was rounded to 2 years
the NPV was -10.58 and the report said "Discounted savings do not repay it within the lifetime"
beside a payback of 2.0, while the JSON still showed a lifetime of 2.5.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.services.assessment import assessments, companies, options
from cpdesk.store.database import Database
from tests.report.helpers import pdf_text, squash


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_options_json_and_report_agree_on_a_partial_year(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    company = companies.create_company(db, name="Dệt Phước Long", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="Partial year", currency="USD")
    options.add_option(
        db,
        a.id,
        code="P1",
        title="Condensate return",
        category="onsite_recovery",
        investment=80,
        annual_savings=40,
        lifetime_years=2.5,
        status="selected",
    )
    db.close()

    (item,) = json.loads(_run(capsys, "--db", str(db_path), "options", str(a.id), "--json"))
    assert item["option"]["lifetime_years"] == 2.5
    assert item["npv"] == pytest.approx(5.1812, abs=1e-4)
    assert item["simple_payback_years"] == 2.0
    assert item["discounted_payback_years"] == pytest.approx(2.3356, abs=1e-4)
    assert 0.1424 < item["irr"] < 0.1425
    assert item["notes"] == []
    assert item["npv_sensitivity"]["npv"][1][1] == item["npv"]

    target = tmp_path / "partial.pdf"
    _run(capsys, "--db", str(db_path), "report", "assessment", str(a.id), "-o", str(target), "--lang", "en")
    text = squash(pdf_text(target))
    # The option's block: the lifetime as typed and the figures of the JSON above, rounded.
    assert squash("lifetime 2.5 years; payback 2.0 years (discounted 2.3 years); NPV 5.18 USD; IRR 14.2 %") in text
    assert squash("do not repay") not in text
    assert squash("payback is longer than the") not in text
