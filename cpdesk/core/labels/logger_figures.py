"""Data catalogue: the figures a logger's readings give over a range, in Vietnamese and English.

``LoggerStatistic`` names the figures the logger viewer shows and that "Save as measurement"
offers (codes of :data:`cpdesk.services.loggers.analysis.STATISTICS`, ``p95`` the 95th
percentile).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "LoggerStatistic": {
        "mean": {"vi": "Trung bình", "en": "Mean"},
        "min": {"vi": "Nhỏ nhất", "en": "Minimum"},
        "max": {"vi": "Lớn nhất", "en": "Maximum"},
        "p95": {"vi": "Phân vị 95", "en": "95th percentile"},
        "base_load": {"vi": "Phụ tải nền", "en": "Base load"},
        "peak_demand": {"vi": "Phụ tải đỉnh", "en": "Peak demand"},
        "total": {"vi": "Tổng trong khoảng", "en": "Total over the range"},
        "total_per_day": {"vi": "Tổng mỗi ngày", "en": "Total per day"},
    },
}
