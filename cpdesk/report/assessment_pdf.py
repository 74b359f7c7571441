"""The assessment summary as a PDF: the document a company manager reads."""

from __future__ import annotations

from cpdesk.report import (
    assessment_annex,
    assessment_balances,
    assessment_calculations,
    assessment_front,
    assessment_mv,
    assessment_options,
    theme,
)
from cpdesk.report.document import COVER, BuildHooks, PageFurniture, render_pdf
from cpdesk.report.i18n import I18n
from cpdesk.report.model import AssessmentReportData
from cpdesk.report.story import Story


def story_of(data: AssessmentReportData, t: I18n, styles: theme.Styles | None = None) -> Story:
    """Every section of the summary, in order, with the contents page after the cover."""
    story = Story(t, styles)
    fill(story, data)
    return story


def fill(story: Story, data: AssessmentReportData) -> None:
    """Every section of the summary, in order (PDF and Word alike)."""
    assessment_front.cover(story, data)
    contents_at = story.mark()
    assessment_front.executive_summary(story, data)
    assessment_front.company_and_process(story, data)
    assessment_balances.flow_chart_section(story, data)
    for section in data.balances:
        assessment_balances.balance_section(story, data, section)
    assessment_options.waste_section(story, data)
    assessment_options.options_section(story, data)
    assessment_options.feasibility_section(story, data)
    assessment_options.implementation_section(story, data)
    assessment_mv.mv_section(story, data)
    assessment_annex.photos_section(story, data)
    assessment_annex.measurements_annex(story, data)
    assessment_annex.factors_annex(story, data)
    assessment_calculations.calculations_annex(story, data)
    story.insert_contents(contents_at)


def build(data: AssessmentReportData, t: I18n, hooks: BuildHooks) -> bytes:
    """The PDF's bytes."""
    story = story_of(data, t)
    title = t("assessment_title")
    furniture = PageFurniture(
        header_left=f"{title}\n{data.company.name}",
        header_right=data.detail.row.title,
        footer_left=t("footer", date=t.date(data.printed_on)),
        page_label=t("page_label"),
        cover_painter=assessment_front.cover_painter(t, data.centre, t("cover_band")),
    )
    return render_pdf(
        story.flowables,
        furniture,
        hooks,
        title=f"{title}: {data.company.name}",
        subject=data.detail.row.title,
        lang=t.lang,
        first_template=COVER,
    )
