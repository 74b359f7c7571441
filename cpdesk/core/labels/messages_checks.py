"""Data catalogue: why the core's calculations and the database refuse what they are given,
in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the refusals that were plain
``ValueError`` and ``RuntimeError`` texts and reach a person through a service's error (an
option's economics, a comparison with a benchmark, a reconciliation that cannot hold, the
tolerances of a trainees' comparison, the backup rotation's settings, a field of the edit
path) or straight from the database (a location that cannot be used, a schema this cpdesk
does not know). They are raised as :class:`~cpdesk.core.errors.ValueRefused` (a ``ValueError``,
so the callers that catch one still do) or as the store's coded errors.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        # an option's economics (cpdesk.core.economics)
        "economics.name.discount_rate": {"vi": "lãi suất chiết khấu", "en": "discount rate"},
        "economics.name.investment": {"vi": "vốn đầu tư", "en": "investment"},
        "economics.name.net_cash": {"vi": "dòng tiền ròng hàng năm", "en": "annual net cash"},
        "economics.name.net_savings": {"vi": "tiết kiệm ròng hàng năm", "en": "annual net savings"},
        "economics.name.savings": {"vi": "tiết kiệm hàng năm", "en": "annual savings"},
        "economics.name.extra_costs": {"vi": "chi phí tăng thêm hàng năm", "en": "annual extra costs"},
        "economics.not_a_number": {
            "vi": "{name} phải là một số, nhưng là {value}",
            "en": "{name} must be a number, got {value}",
        },
        "economics.negative": {
            "vi": "{name} không được âm, nhưng là {value}",
            "en": "{name} must not be negative, got {value}",
        },
        "economics.rate_too_low": {
            "vi": "lãi suất chiết khấu phải lớn hơn -100 %, nhưng là {value}",
            "en": "discount rate must be above -100 %, got {value}",
        },
        "economics.lifetime": {
            "vi": "tuổi thọ phải là một số năm lớn hơn 0, nhưng là {value}",
            "en": "lifetime must be a number of years above 0, got {value}",
        },
        "economics.exchange_rate": {
            "vi": "tỷ giá VND/USD phải lớn hơn 0, nhưng là {value}",
            "en": "the VND/USD exchange rate must be above 0, got {value}",
        },
        "economics.spread": {
            "vi": "biên độ phải từ 0 đến dưới 1 (0,2 là 20 %), nhưng là {value}",
            "en": "spread must be at least 0 and below 1, got {value}",
        },
        # a comparison with a benchmark (cpdesk.core.benchmark)
        "benchmark.negative_amount": {
            "vi": "lượng tiêu thụ không được âm, nhưng là {value}",
            "en": "amount consumed cannot be negative, got {value}",
        },
        "benchmark.no_production": {
            "vi": "sản lượng phải lớn hơn 0, nhưng là {value}",
            "en": "production must be greater than zero, got {value}",
        },
        "benchmark.negative_value": {
            "vi": "giá trị so với mức chuẩn không được âm, nhưng là {value}",
            "en": "value compared with a benchmark cannot be negative, got {value}",
        },
        "benchmark.not_positive": {
            "vi": "mức chuẩn phải lớn hơn 0, nhưng là {value}",
            "en": "benchmark must be greater than zero, got {value}",
        },
        "benchmark.negative_band": {
            "vi": "dung sai coi là ngang bằng không được âm, nhưng là {value}",
            "en": "equal-within tolerance cannot be negative, got {value}",
        },
        # a reconciliation that cannot be made (cpdesk.core.reconcile, cpdesk.core.flow_bounds)
        "reconcile.no_steps": {
            "vi": "không có công đoạn nào: không có gì để hiệu chỉnh",
            "en": "no process steps: nothing to reconcile",
        },
        "reconcile.no_streams": {
            "vi": "không có dòng nào: không có gì để hiệu chỉnh",
            "en": "no streams: nothing to reconcile",
        },
        "reconcile.closed_stock": {
            "vi": "các công đoạn {steps} không trao đổi gì với ranh giới nhà máy, nên biến đổi tồn kho của chúng phải cộng lại bằng 0, không phải {total}",
            "en": "steps {steps} exchange nothing with the plant boundary, so their stock changes must add up to 0, not {total}",
        },
        "reconcile.stock_without_flow": {
            "vi": "cân bằng không thể thỏa mãn khi mọi dòng đều từ 0 trở lên: các công đoạn {steps} có biến đổi tồn kho",
            "en": "the balances cannot hold with every flow at 0 or more: steps {steps} change stock",
        },
        "reconcile.held_flows": {
            "vi": "cân bằng không thể thỏa mãn khi các dòng {streams} từ 0 trở lên: {reason}",
            "en": "the balances cannot hold with the flows of {streams} at 0 or more: {reason}",
        },
        # the tolerances of a comparison of trainees' figures (cpdesk.core.comparison)
        "comparison.tolerance": {
            "vi": "dung sai {name} phải là một số từ 0 trở lên, nhưng là {value}",
            "en": "tolerance {name} must be a number >= 0, not {value}",
        },
        # the rotation of backup copies (cpdesk.core.backup_rotation)
        "backup.rotation_count": {
            "vi": "{name} phải là một số nguyên từ 0 đến {maximum}, nhưng là {value}",
            "en": "{name} must be a whole number from 0 to {maximum}, not {value}",
        },
        "backup.rotation_recent": {
            "vi": "recent phải ít nhất là 1: bản sao mới nhất luôn được giữ",
            "en": "recent must be at least 1: the newest copy is always kept",
        },
        # the factor set (cpdesk.core.factors); years are given as text, never grouped
        "factors.no_default_year": {
            "vi": "bộ hệ số {factor_set} không nêu năm mặc định của hệ số phát thải lưới điện: hãy chọn một năm",
            "en": "factor set {factor_set} names no default grid year: pass a year",
        },
        "factors.no_grid_year": {
            "vi": "bộ hệ số {factor_set} không có hệ số phát thải lưới điện cho năm {year} (có các năm: {years})",
            "en": "factor set {factor_set} has no grid emission factor for year {year} (available: {years})",
        },
        "factors.no_density": {
            "vi": "nhiên liệu {fuel} không có khối lượng riêng trong bộ hệ số này: hãy nhập khối lượng, hoặc khối lượng riêng theo t/m³",
            "en": "fuel {fuel} has no density in this factor set: give its mass, or a density in t/m³",
        },
        "factors.no_direct_co2": {
            "vi": "{carrier} không trực tiếp phát thải CO2: hãy tính nhiên liệu hoặc điện đã tạo ra nó",
            "en": "carrier {carrier} emits no CO2 directly: count the fuel or electricity that produced it",
        },
        # the limit of a bundle's size set for the installation (cpdesk.sync.archive)
        "sync.size_setting": {"vi": "{setting}: {problem}", "en": "{setting}: {problem}"},
        "sync.not_a_size": {
            "vi": "{text} không phải một kích thước (số byte, hoặc một số kèm K, M, G hay T)",
            "en": "{text} is not a size (bytes, or a number with K, M, G or T)",
        },
        "sync.size_zero": {"vi": "{text} phải lớn hơn 0 byte", "en": "{text} must be more than 0 bytes"},
        # a conflict's value typed again (cpdesk.services.sync.conflicts)
        "conflict.yes_or_no": {"vi": "cần có hoặc không", "en": "expected yes or no"},
        # the database (cpdesk.store)
        "database.not_a_url": {
            "vi": "không phải địa chỉ URL của cơ sở dữ liệu: {text}",
            "en": "not a database URL: {text}",
        },
        "database.is_folder": {
            "vi": "{path} là một thư mục; hãy cho đường dẫn của một tệp cơ sở dữ liệu",
            "en": "{path} is a folder; give the path of a database file",
        },
        "database.no_folder": {"vi": "thư mục {path} không tồn tại", "en": "folder {path} does not exist"},
        "database.none_at": {"vi": "không có cơ sở dữ liệu ở {path}", "en": "no database at {path}"},
        "database.schema_too_new": {
            "vi": "cơ sở dữ liệu này có phiên bản lược đồ {version}, phiên bản cpdesk này không biết: nó do một cpdesk mới hơn ghi; hãy cập nhật cpdesk để mở",
            "en": "this database has schema version {version}, which this cpdesk does not know: it was written by a newer cpdesk; update cpdesk to open it",
        },
        "database.several_schemas": {
            "vi": "cơ sở dữ liệu ghi nhiều phiên bản lược đồ cùng lúc: {versions}",
            "en": "the database states several schema versions at once: {versions}",
        },
        "database.cannot_use": {
            "vi": "không dùng được cơ sở dữ liệu: {detail}",
            "en": "cannot use the database: {detail}",
        },
    },
}
