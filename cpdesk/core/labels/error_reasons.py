"""Data catalogue: why a value or a file is refused, in Vietnamese and English.

The services give their reasons in English (the command line prints them as they are); the
workbench finds the known ones in a message and says them in the user's language
(:mod:`cpdesk.gui.errors`). ``ErrorReason`` holds the reasons a typed value is refused for,
``EntryProblem`` those the entry fields and table cells find before the services see a value,
``BalanceRefusal`` the balance a reading was refused in, ``ReasonWord`` the quantities those
reasons name (a gauge pressure, apparent power),
``NumberProblem`` why typed text is not a number in the chosen notation (and how a number
with two readings was read), ``Refusal`` why a sync bundle was refused
(:mod:`cpdesk.gui.sync.refusals`; in English the workbench shows the sync layer's own line,
word for word as the command line prints it). ``%1``, ``%2`` ...
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
        "steam_below_saturation": {
            "vi": "hơi nước ở %1 bar(g) và %2 °C thấp hơn nhiệt độ bão hòa %4 °C ở áp suất đó %3 K: hãy kiểm tra nhiệt độ và áp suất dư",
            "en": "steam at %1 bar(g) and %2 °C is %3 K below its saturation temperature %4 °C at that pressure: check the temperature and the gauge pressure",
        },
        "liquid_above_saturation": {
            "vi": "nước lỏng ở %1 bar(g) và %2 °C cao hơn nhiệt độ bão hòa %4 °C ở áp suất đó %3 K, nhiệt độ mà nước sôi: hãy kiểm tra nhiệt độ và áp suất dư",
            "en": "liquid water at %1 bar(g) and %2 °C is %3 K above its saturation temperature %4 °C at that pressure, where it boils: check the temperature and the gauge pressure",
        },
        "needs_density": {
            "vi": "%1 tính theo %2 cần khối lượng riêng của %1 trong bộ hệ số %3, mà bộ này không có: hãy nhập lượng tiết kiệm theo t, kg hoặc GJ",
            "en": "%1 in %2 needs a density of %1 in factor set %3, which has none: give the saving in t, kg or GJ",
        },
        "needs_ncv_per_nm3": {
            "vi": "%1 tính theo %2 cần nhiệt trị theo Nm³ của %1 trong bộ hệ số %3, mà bộ này không có: hãy nhập lượng tiết kiệm theo t, kg hoặc GJ",
            "en": "%1 in %2 needs an NCV per Nm³ of %1 in factor set %3, which has none: give the saving in t, kg or GJ",
        },
        "gas_conditions": {
            "vi": "%1 tính theo %2 là thể tích ở áp suất và nhiệt độ không nêu rõ: hãy nhập theo Nm³ (0 °C) hoặc Sm³ (15 °C)",
            "en": "%1 in %2 is a volume at an unstated pressure and temperature: give it in Nm³ (0 °C) or Sm³ (15 °C)",
        },
        "not_an_annual_amount": {
            "vi": "%1 tính theo %2 không phải là một lượng tiết kiệm mỗi năm: hãy nhập theo t, kg, L, Nm³ hoặc GJ",
            "en": "%1 in %2 is not an amount saved per year: give it in t, kg, L, Nm³ or GJ",
        },
        "no_fuel_factors": {
            "vi": "bộ hệ số %1 không có hệ số nào cho %2: hãy đề nghị trung tâm cung cấp bộ hệ số có nhiên liệu này",
            "en": "factor set %1 has no factors for %2: ask the centre for a set that has",
        },
        "liquid_above_saturation_no_pressure": {
            "vi": "nước lỏng ở %1 °C và áp suất khí quyển (chưa nhập áp suất) cao hơn nhiệt độ bão hòa %3 °C %2 K, nhiệt độ mà nước sôi: hãy nhập áp suất dư của dòng",
            "en": "liquid water at %1 °C and atmospheric pressure (no pressure given) is %2 K above its saturation temperature %3 °C, where it boils: give the gauge pressure it is under",
        },
        "level_not_an_amount": {
            "vi": "%1: %2 là một mức đo tại một thời điểm, không phải một lượng hay một lưu lượng; không cộng dồn qua một năm được",
            "en": "%1: %2 is a level, not an amount or a flow; it is not added up over a year",
        },
        "not_real_power": {
            "vi": "%1: %2 không phải công suất thực hay điện năng thực (kW, kWh)",
            "en": "%1: %2 is not real power or energy (kW, kWh)",
        },
        "pressure_kind_unstated": {
            "vi": "áp suất theo %1 không nói rõ là áp suất dư hay áp suất tuyệt đối: hãy viết %2 hoặc %3",
            "en": "a pressure in %1 does not say whether it is gauge or absolute: write %2 or %3",
        },
        "gauge_and_absolute": {
            "vi": "không đổi được %1 (%2) sang %3 (%4): áp suất dư và áp suất tuyệt đối chênh nhau đúng bằng áp suất khí quyển, cần nêu rõ áp suất khí quyển",
            "en": "cannot convert %1 (%2) to %3 (%4): gauge and absolute pressures differ by the atmospheric pressure",
        },
        "pressure_kind_to_state": {
            "vi": "không đổi được %1 (%2) sang %3 (%4): hãy nêu rõ áp suất là áp suất dư (bar(g)) hay áp suất tuyệt đối (bar(a))",
            "en": "cannot convert %1 (%2) to %3 (%4): state whether the pressure is gauge (bar(g)) or absolute (bar(a))",
        },
        "gas_at_stated_conditions": {
            "vi": "không đổi được %1 (%2) sang %3 (%4): Nm³ và Sm³ chỉ thành m³ ở một áp suất và nhiệt độ được nêu rõ",
            "en": "cannot convert %1 (%2) to %3 (%4): Nm³ and Sm³ become m³ only at a stated pressure and temperature",
        },
        "apparent_not_real_power": {
            "vi": "không đổi được %1 (%2) sang %3 (%4): công suất thực (kW) bằng công suất biểu kiến (kVA) nhân với hệ số công suất",
            "en": "cannot convert %1 (%2) to %3 (%4): real power (kW) is apparent power (kVA) times the power factor",
        },
        "reactive_not_real_power": {
            "vi": "không đổi được %1 (%2) sang %3 (%4): công suất phản kháng (kvar) không phải công suất thực (kW)",
            "en": "cannot convert %1 (%2) to %3 (%4): reactive power (kvar) is not real power (kW)",
        },
        "not_a_gas_amount": {
            "vi": "%1 không phải một lượng khí theo Nm³ hoặc Sm³",
            "en": "%1 is not an amount of gas in Nm³ or Sm³",
        },
        "temperature_in_quotient": {
            "vi": "%1 trong “%2” là một mức nhiệt độ, không chia hay nhân được; hiệu nhiệt độ tính theo K",
            "en": "%1 in '%2' is a temperature level, which cannot be divided or multiplied; a temperature difference is in K",
        },
    },
    # the balance a refusal of a reading was met in, and the reading: "energy balance of ...: measurement of ..."
    "BalanceRefusal": {
        "balance_of": {"vi": "cân bằng %1 của %2", "en": "%1 balance of %2"},
        "reading": {"vi": "số đo của %1 (%2 %3, %4)", "en": "measurement of %1 (%2 %3 %4)"},
    },
    # the quantities and balances the reasons above name (%2 of level_not_an_amount ...)
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
        "or": {"vi": "hoặc", "en": "or"},
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
