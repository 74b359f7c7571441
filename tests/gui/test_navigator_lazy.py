"""The navigator on a centre of many companies: a level is read when it is opened, the search
finds an assessment by its name without accents in a company never opened, an assessment
made elsewhere shows after a refresh, and choosing an assessment opens the branches to it."""

from __future__ import annotations

from typing import Any, cast

import pytest

pytest.importorskip("pytestqt")

from cpdesk.gui.navigator import (  # noqa: E402
    ASSESSMENT,
    COMPANY,
    ID_ROLE,
    KIND_ROLE,
    OPEN_AT_START,
    PENDING,
    PROGRAMME,
    Navigator,
)
from cpdesk.services.assessment import assessments  # noqa: E402
from cpdesk.services.assessment import companies as catalogue  # noqa: E402
from cpdesk.services.workspace import open_workspace  # noqa: E402
from tests.gui.workbench_fixtures import make_workbench  # noqa: E402

COMPANIES = OPEN_AT_START + 10


@pytest.fixture
def centre(db: Any) -> dict[str, Any]:
    """A programme of more companies than open at start, each with one assessment; the
    dyeing plant last by name."""
    catalogue.create_programme(db, code="CENTRE", name="National CP programme")
    for number in range(COMPANIES - 1):
        company = catalogue.create_company(db, name=f"Company {number:03}", sector="textile")
        assessments.create_assessment(
            db, company_id=company.id, programme_code="CENTRE", title=f"Assessment {number}", exchange_rate=25_000
        )
    dyeing = catalogue.create_company(db, name="Xưởng dệt nhuộm Phú An", sector="textile")
    found = assessments.create_assessment(
        db, company_id=dyeing.id, programme_code="CENTRE", title="Đánh giá SXSH nhuộm 2024", exchange_rate=25_000
    )
    return {"db": db, "dyeing": dyeing.id, "assessment": found.id}


@pytest.fixture
def navigator(qtbot, centre: dict[str, Any]) -> Navigator:
    from cpdesk.gui.workbench import Workbench

    nav = Navigator(cast(Workbench, make_workbench(centre["db"])))
    qtbot.addWidget(nav)
    nav.reload()
    return nav


def _top(nav: Navigator, kind: str) -> Any:
    [item] = [nav.model.item(r) for r in range(nav.model.rowCount()) if nav.model.item(r).data(KIND_ROLE) == kind]
    return item


def _kinds(item: Any) -> list[str]:
    return [item.child(r).data(KIND_ROLE) for r in range(item.rowCount())]


def _child(item: Any, kind: str, key: Any) -> Any:
    [child] = [
        item.child(r)
        for r in range(item.rowCount())
        if item.child(r).data(KIND_ROLE) == kind and item.child(r).data(ID_ROLE) == key
    ]
    return child


def _shown(nav: Navigator) -> list[str]:
    proxy, texts = nav.proxy, []

    def walk(parent: Any) -> None:
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            texts.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return texts


def _expand(nav: Navigator, item: Any) -> None:
    nav.tree.expand(nav.proxy.mapFromSource(item.index()))


def test_expanding_reads_the_children(navigator: Navigator, centre: dict[str, Any]) -> None:
    programme = _top(navigator, PROGRAMME)
    assert _kinds(programme) == [PENDING]  # more companies than open at start: not read
    _expand(navigator, programme)
    assert _kinds(programme) == [COMPANY] * COMPANIES
    names = [programme.child(r).text() for r in range(programme.rowCount())]
    assert names == sorted(names)
    dyeing = _child(programme, COMPANY, centre["dyeing"])
    assert _kinds(dyeing) == [PENDING]
    _expand(navigator, dyeing)
    assert [dyeing.child(r).text() for r in range(dyeing.rowCount())] == ["Đánh giá SXSH nhuộm 2024"]
    _expand(navigator, dyeing)  # a second time reads nothing more
    assert dyeing.rowCount() == 1


def test_search_finds_an_assessment_in_a_company_not_opened(qtbot, navigator: Navigator, centre) -> None:
    assert _kinds(_top(navigator, PROGRAMME)) == [PENDING]
    chosen: list[tuple[str, Any]] = []
    navigator.chosen.connect(lambda kind, key: chosen.append((kind, key)))
    qtbot.keyClicks(navigator.search, "danh gia nhuom")
    shown = _shown(navigator)
    assert shown == ["CENTRE: National CP programme", "Xưởng dệt nhuộm Phú An", "Đánh giá SXSH nhuộm 2024"]
    qtbot.keyClick(navigator.search, "\r")  # Enter opens the first assessment found
    assert chosen[-1] == (ASSESSMENT, centre["assessment"])
    navigator.search.clear()
    assert len(_shown(navigator)) > 3


def test_search_by_company_opens_to_all_it_holds(qtbot, navigator: Navigator, centre) -> None:
    qtbot.keyClicks(navigator.search, "xuong det")
    programme = _top(navigator, PROGRAMME)
    dyeing = _child(programme, COMPANY, centre["dyeing"])
    assert _kinds(dyeing) == [PENDING]
    _expand(navigator, dyeing)
    assert _kinds(dyeing) == [ASSESSMENT]


def test_an_assessment_made_elsewhere_shows_after_a_refresh(navigator: Navigator, centre, db_path) -> None:
    programme = _top(navigator, PROGRAMME)
    _expand(navigator, programme)
    dyeing = _child(programme, COMPANY, centre["dyeing"])
    _expand(navigator, dyeing)
    elsewhere = open_workspace(db_path)  # another connection: no change signal reaches the window
    try:
        made = assessments.create_assessment(
            elsewhere, company_id=centre["dyeing"], programme_code="CENTRE", title="Tái đánh giá 2025", exchange_rate=1
        )
        newcomer = catalogue.create_company(elsewhere, name="Bia Sài Gòn", sector="brewery")
        assessments.create_assessment(
            elsewhere, company_id=newcomer.id, programme_code="CENTRE", title="Bia 2025", exchange_rate=1
        )
    finally:
        elsewhere.close()
    assert _shown(navigator).count("Tái đánh giá 2025") == 0
    navigator.reload()
    programme = _top(navigator, PROGRAMME)
    dyeing = _child(programme, COMPANY, centre["dyeing"])  # the branches open stay open, read again
    assert _child(dyeing, ASSESSMENT, made.id).text() == "Tái đánh giá 2025"
    assert "Bia Sài Gòn" in _shown(navigator)


def test_choosing_an_assessment_opens_the_branches_to_it(navigator: Navigator, centre) -> None:
    assert navigator.select(ASSESSMENT, centre["assessment"])
    assert navigator.current() == (ASSESSMENT, centre["assessment"])
    assert navigator.tree.currentIndex().data() == "Đánh giá SXSH nhuộm 2024"
    assert navigator.select(COMPANY, centre["dyeing"])
    assert not navigator.select(ASSESSMENT, centre["dyeing"])  # no assessment of that id
