"""Data catalogue: why a value or a file is refused, in Vietnamese and English.

The services give their reasons in English (the command line prints them as they are); the
workbench finds the known ones in a message and says them in the user's language
(:mod:`cpdesk.gui.errors`). ``ErrorReason`` holds the reasons a typed value is refused for,
``LoggerProblem`` and ``LoggerPlace`` a logger file's refusals and where in the file,
``NumberProblem`` why typed text is not a number in the chosen notation. ``%1``, ``%2`` ...
stand for the figures and names the message gives; the English text is the service's own
phrase, so a message reads the same untranslated.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "ErrorReason": {
        "required": {"vi": "cần nhập giá trị", "en": "a value is required"},
        "positive": {"vi": "phải lớn hơn không", "en": "must be greater than zero"},
        "at_least": {"vi": "phải ít nhất là %1", "en": "must be at least %1"},
        "at_most": {"vi": "không được quá %1", "en": "must be at most %1"},
        "whole_number": {"vi": "phải là số nguyên", "en": "must be a whole number"},
        "wrong_dimension": {"vi": "là đơn vị của %1; ở đây cần %2", "en": "is a unit of %1; this needs %2"},
        "unknown_unit": {"vi": "không phải đơn vị cpdesk biết", "en": "is not a unit cpdesk knows"},
        "rejection_reason_first": {
            "vi": "hãy ghi lý do loại bỏ giải pháp trước",
            "en": "say why the option was rejected first",
        },
        "monitored_not_implemented": {
            "vi": "chỉ giải pháp đã thực hiện mới có tiết kiệm theo dõi được",
            "en": "only an implemented option has monitored savings",
        },
        "step_name_taken": {
            "vi": "một công đoạn khác của đánh giá này đã có tên này",
            "en": "another step of this assessment has this name",
        },
        "same_step": {"vi": "trùng với công đoạn nguồn", "en": "is the same step as the source"},
        "stream_needs_step": {
            "vi": "dòng cần có công đoạn nguồn hoặc công đoạn đích",
            "en": "a stream needs a source or a target step",
        },
        "before_start": {"vi": "sớm hơn ngày bắt đầu %1", "en": "is before the start date %1"},
        "too_long": {"vi": "dài hơn %1 ký tự", "en": "is longer than %1 characters"},
        "other_assessment": {"vi": "thuộc một đánh giá khác", "en": "belongs to another assessment"},
    },
    "LoggerProblem": {
        "line_too_long": {
            "vi": "dòng dài hơn %1, giới hạn cho một dòng (máy ghi chỉ ghi vài trăm byte mỗi dòng)",
            "en": "the line is longer than %1, the limit for one line (a logger writes a few hundred bytes a line)",
        },
        "line_too_long_not_read": {
            "vi": "dòng dài hơn %1, giới hạn cho một dòng (%2 byte); không đọc",
            "en": "the line is longer than %1, the limit for one line (%2 bytes); not read",
        },
        "row_too_long_not_read": {
            "vi": "hàng dài hơn %1, giới hạn cho một dòng (%2 ký tự); không đọc",
            "en": "the row is longer than %1, the limit for one line (%2 characters); not read",
        },
        "too_many_columns_for_a_logger": {
            "vi": "hơn %1 cột, số cột nhiều nhất cpdesk đọc được (máy ghi chỉ ghi vài chục cột)",
            "en": "more than %1 columns, the most cpdesk reads (a logger writes a few dozen)",
        },
        "sheet_too_many_columns": {
            "vi": "trang tính %1 có %2 cột, nhiều hơn %3, số cột nhiều nhất cpdesk đọc được",
            "en": "sheet %1 has %2 columns, more than %3, the most cpdesk reads",
        },
        "too_many_columns": {
            "vi": "%1 cột, nhiều hơn %2, số cột nhiều nhất cpdesk đọc được",
            "en": "%1 columns, more than %2, the most cpdesk reads",
        },
        "column_not_finite": {
            "vi": "cột %1 không có số đo hữu hạn nào: %2 giá trị là NaN, vô cực hoặc giá trị lỗi (%3)",
            "en": "column %1 holds no finite reading: %2 of its values are NaN, infinity or an error value (%3)",
        },
        "nul_bytes": {
            "vi": "hỏng: %1 byte NUL (do thẻ nhớ bị lỗi ghi ra); không đọc",
            "en": "damaged: %1 NUL bytes (what a failing memory card writes); not read",
        },
    },
    "LoggerPlace": {
        "line": {"vi": "dòng %1", "en": "line %1"},
        "row": {"vi": "hàng %1", "en": "row %1"},
        "column": {"vi": "cột %1", "en": "column %1"},
        "characters": {"vi": "(%1 ký tự)", "en": "(%1 characters)"},
    },
    "NumberProblem": {
        "notation_vi": {"vi": "tiếng Việt", "en": "Vietnamese"},
        "notation_en": {"vi": "tiếng Anh", "en": "English"},
        "ambiguous": {
            "vi": "“%1” có thể hiểu là %2 hoặc %3. Nhập %4 nếu là %2, hoặc %5 nếu là %3.",
            "en": "“%1” can be read as %2 or as %3. Type %4 for %2, or %5 for %3.",
        },
        "required": {"vi": "Cần nhập một số.", "en": "A number is required."},
        "not_a_number": {
            "vi": "“%1” không phải là số theo cách viết %2.",
            "en": "“%1” is not a number in %2 notation.",
        },
        "did_you_mean": {"vi": "Có phải bạn muốn nhập %1?", "en": "Did you mean %1?"},
        "hint_vi": {
            "vi": "Theo cách viết tiếng Việt, “,” là dấu thập phân và “.” phân cách hàng nghìn: 2,57 hoặc 93.200.",
            "en": "In Vietnamese notation “,” is the decimal mark and “.” groups thousands: 2,57 or 93.200.",
        },
        "hint_en": {
            "vi": "Theo cách viết tiếng Anh, “.” là dấu thập phân và “,” phân cách hàng nghìn: 2.57 hoặc 93,200.",
            "en": "In English notation “.” is the decimal mark and “,” groups thousands: 2.57 or 93,200.",
        },
    },
}
