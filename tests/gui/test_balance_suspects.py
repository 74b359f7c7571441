"""The balance table shows the reading serial elimination drops, and a flow held at 0."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cpdesk.core.reconcile import StreamEstimate, StreamStatus
from cpdesk.gui.models.balance import COLUMNS, BalanceTreeModel
from tests.gui.test_balance_model import _water


def _estimate(stream_id: str, **flags: bool) -> StreamEstimate:
    return StreamEstimate(stream_id, StreamStatus.REDUNDANT, 10.0, 1.0, 12.0, 1.0, 0.5, 3.0, **flags)


def test_suspected_reading_and_flow_held_at_zero(qapp) -> None:
    model = BalanceTreeModel("en")
    estimates = {"s1": _estimate("s1", gross_error=True), "s2": _estimate("s2", at_bound=True)}
    model.set_balance(_water(2.5), estimates, suspected=frozenset({"s1"}))
    plant = model.index(0, 0)
    feed, effluent = model.index(0, COLUMNS - 1, plant), model.index(1, COLUMNS - 1, plant)
    assert model.data(feed) == "suspected · flagged · cross-checkable"
    assert model.data(feed, Qt.ItemDataRole.FontRole).bold()
    assert model.data(feed, Qt.ItemDataRole.BackgroundRole) is not None
    assert "serial elimination" in model.data(feed, Qt.ItemDataRole.ToolTipRole)
    assert model.data(effluent) == "held at 0 · cross-checkable"
    assert model.data(effluent, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(effluent, Qt.ItemDataRole.ToolTipRole).startswith("Held at 0")
    model.set_balance(_water(2.5), {"s1": _estimate("s1", gross_error=True)})  # nothing suspected
    assert model.data(model.index(0, COLUMNS - 1, plant)) == "flagged · cross-checkable"
    assert model.data(model.index(0, 0, plant), Qt.ItemDataRole.FontRole) is None
