"""`cpdesk training ...`: a module prepared, exported to two trainees, results back, compared."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from cpdesk.cli.main import main
from cpdesk.services.assessment.flow import record_measurement
from cpdesk.store.models import Stream
from tests.plugins.postgres import WorkspaceFactory
from tests.report.helpers import pdf_text, squash
from tests.services.test_practical import Scenario, make_scenario


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sites(tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest) -> Iterator[Scenario]:
    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    yield make_scenario(factory, tmp_path)
    factory.close()


def _url(site) -> str:  # type: ignore[no-untyped-def]
    return str(site.db.engine.url)


def test_prepare_export_return_import_compare(sites: Scenario, capsys: pytest.CaptureFixture[str]) -> None:
    trainer = sites.trainer
    db = _url(trainer)
    reference = str(sites.reference)[:8]
    with trainer.active():
        code, out, err = run(
            capsys, "--db", db, "training", "prepare", reference, "--title", "Readings practice",
            "--trainee", "An", "--trainee", "Bình", "--give", "steps,streams", "--tasks", "5", "--json",
        )  # fmt: skip
    assert code == 0, err
    module = json.loads(out)
    assert [a["trainee"] for a in module["assignments"]] == ["An", "Bình"]
    assert module["data_given"] == ["steps", "streams"]
    assert module["tasks_required"] == [5]
    copies = {a["trainee"]: a["assessment_id"] for a in module["assignments"]}
    short = module["id"][:8]

    folder = sites.folder / "out"
    folder.mkdir()
    with trainer.active():
        code, out, err = run(capsys, "--db", db, "training", "export", short, "--folder", str(folder), "--json")
    assert code == 0, err
    written = json.loads(out)
    assert [w["trainee"] for w in written] == ["An", "Bình"]
    assert all(w["encrypted"] for w in written)

    for (name, site), bundle in zip(sites.trainees.items(), written, strict=True):
        with site.active():
            code, _, err = run(capsys, "--db", _url(site), "import", bundle["file"])
            assert code == 0, err
            with site.db.reading() as s:
                water = s.execute(
                    select(Stream.id).where(
                        Stream.assessment_id == uuid.UUID(copies[name]), Stream.name == "Fresh water"
                    )
                ).scalar_one()
            # An reads the reference's 50 000 m³/a; Bình 45 000 (-10 %: within the tolerance).
            record_measurement(site.db, water, value=50_000 if name == "An" else 45_000, unit="m3", basis="per_year")
            back = sites.folder / f"{name}.cpdx"
            code, out, err = run(
                capsys, "--db", _url(site), "training", "return", copies[name][:8], "-o", str(back),
                "--to", str(sites.trainer_key), "--json",
            )  # fmt: skip
            assert code == 0, err
            assert json.loads(out)["encrypted"] is True
        with trainer.active():
            code, out, err = run(capsys, "--db", db, "training", "import-results", short, str(back), "--json")
        assert code == 0, err
        result = json.loads(out)
        assert result["trainee"] == name
        assert result["status"] == "imported"
        assert result["returned_at"]

    pdf = sites.folder / "compare.pdf"
    code, out, err = run(
        capsys, "--db", db, "training", "compare", short, "-o", str(pdf), "--lang", "en", "--json", "--flow-pct", "5"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["tolerances"]["flow_relative"] == 0.05
    fresh = next(m for m in data["measures"] if m["section"] == "flow" and m["label"] == "water: Fresh water")
    assert fresh["reference"] == 50_000
    assert [t["value"] for t in fresh["trainees"]] == [50_000, 45_000]
    assert fresh["trainees"][1]["relative"] == pytest.approx(-0.10)
    assert fresh["trainees"][1]["differs"] is True  # 10 % > 5 %
    assert [t["name"] for t in data["trainees"]] == ["An", "Bình"]
    assert "-10%" in squash(pdf_text(pdf))


def test_errors_are_one_line(sites: Scenario, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = _url(sites.trainer)
    code, _, err = run(capsys, "--db", db, "training", "compare", str(sites.module.id))
    assert code != 0
    assert "give -o FILE.pdf, --json, or both" in err
    code, _, err = run(
        capsys, "--db", db, "training", "prepare", str(sites.reference), "--title", "X", "--trainee", "A",
        "--tasks", "four",
    )  # fmt: skip
    assert code != 0
    assert "--tasks" in err
    assert "Traceback" not in err
    other = tmp_path / "nothing.cpdx"
    other.write_bytes(b"not a bundle")
    with sites.trainer.active():
        code, _, err = run(capsys, "--db", db, "training", "import-results", str(sites.module.id), str(other))
    assert code != 0
    assert err.count("\n") == 1
    assert "nothing.cpdx" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(capsys, "--db", db, "training", "export", "0000", "--folder", str(empty))
    assert code != 0
    assert "at least 8 characters" in err
    assert os.listdir(empty) == []
