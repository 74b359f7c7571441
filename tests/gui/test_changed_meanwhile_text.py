"""The question an edit refused by a colleague's change asks says who changed what as the person
reads it: the field by its label in the interface's language, and the values in the person's
notation (money with its currency, a date as they write dates, a category by its name), in the
headline as in the lines below it; never a code or an ISO date as the change log keeps them.

Nguyễn Văn A changes one field of an option on another connection; the edit of a screen that
showed the option before is refused, and the question is built (not shown) on the refusal.
"""

from __future__ import annotations

import os
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cpdesk.core.entities import Entity  # noqa: E402
from cpdesk.services import editing  # noqa: E402
from cpdesk.services.assessment import assessments, companies, options  # noqa: E402
from cpdesk.services.editing import Update  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402


@pytest.fixture
def refused(qtbot, workspaces):
    """``refuse(values, lang, numbers, *more)``: A writes ``values`` (then each of ``more``) on
    the option; the question B's refused edit of its title asks, in ``lang`` with ``numbers``
    notation."""
    from cpdesk.gui.changed_meanwhile import ChangedMeanwhileDialog
    from cpdesk.gui.edit_choice import Step

    mine = workspaces("shared")
    theirs = open_workspace(mine.url)
    theirs.person = "Nguyễn Văn A"
    company = companies.create_company(mine, name="Công ty Dệt Thử", sector="textile", province="Bình Dương")
    a = assessments.create_assessment(
        mine, company_id=company.id, title="Đánh giá thử", currency="VND", exchange_rate=24_000
    )
    option = options.add_option(
        mine, a.id, title="Thu hồi nước ngưng", category="good_housekeeping", investment=150e6, code="O1"
    )
    editing.apply(mine, Update(Entity.OPTION, option.id, {"implemented_on": date(2026, 3, 1)}))

    def refuse(values: dict, lang: str, numbers: str, *more: dict) -> ChangedMeanwhileDialog:
        seen = editing.record_version(mine, Entity.OPTION, option.id)
        for change in (values, *more):
            editing.apply(theirs, Update(Entity.OPTION, option.id, change))
        edit = Update(Entity.OPTION, option.id, {"title": "Thu hồi nước ngưng lò hơi"}, seen=seen)
        with pytest.raises(editing.ChangedMeanwhile) as caught:
            editing.apply(mine, edit)
        workbench = make_workbench(mine, lang, numbers)
        dialog = ChangedMeanwhileDialog(workbench, caught.value, edit, "Edit", None, Step.EDIT)
        qtbot.addWidget(dialog)
        return dialog

    yield refuse
    theirs.close()


# What A changes, and how the headline and the line below write it, by language and notation.
CASES = [
    (
        {"investment": 180e6},
        "vi",
        "vi",
        "Nguyễn Văn A đã sửa Vốn đầu tư từ 150.000.000 VND thành 180.000.000 VND lúc ",
        "Nguyễn Văn A: Vốn đầu tư 150.000.000 VND → 180.000.000 VND",
    ),
    (
        {"investment": 180e6},
        "en",
        "en",
        "Nguyễn Văn A changed Investment from 150,000,000 VND to 180,000,000 VND at ",
        "Nguyễn Văn A: Investment 150,000,000 VND → 180,000,000 VND",
    ),
    (  # English words, Vietnamese notation of numbers: the notation is the person's own setting
        {"investment": 180e6},
        "en",
        "vi",
        "Nguyễn Văn A changed Investment from 150.000.000 VND to 180.000.000 VND at ",
        "Nguyễn Văn A: Investment 150.000.000 VND → 180.000.000 VND",
    ),
    (
        {"implemented_on": date(2026, 12, 7)},
        "vi",
        "vi",
        "Nguyễn Văn A đã sửa Ngày thực hiện từ 01/03/2026 thành 07/12/2026 lúc ",
        "Nguyễn Văn A: Ngày thực hiện 01/03/2026 → 07/12/2026",
    ),
    (
        {"implemented_on": date(2026, 12, 7)},
        "en",
        "en",
        "Nguyễn Văn A changed Implemented on from 1 Mar 2026 to 7 Dec 2026 at ",
        "Nguyễn Văn A: Implemented on 1 Mar 2026 → 7 Dec 2026",
    ),
    (
        {"category": "technology_change"},
        "vi",
        "vi",
        "Nguyễn Văn A đã sửa Nhóm giải pháp từ Quản lý nội vi thành Thay đổi công nghệ lúc ",
        "Nguyễn Văn A: Nhóm giải pháp Quản lý nội vi → Thay đổi công nghệ",
    ),
    (
        {"category": "technology_change"},
        "en",
        "en",
        "Nguyễn Văn A changed Option category from Good housekeeping to Technology change at ",
        "Nguyễn Văn A: Option category Good housekeeping → Technology change",
    ),
]


IDS = ["money-vi", "money-en", "money-en-words-vi-notation", "date-vi", "date-en", "category-vi", "category-en"]


@pytest.mark.parametrize(("values", "lang", "numbers", "headline", "line"), CASES, ids=IDS)
def test_who_changed_what_is_said_as_the_person_reads_it(refused, values, lang, numbers, headline, line) -> None:
    dialog = refused(values, lang, numbers)
    said, theirs = dialog.said.text(), dialog.theirs.text()
    assert headline in said
    assert line in theirs
    for raw in ("good_housekeeping", "technology_change", "2026-03-01", "2026-12-07", "150000000"):
        assert raw not in said and raw not in theirs


def test_the_headline_says_the_latest_change_and_counts_the_earlier_ones(refused) -> None:
    dialog = refused({"investment": 180e6}, "vi", "vi", {"category": "technology_change"})
    said = dialog.said.text()
    assert "Nguyễn Văn A đã sửa Nhóm giải pháp từ Quản lý nội vi thành Thay đổi công nghệ lúc " in said
    assert said.endswith(" (và 1 thay đổi trước đó)</b>")
    # the lines below list both, oldest first
    theirs = dialog.theirs.text()
    assert theirs.index("Vốn đầu tư 150.000.000 VND → 180.000.000 VND") < theirs.index("Nhóm giải pháp")
