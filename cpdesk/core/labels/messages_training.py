"""Data catalogue: why a training record, an indicator or a practical module is refused, in
Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the training services
(:mod:`cpdesk.services.training`) give these reasons as codes; the English wording is the
one they always gave. Terms as the shared glossary has them: học viên (trainee), mô-đun
(module), khoá đào tạo (course), người-ngày (person-day), chứng chỉ (certificate).
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "training.unknown_sector": {"vi": "không phải ngành đã biết", "en": "is not a known sector"},
        "training.module_of_another_course": {
            "vi": "là mô-đun của một khoá đào tạo khác",
            "en": "is a module of another course",
        },
        "training.module_number_taken": {
            "vi": "khoá đào tạo đã có một mô-đun mang số này",
            "en": "the course already has a module with this number",
        },
        "training.already_attending": {
            "vi": "đã được ghi nhận có mặt ở buổi học này",
            "en": "is already recorded at this session",
        },
        "training.already_certified": {
            "vi": "đã có chứng chỉ của khoá đào tạo này",
            "en": "already holds a certificate of this course",
        },
        "training.attended_longer": {
            "vi": "có học viên đã tham dự {days} ngày",
            "en": "a participant attended {days} days",
        },
        "training.has_dependants": {
            "vi": "còn {count} {what}; hãy xoá chúng trước",
            "en": "has {count} {what}; delete them first",
        },
        "training.dependants.sessions": {"vi": "buổi học", "en": "session(s)"},
        "training.dependants.modules": {"vi": "mô-đun", "en": "module(s)"},
        "training.dependants.certificates": {"vi": "chứng chỉ", "en": "certificate(s)"},
        "training.dependants.practical_modules": {"vi": "mô-đun thực hành", "en": "practical module(s)"},
        "training.dependants.attendances": {"vi": "lượt tham dự", "en": "attendance record(s)"},
        "training.dependants.assignments": {"vi": "bài thực hành được giao", "en": "practical assignment(s)"},
        "indicator.before_period_start": {
            "vi": "sớm hơn ngày đầu kỳ {start}",
            "en": "is before the period start {start}",
        },
        "indicator.records_person_days_only": {
            "vi": "chỉ số người-ngày đào tạo mới lấy được từ hồ sơ",
            "en": "only training person-days come from the records",
        },
        "indicator.no_person_days": {
            "vi": "không có người-ngày đào tạo nào từ {start} đến {end}",
            "en": "no training person-days from {start} to {end}",
        },
        "indicator.not_normalised": {"vi": "chỉ số này không được chuẩn hoá", "en": "this indicator is not normalised"},
        "indicator.period_taken": {
            "vi": "kỳ này đã có giá trị; hãy sửa giá trị đó",
            "en": "this period already has a value; edit it instead",
        },
        "indicator.has_values": {
            "vi": "đã có giá trị được ghi; hãy ngừng dùng chỉ số thay vì xoá",
            "en": "has recorded values; drop it instead",
        },
        "practical.needs_title": {"vi": "hãy đặt tên cho mô-đun", "en": "give the module a title"},
        "practical.name_every_trainee": {"vi": "hãy ghi tên từng học viên", "en": "name every trainee"},
        "practical.trainee_twice": {"vi": "có học viên bị ghi tên hai lần", "en": "a trainee is named twice"},
        "practical.tasks_range": {"vi": "hãy chọn các nhiệm vụ trong khoảng 1-18", "en": "choose tasks among 1-18"},
        "practical.choose_data": {"vi": "hãy chọn trong số: {known}", "en": "choose among {known}"},
        "practical.needs_data": {"vi": "cần giao kèm cả {needed}", "en": "needs {needed} given too"},
        "practical.id_too_short": {
            "vi": "hãy nhập ít nhất 8 ký tự đầu của mã",
            "en": "give at least 8 characters of its id",
        },
        "practical.id_matches": {
            "vi": "có {count} mô-đun thực hành có mã bắt đầu bằng {start}",
            "en": "{count} practical modules have an id starting with {start}",
        },
        "practical.no_trainees": {
            "vi": "mô-đun thực hành “{title}” chưa có học viên",
            "en": "practical module '{title}' has no trainees",
        },
        "practical.no_trainee_key": {
            "vi": "không có khoá tin cậy nào mang tên {trainee}: hãy tin cậy khoá của học viên trước (cpdesk centre trust KEYFILE --name {trainee}) hoặc đưa tệp khoá",
            "en": "no trusted key is named {trainee}: trust the trainee's key first (cpdesk centre trust KEYFILE --name {trainee}) or give a key file",
        },
        "practical.trainee_keys": {
            "vi": "có {count} khoá tin cậy mang tên {trainee}: hãy đưa tệp khoá hoặc dấu vân tay khoá của học viên",
            "en": "{count} trusted keys are named {trainee}: give the trainee's key file or fingerprint",
        },
        "practical.reference_not_copy": {
            "vi": "gói chứa đánh giá mẫu của “{title}”, không phải bản của học viên; không nhập gì",
            "en": "it holds the reference assessment of '{title}', not a trainee's copy; nothing was imported",
        },
        "practical.one_copy": {
            "vi": "kết quả của một học viên gồm đúng một bản của “{title}” và không có đánh giá nào khác; gói này có {count} đánh giá, là bản của: {found}; không nhập gì",
            "en": "a trainee's results hold exactly one copy of '{title}' and no other assessment; this bundle holds {count} assessment(s), copies of: {found}; nothing was imported",
        },
        "practical.no_copy": {"vi": "không ai", "en": "none"},
        "file.choose_existing_folder": {"vi": "hãy chọn một thư mục có sẵn", "en": "choose an existing folder"},
        "value.year_such_as": {"vi": "phải là một năm, ví dụ 2004", "en": "must be a year such as 2004"},
    },
}
