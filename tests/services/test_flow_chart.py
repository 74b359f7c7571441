"""The flow chart's reads and its one write, as services: steps with their place, streams."""

from __future__ import annotations

import pytest

from cpdesk.core.errors import ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, flow
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.uow import unit_of_work


@pytest.fixture
def plant(db):
    with unit_of_work(db):
        company = catalogue.create_company(db, name="Nhà máy dệt", sector="textile")
        a = assessments.create_assessment(db, company_id=company.id, title="Sơ đồ", exchange_rate=25_000)
    return db, a


def test_a_step_placed_where_clicked_is_read_back_with_its_place(plant) -> None:
    db, a = plant
    unplaced = flow.add_process_step(db, a.id, name="Nhuộm")
    placed = flow.add_step_at(db, a.id, name="Giặt", x=120.5, y=-40.0, is_focus=True)
    feed = flow.add_stream(db, a.id, name="Nước cấp", kind="water", carrier="water", target_step_id=placed)
    chart = flow.load_chart(db, a.id)
    by_name = {s.name: s for s in chart.steps}
    assert (by_name["Giặt"].x, by_name["Giặt"].y, by_name["Giặt"].is_focus) == (120.5, -40.0, True)
    assert (by_name["Nhuộm"].x, by_name["Nhuộm"].y) == (None, None)
    assert by_name["Nhuộm"].id == unplaced.id
    assert [(s.id, s.source, s.target) for s in chart.streams] == [(feed.id, None, placed)]


def test_a_stream_whose_step_was_deleted_is_left_out(plant) -> None:
    db, a = plant
    one = flow.add_process_step(db, a.id, name="Sấy")
    two = flow.add_process_step(db, a.id, name="Hoàn tất")
    flow.add_stream(db, a.id, name="Hơi", kind="energy", carrier="steam", source_step_id=one.id, target_step_id=two.id)
    kept = flow.add_stream(db, a.id, name="Nước thải", kind="water", carrier="wastewater", source_step_id=two.id)
    editing.apply(db, editing.Delete("process_step", one.id))
    chart = flow.load_chart(db, a.id)
    assert [s.name for s in chart.steps] == ["Hoàn tất"]
    assert [s.id for s in chart.streams] == [kept.id]


def test_a_refused_step_leaves_nothing(plant) -> None:
    db, a = plant
    with pytest.raises(ValidationError):
        flow.add_step_at(db, a.id, name="   ", x=1.0, y=2.0)
    assert flow.load_chart(db, a.id).steps == ()
