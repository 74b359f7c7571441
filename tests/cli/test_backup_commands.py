"""`cpdesk backup now | list | restore` on a database file, in both languages."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.services import editing
from cpdesk.services.editing import Delete
from cpdesk.services.workspace import open_workspace
from tests.sync.conftest import add_small_assessment


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def field(tmp_path: Path, workspace_template: Path) -> Path:
    path = tmp_path / "field.sqlite"
    path.write_bytes(workspace_template.read_bytes())
    return path


def test_backup_now_list_and_restore_a_deleted_assessment(field: Path) -> None:
    db = open_workspace(field)
    a = add_small_assessment(db, "Giấy")
    db.close()
    code, out, err = run("--db", str(field), "backup", "now")
    assert code == 0, err
    assert out.startswith("backup written: field-") and "1 assessments" in out

    code, out, _ = run("--db", str(field), "backup", "list", "--json")
    (listed,) = json.loads(out)
    assert listed["assessments"] == 1 and listed["titles"] == ["Giấy"] and listed["reason"] == "manual"

    db = open_workspace(field)
    editing.apply(db, Delete("assessment", a))
    db.close()
    code, out, err = run("--db", str(field), "backup", "restore", "latest", "--assessment", a.hex[:8])
    assert code == 0, err
    assert "restored the assessment “Giấy”" in out and "the deleted assessment is back" in out
    db = open_workspace(field)
    try:
        from cpdesk.services.assessment import assessments

        assert [r.title for r in assessments.list_assessments(db)] == ["Giấy"]
    finally:
        db.close()


def test_the_list_and_the_refusals_speak_vietnamese(field: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CPDESK_LANG")
    code, out, _ = run("--db", str(field), "backup", "list")
    assert code == 0 and out.startswith("chưa có bản sao lưu nào")
    assert run("--db", str(field), "backup", "now")[0] == 0
    code, out, _ = run("--db", str(field), "backup", "list")
    assert out.splitlines()[0].split()[:2] == ["Thời", "điểm"] and "thủ công" in out
    code, _, err = run("--db", str(field), "backup", "restore", "19990101")
    assert (
        code == 1
        and err.strip() == "cpdesk: lỗi: không có bản sao lưu 19990101; xem danh sách bằng 'cpdesk backup list'"
    )
    code, _, err = run("--db", str(field), "backup", "restore", "latest", "--assessment", "abcdef")
    assert code == 1 and "không có đánh giá abcdef" in err


def test_a_whole_restore_from_the_command_line(field: Path) -> None:
    assert run("--db", str(field), "backup", "now")[0] == 0
    db = open_workspace(field)
    add_small_assessment(db, "Bia")
    db.close()
    code, out, err = run("--db", str(field), "backup", "restore", "latest")
    assert code == 0, err
    assert out.startswith("restored whole from field-")
    db = open_workspace(field)
    try:
        from cpdesk.services.assessment import assessments

        assert assessments.list_assessments(db) == []
    finally:
        db.close()


def test_a_copy_carried_on_a_stick_becomes_the_database_of_a_new_laptop(field: Path, tmp_path: Path) -> None:
    db = open_workspace(field)
    a = add_small_assessment(db, "Giấy")
    db.close()
    code, out, _ = run("--db", str(field), "backup", "now")
    assert code == 0
    (listed,) = json.loads(run("--db", str(field), "backup", "list", "--json")[1])
    stick = tmp_path / "stick"
    stick.mkdir()
    carried = stick / listed["name"]
    carried.write_bytes(Path(listed["path"]).read_bytes())  # without its note
    new_laptop = tmp_path / "new" / "cpdesk.sqlite"
    new_laptop.parent.mkdir()
    code, out, err = run("--db", str(new_laptop), "backup", "restore", str(carried))
    assert code == 0, err
    assert out.startswith("restored whole from field-") and "there was no database there before" in out
    db = open_workspace(new_laptop)
    try:
        from cpdesk.services.assessment import assessments

        assert [r.id for r in assessments.list_assessments(db)] == [a]
    finally:
        db.close()
