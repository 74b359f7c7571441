"""Data catalogue: what the command line says of its own, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the refusals of options the command line
reads itself (``cli.usage.*``, ``cli.calc.*`` ...) and what ``cpdesk logger import`` tells while
it imports a file (``cli.logger.*``: the settings detected, the cells skipped, the gaps). An
option's name and the placeholders of its help (``--channel COLUMN=STREAM:UNIT``) are written
as they are typed, in both languages. The frame of every error line (``cpdesk: error:``) is not
here but in :mod:`cpdesk.cli.texts`: it is printed also when this catalogue cannot be read.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        # the options of every command
        "cli.lang_env": {
            "vi": "${env}={lang}: hãy chọn một trong {langs}",
            "en": "${env}={lang}: choose one of {langs}",
        },
        # cpdesk calc
        "cli.calc.input_parts": {
            "vi": "--input {given}: hãy ghi INPUT VALUE UNIT",
            "en": "--input {given}: give INPUT VALUE UNIT",
        },
        "cli.calc.not_a_number": {
            "vi": "--input {name}: {text} không phải một số",
            "en": "--input {name}: {text} is not a number",
        },
        "cli.calc.input_twice": {"vi": "--input {name} được ghi hai lần", "en": "--input {name} is given twice"},
        "cli.calc.list_no_input": {"vi": "'calc list' không nhận --input", "en": "'calc list' takes no --input"},
        "cli.calc.option_usage": {
            "vi": "hãy ghi 'calc option OPTION' (id của giải pháp), không có --input",
            "en": "give 'calc option OPTION' (the option's id), with no --input",
        },
        "cli.calc.takes_no_option": {"vi": "'calc {name}' không nhận OPTION", "en": "'calc {name}' takes no OPTION"},
        "cli.calc.bill_usage": {
            "vi": "--bill chỉ dùng với 'calc option' của giải pháp bù hệ số công suất",
            "en": "--bill goes with 'calc option' of a power factor correction only",
        },
        "cli.calc.pf_charge": {
            "vi": "Tiền mua công suất phản kháng tránh được: {avoided} {currency} một năm "
            "({before} % tiền điện trước, {after} % sau; bộ hệ số {factor_set}, {source})",
            "en": "Power-factor charge avoided: {avoided} {currency} a year "
            "({before} % of the bill before, {after} % after; factor set {factor_set}, {source})",
        },
        "cli.calc.pf_no_rule": {
            "vi": "Bộ hệ số không có quy định về hệ số công suất của biểu giá điện",
            "en": "The factor set holds no power-factor rule of the tariff",
        },
        # cpdesk practical
        "cli.practical.tasks": {
            "vi": "--tasks {given}: hãy ghi các số của nhiệm vụ, cách nhau bằng dấu phẩy, ví dụ 4,5,8",
            "en": "--tasks {given}: give task numbers separated by commas, e.g. 4,5,8",
        },
        "cli.practical.due": {
            "vi": "--due {given}: hãy ghi ngày theo dạng YYYY-MM-DD",
            "en": "--due {given}: give a date as YYYY-MM-DD",
        },
        "cli.practical.key": {
            "vi": "--key {given}: hãy ghi NAME=KEYFILE hoặc NAME=FINGERPRINT",
            "en": "--key {given}: give NAME=KEYFILE or NAME=FINGERPRINT",
        },
        "cli.practical.output": {
            "vi": "hãy cho -o FILE.pdf, --json, hoặc cả hai",
            "en": "give -o FILE.pdf, --json, or both",
        },
        # cpdesk report worksheets
        "cli.report.worksheets_source": {
            "vi": "hãy cho một ASSESSMENT để điền các biểu mẫu, hoặc --blank (không cả hai)",
            "en": "give an ASSESSMENT to fill the worksheets from, or --blank (not both)",
        },
        # cpdesk mv
        "cli.mv.too_large": {
            "vi": "{path}: lớn hơn {limit} MB, không phải một bảng các kỳ",
            "en": "{path}: larger than {limit} MB, not a table of periods",
        },
        "cli.mv.unreadable": {"vi": "{path}: {detail}", "en": "{path}: {detail}"},
        "cli.mv.not_utf8": {
            "vi": "{path}: không phải văn bản UTF-8; hãy lưu bảng thành CSV UTF-8",
            "en": "{path}: not UTF-8 text; save the table as CSV UTF-8",
        },
        "cli.mv.column_twice": {"vi": "mỗi cột chỉ được nêu một lần", "en": "each column may be named once"},
        "cli.mv.per_day_needs_days": {"vi": "--per-day cần --days COLUMN", "en": "--per-day needs --days COLUMN"},
        "cli.mv.carrier_one_source": {
            "vi": "với --carrier hãy cho một ASSESSMENT và không có --consumption",
            "en": "with --carrier give one ASSESSMENT and no --consumption",
        },
        "cli.mv.sources": {
            "vi": "hãy cho một ASSESSMENT với --carrier, hoặc (các) bảng với --consumption COLUMN",
            "en": "give an ASSESSMENT with --carrier, or the table(s) with --consumption COLUMN",
        },
        "cli.mv.reporting_from_needs_carrier": {
            "vi": "--reporting-from đi cùng --carrier",
            "en": "--reporting-from goes with --carrier",
        },
        # cpdesk logger import: refusals
        "cli.logger.channel_spec": {
            "vi": "--channel {spec}: cần dạng COLUMN=STREAM:UNIT (STREAM có thể để trống)",
            "en": "--channel {spec}: expected COLUMN=STREAM:UNIT (STREAM may be empty)",
        },
        "cli.logger.no_unit": {
            "vi": "cột {column} không ghi đơn vị nào cpdesk biết; hãy gán các cột bằng --channel '{name}=:UNIT'",
            "en": "column {column} states no unit cpdesk knows; map the columns with --channel '{name}=:UNIT'",
        },
        "cli.logger.no_channel": {
            "vi": "không tìm thấy cột số đo nào; hãy gán các cột bằng --channel COLUMN=STREAM:UNIT",
            "en": "no column of readings found; map the columns with --channel COLUMN=STREAM:UNIT",
        },
        "cli.logger.unsure": {
            "vi": "việc nhận dạng tệp chưa chắc chắn (xem các ghi chú ở trên); hãy cho --sep/--decimal/--time-format, hoặc --yes để chấp nhận",
            "en": "detection is unsure (see the notes above); give --sep/--decimal/--time-format, or --yes to accept",
        },
        "cli.logger.cancelled": {"vi": "đã huỷ nhập; không lưu gì", "en": "import cancelled; nothing was stored"},
        "cli.logger.bad_cells": {
            "vi": "{count} ô không đọc được; không lưu gì (--yes để bỏ qua chúng)",
            "en": "{count} cells cannot be read; nothing was stored (--yes skips them)",
        },
        # cpdesk logger import: the settings detected
        "cli.logger.file_csv": {
            "vi": "tệp: {kind}, {encoding}, dấu phân cách {separator}, dấu thập phân {decimal}, dấu nghìn {thousands}",
            "en": "file: {kind}, {encoding}, separator {separator}, decimal {decimal}, thousands {thousands}",
        },
        "cli.logger.file": {
            "vi": "tệp: {kind}, dấu thập phân {decimal}, dấu nghìn {thousands}",
            "en": "file: {kind}, decimal {decimal}, thousands {thousands}",
        },
        "cli.logger.header_line": {"vi": "dòng {line}", "en": "line {line}"},
        "cli.logger.none": {"vi": "không có", "en": "none"},
        "cli.logger.tab": {"vi": "tab", "en": "tab"},
        "cli.logger.space": {"vi": "dấu cách", "en": "space"},
        "cli.logger.header": {
            "vi": "tiêu đề: {header}; thời điểm: {columns} ({format}), múi giờ {zone}",
            "en": "header: {header}; timestamps: {columns} ({format}), time zone {zone}",
        },
        "cli.logger.note": {"vi": "ghi chú: {note}", "en": "note: {note}"},
        # cpdesk logger import: questions and what was read
        "cli.logger.ask_settings": {"vi": "Nhập với các thiết lập này?", "en": "Import with these settings?"},
        "cli.logger.ask_skip": {
            "vi": "Bỏ qua {count} ô không đọc được và nhập phần còn lại?",
            "en": "Skip the {count} unreadable cells and import the rest?",
        },
        "cli.logger.yes_no": {"vi": "[c/K]", "en": "[y/N]"},
        "cli.logger.cannot_read": {"vi": "không đọc được {cell}", "en": "cannot read {cell}"},
        "cli.logger.and_more": {"vi": "... và {count} ô nữa", "en": "... and {count} more"},
        "cli.logger.read": {
            "vi": "đã đọc {rows} hàng; {dropped} hàng không có thời điểm dùng được; bỏ qua {bad} ô không đọc được; bỏ {duplicates} thời điểm trùng",
            "en": "{rows} rows read; {dropped} without a usable timestamp; {bad} unreadable cells skipped; {duplicates} duplicate timestamps dropped",
        },
        "cli.logger.conflicting": {
            "vi": "({count} trong số đó có giá trị khác)",
            "en": "({count} with other values)",
        },
        "cli.logger.out_of_order": {
            "vi": "{count} số đo sai thứ tự thời gian, đã sắp xếp lại",
            "en": "{count} readings out of order, sorted",
        },
        "cli.logger.non_finite": {
            "vi": "cột {column}: {count} giá trị là NaN, vô cực hoặc giá trị lỗi (#VALUE!, 1e400); lưu thành khoảng trống",
            "en": "column {column}: {count} values are NaN, infinity or an error value (#VALUE!, 1e400); stored as gaps",
        },
        "cli.logger.gaps": {
            "vi": "{count} khoảng trống, tổng cộng {hours} giờ không có số đo",
            "en": "{count} gaps, {hours} h without readings in all",
        },
        # the table of series (logger import and logger list)
        "cli.logger.col.id": {"vi": "id", "en": "id"},
        "cli.logger.col.name": {"vi": "tên", "en": "name"},
        "cli.logger.col.unit": {"vi": "đơn vị", "en": "unit"},
        "cli.logger.col.stream": {"vi": "dòng", "en": "stream"},
        "cli.logger.col.points": {"vi": "số điểm", "en": "points"},
        "cli.logger.col.from": {"vi": "từ", "en": "from"},
        "cli.logger.col.to": {"vi": "đến", "en": "to"},
        "cli.logger.col.interval": {"vi": "chu kỳ (s)", "en": "interval s"},
        "cli.logger.col.zone": {"vi": "múi giờ", "en": "zone"},
        "cli.logger.repeated_hour": {
            "vi": "{count} số đo trong giờ lặp lại khi đổi giờ mùa hè, xếp theo thứ tự của chúng",
            "en": "{count} readings in a repeated daylight-saving hour, placed by their order",
        },
    },
}
