"""The lists' counts of tasks done: read for all the assessments at once, counted as the guide counts.

``guidance.task_counts`` runs the guide's quick checks on every assessment a list shows (the
command line's ``list assessments``, the programme and company pages). Read one assessment
after the other that took about 26 statements each; now the statements do not depend on
how many assessments are counted, and each count is still the one ``guidance.progress``
gives for the assessment alone: on the demo, and on generated assessments varied to trip
every kind of check (tasks marked done or not, no team leader, no focus, streams removed or
unmeasured, steam below its saturation temperature, waste without cost or cause, options
unscreened, needing study with and without notes, uncosted, without lifetime, monitored or
not, savings the factor set cannot count, another factor set and a deleted one).
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import event, select, update

from cpdesk.core.vocabulary import OptionStatus, ScreeningResult, TaskStatus, TeamRole
from cpdesk.services.assessment import assessments, check_inputs, companies, guidance, records
from cpdesk.store.models import (
    Assessment,
    Cause,
    FactorSet,
    FuelOverride,
    GridFactorRow,
    Measurement,
    Option,
    OptionSaving,
    ProcessStep,
    Stream,
    TaskProgress,
    TeamMember,
    WasteStream,
)
from tests.bench import centre_data


def generated(db: Any, count: int, seed: int = 3) -> list[uuid.UUID]:
    """``count`` assessments of the centre benchmark's kind, by id."""
    programme = centre_data.write_programme(db, f"P{seed}", "Programme", db.device_id)
    centre_data.fill(db, programme["id"], 0, count, random.Random(seed), None)
    with db.reading() as session:
        query = select(Assessment.id).where(Assessment.programme_id == programme["id"]).order_by(Assessment.title)
        return list(session.execute(query).scalars())


class Statements:
    """Counts the SQL statements sent on the database's engine while it is open."""

    def __init__(self, db: Any) -> None:
        self.engine = db.engine
        self.count = 0

    def _count(self, *_args: object) -> None:
        self.count += 1

    def __enter__(self) -> Statements:
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._count)


def statements_of(db: Any, call: Callable[[], object]) -> int:
    with Statements(db) as counted:
        call()
    return counted.count


def test_the_statements_do_not_grow_with_the_assessments(db) -> None:
    ids = generated(db, 50)
    guidance.task_counts(db, ids[:1])  # the first call opens the connection
    sent = {n: statements_of(db, lambda n=n: guidance.task_counts(db, ids[:n])) for n in (1, 10, 50)}
    # 18: the transaction's BEGIN; one per kind of record read (the assessments with their
    # companies, their programmes, tasks marked done, steps, streams with their readings
    # counted, option savings, options, team, tasks, waste streams, causes, option notes,
    # factor set ids, fuel overrides); the factor set in use, its fuels and its grid. Read
    # one assessment after the other it was 27, 261 and 1 301.
    assert sent[1] == sent[10] == sent[50], sent
    assert sent[50] < 30


def test_the_in_lists_are_cut_in_chunks(db, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids beyond the chunk go to a second IN list (SQLite's bound variables are limited):
    with chunks of 4, 10 assessments take three lists per kind of record, and count the same."""
    ids = generated(db, 10)
    whole = guidance.task_counts(db, ids)
    one = statements_of(db, lambda: guidance.task_counts(db, ids))
    monkeypatch.setattr(records, "IN_CHUNK", 4)
    assert guidance.task_counts(db, ids) == whole
    assert list(guidance.task_counts(db, list(reversed(ids)))) == list(reversed(ids))  # the order asked
    three = statements_of(db, lambda: guidance.task_counts(db, ids))
    assert one < three < 3 * one


def test_an_assessment_not_found_is_refused(db) -> None:
    ids = generated(db, 2)
    with db.sessions.begin() as session:
        session.execute(update(Assessment).where(Assessment.id == ids[1]).values(deleted_at=datetime.now(UTC)))
    with pytest.raises(assessments.lookup.NotFoundError):
        guidance.task_counts(db, ids)
    with pytest.raises(assessments.lookup.NotFoundError):
        guidance.task_counts(db, [uuid.uuid4()])
    assert guidance.task_counts(db, []) == {}
    prefix = str(ids[0])[:8]  # as the command line prints ids
    assert guidance.task_counts(db, [prefix]) == guidance.task_counts(db, [ids[0]])


# --------------------------------------------------------------------------- the same counts


def one_by_one(db: Any, ids: list[uuid.UUID], *, balances_too: bool) -> dict[uuid.UUID, Any]:
    return {i: guidance.progress(db, i, balances_too=balances_too, co2_too=True) for i in ids}


def assert_same(db: Any, ids: list[uuid.UUID], *, balances_too: bool) -> dict[uuid.UUID, Any]:
    counts = guidance.task_counts(db, ids)
    alone = one_by_one(db, ids, balances_too=balances_too)
    assert list(counts) == ids
    for i in ids:
        assert counts[i] == alone[i].count, i
    # The details read together are the ones read alone, readings included.
    together = assessments.show_assessments(db, ids)
    for i in ids:
        assert together[i] == assessments.show_assessment(db, i)
    read = check_inputs.for_assessments(db, ids)
    for i in ids:
        assert read[i].detail == dataclasses.replace(together[i], measurements=())
    return alone


def test_the_demo_counts_as_its_guide(demo_db) -> None:
    ids = [a.id for a in assessments.list_assessments(demo_db)]
    assert len(ids) > 5
    alone = assert_same(demo_db, ids, balances_too=True)  # the header's count, balances computed
    assert len({p.count for p in alone.values()}) > 2


@pytest.fixture
def varied(db: Any) -> Iterator[tuple[Any, list[uuid.UUID]]]:
    """12 generated assessments, each changed in its own ways, and one created empty."""
    ids = generated(db, 12, seed=7)
    gone = datetime.now(UTC)  # the deletion time of what is deleted

    def first(session: Any, query: Any) -> Any:
        return session.execute(query.limit(1)).scalar_one()

    with db.sessions.begin() as session:
        other = FactorSet(
            code="bare", name="A grid, no fuels", name_vi="Chỉ lưới điện", grid_country="VN", grid_year=2020
        )
        deleted = FactorSet(code="gone", name="Deleted", name_vi="Đã xoá", source="", grid_country="VN")
        session.add_all([other, deleted])
        session.flush()
        session.add(GridFactorRow(factor_set_id=other.id, country="VN", year=2020, t_co2_per_mwh=0.68, source=""))
        session.execute(update(FactorSet).where(FactorSet.id == deleted.id).values(deleted_at=datetime.now(UTC)))

        def options_of(i: int) -> Any:
            return update(Option).where(Option.assessment_id == ids[i])

        # 0: every task marked done; 1: none; 2: some in progress; the rest as generated (1-11).
        session.execute(update(TaskProgress).where(TaskProgress.assessment_id == ids[0]).values(status=TaskStatus.DONE))
        session.execute(
            update(TaskProgress).where(TaskProgress.assessment_id == ids[1]).values(status=TaskStatus.NOT_STARTED)
        )
        session.execute(
            update(TaskProgress)
            .where(TaskProgress.assessment_id == ids[2], TaskProgress.task_no > 6)
            .values(status=TaskStatus.IN_PROGRESS)
        )
        # 0: options screened, costed, monitored and noted; no CO2 problem (savings kept countable).
        session.execute(
            options_of(0).values(
                screening=ScreeningResult.NEEDS_STUDY, technical_notes="Measured", monitored_annual_savings=10.0
            )
        )
        session.execute(
            update(OptionSaving)
            .where(OptionSaving.option_id.in_(select(Option.id).where(Option.assessment_id == ids[0])))
            .values(carrier="electricity", unit="kWh")
        )
        # 3: no leader; 4: no team at all.
        session.execute(update(TeamMember).where(TeamMember.assessment_id == ids[3]).values(role=TeamRole.MEMBER))
        session.execute(update(TeamMember).where(TeamMember.assessment_id == ids[4]).values(deleted_at=gone))
        # 5: no focus, a step's streams gone, a stream's readings gone, steam below saturation.
        session.execute(update(ProcessStep).where(ProcessStep.assessment_id == ids[5]).values(is_focus=False))
        step = first(session, select(ProcessStep.id).where(ProcessStep.assessment_id == ids[5]))
        session.execute(update(Stream).where(Stream.source_step_id == step).values(deleted_at=gone))
        stream = first(session, select(Stream.id).where(Stream.assessment_id == ids[5], Stream.deleted_at.is_(None)))
        session.execute(update(Measurement).where(Measurement.stream_id == stream).values(deleted_at=gone))
        session.execute(
            update(Stream)
            .where(Stream.assessment_id == ids[5], Stream.carrier == "steam")
            .values(pressure_bar=10.0, temperature_c=100.0)
        )
        # 6: waste without cost, and a cause gone.
        waste = first(session, select(WasteStream.id).where(WasteStream.assessment_id == ids[6]))
        session.execute(
            update(WasteStream).where(WasteStream.id == waste).values(annual_quantity=0.0, treatment_cost_per_year=0.0)
        )
        session.execute(update(Cause).where(Cause.waste_stream_id == waste).values(deleted_at=gone))
        # 7: options needing study without notes, uncosted, without lifetime, no discount rate.
        session.execute(options_of(7).values(screening=ScreeningResult.NEEDS_STUDY, technical_notes=" "))
        session.execute(options_of(7).where(Option.code.in_(("O1", "O2"))).values(investment=0.0, annual_savings=0.0))
        session.execute(options_of(7).where(Option.code == "O3").values(lifetime_years=0.0))
        session.execute(update(Assessment).where(Assessment.id == ids[7]).values(discount_rate=0.0))
        # 8: no option chosen, one without cause; 9: no saving at all.
        session.execute(options_of(8).values(status=OptionStatus.PROPOSED))
        session.execute(options_of(8).where(Option.code == "O1").values(cause_id=None))
        session.execute(
            update(OptionSaving)
            .where(OptionSaving.option_id.in_(select(Option.id).where(Option.assessment_id == ids[9])))
            .values(deleted_at=gone)
        )
        # 10: a factor set without fuels; 11: a deleted factor set, and a measured NCV.
        session.execute(update(Assessment).where(Assessment.id == ids[10]).values(factor_set_id=other.id))
        session.execute(update(Assessment).where(Assessment.id == ids[11]).values(factor_set_id=deleted.id))
        session.add(FuelOverride(assessment_id=ids[2], fuel="lpg", density_t_per_m3=0.54))
    company = companies.create_company(db, name="Empty Co", sector="textile")
    empty = assessments.create_assessment(db, company_id=company.id, title="Nothing yet", exchange_rate=25_400.0)
    yield db, [*ids, empty.id]


def test_generated_assessments_count_as_their_guide(varied) -> None:
    db, ids = varied
    # The balances are left out: their checks only warn (test_task_counts shows the header's
    # count equal on the demo, balances computed), and reconciling 13 × 2 balances of 50
    # streams would take most of the test's time.
    alone = assert_same(db, ids, balances_too=False)
    counts = [p.count for p in alone.values()]
    assert len(set(counts)) >= 6
    codes = {f.code for p in alone.values() for t in p.tasks for f in t.findings}
    assert {
        "team_empty",
        "team_no_leader",
        "no_focus",
        "step_no_outputs",
        "streams_unmeasured",
        "waste_no_cost",
        "waste_no_cause",
        "option_no_cause",
        "option_unscreened",
        "option_no_technical_notes",
        "option_uncosted",
        "option_no_lifetime",
        "no_discount_rate",
        "none_selected",
        "option_unmonitored",
        "steps_too_few",
        "steam_below_saturation",
    } <= codes, codes
    assert any(c.startswith("option_co2_") for c in codes)
    # The CO2 problems differ with the factor set: none where it cannot be read, and more
    # where it holds nothing than where it is the default.
    gaps = {i: sum(f.code.startswith("option_co2_") for t in p.tasks for f in t.findings) for i, p in alone.items()}
    assert gaps[ids[11]] == 0 and gaps[ids[9]] == 0 and gaps[ids[0]] == 0
    assert gaps[ids[10]] > max(gaps[i] for i in ids[1:9])
