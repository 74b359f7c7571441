"""Services refuse bad input with an error that names entity, field and value; nothing is stored."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from cpdesk.core.errors import NotFoundError, ValidationError
from cpdesk.services.assessment import assessments, flow, options
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.uow import unit_of_work


@pytest.fixture
def assessment(db):
    company = catalogue.create_company(db, name="Dệt Việt Thắng", sector="textile", province="HCMC")
    catalogue.create_programme(db, code="P1", name="Test programme", year=2004)
    return assessments.create_assessment(
        db,
        company_id=company.id,
        title="Đánh giá SXSH 2004",
        programme_code="P1",
        currency="VND",
        exchange_rate=15_700,
        start_date=date(2004, 3, 1),
        operating_hours_per_year=7200,
        annual_production=3000,
        production_unit="tấn",
    )


def test_create_assessment_makes_18_tasks(db, assessment) -> None:
    detail = assessments.show_assessment(db, assessment.id)
    assert [t.task_no for t in detail.tasks] == list(range(1, 19))
    assert detail.production_unit == "t"
    assert detail.factor_set == "ipcc2006_vn_grid"


def test_error_names_entity_field_and_value(db, assessment) -> None:
    with pytest.raises(ValidationError) as err:
        catalogue.create_company(db, name="X", sector="spaceships")
    assert (err.value.entity, err.value.field, err.value.value) == (
        "company",
        "sector",
        "spaceships",
    )
    assert str(err.value).startswith("company.sector = 'spaceships':")


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"currency": "EUR"}, "currency"),
        ({"currency": "VND", "exchange_rate": None}, "exchange_rate"),
        ({"exchange_rate": -1}, "exchange_rate"),
        ({"discount_rate": 1.5}, "discount_rate"),
        ({"operating_hours_per_year": 9000}, "operating_hours_per_year"),
        ({"start_date": date(2004, 5, 1), "end_date": date(2004, 4, 1)}, "end_date"),
        ({"title": "   "}, "title"),
        ({"delivery_mode": "remote"}, "delivery_mode"),
        ({"production_unit": "bananas"}, "production_unit"),
    ],
)
def test_assessment_validation(db, assessment, kwargs, field) -> None:
    args = {
        "company_id": assessment.company_id,
        "title": "Another",
        "exchange_rate": 15_700,
    } | kwargs
    with pytest.raises(ValidationError) as err:
        assessments.create_assessment(db, **args)
    assert err.value.field == field
    assert len(assessments.list_assessments(db)) == 1


def test_programme_code_is_unique(db, assessment) -> None:
    with pytest.raises(ValidationError, match="already used"):
        catalogue.create_programme(db, code="P1", name="again")


def test_measurement_unit_must_suit_the_carrier(db, assessment) -> None:
    step = flow.add_process_step(db, assessment.id, name="Nhuộm")
    water = flow.add_stream(db, assessment.id, name="Nước giếng", kind="water", carrier="water", target_step_id=step.id)
    row = flow.record_measurement(db, water.id, value=12.5, unit="m3/h", basis="per_hour")
    assert row.unit == "m³/h"
    assert row.relative_uncertainty == pytest.approx(0.03)
    with pytest.raises(ValidationError) as err:
        flow.record_measurement(db, water.id, value=12.5, unit="kWh", basis="per_hour")
    assert err.value.field == "unit"
    assert "energy" in err.value.reason
    with pytest.raises(ValidationError, match="must be a number"):
        flow.record_measurement(db, water.id, value="2,57", unit="m3", basis="per_day")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="time zone"):
        flow.record_measurement(db, water.id, value=1, unit="m3", basis="per_day", measured_at=datetime(2004, 1, 1))
    with pytest.raises(ValidationError, match="at least 0"):
        flow.record_measurement(db, water.id, value=-3, unit="m3", basis="per_day")
    assert len(assessments.show_assessment(db, assessment.id).measurements) == 1


def test_stream_ends_must_be_steps_of_the_same_assessment(db, assessment) -> None:
    other = assessments.create_assessment(db, company_id=assessment.company_id, title="Other", exchange_rate=1.0)
    foreign = flow.add_process_step(db, other.id, name="Foreign")
    with pytest.raises(ValidationError, match="another assessment"):
        flow.add_stream(db, assessment.id, name="s", kind="water", carrier="water", source_step_id=foreign.id)
    with pytest.raises(ValidationError, match="source or a target"):
        flow.add_stream(db, assessment.id, name="s", kind="water", carrier="water")
    with pytest.raises(NotFoundError):
        flow.add_stream(db, assessment.id, name="s", kind="water", carrier="water", source_step_id="nope")


def test_duplicate_step_names_are_refused(db, assessment) -> None:
    flow.add_process_step(db, assessment.id, name="Giặt")
    with pytest.raises(ValidationError, match="has this name"):
        flow.add_process_step(db, assessment.id, name="giặt")


def test_option_rules(db, assessment) -> None:
    with pytest.raises(ValidationError, match="why"):
        options.add_option(db, assessment.id, title="x", category="good_housekeeping", status="rejected")
    with pytest.raises(ValidationError, match="implemented"):
        options.add_option(db, assessment.id, title="x", category="good_housekeeping", monitored_annual_savings=5)
    with pytest.raises(ValidationError) as err:
        options.add_option(
            db,
            assessment.id,
            title="x",
            category="good_housekeeping",
            savings=[("water", 100, "m3"), ("electricity", 5, "m3")],
        )
    assert err.value.entity == "option.savings[1]"
    assert err.value.field == "unit"
    row = options.add_option(
        db,
        assessment.id,
        title="Sửa rò rỉ hơi",
        category="good_housekeeping",
        status="implemented",
        investment=5e6,
        annual_savings=4e7,
        savings=[("anthracite", 12, "tấn"), ("water", 300, "m3")],
    )
    assert [(s.carrier.value, s.quantity, s.unit) for s in row.savings] == [
        ("anthracite", 12, "t"),
        ("water", 300, "m³"),
    ]


def test_one_unit_of_work_is_one_transaction(db, assessment) -> None:
    """Nested service calls join the outer unit of work: a failure undoes all of them."""
    with pytest.raises(ValidationError):
        with unit_of_work(db):
            flow.add_process_step(db, assessment.id, name="A")
            flow.add_process_step(db, assessment.id, name="B")
            flow.add_process_step(db, assessment.id, name="")
    assert assessments.show_assessment(db, assessment.id).steps == ()


def test_task_progress(db, assessment) -> None:
    assessments.set_task_status(db, assessment.id, 1, "done")
    assessments.set_task_status(db, assessment.id, 2, "in_progress", note="đang làm")
    detail = assessments.show_assessment(db, assessment.id)
    assert detail.row.tasks_marked_done == 1
    assert detail.tasks[1].note == "đang làm"
    with pytest.raises(ValidationError):
        assessments.set_task_status(db, assessment.id, 19, "done")


def test_assessment_lookup_by_prefix(db, assessment) -> None:
    prefix = str(assessment.id)[:8]
    assert assessments.show_assessment(db, prefix).row.id == assessment.id
    with pytest.raises(NotFoundError):
        assessments.show_assessment(db, "zz")
