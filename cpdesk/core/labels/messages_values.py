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
        "rule.refused": {"vi": "{column} {reason}", "en": "{column} {reason}"},
        "rule.not_finite": {"vi": "{value} không phải là số hữu hạn", "en": "{value} is not a finite number"},
        "rule.stream_needs_step": {
            "vi": "để trống, và source_step_id cũng vậy: dòng cần có công đoạn nguồn hoặc công đoạn đích",
            "en": "is empty and so is source_step_id: a stream needs a source or a target step",
        },
        "rule.json_too_deep": {"vi": "lồng JSON sâu hơn {depth} tầng", "en": "nests JSON deeper than {depth} levels"},
        "rule.json_key_not_text": {
            "vi": "có khoá JSON {key} không phải là văn bản",
            "en": "has a JSON key {key} that is not text",
        },
        "rule.no_json_value": {
            "vi": "chứa {kind}, không phải một giá trị JSON",
            "en": "holds {kind}, which is no JSON value",
        },
        "rule.not_a_number": {"vi": "{value} không phải là số", "en": "{value} is not a number"},
        "rule.too_large": {
            "vi": "{value} có độ lớn vượt quá {maximum}",
            "en": "{value} is larger than {maximum} in size",
        },
        "rule.not_positive": {"vi": "{value} phải lớn hơn 0", "en": "{value} must be greater than zero"},
        "rule.below_minimum": {"vi": "{value} phải ít nhất là {minimum}", "en": "{value} must be at least {minimum}"},
        "rule.above_maximum": {"vi": "{value} phải nhiều nhất là {maximum}", "en": "{value} must be at most {maximum}"},
        "rule.not_text": {"vi": "{value} không phải là văn bản", "en": "{value} is not text"},
        "rule.too_many_characters": {
            "vi": "có {count} ký tự, tối đa được {maximum}",
            "en": "has {count} characters, at most {maximum} allowed",
        },
        "rule.empty": {"vi": "bị bỏ trống; phải có giá trị", "en": "is empty; it must be given"},
        "rule.unknown_unit": {
            "vi": "{value} không phải là đơn vị cpdesk biết",
            "en": "{value} is not a unit cpdesk knows",
        },
        "rule.not_json": {"vi": "không phải là JSON", "en": "is not JSON"},
        "rule.not_json_object": {"vi": "không phải là một đối tượng JSON", "en": "is not a JSON object"},
        "rule.not_a_list": {"vi": "{value} không phải là một danh sách", "en": "{value} is not a list"},
        "rule.unexpected_item": {"vi": "chứa {item}; cần {expected}", "en": "holds {item}; expected {expected}"},
        "rule.item_twice": {"vi": "{value} có một mục lặp lại hai lần", "en": "{value} names an item twice"},
        "rule.codes_among": {"vi": "các mã trong số {codes}", "en": "codes among {codes}"},
        "rule.numbers_from_to": {"vi": "các số từ {first} đến {last}", "en": "numbers {first}-{last}"},
        "unit.required": {"vi": "cần nhập đơn vị", "en": "a unit is required"},
        "unit.wrong_dimension": {
            "vi": "là đơn vị của {dimension}; ở đây cần {expected}",
            "en": "is a unit of {dimension}; expected {expected}",
        },
    },
}
