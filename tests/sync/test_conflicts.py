"""Two devices changing the same record: both versions kept, the same one shown everywhere,
every value retrievable, and a person's resolution settling it on every database."""

from __future__ import annotations

import itertools
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cpdesk.services.sync import keys as sync_keys
from cpdesk.services.sync.conflicts import list_conflicts, resolve_conflict
from cpdesk.store.models import Assessment, SyncConflict
from cpdesk.store.session import tombstone
from cpdesk.sync.errors import ConflictError
from tests.plugins.postgres import WorkspaceFactory
from tests.sync.conftest import Network, Site, add_small_assessment

#: An edit of one side: None leaves a field as it is.
EDITS = st.fixed_dictionaries(
    {
        "title": st.one_of(st.none(), st.sampled_from(["Alpha", "Beta", "Gamma"])),
        "notes": st.one_of(st.none(), st.sampled_from(["", "ghi chú", "note B"])),
        "discount_rate": st.one_of(st.none(), st.sampled_from([0.08, 0.12])),
        "delete": st.booleans(),
    }
)
_names = itertools.count()


def edit(db: Any, record: uuid.UUID, changes: dict[str, Any]) -> None:
    with db.sessions.begin() as session:
        row = session.get(Assessment, record)
        for name in ("title", "notes", "discount_rate"):
            if changes.get(name) is not None:
                setattr(row, name, changes[name])
        if changes.get("delete"):
            tombstone(row)


def shown(db: Any, record: uuid.UUID) -> tuple[Any, ...]:
    with db.reading() as session:
        row = session.get(Assessment, record)
        return (row.title, row.notes, row.discount_rate, row.deleted_at is not None, row.version, row.device_id)


def versions(db: Any, record: uuid.UUID) -> list[tuple[Any, ...]]:
    """Every version of the record this database holds: the row and both sides of conflicts."""
    found = [shown(db, record)[:4]]
    with db.reading() as session:
        for conflict in session.execute(select(SyncConflict).where(SyncConflict.row_id == record)).scalars():
            for side in (conflict.mine, conflict.theirs):
                data = json.loads(side)
                found.append((data["title"], data["notes"], data["discount_rate"], data["deleted_at"] is not None))
    return found


def expected(base: tuple[Any, ...], changes: dict[str, Any]) -> tuple[Any, ...]:
    title, notes, rate, deleted = base
    return (
        changes["title"] if changes["title"] is not None else title,
        changes["notes"] if changes["notes"] is not None else notes,
        changes["discount_rate"] if changes["discount_rate"] is not None else rate,
        deleted or changes["delete"],
    )


def second_centre(network: Network, name: str) -> Site:
    """Another centre that trusts the same auditors (to merge in the other order).

    It starts from what the first centre holds: a field bundle may carry another device's
    records only where the receiving side already holds them (a field cannot make them new).
    """
    site = Site(name, network.workspaces(name), network.tmp / f"keys-{name}")
    with site.active():
        sync_keys.init_centre(site.db, name)
        sync_keys.trust_key(site.db, network.centre_key, "VNCPC", centre_fingerprint=network.centre_fingerprint)
    for field in network.sites.values():
        with site.active():
            sync_keys.trust_key(site.db, field.key_file(network.folder), field.name)
    network.send(network.centre, site)
    return site


def test_both_orders_converge_and_keep_every_value(workspaces: WorkspaceFactory, tmp_path: Path) -> None:
    examples = 6 if workspaces.backend == "sqlite" else 3

    # Shrinking would rebuild four databases per step; the failing example is printed as found.
    phases = [Phase.explicit, Phase.reuse, Phase.generate]

    @settings(
        max_examples=examples, deadline=None, database=None, phases=phases, suppress_health_check=list(HealthCheck)
    )
    @given(edits_a=EDITS, edits_b=EDITS)
    def run(edits_a: dict[str, Any], edits_b: dict[str, Any]) -> None:
        folder = tmp_path / f"example-{next(_names)}"
        folder.mkdir()
        network = Network(workspaces, folder)
        a, b = network.field("a"), network.field("b")
        record = add_small_assessment(a.db)
        network.send(a, network.centre)
        network.send(network.centre, b)
        base = shown(a.db, record)[:4]
        edit(a.db, record, edits_a)
        edit(b.db, record, edits_b)
        other = second_centre(network, "centre2")

        bundle_a = network.path("a")
        bundle_b = network.path("b")
        a.export(bundle_a)  # to the centre: only what changed since
        b.export(bundle_b)
        network.centre.import_(bundle_a)
        network.centre.import_(bundle_b)
        to_other_a, to_other_b = network.path("a2"), network.path("b2")
        a.export(to_other_a, to=str(other.key_file(network.folder)))
        b.export(to_other_b, to=str(other.key_file(network.folder)))
        other.import_(to_other_b)  # the other order
        other.import_(to_other_a)

        assert shown(network.centre.db, record) == shown(other.db, record)
        for site in (network.centre, other):
            held = versions(site.db, record)
            for changes in (edits_a, edits_b):
                # a side that changed nothing holds the common base, which the other supersedes
                if expected(base, changes) != base:
                    assert expected(base, changes) in held
        # and the field sites end up showing the same, keeping their own version where it lost
        network.send(network.centre, a)
        network.send(network.centre, b)
        assert shown(a.db, record) == shown(b.db, record) == shown(network.centre.db, record)
        for site in (a, b, network.centre, other):
            site.db.close()

    run()


def _conflicted(network: Network, a_changes: dict[str, Any], b_changes: dict[str, Any]) -> tuple[Site, Site, uuid.UUID]:
    a, b = network.field("a"), network.field("b")
    record = add_small_assessment(a.db)
    network.send(a, network.centre)
    network.send(network.centre, b)
    edit(a.db, record, a_changes)
    edit(b.db, record, b_changes)
    network.send(a, network.centre)
    report = network.send(b, network.centre)
    assert report.entities["assessment"].conflicts == 1
    return a, b, record


def test_edit_against_delete_shows_the_edit_and_keeps_the_deletion(network: Network) -> None:
    a, b, record = _conflicted(network, {"delete": True}, {"title": "B's edit"})
    title, _notes, _rate, deleted, *_ = shown(network.centre.db, record)
    assert (title, deleted) == ("B's edit", False)
    [conflict] = list_conflicts(network.centre.db)
    assert conflict.entity == "assessment"
    assert conflict.record_id == record
    assert {d.field for d in conflict.differences} == {"title", "deleted"}


def test_resolving_keeps_what_the_person_chose_and_settles_it_everywhere(network: Network) -> None:
    a, b, record = _conflicted(network, {"title": "A's title", "notes": "A's note"}, {"title": "B's title"})
    [conflict] = list_conflicts(network.centre.db)
    picked = resolve_conflict(network.centre.db, str(conflict.id)[:8], ["title=mine", "notes=A's note, checked"])
    assert picked.resolution == "fields"
    assert picked.resolved_at is not None
    assert list_conflicts(network.centre.db) == []
    assert shown(network.centre.db, record)[:2] == ("A's title", "A's note, checked")
    for site in (a, b):
        report = network.send(network.centre, site)
        assert report.entities["assessment"].updated == 1
        assert report.totals.conflicts == 0
        assert shown(site.db, record) == shown(network.centre.db, record)
    # nothing comes back as a new conflict
    again = network.send(a, network.centre)
    assert again.totals.conflicts == 0


def test_keeping_the_shown_version_is_still_a_resolution_that_travels(network: Network) -> None:
    a, b, record = _conflicted(network, {"title": "A"}, {"title": "B"})
    [conflict] = list_conflicts(network.centre.db)
    before = shown(network.centre.db, record)
    resolve_conflict(network.centre.db, str(conflict.id), [conflict.shown])
    after = shown(network.centre.db, record)
    assert after[:4] == before[:4]
    assert after[4] > before[4]


def test_a_conflict_at_the_field_is_listed_and_superseded_by_the_centres_resolution(network: Network) -> None:
    a = network.field("a")
    record = add_small_assessment(a.db)
    network.send(a, network.centre)
    edit(network.centre.db, record, {"title": "centre's"})
    edit(a.db, record, {"title": "field's"})
    at_a = network.send(network.centre, a)
    assert at_a.entities["assessment"].conflicts == 1
    at_centre = network.send(a, network.centre)
    assert at_centre.totals.conflicts == 0
    assert len(at_centre.conflicts) == 1
    [conflict] = list_conflicts(network.centre.db)
    [at_field] = list_conflicts(a.db)
    assert conflict.id == at_field.id
    assert conflict.shown != at_field.shown
    resolve_conflict(network.centre.db, str(conflict.id), ["theirs"])
    network.send(network.centre, a)
    assert list_conflicts(a.db) == []
    [settled] = list_conflicts(a.db, include_resolved=True)
    assert settled.resolution == "superseded"
    assert shown(a.db, record)[0] == "field's"


MISTAKES = [
    ([], "say what to keep"),
    (["colour=red"], "has no field 'colour'"),
    (["discount_rate=lots"], "discount_rate = 'lots'"),
    (["deleted=maybe"], "deleted takes mine, theirs, yes or no"),
    (["title"], "expected mine, theirs or FIELD=VALUE"),
    (["content=mine"], "has no field 'content'"),
]


def test_resolution_mistakes_give_one_clear_line_and_change_nothing(sqlite_network: Network) -> None:
    network = sqlite_network
    _a, _b, record = _conflicted(network, {"title": "A"}, {"title": "B"})
    [conflict] = list_conflicts(network.centre.db)
    before = shown(network.centre.db, record)
    for keep, message in MISTAKES:
        with pytest.raises(ConflictError, match=message):
            resolve_conflict(network.centre.db, str(conflict.id), keep)
    assert shown(network.centre.db, record) == before
    assert list_conflicts(network.centre.db) == [conflict]
    resolve_conflict(network.centre.db, str(conflict.id), ["mine"])
    with pytest.raises(ConflictError, match="already resolved"):
        resolve_conflict(network.centre.db, str(conflict.id), ["theirs"])


def test_unknown_conflict_ids(sqlite_network: Network) -> None:
    with pytest.raises(ConflictError, match="no conflict"):
        resolve_conflict(sqlite_network.centre.db, "abcdef12", ["mine"])


def test_a_value_typed_wrong_is_refused_in_vietnamese(sqlite_network: Network) -> None:
    from cpdesk.core.messages import text_of

    network = sqlite_network
    _conflicted(network, {"title": "A"}, {"title": "B"})
    [conflict] = list_conflicts(network.centre.db)
    with pytest.raises(ConflictError) as caught:
        resolve_conflict(network.centre.db, str(conflict.id), ["discount_rate=lots"])
    said = text_of(caught.value, "vi")
    # the reason is the catalogue's, not Python's "could not convert string to float: 'lots'"
    assert said.endswith("phải là một số") and "convert" not in said, said
    assert str(caught.value).endswith("must be a number"), str(caught.value)
