"""Data catalogue: why a record is refused as a whole (a stream with no step, an option
rejected without a reason, a record of another assessment), in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the assessment services, the editing
of records and the attachments give these reasons as codes; the English wording is the one
they always gave.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "record.kind_not_editable": {
            "vi": "loại bản ghi này không sửa được ở đây",
            "en": "this kind of record cannot be edited here",
        },
        "record.field_not_editable": {"vi": "trường này không sửa được", "en": "this field cannot be edited"},
        "record.owner_deleted": {
            "vi": "thuộc {owner} {key} đã bị xoá: hãy khôi phục {owner} đó trước",
            "en": "belongs to {owner} {key}, which is deleted: restore it first",
        },
        "record.assessments_depend": {
            "vi": "có {count} đánh giá gắn với bản ghi này: hãy xoá các đánh giá đó trước",
            "en": "{count} assessment(s) belong to it: delete them first",
        },
        "record.other_assessment": {"vi": "thuộc một đánh giá khác", "en": "belongs to another assessment"},
        "assessment.needs_exchange_rate": {
            "vi": "hãy nhập tỷ giá VND/USD cho đánh giá tính bằng VND",
            "en": "state the VND per USD rate for an assessment in VND",
        },
        "task.number_range": {"vi": "phải là số nhiệm vụ từ 1 đến 18", "en": "must be a task number from 1 to 18"},
        "factor_set.unknown_code": {"vi": "không có bộ hệ số nào mang mã này", "en": "no factor set has this code"},
        "programme.code_taken": {
            "vi": "đã được một chương trình khác dùng",
            "en": "is already used by another programme",
        },
        "company.unknown_sector": {"vi": "không phải ngành đã biết ({known})", "en": "is not a known sector ({known})"},
        "step.name_taken": {
            "vi": "một công đoạn khác của đánh giá này đã có tên này",
            "en": "another step of this assessment has this name",
        },
        "stream.needs_step": {
            "vi": "dòng cần có công đoạn nguồn hoặc công đoạn đích",
            "en": "a stream needs a source or a target step",
        },
        "stream.same_step": {"vi": "trùng với công đoạn nguồn", "en": "is the same step as the source"},
        "measurement.needs_time_zone": {
            "vi": "hãy nhập thời điểm kèm múi giờ",
            "en": "give the time with its time zone",
        },
        "waste.needs_unit": {"vi": "hãy nhập đơn vị của lượng hàng năm", "en": "give the unit of the annual quantity"},
        "option.rejection_reason_first": {
            "vi": "hãy ghi lý do loại bỏ giải pháp trước",
            "en": "say why the option was rejected",
        },
        "option.monitored_not_implemented": {
            "vi": "chỉ giải pháp đã thực hiện mới có tiết kiệm theo dõi được",
            "en": "only an implemented option has monitored savings",
        },
        "attachment.not_bytes": {"vi": "phải là nội dung (byte) của tệp", "en": "must be the file's bytes"},
        "attachment.too_big": {"vi": "nặng {size} MB; tối đa {limit} MB", "en": "is {size} MB; at most {limit} MB"},
        "attachment.owner_id": {
            "vi": "hãy nêu mã của bản ghi (để trống khi đính kèm vào đánh giá)",
            "en": "give the record's id (and none for the assessment)",
        },
        "attachment.damaged": {
            "vi": "tệp đính kèm {name} bị hỏng: các byte không khớp với mã kiểm tra",
            "en": "attachment {name} is damaged: its bytes do not match its checksum",
        },
        "file.cannot_read": {"vi": "không đọc được {name}: {problem}", "en": "cannot read {name}: {problem}"},
        "task.not_done": {
            "vi": "chưa đánh dấu xong nhiệm vụ {task} được: {reasons}",
            "en": "task {task} cannot be marked done: {reasons}",
        },
        "option.refused": {"vi": "giải pháp {option}: {reason}", "en": "option {option}: {reason}"},
        "summary.option_refused": {
            "vi": "giải pháp {option} của {assessment}: {reason}",
            "en": "option {option} of {assessment}: {reason}",
        },
        "money.needs_rate": {
            "vi": "đổi {source} sang {target} cần một tỷ giá dương (VND cho một USD), không phải {rate}",
            "en": "converting {source} to {target} needs a positive exchange rate (VND per USD), not {rate}",
        },
        "report.unknown_kind": {
            "vi": "không có loại báo cáo {kind}: hãy chọn một trong {kinds}",
            "en": "unknown report {kind}: choose one of {kinds}",
        },
        "report.name_programmes": {"vi": "hãy nêu ít nhất một chương trình", "en": "name at least one programme"},
        "report.name_assessments": {"vi": "hãy nêu ít nhất một đánh giá", "en": "name at least one assessment"},
        "report.name_one_assessment": {"vi": "hãy nêu một đánh giá", "en": "name one assessment"},
        "key.author_name_needed": {
            "vi": "hãy nhập tên mà trung tâm biết bạn",
            "en": "give the name the centre should know you by",
        },
        "key.centre_name_needed": {"vi": "hãy nhập tên của trung tâm", "en": "give the centre's name"},
        "demo.already_there": {
            "vi": "cơ sở dữ liệu đã có dữ liệu mẫu",
            "en": "the database already holds the demo data",
        },
    },
}
