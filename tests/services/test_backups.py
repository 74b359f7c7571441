"""Automatic backups: consistent copies beside a busy writer, the rotation over simulated
months, the keeper's timing, a full disk, the second place and sealed copies."""

from __future__ import annotations

import errno
import gzip
import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cpdesk.core.backup_rotation import RotationPolicy
from cpdesk.services import backups
from cpdesk.services.backups import sealing
from cpdesk.services.backups.copies import BackupSettings, list_copies, load_settings, save_settings
from cpdesk.services.backups.keeper import BackupKeeper
from cpdesk.services.backups.writing import take_backup
from cpdesk.store import snapshot
from cpdesk.sync.atomic import atomic_output
from cpdesk.sync.keys import KeyPair

TOTAL = 1_000_000


def ledger(path: Path, accounts: int = 2000) -> None:
    """A database whose accounts always sum to TOTAL, in WAL mode like cpdesk's."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER, memo TEXT)")
    conn.execute("CREATE TABLE transfer (id INTEGER PRIMARY KEY, amount INTEGER)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO account VALUES (?, ?, ?)",
        [(i, TOTAL // accounts, "x" * 400) for i in range(accounts)],
    )
    conn.execute("COMMIT")
    conn.close()


def balance_of(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        total = conn.execute("SELECT sum(balance) FROM account").fetchone()[0]
        transfers = conn.execute("SELECT count(*) FROM transfer").fetchone()[0]
    finally:
        conn.close()
    return total, transfers


@contextmanager
def busy_writer(path: Path) -> Iterator[list[int]]:
    """A thread moving money between accounts, one commit per transfer, until the block ends."""
    stop = threading.Event()
    done = [0]

    def work() -> None:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        n = 0
        while not stop.is_set():
            n += 1
            a, b = n % 2000, (n * 7 + 1) % 2000
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE account SET balance = balance - 5 WHERE id = ?", (a,))
            conn.execute("UPDATE account SET balance = balance + 5 WHERE id = ?", (b,))
            conn.execute("INSERT INTO transfer (amount) VALUES (5)")
            conn.execute("COMMIT")
            done[0] = n
        conn.close()

    thread = threading.Thread(target=work)
    thread.start()
    try:
        yield done
    finally:
        stop.set()
        thread.join()


def test_copies_taken_while_a_writer_commits_are_each_consistent(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    ledger(db)
    folder = tmp_path / "backups"
    with busy_writer(db) as done:
        seen = []
        for second in range(3):
            before = done[0]
            # Small steps: the copy takes many steps while the writer commits between them.
            raw = tmp_path / f"raw{second}.sqlite"
            snapshot.snapshot(db, raw, step_pages=4, pause=0.001)
            seen.append((before, done[0], raw))
            result = take_backup(
                db, folder, BackupSettings(), now=lambda s=second: datetime(2026, 1, 1, 9, s, tzinfo=UTC)
            )
            assert result.copy.path.exists()
    assert any(after > before for before, after, _ in seen), "the writer was never let through during a copy"
    for _before, _after, raw in seen:
        assert snapshot.quick_check(raw) == "ok"
        assert balance_of(raw)[0] == TOTAL
    copies = list_copies(folder, "ledger")
    assert len(copies) == 3
    for copy in copies:
        out = tmp_path / f"{copy.name}.db"
        sealing.extract(copy.path, out, None)
        assert snapshot.quick_check(out) == "ok"
        total, transfers = balance_of(out)
        assert total == TOTAL and transfers > 0
    assert balance_of(db)[0] == TOTAL


def test_a_copy_is_gzip_with_a_note_of_what_it_holds(demo_db: Any) -> None:
    result = backups.backup_database(demo_db)
    copy = result.copy
    assert copy.name.startswith("demo-") and copy.name.endswith(".sqlite.gz")
    with gzip.open(copy.path) as packed:
        assert packed.read(16) == b"SQLite format 3\x00"  # any gunzip opens it
    listed = backups.list_backups(demo_db)
    assert [c.name for c in listed] == [copy.name]
    assert listed[0].assessments == copy.assessments == len(backups.copy_contents(copy)) > 0
    assert listed[0].last_change is not None and listed[0].reason == "manual"


def test_the_rotation_over_three_simulated_months(tmp_path: Path) -> None:
    db = tmp_path / "small.sqlite"
    ledger(db, accounts=10)
    folder = tmp_path / "backups"
    moments = [
        datetime(2026, 1, 1, 9, tzinfo=UTC) + timedelta(days=d, hours=h) for d in range(90) for h in (0, 8)
    ]  # 09:00 and 17:00 from 1 January to 31 March 2026 (a Tuesday)
    for moment in moments:
        take_backup(db, folder, BackupSettings(), reason="timer", now=lambda m=moment: m)
    left = {c.taken_at for c in list_copies(folder, "small")}
    # recent 12: 26-31 March, both copies; daily 7 adds 25 March 17:00; weekly 4: weeks of
    # 30 March, 23, 16 and 9 March -> 31, 29 (kept), 22 and 15 March at 17:00; monthly 6:
    # March, February, January -> 31 March, 28 February, 31 January at 17:00.
    at5 = lambda month, day: datetime(2026, month, day, 17, tzinfo=UTC)  # noqa: E731
    expected = {datetime(2026, 3, d, h, tzinfo=UTC) for d in range(26, 32) for h in (9, 17)}
    expected |= {at5(3, 25), at5(3, 22), at5(3, 15), at5(2, 28), at5(1, 31)}
    assert left == expected
    assert len(list(folder.glob("*.json"))) == len(expected)  # each note goes with its copy


def test_the_keeper_takes_a_copy_at_start_every_30_minutes_of_change_and_at_close(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    ledger(db, accounts=10)
    now = [datetime(2026, 3, 2, 8, 0, tzinfo=UTC)]
    keeper = BackupKeeper(db, tmp_path / "backups", settings=BackupSettings, now=lambda: now[0])
    assert keeper.due("start")
    assert keeper.run("start").result is not None
    now[0] += timedelta(minutes=45)
    assert not keeper.due("timer")  # nothing changed
    assert not keeper.due("close")
    write(db)
    now[0] += timedelta(minutes=1)
    assert keeper.due("timer") and keeper.due("close")
    keeper.run("timer")
    write(db)
    now[0] += timedelta(minutes=29)
    assert not keeper.due("timer")  # changed, but only 29 minutes since
    now[0] += timedelta(minutes=1)
    assert keeper.due("timer")
    assert keeper.run("close").result is not None
    assert len(list_copies(tmp_path / "backups", "ledger")) == 3
    # The next start finds the database as the newest copy left it: no copy needed.
    fresh = BackupKeeper(db, tmp_path / "backups", settings=BackupSettings, now=lambda: now[0])
    assert not fresh.due("start")


def write(db: Path) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT INTO transfer (amount) VALUES (1)")
    conn.close()


class FillingOutput:
    """An output whose file system fills up after ``room`` bytes (ENOSPC), like a full disk."""

    def __init__(self, room: int) -> None:
        self.room = room

    @contextmanager
    def __call__(self, path: Path) -> Iterator[Any]:
        with atomic_output(path) as out:
            yield self._Limited(out, self)

    class _Limited:
        def __init__(self, out: Any, owner: FillingOutput) -> None:
            self.out, self.owner = out, owner

        def write(self, data: bytes) -> int:
            if len(data) > self.owner.room:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.owner.room -= len(data)
            return int(self.out.write(data))

        def flush(self) -> None:
            self.out.flush()


def test_a_full_disk_is_told_once_thins_the_oldest_and_harms_nothing(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    ledger(db)
    folder = tmp_path / "backups"
    start = datetime(2026, 3, 2, 8, tzinfo=UTC)
    for hour in range(4):
        take_backup(db, folder, BackupSettings(), now=lambda h=hour: start + timedelta(hours=h))
    before_db = db.read_bytes()
    names_before = sorted(p.name for p in folder.iterdir())
    now = [start + timedelta(hours=5)]
    keeper = BackupKeeper(db, folder, settings=BackupSettings, now=lambda: now[0], output=FillingOutput(room=1000))
    first = keeper.run("timer")
    second = keeper.run("timer")
    assert first.result is None and first.tell and isinstance(first.problem, object)
    assert second.result is None and not second.tell  # the same problem: a note, not a dialog
    told = backups.say(first.problem, "en")  # type: ignore[arg-type]
    assert "needs about" in told and "MB" in told
    assert "cần khoảng" in backups.say(first.problem, "vi")  # type: ignore[arg-type]
    assert db.read_bytes() == before_db and snapshot.quick_check(db) == "ok"
    left = sorted(p.name for p in folder.iterdir())
    assert not [n for n in left if n.endswith(".partial")]  # no half-written file anywhere
    copies = list_copies(folder, "ledger")
    assert copies, "the newest copy is never thinned"
    assert copies[0].taken_at == start + timedelta(hours=3)
    assert len(left) < len(names_before)  # the oldest were thinned first
    assert min(c.taken_at for c in copies) > start
    # Once there is room again, the next copy is written and the problem forgotten.
    keeper.output = atomic_output
    assert keeper.run("timer").result is not None


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("mount") is None, reason="mounting a tmpfs needs root")
def test_a_backup_folder_on_a_small_real_file_system(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    ledger(db, accounts=6000)  # about 3 MB: its snapshot does not fit in 1 MB
    before = balance_of(db)
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=False)
    if mounted.returncode != 0:
        pytest.skip("this system refuses to mount a tmpfs")
    try:
        keeper = BackupKeeper(db, folder, settings=BackupSettings)
        first, second = keeper.run("start"), keeper.run("timer")
        assert first.tell and not second.tell and first.result is None
        assert isinstance(first.problem, object) and "needs about" in backups.say(first.problem, "en")  # type: ignore[arg-type]
        assert list(folder.iterdir()) == []  # nothing half-written left behind
        assert snapshot.quick_check(db) == "ok" and balance_of(db) == before
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_the_second_place_gets_the_days_copy_and_a_missing_stick_is_a_note(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    ledger(db, accounts=10)
    stick = tmp_path / "stick"
    settings = BackupSettings(second_folder=str(stick))
    folder = tmp_path / "backups"
    day = datetime(2026, 3, 2, 8, tzinfo=UTC)
    missing = take_backup(db, folder, settings, reason="start", now=lambda: day)
    assert missing.second_place == "missing" and missing.copy.path.exists()
    note = backups.KeeperReport(missing).second_place
    assert note is None  # the report of a plain result carries no note; the keeper adds it
    stick.mkdir()
    first = take_backup(db, folder, settings, reason="timer", now=lambda: day + timedelta(hours=1))
    assert first.second_place == "written"
    later = take_backup(db, folder, settings, reason="timer", now=lambda: day + timedelta(hours=2))
    assert later.second_place == "not due"  # one copy a day there
    close = take_backup(db, folder, settings, reason="close", now=lambda: day + timedelta(hours=9))
    assert close.second_place == "written"
    there = list_copies(stick, "ledger")
    assert [c.taken_at for c in there] == [day + timedelta(hours=9)]  # the day's last work
    out = tmp_path / "from-stick.sqlite"
    sealing.extract(there[0].path, out, None)
    assert snapshot.quick_check(out) == "ok"


def test_the_keeper_notes_a_missing_stick_in_its_report(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    ledger(db, accounts=10)
    stick = tmp_path / "gone"
    keeper = BackupKeeper(db, tmp_path / "b", settings=lambda: BackupSettings(second_folder=str(stick)))
    report = keeper.run("start")
    assert report.result is not None and report.problem is None
    assert report.second_place is not None and str(stick) in report.second_place.text("en")


def test_a_sealed_copy_cannot_be_opened_without_the_installations_key(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    ledger(db, accounts=50)
    keys = KeyPair.generate()
    result = take_backup(
        db,
        tmp_path / "b",
        BackupSettings(encrypt=True),
        keys=lambda: keys,
        now=lambda: datetime(2026, 3, 2, tzinfo=UTC),
    )
    sealed = result.copy.path
    assert sealed.name.endswith(".sqlite.gz.sealed")
    data = sealed.read_bytes()
    assert b"SQLite format 3" not in data and b"xxxxxxxx" not in data
    with pytest.raises(gzip.BadGzipFile), gzip.open(sealed) as packed:
        packed.read()
    with pytest.raises(backups.BackupError, match="cannot be opened|not available"):
        sealing.extract(sealed, tmp_path / "stranger.sqlite", lambda: KeyPair.generate())
    assert not (tmp_path / "stranger.sqlite").exists()
    out = tmp_path / "owner.sqlite"
    sealing.extract(sealed, out, lambda: keys)
    assert balance_of(out) == balance_of(db)


def test_settings_read_back_and_nonsense_keeps_the_defaults(tmp_path: Path) -> None:
    chosen = BackupSettings(RotationPolicy(recent=3, daily=2, weekly=1, monthly=12), "/media/stick", True, 15)
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path) == chosen
    (tmp_path / "backup-settings.json").write_text('{"keep": {"recent": -4}, "encrypt": "yes", "interval_minutes": 0}')
    assert load_settings(tmp_path) == BackupSettings()


def test_two_copies_in_the_same_second_both_stay(tmp_path: Path) -> None:
    # Names go by the second: the copy of the database taken just before a restore, in the
    # same second as the copy being restored, must not replace it.
    db = tmp_path / "ledger.sqlite"
    ledger(db, accounts=10)
    folder = tmp_path / "backups"
    moment = datetime(2026, 12, 7, 8, 33, 55, 120_000, tzinfo=UTC)
    first = take_backup(db, folder, BackupSettings(), now=lambda: moment)
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO transfer VALUES (1, 5)")
    conn.commit()
    conn.close()
    second = take_backup(db, folder, BackupSettings(), now=lambda: moment + timedelta(milliseconds=500))
    assert first.copy.path != second.copy.path
    assert second.copy.taken_at == first.copy.taken_at + timedelta(seconds=1)
    assert len(list_copies(folder, "ledger")) == 2
    out = tmp_path / "first.db"
    sealing.extract(first.copy.path, out, None)
    assert balance_of(out)[1] == 0  # still the first copy, without the transfer
