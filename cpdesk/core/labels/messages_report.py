"""Data catalogue: why a report cannot be written, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the refusals of :mod:`cpdesk.report`
(the output file's name and folder, a Word template that cannot be used, the report's
language), shown by the workbench's export and by ``cpdesk report``. A reason the system
gives (a file that cannot be written: "Permission denied") is quoted as the system said it.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "report.ending": {
            "vi": "{name}: tệp kết quả phải có đuôi {endings}",
            "en": "{name}: the output file must end in {endings}",
        },
        "report.no_folder": {
            "vi": "không ghi được {path}: thư mục {folder} không tồn tại",
            "en": "cannot write {path}: folder {folder} does not exist",
        },
        "report.is_folder": {
            "vi": "không ghi được {path}: đó là một thư mục",
            "en": "cannot write {path}: it is a folder",
        },
        "report.cannot_write": {"vi": "không ghi được {path}: {detail}", "en": "cannot write {path}: {detail}"},
        "report.language": {
            "vi": "ngôn ngữ báo cáo {lang}: hãy chọn vi hoặc en",
            "en": "report language {lang}: choose vi or en",
        },
        "report.template_not_docx_detail": {
            "vi": "{name} không phải tài liệu Word (.docx) mà cpdesk dùng làm mẫu được: {detail}",
            "en": "{name} is not a Word document (.docx) that cpdesk can use as a template: {detail}",
        },
        "report.template_too_large": {
            "vi": "{name} nặng {size} MiB; một mẫu báo cáo nặng tối đa 20 MiB",
            "en": "{name} is {size} MiB; a report template is at most 20 MiB",
        },
        "report.template_unreadable": {
            "vi": "không đọc được mẫu {name}: {detail}",
            "en": "cannot read the template {name}: {detail}",
        },
        "report.template_not_docx": {
            "vi": "{name} không phải tài liệu Word (.docx)",
            "en": "{name} is not a Word document (.docx)",
        },
        "report.template_unpacks_large": {
            "vi": "{name} giải nén ra hơn 100 MiB; một mẫu báo cáo nhỏ hơn thế nhiều",
            "en": "{name} unpacks to more than 100 MiB; a report template is far smaller",
        },
    },
}
