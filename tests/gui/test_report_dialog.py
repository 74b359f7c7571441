# ruff: noqa: F811  (pytest fixtures are imported from workbench_fixtures by name)
"""File → Export report offers every report `cpdesk report ...` writes: an assessment, one or
several programmes, a selection, worksheets filled or blank; in Vietnamese or English whatever
the interface's language; as PDF, Excel or Word. Each is built in the background, into the file the
dialog names."""

from __future__ import annotations

import os

import docx
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from openpyxl import load_workbook  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from cpdesk.gui.report_export import ReportDialog, ReportExport, file_stem, reports_available  # noqa: E402
from cpdesk.report.i18n import I18n  # noqa: E402
from tests.gui.workbench_fixtures import demo_window, wait_for_jobs  # noqa: E402,F401
from tests.report.helpers import pdf_text, squash  # noqa: E402

pytestmark = pytest.mark.skipif(not reports_available(), reason="the report builder is not part of this build")

#: A heading each kind of report prints, by which its language is told.
HEADING = {"assessment": "cover_band_subtitle", "programme": "programme_title", "selection": "programme_title"}
HEADING |= {"worksheets": "ws_title", "blank": "ws_title"}


def _export(qtbot, window, dialog: ReportDialog, target) -> None:
    dialog.path.setText(str(target))
    dialog.path.textEdited.emit(str(target))
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReportDialog.DialogCode.Accepted
    ReportExport(window).export(dialog, open_when_done=False)
    wait_for_jobs(qtbot, timeout=120_000)


def test_the_dialog_offers_every_kind_both_languages_and_both_formats(qtbot, demo_window) -> None:
    dialog = ReportDialog(demo_window)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["assessment", "programme", "selection", "worksheets", "blank"]
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["vi", "en"]
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["pdf", "xlsx", "docx"]
    # The default: the assessment on screen, the interface's language, PDF, a dated file name.
    assert dialog.current_kind() == "assessment"
    assert dialog.keys() == [demo_window.current_assessment()]
    assert dialog.lang() == demo_window.wb.lang
    assert dialog.fmt() == "pdf"
    assert dialog.path.text().endswith(".pdf")
    dialog.choose("blank", [])
    assert not dialog.format.isEnabled()  # worksheets are PDF only


def test_file_names_are_plain() -> None:
    assert file_stem("Dệt Phong Phú: đợt 2") == "det-phong-phu-dot-2"
    assert file_stem("") == "cpdesk"


def _cases() -> list[tuple[str, str, str]]:
    kinds = [(k, f) for k in ("assessment", "programme", "selection") for f in ("pdf", "xlsx")]
    kinds += [("assessment", "docx"), ("programme", "docx")]
    kinds += [("worksheets", "pdf"), ("blank", "pdf")]
    # each kind in the language other than the interface's (Vietnamese) once, and the rest in both
    return [(k, f, lang) for k, f in kinds for lang in ("en", "vi") if lang == "en" or f == "pdf"]


@pytest.mark.parametrize(("kind", "fmt", "lang"), _cases())
def test_each_report_is_written_in_the_language_chosen(qtbot, demo_window, tmp_path, kind, fmt, lang) -> None:
    window = demo_window
    from cpdesk.services.assessment import assessments

    rows = assessments.list_assessments(window.wb.db)
    keys = {
        "assessment": [window.current_assessment()],
        "worksheets": [window.current_assessment()],
        "programme": ["CP-EE", "GERIAP"],
        "selection": [r.id for r in rows[:3]],
        "blank": [],
    }[kind]
    dialog = ReportDialog(window)
    qtbot.addWidget(dialog)
    dialog.choose(kind, keys)
    assert dialog.keys() == keys
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    target = tmp_path / f"report.{fmt}"
    _export(qtbot, window, dialog, target)
    assert target.exists(), kind
    assert str(target) in window.statusBar().currentMessage()
    other = "vi" if lang == "en" else "en"
    heading, foreign = I18n(lang)(HEADING[kind]), I18n(other)(HEADING[kind])
    if fmt == "pdf":
        text = squash(pdf_text(target))
        assert squash(heading) in text
        assert squash(foreign) not in text
    elif fmt == "docx":
        document = docx.Document(str(target))
        header = " ".join(p.text for p in document.sections[0].header.paragraphs)
        title = {"assessment": "assessment_title", "programme": "programme_title"}[kind]
        assert I18n(lang)(title) in header and I18n(other)(title) not in header
        assert [p for p in document.paragraphs if p.style.name == "Heading 1"]
    else:
        book = load_workbook(target)
        assert book.properties.language == lang
        headers = " ".join(str(c.value) for sheet in book.worksheets for c in sheet[1] if c.value)
        probe = "Investment" if kind == "assessment" else "USD"
        assert probe in headers


def test_a_word_template_is_asked_for_only_for_word_and_remembered(qtbot, demo_window, tmp_path) -> None:
    dialog = ReportDialog(demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.template_row.isVisible()
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    assert dialog.template_row.isVisible() and dialog.path.text().endswith(".docx")
    template = tmp_path / "centre.docx"
    docx.Document().save(template)
    dialog.template.setText(str(template))
    _export(qtbot, demo_window, dialog, tmp_path / "tom-tat")
    assert (tmp_path / "tom-tat.docx").exists()
    again = ReportDialog(demo_window)
    qtbot.addWidget(again)
    assert again.template.text() == str(template)
    again.format.setCurrentIndex(again.format.findData("pdf"))
    assert again.word_template() == ""  # a PDF takes no template


def test_the_folder_written_to_is_offered_next_time(qtbot, demo_window, tmp_path) -> None:
    dialog = ReportDialog(demo_window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    _export(qtbot, demo_window, dialog, tmp_path / "tong-hop")
    assert (tmp_path / "tong-hop.xlsx").exists()
    again = ReportDialog(demo_window)
    qtbot.addWidget(again)
    assert again.path.text().startswith(str(tmp_path))
