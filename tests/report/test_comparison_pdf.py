"""The practical module comparison as a PDF, in Vietnamese and English, read back with pypdf."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpdesk.core.comparison import Tolerances
from cpdesk.core.errors import CpdeskError
from cpdesk.report.strings_comparison import EN, VI
from cpdesk.services.reports import training_reports as reports
from tests.plugins.postgres import WorkspaceFactory
from tests.report.helpers import fonts_of, pdf_pages, squash
from tests.services.test_practical import Scenario, exchange, make_scenario


@pytest.fixture(scope="module")
def returned(
    tmp_path_factory: pytest.TempPathFactory, workspace_template: Path, request: pytest.FixtureRequest
) -> Iterator[Scenario]:
    tmp = tmp_path_factory.mktemp("comparison")
    factory = WorkspaceFactory("sqlite", tmp, workspace_template, request)
    scenario = make_scenario(factory, tmp)
    exchange(scenario)
    yield scenario
    factory.close()


def test_strings_have_the_same_keys() -> None:
    assert EN.keys() == VI.keys()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_comparison_pdf_shows_the_figures_and_differences(returned: Scenario, tmp_path: Path, lang: str) -> None:
    path = reports.comparison_report(returned.trainer.db, returned.module.id, tmp_path / f"c-{lang}.pdf", lang)
    pages = pdf_pages(path)
    text = squash("\n".join(pages))
    s = EN if lang == "en" else VI
    assert squash(s["title"]) in text
    assert squash("Water balance practice") in text
    assert "An" in text
    assert squash("Bình") in text
    # Fresh water: reference 50 000 m³, Bình 60 000, +20 %; plant closure Bình +30 points.
    thousands = "," if lang == "en" else "."
    assert f"50{thousands}000" in text
    assert f"60{thousands}000" in text
    assert "+20%" in text
    assert "-25%" in text
    points = "+30.0pts" if lang == "en" else "+30,0điểm"
    assert points in text
    # Bình missed the process-control category: named in the trainees' table.
    category = "Processcontrol" if lang == "en" else squash("Kiểm soát")
    assert category.casefold() in text.casefold()
    assert all(fonts_of(path).values())  # every font embedded


def test_comparison_pdf_honours_tolerances(returned: Scenario, tmp_path: Path) -> None:
    """Loose tolerances: fewer figures differ, so the trainees' table counts fewer."""
    strict = reports.comparison_report(returned.trainer.db, returned.module.id, tmp_path / "a.pdf", "en")
    loose = reports.comparison_report(
        returned.trainer.db,
        returned.module.id,
        tmp_path / "b.pdf",
        "en",
        tolerances=Tolerances(closure_points=50, flow_relative=1.0, economics_relative=2.0),
    )
    assert squash(pdf_pages(strict)[0]) != squash(pdf_pages(loose)[0])
    assert "morethan50.0pointsofunaccounted,%" in squash(pdf_pages(loose)[0])


def test_comparison_report_wants_a_pdf(returned: Scenario, tmp_path: Path) -> None:
    with pytest.raises(CpdeskError):
        reports.comparison_report(returned.trainer.db, returned.module.id, tmp_path / "c.xlsx", "en")


def test_many_trainees_turn_every_page_landscape() -> None:
    """Five trainees: the first page is already landscape (no empty portrait page first)."""
    import uuid
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from cpdesk.core.comparison import Flow, ResultFigures, compare
    from cpdesk.core.practical import AssignmentRow, ModuleComparison, ModuleRow
    from cpdesk.report import comparison_pdf
    from cpdesk.report.document import BuildHooks
    from cpdesk.report.i18n import I18n

    def figures(label: str, water: float) -> ResultFigures:
        return ResultFigures(
            label,
            closures={("water", ""): 100 * (water - 40_000) / water},
            flows={
                ("water", "s1"): Flow("Fresh water", "m³", water),
                ("water", "s2"): Flow("Wastewater", "m³", 40_000),
            },
            options={"good_housekeeping": 1},
            tasks={5: True},
        )

    names = ["An", "Bình", "Chi", "Dũng", "Giang"]
    trainees = [figures(n, 50_000 + 2_500 * i) for i, n in enumerate(names)]
    now = datetime(2026, 11, 28, tzinfo=UTC)
    module = ModuleRow(
        uuid.uuid4(), "Five trainees", uuid.uuid4(), "Dệt nhuộm mẫu", ("steps", "streams"), (5,), None, "",
        tuple(AssignmentRow(uuid.uuid4(), n, uuid.uuid4(), now, now) for n in names),
    )  # fmt: skip
    data = ModuleComparison(module, module.assignments, compare(figures("Reference", 50_000), trainees), ())
    content = comparison_pdf.build(data, I18n("en"), BuildHooks())
    reader = PdfReader(io.BytesIO(content))
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)
    text = squash(first.extract_text())
    assert "Giang" in text
    assert "52,500" in text
    assert "+5%" in text
    # 57 500 / 50 000 = +15 %: Dũng's fresh water differs, Chi's 55 000 (+10 %) does not.
    assert data.comparison.section("flow")[0].trainees[2].differs is False
    assert data.comparison.section("flow")[0].trainees[3].differs is True
