"""A balance that cannot be computed says why in the language of the screen, the command line
or the report that shows it: the guided check (task 5) and the report's balance section keep
the refusal's message, not its English sentence."""

from __future__ import annotations

import pytest

from cpdesk.core.messages import Message, say
from cpdesk.services.assessment import assessments, companies, flow, guidance
from cpdesk.services.reports.assessment_report import assessment_report_data


@pytest.fixture
def no_hours(db):  # type: ignore[no-untyped-def]
    """Steam read per hour at a plant that states no operating hours a year."""
    company = companies.create_company(db, name="Dệt Phước Long", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH dệt", exchange_rate=25_400)
    step = flow.add_process_step(db, a.id, name="Nhuộm")
    steam = flow.add_stream(
        db, a.id, name="Hơi cấp", kind="energy", carrier="steam", pressure_bar=8, temperature_c=180,
        target_step_id=step.id,
    )  # fmt: skip
    flow.record_measurement(db, steam.id, value=1.5, unit="t/h", basis="per_hour")
    return a.id


def test_the_guided_check_says_why_in_both_languages(db, no_hours) -> None:
    found = guidance.findings(db, no_hours)
    [failed] = [f for f in found if f.code == "balance_failed" and f.params["balance"] == "energy"]
    assert isinstance(failed.params["reason"], Message)
    assert failed.message("vi") == (
        "Không tính được cân bằng năng lượng: số đo của Hơi cấp (1,5 t/h, theo giờ) cần số giờ vận hành mỗi năm "
        "của đánh giá"
    )
    assert failed.message("en").endswith(
        "cannot be computed: measurement of Hơi cấp (1.5 t/h per hour) needs the assessment's operating hours per year"
    )


def test_the_report_section_says_why_in_its_language(db, no_hours) -> None:
    energy = next(s for s in assessment_report_data(db, no_hours).balances if s.group == "energy")
    assert energy.report is None
    assert say(energy.error, "vi") == "số đo của Hơi cấp (1,5 t/h, theo giờ) cần số giờ vận hành mỗi năm của đánh giá"
    assert say(energy.error, "en").startswith("measurement of Hơi cấp (1.5 t/h per hour) needs")
