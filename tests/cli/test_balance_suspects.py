"""`cpdesk balance --reconcile` names the reading serial elimination drops, text and JSON.

The demo's water to the dyeing machines (540 m³/day) entered as 5 400: the first pass
flags it and spreads the error; serial elimination drops exactly that reading, and without
it the water balance passes its test.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from cpdesk.cli.main import main
from cpdesk.services.workspace import open_workspace
from cpdesk.store.models import Measurement, Stream

WRONG = "Nước cho nhuộm"


def _spoil(path) -> None:
    db = open_workspace(path)
    try:
        with db.sessions.begin() as session:
            m = session.execute(select(Measurement).join(Stream).where(Stream.name == WRONG)).scalar_one()
            m.value *= 10
    finally:
        db.close()


def _textile(capsys, path) -> str:
    main(["--db", str(path), "list", "assessments", "--json"])
    return next(r["id"] for r in json.loads(capsys.readouterr().out) if r["origin"] == "demo")


def test_balance_names_the_suspected_reading(demo_path, capsys) -> None:
    textile = _textile(capsys, demo_path)
    args = ["--db", str(demo_path), "balance", textile, "--carrier", "water", "--reconcile"]
    main([*args, "--json"])
    clean = json.loads(capsys.readouterr().out)["reconciliation"]
    assert (clean["suspected"], clean["elimination"]) == ([], None)
    assert not any(s["at_bound"] for s in clean["streams"])

    _spoil(demo_path)
    assert main([*args, "--json"]) == 0
    rec = json.loads(capsys.readouterr().out)["reconciliation"]
    assert rec["global_test"]["passed"] is False
    assert rec["suspected_names"] == [WRONG]
    assert rec["elimination"]["stopped"] == "passed"
    assert rec["elimination"]["global_test"]["passed"] is True
    wrong = next(s for s in rec["streams"] if s["name"] == WRONG)
    assert [s["id"] for s in rec["elimination"]["streams"] if s["status"] == "observable"].count(wrong["id"]) == 1
    assert all(s["value"] is None or s["value"] >= 0 for s in rec["elimination"]["streams"])

    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"suspected readings (serial elimination): {WRONG}; without them" in out
    assert "without suspects" in out
    assert "SUSPECTED, GROSS ERROR" in out
