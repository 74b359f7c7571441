"""The report's balance section names the reading serial elimination drops, in both languages.

The demo's water to the dyeing machines entered ten times too large (540 m³/day as 5 400).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from cpdesk.report.assessment_balances import balance_section
from cpdesk.report.i18n import I18n
from cpdesk.report.model import BalanceSection
from cpdesk.report.story import Story
from cpdesk.services.assessment import balances
from cpdesk.store.models import Measurement, Stream

WRONG = "Nước cho nhuộm"


@pytest.fixture(scope="module")
def section(demo_db, textile_id) -> BalanceSection:
    with demo_db.sessions.begin() as session:
        m = session.execute(select(Measurement).join(Stream).where(Stream.name == WRONG)).scalar_one()
        m.value *= 10
    return BalanceSection("water", balances.assessment_balance(demo_db, textile_id, "water", reconcile=True))


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("en", f"Dropping the most suspect reading one at a time (serial elimination of gross errors) names {WRONG}; "),
        ("vi", f"Loại dần từng số đo nghi sai nhất (loại trừ tuần tự sai số thô) chỉ ra {WRONG}; "),
    ],
)
def test_the_balance_section_names_the_suspected_reading(section, lang, opening) -> None:
    story = Story(I18n(lang))
    balance_section(story, object(), section)
    texts = [f.getPlainText() for f in story.flowables if hasattr(f, "getPlainText")]
    (sentence,) = [s for s in texts if s.startswith(opening)]
    passed = "passed, the readings agree with each other" if lang == "en" else "đạt, số đo phù hợp với nhau"
    assert sentence.endswith(f": {passed}.")
