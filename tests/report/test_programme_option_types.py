"""The programme summary's option types: the ten most frequent types of the programme's
options, with their implemented count, and the implementation rate of each option category.

The figures of the demo's CP-EE were counted apart with SQL on the demo database (live options
of live assessments, grouped by type, ordered by cases, then implemented, then code)."""

from __future__ import annotations

import pytest

from cpdesk.report import programme_pdf, programme_tables
from cpdesk.report.document import BuildHooks
from cpdesk.report.i18n import I18n
from cpdesk.report.model import OptionTypeCount
from cpdesk.services.reports import programme_report
from tests.report.helpers import pdf_text, squash

#: CP-EE's ten most frequent types: (code, cases, implemented, companies). Eleven types have
#: three cases or more: LGT.LAMP.LED (3 cases, 1 implemented) is the eleventh, behind the
#: types of three cases with more implemented, and is left out.
CP_EE_TOP = [
    ("STM.COMB.TUNE", 11, 9, 7),
    ("WAT.METER.STEP", 10, 10, 6),
    ("STM.COND.RECOVER", 7, 5, 7),
    ("STM.TUBE.CLEAN", 6, 6, 6),
    ("AIR.LEAK.REPAIR", 4, 4, 4),
    ("AIR.PRES.REDUCE", 4, 2, 4),
    ("ELE.PF.CORRECT", 4, 1, 4),
    ("MTR.IDLE.STOP", 3, 3, 3),
    ("STM.TRAP.REPAIR", 3, 3, 3),
    ("STM.FLUE.ECON", 3, 2, 3),
]


@pytest.fixture(scope="module")
def cp_ee(demo_db):
    return programme_report.programme_report_data(demo_db, ["CP-EE"])


def test_the_ten_most_frequent_types_with_their_implemented_count(cp_ee) -> None:
    page = cp_ee.pages[0]
    assert [(x.code, x.cases, x.implemented, x.companies) for x in page.option_types] == CP_EE_TOP
    assert page.options_linked == 75  # of CP-EE's 122 options
    comb = page.option_types[0]
    assert comb.title["en"] and comb.title["vi"] and comb.category == "process_control"
    assert comb.implemented_ratio == pytest.approx(9 / 11)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_pdf_prints_the_types_and_the_rate_per_category(cp_ee, lang) -> None:
    t = I18n(lang)
    text = squash(pdf_text(programme_pdf.build(cp_ee, t, BuildHooks())))
    assert squash(t("types_title")) in text
    for code, *_ in CP_EE_TOP:
        assert code in text
    assert "LGT.LAMP.LED" not in text
    assert squash(t("col_implemented_ratio")) in text
    assert squash(t("types_note", linked="75", options="122", n=10)) in text
    # good housekeeping: 36 implemented of 38 proposed, 94.7 % printed whole
    category = programme_tables.by_category(cp_ee.pages[0], t)
    row = next(r for r in category.rows if r[0] == t.label("OptionCategory", "good_housekeeping"))
    assert row[1:4] == (36, 38, pytest.approx(36 / 38))
    assert squash(f"{t.label('OptionCategory', 'good_housekeeping')}363895") in text  # % in the heading


def test_the_totals_page_counts_every_programme(demo_db) -> None:
    data = programme_report.programme_report_data(demo_db, ["CP-EE", "CP-OHS"])
    assert data.totals is not None
    assert data.totals.options_linked == 75 + 285  # CP-EE's and CP-OHS's linked options
    # over both: WAT.METER.STEP 35 cases (27 implemented, 18 companies), ahead of
    # STM.COMB.TUNE's 31, which leads CP-EE alone with 11
    first, second = data.totals.option_types[:2]
    assert (first.code, first.cases, first.implemented, first.companies) == ("WAT.METER.STEP", 35, 27, 18)
    assert (second.code, second.cases) == ("STM.COMB.TUNE", 31)


def test_a_type_the_catalogue_no_longer_has_keeps_its_code(cp_ee) -> None:
    import dataclasses

    gone = OptionTypeCount("OLD.GONE.TYPE", {}, None, cases=5, companies=3, implemented=2)
    page = dataclasses.replace(cp_ee.pages[0], option_types=(gone,))
    t = I18n("en")
    spec = programme_tables.option_types(page, t)
    assert spec.rows == [("OLD.GONE.TYPE", t("type_unknown"), "", 5, 3, 2, pytest.approx(0.4))]


def test_a_page_without_linked_options_says_so(cp_ee) -> None:
    import dataclasses

    page = dataclasses.replace(cp_ee.pages[0], option_types=(), options_linked=0)
    data = dataclasses.replace(cp_ee, pages=(page,))
    t = I18n("en")
    text = squash(pdf_text(programme_pdf.build(data, t, BuildHooks())))
    assert squash(t("types_none")) in text
    assert "STM.COMB.TUNE" not in text
