"""Years and counts of items are not quantities on screen either: "2004" and "1919", never
"2.004" or "1,919"; quantities stay grouped."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from cpdesk.core.rows import ProgrammeRow
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.gui import display
from cpdesk.gui.models.catalogue import Figure, FigureModel, ProgrammeModel

SHOW = Qt.ItemDataRole.DisplayRole


def test_a_count_is_never_grouped() -> None:
    assert display.count(1919, "vi") == "1919"
    assert display.count(1919.0, "en") == "1919"
    assert display.count(23.5, "vi") == "23,5"  # a weighted count keeps its fraction
    assert display.count(None, "vi") == ""
    assert display.number(1919, "vi") == "1.919"  # a quantity is grouped


def test_programme_list_and_figures_show_years_and_counts_whole(qapp: object) -> None:
    row = ProgrammeRow(
        id=uuid.uuid4(),
        code="CP-EE",
        name="Energy efficiency",
        name_vi="",
        donor="",
        year=2004,
        origin=DataOrigin.RECONSTRUCTED,
        reported_co2_t=None,
        reported_note="",
        description="",
        companies=1250,
        assessments=1919,
    )
    for locale in ("vi", "en"):
        model = ProgrammeModel(None, locale, "en")
        model.set_rows([row])
        shown = [model.index(0, c).data(SHOW) for c in range(model.columnCount())]
        assert shown[3:] == ["2004", "1250", "1919"]
        figures = FigureModel(None, locale, "en")
        figures.set_rows([Figure("Options proposed", 1919, count=True), Figure("Investment", 1919.0, "USD")])
        assert figures.index(0, 1).data(SHOW) == "1919"
        assert figures.index(1, 1).data(SHOW) == ("1.919" if locale == "vi" else "1,919")
