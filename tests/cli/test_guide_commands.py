"""`cpdesk guide`: the progress and findings as text and JSON, in Vietnamese and English."""

from __future__ import annotations

import json

from cpdesk.cli.main import main
from cpdesk.services import editing
from cpdesk.services.assessment import assessments
from cpdesk.services.editing import Update
from tests.services.test_guidance import build


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_guide_json_lists_tasks_steps_and_findings(db, capsys) -> None:
    plant = build(db)
    assessments.set_task_status(db, plant.a, 1, "done")
    assessments.set_task_status(db, plant.a, 3, "done")
    editing.apply(db, Update("process_step", plant.dyeing, {"is_focus": False}))  # task 3 now lacks its focus
    path = str(db.path)
    code, out, err = _run(capsys, "--db", path, "guide", str(plant.a)[:8], "--json", "--lang", "en")
    assert code == 0, err
    data = json.loads(out)
    assert data["assessment"] == {"id": str(plant.a), "title": "Đánh giá SXSH nhà nhuộm"}
    assert (data["tasks_done"], data["tasks_marked_done"], data["tasks_total"]) == (1, 2, 18)
    assert data["closure_tolerance_pct"] == {"water": 10.0, "energy": 10.0}
    assert data["steps"][0] == {"step": 1, "title": "Getting started", "done": 1, "total": 3}
    assert [len(t["findings"]) for t in data["tasks"]] == [0, 0, 1] + [0] * 15
    task3 = data["tasks"][2]
    assert (task3["status"], task3["marked_done"], task3["done"], task3["section"]) == (
        "done",
        True,
        False,
        "process_steps",
    )
    assert task3["findings"] == [
        {
            "task": 3,
            "code": "no_focus",
            "severity": "missing",
            "blocking": True,
            "subject": None,
            "params": {},
            "message": "No process step is marked as the audit focus.",
        }
    ]


def test_guide_text_in_vietnamese_names_subjects(db, capsys) -> None:
    plant = build(db, status="implemented", monitored=None)
    code, out, err = _run(capsys, "--db", str(db.path), "guide", str(plant.a), "--lang", "vi")
    assert code == 0, err
    assert "0/18 nhiệm vụ đạt, 0 đã đánh dấu xong" in out
    assert "Bước 5. Thực hiện các giải pháp SXSH  0/3" in out
    assert "! Giải pháp G1 Khoá vòi khi nghỉ đã thực hiện nhưng chưa theo dõi kết quả tiết kiệm." in out


def test_guide_of_an_unknown_assessment_is_one_line(db, capsys) -> None:
    code, out, err = _run(capsys, "--db", str(db.path), "guide", "00000000")
    assert code == 1
    assert out == ""
    assert err.startswith("cpdesk: error: ")
    assert len(err.strip().splitlines()) == 1
