"""Data catalogue: what a logger file's import says, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): the refusals of a logger file or of the
settings it is read with (:mod:`cpdesk.core.loggers`, :mod:`cpdesk.services.loggers`), why a
row or a cell cannot be read, where in the file ("line 3, column 'P (kW)'"), and the notes
detection leaves for the user to check (a guessed day/month order, an ambiguous decimal
mark). The English wording is the sentence the command line prints and the logs keep.

Counts are given as text grouped with spaces ("10 485 760"), which reads the same in both
languages; line numbers are not grouped. A cell's text and a column's name are given quoted.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        # where in the file
        "logger.at_line": {"vi": "dòng {line}: {problem}", "en": "line {line}: {problem}"},
        "logger.at_row": {"vi": "hàng {row}: {problem}", "en": "row {row}: {problem}"},
        "logger.in_file": {"vi": "{file}: {problem}", "en": "{file}: {problem}"},
        "logger.in_file_at": {"vi": "{file}, {problem}", "en": "{file}, {problem}"},
        "logger.cell": {"vi": "dòng {line}: {text}: {reason}", "en": "line {line}: {text}: {reason}"},
        "logger.cell_in_column": {
            "vi": "dòng {line}, cột {column}: {text}: {reason}",
            "en": "line {line}, column {column}: {text}: {reason}",
        },
        "logger.cut_text": {"vi": "{text} ({count} ký tự)", "en": "{text} ({count} characters)"},
        "logger.column_name": {"vi": "cột {number}", "en": "column {number}"},
        # the file as a whole
        "logger.empty": {"vi": "tệp trống", "en": "the file is empty"},
        "logger.no_data_row": {
            "vi": "không dòng nào trong những dòng đầu của tệp có ngày giờ cạnh một số; hãy kiểm tra tệp, hoặc tự chọn các cột",
            "en": "no line in the first rows of the file has a date and time next to a number; check the file, or set the columns by hand",
        },
        "logger.line_too_long": {
            "vi": "dòng dài hơn {limit}, giới hạn cho một dòng (máy ghi chỉ ghi vài trăm byte mỗi dòng)",
            "en": "the line is longer than {limit}, the limit for one line (a logger writes a few hundred bytes a line)",
        },
        "logger.too_many_columns_for_a_logger": {
            "vi": "hơn {limit} cột, số cột nhiều nhất cpdesk đọc được (máy ghi chỉ ghi vài chục cột)",
            "en": "more than {limit} columns, the most cpdesk reads (a logger writes a few dozen)",
        },
        "logger.too_many_columns": {
            "vi": "{count} cột, nhiều hơn {limit}, số cột nhiều nhất cpdesk đọc được",
            "en": "{count} columns, more than {limit}, the most cpdesk reads",
        },
        "logger.not_in_encoding": {
            "vi": "các byte {bytes} không phải văn bản {encoding}; hãy chọn bảng mã của tệp (UTF-8, Windows-1258, UTF-16)",
            "en": "bytes {bytes} are not {encoding} text; choose the file's encoding (UTF-8, Windows-1258, UTF-16)",
        },
        "logger.unknown_encoding": {"vi": "không biết bảng mã {encoding}", "en": "unknown text encoding {encoding}"},
        "logger.quotes": {
            "vi": "dấu ngoặc kép đặt sai chỗ hoặc không đóng ({detail})",
            "en": "{detail}",
        },
        "logger.file_unreadable": {"vi": "không đọc được {path}: {detail}", "en": "cannot read {path}: {detail}"},
        "logger.xls_legacy": {
            "vi": "đây là tệp Excel .xls kiểu cũ; hãy lưu lại từ Excel thành .xlsx hoặc CSV rồi nhập tệp đó",
            "en": "this is an old Excel .xls file; save it from Excel as .xlsx or CSV and import that",
        },
        "logger.openpyxl_missing": {
            "vi": "đọc tệp .xlsx cần gói openpyxl",
            "en": "reading .xlsx files needs the openpyxl package",
        },
        "logger.xlsx_unreadable": {
            "vi": "không phải một bảng tính .xlsx đọc được ({detail})",
            "en": "not a readable .xlsx workbook ({detail})",
        },
        "logger.workbook_unreadable": {
            "vi": "không đọc được bảng tính ({detail})",
            "en": "the workbook cannot be read ({detail})",
        },
        "logger.no_sheet": {
            "vi": "bảng tính không có trang {sheet}; các trang của nó là {sheets}",
            "en": "no sheet {sheet} in this workbook; its sheets are {sheets}",
        },
        "logger.sheet_too_many_columns": {
            "vi": "trang tính {sheet} có {count} cột, nhiều hơn {limit}, số cột nhiều nhất cpdesk đọc được",
            "en": "sheet {sheet} has {count} columns, more than {limit}, the most cpdesk reads",
        },
        # the settings a file is read with
        "logger.file_kind": {
            "vi": "loại tệp {kind}: cần là csv hoặc xlsx",
            "en": "file kind {kind}: expected csv or xlsx",
        },
        "logger.separator_unusable": {
            "vi": "{separator} không dùng làm dấu phân cách trường được",
            "en": "field separator {separator} cannot separate fields",
        },
        "logger.separator_in_numbers": {
            "vi": "{separator} không thể vừa là dấu phân cách trường vừa là một phần của số",
            "en": "{separator} cannot be both the field separator and part of numbers",
        },
        "logger.decimal_mark": {
            "vi": "dấu thập phân {mark}: cần là ',' hoặc '.'",
            "en": "decimal mark {mark}: expected ',' or '.'",
        },
        "logger.thousands_mark": {
            "vi": "dấu phân cách hàng nghìn {thousands} không dùng được với dấu thập phân {decimal}",
            "en": "thousands mark {thousands} does not work with the decimal mark {decimal}",
        },
        "logger.time_layout": {
            "vi": "dạng thời gian {layout}: cần là một trong {layouts}",
            "en": "timestamp layout {layout}: expected one of {layouts}",
        },
        "logger.skip_negative": {"vi": "số dòng bỏ qua không được âm", "en": "lines to skip cannot be negative"},
        "logger.no_columns": {"vi": "tệp không có cột nào", "en": "the file has no columns"},
        "logger.time_column_missing": {
            "vi": "cột thời gian {number} không nằm trong {count} cột của tệp",
            "en": "timestamp column {number} is not among the {count} columns",
        },
        "logger.date_and_clock_same": {
            "vi": "ngày và giờ trong ngày không thể cùng một cột",
            "en": "the date and the time of day cannot be the same column",
        },
        "logger.no_column_named": {
            "vi": "không có cột {column}; các cột là {columns}",
            "en": "no column {column}; the columns are {columns}",
        },
        "logger.no_column_number": {
            "vi": "không có cột {column}: tệp có {count} cột",
            "en": "no column {column}: the file has {count} columns",
        },
        "logger.channel_missing": {
            "vi": "cột kênh đo {number} không nằm trong {count} cột của tệp",
            "en": "channel column {number} is not among the {count} columns",
        },
        "logger.channel_is_time": {
            "vi": "cột {column} chứa thời gian, không phải số đo",
            "en": "column {column} holds the timestamps, not readings",
        },
        "logger.zone_offset_range": {
            "vi": "múi giờ {zone}: độ lệch so với UTC phải nằm trong khoảng -14:00 đến +14:00",
            "en": "time zone {zone}: a UTC offset lies between -14:00 and +14:00",
        },
        "logger.zone_unreadable": {
            "vi": "múi giờ {zone}: hãy nhập độ lệch như +07:00 hoặc tên như Asia/Ho_Chi_Minh",
            "en": "time zone {zone}: give an offset such as +07:00 or a name such as Asia/Ho_Chi_Minh",
        },
        "logger.zone_unknown": {
            "vi": "không biết múi giờ {zone}; hãy nhập độ lệch như +07:00 hoặc tên như Asia/Ho_Chi_Minh",
            "en": "time zone {zone} is not known; give an offset such as +07:00 or a name such as Asia/Ho_Chi_Minh",
        },
        # why a row or a cell cannot be read
        "logger.row.line_too_long": {
            "vi": "dòng dài hơn {limit}, giới hạn cho một dòng ({size} byte); không đọc",
            "en": "the line is longer than {limit}, the limit for one line ({size} bytes); not read",
        },
        "logger.row.row_too_long": {
            "vi": "hàng dài hơn {limit}, giới hạn cho một dòng ({size} ký tự); không đọc",
            "en": "the row is longer than {limit}, the limit for one line ({size} characters); not read",
        },
        "logger.row.nul_bytes": {
            "vi": "hỏng: {count} byte NUL (do thẻ nhớ bị lỗi ghi ra); không đọc",
            "en": "damaged: {count} NUL bytes (what a failing memory card writes); not read",
        },
        "logger.row.fields": {"vi": "{count} trường, cần {expected}", "en": "{count} fields, expected {expected}"},
        "logger.cell.unreadable": {"vi": "không đọc được", "en": "cannot be read"},
        "logger.cell.not_a_number": {"vi": "không phải số", "en": "not a number"},
        "logger.cell.wrong_decimal": {
            "vi": "không phải số với {mark} là dấu thập phân",
            "en": "not a number with {mark} as the decimal mark",
        },
        "logger.cell.bad_grouping": {
            "vi": "không phải số: {mark} phải tách các chữ số thành từng nhóm ba",
            "en": "not a number: {mark} must group digits in threes",
        },
        "logger.cell.non_finite": {
            "vi": "NaN, vô cực hoặc giá trị lỗi: một khoảng trống trong kênh đo này",
            "en": "NaN, infinity or an error value: a gap in this channel",
        },
        "logger.cell.too_large": {
            "vi": "số quá lớn (vượt ±1,8e308): một khoảng trống trong kênh đo này",
            "en": "number too large (beyond ±1.8e308): a gap in this channel",
        },
        "logger.time.missing": {"vi": "không có thời gian", "en": "no timestamp"},
        "logger.time.not_iso": {
            "vi": "không phải ngày giờ dạng năm-tháng-ngày (2024-03-01 14:30:00)",
            "en": "not a year-month-day date and time (2024-03-01 14:30:00)",
        },
        "logger.time.not_dmy": {
            "vi": "không phải ngày giờ dạng ngày/tháng/năm (01/03/2024 14:30)",
            "en": "not a day/month/year date and time (01/03/2024 14:30)",
        },
        "logger.time.not_mdy": {
            "vi": "không phải ngày giờ dạng tháng/ngày/năm (03/01/2024 14:30)",
            "en": "not a month/day/year date and time (03/01/2024 14:30)",
        },
        "logger.time.not_time": {
            "vi": "không phải giờ trong ngày (14:30:00)",
            "en": "not a time of day (14:30:00)",
        },
        "logger.time.impossible": {"vi": "không có ngày hay giờ như vậy", "en": "no such date or time"},
        "logger.time.offset_range": {
            "vi": "độ lệch so với UTC {offset} nằm ngoài khoảng cho phép",
            "en": "UTC offset {offset} is out of range",
        },
        "logger.time.not_excel": {
            "vi": "không phải số ngày kiểu Excel trong khoảng năm 1900 đến 2200",
            "en": "not an Excel date serial between 1900 and 2200",
        },
        "logger.time.not_unix": {
            "vi": "không phải số giây Unix trong khoảng năm 1970 đến 2200",
            "en": "not Unix seconds between 1970 and 2200",
        },
        "logger.time.expected_excel": {
            "vi": "{problem}; cần một số ngày kiểu Excel trong khoảng năm 1900 đến 2200",
            "en": "{problem}; expected an Excel date serial between 1900 and 2200",
        },
        "logger.time.expected_unix": {
            "vi": "{problem}; cần số giây Unix trong khoảng năm 1970 đến 2200",
            "en": "{problem}; expected Unix seconds between 1970 and 2200",
        },
        "logger.time.nonexistent": {
            "vi": "giờ địa phương này không có ở {zone} (đồng hồ được chỉnh sớm lên); nếu đồng hồ của máy ghi không theo giờ mùa hè, hãy chọn một độ lệch UTC cố định",
            "en": "this local time does not exist in {zone} (the clocks went forward); if the logger's clock ignores daylight saving time, choose a fixed UTC offset",
        },
        # what detection found, for the user to check
        "logger.note.day_month": {
            "vi": "mọi ngày trong những dòng đầu đều có thể là ngày/tháng hoặc tháng/ngày; đã hiểu theo ngày/tháng/năm (thứ tự của Việt Nam): hãy kiểm tra ngày trong bản xem trước",
            "en": "every date in the first rows could be day/month or month/day; day/month/year was assumed (the Vietnamese order): check the dates in the preview",
        },
        "logger.note.two_decimal_marks": {
            "vi": "các số dùng cả ',' và '.' làm dấu thập phân; đã chọn {mark} (dấu dùng nhiều hơn): các ô viết theo cách kia sẽ được báo",
            "en": "numbers use both ',' and '.' as the decimal mark; {mark} was chosen (the more frequent): cells written the other way will be reported",
        },
        "logger.note.ambiguous_number": {
            "vi": "các số như {example} có thể là {reading} hoặc, nếu {mark} là {other}, là {alternative}; đã đọc là {reading}: hãy kiểm tra các giá trị trong bản xem trước",
            "en": "numbers such as {example} could mean {reading} or, with {mark} as {other}, {alternative}; they were read as {reading}: check the values in the preview",
        },
        "logger.word.thousands_grouping": {"vi": "dấu phân cách hàng nghìn", "en": "thousands grouping"},
        "logger.word.decimal_mark": {"vi": "dấu thập phân", "en": "the decimal mark"},
        "logger.note.non_finite": {
            "vi": "cột {column}: {count} trong {total} giá trị đầu là NaN, vô cực hoặc giá trị lỗi, ví dụ {example}; chúng thành các khoảng trống trong chuỗi số đo",
            "en": "column {column}: {count} of the first {total} values are NaN, infinity or an error value such as {example}; they become gaps in the series",
        },
        "logger.note.no_numbers": {
            "vi": "không tìm thấy cột số nào bên cạnh cột thời gian",
            "en": "no column of numbers was found beside the timestamps",
        },
        "logger.note.stated_offset": {
            "vi": "thời gian trong tệp có ghi độ lệch UTC ({zone}); độ lệch này được dùng làm múi giờ của chuỗi số đo",
            "en": "the timestamps state their UTC offset ({zone}); it is used as the series' time zone",
        },
        # the import
        "logger.no_readings": {
            "vi": "tệp không có số đo nào với thời gian đọc được",
            "en": "no reading with a readable timestamp in the file",
        },
        "logger.no_readings_first": {
            "vi": "tệp không có số đo nào với thời gian đọc được; lỗi đầu tiên: {problem}",
            "en": "no reading with a readable timestamp in the file; first problem: {problem}",
        },
        "logger.cells_unreadable": {
            "vi": "{count} ô không đọc được (ô đầu: {first}); không lưu gì: hãy sửa cách đọc hoặc sửa tệp, hoặc bỏ qua các hàng này",
            "en": "{count} cells cannot be read (first: {first}); nothing was stored: correct the settings or the file, or skip these rows",
        },
        "logger.column_not_finite": {
            "vi": "cột {column} không có số đo hữu hạn nào: {count} giá trị là NaN, vô cực hoặc giá trị lỗi (#VALUE!, 1e400, -1.#IND)",
            "en": "column {column} holds no finite reading: {count} of its values are NaN, infinity or an error value (#VALUE!, 1e400, -1.#IND)",
        },
        "logger.column_no_readings": {
            "vi": "cột {column} không có số đo nào đọc được",
            "en": "column {column} has no readable readings",
        },
        "logger.import_cancelled": {"vi": "đã huỷ nhập; không lưu gì", "en": "import cancelled; nothing was stored"},
        "logger.and_more": {"vi": "và {count} ô nữa", "en": "and {count} more"},
        # a logger import's mapping of columns to channels
        "logger.import.on_bad_rows": {
            "vi": "phải là 'skip' (bỏ qua) hoặc 'fail' (dừng)",
            "en": "must be 'skip' or 'fail'",
        },
        "logger.import.no_channels": {
            "vi": "hãy chọn ít nhất một cột để nhập thành kênh đo",
            "en": "map at least one column to a channel",
        },
        "logger.channel.time_column": {
            "vi": "là cột thời gian, không phải số đo",
            "en": "holds the timestamps, not readings",
        },
        "logger.channel.twice": {"vi": "được chọn hai lần", "en": "is mapped twice"},
        "logger.channel.unit_required": {
            "vi": "cần nhập đơn vị (kW, m³/h, A ...)",
            "en": "a unit is required (kW, m³/h, A ...)",
        },
        "logger.stream.two_named": {
            "vi": "hai dòng của đánh giá có cùng tên này",
            "en": "two streams of the assessment have this name",
        },
        "logger.stream.not_of_assessment": {
            "vi": "không phải một dòng của đánh giá",
            "en": "is not a stream of the assessment",
        },
        # a range of a series, and a figure of it saved as a measurement
        "logger.range.no_readings": {"vi": "không có số đo nào trong khoảng này", "en": "no readings in this range"},
        "logger.range.base_percentile": {
            "vi": "phân vị của phụ tải nền phải nằm trong khoảng 0 đến 50",
            "en": "the base-load percentile lies between 0 and 50",
        },
        "logger.range.demand_interval": {
            "vi": "khoảng thời gian tính phụ tải đỉnh phải lớn hơn không",
            "en": "the demand interval must be positive",
        },
        "logger.range.bin": {
            "vi": "khoảng chia phải chia một ngày thành các khoảng trọn vẹn (ví dụ 15, 30 hoặc 60 phút)",
            "en": "the bin must divide a day into whole bins (e.g. 15, 30 or 60 minutes)",
        },
        "logger.range.needs_zone": {"vi": "hãy nhập thời gian kèm múi giờ", "en": "give the time with its time zone"},
        "logger.range.local_nonexistent": {
            "vi": "giờ địa phương này không có ở {zone}",
            "en": "this local time does not exist in {zone}",
        },
        "logger.range.not_a_moment": {
            "vi": "cần một ngày giờ như 01/03/2024 08:00 hoặc 2024-03-01 08:00",
            "en": "expected a date and time such as 2024-03-01 08:00",
        },
        "logger.figure.load_factor": {
            "vi": "hệ số phụ tải là một tỉ số, không phải số đo của dòng",
            "en": "a load factor is a ratio, not a reading of the stream",
        },
        "logger.figure.no_total": {
            "vi": "các số đo theo {unit} không cộng dồn thành tổng được",
            "en": "readings in {unit} do not add up to a total",
        },
        "logger.figure.no_unit": {"vi": "không có đơn vị", "en": "no unit"},
        "logger.figure.no_time": {"vi": "khoảng đã chọn không có thời gian nào", "en": "the range covers no time"},
        "logger.figure.needs_readings": {"vi": "cần các số đo", "en": "needs the readings"},
        "logger.figure.no_stream": {
            "vi": "hãy chọn dòng mà chỉ tiêu này đo",
            "en": "choose the stream this figure measures",
        },
    },
}
