"""Data catalogue: what the option library's commands say (a type not found, a sector or a
category code unknown, the headings of a type), in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`); `cpdesk library` says these.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "library.unknown_type": {
            "vi": "thư viện giải pháp không có loại giải pháp mã {given}",
            "en": "the option library has no type {given}",
        },
        "library.unknown_sector": {
            "vi": "{given} không phải là mã ngành; các mã ngành: {codes}",
            "en": "{given} is not a sector code; the sector codes: {codes}",
        },
        "library.unknown_category": {
            "vi": "{given} không phải là mã nhóm giải pháp; các mã: {codes}",
            "en": "{given} is not an option category code; the codes: {codes}",
        },
        "option.unknown_type": {
            "vi": "thư viện giải pháp không có loại {given}: hãy chọn một loại trong thư viện hoặc để trống",
            "en": "the option library has no type {given}: choose a type from the library or leave it blank",
        },
        "library.search_in_memory": {
            "vi": "SQLite trên máy này không có FTS5 nên không tạo được chỉ mục tìm kiếm toàn văn: đã tìm trong danh mục nạp vào bộ nhớ, kết quả như nhau",
            "en": "this installation's SQLite has no FTS5 for the full-text index: the search ran over the catalogue in memory, with the same results",
        },
        "library.evidence_unreadable": {
            "vi": "không đọc được số liệu thực tế của thư viện giải pháp trong gói dữ liệu tham chiếu của trung tâm: {detail}",
            "en": "the option library's evidence in the centre's reference-data pack cannot be read: {detail}",
        },
        "library.starting_estimate": {
            "vi": "Ước tính ban đầu từ thư viện giải pháp, chưa phải số liệu của doanh nghiệp này: vốn đầu tư và tiết kiệm hàng năm là trung vị của {cases} trường hợp ở {companies} doanh nghiệp ngành {sector}. Hãy thay bằng số liệu đo và tính cho doanh nghiệp.",
            "en": "Starting estimate from the option library, not this plant's figures: the investment and annual savings are the medians of {cases} cases in {companies} companies of the {sector} sector. Replace them with figures measured and worked out for this plant.",
        },
        "library.starting_estimate_all": {
            "vi": "Ước tính ban đầu từ thư viện giải pháp, chưa phải số liệu của doanh nghiệp này: vốn đầu tư và tiết kiệm hàng năm là trung vị của {cases} trường hợp ở {companies} doanh nghiệp thuộc mọi ngành. Hãy thay bằng số liệu đo và tính cho doanh nghiệp.",
            "en": "Starting estimate from the option library, not this plant's figures: the investment and annual savings are the medians of {cases} cases in {companies} companies of every sector. Replace them with figures measured and worked out for this plant.",
        },
        "library.no_estimate": {
            "vi": "Thư viện giải pháp chưa có số liệu điển hình cho loại giải pháp này (dưới 3 doanh nghiệp): vốn đầu tư và tiết kiệm để 0 cho đến khi được tính cho doanh nghiệp này.",
            "en": "The option library has no typical figures for this type yet (fewer than 3 companies): the investment and savings stay 0 until they are worked out for this plant.",
        },
        "library.estimate_needs_rate": {
            "vi": "Chưa ghi số liệu điển hình của thư viện giải pháp: đánh giá bằng {currency} chưa có tỷ giá so với USD. Vốn đầu tư và tiết kiệm để 0.",
            "en": "The option library's typical figures are not entered: the assessment in {currency} states no exchange rate to USD. The investment and savings stay 0.",
        },
        "library.cases_at_centre": {
            "vi": "các trường hợp đứng sau số liệu của thư viện giải pháp chỉ được mở tại trung tâm: máy này chỉ nhận số liệu tổng hợp",
            "en": "the cases behind the option library's figures stay at the centre: this installation receives the aggregates only",
        },
        "library.cases": {
            "vi": "{count} trường hợp",
            "en": "{count} cases",
        },
        "library.word.company": {"vi": "Doanh nghiệp", "en": "Company"},
        "library.word.assessment": {"vi": "Đánh giá", "en": "Assessment"},
        "library.word.year": {"vi": "Năm", "en": "Year"},
        "library.word.status": {"vi": "Trạng thái", "en": "Status"},
        "library.word.investment_usd": {"vi": "Vốn đầu tư, USD", "en": "Investment, USD"},
        "library.word.savings_usd": {"vi": "Tiết kiệm, USD/năm", "en": "Savings, USD/year"},
        "library.word.payback": {"vi": "Hoàn vốn, năm", "en": "Payback, years"},
        "library.suggested": {
            "vi": "{count} loại giải pháp phù hợp với doanh nghiệp",
            "en": "{count} option types fit the plant",
        },
        "library.word.why": {"vi": "Vì sao", "en": "Why"},
        "library.word.evidence": {"vi": "Số liệu thực tế", "en": "Evidence"},
        "library.reason.sector": {"vi": "ngành {sector}", "en": "the {sector} sector"},
        "library.reason.step": {"vi": "công đoạn {step}", "en": "the step {step}"},
        "library.reason.waste_cost": {
            "vi": "{family}: {percent} % chi phí dòng thải",
            "en": "{family}: {percent} % of the waste costs",
        },
        "library.reason.loss": {
            "vi": "{family}: {percent} % tổn thất chưa xác định trong cân bằng",
            "en": "{family}: {percent} % of the balance's unaccounted losses",
        },
        "library.family.steam": {"vi": "hơi, nước ngưng", "en": "steam, condensate"},
        "library.family.heat": {"vi": "nhiệt, khói thải", "en": "heat, flue gas"},
        "library.family.water": {"vi": "nước, nước thải", "en": "water, wastewater"},
        "library.family.fuel": {"vi": "nhiên liệu", "en": "fuel"},
        "library.family.electricity": {"vi": "điện", "en": "electricity"},
        "library.family.chemicals": {"vi": "hoá chất", "en": "chemicals"},
        "library.family.raw_material": {"vi": "nguyên liệu", "en": "raw material"},
        "library.family.product": {"vi": "sản phẩm", "en": "product"},
        "library.family.solid_waste": {"vi": "chất thải rắn", "en": "solid waste"},
        "library.family.air_emission": {"vi": "khí thải", "en": "air emissions"},
        "library.evidence.none": {"vi": "chưa có trường hợp nào", "en": "no case yet"},
        "library.evidence.few": {
            "vi": "ít trường hợp (dưới 3 doanh nghiệp)",
            "en": "few cases (fewer than 3 companies)",
        },
        "library.evidence.cases": {
            "vi": "{cases} trường hợp, {companies} doanh nghiệp, {percent} % đã thực hiện",
            "en": "{cases} cases, {companies} companies, {percent} % implemented",
        },
        "library.evidence.figures": {
            "vi": "trung vị {investment} USD đầu tư, hoàn vốn {payback} năm",
            "en": "median investment {investment} USD, payback {payback} years",
        },
        "library.evidence.results": {
            "vi": "{monitored} trường hợp có số liệu giám sát, {verified} trường hợp đã kiểm chứng",
            "en": "{monitored} monitored, {verified} verified",
        },
        "library.evidence.ratio": {
            "vi": "tiết kiệm giám sát bằng {ratio} lần ước tính (trung vị)",
            "en": "monitored savings {ratio} times the estimate (median)",
        },
        "library.evidence.share": {
            "vi": "tiết kiệm {share} % lượng sử dụng năm của doanh nghiệp (trung vị của {count})",
            "en": "saving {share} % of the plant's annual use (median of {count})",
        },
        "library.word.results": {
            "vi": "Giám sát, kiểm chứng, tỷ lệ sử dụng",
            "en": "Monitored, verified, share of use",
        },
        "library.evidence.both": {"vi": "{cases}; {figures}", "en": "{cases}; {figures}"},
        "library.none_found": {"vi": "không tìm thấy loại giải pháp nào", "en": "no option type found"},
        "library.found": {"vi": "{count} loại giải pháp", "en": "{count} option types"},
        "library.word.code": {"vi": "Mã", "en": "Code"},
        "library.word.category": {"vi": "Nhóm giải pháp", "en": "Category"},
        "library.word.title": {"vi": "Loại giải pháp", "en": "Option type"},
        "library.word.process": {"vi": "Công đoạn, tiện ích", "en": "Process or utility"},
        "library.word.carriers": {"vi": "Tiết kiệm", "en": "Saves"},
        "library.word.sectors": {"vi": "Ngành áp dụng", "en": "Sectors"},
        "library.word.all_sectors": {"vi": "mọi ngành", "en": "every sector"},
    },
}
