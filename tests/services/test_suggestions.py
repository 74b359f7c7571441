"""Task 8's suggestions for one plant: its sector, its flow chart and its waste costs choose the
types, those proposed are left out, each comes with its evidence; one is added as an option
with the evidence's medians as a starting estimate said so."""

from __future__ import annotations

import pytest

from cpdesk.core.errors import ValidationError
from cpdesk.core.option_suggestions import Reason
from cpdesk.services.assessment import assessments, flow, options, suggestions
from cpdesk.services.assessment import companies as catalogue

TITLE_VI = "Giặt xả ngược chiều"  # DYE.RINSE.COUNTER in the shipped library


def _usd_case(db, company: str, type_code: str, investment: float, savings: float) -> None:
    c = catalogue.create_company(db, name=company, sector="textile")
    a = assessments.create_assessment(db, company_id=c.id, title="SXSH", currency="USD")
    options.add_option(
        db, a.id, title=type_code, category="onsite_recovery", type_code=type_code, investment=investment,
        annual_savings=savings, status="implemented",
    )  # fmt: skip


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Nam Định", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH 2026", exchange_rate=20_000)
    dyeing = flow.add_process_step(db, a.id, name="Nhuộm jet", is_focus=True)
    flow.add_process_step(db, a.id, name="Máy nén khí")
    effluent = flow.add_stream(db, a.id, name="Nước thải nhuộm", kind="waste", carrier="wastewater",
                               source_step_id=dyeing.id)  # fmt: skip
    options.add_waste_stream(
        db, a.id, name="Nước thải", annual_quantity=10_000, unit="m³", loss_value_per_unit=15_000,
        stream_id=effluent.id,
    )  # fmt: skip
    options.add_option(db, a.id, title="Giảm tỷ lệ dung dịch", category="equipment_modification",
                       type_code="DYE.RATIO.REDUCE")  # fmt: skip
    for name, usd in (("Dệt 1", 1_000.0), ("Dệt 2", 3_000.0), ("Dệt 3", 2_000.0)):
        _usd_case(db, name, "DYE.RINSE.COUNTER", usd, 2 * usd)
    return a.id


def test_the_plants_types_come_first_with_their_reasons_and_evidence(db, plant) -> None:
    found = suggestions.suggest(db, plant, limit=40)
    codes = [s.type.code for s in found.items]
    assert "DYE.RATIO.REDUCE" not in codes  # proposed already
    assert not any(c.startswith(("PLP.", "BRW.", "KLN.")) for c in codes)  # other sectors' processes
    assert codes[0] == "DYE.RINSE.COUNTER"  # the dyeing types lead; its evidence breaks the tie
    rinse = found.items[0]
    # sector 3 + step 3 + focus 1 + waste 4 × 1.0 (all the waste cost is water's family)
    # + evidence 1 + 1.0 implemented
    assert rinse.score == pytest.approx(13.0)
    assert rinse.reasons == (
        Reason("sector", "textile"),
        Reason("step", "Nhuộm jet"),
        Reason("waste_cost", "water", 1.0),
    )
    assert rinse.evidence is not None
    assert (rinse.evidence.cases, rinse.evidence.companies, rinse.evidence.sector) == (3, 3, "textile")
    air = next(s for s in found.items if s.type.code == "AIR.LEAK.REPAIR")
    assert air.reasons == (Reason("step", "Máy nén khí"),)  # a utility, by the compressor step
    assert air.evidence is None
    assert (found.sector, found.evidence_source) == ("textile", "database")
    assert len(suggestions.suggest(db, plant).items) == suggestions.DEFAULT_LIMIT


def test_a_suggestion_is_added_with_its_medians_as_a_starting_estimate(db, plant) -> None:
    row = suggestions.add_suggested_option(db, plant, "dye.rinse.counter", lang="vi")
    assert row.type_code == "DYE.RINSE.COUNTER"
    assert row.title == TITLE_VI
    # medians 2 000 USD and 4 000 USD/yr at 20 000 VND per USD
    assert (row.investment, row.annual_savings) == (40_000_000, 80_000_000)
    assert row.code == "O2"
    texts = {t.option_id: t for t in _texts(db, plant)}
    assert texts[row.id].technical_notes.startswith("Ước tính ban đầu từ thư viện giải pháp")
    assert "3 trường hợp ở 3 doanh nghiệp ngành Dệt" in texts[row.id].technical_notes
    again = [s.type.code for s in suggestions.suggest(db, plant, limit=40).items]
    assert "DYE.RINSE.COUNTER" not in again


def test_without_evidence_the_figures_stay_zero_and_say_why(db, plant) -> None:
    row = suggestions.add_suggested_option(db, plant, "AIR.LEAK.REPAIR", lang="en")
    assert (row.investment, row.annual_savings, row.title) == (0, 0, "Fix compressed-air leaks")
    note = {t.option_id: t for t in _texts(db, plant)}[row.id].technical_notes
    assert note.startswith("The option library has no typical figures for this type yet")
    with pytest.raises(ValidationError) as caught:
        suggestions.add_suggested_option(db, plant, "AIR.LEAK.PAINT", lang="en")
    assert caught.value.why is not None and caught.value.why.code == "option.unknown_type"


def _texts(db, assessment_id):
    from cpdesk.services.assessment import records

    return records.option_texts(db, assessment_id).values()
