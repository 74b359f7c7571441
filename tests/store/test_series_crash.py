"""A logger import killed while it writes leaves no partial series behind."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue
from cpdesk.services.workspace import open_workspace

# The child imports a 300 000-row file in chunks of 10 000 points; once the first chunks
# are in the open transaction it says so and waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime, timedelta
    from cpdesk.services import loggers
    from cpdesk.services.loggers import storage
    from cpdesk.services.workspace import open_workspace

    storage.CHUNK_POINTS = 10_000
    start = datetime(2024, 3, 1)
    lines = ["t;P (kW);Q (kvar)"] + [
        f"{start + timedelta(seconds=k):%Y-%m-%d %H:%M:%S};{k % 997},5;{k % 13},25" for k in range(300_000)
    ]
    data = ("\\n".join(lines) + "\\n").encode()
    db = open_workspace(sys.argv[1])
    settings = loggers.detect(data)
    announced = False

    def progress(fraction, message):
        global announced
        if message == "storing readings" and fraction > 0.85 and not announced:
            announced = True
            print("writing", flush=True)
            time.sleep(60)

    mapping = [loggers.ChannelMapping(1, "kW"), loggers.ChannelMapping(2, "kW")]
    loggers.import_series(db, sys.argv[2], data, settings, mapping, progress=progress)
    print("committed", flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_during_an_import_leaves_no_partial_series(db_path: Path) -> None:
    db = open_workspace(db_path)
    company = catalogue.create_company(db, name="Nhà máy giấy", sector="paper")
    assessment = assessments.create_assessment(db, company_id=company.id, title="crash", exchange_rate=25_000)
    db.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(assessment.id)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "writing", line
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL

    reopened = open_workspace(db_path)  # recovers the WAL without error
    reopened.close()
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        series = conn.execute("SELECT count(*) FROM logger_series").fetchone()[0]
        chunks = conn.execute("SELECT count(*) FROM logger_series_chunk").fetchone()[0]
    finally:
        conn.close()
    assert (series, chunks) == (0, 0), f"a partial import survived: {series} series, {chunks} chunks"
