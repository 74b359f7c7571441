"""The balance table says the reconciliation's words as the printed summary does: a
redundant reading is "kiểm chứng được" (cross-checkable) on screen and on paper, never
"dư thừa" ("surplus") on one and "đã hiệu chỉnh" on the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cpdesk.core.reconcile import StreamEstimate, StreamStatus
from cpdesk.gui.models.balance import BalanceTreeModel
from cpdesk.report.i18n import I18n


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_statuses_and_headings_match_the_report(qapp, lang) -> None:
    model = BalanceTreeModel("vi", lang=lang)
    t = I18n(lang)
    for status in StreamStatus:
        estimate = StreamEstimate("s", status, 10.0, 1.0, 12.0, 1.0, 0.5, 3.0)
        assert model.status(estimate) == t.label("StreamStatus", status)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (5, 6)]
    assert headers == [t("col_measured"), t("col_reconciled")]


def test_a_flagged_reading_in_vietnamese(qapp) -> None:
    model = BalanceTreeModel("vi", lang="vi")
    estimate = StreamEstimate("s", StreamStatus.REDUNDANT, 10.0, 1.0, 12.0, 1.0, 0.5, 3.0, gross_error=True)
    assert model.status(estimate, suspected=True) == "nghi sai · bị đánh dấu · kiểm chứng được"
