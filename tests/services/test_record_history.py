"""A record's history and the merge of an edit with a colleague's newer version: the last
twenty changes newest first, the version a dialog remembers, and the fields a merge chooses
between, with what their values mean (the option's currency)."""

from __future__ import annotations

import pytest

from cpdesk.core.entities import Entity
from cpdesk.core.record_history import HISTORY_LENGTH, HistoryEntry
from cpdesk.services import editing
from cpdesk.services.assessment import assessments, companies, options
from cpdesk.services.editing import ChangedMeanwhile, Update
from cpdesk.services.lookup import NotFoundError


def _option(db):
    company = companies.create_company(db, name="Công ty Dệt Thử", sector="textile", province="Bình Dương")
    a = assessments.create_assessment(db, company_id=company.id, title="Đánh giá", currency="VND", exchange_rate=24_000)
    return options.add_option(db, a.id, title="Thu hồi nước ngưng", category="good_housekeeping", investment=150e6).id


def test_the_history_keeps_the_last_twenty_newest_first(any_db) -> None:
    db = any_db
    option = _option(db)
    db.person = "Nguyễn Văn A"
    for n in range(25):
        editing.apply(db, Update(Entity.OPTION, option, {"investment": 1e6 * (n + 1)}))
    editing.apply(db, Update(Entity.OPTION, option, {"title": "Thu hồi nước ngưng lò hơi"}))
    rows = editing.record_history(db, Entity.OPTION, option)
    assert HISTORY_LENGTH == 20 and len(rows) == 20
    assert all(isinstance(r, HistoryEntry) for r in rows)
    # 26 edits: the newest is the title, then the investments 25, 24 ... 7 million (19 of them)
    assert rows[0].changes[0].field == "title" and rows[0].changes[0].after == "Thu hồi nước ngưng lò hơi"
    assert [r.changes[0].after for r in rows[1:]] == [1e6 * n for n in range(25, 6, -1)]
    assert rows[1].changes[0].before == 24e6
    assert [r.version for r in rows] == sorted((r.version for r in rows), reverse=True)
    assert [r.changed_at for r in rows] == sorted((r.changed_at for r in rows), reverse=True)
    assert {r.person for r in rows} == {"Nguyễn Văn A"}


def test_a_record_never_changed_has_an_empty_history_and_no_record_none(db) -> None:
    import uuid

    option = _option(db)
    assert editing.record_history(db, "option", str(option)) == ()
    with pytest.raises(NotFoundError):
        editing.record_history(db, Entity.OPTION, uuid.uuid4())


def test_a_merge_chooses_between_the_fields_the_edit_and_the_colleague_disagree_on(workspaces) -> None:
    from cpdesk.services.workspace import open_workspace

    a = workspaces("shared")
    b = open_workspace(a.url)
    try:
        a.person, b.person = "Nguyễn Văn A", "Trần Thị B"
        option = _option(a)
        seen = editing.record_version(b, Entity.OPTION, option)  # B's dialog opens
        editing.apply(a, Update(Entity.OPTION, option, {"investment": 180e6}))
        mine = Update(Entity.OPTION, option, {"investment": 200e6, "title": "Tên của B"}, seen=seen)
        with pytest.raises(ChangedMeanwhile) as refused:
            editing.apply(b, mine)
        conflict = refused.value
        assert conflict.version == seen + 1
        found = {d.field: (d.mine, d.theirs) for d in editing.differences(conflict, mine)}
        assert found == {"investment": (200e6, 180e6), "title": ("Tên của B", "Thu hồi nước ngưng")}
        context = editing.value_context(b, Entity.OPTION, option, mine.values)
        assert context.currency == "VND" and context.table == "cp_option"
        assert context.versions["mine"]["investment"] == 200e6
        assert context.versions["theirs"]["investment"] == 180e6
        # B keeps A's investment and their own title
        merge = editing.merged(mine, conflict, {"investment": "theirs", "title": "mine"})
        assert merge is not None and dict(merge.values) == {"title": "Tên của B"}
        editing.apply(b, merge)
        row = assessments.show_assessment(a, assessments.list_assessments(a)[0].id).options[0]
        assert (row.investment, row.title) == (180e6, "Tên của B")
        assert editing.merged(mine, conflict, {"investment": "theirs", "title": "theirs"}) is None
    finally:
        b.close()
