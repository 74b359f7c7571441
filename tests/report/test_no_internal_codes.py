"""Internal codes never reach a reader of the Vietnamese assessment summary: the factor set
by its name (not "ipcc2006_vn_grid"), units with Vietnamese time words ("m³/ngày", not the
stored "m³/day"), no date-order codes ("dmy"). The programme summary names the set too."""

from __future__ import annotations

import re

import pytest

from cpdesk.core.unit_names import shown_unit
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.services.reports import assessment_report as reports
from tests.report.helpers import pdf_text

#: A unit cell of a table, alone on its line, with an English time word ("m³/day", "t/year").
UNIT_IN_ENGLISH = re.compile(r"^\S+/(day|year)$", re.MULTILINE)


@pytest.fixture(scope="module")
def vietnamese(demo_db, textile_id) -> str:
    from cpdesk.report import assessment_pdf

    data = reports.assessment_report_data(demo_db, textile_id)
    assert data.factor_set is not None
    return pdf_text(assessment_pdf.build(data, I18n("vi"), BuildHooks()))


def test_the_factor_set_is_named_not_coded(vietnamese) -> None:
    assert "ipcc2006_vn_grid" not in vietnamese
    assert "IPCC 2006" in vietnamese  # the set's Vietnamese name, in the key figures' note and the annex


def test_no_date_order_codes(vietnamese) -> None:
    assert not re.search(r"\b(dmy|mdy|ymd)\b", vietnamese)


def test_units_read_in_vietnamese(vietnamese) -> None:
    assert UNIT_IN_ENGLISH.findall(vietnamese) == []
    assert re.search(r"^m³/ngày$", vietnamese, re.MULTILINE)  # the demo's measurements per day


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_programme_summary_names_the_factor_set(demo_db, lang) -> None:
    from cpdesk.report import programme_pdf
    from cpdesk.services.reports import programme_report

    data = programme_report.programme_report_data(demo_db, ["CP-EE", "CP-OHS"])
    text = pdf_text(programme_pdf.build(data, I18n(lang), BuildHooks()))
    assert "ipcc2006_vn_grid" not in text
    assert "IPCC 2006" in text


@pytest.mark.parametrize(
    ("unit", "lang", "shown"),
    [
        ("m³/day", "vi", "m³/ngày"),
        ("t/year", "vi", "t/năm"),
        ("day", "vi", "ngày"),
        ("m³/h", "vi", "m³/h"),  # an SI symbol reads the same
        ("kgf/cm²(g)", "vi", "kgf/cm²(g)"),
        ("m³/day", "en", "m³/day"),
        ("", "vi", ""),
    ],
)
def test_shown_unit(unit, lang, shown) -> None:
    assert shown_unit(unit, lang) == shown
