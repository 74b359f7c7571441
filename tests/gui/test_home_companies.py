"""The home page lists the companies changed last, not every company of a centre, and says
how many more there are and where to find them."""

from __future__ import annotations

import time

import pytest

from cpdesk.core.entities import Entity
from cpdesk.gui import i18n
from cpdesk.gui.pages import home
from cpdesk.services import editing
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment import companies as catalogue
from tests.gui.workbench_fixtures import make_workbench


def _companies(db: object, names: list[str]) -> list[object]:
    made = []
    for name in names:
        made.append(catalogue.create_company(db, name=name, sector="textile"))
        time.sleep(0.002)  # distinct moments of change
    return made


def test_recent_companies_are_the_ones_changed_last_in_name_order(db: object) -> None:
    made = _companies(db, ["Dệt 10", "Dệt 2", "Giấy An Phú", "Bia Sài Gòn", "Dệt 1"])
    assessments.create_assessment(db, company_id=made[1].id, title="Đánh giá 1", exchange_rate=25_000)
    assessments.create_assessment(db, company_id=made[1].id, title="Đánh giá 2", exchange_rate=25_000)
    editing.apply(db, editing.Update(Entity.COMPANY, made[0].id, {"province": "Bình Dương"}))  # changed last
    shown, total = catalogue.recent_companies(db, 3)
    assert total == 5
    # Dệt 10 (edited), then Dệt 1 and Bia Sài Gòn (made last), named in natural order.
    assert [c.name for c in shown] == ["Bia Sài Gòn", "Dệt 1", "Dệt 10"]
    everything, total = catalogue.recent_companies(db, 100)
    assert everything == catalogue.list_companies(db)
    assert {c.name: c.assessments for c in everything}["Dệt 2"] == 2


def test_recent_companies_leave_deleted_ones_out(db: object) -> None:
    made = _companies(db, ["A", "B", "C"])
    editing.apply(db, editing.Delete(Entity.COMPANY, made[2].id))
    shown, total = catalogue.recent_companies(db, 10)
    assert total == 2
    assert [c.name for c in shown] == ["A", "B"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_home_page_says_how_many_more_companies_there_are(
    qtbot: object, db: object, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    i18n.install(lang)
    _companies(db, [f"Công ty {n}" for n in range(1, 6)])
    page = home.HomePage(make_workbench(db, lang))
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.reload()
    assert page.companies.rowCount() == 5
    assert page.more_companies.isHidden()

    monkeypatch.setattr(home, "COMPANIES_SHOWN", 3)
    page.reload()
    assert page.companies.rowCount() == 3
    assert not page.more_companies.isHidden()
    text = page.more_companies.text()
    assert "3" in text and "5" in text
    assert ("Ô tìm kiếm của Danh mục" in text) if lang == "vi" else ("navigator's search" in text)
