"""Data catalogue: the messages of backups and restores, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`); codes start with ``backup.``. The
command line prints them in the language of ``--lang`` / ``CPDESK_LANG``, the workbench in
the user's.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "backup.not_a_copy": {
            "vi": "{name} không phải là bản sao lưu của cpdesk (tên tệp không đúng dạng cơ-sở-dữ-liệu-NNNNNNNN-NNNNNN.sqlite.gz)",
            "en": "{name} is not a cpdesk backup copy (its name is not database-NNNNNNNN-NNNNNN.sqlite.gz)",
        },
        "backup.no_such_copy": {
            "vi": "không có bản sao lưu {name}; xem danh sách bằng 'cpdesk backup list'",
            "en": "no backup copy {name}; see 'cpdesk backup list'",
        },
        "backup.ambiguous_copy": {
            "vi": "{name} khớp với {count} bản sao lưu; hãy ghi rõ hơn (ngày và giờ)",
            "en": "{name} matches {count} backup copies; give more of its date and time",
        },
        "backup.cancelled": {"vi": "đã huỷ sao lưu; không ghi gì", "en": "backup cancelled; nothing written"},
        "backup.sealed_no_key": {
            "vi": "{name} được mã hoá bằng khoá của bản cài đặt, nhưng không có khoá đó ở đây",
            "en": "{name} is encrypted to this installation's key, which is not available here",
        },
        "backup.sealed_unreadable": {
            "vi": "không mở được bản sao lưu mã hoá {name}: {reason}",
            "en": "the encrypted backup copy {name} cannot be opened: {reason}",
        },
        "backup.copy_damaged": {
            "vi": "bản sao lưu {name} bị hỏng hoặc không đọc lại được ({reason}); nó không được dùng",
            "en": "the backup copy {name} is damaged or does not read back ({reason}); it is not used",
        },
        "backup.check_failed": {
            "vi": "bản chụp của {name} không qua kiểm tra PRAGMA quick_check ({reason}); cơ sở dữ liệu có thể bị hỏng, hãy giữ các bản sao lưu cũ",
            "en": "the snapshot of {name} fails PRAGMA quick_check ({reason}); the database may be damaged: keep the older copies",
        },
        "backup.disk_full": {
            "vi": "không ghi được bản sao lưu: thư mục {folder} cần khoảng {needed} MB trống, hiện chỉ còn {free} MB (đã xoá bớt các bản cũ nhất); cơ sở dữ liệu không bị ảnh hưởng",
            "en": "the backup could not be written: {folder} needs about {needed} MB free and has {free} MB (the oldest copies were thinned); the database is untouched",
        },
        "backup.not_sqlite": {
            "vi": "chỉ sao lưu được cơ sở dữ liệu SQLite trên máy này; {url} là cơ sở dữ liệu máy chủ",
            "en": "only a SQLite database on this computer is backed up; {url} is a server database",
        },
        "backup.written": {
            "vi": "đã sao lưu: {name} ({size} MB, {assessments} đánh giá), đã kiểm tra",
            "en": "backup written: {name} ({size} MB, {assessments} assessments), checked",
        },
        "backup.removed": {
            "vi": "đã xoá {count} bản cũ theo quy tắc giữ lại",
            "en": "{count} older copies given up by the rotation",
        },
        "backup.second_written": {
            "vi": "bản sao lưu trong ngày cũng đã ghi vào {folder}",
            "en": "the day's copy was also written to {folder}",
        },
        "backup.second_missing": {
            "vi": "không thấy nơi lưu thứ hai {folder} (chưa cắm USB?); bản sao lưu chỉ ở trên máy này",
            "en": "the second place {folder} is not there (USB stick not plugged in?); the copy is on this computer only",
        },
        "backup.second_failed": {
            "vi": "không ghi được vào nơi lưu thứ hai {folder}: {reason}",
            "en": "the second place {folder} could not be written: {reason}",
        },
        "backup.none": {"vi": "chưa có bản sao lưu nào trong {folder}", "en": "no backup copies in {folder} yet"},
        "backup.restored_whole": {
            "vi": "đã khôi phục toàn bộ từ {name}; cơ sở dữ liệu trước đó được sao lưu thành {before}",
            "en": "restored whole from {name}; the database as it was is kept as {before}",
        },
        "backup.restored_new": {
            "vi": "đã khôi phục toàn bộ từ {name} vào {path} (trước đó chưa có cơ sở dữ liệu ở đây)",
            "en": "restored whole from {name} into {path} (there was no database there before)",
        },
        "backup.restored_assessment": {
            "vi": "đã khôi phục đánh giá \u201c{title}\u201d từ {name}: {new} bản ghi thêm vào, {updated} cập nhật, {unchanged} giữ nguyên vì bản hiện tại mới hơn",
            "en": "restored the assessment \u201c{title}\u201d from {name}: {new} records added, {updated} updated, {unchanged} kept as they are (newer here)",
        },
        "backup.brought_back": {
            "vi": "đánh giá đã xoá được đưa trở lại",
            "en": "the deleted assessment is back",
        },
        "backup.no_assessment": {
            "vi": "bản sao lưu {name} không có đánh giá {key}",
            "en": "the backup copy {name} holds no assessment {key}",
        },
        "backup.database_busy": {
            "vi": "cơ sở dữ liệu {name} đang được chương trình khác mở; hãy đóng nó rồi khôi phục lại",
            "en": "the database {name} is open in another program; close it, then restore again",
        },
        "backup.column.taken": {"vi": "Thời điểm", "en": "Taken"},
        "backup.column.copy": {"vi": "Bản sao lưu", "en": "Copy"},
        "backup.column.size": {"vi": "MB", "en": "MB"},
        "backup.column.assessments": {"vi": "Đánh giá", "en": "Assessments"},
        "backup.column.last_change": {"vi": "Thay đổi cuối", "en": "Last change"},
        "backup.column.encrypted": {"vi": "Mã hoá", "en": "Encrypted"},
        "backup.column.reason": {"vi": "Lý do", "en": "Why"},
        "backup.sealed": {"vi": "có", "en": "yes"},
        "backup.reason.start": {"vi": "khi mở", "en": "at start"},
        "backup.reason.timer": {"vi": "định kỳ", "en": "every 30 min"},
        "backup.reason.close": {"vi": "khi đóng", "en": "at close"},
        "backup.reason.manual": {"vi": "thủ công", "en": "by hand"},
        "backup.reason.before-restore": {"vi": "trước khi khôi phục", "en": "before a restore"},
    },
}
