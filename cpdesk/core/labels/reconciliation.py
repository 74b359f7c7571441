"""Data catalogue: the words of data reconciliation, in Vietnamese and English, in one place.

The balance screen, its tooltips, the printed assessment summary and the worksheets all say
these terms from here, so that a reading the screen calls "kiểm chứng được" is not
"dư thừa" on paper. ``docs/glossary-reconciliation.md`` lists them for auditors and
translators beside the shared glossary (which has no reconciliation terms), and a test keeps
the two alike.

``StreamStatus`` says what the reconciliation can tell of a stream (codes of
:class:`cpdesk.core.reconcile.StreamStatus`). A *redundant* reading, in the textbooks'
sense, is one the balance can check against the other readings: not a surplus one
("dư thừa" reads as "surplus"), so it is called cross-checkable, "kiểm chứng được".
``ReconciliationTerm`` holds the other terms: the reconciled value and the adjustment, the
readings' uncertainty, the gross-error and chi-square tests, and the marks a reading gets.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "StreamStatus": {
        "redundant": {"vi": "kiểm chứng được", "en": "cross-checkable"},
        "nonredundant": {"vi": "không kiểm chứng được, giữ nguyên", "en": "not cross-checkable, kept as read"},
        "observable": {"vi": "chưa đo, tính từ cân bằng", "en": "unmeasured, computed from the balance"},
        "unobservable": {"vi": "chưa đo, không xác định được", "en": "unmeasured, cannot be determined"},
    },
    "ReconciliationTerm": {
        "reconciliation": {"vi": "hiệu chỉnh số liệu", "en": "data reconciliation"},
        "measured": {"vi": "số đo", "en": "measured"},
        "unmeasured": {"vi": "chưa đo", "en": "unmeasured"},
        "reconciled": {"vi": "đã hiệu chỉnh", "en": "reconciled"},
        "reconciled_value": {"vi": "giá trị hiệu chỉnh", "en": "reconciled value"},
        "adjustment": {"vi": "mức hiệu chỉnh", "en": "adjustment"},
        "uncertainty": {"vi": "độ không đảm bảo", "en": "uncertainty"},
        "cross_checkable_reading": {"vi": "số đo kiểm chứng được", "en": "cross-checkable reading"},
        "observable": {"vi": "tính được từ cân bằng", "en": "observable"},
        "unobservable": {"vi": "không xác định được", "en": "unobservable"},
        "gross_error": {"vi": "sai số thô", "en": "gross error"},
        "gross_error_test": {"vi": "kiểm định sai số thô", "en": "gross error test"},
        "serial_elimination": {"vi": "loại trừ tuần tự sai số thô", "en": "serial elimination of gross errors"},
        "chi_square_test": {"vi": "kiểm định chi bình phương", "en": "chi-square test"},
        "degrees_of_freedom": {"vi": "bậc tự do", "en": "degrees of freedom"},
        "flagged": {"vi": "bị đánh dấu", "en": "flagged"},
        "suspected": {"vi": "nghi sai", "en": "suspected"},
        "held_at_zero": {"vi": "giữ ở 0", "en": "held at 0"},
        "unaccounted": {"vi": "chênh lệch", "en": "unaccounted"},
    },
}
