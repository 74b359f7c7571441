"""Several people on one database: no edit writes silently over a colleague's.

Two connections to the same database (a SQLite file, a PostgreSQL database), each a person,
edit the same option. Each edit says which version of the record its screen showed; the
second is refused naming the first's change, and nothing of either is lost. The same holds
for an undo after a colleague's edit, for an edit against an imported bundle, and for many
editors racing on one record.
"""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import select

from cpdesk.core.entities import Entity
from cpdesk.core.messages import text_of
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, companies, options
from cpdesk.services.editing import ChangedMeanwhile, Delete, Update
from cpdesk.services.uow import reading
from cpdesk.services.workspace import open_workspace
from cpdesk.store.models import ChangeRecord, Option
from tests.watching import heard


def _option(db) -> uuid.UUID:
    company = companies.create_company(db, name="Công ty Dệt Thử", sector="textile", province="Bình Dương")
    a = assessments.create_assessment(
        db, company_id=company.id, title="Đánh giá thử", currency="VND", exchange_rate=24_000
    )
    return options.add_option(db, a.id, title="Thu hồi nước ngưng", category="good_housekeeping", investment=150e6).id


def _version(db, option_id: uuid.UUID) -> int:
    with reading(db) as session:
        return session.execute(select(Option.version).where(Option.id == option_id)).scalar_one()


def _investment(db, option_id: uuid.UUID) -> float:
    with reading(db) as session:
        return session.execute(select(Option.investment).where(Option.id == option_id)).scalar_one()


@pytest.fixture
def two_people(workspaces):
    """Two connections to one database: Nguyễn Văn A and Trần Thị B."""
    first = workspaces("shared")
    second = open_workspace(first.url)
    first.person, second.person = "Nguyễn Văn A", "Trần Thị B"
    yield first, second
    second.close()


def test_the_second_edit_of_the_same_field_is_refused_naming_the_first(two_people) -> None:
    a, b = two_people
    option = _option(a)
    seen = _version(a, option)  # both screens show the option at this version
    editing.apply(a, Update(Entity.OPTION, option, {"investment": 180e6}, seen=seen))
    with pytest.raises(ChangedMeanwhile) as refused:
        editing.apply(b, Update(Entity.OPTION, option, {"investment": 200e6}, seen=seen))
    assert _investment(a, option) == 180e6  # A's change stands; B's was not written
    error = refused.value
    assert [c.person for c in error.changes] == ["Nguyễn Văn A"]
    assert error.current["investment"] == 180e6  # for B's merge: the record as it is now
    said = text_of(error, "vi")
    assert said.startswith("Nguyễn Văn A đã sửa Vốn đầu tư từ 150.000.000 thành 180.000.000 lúc ")
    english = text_of(error, "en")
    assert english.startswith("Nguyễn Văn A changed Investment from 150,000,000 to 180,000,000 at ")
    # B chooses "apply mine anyway": the edit with the version now shown goes through
    editing.apply(b, Update(Entity.OPTION, option, {"investment": 200e6}, seen=error.version))
    assert _investment(a, option) == 200e6


def test_an_undo_that_would_write_over_a_colleagues_change_asks_first(two_people) -> None:
    a, b = two_people
    option = _option(a)
    undo = editing.apply(a, Update(Entity.OPTION, option, {"investment": 180e6}, seen=_version(a, option)))
    editing.apply(b, Update(Entity.OPTION, option, {"investment": 190e6}, seen=_version(b, option)))
    with pytest.raises(ChangedMeanwhile) as refused:
        editing.apply(a, undo)  # would put 150 000 000 back over B's 190 000 000
    assert [c.person for c in refused.value.changes] == ["Trần Thị B"]
    assert _investment(a, option) == 190e6


def test_ones_own_edits_undo_and_redo_in_any_order(two_people) -> None:
    a, _b = two_people
    option = _option(a)
    undo_investment = editing.apply(a, Update(Entity.OPTION, option, {"investment": 180e6}, seen=_version(a, option)))
    undo_title = editing.apply(a, Update(Entity.OPTION, option, {"title": "Thu hồi nước ngưng lò hơi"}))
    redo_title = editing.apply(a, undo_title)
    redo_investment = editing.apply(a, undo_investment)  # the title's edit between was A's own
    assert _investment(a, option) == 150e6
    editing.apply(a, redo_investment)
    editing.apply(a, redo_title)
    assert _investment(a, option) == 180e6


def test_a_delete_on_an_older_screen_is_refused_and_a_deleted_record_says_who(two_people) -> None:
    a, b = two_people
    option = _option(a)
    seen = _version(a, option)
    editing.apply(a, Delete(Entity.OPTION, option, seen=seen))
    with pytest.raises(ChangedMeanwhile) as refused:
        editing.apply(b, Update(Entity.OPTION, option, {"investment": 1.0}, seen=seen))
    assert text_of(refused.value, "en").startswith("Nguyễn Văn A deleted this option at ")


def test_an_edit_against_a_change_an_import_made_is_refused(two_people) -> None:
    a, b = two_people
    option = _option(a)
    seen = _version(a, option)
    with b.sessions.begin() as session:  # what a bundle's merge does: the record, no change log
        row = session.get(Option, option)
        row.investment = 175e6
    with pytest.raises(ChangedMeanwhile) as refused:
        editing.apply(a, Update(Entity.OPTION, option, {"investment": 200e6}, seen=seen))
    assert refused.value.changes == ()
    assert "imported bundle" in text_of(refused.value, "en")
    assert _investment(a, option) == 175e6


def test_the_history_keeps_the_last_twenty_changes_with_who_and_what(two_people) -> None:
    a, b = two_people
    option = _option(a)
    for n in range(25):
        editing.apply(b if n % 2 else a, Update(Entity.OPTION, option, {"investment": 1e6 * (n + 1)}))
    history = editing.history(a, option)
    assert len(history) == 20
    assert history[0].person == "Nguyễn Văn A" and history[0].changes[0].after == 25e6
    assert history[0].changes[0].before == 24e6
    assert [h.version for h in history] == sorted((h.version for h in history), reverse=True)
    with reading(a) as session:
        assert len(session.execute(select(ChangeRecord).where(ChangeRecord.record_id == option)).all()) == 20


def test_of_many_editors_racing_from_one_screen_exactly_one_wins(workspaces) -> None:
    first = workspaces("race")
    option = _option(first)
    seen = _version(first, option)
    people = [first] + [open_workspace(first.url) for _ in range(5)]
    outcomes: list[str] = []
    lock = threading.Lock()

    def edit(db, n: int) -> None:
        db.person = f"Người {n}"
        try:
            editing.apply(db, Update(Entity.OPTION, option, {"investment": 1e6 * (n + 1)}, seen=seen))
            result = "written"
        except ChangedMeanwhile:
            result = "refused"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=edit, args=(db, n)) for n, db in enumerate(people)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in people[1:]:
        db.close()
    assert sorted(outcomes) == ["refused"] * 5 + ["written"]
    assert _version(first, option) == seen + 1


def test_a_change_made_elsewhere_is_heard_and_ones_own_is_not(two_people) -> None:
    from cpdesk.services.changes import ChangeWatch

    a, b = two_people
    option = _option(a)
    watch_a, watch_b = ChangeWatch(a), ChangeWatch(b)
    try:
        editing.apply(a, Update(Entity.OPTION, option, {"investment": 175e6}))
        assert watch_a.poll() is None  # A's own edit: A's screen reloaded already
        change = heard(watch_b)
        assert change is not None and not change.everything
        assert change.touches(Entity.OPTION) and option in change.ids
        assert watch_b.poll() is None  # told once
        editing.apply(b, Delete(Entity.OPTION, option))
        later = heard(watch_a)
        assert later is not None and option in later.ids
    finally:
        watch_a.close()
        watch_b.close()
