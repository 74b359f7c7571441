"""Years are not quantities: no report, in either language or format, and no table of the
command line prints a year with a thousands separator ("2.014", "2,014", "2 014").

Every report of the demo database is built (the assessment, programmes and a selection as PDF
and Excel, worksheets blank and filled, the centre's year) in Vietnamese and English, and every
table the command line prints for it is captured; the trainees' comparison, which is not built
from the demo, is built from an exchange of its own. Their text is scanned for a grouped token:
one digit, a separator, three digits, standing alone.

Not every such token is a year: "1.970 t CO₂" and "2,100 m³/yr" are quantities and are grouped
on purpose. So a token fails the test only when its value is a year the demo data holds (a
programme's year, a grid factor's year, the year of an assessment's dates, the centre's years);
every other grouped token between 1900 and 2100 that the reports printed when this test was
written was checked by eye and is a quantity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from cpdesk.cli.main import main
from tests.report.helpers import pdf_text

# One digit, a separator (".", ",", a space or a no-break space), three digits; not part of a
# longer number ("12.014.000", "2,0145") nor a decimal's tail ("0,2 014").
GROUPED = re.compile(r"(?<![\d.,])(\d)[.,\u00a0\u202f ](\d{3})(?![\d\u00a0\u202f]|[.,]\d)")

LANGS = ("vi", "en")


def grouped_years(text: str, years: set[int], where: str) -> list[str]:
    """Each grouped token of ``text`` whose value is one of ``years``, with its context."""
    found = []
    for match in GROUPED.finditer(text):
        if int(match.group(1) + match.group(2)) in years:
            context = text[max(0, match.start() - 40) : match.end() + 20].replace("\n", " ")
            found.append(f"{where}: {match.group(0)!r} in …{context}…")
    return found


def test_the_scan_finds_grouped_years_and_only_them() -> None:
    """ "2.014", "2,014" and "2 014" are found; a decimal, a longer number and a year written
    whole are not; a grouped quantity is found only when its value is one of the years."""
    years = {2014}
    assert len(grouped_years("VN 2.014 0,66; 2,014; năm 2 014; 2\u00a0014.", years, "")) == 4
    assert not grouped_years("2014 0,2014 2,01 12.014.000 2.0145 2,014,5 1.970", years, "")
    assert len(grouped_years("1.970 t CO₂", years | {1970}, "")) == 1


def workbook_text(content: Path) -> Iterator[tuple[str, str]]:
    """Each cell of a workbook as Excel shows it: a number with a grouping format grouped."""
    book = load_workbook(content)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                where = f"{content.name} {sheet.title}!{cell.coordinate}"
                if isinstance(value, bool) or value is None:
                    continue
                if isinstance(value, int | float):
                    shown = f"{value:,.0f}" if "#,##" in cell.number_format else f"{value:.0f}"
                    yield where, shown
                elif isinstance(value, str):
                    yield where, value


def demo_years(db: Any, textile: str) -> set[int]:
    """The years the demo data holds: programmes, grid factors, assessments' dates."""
    from cpdesk.services.assessment import assessments, companies
    from cpdesk.services.reports.assessment_report import assessment_report_data

    years = {p.year for p in companies.list_programmes(db) if p.year}
    report = assessment_report_data(db, textile)
    assert report.factor_set is not None
    years |= {g.year for g in report.factor_set.grid}
    for a in assessments.list_assessments(db):
        years |= {d.year for d in (a.start_date, a.end_date) if d is not None}
    return years


def build_reports(db: Any, folder: Path, textile: str, centre_years: Iterable[int]) -> Iterator[tuple[str, str]]:
    """Every report of the demo in both languages: (file name, its text)."""
    from cpdesk.services.assessment import assessments
    from cpdesk.services.reports import building, training_reports

    rows = assessments.list_assessments(db)
    programmes = sorted({r.programme for r in rows if r.programme})
    selection = [str(r.id) for r in rows[:6]]
    for lang in LANGS:
        jobs: list[tuple[str, Any, str]] = [
            ("assessment", textile, "pdf"),
            ("assessment", textile, "xlsx"),
            ("programme", programmes, "pdf"),
            ("programme", programmes, "xlsx"),
            ("selection", selection, "pdf"),
            ("selection", selection, "xlsx"),
            ("worksheets", None, "pdf"),
            ("worksheets", textile, "pdf"),
        ]
        for kind, key, fmt in jobs:
            path = folder / f"{kind}-{'blank' if key is None else 'filled'}-{lang}.{fmt}"
            building.build_report(db, kind, key, path, lang)
            if fmt == "pdf":
                yield path.name, pdf_text(path)
            else:
                yield from workbook_text(path)
        for year in centre_years:
            path = training_reports.centre_year_report(db, year, folder / f"centre-{year}-{lang}.pdf", lang)
            yield path.name, pdf_text(path)


def cli_tables(
    db_path: Path, textile: str, centre_years: Iterable[int], capsys: pytest.CaptureFixture[str]
) -> Iterator[tuple[str, str]]:
    """What the command line prints for the demo: (command, its output)."""
    commands = [
        ["list", "programmes"],
        ["list", "companies"],
        ["list", "assessments"],
        ["show", "assessment", textile],
        ["options", textile],
        ["balance", textile, "--carrier", "water"],
        ["balance", textile, "--carrier", "energy", "--reconcile"],
        ["summary", "programme", "CP-EE"],
        ["guide", textile, "--lang", "en"],
        ["guide", textile, "--lang", "vi"],
        ["centre", "indicators"],
        ["training", "modules"],
        ["check"],
        *[["centre", "year", str(year)] for year in centre_years],
        *[["centre", "indicators", "--year", str(year)] for year in centre_years],
    ]
    for argv in commands:
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        assert code == 0, (argv, err)
        yield "cpdesk " + " ".join(argv), out


@pytest.mark.slow
def test_no_report_and_no_table_groups_a_year(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cpdesk.services.assessment import assessments, companies
    from cpdesk.services.workspace import open_workspace

    db = open_workspace(demo_path)
    try:
        textile = str(next(a.id for a in assessments.list_assessments(db) if a.origin.value == "demo"))
        years = demo_years(db, textile)
        centre_years = sorted({p.year for p in companies.list_programmes(db) if p.year})
        texts = list(build_reports(db, tmp_path, textile, centre_years))
    finally:
        db.close()
    texts += cli_tables(demo_path, textile, centre_years, capsys)
    assert {2004, 2014, 2023} <= years  # a programme's year, the first and the default grid year
    found = {where: hits for where, text in texts if (hits := grouped_years(text, years, where))}
    assert not found, "a year printed with a thousands separator (the first of each):\n" + "\n".join(
        hits[0] for hits in found.values()
    )
    assert any("2014" in text for _where, text in texts)  # the grid factors' annex was scanned


def test_the_practical_comparison_groups_no_year(
    tmp_path: Path, workspace_template: Path, request: pytest.FixtureRequest
) -> None:
    """The trainees' comparison (`cpdesk training compare -o FILE.pdf`) is not built from the
    demo: a trainer and two trainees exchange a module. Its figures (50 000 m³, 1 000 USD) are
    all far from a year, so any grouped token between 1900 and 2100 fails."""
    from cpdesk.services.reports import training_reports
    from tests.plugins.postgres import WorkspaceFactory
    from tests.services.test_practical import exchange, make_scenario

    factory = WorkspaceFactory("sqlite", tmp_path, workspace_template, request)
    try:
        scenario = make_scenario(factory, tmp_path)
        exchange(scenario)
        found = []
        for lang in LANGS:
            path = tmp_path / f"comparison-{lang}.pdf"
            training_reports.comparison_report(scenario.trainer.db, scenario.module.id, path, lang)
            text = pdf_text(path)
            assert f"50{'.' if lang == 'vi' else ','}000" in text  # the reference's fresh water, grouped
            found += grouped_years(text, set(range(1900, 2101)), path.name)
    finally:
        factory.close()
    assert not found, "\n".join(found)
