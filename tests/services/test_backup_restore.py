"""Restores: a whole copy, one deleted assessment into a database changed since (nothing newer
lost), and a whole restore killed at random points (old or new, never neither)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cpdesk.services import backups, editing
from cpdesk.services.backups.copies import BackupSettings
from cpdesk.services.backups.writing import take_backup
from cpdesk.services.editing import Delete, Update
from cpdesk.services.workspace import open_workspace
from cpdesk.store import snapshot
from cpdesk.store.models import Assessment, ProcessStep, TeamMember
from tests.services.test_delete_whole import live_under
from tests.sync.conftest import add_small_assessment

ROOT = Path(__file__).resolve().parents[2]


def titles(db: Any) -> dict[uuid.UUID, tuple[str, bool]]:
    with db.reading() as s:
        return {a.id: (a.title, a.deleted_at is not None) for a in s.execute(select(Assessment)).scalars()}


def test_a_whole_copy_comes_back_and_the_database_as_it_was_is_kept(db: Any) -> None:
    a = add_small_assessment(db, "Giấy")
    copy = backups.backup_database(db).copy
    b = add_small_assessment(db, "Bia")  # work after the copy
    location = db.path
    db.close()

    done = backups.restore_database(location, copy)

    restored = open_workspace(location)
    try:
        assert set(titles(restored)) == {a}
    finally:
        restored.close()
    assert done.before is not None and done.before.copy.reason == "before-restore"
    kept = backups.copy_contents(done.before.copy)
    assert {x.id for x in kept} == {a, b}  # what the restore replaced can itself be restored
    assert not [p for p in location.parent.iterdir() if ".restore-" in p.name]


def test_one_deleted_assessment_comes_back_into_a_database_changed_since(db: Any) -> None:
    a = add_small_assessment(db, "Giấy")
    other = add_small_assessment(db, "Bia")
    whole = live_under(db, a)
    copy = backups.backup_database(db).copy
    # Since the copy: a's title changed and a team member was added, another assessment was
    # edited and a new one made; then a was deleted ("I deleted the wrong assessment").
    editing.apply(db, Update("assessment", a, {"title": "Giấy (sửa)"}))
    with db.sessions.begin() as s:
        s.add(TeamMember(assessment_id=a, name="Trần Thị B"))
    editing.apply(db, Update("assessment", other, {"title": "Bia (sửa)"}))
    newer = add_small_assessment(db, "Thép")
    editing.apply(db, Delete("assessment", a))
    assert titles(db)[a] == ("Giấy (sửa)", True)

    report = backups.restore_assessment(db, copy, a)

    assert report.brought_back and report.title == "Giấy"
    now = titles(db)
    assert now[a] == ("Giấy (sửa)", False)  # back, with the newer title, not the copy's
    assert now[other] == ("Bia (sửa)", False) and now[newer] == ("Thép", False)
    after = live_under(db, a)
    assert after == {**whole, "team_member": whole["team_member"] + 1}  # the newer member too
    assert report.count("new") == 0 and report.count("unchanged") > 0
    # A second restore of the same assessment changes nothing more.
    again = backups.restore_assessment(db, copy, a)
    assert not again.brought_back and again.count("new") == again.count("updated") == 0


def test_records_lost_since_the_copy_come_back_from_it(db: Any) -> None:
    a = add_small_assessment(db, "Giấy")
    copy = backups.backup_database(db).copy
    with db.sessions.begin() as s:  # an edit since the copy (the session's hook versions it)
        for step in s.execute(select(ProcessStep).where(ProcessStep.assessment_id == a)).scalars():
            step.name = "Lò hơi mới"
    before = live_under(db, a)
    with db.sessions.begin() as s:  # rows lost outright (a damaged or purged database)
        members = s.execute(select(TeamMember.id).where(TeamMember.assessment_id == a)).scalars().all()
        s.execute(TeamMember.__table__.delete().where(TeamMember.id.in_(members)))
    report = backups.restore_assessment(db, copy, a)
    assert report.count("new") == len(members) > 0
    assert live_under(db, a) == before
    with db.reading() as s:  # the step's rename is not rolled back by the older copy
        names = s.execute(select(ProcessStep.name).where(ProcessStep.assessment_id == a)).scalars().all()
    assert set(names) == {"Lò hơi mới"}


def test_an_assessment_the_copy_does_not_hold_is_refused_in_words(db: Any) -> None:
    copy = backups.backup_database(db).copy
    with pytest.raises(backups.BackupError, match="holds no assessment"):
        backups.choose_assessment(copy, "ffff")
    with pytest.raises(backups.BackupError, match="holds no assessment"):
        backups.restore_assessment(db, copy, uuid.uuid4())


def test_a_whole_restore_is_refused_while_another_program_has_the_database_open(db: Any) -> None:
    copy = backups.backup_database(db).copy
    add_small_assessment(db)
    location = db.path
    with pytest.raises(backups.BackupError, match="open in another program"):
        backups.restore_database(location, copy)  # db is still open here
    with db.reading() as s:
        assert s.execute(select(func.count()).select_from(Assessment)).scalar_one() == 1


RESTORER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cpdesk.services import backups
    location, copy = Path(sys.argv[1]), backups.find_backup_of(sys.argv[1], sys.argv[2])
    print("ready", flush=True)
    backups.restore_database(location, copy)
    print("done", flush=True)
    """
)


def marker(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT text FROM marker").fetchone()[0])
    finally:
        conn.close()


def make_marked(path: Path, text: str, rows: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE marker (text TEXT)")
    conn.execute("CREATE TABLE filler (x BLOB)")
    conn.execute("BEGIN")
    conn.execute("INSERT INTO marker VALUES (?)", (text,))
    conn.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * rows)
    conn.execute("COMMIT")
    conn.close()


def test_a_restore_killed_at_random_points_leaves_the_old_or_the_new_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    location = tmp_path / "field.sqlite"
    make_marked(location, "new", 1500)  # about 6 MB: the restore takes a while
    env = {**os.environ, "CPDESK_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    folder = backups.backups_folder_path(data)
    copy = take_backup(location, folder, BackupSettings()).copy
    seen = {"old": 0, "new": 0}
    rng = random.Random(22)
    for attempt in range(8):
        location.unlink()
        make_marked(location, "old", 1500 + attempt)
        process = subprocess.Popen(
            [sys.executable, "-c", RESTORER, str(location), copy.name],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        # A whole restore of this file takes about a second after "ready": unpacking, the
        # copy of the database as it is, the checkpoint, the swap. Kill anywhere in it.
        time.sleep(rng.uniform(0.0, 1.4))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert location.exists(), "a killed restore left no database"
        assert snapshot.quick_check(location) == "ok"
        found = marker(location)
        assert found in seen
        seen[found] += 1
    assert seen["old"] + seen["new"] == 8
    # Left alone, the same restore ends with the copy in place.
    done = subprocess.run([sys.executable, "-c", RESTORER, str(location), copy.name], env=env, check=False)
    assert done.returncode == 0 and marker(location) == "new"
    # What the killed restores left beside the database went with the next restore.
    assert not [p.name for p in tmp_path.iterdir() if ".restore-" in p.name]
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".partial")]
