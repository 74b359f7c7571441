"""The summary's page layout: no table leaves a lone row on a page."""

from __future__ import annotations

import re

import pytest
from reportlab.platypus import Spacer

from cpdesk.report.document import BuildHooks, PageFurniture, render_pdf
from cpdesk.report.i18n import I18n
from cpdesk.report.story import Story
from cpdesk.report.tabular import Column, TableSpec
from tests.report.helpers import pdf_pages


def _rows_on_pages(spacer: float, rows: int) -> list[int]:
    story = Story(I18n("en"))
    story.add(Spacer(1, spacer))
    spec = TableSpec(
        "t",
        "Waste streams",
        (Column("Stream"), Column("Note", width=3)),
        [(f"row{i:02d}", "a cause written in a sentence") for i in range(rows)],
    )
    story.table(spec)
    furniture = PageFurniture("Summary", "Plant", "cpdesk", "Page {page} / {pages}")
    pdf = render_pdf(story.flowables, furniture, BuildHooks(), title="t", subject="s", lang="en")
    return [len(re.findall(r"row\d\d", page)) for page in pdf_pages(pdf)]


@pytest.mark.parametrize("rows", [2, 3, 5, 12])
def test_no_table_leaves_a_lone_row_on_a_page(rows: int) -> None:
    height = Story(I18n("en")).height
    for spacer in range(int(height) - 140, int(height) - 20, 3):
        counts = [n for n in _rows_on_pages(spacer, rows) if n]
        assert sum(counts) == rows
        assert min(counts) >= 2, (spacer, counts)
