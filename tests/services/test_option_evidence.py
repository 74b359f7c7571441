"""The option library's evidence from the database's options: counted per type and sector,
money in USD at each assessment's rate (none without one, counted), no figure from fewer than
three companies; the pack's document carries aggregates only, and an installation that
received one reads it instead of its own options."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from cpdesk.core.entities import Entity
from cpdesk.core.option_evidence import Spread
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Delete, Update
from cpdesk.services.reference import option_evidence
from cpdesk.services.uow import reading

TRAP = "STM.TRAP.REPAIR"


def _plant(db, name, sector, *, currency="VND", rate=20_000.0):
    company = catalogue.create_company(db, name=name, sector=sector)
    return assessments.create_assessment(
        db, company_id=company.id, title=f"SXSH {name}", currency=currency, exchange_rate=rate
    ).id


def _trap(db, assessment_id, investment, savings, *, status="proposed", extra=0.0):
    return options.add_option(
        db, assessment_id, title="Sửa bẫy hơi", category="good_housekeeping", type_code=TRAP,
        investment=investment, annual_savings=savings, annual_extra_costs=extra, status=status,
    )  # fmt: skip


@pytest.fixture
def library(db):
    """Four textile plants and two food plants with traps repaired, in VND and USD."""
    a = _plant(db, "Dệt A", "textile")  # 20 000 VND per USD
    b = _plant(db, "Dệt B", "textile", currency="USD", rate=None)
    c = _plant(db, "Dệt C", "textile", rate=25_000.0)
    d = _plant(db, "Dệt D", "textile")
    editing.apply(db, Update(Entity.ASSESSMENT, d, {"exchange_rate": None}))  # VND without a rate
    _trap(db, a, 20_000_000, 40_000_000, status="implemented")  # 1 000 USD, 2 000 USD/yr, 0.5 yr
    _trap(db, a, 60_000_000, 20_000_000, extra=5_000_000)  # 3 000 USD, 1 000 USD/yr, 60/15 = 4 yr
    _trap(db, b, 2_000, 2_000, status="implemented")  # 2 000 USD, 2 000 USD/yr, 1 yr
    _trap(db, c, 50_000_000, 100_000_000, status="implemented")  # 2 000 USD, 4 000 USD/yr, 0.5 yr
    _trap(db, d, 10_000_000, 10_000_000)  # no USD; 1 yr
    options.add_option(db, d, title="Không liên kết", category="good_housekeeping", investment=1, annual_savings=1)
    e = _plant(db, "Thực phẩm E", "food_processing", currency="USD", rate=None)
    f = _plant(db, "Thực phẩm F", "food_processing", currency="USD", rate=None)
    _trap(db, e, 500, 1_000)
    _trap(db, f, 700, 1_000, status="implemented")
    return {"a": a, "d": d, "e": e}


def test_a_types_cases_per_sector_and_over_every_sector(db, library) -> None:
    groups = option_evidence.library_evidence(db).groups
    textile = groups[(TRAP, "textile")]
    assert (textile.cases, textile.companies, textile.implemented, textile.without_rate) == (5, 4, 3, 1)
    assert textile.implementation_rate == pytest.approx(3 / 5)
    # USD of the 4 cases with a rate: investments 1000, 3000, 2000, 2000 -> 1000 2000 2000 3000;
    # positions 0.75, 1.5, 2.25 -> 1750, 2000, 2250
    assert textile.investment_usd == Spread(1750.0, 2000.0, 2250.0, 4)
    # savings 2000, 1000, 2000, 4000 -> 1000 2000 2000 4000 -> 1750, 2000, 2500
    assert textile.annual_savings_usd == Spread(1750.0, 2000.0, 2500.0, 4)
    # paybacks of all 5 (no rate needed): 0.5, 4, 1, 0.5, 1 -> 0.5 0.5 1 1 4 -> 0.5, 1, 1
    assert textile.payback_years == Spread(0.5, 1.0, 1.0, 5)
    assert groups[(TRAP, "food_processing")].few_cases  # two companies
    every = groups[(TRAP, None)]
    assert (every.cases, every.companies, every.implemented, every.without_rate) == (7, 6, 4, 1)
    assert every.investment_usd == quartiles_of(1000, 3000, 2000, 2000, 500, 700)
    assert option_evidence.library_evidence(db).source == option_evidence.FROM_DATABASE


def quartiles_of(*values: float) -> Spread:
    from cpdesk.core.option_evidence import quartiles

    spread = quartiles(values)
    assert spread is not None
    return spread


def test_one_sector_falls_back_on_every_sector_where_it_has_few_companies(db, library) -> None:
    food = option_evidence.library_evidence(db, type_codes=[TRAP, "AIR.LEAK.REPAIR"], sector="food_processing")
    assert set(food.groups) == {(TRAP, "food_processing"), (TRAP, None)}
    assert food.best(TRAP, "food_processing") == food.groups[(TRAP, None)]
    textile = option_evidence.library_evidence(db, type_codes=[TRAP], sector="textile")
    assert set(textile.groups) == {(TRAP, "textile")}  # enough companies: no need of the rest
    # read as one sector's rows or added up for every sector, the same figures
    assert textile.groups[(TRAP, "textile")] == option_evidence.library_evidence(db).groups[(TRAP, "textile")]
    assert textile.best(TRAP, "textile").companies == 4
    assert textile.best("AIR.LEAK.REPAIR", "textile") is None


def test_a_deleted_option_is_no_case(db, library) -> None:
    (first, *_) = [o for o in assessments.show_assessment(db, library["e"]).options]
    editing.apply(db, Delete(Entity.OPTION, first.id))
    assert option_evidence.library_evidence(db).groups[(TRAP, None)].cases == 6


def test_the_packs_document_names_no_company_and_a_field_reads_it(db, library, workspaces) -> None:
    with reading(db) as session:
        document = option_evidence.pack_document(session)
    body = document.decode("utf-8")
    for name in ("Dệt A", "Dệt B", "Thực phẩm E"):
        assert name not in body
    doc = json.loads(body)
    assert {(g["type"], g["sector"]) for g in doc["groups"]} == {
        (TRAP, None), (TRAP, "textile"), (TRAP, "food_processing"),
    }  # fmt: skip
    assert next(g for g in doc["groups"] if g["sector"] == "food_processing") == {
        "type": TRAP, "sector": "food_processing", "few_cases": True,
    }  # fmt: skip

    field = workspaces("field")
    _trap(field, _plant(field, "Dệt G", "textile", currency="USD", rate=None), 99_999, 1)  # its own: not read
    with field.sessions.begin() as session:
        session.execute(
            text("INSERT INTO sync_reference_document (name, content, sha256, received_at) VALUES (:n, :c, '-', :t)"),
            {"n": "option_evidence", "c": body, "t": "2026-12-07 08:00:00.000000"},
        )
    received = option_evidence.library_evidence(field)
    assert received.source == option_evidence.FROM_PACK
    assert received.groups[(TRAP, "textile")] == option_evidence.library_evidence(db).groups[(TRAP, "textile")]


def test_a_damaged_evidence_from_the_pack_is_named(db) -> None:
    from cpdesk.core.errors import CpdeskError

    with db.sessions.begin() as session:
        session.execute(
            text("INSERT INTO sync_reference_document (name, content, sha256, received_at) VALUES (:n, :c, '-', :t)"),
            {"n": "option_evidence", "c": '{"kind": "option_evidence", "groups": [{"type": 1}]}', "t": "2026-12-07"},
        )
    with pytest.raises(CpdeskError) as caught:
        option_evidence.library_evidence(db)
    assert caught.value.message is not None and caught.value.message.code == "library.evidence_unreadable"
    assert "groups[0]" in str(caught.value)


def test_one_sectors_read_agrees_with_the_sum_over_every_sector_on_both_databases(any_db) -> None:
    for name, usd in (("Dệt X", 100.0), ("Dệt Y", 300.0), ("Dệt Z", 200.0)):
        _trap(any_db, _plant(any_db, name, "textile", currency="USD", rate=None), usd, 2 * usd, status="implemented")
    _trap(any_db, _plant(any_db, "Giấy", "paper", currency="USD", rate=None), 50.0, 10.0)
    one = option_evidence.library_evidence(any_db, type_codes=[TRAP, "AIR.LEAK.REPAIR"], sector="paper")
    assert one.groups[(TRAP, "paper")].few_cases  # one company: over every sector instead
    assert one.best(TRAP, "paper") == option_evidence.library_evidence(any_db).groups[(TRAP, None)]
    textile = option_evidence.library_evidence(any_db, type_codes=[TRAP], sector="textile").groups
    assert textile[(TRAP, "textile")] == option_evidence.library_evidence(any_db).groups[(TRAP, "textile")]
    assert textile[(TRAP, "textile")].investment_usd == Spread(150.0, 200.0, 250.0, 3)


def test_monitored_and_verified_cases_and_how_far_monitored_falls_from_the_estimate(db, library) -> None:
    from sqlalchemy import update

    from cpdesk.store.models import OptionSaving

    done = [o for o in assessments.show_assessment(db, library["a"]).options if o.status == "implemented"][0]
    editing.apply(db, Update(Entity.OPTION, done.id, {"monitored_annual_savings": 30_000_000}))  # of 40 M: 0.75
    b = next(a.id for a in assessments.list_assessments(db) if a.title == "SXSH Dệt B")
    (b_trap,) = assessments.show_assessment(db, b).options
    editing.apply(db, Update(Entity.OPTION, b_trap.id, {"monitored_annual_savings": 2_500}))  # of 2 000: 1.25
    e_trap = options.add_option(
        db, library["e"], title="Sửa bẫy hơi", category="good_housekeeping", type_code=TRAP, investment=1,
        annual_savings=0, status="implemented", monitored_annual_savings=10, savings=[("steam", 5.0, "t")],
    )  # fmt: skip  # monitored, but no estimate: no ratio
    with db.sessions.begin() as session:
        session.execute(update(OptionSaving).where(OptionSaving.option_id == e_trap.id).values(verified_quantity=4.5))
    groups = option_evidence.library_evidence(db).groups
    textile = groups[(TRAP, "textile")]
    assert (textile.monitored, textile.verified) == (2, 0)
    # ratios 0.75 and 1.25: q1 0.875, median 1.0, q3 1.125
    assert textile.monitored_ratio == Spread(0.875, 1.0, 1.125, 2)
    every = groups[(TRAP, None)]
    assert (every.monitored, every.verified) == (3, 1)
    assert every.monitored_ratio == Spread(0.875, 1.0, 1.125, 2)
    assert groups[(TRAP, "food_processing")].monitored is None  # few cases: not even the counts
    with reading(db) as session:
        doc = json.loads(option_evidence.pack_document(session))
    textile_doc = next(g for g in doc["groups"] if g["sector"] == "textile")
    assert (textile_doc["monitored"], textile_doc["verified"]) == (2, 0)
    assert textile_doc["monitored_ratio"] == {"q1": 0.875, "median": 1.0, "q3": 1.125, "count": 2}
    from cpdesk.core.option_evidence import read_evidence_document

    assert read_evidence_document(doc)[(TRAP, "textile")] == textile
    del textile_doc["monitored"], textile_doc["verified"], textile_doc["monitored_ratio"]  # a pack of before
    older = read_evidence_document(doc)[(TRAP, "textile")]
    assert (older.monitored, older.verified, older.monitored_ratio) == (None, None, None)


def test_a_saving_as_a_share_of_the_plants_annual_use_of_its_carrier(db) -> None:
    from datetime import date

    from cpdesk.services.assessment import periods

    def months(assessment_id, first: date, count: int, tonnes: float) -> None:
        for n in range(count):
            y, m = divmod(first.month - 1 + n, 12)
            start = date(first.year + y, m + 1, 1)
            end = date.fromordinal(date(start.year + start.month // 12, start.month % 12 + 1, 1).toordinal() - 1)
            periods.add_period(
                db, assessment_id, variable="steam", period_start=start, period_end=end, value=tonnes, unit="t"
            )

    plants = [_plant(db, f"Giấy {n}", "paper", currency="USD", rate=None) for n in range(3)]
    for p in plants:
        options.add_option(
            db, p, title="Sửa bẫy hơi", category="good_housekeeping", type_code=TRAP, investment=100,
            annual_savings=200, status="implemented", implemented_on=date(2025, 7, 1), savings=[("steam", 60.0, "t")],
        )  # fmt: skip
    # the first plant: 2024's 12 months of 100 t (1 200 t), all before: 60 t is 5 %
    months(plants[0], date(2024, 1, 1), 12, 100.0)
    # the second: July 2024 to June 2025 at 50 t (600 t) before the option, then 45 t: 10 %
    months(plants[1], date(2024, 7, 1), 12, 50.0)
    months(plants[1], date(2025, 7, 1), 6, 45.0)
    # the third: three months only, no annual use
    months(plants[2], date(2025, 1, 1), 3, 100.0)
    paper = option_evidence.library_evidence(db).groups[(TRAP, "paper")]
    assert paper.baseline_share_pct == Spread(6.25, 7.5, 8.75, 2)
    one = option_evidence.library_evidence(db, type_codes=[TRAP], sector="paper").groups[(TRAP, "paper")]
    assert one == paper  # one sector's read gives the same
    with reading(db) as session:
        doc = json.loads(option_evidence.pack_document(session))
    paper_doc = next(g for g in doc["groups"] if g["sector"] == "paper")
    assert paper_doc["baseline_share_pct"] == {"q1": 6.25, "median": 7.5, "q3": 8.75, "count": 2}
