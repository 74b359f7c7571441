"""The navigator's branches, read a level at a time, and its search in SQL on both backends:
accents and case ignored as the screens' filter ignores them, every word required, a deleted
record never found, a company without an assessment in its own group."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update

from cpdesk.core.folding import FOLDED_LETTERS, fold
from cpdesk.services.assessment import assessments, navigation
from cpdesk.services.assessment import companies as catalogue
from cpdesk.store.models import Assessment


def _centre(db: Any) -> dict[str, Any]:
    programme = catalogue.create_programme(db, code="CP-EE", name="Energy efficiency", name_vi="Tiết kiệm năng lượng")
    dyeing = catalogue.create_company(db, name="Dệt nhuộm Phú An", sector="textile")
    paper = catalogue.create_company(db, name="Giấy Hoà Bình", sector="paper")
    lonely = catalogue.create_company(db, name="Đường Lam Sơn", sector="food_processing")
    first = assessments.create_assessment(
        db, company_id=dyeing.id, programme_code="CP-EE", title="Đánh giá SXSH nhuộm 2024", exchange_rate=25_000
    )
    second = assessments.create_assessment(
        db, company_id=dyeing.id, programme_code="CP-EE", title="Tái đánh giá", exchange_rate=25_000
    )
    outside = assessments.create_assessment(db, company_id=paper.id, title="Giấy: nước thải", exchange_rate=25_000)
    return {
        "programme": programme.id,
        "dyeing": dyeing.id,
        "paper": paper.id,
        "lonely": lonely.id,
        "first": first.id,
        "second": second.id,
        "outside": outside.id,
    }


def test_each_level_is_read_when_asked(any_db: Any) -> None:
    ids = _centre(any_db)
    top = navigation.top(any_db)
    assert [(p.code, p.companies) for p in top.programmes] == [("CP-EE", 1)]
    assert (top.outside, top.without_assessment) == (1, 1)
    [dyeing] = navigation.companies(any_db, ids["programme"])
    assert (dyeing.id, dyeing.name, dyeing.assessments) == (ids["dyeing"], "Dệt nhuộm Phú An", 2)
    assert [c.id for c in navigation.companies(any_db, None)] == [ids["paper"]]
    assert [c.id for c in navigation.companies_without_assessment(any_db)] == [ids["lonely"]]
    titles = {a.title for a in navigation.assessments(any_db, ids["programme"], ids["dyeing"])}
    assert titles == {"Đánh giá SXSH nhuộm 2024", "Tái đánh giá"}
    assert navigation.assessments(any_db, None, ids["dyeing"]) == []
    leaf = navigation.place(any_db, ids["outside"])
    assert leaf is not None and (leaf.programme_id, leaf.company_id) == (None, ids["paper"])
    assert navigation.company_branch(any_db, ids["dyeing"]) == (True, ids["programme"])
    assert navigation.company_branch(any_db, ids["lonely"]) == (False, None)


def test_search_ignores_accents_and_case_and_needs_every_word(any_db: Any) -> None:
    ids = _centre(any_db)
    found = navigation.search(any_db, "DANH GIA nhuom")
    assert [a.id for a in found.assessments] == [ids["first"]]
    assert found.assessments[0].programme_id == ids["programme"]
    assert [(p, c.id) for p, c in navigation.search(any_db, "det phu an").companies] == [
        (ids["programme"], ids["dyeing"])
    ]
    assert [c.id for c in navigation.search(any_db, "duong lam").without_assessment] == [ids["lonely"]]
    assert navigation.search(any_db, "hoa binh").companies[0][0] is None  # outside any programme
    assert navigation.search(any_db, "tiet kiem").programmes == [ids["programme"]]
    assert navigation.search(any_db, "cp-ee").programmes == [ids["programme"]]
    nothing = navigation.search(any_db, "nhuom giay")
    assert (nothing.assessments, nothing.companies, nothing.programmes) == ([], [], [])
    assert navigation.search(any_db, "100%_").assessments == []  # LIKE's wildcards are letters


def test_search_limits_the_assessments_and_says_so(any_db: Any) -> None:
    ids = _centre(any_db)
    found = navigation.search(any_db, "danh gia", limit=1)
    assert len(found.assessments) == 1 and found.more
    assert ids["first"] in {a.id for a in navigation.search(any_db, "danh gia").assessments}
    assert not navigation.search(any_db, "danh gia").more


def test_a_deleted_assessment_is_not_found(any_db: Any) -> None:
    ids = _centre(any_db)
    with any_db.sessions.begin() as session:
        session.execute(update(Assessment).where(Assessment.id == ids["first"]).values(deleted_at=datetime.now(UTC)))
    assert navigation.search(any_db, "nhuom 2024").assessments == []
    assert navigation.place(any_db, ids["first"]) is None


def test_the_databases_folding_is_the_screens() -> None:
    letters, plain = FOLDED_LETTERS
    assert len(letters) == len(plain)
    for letter, folded in zip(letters, plain, strict=True):
        assert fold(letter) == folded
    assert "".join(dict(zip(letters, plain, strict=True)).get(c, c) for c in "ĐẶNG Ướt").lower() == "dang uot"
