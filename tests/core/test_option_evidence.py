"""The option library's evidence worked out by hand: quartiles, the few-cases rule, the pack's
document and its refusals."""

from __future__ import annotations

import pytest

from cpdesk.core.option_evidence import (
    MIN_COMPANIES,
    Evidence,
    GroupCounts,
    Spread,
    evidence_document,
    quartiles,
    read_evidence_document,
    summarise,
)


def test_quartiles_interpolate_between_the_ordered_figures() -> None:
    # 1, 2, 3, 4: positions (n-1)p = 0.75, 1.5, 2.25 -> 1 + 0.75 = 1.75, 2.5, 3 + 0.25 = 3.25
    assert quartiles([4, 1, 3, 2]) == Spread(1.75, 2.5, 3.25, 4)
    # 5 figures: positions 1, 2, 3 fall on figures themselves
    assert quartiles([10, 0, 40, 20, 30]) == Spread(10.0, 20.0, 30.0, 5)
    assert quartiles([7.5]) == Spread(7.5, 7.5, 7.5, 1)
    assert quartiles([]) is None
    with pytest.raises(ValueError, match="finite"):
        quartiles([1.0, float("nan")])


def test_a_group_of_fewer_than_three_companies_shows_nothing_but_few_cases() -> None:
    assert MIN_COMPANIES == 3
    few = summarise(GroupCounts("STM.TRAP.REPAIR", "textile", 9, 2, 5, 0), [1.0] * 9, [2.0] * 9, [0.5] * 9)
    assert few == Evidence("STM.TRAP.REPAIR", "textile", few_cases=True)
    assert few.cases is None and few.implementation_rate is None and few.investment_usd is None


def test_a_group_of_three_companies_gives_its_figures() -> None:
    counts = GroupCounts("STM.TRAP.REPAIR", None, cases=4, companies=3, implemented=3, without_rate=1)
    # 3 of the 4 cases in USD (the 4th in VND without a rate); paybacks of all 4
    e = summarise(counts, [1000, 3000, 2000], [4000, 2000, 1000], [0.25, 1.5, 2.0, 0.5])
    assert not e.few_cases
    assert (e.cases, e.companies, e.implemented, e.without_rate) == (4, 3, 3, 1)
    assert e.implementation_rate == pytest.approx(0.75)  # 3 of 4
    assert e.investment_usd == Spread(1500.0, 2000.0, 2500.0, 3)
    assert e.annual_savings_usd == Spread(1500.0, 2000.0, 3000.0, 3)
    # 0.25, 0.5, 1.5, 2.0: positions 0.75, 1.5, 2.25 -> 0.4375, 1.0, 1.625
    assert e.payback_years == Spread(0.4375, 1.0, 1.625, 4)


def test_the_document_names_no_company_and_reads_back() -> None:
    shown = summarise(GroupCounts("AIR.LEAK.REPAIR", "textile", 5, 4, 2, 0), [100, 200], [300, 400], [0.5])
    few = Evidence("AIR.LEAK.REPAIR", "food", few_cases=True)
    doc = evidence_document([shown, few], "2026-12-07")
    assert doc["groups"][1] == {"type": "AIR.LEAK.REPAIR", "sector": "food", "few_cases": True}
    assert set(doc["groups"][0]) == {
        "type", "sector", "cases", "companies", "implemented", "without_rate", "investment_usd",
        "annual_savings_usd", "payback_years", "monitored", "verified", "monitored_ratio",
        "baseline_share_pct",
    }  # fmt: skip
    back = read_evidence_document(doc)
    assert back == {("AIR.LEAK.REPAIR", "textile"): shown, ("AIR.LEAK.REPAIR", "food"): few}


def test_a_damaged_document_is_refused_naming_the_group_and_a_small_group_is_read_as_few() -> None:
    shown = summarise(GroupCounts("AIR.LEAK.REPAIR", None, 5, 4, 2, 0), [100, 200], [300, 400], [0.5])
    doc = evidence_document([shown], "2026-12-07")
    doc["groups"][0]["investment_usd"]["q1"] = 999.0  # above the median
    with pytest.raises(ValueError, match=r"groups\[0\]: quartiles out of order"):
        read_evidence_document(doc)
    doc = evidence_document([shown], "2026-12-07")
    doc["groups"][0]["companies"] = 2  # a centre's pack with a laxer rule: not shown here
    assert read_evidence_document(doc)[("AIR.LEAK.REPAIR", None)].few_cases
    with pytest.raises(ValueError, match="not an option_evidence document"):
        read_evidence_document({"groups": []})


def test_the_results_line_says_monitored_verified_and_the_share_of_use() -> None:
    from cpdesk.core.option_suggestions import results_message

    shown = dict(cases=5, companies=3, implemented=2, without_rate=0)
    e = Evidence("X.Y.Z", None, False, **shown, monitored=1, verified=0, baseline_share_pct=Spread(2.0, 4.0, 6.0, 3))
    said = results_message(e)
    assert said is not None
    assert said.text("en") == "1 monitored, 0 verified; saving 4.0 % of the plant's annual use (median of 3)"
    assert "tiết kiệm 4,0 % lượng sử dụng năm" in said.text("vi")
    assert results_message(Evidence("X.Y.Z", None, False, **shown)) is None  # a pack of before: not counted
    assert results_message(Evidence("X.Y.Z", None, True)) is None
