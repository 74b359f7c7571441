"""Data catalogue: a compressor's load/unload duty from a logger series, in Vietnamese and
English: why a series is refused (``duty.*``, see
:mod:`cpdesk.core.calculators.compressor_duty`), the duty's figures as a calculation's
input may take them from a series (``calcsrc.series_*``), and the command line's words for
``cpdesk calc compressor-duty``.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "duty.not_power": {
            "vi": "chuỗi số theo {unit}, không phải công suất (kW): chu trình có tải/không tải cần công suất điện của máy nén, không phải dòng điện hay điện năng",
            "en": "the series is in {unit}, not a power (kW): the load/unload duty needs the compressor's electric power, not its current or energy",
        },
        "duty.too_few": {
            "vi": "chỉ có {count} số đọc; cần ít nhất {minimum}",
            "en": "only {count} readings; at least {minimum} are needed",
        },
        "duty.lengths_differ": {
            "vi": "{times} thời điểm nhưng {values} số đọc",
            "en": "{times} times but {values} readings",
        },
        "duty.not_finite": {"vi": "có số đọc không phải số hữu hạn", "en": "a reading is not a finite number"},
        "duty.times_not_increasing": {
            "vi": "thời điểm của các số đọc phải tăng dần",
            "en": "the readings' times must increase",
        },
        "duty.gap_limit": {
            "vi": "khoảng ngắt phải là một số giây dương, không phải {limit}",
            "en": "the gap limit must be a positive number of seconds, not {limit}",
        },
        "duty.no_time": {
            "vi": "mọi bước giữa các số đọc đều là khoảng ngắt: không còn thời gian nào để tính",
            "en": "every step between the readings is a gap: no time is left to count",
        },
        "duty.no_loaded": {
            "vi": "không có lúc nào máy nén chạy có tải trong chuỗi số",
            "en": "the compressor is never loaded in the series",
        },
        "duty.no_two_levels": {
            "vi": "công suất không có hai mức có tải và không tải rõ ràng (giữa {low} và {high} kW có quá nhiều số đọc): máy nén điều tiết hoặc có biến tần; hãy nhập công suất có tải và không tải theo nhãn máy",
            "en": "the power has no clear loaded and unloaded levels (too many readings between {low} and {high} kW): the compressor modulates or has a drive; give its loaded and unloaded power from the nameplate",
        },
        "duty.nameplate_pair": {
            "vi": "cần cả công suất có tải và công suất không tải, hoặc không cần cả hai",
            "en": "give both the loaded and the unloaded power, or neither",
        },
        "duty.nameplate_order": {
            "vi": "công suất có tải ({loaded} kW) phải lớn hơn công suất không tải ({unloaded} kW), và cả hai lớn hơn 0",
            "en": "the loaded power ({loaded} kW) must be above the unloaded power ({unloaded} kW), both above zero",
        },
        "calc.unloaded_not_below_loaded": {
            "vi": "phải nhỏ hơn công suất máy nén khi có tải",
            "en": "must be below the compressor's power on load",
        },
        "calcsrc.series_loaded_kw": {
            "vi": "Công suất trung bình khi có tải, chuỗi {series}",
            "en": "Mean power loaded, series {series}",
        },
        "calcsrc.series_unloaded_kw": {
            "vi": "Công suất trung bình khi không tải, chuỗi {series}",
            "en": "Mean power unloaded, series {series}",
        },
        "calcsrc.series_loaded_power": {
            "vi": "Điện năng có tải mỗi giờ chạy, chuỗi {series}",
            "en": "Loaded energy per running hour, series {series}",
        },
        "calcsrc.series_load_time": {
            "vi": "Thời gian có tải, chuỗi {series}",
            "en": "Time loaded, series {series}",
        },
        "calcsrc.series_unload_time": {
            "vi": "Thời gian không tải, chuỗi {series}",
            "en": "Time unloaded, series {series}",
        },
        "cli.calc.duty_hours": {
            "vi": "--hours là số giờ chạy mỗi năm: lớn hơn 0 và không quá {maximum}",
            "en": "--hours is the running hours a year: above 0 and at most {maximum}",
        },
        "cli.calc.duty_usage": {
            "vi": "dùng: cpdesk calc compressor-duty --series CHUỖI [--loaded-kw KW --unloaded-kw KW] [--hours GIỜ] [--max-gap-min PHÚT]",
            "en": "usage: cpdesk calc compressor-duty --series SERIES [--loaded-kw KW --unloaded-kw KW] [--hours HOURS] [--max-gap-min MINUTES]",
        },
    },
    "Field": {
        "calculator.unloaded_power": {"vi": "Công suất máy nén khi không tải", "en": "Compressor power unloaded"},
    },
    "DutyFigure": {
        "readings": {"vi": "Số đọc", "en": "Readings"},
        "thresholds": {"vi": "Ngưỡng (tắt dưới / có tải từ)", "en": "Thresholds (off below / loaded from)"},
        "thresholds_from": {"vi": "Ngưỡng theo", "en": "Thresholds from"},
        "nameplate": {"vi": "nhãn máy", "en": "the nameplate"},
        "series": {"vi": "chuỗi số", "en": "the series"},
        "counted": {"vi": "Thời gian tính", "en": "Time counted"},
        "gaps": {"vi": "Khoảng ngắt (bỏ ra)", "en": "Gaps (left out)"},
        "loaded": {"vi": "Có tải", "en": "Loaded"},
        "unloaded": {"vi": "Không tải", "en": "Unloaded"},
        "off": {"vi": "Tắt", "en": "Off"},
        "state": {"vi": "Trạng thái", "en": "State"},
        "time_share": {"vi": "Thời gian", "en": "Time"},
        "energy_share": {"vi": "Điện năng", "en": "Energy"},
        "mean_kw": {"vi": "Công suất trung bình", "en": "Mean power"},
        "cycles_per_hour": {"vi": "Chu kỳ tải mỗi giờ chạy", "en": "Load cycles per running hour"},
        "annual_hours": {"vi": "Giờ chạy mỗi năm", "en": "Running hours a year"},
        "annual_unloaded_kwh": {"vi": "Điện năng không tải mỗi năm", "en": "Unloaded energy a year"},
        "annual_loaded_kwh": {"vi": "Điện năng có tải mỗi năm", "en": "Loaded energy a year"},
    },
}
