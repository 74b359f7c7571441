"""Data catalogue: why a value typed for a record is refused (a number out of its bounds, an
empty name, a unit of another quantity), in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the services give these reasons as
codes with their parameters (:mod:`cpdesk.services.validation`); the English wording is the
one the services always gave, so ``str()`` of an error reads as before.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "word.or": {"vi": "hoặc", "en": "or"},
        "value.not_text": {"vi": "phải là văn bản", "en": "must be text"},
        "value.empty": {"vi": "cần nhập giá trị", "en": "must not be empty"},
        "value.required": {"vi": "cần nhập giá trị", "en": "is required"},
        "value.too_long": {"vi": "dài hơn {maximum} ký tự", "en": "is longer than {maximum} characters"},
        "value.not_number": {"vi": "phải là một số", "en": "must be a number"},
        "value.not_finite": {"vi": "phải là một số hữu hạn", "en": "must be a finite number"},
        "value.too_large": {"vi": "có độ lớn không được quá {maximum}", "en": "must be at most {maximum} in size"},
        "value.positive": {"vi": "phải lớn hơn không", "en": "must be greater than zero"},
        "value.at_least": {"vi": "phải ít nhất là {minimum}", "en": "must be at least {minimum}"},
        "value.at_most": {"vi": "không được quá {maximum}", "en": "must be at most {maximum}"},
        "value.whole": {"vi": "phải là số nguyên", "en": "must be a whole number"},
        "value.one_of": {"vi": "phải là một trong các mã: {allowed}", "en": "must be one of: {allowed}"},
        "value.choose_one_of": {"vi": "hãy chọn một trong: {allowed}", "en": "choose one of {allowed}"},
        "value.not_a_date": {"vi": "phải là một ngày", "en": "must be a date"},
        "value.true_or_false": {"vi": "phải là đúng hoặc sai", "en": "must be true or false"},
        "value.not_email": {"vi": "không phải là địa chỉ e-mail", "en": "is not an e-mail address"},
        "value.percentage": {
            "vi": "phải là một tỷ lệ phần trăm từ 0 đến 100",
            "en": "must be a percentage from 0 to 100",
        },
        "value.year_between": {
            "vi": "phải là một năm từ {first} đến {last}",
            "en": "must be a year between {first} and {last}",
        },
        "value.before_start": {"vi": "sớm hơn ngày bắt đầu {start}", "en": "is before the start date {start}"},
        "unit.required": {"vi": "cần nhập đơn vị", "en": "a unit is required"},
        "unit.wrong_dimension": {
            "vi": "là đơn vị của {dimension}; ở đây cần {expected}",
            "en": "is a unit of {dimension}; expected {expected}",
        },
    },
}
