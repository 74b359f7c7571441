"""The balance tree model: texts made once per balance shown, new texts for a new balance."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cpdesk.core.annual import OperatingPeriod, Reading, StreamState
from cpdesk.core.balance import BalanceStream, compute_balance
from cpdesk.gui.models.balance import COLUMNS, KEY_ROLE, BalanceTreeModel

PERIOD = OperatingPeriod(hours_per_year=7200)


def _water(feed_m3_per_h: float) -> object:
    """A feed into a washing step, and its effluent: one reading each, per hour."""

    def stream(key: str, name: str, source: str | None, target: str | None, value: float) -> BalanceStream:
        reading = Reading(f"r-{key}", value, "m3/h", "per_hour", 0.05)
        return BalanceStream(key, name, "water", StreamState(name, "water"), source, target, (reading,))

    streams = [
        stream("s1", "Nước cấp", None, "wash", feed_m3_per_h),
        stream("s2", "Nước thải", "wash", None, 1.5),
    ]
    return compute_balance(streams, [("wash", "Giặt")], "water", PERIOD, None)


def _texts(model: BalanceTreeModel) -> list[list[str]]:
    rows = []
    for r in range(model.rowCount()):
        parent = model.index(r, 0)
        rows.append([model.data(model.index(r, c)) for c in range(COLUMNS)])
        for k in range(model.rowCount(parent)):
            rows.append([model.data(model.index(k, c, parent)) for c in range(COLUMNS)])
    return rows


def test_texts_of_a_balance_and_of_the_next(qapp) -> None:
    model = BalanceTreeModel("vi")
    assert model.set_balance(_water(2.5), {}) is True  # rows are new
    texts = _texts(model)
    # 2,5 m³/h × 7 200 h = 18 000 m³ in; 1,5 × 7 200 = 10 800 m³ out; 7 200 unaccounted.
    assert texts[0][:5] == ["Plant boundary", "18.000", "10.800", "7.200", "40,0"]
    assert texts[1][0] == "→ Nước cấp"
    assert texts[1][1] == "18.000"
    assert texts[1][5] == "18.000"
    assert texts[2][0] == "← Nước thải"
    assert texts[2][2] == "10.800"
    assert _texts(model) == texts  # asked again: the same texts
    # A new reading: the same rows, every changed figure shows.
    assert model.set_balance(_water(3.0), {}) is False
    again = _texts(model)
    assert again[0][:5] == ["Plant boundary", "21.600", "10.800", "10.800", "50,0"]
    assert again[1][1] == "21.600"
    model.clear()
    assert model.rowCount() == 0
    model.set_balance(_water(2.5), {})
    assert _texts(model) == texts


def test_other_roles(qapp) -> None:
    model = BalanceTreeModel("en")
    model.set_balance(_water(2.5), {})
    plant, feed = model.index(0, 0), model.index(0, 0, model.index(0, 0))
    assert model.data(plant, KEY_ROLE) == "plant"
    assert model.data(feed, KEY_ROLE) == "s1"
    assert model.data(plant, Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 1, model.index(0, 0)), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.data(feed, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(feed, Qt.ItemDataRole.CheckStateRole) is None
    assert model.data(model.index(0, 1, model.index(0, 0))) == "18,000"


def test_the_unaccounted_share_is_named_one_way_in_vietnamese(qapp, english_afterwards) -> None:
    """ "Khép kín 100,0" reads as fully closed: the column holds the unaccounted share, so it
    is called what the report calls it, "Chênh lệch, %" ("Unaccounted, %" in English)."""
    from cpdesk.gui import i18n

    headers = [BalanceTreeModel("en").headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMNS)]
    assert headers[3:5] == ["Unaccounted", "Unaccounted, %"]
    i18n.install("vi")
    headers = [BalanceTreeModel("vi").headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMNS)]
    assert headers[3:5] == ["Chênh lệch", "Chênh lệch, %"]
    assert not any("khép" in (h or "").lower() for h in headers)
