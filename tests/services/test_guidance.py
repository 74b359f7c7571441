"""The trainee's checks: each one on an assessment that has the problem and one that lacks it.

The fixture is a small dyehouse assessment built through the services with nothing missing:
a team with a leader, two steps (one the audit focus) joined by water streams whose readings
balance exactly, a costed waste stream with its cause, and one implemented, monitored option.
Each test then puts one problem in and looks for its finding (and only then).
"""

from __future__ import annotations

import dataclasses
import string
from types import SimpleNamespace

import pytest

from cpdesk.core import guidance as core
from cpdesk.core import labels
from cpdesk.core.errors import ValidationError
from cpdesk.core.guidance import Finding, Severity, Subject
from cpdesk.core.vocabulary import TaskStatus
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, flow, guidance, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Delete, Update


def build(db, *, status: str = "implemented", monitored: float | None = 4_000_000.0, factor_set: bool = True):
    """A complete little assessment; returns its ids."""
    company = catalogue.create_company(db, name="Dệt Phước Long", sector="textile")
    a = assessments.create_assessment(
        db, company_id=company.id, title="Đánh giá SXSH nhà nhuộm", exchange_rate=25_000, operating_hours_per_year=6000
    )
    leader = assessments.add_team_member(db, a.id, name="Trần Văn An", role="leader")
    dyeing = flow.add_process_step(db, a.id, name="Nhuộm", is_focus=True)
    washing = flow.add_process_step(db, a.id, name="Giặt")
    water = flow.add_stream(db, a.id, name="Nước cấp", kind="water", carrier="water", target_step_id=dyeing.id)
    rinse = flow.add_stream(
        db,
        a.id,
        name="Nước sang giặt",
        kind="water",
        carrier="water",
        source_step_id=dyeing.id,
        target_step_id=washing.id,
    )
    drain = flow.add_stream(
        db, a.id, name="Nước thải giặt", kind="waste", carrier="wastewater", source_step_id=washing.id
    )
    readings = {
        s.id: flow.record_measurement(db, s.id, value=10.0, unit="m3/h", basis="per_hour").id
        for s in (water, rinse, drain)
    }
    waste = options.add_waste_stream(
        db, a.id, name="Nước thải", annual_quantity=60_000, unit="m3", loss_value_per_unit=5000, stream_id=drain.id
    )
    cause = options.add_cause(db, waste.id, category="housekeeping", description="Vòi nước để chảy khi nghỉ")
    option = options.add_option(
        db,
        a.id,
        code="G1",
        title="Khoá vòi khi nghỉ",
        category="good_housekeeping",
        cause_id=cause,
        waste_stream_id=waste.id,
        screening="implement_directly",
        investment=1_000_000,
        annual_savings=5_000_000,
        status=status,
        monitored_annual_savings=monitored,
        savings=[("water", 1000, "m3")],
    )
    if not factor_set:
        assert assessments.show_assessment(db, a.id).factor_set is None
    return SimpleNamespace(
        a=a.id,
        leader=leader.id,
        dyeing=dyeing.id,
        washing=washing.id,
        streams={"water": water.id, "rinse": rinse.id, "drain": drain.id},
        readings=readings,
        waste=waste.id,
        cause=cause,
        option=option.id,
    )


@pytest.fixture
def plant(db):
    return build(db)


def codes(db, key) -> set[tuple[int, str]]:
    return {(f.task_no, f.code) for f in guidance.findings(db, key)}


def found(db, key, code: str) -> list:
    return [f for f in guidance.findings(db, key) if f.code == code]


def test_the_complete_assessment_has_no_finding(db, plant) -> None:
    assert guidance.findings(db, plant.a) == []


def test_team_checks(db, plant) -> None:
    editing.apply(db, Update("team_member", plant.leader, {"role": "member"}))
    assert codes(db, plant.a) == {(1, "team_no_leader")}
    editing.apply(db, Delete("team_member", plant.leader))
    assert codes(db, plant.a) == {(1, "team_empty")}


def test_process_step_list_and_focus(db, plant) -> None:
    editing.apply(db, Update("process_step", plant.dyeing, {"is_focus": False}))
    assert codes(db, plant.a) == {(3, "no_focus")}
    editing.apply(db, Update("process_step", plant.dyeing, {"is_focus": True}))
    for stream in plant.streams.values():
        editing.apply(db, Delete("stream", stream))
    editing.apply(db, Delete("process_step", plant.washing))
    (few,) = found(db, plant.a, "steps_too_few")
    assert few.task_no == 2
    assert few.params["count"] == 1
    assert (4, "no_streams") in codes(db, plant.a)


def test_steps_without_inputs_or_outputs(db, plant) -> None:
    key = plant.a
    idle = flow.add_process_step(db, key, name="Kho hoá chất")
    source = flow.add_process_step(db, key, name="Giếng")
    sink = flow.add_process_step(db, key, name="Bể chứa")
    well = flow.add_stream(db, key, name="Nước giếng", kind="water", carrier="water", source_step_id=source.id)
    tank = flow.add_stream(db, key, name="Nước vào bể", kind="water", carrier="water", target_step_id=sink.id)
    for s in (well, tank):
        flow.record_measurement(db, s.id, value=1.0, unit="m3/h", basis="per_hour")
    by_step = {f.subject.name: f.code for f in guidance.findings(db, key) if f.task_no == 4}
    assert by_step == {"Kho hoá chất": "step_unconnected", "Giếng": "step_no_inputs", "Bể chứa": "step_no_outputs"}
    (f,) = [f for f in guidance.findings(db, key) if f.subject and f.subject.name == "Giếng"]
    assert f.subject.entity == "process_step"
    assert f.subject.id == str(source.id)
    assert f.message("vi") == "Công đoạn Giếng không có dòng vào."
    assert f.message("en") == "Process step Giếng has no inputs."
    assert idle.id  # no stream, no finding of task 5 for it


def test_unmeasured_streams(db, plant) -> None:
    steam = flow.add_stream(db, plant.a, name="Hơi", kind="energy", carrier="steam", target_step_id=plant.dyeing)
    (f,) = found(db, plant.a, "streams_unmeasured")
    assert f.task_no == 5
    assert f.blocking
    assert f.params["count"] == 1
    assert f.params["total"] == 4
    assert f.subject.id == str(steam.id)
    assert f.message("en") == "1 of 4 streams have no reading."
    assert f.message("vi") == "1 trên 4 dòng chưa có số đo."


def test_balance_closure_against_the_tolerance(db, plant) -> None:
    # Washing: 10 m³/h in, 8 m³/h out: (10 − 8) / 10 = 20 % of its input unaccounted; the
    # plant: 10 in, 8 out, 20 % as well. Dyeing still closes (10 in, 10 out).
    editing.apply(db, Update("measurement", plant.readings[plant.streams["drain"]], {"value": 8.0}))
    closures = found(db, plant.a, "balance_not_closed")
    assert {(f.subject.name if f.subject else None) for f in closures} == {"Giặt", None}
    for f in closures:
        assert f.severity == Severity.SUSPICIOUS
        assert not f.blocking
        assert f.params["closure"] == pytest.approx(20.0)
        assert f.params["tolerance"] == 10.0
    washing = next(f for f in closures if f.subject)
    assert washing.message("vi") == (
        "Cân bằng nước của Giặt chênh lệch 20,0 % lượng vào (ngưỡng 10,0 %), dù kiểm định chi bình phương "
        "đạt hay không: thiếu một dòng ra hoặc có số đo sai."
    )
    plant_wide = next(f for f in closures if not f.subject)
    assert plant_wide.message("en").startswith("The water balance of the plant leaves 20.0 %")
    guidance.set_closure_tolerance(db, "water", 25)
    assert guidance.closure_tolerance(db, "water") == 25.0
    assert found(db, plant.a, "balance_not_closed") == []
    guidance.set_closure_tolerance(db, "water", 19.5)
    assert len(found(db, plant.a, "balance_not_closed")) == 2


def test_tolerance_is_checked(db) -> None:
    with pytest.raises(ValidationError):
        guidance.set_closure_tolerance(db, "water", -1)
    with pytest.raises(ValidationError):
        guidance.set_closure_tolerance(db, "steam", 5)
    assert guidance.closure_tolerance(db, "energy") == 10.0


def test_flagged_reading(db, plant) -> None:
    # Three readings of what must be the same flow, two of them 10 m³/h and one 14 m³/h
    # at 3 %: the reconciliation's tests fail and name a reading of the chain.
    assert found(db, plant.a, "reading_flagged") == []
    editing.apply(db, Update("measurement", plant.readings[plant.streams["drain"]], {"value": 14.0}))
    flagged = found(db, plant.a, "reading_flagged")
    assert flagged
    assert all(f.task_no == 5 and f.severity == Severity.SUSPICIOUS for f in flagged)
    assert {f.subject.id for f in flagged} <= {str(s) for s in plant.streams.values()}
    assert all(f.params["balance"] == "water" for f in flagged)
    name = flagged[0].subject.name
    assert flagged[0].message("vi") == f"Số đo của dòng {name} bị đánh dấu nghi sai khi hiệu chỉnh cân bằng nước."


def test_waste_stream_cost_and_cause(db, plant) -> None:
    bare = options.add_waste_stream(db, plant.a, name="Vải vụn")
    assert codes(db, plant.a) == {(6, "waste_no_cost"), (7, "waste_no_cause")}
    assert {f.subject.id for f in guidance.findings(db, plant.a)} == {str(bare.id)}
    options.add_cause(db, bare.id, category="equipment", description="Dao cắt mòn")
    editing.apply(db, Update("waste_stream", bare.id, {"treatment_cost_per_year": 2_000_000}))
    assert guidance.findings(db, plant.a) == []
    editing.apply(db, Delete("waste_stream", plant.waste))
    editing.apply(db, Delete("waste_stream", bare.id))
    assert (6, "no_waste_streams") in codes(db, plant.a)


def test_option_cause_screening_and_notes(db, plant) -> None:
    extra = options.add_option(
        db, plant.a, title="Thu hồi nước ngưng", category="onsite_recovery", screening="needs_study", investment=5e6
    )
    got = {(f.code, f.subject.id) for f in guidance.findings(db, plant.a)}
    assert got == {
        ("option_no_cause", str(extra.id)),
        ("option_no_technical_notes", str(extra.id)),
        ("option_no_resource_savings", str(extra.id)),
    }
    editing.apply(db, Update("option", extra.id, {"technical_notes": "Cần bồn chứa 5 m³", "screening": None}))
    assert ("option_unscreened", str(extra.id)) in {(f.code, f.subject.id) for f in guidance.findings(db, plant.a)}
    assert ("option_no_technical_notes", str(extra.id)) not in {
        (f.code, f.subject.id) for f in guidance.findings(db, plant.a)
    }


def test_option_without_a_category(db, plant) -> None:
    # The store requires a category; a row from elsewhere (an older bundle) may lack it.
    detail = assessments.show_assessment(db, plant.a)
    option = dataclasses.replace(detail.options[0], category=None)
    got = guidance.examine(dataclasses.replace(detail, options=(option,)), {plant.waste}, {})
    assert [f.code for f in got] == ["option_no_category"]
    assert guidance.examine(detail, {plant.waste}, {}) == []


def test_feasibility_needs_money_lifetime_and_discount_rate(db, plant) -> None:
    editing.apply(db, Update("option", plant.option, {"investment": 0, "annual_savings": 0}))
    assert codes(db, plant.a) == {(11, "option_uncosted")}
    editing.apply(db, Update("option", plant.option, {"annual_savings": 5e6}))
    editing.apply(db, Update("assessment", plant.a, {"discount_rate": 0}))
    assert codes(db, plant.a) == {(11, "no_discount_rate")}
    editing.apply(db, Update("assessment", plant.a, {"discount_rate": 0.12}))
    detail = assessments.show_assessment(db, plant.a)
    ageless = dataclasses.replace(detail.options[0], lifetime_years=0)
    got = guidance.examine(dataclasses.replace(detail, options=(ageless,)), {plant.waste}, {})
    assert [f.code for f in got] == ["option_no_lifetime"]


def test_co2_needs_a_factor_set(tmp_path) -> None:
    from cpdesk.store.database import open_database

    bare = open_database(tmp_path / "no-factors.sqlite")  # no factor set installed
    try:
        plant = build(bare, factor_set=False)
        got = guidance.findings(bare, plant.a)
        (f,) = [f for f in got if f.task_no == 12]
        assert (f.code, f.subject.entity, f.subject.id) == ("co2_no_factor_set", "assessment", str(plant.a))
        # Without a factor set the balances cannot be computed either, and say so.
        assert {(f.code, f.params["balance"]) for f in got if f.task_no == 5} == {
            ("balance_failed", "water"),
            ("balance_failed", "energy"),
        }
        assert "no factor set" in got[0].message("en")
    finally:
        bare.close()


def test_selection_implementation_and_monitoring(db) -> None:
    proposed = build(db, status="proposed", monitored=None)
    assert codes(db, proposed.a) == {(13, "none_selected"), (14, "none_selected")}
    selected = build(db, status="selected", monitored=None)
    assert codes(db, selected.a) == {(15, "none_implemented")}
    unmonitored = build(db, status="implemented", monitored=None)
    (f,) = guidance.findings(db, unmonitored.a)
    assert (f.task_no, f.code, f.subject.name) == (16, "option_unmonitored", "G1 Khoá vòi khi nghỉ")
    assert f.message("vi") == "Giải pháp G1 Khoá vòi khi nghỉ đã thực hiện nhưng chưa theo dõi kết quả tiết kiệm."


def test_no_options(db, plant) -> None:
    editing.apply(db, Delete("option", plant.option))
    assert codes(db, plant.a) == {(8, "no_options")}


def test_progress_counts_a_task_done_only_when_its_checks_pass(db, plant) -> None:
    key = plant.a
    assessments.set_task_status(db, key, 1, TaskStatus.DONE)
    assessments.set_task_status(db, key, 2, TaskStatus.DONE)
    assessments.set_task_status(db, key, 4, TaskStatus.IN_PROGRESS)
    p = guidance.progress(db, key)
    assert (p.done, p.marked_done) == (2, 2)
    assert [(s.step_no, s.done, s.total) for s in p.steps] == [
        (1, 2, 3),
        (2, 0, 4),
        (3, 0, 2),
        (4, 0, 4),
        (5, 0, 3),
        (6, 0, 2),
    ]
    editing.apply(db, Update("team_member", plant.leader, {"role": "member"}))
    p = guidance.progress(db, key)
    assert p.task(1).marked_done
    assert not p.task(1).done
    assert p.done == 1
    assert p.steps[0].done == 1
    # Marking done is refused with the reasons while a blocking check fails.
    with pytest.raises(guidance.TaskNotDone) as refused:
        guidance.mark_done(db, key, 1, lang="vi")
    assert "Đội SXSH chưa có đội trưởng." in str(refused.value)
    assert [f.code for f in refused.value.blocking] == ["team_no_leader"]
    # A suspicious finding does not block: task 5 with a balance off by 20 %.
    editing.apply(db, Update("measurement", plant.readings[plant.streams["drain"]], {"value": 8.0}))
    state = guidance.mark_done(db, key, 5)
    assert state.done
    assert state.findings
    assert not state.blocking
    with pytest.raises(ValidationError):
        guidance.task_state(db, key, 19)


def test_guided_mode_is_remembered_per_assessment(db, plant) -> None:
    other = build(db)
    assert guidance.guided_mode(db, plant.a) is None
    guidance.set_guided_mode(db, plant.a, True)
    guidance.set_guided_mode(db, other.a, False)
    assert guidance.guided_mode(db, str(plant.a).upper()) is True
    assert guidance.guided_mode(db, other.a) is False
    guidance.set_guided_mode(db, plant.a, False)
    assert guidance.guided_mode(db, plant.a) is False


# --------------------------------------------------------------------------- the pure part (core)


def test_every_message_exists_in_both_languages_with_the_same_placeholders() -> None:
    for code, text in labels.labels_of("Finding").items():
        texts = {"vi": text.vi, "en": text.en}
        fields = [{f for _, f, _, _ in string.Formatter().parse(texts[lang]) if f} for lang in ("vi", "en")]
        assert fields[0] == fields[1], code


def test_messages_fill_names_and_numbers_in_the_language_notation() -> None:
    f = Finding(
        5, "balance_not_closed", Severity.SUSPICIOUS, None, {"balance": "water", "closure": -12.25, "tolerance": 5.0}
    )
    assert f.message("vi") == (
        "Cân bằng nước của toàn nhà máy chênh lệch -12,2 % lượng vào (ngưỡng 5,0 %), dù kiểm định chi "
        "bình phương đạt hay không: thiếu một dòng ra hoặc có số đo sai."
    )
    assert f.message("en") == (
        "The water balance of the plant leaves -12.2 % of the inputs unaccounted (threshold 5.0 %), "
        "whatever the chi-square test says: a stream is missing or a reading is wrong."
    )
    named = Finding(7, "waste_no_cause", Severity.MISSING, Subject("waste_stream", "x", "Nước thải nhuộm"))
    assert named.message("en") == "Waste stream Nước thải nhuộm has no cause."
    assert named.blocking
    with pytest.raises(ValueError):
        named.message("fr")


@pytest.mark.parametrize(
    ("closure", "tolerance", "exceeds"),
    [(4.9, 5.0, False), (5.0, 5.0, False), (5.1, 5.0, True), (-7.0, 5.0, True), (None, 5.0, False), (0.1, 0.0, True)],
)
def test_closure_against_the_tolerance(closure, tolerance, exceeds) -> None:
    assert core.closure_exceeds(closure, tolerance) is exceeds


def test_progress_counts_marked_tasks_whose_blocking_checks_pass() -> None:
    statuses = {1: TaskStatus.DONE, 2: TaskStatus.DONE, 5: TaskStatus.DONE, 8: TaskStatus.IN_PROGRESS}
    found = [
        Finding(2, "steps_too_few", Severity.MISSING, params={"count": 1}),
        Finding(5, "reading_flagged", Severity.SUSPICIOUS, Subject("stream", "s", "Hơi"), {"balance": "energy"}),
    ]
    p = core.progress(statuses, found)
    assert [t.task_no for t in p.tasks if t.done] == [1, 5]  # 2 is blocked, 5 only warned
    assert (p.done, p.marked_done) == (2, 3)
    assert [(s.step_no, s.done, s.total) for s in p.steps] == [
        (1, 1, 3), (2, 1, 4), (3, 0, 2), (4, 0, 4), (5, 0, 3), (6, 0, 2),
    ]  # fmt: skip
    assert p.task(18).status == TaskStatus.NOT_STARTED
    assert p.task(2).blocking == (found[0],)
    assert core.summary(list(p.findings) * 2, "en", limit=3).endswith("(+1 more)")
