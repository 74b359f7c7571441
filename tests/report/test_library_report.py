"""The option library report: one block per type with its evidence, from the demo's options.

The demo's STM.TRAP.REPAIR, counted apart with SQL on the demo database: 28 cases of 17
companies, 23 implemented (82 %); in textile 11 cases of 6 companies, 10 implemented (91 %),
the other sectors with one or two companies each ("few cases"). Textile's figures in USD (one
assessment in VND at 15 700 VND/USD: 48 000 000 VND invested, 108 000 000 VND saved, that is
3 057 and 6 879 USD; the others in USD):
investments 0, 0, 0, 0, 0, 0, 200, 500, 600, 700, 3 057: median the 6th, 0; first quartile at
2.5, 0; third at 7.5, between 500 and 600, 550.
savings 1 400, 1 800, 1 800, 2 100, 3 400, 3 400, 4 000, 4 300, 5 000, 5 100, 6 879: median
3 400; first quartile (1 800 + 2 100) / 2 = 1 950; third (4 300 + 5 000) / 2 = 4 650.
"""

from __future__ import annotations

import pytest

from cpdesk.core.errors import CpdeskError
from cpdesk.core.reference.option_types import option_library
from cpdesk.report import library_pdf
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.strings_library import EN, VI
from cpdesk.services.reports import library_report
from tests.report.helpers import pdf_pages, pdf_text, squash

TEXTILE_ROW = {"vi": "Dệt0(0–550)3.400(1.950–4.650)", "en": "Textile0(0–550)3,400(1,950–4,650)"}
TEXTILE_COUNTS = "11691"  # cases, companies, implemented %


def test_strings_have_the_same_keys() -> None:
    assert set(VI) == set(EN)


@pytest.fixture(scope="module")
def everything(demo_db):
    return library_report.library_report_data(demo_db)


def test_every_type_of_the_catalogue_with_its_evidence(everything) -> None:
    assert [e.type.code for e in everything.types] == [x.code for x in option_library().types]
    assert everything.source == "database"
    trap = next(e for e in everything.types if e.type.code == "STM.TRAP.REPAIR")
    every, *by_sector = trap.evidence
    assert (every.sector, every.cases, every.companies, every.implemented) == (None, 28, 17, 23)
    textile = next(e for e in by_sector if e.sector == "textile")
    assert (textile.cases, textile.companies, textile.implemented) == (11, 6, 10)
    assert textile.investment_usd is not None and textile.annual_savings_usd is not None
    assert (textile.investment_usd.median, textile.investment_usd.q3) == (0, pytest.approx(550))
    assert textile.annual_savings_usd.q1 == pytest.approx(1950)
    few = {e.sector for e in by_sector if e.few_cases}
    assert few == {"brewery", "building_materials", "ceramics", "chemicals", "food_processing", "lime_cement", "paper"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_pdf_prints_each_type_with_its_evidence(everything, lang) -> None:
    t = I18n(lang)
    s = library_pdf.LibraryText(t)
    content = library_pdf.build(everything, t, BuildHooks())
    pages = [squash(p) for p in pdf_pages(content)]
    text = "".join(pages)
    assert squash(s("title")) in pages[0]
    assert squash(s("count", n=len(everything.types))) in pages[0]
    for x in option_library().types:  # every type, by its code and title
        assert squash(f"{x.code} · {x.title.get(lang)}") in text
    trap = next(p for p in pages if squash("STM.TRAP.REPAIR ·") in p)
    block = trap[trap.index("STM.TRAP.REPAIR") :]
    block = block[: block.index("STM.LEAK.REPAIR")]
    assert squash(option_library().find("STM.TRAP.REPAIR").description.get(lang)) in block
    # the row of every sector ends with its counts (28 cases, 17 companies, 82 %), textile's follows
    assert block[: block.index(TEXTILE_ROW[lang])].endswith("281782")
    textile = block[block.index(TEXTILE_ROW[lang]) :]
    assert TEXTILE_COUNTS in textile[: textile.index(squash(s("few_cases_in")))]
    assert squash(s("few_cases_in")) in block
    assert squash(t.label("Sector", "brewery")) in block.split(squash(s("few_cases_in")))[1]
    assert squash(s("no_case")) in text  # a type nobody has proposed yet


def test_filters_by_sector_and_category(demo_db) -> None:
    data = library_report.library_report_data(demo_db, sector="textile", category="good_housekeeping")
    codes = [e.type.code for e in data.types]
    assert "STM.TRAP.REPAIR" in codes  # every sector's, in good housekeeping
    assert all(e.type.category.value == "good_housekeeping" for e in data.types)
    assert all(e.type.all_sectors or "textile" in e.type.sectors for e in data.types)
    trap = next(e for e in data.types if e.type.code == "STM.TRAP.REPAIR")
    assert [(e.sector, e.cases) for e in trap.evidence] == [(None, 28), ("textile", 11)]
    text = squash(pdf_text(library_pdf.build(data, I18n("en"), BuildHooks())))
    assert squash("sector: Textile, category: Good housekeeping") in text


def test_unknown_codes_are_refused(demo_db) -> None:
    with pytest.raises(CpdeskError) as refused:
        library_report.library_report_data(demo_db, sector="shipyards")
    assert "shipyards" in refused.value.message.text("en")
    with pytest.raises(CpdeskError):
        library_report.library_report_data(demo_db, category="magic")


def test_the_report_reads_once(demo_db, tmp_path) -> None:
    from tests.report.test_one_snapshot import read_once

    target = tmp_path / "library.pdf"
    assert read_once(demo_db, lambda: library_report.write_library_report(demo_db, target, "en")) == 1
    assert target.read_bytes().startswith(b"%PDF")


def test_the_word_document_has_the_same_blocks(demo_db, tmp_path) -> None:
    import docx

    target = tmp_path / "thu-vien.docx"
    library_report.write_library_report(demo_db, target, "vi", sector="textile", category="good_housekeeping")
    document = docx.Document(str(target))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == VI["title"]
    assert "STM.TRAP.REPAIR · Sửa chữa bẫy hơi bị rò" in paragraphs
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    # textile's row of STM.TRAP.REPAIR: its figures, then 11 cases, 6 companies, 91 %
    assert ["Dệt", "0 (0–550)", "3.400 (1.950–4.650)", "0,0 (0,0–0,1)", "11", "6", "91"] in cells


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_what_plants_found_after_implementation_is_a_table_of_its_own(lang) -> None:
    from datetime import date

    from cpdesk.core.option_evidence import Evidence, Spread

    t = I18n(lang)
    s = library_pdf.LibraryText(t)
    trap = option_library().find("STM.TRAP.REPAIR")
    shown = dict(cases=6, companies=4, implemented=5, without_rate=0)
    ratio = Spread(0.7, 0.85, 1.1, 3)
    share = Spread(2.5, 4.0, 6.25, 3)
    every = Evidence(
        trap.code, None, False, **shown, monitored=3, verified=1, monitored_ratio=ratio, baseline_share_pct=share
    )
    textile = Evidence(trap.code, "textile", False, **shown, monitored=0, verified=0)
    entry = library_pdf.TypeEntry(trap, option_library().process(trap.process).label, (every, textile))
    table = library_pdf.results_table(entry, s)
    assert table.rows == [
        (
            s("all_sectors"),
            f"{t.num(0.85, 2)} ({t.num(0.7, 2)}–{t.num(1.1, 2)})",
            f"{t.num(4.0, 1)} ({t.num(2.5, 1)}–{t.num(6.25, 1)})",
            3,
            1,
        ),
        (t.label("Sector", "textile"), DASH, DASH, 0, 0),
    ]
    data = library_pdf.LibraryReportData((entry,), "database", None, date(2026, 12, 7))
    text = "".join(squash(p) for p in pdf_pages(library_pdf.build(data, t, BuildHooks())))
    assert squash(s("col_ratio")) in text and squash(f"{t.num(0.85, 2)} (") in text
    import io

    import docx

    from cpdesk.report import word

    document = docx.Document(io.BytesIO(word.library(data, t, BuildHooks())))
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert [s("col_sector"), s("col_ratio"), s("col_share"), s("col_monitored"), s("col_verified")] in cells
    quiet = library_pdf.TypeEntry(trap, entry.process, (textile,))  # nobody monitored: no table
    data = library_pdf.LibraryReportData((quiet,), "database", None, date(2026, 12, 7))
    assert squash(s("col_ratio")) not in "".join(squash(p) for p in pdf_pages(library_pdf.build(data, t, BuildHooks())))
