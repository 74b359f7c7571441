"""The centre's year as a PDF, in Vietnamese and English, read back with pypdf."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from cpdesk.core.errors import CpdeskError
from cpdesk.core.labels import label
from cpdesk.report.strings_training import EN, VI
from cpdesk.services.reports import training_reports as reports
from tests.report.helpers import fonts_of, pdf_pages, squash


def test_strings_have_the_same_keys() -> None:
    assert EN.keys() == VI.keys()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_2004_page_of_the_demo(demo_db: Any, tmp_path: Path, lang: str) -> None:
    path = reports.centre_year_report(demo_db, 2004, tmp_path / f"centre-{lang}.pdf", lang)
    pages = pdf_pages(path)
    assert len(pages) == 1
    text = squash(pages[0])
    s = EN if lang == "en" else VI
    assert squash(s["title"].format(year=2004)) in text
    assert squash(s["reconstructed"]) in text
    # the seed's 2004 figures: 7 courses, 563 person-days, 11 workshops, 738 person-days, 513 participants
    for figure, key in (
        ("7", "kpi_courses"),
        ("563", "kpi_course_person_days"),
        ("11", "kpi_workshops"),
        ("738", "kpi_workshop_person_days"),
        ("513", "kpi_seminar_participants"),
    ):
        assert squash(f"{figure}{s[key]}") in text, key
    # since 1999 (seed): 100 certified trainees, 20 of them consultants; 1868 in-depth person-days; 1919 participants
    # (a count of participants is never grouped; person-days are a quantity)
    thousands = "," if lang == "en" else "."
    for figure, key in (
        ("100", "kpi_certified"),
        (f"1{thousands}868", "kpi_in_depth_since"),
        ("1919", "kpi_seminars_since"),
    ):
        assert squash(f"{figure}{s[key]}") in text, key
    assert squash(s["certified_note"].format(n=100, consultants=20)) in text
    # 32 assessments completed in 2004, 24 converted to full ones (the annual report's figure)
    assert squash("32" + s["kpi_assessments"].format(converted="24")) in text
    # table 4, in the report's notation: paper 1,6 against 1,48 is not met, +8,1 %
    decimal = "." if lang == "en" else ","
    assert f"1{decimal}481{decimal}6{squash(label('PrintedIndicatorStatus', 'not_met', lang))}+8{decimal}1%" in text
    assert f"93{decimal}786{decimal}2{squash(label('PrintedIndicatorStatus', 'met', lang))}" in text
    assert f"0{decimal}640{decimal}03{squash(label('PrintedIndicatorStatus', 'dropped', lang))}" in text
    unit = "kg/usefulperson-month" if lang == "en" else squash("kg / người-tháng hữu ích")
    assert unit in text
    assert all(fonts_of(path).values())  # every font embedded


def test_a_year_without_records_prints_zeros_and_says_so(demo_db: Any, tmp_path: Path) -> None:
    path = reports.centre_year_report(demo_db, 1998, tmp_path / "empty.pdf", "en")
    text = squash(pdf_pages(path)[0])
    assert squash(EN["indicators_none"]) in text
    assert squash(EN["reconstructed"]) not in text
    assert squash("0training courses") in text


def test_bad_targets_are_refused(demo_db: Any, tmp_path: Path) -> None:
    with pytest.raises(CpdeskError):
        reports.centre_year_report(demo_db, 2004, tmp_path / "page.xlsx", "en")
    with pytest.raises(CpdeskError):
        reports.centre_year_report(demo_db, 2004, tmp_path / "page.pdf", "fr")
    assert list(tmp_path.iterdir()) == []


def test_printed_on_is_today(demo_db: Any, tmp_path: Path) -> None:
    path = reports.centre_year_report(demo_db, 2004, tmp_path / "p.pdf", "en")
    today = date.today()
    assert squash(f"printed {today.day} {today.strftime('%b')} {today.year}") in squash(pdf_pages(path)[0])
