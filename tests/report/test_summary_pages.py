"""What the demo summary's pages print: the running header, monitored resources and the
executive summary's chart."""

from __future__ import annotations

import pytest

from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.services.reports import assessment_report as reports
from tests.report.helpers import pdf_pages, squash


@pytest.fixture(scope="module")
def data(demo_db, textile_id):
    return reports.assessment_report_data(demo_db, textile_id)


@pytest.fixture(scope="module")
def pages(data):
    from cpdesk.report import assessment_pdf

    return {lang: pdf_pages(assessment_pdf.build(data, I18n(lang), BuildHooks())) for lang in ("vi", "en")}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_running_header_shows_the_whole_company_name(data, pages, lang: str) -> None:
    name = squash(data.company.name)
    assert len(data.company.name) > 30
    for page in pages[lang][2:]:
        assert name in squash(page)


@pytest.mark.parametrize(("lang", "waiting"), [("vi", "Chấtthảirắn:800t(chưatheodõi)"), ("en", "(notmonitoredyet)")])
def test_a_resource_not_monitored_yet_prints_its_estimate_alone(pages, lang: str, waiting: str) -> None:
    text = squash("\n".join(pages[lang]))
    assert "→–" not in text
    assert waiting in text


def test_the_executive_summarys_chart_is_in_the_assessments_currency(data) -> None:
    from reportlab.graphics.shapes import Drawing, String

    from cpdesk.report.assessment_front import executive_summary
    from cpdesk.report.story import Story

    assert data.key.currency == "VND"
    story = Story(I18n("en"))
    executive_summary(story, data)

    def strings(node: object) -> list[str]:
        found = [node.text] if isinstance(node, String) else []
        for child in getattr(node, "contents", []) or []:
            found += strings(child)
        return found

    def drawings(node: object) -> list[Drawing]:
        if isinstance(node, Drawing):
            return [node]
        return [d for inner in getattr(node, "_content", None) or () for d in drawings(inner)]

    (chart,) = [d for f in story.flowables for d in drawings(f)]
    words = strings(chart)
    assert "VND" in words and "USD" not in words
    inner = [i for f in story.flowables for i in getattr(f, "_content", None) or ()]
    captions = [f.getPlainText() for f in [*story.flowables, *inner] if hasattr(f, "getPlainText")]
    assert any("by option category (VND)" in c for c in captions)
