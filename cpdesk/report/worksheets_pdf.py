"""Trainee worksheets: the method's forms, blank or filled from an assessment.

For the practical modules of a course: trainees fill the blank sheets in the plant, or the
trainer prints them filled from the demonstration company's assessment to discuss. Each sheet
names its step and task of the method, has a header for the trainee and the date, a short
instruction, and ruled rows to write in (a filled sheet keeps a few empty rows for additions).
A filled set also shows, on its cover, the progress per step and task, and on each sheet the
open points of its tasks: the checks of :mod:`cpdesk.services.assessment.guidance`, as on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from cpdesk.core import guidance as core_guidance
from cpdesk.core.guidance import Finding, TaskState
from cpdesk.core.reference import methodology
from cpdesk.core.vocabulary import TaskStatus
from cpdesk.report import theme, worksheet_sheets
from cpdesk.report.document import BuildHooks, PageFurniture, render_pdf
from cpdesk.report.i18n import I18n
from cpdesk.report.markup import bold, escape
from cpdesk.report.model import AssessmentReportData, WorksheetData
from cpdesk.report.story import Story
from cpdesk.report.worksheet_forms import form_fields


def build(data: WorksheetData, t: I18n, hooks: BuildHooks) -> bytes:
    """The worksheets' PDF bytes: a cover, then one sheet per page or more."""
    story = Story(t)
    _cover(story, data)
    for sheet in worksheet_sheets.SHEETS:
        sheet(story, data)
    company = data.report.company.name if data.report else ""
    title = t("ws_title")
    furniture = PageFurniture(
        header_left=title,
        header_right=company or t("ws_blank"),
        footer_left=t("footer", date=t.date(data.printed_on)),
        page_label=t("page_label"),
    )
    return render_pdf(
        story.flowables, furniture, hooks, title=f"{title}: {company or t('ws_blank')}", subject=title, lang=t.lang
    )


def _cover(story: Story, data: WorksheetData) -> None:
    t, s = story.t, story.styles
    story.add(Spacer(1, 10 * mm))
    story.markup(escape(t("ws_title")), s.cover_title)
    story.para(t("ws_subtitle"), s.cover_subtitle)
    company = data.report.company.name if data.report else ""
    fields = [
        (t("ws_course"), ""),
        (t("ws_module"), ""),
        (t("ws_trainee"), ""),
        (t("ws_trainer"), ""),
        (t("ws_company"), company),
        (t("ws_assessment"), data.report.detail.row.title if data.report else ""),
    ]
    story.add(form_fields(fields, story.width, s))
    story.space(12)
    story.markup(bold(t("ws_list")), s.h3)
    rows = [
        [Paragraph(escape(f"{n}."), s.cell), Paragraph(escape(title), s.cell), Paragraph(escape(tasks), s.cell)]
        for n, (title, tasks) in enumerate(worksheet_sheets.sheet_list(t), start=1)
    ]
    table = Table(rows, colWidths=[10 * mm, story.width * 0.5, story.width * 0.5 - 10 * mm], hAlign="LEFT")
    table.setStyle(
        theme.table_style([("LINEBELOW", (0, 0), (-1, -1), 0.25, theme.RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    story.add(table)
    story.space(10)
    story.para(t("ws_how"), s.small)
    if data.report is not None:
        _progress(story, data.report, data.findings)


#: The progress table of a filled cover: heading, column heads and the legend of the marks.
PROGRESS_TEXT = {
    "vi": (
        "Tiến độ 18 nhiệm vụ",
        ("Bước", "Đạt", "Nhiệm vụ"),
        "✓ đạt (đã xong và mọi kiểm tra đều đạt) · ✗ đã đánh dấu xong nhưng còn thiếu · ◐ đang làm · ○ chưa bắt đầu",
    ),
    "en": (
        "Progress through the 18 tasks",
        ("Step", "Done", "Tasks"),
        "✓ done (marked done and every check passes) · ✗ marked done but something is missing · "
        "◐ in progress · ○ not started",
    ),
}


def _progress(story: Story, report: AssessmentReportData, findings: Sequence[Finding]) -> None:
    """Per step, how many tasks count as done, and each task's state (the same as on screen)."""
    t, s = story.t, story.styles
    heading, heads, legend = PROGRESS_TEXT[t.lang]
    statuses = {task.task_no: task.status for task in report.detail.tasks}
    progress = core_guidance.progress(statuses, findings)
    method = methodology()
    rows = [[Paragraph(escape(h), s.head) for h in heads]]
    for step in progress.steps:
        marks = " · ".join(f"{_mark(task)} {task.task_no}" for task in progress.tasks if task.step_no == step.step_no)
        rows.append(
            [
                Paragraph(escape(f"{step.step_no}. {method.step(step.step_no).title.get(t.lang)}"), s.cell),
                Paragraph(escape(f"{step.done}/{step.total}"), s.cell),
                Paragraph(escape(marks), s.cell),
            ]
        )
    story.space(8)
    story.markup(bold(escape(heading)), s.h3)
    table = Table(rows, colWidths=[story.width * 0.5, 18 * mm, story.width * 0.5 - 18 * mm], hAlign="LEFT")
    table.setStyle(
        theme.table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), theme.ACCENT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, theme.RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story.add(table)
    story.para(legend, s.small)


def _mark(task: TaskState) -> str:
    if task.done:
        return "✓"
    if task.marked_done:
        return "✗"
    return "◐" if task.status == TaskStatus.IN_PROGRESS else "○"
