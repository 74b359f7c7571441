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
        "library.evidence_unreadable": {
            "vi": "không đọc được số liệu thực tế của thư viện giải pháp trong gói dữ liệu tham chiếu của trung tâm: {detail}",
            "en": "the option library's evidence in the centre's reference-data pack cannot be read: {detail}",
        },
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
