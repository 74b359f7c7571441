"""Re-reading the readings after a reading was typed: only the streams whose readings changed
are new objects, and the figures stay the service's."""

from __future__ import annotations

import pytest

from cpdesk.core.entities import Change, Entity
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, balances, flow
from cpdesk.services.assessment.balance_cache import BalanceSource


@pytest.fixture
def textile(demo_db):
    a = next(a for a in assessments.list_assessments(demo_db) if a.origin.value == "demo")
    return demo_db, a


def test_unchanged_streams_are_kept_and_changed_ones_reread(textile) -> None:
    db, a = textile
    source = BalanceSource(db, a.id)
    before = {s.id: s for s in source.inputs().streams}
    well = next(s for s in assessments.show_assessment(db, a.id).streams if s.name == "Nước giếng khoan")
    added = flow.record_measurement(db, well.id, value=70.0, unit="m3/h", basis="per_hour")
    source.changed(Change.of(Entity.MEASUREMENT))
    after = {s.id: s for s in source.inputs().streams}
    assert after.keys() == before.keys()
    changed = [key for key in after if after[key] is not before[key]]
    assert changed == [str(well.id)]
    assert [r.id for r in after[str(well.id)].readings][-1] == str(added.id)
    assert after[str(well.id)].readings[:-1] == before[str(well.id)].readings
    expected = balances.assessment_balance(db, a.id, "water").measured
    assert source.measured("water") == expected
    # The same reading changed in place: its stream is read again, the reading made anew.
    editing.apply(db, editing.Update("measurement", added.id, {"value": 35.0}))
    source.changed(Change.of(Entity.MEASUREMENT))
    again = {s.id: s for s in source.inputs().streams}
    assert [key for key in again if again[key] is not after[key]] == [str(well.id)]
    assert again[str(well.id)].readings[-1].value == 35.0
    assert source.measured("water") == balances.assessment_balance(db, a.id, "water").measured
    # Nothing changed: every stream is the same object.
    source.changed(Change.of(Entity.MEASUREMENT))
    same = source.inputs().streams
    assert all(s is again[s.id] for s in same)
