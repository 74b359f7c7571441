"""Sync under real processes: two importers at once, a kill in the middle, a full disk."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, insert, select

from cpdesk.services.sync import importing as sync
from cpdesk.store.models import Attachment, Programme, SyncImport
from tests.sync.conftest import Network, Site, add_small_assessment
from tests.sync.test_merge import snapshot

IMPORTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from cpdesk.services.sync import importing as sync
    from cpdesk.store.database import open_database

    url, bundle, go = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    db = open_database(url)
    while not go.exists():
        time.sleep(0.005)
    def progress(fraction, message):
        print(f"progress {fraction:.3f} {message}", flush=True)
    report = sync.import_bundle(db, bundle, progress=progress)
    print("status", report.status, flush=True)
    """
)


def _child(site: Site, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "CPDESK_DATA_DIR": str(site.data_dir)}
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTER, site.db.url, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _count(db: Any, model: Any) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_two_processes_importing_one_bundle_import_it_once(network: Network, tmp_path: Path) -> None:
    a = network.field("a")
    add_small_assessment(a.db)
    bundle = network.path("a")
    a.export(bundle)
    go = tmp_path / "go"
    children = [_child(network.centre, str(bundle), str(go)) for _ in range(2)]
    time.sleep(0.5)
    go.touch()
    statuses = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        statuses.append(out.strip().splitlines()[-1])
    assert sorted(statuses) == ["status already imported", "status imported"]
    assert _count(network.centre.db, SyncImport) == 1
    assert snapshot(network.centre.db)["assessment"].keys() == snapshot(a.db)["assessment"].keys()


@pytest.mark.slow
def test_sigkill_during_an_import_leaves_the_centre_as_it_was(network: Network, tmp_path: Path) -> None:
    a = network.field("a")
    now = datetime.now(UTC)
    with a.db.sessions.begin() as session:  # enough records that the merge takes a while
        session.execute(
            insert(Programme),
            [
                dict(
                    id=uuid.uuid4(),
                    code=f"P{i}",
                    name="many",
                    created_at=now,
                    updated_at=now,
                    device_id=a.db.device_id,
                    version=1,
                )
                for i in range(30_000)
            ],
        )
    bundle = network.path("a")
    a.export(bundle)
    before = snapshot(network.centre.db)
    go = tmp_path / "go"
    go.touch()
    child = _child(network.centre, str(bundle), str(go))
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("progress") and "merging programme" in line:
            break
    else:
        pytest.fail(f"the import never reached the merge: {child.stderr.read() if child.stderr else ''}")
    time.sleep(0.3)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert snapshot(network.centre.db) == before
    assert _count(network.centre.db, SyncImport) == 0
    # and the same bundle imports cleanly afterwards
    assert network.centre.import_(bundle).totals.new >= 30_000


EXPORTER = textwrap.dedent(
    """
    import resource, sys
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from cpdesk.cli.main import main
    sys.exit(main(sys.argv[2:]))
    """
)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE (POSIX)")
def test_a_full_disk_while_exporting_leaves_nothing_behind(sqlite_network: Network, tmp_path: Path) -> None:
    network = sqlite_network
    a = network.field("a")
    assessment = add_small_assessment(a.db)
    with a.db.sessions.begin() as session:
        for i in range(3):
            photo = os.urandom(1024 * 1024)
            session.add(Attachment(assessment_id=assessment, filename=f"{i}.jpg", content=photo, size_bytes=len(photo)))
    a.db.close()  # the child is the only process on the database
    outbox = tmp_path / "usb"
    outbox.mkdir()
    target = outbox / "export.cpb"
    target.write_bytes(b"the previous export")
    env = {**os.environ, "CPDESK_DATA_DIR": str(a.data_dir)}
    done = subprocess.run(
        [sys.executable, "-c", EXPORTER, str(1024 * 1024), "--db", str(a.db.path), "export", "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1
    assert "cannot write" in done.stderr
    assert "nothing was exported" in done.stderr
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in outbox.iterdir()) == ["export.cpb"]
    # nothing was marked as sent: the next export still holds everything
    from cpdesk.services.workspace import open_workspace

    db = open_workspace(a.db.path)
    try:
        with a.active():
            plan = sync.plan_export(db)
        assert plan.tables["attachment"] == 4
        assert plan.tables["assessment"] == 1
    finally:
        db.close()
