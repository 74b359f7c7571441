"""Fixed strings of the option library report (one block per type with its evidence), vi and en.

Kept apart from :mod:`cpdesk.report.strings` like the comparison's and the training page's
strings; both tables have the same keys (a test checks). Vietnamese terms after the cpdesk
glossary (giải pháp SXSH, thời gian hoàn vốn ...).
"""

# ruff: noqa: E501  (translation sentences are kept on one line each, as translators edit them)
from __future__ import annotations

EN: dict[str, str] = {
    "title": "The option library",
    "subtitle": "Generic cleaner production option types and what past cases show",
    "count": "{n} option types",
    "filter_sector": "sector: {sector}",
    "filter_category": "category: {category}",
    "source_database": "The evidence is this database's own options linked to a type, those of every assessment it holds.",
    "source_pack": "The evidence is the aggregates of the centre's last reference-data pack, built on {built}.",
    "method": 'A case is an option linked to the type. Money is in USD at each assessment\'s exchange rate; the payback is investment over net annual savings. Figures are the median with the first and third quartiles in brackets. No figure is drawn from fewer than {min} companies: such groups are only named, under "Few cases".',
    "category": "Category",
    "process": "Process",
    "carriers": "Saves",
    "sectors": "Sectors",
    "all_sectors": "every sector",
    "evidence": "Evidence",
    "no_case": "No case yet.",
    "few_cases_in": "Few cases (fewer than three companies)",
    "col_sector": "Sector",
    "col_cases": "Cases",
    "col_companies": "Companies",
    "col_rate": "Implemented",
    "col_investment": "Investment, USD",
    "col_savings": "Savings, USD/year",
    "col_payback": "Payback, years",
    "results": "Monitored, verified and share of the plant's use",
    "col_ratio": "Monitored / estimated savings",
    "col_share": "Saving, % of the plant's use",
    "col_monitored": "Monitored",
    "col_verified": "Verified",
    "without_rate": "{n} case(s) in a currency without an exchange rate are left out of the USD figures.",
    "none_found": "No option type fits the filters.",
}

VI: dict[str, str] = {
    "title": "Thư viện giải pháp",
    "subtitle": "Các loại giải pháp sản xuất sạch hơn điển hình và số liệu thực tế của các trường hợp đã gặp",
    "count": "{n} loại giải pháp",
    "filter_sector": "ngành: {sector}",
    "filter_category": "nhóm giải pháp: {category}",
    "source_database": "Số liệu thực tế là các giải pháp của chính cơ sở dữ liệu này được gắn với một loại giải pháp, của mọi đánh giá nó lưu.",
    "source_pack": "Số liệu thực tế là số tổng hợp trong gói dữ liệu tham chiếu gần nhất của trung tâm, lập ngày {built}.",
    "method": 'Mỗi giải pháp gắn với loại là một trường hợp. Tiền tính bằng USD theo tỷ giá của từng đánh giá; thời gian hoàn vốn là vốn đầu tư chia cho tiết kiệm ròng hằng năm. Số liệu là trung vị, trong ngoặc là tứ phân vị thứ nhất và thứ ba. Không có số liệu nào lấy từ ít hơn {min} doanh nghiệp: các nhóm như vậy chỉ được nêu tên, ở dòng "Ít trường hợp".',
    "category": "Nhóm giải pháp",
    "process": "Quá trình",
    "carriers": "Tiết kiệm",
    "sectors": "Ngành",
    "all_sectors": "mọi ngành",
    "evidence": "Số liệu thực tế",
    "no_case": "Chưa có trường hợp nào.",
    "few_cases_in": "Ít trường hợp (dưới ba doanh nghiệp)",
    "col_sector": "Ngành",
    "col_cases": "Trường hợp",
    "col_companies": "Doanh nghiệp",
    "col_rate": "Đã thực hiện",
    "col_investment": "Vốn đầu tư, USD",
    "col_savings": "Tiết kiệm, USD/năm",
    "col_payback": "Hoàn vốn, năm",
    "results": "Giám sát, kiểm chứng và tỷ lệ so với lượng sử dụng",
    "col_ratio": "Tiết kiệm giám sát / ước tính",
    "col_share": "Tiết kiệm, % lượng sử dụng",
    "col_monitored": "Có giám sát",
    "col_verified": "Đã kiểm chứng",
    "without_rate": "{n} trường hợp bằng đồng tiền chưa có tỷ giá không được tính vào các số liệu USD.",
    "none_found": "Không có loại giải pháp nào phù hợp với bộ lọc.",
}

TEXTS: dict[str, dict[str, str]] = {"vi": VI, "en": EN}
