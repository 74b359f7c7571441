"""The sync commands end to end, as a centre and an auditor would type them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cpdesk.cli.main import main
from tests.sync.conftest import add_small_assessment


class Person:
    """Someone at a computer: a database and a data folder of their own."""

    def __init__(self, folder: Path, name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
        self.db = folder / f"{name}.sqlite"
        self.data = folder / f"data-{name}"
        self.data.mkdir()
        self._monkeypatch = monkeypatch
        self._capsys = capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self._monkeypatch.setenv("CPDESK_DATA_DIR", str(self.data))
        code = main(["--db", str(self.db), *argv])
        out, err = self._capsys.readouterr()
        return code, out, err


@pytest.fixture
def people(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[Person, Person]:
    return Person(tmp_path, "centre", monkeypatch, capsys), Person(tmp_path, "lan", monkeypatch, capsys)


def test_the_whole_exchange_on_the_command_line(people: tuple[Person, Person], tmp_path: Path) -> None:
    centre, lan = people
    code, out, _ = centre("centre", "init", "--name", "VNCPC")
    assert code == 0
    assert "fingerprint is" in out
    fingerprint = out.split("fingerprint is ")[1].split()[0]

    code, out, _ = lan("keys", "export", "-o", str(tmp_path / "lan.cpdeskkey"), "--name", "Trần Thị Lan")
    assert code == 0
    assert "Trần Thị Lan" in out
    code, out, _ = lan("keys", "show", "--json")
    shown = json.loads(out)
    assert shown["name"] == "Trần Thị Lan"
    assert out.count(shown["fingerprint"]) == 1
    assert centre("centre", "trust", str(tmp_path / "lan.cpdeskkey"), "--name", "Lan")[0] == 0

    assert centre("centre", "pack", "-o", str(tmp_path / "pack.cpb"))[0] == 0
    code, _, err = lan("import", str(tmp_path / "pack.cpb"))
    assert code == 1
    assert "not trusted here" in err
    assert err.count("\n") == 1
    code, out, _ = lan("import", str(tmp_path / "pack.cpb"), "--centre-fingerprint", fingerprint.upper())
    assert code == 0
    assert "reference-data pack" in out
    assert "imported" in out

    _with_assessment(lan)
    code, out, _ = lan("export", "-o", str(tmp_path / "lan-1.cpb"))
    assert code == 0
    assert "encrypted for VNCPC" in out

    code, out, _ = centre("import", str(tmp_path / "lan-1.cpb"), "--dry-run")
    assert code == 0
    assert "dry run" in out
    code, out, _ = centre("import", str(tmp_path / "lan-1.cpb"), "--json")
    report = json.loads(out)
    assert report["status"] == "imported"
    assert report["entities"]["assessment"]["new"] == 1
    code, out, _ = centre("import", str(tmp_path / "lan-1.cpb"))
    assert code == 0
    assert "already imported" in out

    code, out, _ = centre("centre", "keys")
    assert "Lan" in out  # the registry lists the auditors it trusts
    assert "VNCPC" not in out
    code, out, _ = centre("conflicts")
    assert out.strip() == "no conflicts"

    code, out, _ = centre("centre", "revoke", shown["fingerprint"][:9], "--reason", "laptop stolen")
    assert code == 0
    assert "revoked" in out
    code, out, _ = lan("export", "-o", str(tmp_path / "lan-2.cpb"), "--all", "--json")
    assert code == 0
    written = json.loads(out)  # the bundle's path is written as text
    assert written["path"] == str(tmp_path / "lan-2.cpb")
    assert written["encrypted"] is True
    assert sum(written["tables"].values()) > 0
    code, _, err = centre("import", str(tmp_path / "lan-2.cpb"))
    assert code == 1
    assert "revoked on" in err
    assert err.startswith("cpdesk: error: lan-2.cpb: rejected")


def test_conflicts_listed_and_resolved(people: tuple[Person, Person], tmp_path: Path) -> None:
    from sqlalchemy import select

    from cpdesk.store.models import Assessment

    centre, lan = people
    centre("centre", "init", "--name", "VNCPC")
    centre("centre", "key", "-o", str(tmp_path / "centre.cpdeskkey"))
    lan("keys", "export", "-o", str(tmp_path / "lan.cpdeskkey"), "--name", "Lan")
    centre("centre", "trust", str(tmp_path / "lan.cpdeskkey"), "--name", "Lan")
    _with_assessment(lan)
    lan("export", "-o", str(tmp_path / "1.cpb"), "--to", str(tmp_path / "centre.cpdeskkey"))
    centre("import", str(tmp_path / "1.cpb"))
    for person, title in ((centre, "centre's title"), (lan, "Lan's title")):
        db = _open(person)
        with db.sessions.begin() as session:
            session.execute(select(Assessment)).scalar_one().title = title
        db.close()
    lan("export", "-o", str(tmp_path / "2.cpb"), "--to", str(tmp_path / "centre.cpdeskkey"))
    code, out, _ = centre("import", str(tmp_path / "2.cpb"))
    assert "1 conflict(s) to resolve" in out
    code, out, _ = centre("conflicts", "--json")
    [conflict] = json.loads(out)
    assert [d["field"] for d in conflict["differences"]] == ["title"]
    code, _, err = centre("conflicts", "resolve", conflict["id"][:8], "--keep", "colour=red")
    assert code == 1
    assert "has no field 'colour'" in err
    code, out, _ = centre("conflicts", "resolve", conflict["id"][:8], "--keep", "title=theirs")
    assert code == 0
    assert "resolved (fields)" in out
    assert centre("conflicts")[1].strip() == "no conflicts"
    code, out, _ = centre("conflicts", "--all")
    assert "fields" in out


def test_usage_errors(people: tuple[Person, Person], tmp_path: Path) -> None:
    centre, _lan = people
    code, _, err = centre("export")
    assert code == 2
    assert "-o/--output" in err
    code, _, err = centre("import", str(tmp_path / "missing.cpb"))
    assert code == 1
    assert "no such file" in err
    code, _, err = centre("centre", "show")
    assert code == 1
    assert "centre init" in err
    code, _, err = centre("centre", "pack", "-o", str(tmp_path / "p.cpb"))
    assert code == 1
    assert "only the centre writes reference-data packs" in err
    code, _, err = centre("centre", "trust", str(tmp_path / "nokey"), "--name", "x")
    assert code == 1
    assert "cannot read key file" in err
    code, _, err = centre("centre", "revoke", "12345678")
    assert code == 1
    assert "no trusted key has the fingerprint" in err


def _open(person: Person) -> Any:
    from cpdesk.services.workspace import open_workspace

    return open_workspace(person.db)


def _with_assessment(person: Person) -> None:
    db = _open(person)
    try:
        add_small_assessment(db)
    finally:
        db.close()
