"""Data catalogue: why what was typed or read is refused, in Vietnamese and English.

``EntryProblem`` holds what the entry fields and table cells find before the services see a
value, ``ReasonWord`` the quantities the messages of :mod:`cpdesk.core.messages` name
(``Term("ReasonWord", "gauge_pressure")``: a gauge pressure, apparent power),
``NumberProblem`` why typed text is not a number in the chosen notation (and how a number
with two readings was read), ``Refusal`` why a sync bundle was refused
(:mod:`cpdesk.gui.sync.refusals`; in English the workbench shows the sync layer's own line,
word for word as the command line prints it). ``%1``, ``%2`` ... stand for the figures and
names the message gives. The reasons the services and the core give are messages with a code
(the ``messages_*`` modules).
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    # the quantities the messages name (cpdesk.core.messages.Term("ReasonWord", ...)): "gauge pressure"
    "ReasonWord": {
        "energy": {"vi": "năng lượng", "en": "energy"},
        "volume": {"vi": "thể tích", "en": "volume"},
        "mass": {"vi": "khối lượng", "en": "mass"},
        "power": {"vi": "công suất", "en": "power"},
        "volume_flow": {"vi": "lưu lượng thể tích", "en": "volume flow"},
        "mass_flow": {"vi": "lưu lượng khối lượng", "en": "mass flow"},
        "current": {"vi": "dòng điện", "en": "current"},
        "voltage": {"vi": "điện áp", "en": "voltage"},
        "apparent_power": {"vi": "công suất biểu kiến", "en": "apparent power"},
        "reactive_power": {"vi": "công suất phản kháng", "en": "reactive power"},
        "apparent_energy": {"vi": "điện năng biểu kiến", "en": "apparent energy"},
        "reactive_energy": {"vi": "điện năng phản kháng", "en": "reactive energy"},
        "frequency": {"vi": "tần số", "en": "frequency"},
        "temperature": {"vi": "nhiệt độ", "en": "temperature"},
        "pressure": {"vi": "áp suất (không rõ dư hay tuyệt đối)", "en": "pressure"},
        "gauge_pressure": {"vi": "áp suất dư", "en": "gauge pressure"},
        "absolute_pressure": {"vi": "áp suất tuyệt đối", "en": "absolute pressure"},
        "gas_volume": {"vi": "lượng khí (Nm³, Sm³)", "en": "gas volume"},
        "gas_volume_flow": {"vi": "lưu lượng khí (Nm³/h, Sm³/h)", "en": "gas volume flow"},
        "concentration": {"vi": "nồng độ", "en": "concentration"},
        "dimensionless": {"vi": "đại lượng không thứ nguyên", "en": "dimensionless"},
        "water": {"vi": "nước", "en": "water"},
        "other": {"vi": "đại lượng khác", "en": "other"},
        "money": {"vi": "tiền", "en": "money"},
        "specific_energy": {"vi": "suất tiêu hao năng lượng", "en": "specific energy"},
        "specific_volume": {"vi": "suất tiêu hao theo thể tích", "en": "specific volume"},
        "time": {"vi": "thời gian", "en": "time"},
    },
    "NumberProblem": {
        "grouped_reading": {
            "vi": "“%1” được hiểu là %2 (“%3” phân cách hàng nghìn trong cách viết của bạn). Nếu là %4, hãy nhập %5.",
            "en": "“%1” is read as %2 (“%3” groups thousands in your notation). For %4, type %5.",
        },
        "decimal_reading": {
            "vi": "“%1” được hiểu là %2 (“%3” là dấu thập phân trong cách viết của bạn). Nếu là %4, hãy nhập %5.",
            "en": "“%1” is read as %2 (“%3” is the decimal mark in your notation). For %4, type %5.",
        },
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
    "Refusal": {
        "rejected_from": {"vi": "%1: bị từ chối, không nhập gì: %2", "en": "%1: rejected, nothing was imported: %2"},
        "rejected": {"vi": "bị từ chối, không nhập gì: %1", "en": "rejected, nothing was imported: %1"},
        "centre_creates": {
            "vi": "chỉ trung tâm mới được tạo %1; gói này được ký bằng khoá của máy hiện trường",
            "en": "only the centre may create %1; this bundle is signed by a field key",
        },
        "centre_changes": {
            "vi": "chỉ trung tâm mới được sửa %1; gói này được ký bằng khoá của máy hiện trường",
            "en": "only the centre may change %1; this bundle is signed by a field key",
        },
        "centre_deletes": {
            "vi": "chỉ trung tâm mới được xoá %1; gói này được ký bằng khoá của máy hiện trường",
            "en": "only the centre may delete %1; this bundle is signed by a field key",
        },
        "centre_or_maker": {
            "vi": "chỉ trung tâm, hoặc máy duy nhất đã tạo ra, mới được sửa hay xoá %1; gói này được ký bằng khoá của máy hiện trường",
            "en": "only the centre, or the installation that alone made it, may change or delete %1; this bundle is signed by a field key",
        },
        "not_last_editor": {
            "vi": "người sửa cuối là máy %1, nhưng gói được ký bởi máy %2; gói của máy hiện trường chỉ mang các sửa đổi của chính máy đó",
            "en": "its last editor is device %1, but the bundle is signed by device %2; a field bundle carries only its own edits",
        },
        "version_not_held": {
            "vi": "bản ghi nhận là phiên bản %1 của máy %2, nhưng cơ sở dữ liệu này chỉ có phiên bản %3; gói của máy hiện trường chỉ mang các sửa đổi của chính máy đó",
            "en": "it claims version %1 of device %2, but this database holds only version %3 of it; a field bundle carries only its own edits",
        },
        "version_outside": {"vi": "phiên bản %1 nằm ngoài khoảng 1..%2", "en": "version %1 is outside 1..%2"},
        "version_vector_limit": {
            "vi": "véc-tơ phiên bản ghi máy %1 ở phiên bản %2, vượt giới hạn %3",
            "en": "its version vector gives device %1 version %2, above the limit %3",
        },
        "id_of_another_kind": {
            "vi": "mã này đã là của một bản ghi loại khác (%1)",
            "en": "this id already names a record of another kind (%1)",
        },
        "not_finite": {"vi": "%1 không phải là số hữu hạn", "en": "%1 is not a finite number"},
        "not_a_number": {"vi": "%1 không phải là số", "en": "%1 is not a number"},
        "too_large": {"vi": "%1 có độ lớn vượt quá %2", "en": "%1 is larger than %2 in size"},
        "not_positive": {"vi": "%1 phải lớn hơn 0", "en": "%1 must be greater than zero"},
        "below_minimum": {"vi": "%1 phải ít nhất là %2", "en": "%1 must be at least %2"},
        "above_maximum": {"vi": "%1 phải nhiều nhất là %2", "en": "%1 must be at most %2"},
        "too_many_characters": {"vi": "có %1 ký tự, tối đa được %2", "en": "has %1 characters, at most %2 allowed"},
        "empty": {"vi": "bị bỏ trống; phải có giá trị", "en": "is empty; it must be given"},
        "unknown_unit": {"vi": "%1 không phải là đơn vị cpdesk biết", "en": "%1 is not a unit cpdesk knows"},
        "not_text": {"vi": "%1 không phải là văn bản", "en": "%1 is not text"},
        "not_json": {"vi": "không phải là JSON", "en": "is not JSON"},
        "newer_cpdesk": {
            "vi": "gói do phiên bản cpdesk mới hơn ghi; hãy cập nhật cpdesk để nhập",
            "en": "it was written by a newer cpdesk; update cpdesk to import it",
        },
    },
    "EntryProblem": {
        "number_required": {"vi": "Cần nhập một số.", "en": "A number is required."},
        "unknown_unit": {
            "vi": "“%1” không phải đơn vị cpdesk biết (ví dụ m³, kWh, t/h).",
            "en": "“%1” is not a unit cpdesk knows (for example m³, kWh, t/h).",
        },
        "date_required": {"vi": "Cần nhập ngày.", "en": "A date is required."},
        "date_required_in": {"vi": "%3: cần nhập ngày.", "en": "%3: a date is required."},
        "not_a_date": {
            "vi": "“%1” không phải ngày: hãy nhập theo dạng ngày/tháng/năm, ví dụ %2.",
            "en": "“%1” is not a date: type it as day, month and year, for example %2.",
        },
        "not_a_date_in": {
            "vi": "%3: “%1” không phải ngày, hãy nhập theo dạng ngày/tháng/năm, ví dụ %2.",
            "en": "%3: “%1” is not a date; type it as day, month and year, for example %2.",
        },
        "ambiguous_date": {
            "vi": "“%1” có thể là ngày/tháng hoặc tháng/ngày: hãy nhập theo dạng %2.",
            "en": "“%1” could be day/month or month/day: type it as %2.",
        },
        "ambiguous_date_in": {
            "vi": "%3: “%1” có thể là ngày/tháng hoặc tháng/ngày, hãy nhập theo dạng %2.",
            "en": "%3: “%1” could be day/month or month/day; type it as %2.",
        },
        "choose_value": {"vi": "Hãy chọn một giá trị.", "en": "Choose a value."},
    },
}
