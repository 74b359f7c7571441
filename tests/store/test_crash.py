"""A process killed in the middle of a large write leaves a sound database: all or nothing."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cpdesk.store.database import open_database

ROWS = 400_000

WRITER = textwrap.dedent(
    f"""
    import sys, uuid
    from datetime import datetime, timezone
    from sqlalchemy import insert
    from cpdesk.store.database import open_database
    from cpdesk.store.models import Programme

    db = open_database(sys.argv[1])
    now = datetime.now(timezone.utc)
    with db.sessions.begin() as session:
        for start in range(0, {ROWS}, 20_000):
            session.execute(insert(Programme), [
                dict(id=uuid.uuid4(), code=f"P{{i}}", name="crash test", created_at=now,
                     updated_at=now, device_id="d", version=1)
                for i in range(start, start + 20_000)
            ])
            if start == 40_000:
                print("writing", flush=True)
    print("committed", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_during_a_large_write(db_path: Path) -> None:
    open_database(db_path).close()
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "writing", line
    time.sleep(0.2)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    db = open_database(db_path)  # opens (recovers the WAL) without error
    db.close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        count = conn.execute("SELECT count(*) FROM programme").fetchone()[0]
    finally:
        conn.close()
    assert count in (0, ROWS), f"a partial write survived: {count} rows"
