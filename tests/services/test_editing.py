"""Reversible edits: every operation returns its inverse; invalid edits store nothing."""

from __future__ import annotations

import pytest

from cpdesk.core.entities import Entity
from cpdesk.core.errors import NotFoundError, ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, flow, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Delete, Restore, Update


@pytest.fixture
def plant(db):
    company = catalogue.create_company(db, name="Dệt Thành Công", sector="textile")
    a = assessments.create_assessment(db, company_id=company.id, title="SXSH", exchange_rate=15_700)
    boiler = flow.add_process_step(db, a.id, name="Lò hơi")
    dyeing = flow.add_process_step(db, a.id, name="Nhuộm")
    water = flow.add_stream(db, a.id, name="Nước", kind="water", carrier="water", target_step_id=dyeing.id)
    reading = flow.record_measurement(db, water.id, value=12.5, unit="m3/h", basis="per_hour")
    return a, boiler, dyeing, water, reading


def test_update_returns_its_inverse(db, plant) -> None:
    a, *_, reading = plant
    undo = editing.apply(db, Update(Entity.MEASUREMENT, reading.id, {"value": 2.57, "unit": "m3"}))
    assert undo == Update(Entity.MEASUREMENT, reading.id, {"value": 12.5, "unit": "m³/h"})
    m = assessments.show_assessment(db, a.id).measurements[0]
    assert (m.value, m.unit) == (2.57, "m³")
    redo = editing.apply(db, undo)
    assert redo == Update(Entity.MEASUREMENT, reading.id, {"value": 2.57, "unit": "m³"})
    assert assessments.show_assessment(db, a.id).measurements[0].value == 12.5


def test_invalid_updates_store_nothing(db, plant) -> None:
    a, boiler, dyeing, water, reading = plant
    with pytest.raises(ValidationError) as err:
        editing.apply(db, Update(Entity.MEASUREMENT, reading.id, {"value": 3.0, "unit": "kWh"}))
    assert (err.value.entity, err.value.field) == ("measurement", "unit")
    assert assessments.show_assessment(db, a.id).measurements[0].value == 12.5  # value not half-applied
    with pytest.raises(ValidationError, match="cannot be edited"):
        editing.apply(db, Update(Entity.MEASUREMENT, reading.id, {"stream_id": boiler.id}))
    with pytest.raises(ValidationError, match="source or a target"):
        editing.apply(db, Update(Entity.STREAM, water.id, {"target_step_id": None}))
    with pytest.raises(ValidationError, match="whole number"):
        editing.apply(db, Update(Entity.PROCESS_STEP, boiler.id, {"position": 1.5}))
    with pytest.raises(ValidationError, match="must be a number"):
        editing.apply(db, Update(Entity.MEASUREMENT, reading.id, {"value": "2,57"}))


def test_delete_and_restore_keep_the_id(db, plant) -> None:
    a, boiler, *_ = plant
    undo = editing.apply(db, Delete(Entity.PROCESS_STEP, boiler.id))
    assert undo == Restore(Entity.PROCESS_STEP, boiler.id)
    assert [s.name for s in assessments.show_assessment(db, a.id).steps] == ["Nhuộm"]
    with pytest.raises(NotFoundError):
        editing.apply(db, Update(Entity.PROCESS_STEP, boiler.id, {"name": "x"}))
    assert editing.apply(db, undo) == Delete(Entity.PROCESS_STEP, boiler.id)
    assert [s.name for s in assessments.show_assessment(db, a.id).steps] == ["Lò hơi", "Nhuộm"]


def test_option_rules_hold_across_fields(db, plant) -> None:
    a, *_ = plant
    o = options.add_option(db, a.id, title="Thu hồi nước ngưng", category="onsite_recovery")
    with pytest.raises(ValidationError, match="why"):
        editing.apply(db, Update(Entity.OPTION, o.id, {"status": "rejected"}))
    editing.apply(db, Update(Entity.OPTION, o.id, {"status": "rejected", "rejection_reason": "vốn lớn"}))
    with pytest.raises(ValidationError, match="implemented"):
        editing.apply(db, Update(Entity.OPTION, o.id, {"monitored_annual_savings": 5.0}))


def test_task_status_edit_stamps_completion(db, plant) -> None:
    a, *_ = plant
    from sqlalchemy import select

    from cpdesk.store.models import TaskProgress

    with db.reading() as s:
        task = s.execute(
            select(TaskProgress).where(TaskProgress.assessment_id == a.id, TaskProgress.task_no == 1)
        ).scalar_one()
    editing.apply(db, Update(Entity.TASK_PROGRESS, task.id, {"status": "done"}))
    assert assessments.show_assessment(db, a.id).row.tasks_marked_done == 1


def test_unknown_entity(db, plant) -> None:
    with pytest.raises(ValidationError, match="cannot be edited"):
        editing.apply(db, Delete("spaceship", plant[1].id))
    with pytest.raises(ValidationError, match="cannot be edited"):
        editing.apply(db, Delete(Entity.LOGGER_SERIES, plant[1].id))


def test_a_kind_by_its_plain_name_is_the_entity(plant) -> None:
    _a, boiler, *_ = plant
    assert Delete("process_step", boiler.id) == Delete(Entity.PROCESS_STEP, boiler.id)
    assert Delete("process_step", boiler.id).entity is Entity.PROCESS_STEP


def test_apply_all_is_all_or_none_and_undoes_last_first(db, plant) -> None:
    a, boiler, dyeing, water, reading = plant
    with pytest.raises(ValidationError):
        editing.apply_all(
            db,
            [
                Update(Entity.PROCESS_STEP, boiler.id, {"name": "Nồi hơi"}),
                Update(Entity.MEASUREMENT, reading.id, {"value": -1.0}),
            ],
        )
    assert [s.name for s in assessments.show_assessment(db, a.id).steps] == ["Lò hơi", "Nhuộm"]
    undo = editing.apply_all(
        db, [Update(Entity.STREAM, water.id, {"name": "Nước cấp"}), Delete(Entity.PROCESS_STEP, boiler.id)]
    )
    assert undo == [Restore(Entity.PROCESS_STEP, boiler.id), Update(Entity.STREAM, water.id, {"name": "Nước"})]
    editing.apply_all(db, undo)
    detail = assessments.show_assessment(db, a.id)
    assert [s.name for s in detail.steps] == ["Lò hơi", "Nhuộm"]
    assert [s.name for s in detail.streams] == ["Nước"]


def test_create_gives_the_operations_that_undo_and_redo_it(db, plant) -> None:
    a, boiler, dyeing, *_ = plant
    created = editing.create(
        db,
        Entity.PROCESS_STEP,
        lambda: flow.add_process_step(db, a.id, name="Giặt"),
        also=[Update(Entity.PROCESS_STEP, dyeing.id, {"chart_x": 10.0, "chart_y": 20.0})],
    )
    new = created.result.id
    assert created.undo == (
        Update(Entity.PROCESS_STEP, dyeing.id, {"chart_x": None, "chart_y": None}),
        Delete(Entity.PROCESS_STEP, new),
    )
    assert created.redo[0] == Restore(Entity.PROCESS_STEP, new)
    editing.apply_all(db, created.undo)
    assert [s.name for s in assessments.show_assessment(db, a.id).steps] == ["Lò hơi", "Nhuộm"]
    editing.apply_all(db, created.redo)
    steps = {s.name: s for s in assessments.show_assessment(db, a.id).steps}
    assert list(steps) == ["Lò hơi", "Nhuộm", "Giặt"]
    with pytest.raises(ValidationError):
        editing.create(db, Entity.STREAM, lambda: flow.add_stream(db, a.id, name="", kind="water", carrier="water"))
