"""The roll-up added up by the database gives the figures of the roll-up of every option.

The reference is the computation the summary made before: every live option loaded with its
live savings, its money brought to USD one by one, and :func:`cpdesk.core.rollup.roll_up`
over those records. It is compared field by field (counts exactly, sums to 1e-9 relative:
the order of the additions differs) on the demo's programmes and selections, and on a
generated centre whose options are in every status and category, in USD and in VND at
several rates, with savings in many units, some of which the factor set cannot count.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from cpdesk.core import rollup
from cpdesk.core.errors import CpdeskError
from cpdesk.core.units import money_to_usd
from cpdesk.services.assessment import summary
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.store.models import Assessment, Company, Option, OptionSaving, Programme
from tests.bench import centre_data


def one_by_one(db: Any, ids: list[uuid.UUID], reported: float | None = None) -> rollup.RollUp:
    """The roll-up as it was computed before: an object per option, converted one by one."""
    with db.reading() as session:
        factors = factor_set_in(session, None)
        query = (
            select(Option, Assessment, Company)
            .join(Assessment, Option.assessment_id == Assessment.id)
            .join(Company, Assessment.company_id == Company.id)
            .where(Option.assessment_id.in_(ids), Option.deleted_at.is_(None))
            .options(selectinload(Option.savings.and_(OptionSaving.deleted_at.is_(None))))
        )
        records = [
            rollup.OptionRecord(
                status=option.status.value,
                category=option.category.value,
                sector=company.sector,
                investment_usd=money_to_usd(option.investment, assessment.currency, assessment.exchange_rate),
                annual_savings_usd=money_to_usd(option.annual_savings, assessment.currency, assessment.exchange_rate),
                savings=tuple(rollup.ResourceAmount(s.carrier.value, s.quantity, s.unit) for s in option.savings),
            )
            for option, assessment, company in session.execute(query)
        ]
        return rollup.roll_up(records, factors, reported_co2_t=reported)


def assert_same(new: Any, old: Any, where: str = "roll-up") -> None:
    """Equal field by field: numbers to 1e-9 relative, the gaps not counted as a multiset."""
    if dataclasses.is_dataclass(new) and not isinstance(new, type):
        assert type(new) is type(old), where
        for f in dataclasses.fields(new):
            a, b = getattr(new, f.name), getattr(old, f.name)
            if f.name == "not_counted":
                a, b = sorted(a, key=repr), sorted(b, key=repr)
            assert_same(a, b, f"{where}.{f.name}")
    elif isinstance(new, dict):
        assert list(new) == list(old), where
        for key in new:
            assert_same(new[key], old[key], f"{where}[{key!r}]")
    elif isinstance(new, list | tuple):
        assert len(new) == len(old), where
        for n, (a, b) in enumerate(zip(new, old, strict=True)):
            assert_same(a, b, f"{where}[{n}]")
    elif isinstance(new, float):
        assert new == pytest.approx(old, rel=1e-9, abs=1e-9), where
    else:
        assert new == old, where


def live_assessments(db: Any, programme_id: uuid.UUID | None = None) -> list[uuid.UUID]:
    with db.reading() as session:
        query = select(Assessment.id).where(Assessment.deleted_at.is_(None))
        if programme_id is not None:
            query = query.where(Assessment.programme_id == programme_id)
        return list(session.execute(query).scalars())


def test_demo_programmes_and_selection(demo_db) -> None:
    with demo_db.reading() as session:
        programmes = session.execute(select(Programme.id, Programme.code, Programme.reported_co2_t)).all()
    assert len(programmes) >= 4
    for programme_id, code, reported in programmes:
        new = summary.programme_summary(demo_db, code)
        assert_same(new, one_by_one(demo_db, live_assessments(demo_db, programme_id), reported), code)
    everything = live_assessments(demo_db)
    new = summary.selection_summary(demo_db, everything)
    assert new.totals.options_proposed > 50
    assert_same(new, one_by_one(demo_db, everything), "all")


@pytest.fixture
def centre(any_db: Any) -> tuple[Any, uuid.UUID]:
    """60 generated assessments in programme CENTRE, with a few deleted records among them."""
    programme = centre_data.write_programme(any_db, "CENTRE", "Centre", any_db.device_id)
    centre_data.fill(any_db, programme["id"], 0, 60, random.Random(5), None)
    with any_db.sessions.begin() as session:
        gone = session.execute(select(Assessment.id).limit(3)).scalars().all()
        session.execute(update(Assessment).where(Assessment.id == gone[0]).values(deleted_at=Assessment.created_at))
        option = session.execute(select(Option.id).where(Option.assessment_id == gone[1]).limit(1)).scalar_one()
        session.execute(update(Option).where(Option.id == option).values(deleted_at=Option.created_at))
        saving = session.execute(select(OptionSaving.id).limit(1)).scalar_one()
        session.execute(
            update(OptionSaving).where(OptionSaving.id == saving).values(deleted_at=OptionSaving.created_at)
        )
    return any_db, programme["id"]


def test_generated_centre_on_both_backends(centre) -> None:
    db, programme_id = centre
    live = live_assessments(db, programme_id)
    assert len(live) == 59  # one deleted
    new = summary.programme_summary(db, "CENTRE")
    old = one_by_one(db, live)
    assert_same(new, old, "CENTRE")
    t = new.totals
    # The generated data is varied enough to mean something: every status, both currencies,
    # savings the factor set cannot count, several sectors and every category.
    assert 0 < t.options_implemented < t.options_proposed == sum(x.options_proposed for x in new.by_sector.values())
    assert {"natural_gas"} <= {gap.fuel for gap in t.not_counted}
    assert len(new.by_sector) > 5 and len(new.by_category) == 8
    assert {"electricity", "water", "heat", "steam"} <= set(t.resource_savings)
    with db.reading() as session:
        currencies = set(session.execute(select(Assessment.currency, Assessment.exchange_rate)).all())
    assert ("USD", None) in currencies and len({rate for c, rate in currencies if c == "VND"}) > 2
    some = live[::7]
    assert_same(summary.selection_summary(db, some), one_by_one(db, some), "selection")


def test_a_rate_missing_names_an_option_of_that_assessment(centre) -> None:
    db, _programme_id = centre
    with db.sessions.begin() as session:
        target = session.execute(
            select(Assessment.id, Assessment.title).where(Assessment.currency == "VND", Assessment.deleted_at.is_(None))
        ).first()
        session.execute(update(Assessment).where(Assessment.id == target.id).values(exchange_rate=None))
    with pytest.raises(CpdeskError) as caught:
        summary.programme_summary(db, "CENTRE")
    message = str(caught.value)
    assert message.startswith("option O") and f" of {target.title}: " in message
    assert "positive exchange rate" in message
