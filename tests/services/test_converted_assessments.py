"""Assessments converted to full ones: each assessment's scope weight, entered by the centre, and
the centre's year that adds them up beside the plain count (the annual report's "24 đánh giá
SXSH quy đổi" beside 32 assessments completed in 2004)."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, records
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.editing import Update
from cpdesk.services.training import statistics as training_statistics
from cpdesk.store.models import Assessment, Programme


def test_the_demo_counts_32_assessments_in_2004_and_24_converted(demo_db: Any) -> None:
    stats = training_statistics.year_statistics(demo_db, 2004)
    assert stats.assessments_completed == 32
    # Reconstructed weights (resources/demo/programmes.json): the worked textile assessment,
    # CP-EE's 9 and GERIAP's 4 are full ones, 14 x 1 = 14; CP-OHS's 14 short assessments at
    # 0,5 are 7; the 4 metal-finishing demonstrations at 0,75 are 3. 14 + 7 + 3 = 24.
    assert stats.assessments_converted == 24.0


def test_the_demo_says_its_weights_are_reconstructed(demo_db: Any) -> None:
    with demo_db.reading() as session:
        rows = session.execute(
            select(Programme.code, Assessment.scope_weight, Assessment.notes).join(
                Programme, Programme.id == Assessment.programme_id
            )
        ).all()
    weights = Counter((code, weight) for code, weight, _notes in rows)
    assert weights == {
        ("BE-TEXTILE", 1.0): 1,
        ("CP-EE", 1.0): 9,
        ("GERIAP", 1.0): 4,
        ("CP-OHS", 0.5): 14,
        ("MF-DEMO", 0.75): 4,
    }
    for code, weight, notes in rows:
        if code != "BE-TEXTILE":  # the invented, worked assessment: a full one, as entered
            # The tests' demo is in Vietnamese (tests/plugins/demo.py): "0,5", with a comma.
            shown = f"{weight:g}".replace(".", ",")
            assert f"Hệ số quy mô {shown} so với một đánh giá đầy đủ, dựng lại" in notes, code


@pytest.fixture
def assessment_2005(db: Any) -> Any:
    company = catalogue.create_company(db, name="Công ty Giấy", sector="paper")
    return assessments.create_assessment(
        db,
        company_id=company.id,
        title="Theo dõi kết quả 2005",
        currency="USD",
        start_date=date(2005, 3, 1),
        end_date=date(2005, 3, 4),
    )


def test_a_new_assessment_is_a_full_one_and_the_centre_may_enter_a_fraction(db: Any, assessment_2005: Any) -> None:
    assert records.assessment_form(db, assessment_2005.id).scope_weight == 1.0
    undo = editing.apply(db, Update(Entity.ASSESSMENT, assessment_2005.id, {"scope_weight": 0.25}))
    assert records.assessment_form(db, assessment_2005.id).scope_weight == 0.25
    stats = training_statistics.year_statistics(db, 2005)
    assert (stats.assessments_completed, stats.assessments_converted) == (1, 0.25)
    editing.apply(db, undo)
    assert training_statistics.year_statistics(db, 2005).assessments_converted == 1.0


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (0.0, "must be greater than zero"),
        (-0.5, "must be greater than zero"),
        (1.5, "must be at most 1"),
        (math.nan, "must be a finite number"),
        (math.inf, "must be a finite number"),
        ("0,5", "must be a number"),  # text is read in the user's notation before it comes here
        (None, "is required"),
    ],
)
def test_a_weight_outside_0_to_1_is_refused_in_one_sentence_and_nothing_is_stored(
    db: Any, assessment_2005: Any, value: Any, reason: str
) -> None:
    editing.apply(db, Update(Entity.ASSESSMENT, assessment_2005.id, {"scope_weight": 0.5}))
    with pytest.raises(ValidationError) as refused:
        editing.apply(db, Update(Entity.ASSESSMENT, assessment_2005.id, {"scope_weight": value}))
    assert (refused.value.field, refused.value.reason) == ("scope_weight", reason)
    message = str(refused.value)
    assert "\n" not in message
    assert message.startswith("assessment.scope_weight = ")
    assert records.assessment_form(db, assessment_2005.id).scope_weight == 0.5


def test_one_is_a_full_assessment_and_is_accepted(db: Any, assessment_2005: Any) -> None:
    editing.apply(db, Update(Entity.ASSESSMENT, assessment_2005.id, {"scope_weight": 0.5}))
    editing.apply(db, Update(Entity.ASSESSMENT, assessment_2005.id, {"scope_weight": 1}))
    assert records.assessment_form(db, assessment_2005.id).scope_weight == 1.0
