"""An assessment's records read for the workbench (cpdesk.services.assessment.records), and the
saving it can add to an existing option."""

from __future__ import annotations

import pytest

from cpdesk.core.errors import ValidationError
from cpdesk.core.vocabulary import TaskStatus
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, options, records
from cpdesk.services.assessment import companies as catalogue


@pytest.fixture
def assessment(db):
    company = catalogue.create_company(db, name="Bia Hà Nội", sector="brewery", province="Hà Nội", employees=300)
    return assessments.create_assessment(db, company_id=company.id, title="SXSH bia", exchange_rate=15_700)


def test_task_rows_carry_ids_that_editing_accepts(db, assessment) -> None:
    tasks = records.task_progress(db, assessment.id)
    assert [t.task_no for t in tasks] == list(range(1, 19))
    editing.apply(db, editing.Update("task_progress", tasks[0].id, {"status": "done"}))
    first = records.task_progress(db, assessment.id)[0]
    assert first.status == TaskStatus.DONE
    assert first.completed_at is not None


def test_causes_and_savings_of_an_assessment(db, assessment) -> None:
    waste = options.add_waste_stream(
        db, assessment.id, name="Nước rửa chai", annual_quantity=1200, unit="m3", loss_value_per_unit=5000
    )
    cause_id = options.add_cause(db, waste.id, category="equipment", description="Vòi phun hỏng")
    option = options.add_option(
        db, assessment.id, title="Thay vòi phun", category="equipment_modification", savings=[("water", 800, "m3")]
    )
    [cause] = records.causes(db, assessment.id)
    assert (cause.id, cause.waste_stream, cause.description) == (cause_id, "Nước rửa chai", "Vòi phun hỏng")
    added = options.add_option_saving(db, option.id, carrier="electricity", quantity=2.57, unit="MWh")
    savings = records.option_savings(db, assessment.id)
    assert [(s.carrier.value, s.quantity, s.unit) for s in savings] == [
        ("water", 800, "m³"),
        ("electricity", 2.57, "MWh"),
    ]
    assert savings[1] == added
    editing.apply(db, editing.Delete("option", option.id))
    assert records.option_savings(db, assessment.id) == []


def test_saving_rules_match_add_option(db, assessment) -> None:
    option = options.add_option(db, assessment.id, title="Bảo ôn", category="equipment_modification")
    with pytest.raises(ValidationError, match="unit"):
        options.add_option_saving(db, option.id, carrier="electricity", quantity=3, unit="m3")
    with pytest.raises(ValidationError, match="implemented"):
        options.add_option_saving(db, option.id, carrier="water", quantity=3, unit="m3", monitored_quantity=2)
    assert records.option_savings(db, assessment.id) == []


def test_forms_of_assessment_and_company(db, assessment) -> None:
    form = records.assessment_form(db, assessment.id)
    assert (form.title, form.company, form.currency, form.exchange_rate) == ("SXSH bia", "Bia Hà Nội", "VND", 15_700)
    assert form.factor_set == "ipcc2006_vn_grid"
    company = records.company_detail(db, assessment.company_id)
    assert (company.province, company.employees) == ("Hà Nội", 300)
    assert [code for code, *_ in records.factor_set_codes(db)] == ["ipcc2006_vn_grid"]
