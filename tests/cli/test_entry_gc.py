"""The ``cpdesk`` process holds Python's cyclic garbage collector through its start and lets it
go, with the start's objects set aside, once the database is open; ``main`` called from a
program (or a test) leaves the collector as it found it."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest

from cpdesk.cli import main as entry


def _spy(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    seen: dict[str, object] = {}
    settled = entry._settled

    def spying() -> None:
        seen["held"] = not gc.isenabled()
        settled()
        seen["set aside"] = gc.get_freeze_count()
        seen["running"] = gc.isenabled()

    monkeypatch.setattr(entry, "_settled", spying)
    return seen


def test_the_process_entry_holds_the_collector_until_the_database_is_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen = _spy(monkeypatch)
    monkeypatch.setenv("CPDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "argv", ["cpdesk", "--db", str(tmp_path / "centre.sqlite"), "list", "programmes"])
    try:
        assert entry.run() == 0
    finally:
        gc.unfreeze()  # this test's process goes on
    assert seen["held"] is True
    assert isinstance(seen["set aside"], int) and seen["set aside"] > 10_000  # modules, mappings, ...
    assert seen["running"] is True
    assert gc.isenabled()
    capsys.readouterr()


def test_main_leaves_the_collector_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen = _spy(monkeypatch)
    monkeypatch.setenv("CPDESK_DATA_DIR", str(tmp_path / "data"))
    assert entry.main(["--db", str(tmp_path / "centre.sqlite"), "list", "programmes"]) == 0
    assert seen == {"held": False, "set aside": 0, "running": True}
    capsys.readouterr()


def test_a_failing_command_lets_the_collector_go(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["cpdesk", "no-such-command"])
    assert entry.run() != 0  # the usage error, in one line
    assert gc.isenabled()
    capsys.readouterr()
