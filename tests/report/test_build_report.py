"""The service the workbench calls from a worker thread, and `cpdesk report` on top of it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from cpdesk.cli.main import main
from cpdesk.core.errors import CpdeskError, NotFoundError
from cpdesk.report.document import ReportCancelled
from cpdesk.services.reports import building as reports


def test_progress_rises_to_one_and_ends_with_the_file(demo_db, tmp_path) -> None:
    seen: list[tuple[float, str]] = []
    path = reports.build_report(
        demo_db, "programme", "CP-EE", tmp_path / "p.pdf", "en", progress=lambda f, m: seen.append((f, m))
    )
    fractions = [f for f, _m in seen]
    assert path.read_bytes().startswith(b"%PDF")
    assert fractions == sorted(fractions)
    assert fractions[0] == 0.0
    assert fractions[-1] == 1.0
    assert len(fractions) > 5
    assert seen[-1][1] == "Report saved"


@pytest.mark.parametrize("after", [1, 8])
def test_cancelling_leaves_no_file_and_keeps_the_old_one(demo_db, textile_id, tmp_path, after) -> None:
    """Cancelled while reading the data (after 1 question) or while laying out pages (after 8)."""
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"the report printed last week")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > after

    with pytest.raises(ReportCancelled):
        reports.build_report(demo_db, "assessment", textile_id, target, "vi", cancelled=cancelled)
    assert target.read_bytes() == b"the report printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temporary file left


def test_a_build_in_a_worker_thread_while_another_reads(demo_db, tmp_path) -> None:
    """The GUI runs builds in a worker thread; two at once must not disturb each other."""
    errors: list[BaseException] = []

    def work(code: str) -> None:
        try:
            reports.build_report(demo_db, "programme", code, tmp_path / f"{code}.xlsx", "vi")
        except BaseException as exc:  # noqa: BLE001 - reported to the test below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(code,)) for code in ("CP-EE", "GERIAP")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert {p.name for p in tmp_path.iterdir()} == {"CP-EE.xlsx", "GERIAP.xlsx"}


@pytest.mark.parametrize(
    ("kind", "key", "name", "message"),
    [
        ("assessment", None, "missing/x.pdf", "folder"),
        ("assessment", None, "x.doc", "must end in .pdf or .xlsx or .docx"),
        ("worksheets", None, "x.docx", "must end in .pdf"),
        ("worksheets", None, "x.xlsx", "must end in .pdf"),
        ("invoice", None, "x.pdf", "unknown report"),
        ("programme", [], "x.pdf", "at least one programme"),
    ],
)
def test_clear_errors(demo_db, textile_id, tmp_path, kind, key, name, message) -> None:
    with pytest.raises(CpdeskError, match=message):
        reports.build_report(demo_db, kind, textile_id if key is None else key, tmp_path / name, "vi")
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_programme_and_assessment(demo_db, tmp_path) -> None:
    with pytest.raises(NotFoundError, match="no programme NOPE"):
        reports.build_report(demo_db, "programme", "NOPE", tmp_path / "x.pdf", "vi")
    with pytest.raises(NotFoundError, match="no assessment"):
        reports.build_report(demo_db, "assessment", "00000000", tmp_path / "x.pdf", "vi")


@pytest.fixture(scope="module")
def demo_file(demo_db) -> str:
    return str(Path(demo_db.path))


def test_cli_writes_each_report(demo_file, textile_id, tmp_path, capsys) -> None:
    runs = [
        ["report", "assessment", textile_id[:8], "-o", str(tmp_path / "a.xlsx"), "--lang", "en"],
        ["report", "programme", "CP-EE", "GERIAP", "-o", str(tmp_path / "p.pdf")],
        ["report", "worksheets", "--blank", "-o", str(tmp_path / "w.pdf")],
    ]
    for argv in runs:
        assert main(["--db", demo_file, *argv]) == 0
        assert capsys.readouterr().out.startswith("report written: ")
    assert {p.name for p in tmp_path.iterdir()} == {"a.xlsx", "p.pdf", "w.pdf"}


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["report", "worksheets", "-o", "w.pdf"], 2, "or --blank"),
        (["report", "programme", "CP-EE", "-o", "missing/p.pdf"], 1, "does not exist"),
        (["report", "programme", "CP-EE", "-o", "p.pdf", "--lang", "fr"], 2, "invalid choice"),
    ],
)
def test_cli_errors_are_one_line(demo_file, tmp_path, monkeypatch, capsys, argv, code, message) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CPDESK_LANG", "en")  # the errors are read in English here
    assert main(["--db", demo_file, *argv]) == code
    err = capsys.readouterr().err
    assert err.startswith("cpdesk: error: ")
    assert message in err
    assert err.count("\n") == 1
