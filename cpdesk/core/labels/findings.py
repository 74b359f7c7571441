"""Data catalogue: why something is missing or suspicious, in Vietnamese and English.

``Finding`` holds the text of every check of a trainee's assessment
(:mod:`cpdesk.core.guidance` fills in ``{name}`` and the check's parameters); ``EconomicsNote``
says why an option's figure is missing or needs a second look as the screens say it, and
``PrintedEconomicsNote`` as the printed report says it, in its own wording (codes of
:class:`cpdesk.core.economics.EconomicsNote`). ``TaskCount`` says, beside the count of tasks
done, how many more are marked done while their checks fail.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Finding": {
        "team_empty": {
            "vi": "Chưa có thành viên nào trong đội SXSH.",
            "en": "No CP team member yet.",
        },
        "team_no_leader": {
            "vi": "Đội SXSH chưa có đội trưởng.",
            "en": "The CP team has no leader.",
        },
        "steps_too_few": {
            "vi": "Cần liệt kê ít nhất hai công đoạn sản xuất (hiện có {count}).",
            "en": "List at least two process steps ({count} so far).",
        },
        "no_focus": {
            "vi": "Chưa chọn công đoạn nào làm trọng tâm đánh giá.",
            "en": "No process step is marked as the audit focus.",
        },
        "no_streams": {
            "vi": "Sơ đồ quy trình chưa có dòng vào, ra nào.",
            "en": "The flow chart has no streams yet.",
        },
        "step_unconnected": {
            "vi": "Công đoạn {name} không có dòng vào và dòng ra.",
            "en": "Process step {name} has no inputs and no outputs.",
        },
        "step_no_inputs": {
            "vi": "Công đoạn {name} không có dòng vào.",
            "en": "Process step {name} has no inputs.",
        },
        "step_no_outputs": {
            "vi": "Công đoạn {name} không có dòng ra.",
            "en": "Process step {name} has no outputs.",
        },
        "streams_unmeasured": {
            "vi": "{count} trên {total} dòng chưa có số đo.",
            "en": "{count} of {total} streams have no reading.",
        },
        "balance_failed": {
            "vi": "Không tính được cân bằng {balance}: {reason}",
            "en": "The {balance} balance cannot be computed: {reason}",
        },
        "balance_not_closed": {
            "vi": "Cân bằng {balance} của {name} chênh lệch {closure} % lượng vào (ngưỡng {tolerance} %), dù kiểm định chi bình phương đạt hay không: thiếu một dòng ra hoặc có số đo sai.",
            "en": "The {balance} balance of {name} leaves {closure} % of the inputs unaccounted (threshold {tolerance} %), whatever the chi-square test says: a stream is missing or a reading is wrong.",
        },
        "reading_flagged": {
            "vi": "Số đo của dòng {name} bị đánh dấu nghi sai khi hiệu chỉnh cân bằng {balance}.",
            "en": "The reading of {name} is flagged by the reconciliation of the {balance} balance.",
        },
        "reading_suspected": {
            "vi": "Số đo của dòng {name} nhiều khả năng sai: khi loại dần từng số đo sai thô, phép hiệu chỉnh cân bằng {balance} loại số đo này.",
            "en": "The reading of {name} is most likely wrong: the reconciliation of the {balance} balance drops it when it removes gross errors one by one.",
        },
        "readings_indistinguishable": {
            "vi": "Cân bằng {balance} không phân biệt được số đo nào sai trong các dòng {streams}: cần đo lại một trong số đó.",
            "en": "The {balance} balance cannot tell which of the readings of {streams} is wrong: measure one of them again.",
        },
        "flow_at_bound": {
            "vi": "Dòng {name} được giữ ở 0 khi hiệu chỉnh cân bằng {balance}: theo các số đo khác, lưu lượng của dòng này sẽ âm.",
            "en": "The flow of {name} is held at 0 in the reconciliation of the {balance} balance: the other readings would make it negative.",
        },
        "steam_below_saturation": {
            "vi": "Dòng {name}: hơi nước ở {pressure} bar(g) và {temperature} °C thấp hơn nhiệt độ bão hòa {saturation} °C ở áp suất đó {difference} K, điều không thể có; cân bằng năng lượng tính dòng này là hơi bão hòa khô ở {pressure} bar(g). Hãy kiểm tra nhiệt độ và áp suất dư.",
            "en": "Stream {name}: steam at {pressure} bar(g) and {temperature} °C is {difference} K below its saturation temperature {saturation} °C at that pressure, which cannot be; the energy balance counts it as dry saturated steam at {pressure} bar(g). Check the temperature and the gauge pressure.",
        },
        "liquid_above_saturation": {
            "vi": "Dòng {name}: nước lỏng ở {pressure} bar(g) và {temperature} °C cao hơn nhiệt độ bão hòa {saturation} °C ở áp suất đó (nhiệt độ sôi) {difference} K, điều không thể có; cân bằng năng lượng tính dòng này là nước lỏng bão hòa ở {temperature} °C, dưới áp suất bão hòa của nó. Hãy kiểm tra nhiệt độ và áp suất dư.",
            "en": "Stream {name}: liquid water at {pressure} bar(g) and {temperature} °C is {difference} K above its saturation temperature {saturation} °C at that pressure, where it boils, which cannot be; the energy balance counts it as saturated liquid water at {temperature} °C, under its saturation pressure. Check the temperature and the gauge pressure.",
        },
        "liquid_above_saturation_no_pressure": {
            "vi": "Dòng {name}: nước lỏng ở {temperature} °C và áp suất khí quyển (chưa nhập áp suất) cao hơn nhiệt độ bão hòa {saturation} °C (nhiệt độ sôi) {difference} K, điều không thể có; cân bằng năng lượng tính dòng này là nước lỏng bão hòa ở {temperature} °C, dưới áp suất bão hòa của nó. Hãy nhập áp suất dư của dòng.",
            "en": "Stream {name}: liquid water at {temperature} °C and atmospheric pressure (no pressure given) is {difference} K above its saturation temperature {saturation} °C, where it boils, which cannot be; the energy balance counts it as saturated liquid water at {temperature} °C, under its saturation pressure. Give the gauge pressure it is under.",
        },
        "no_waste_streams": {
            "vi": "Chưa có dòng thải nào được tính chi phí.",
            "en": "No waste stream costed yet.",
        },
        "waste_no_cost": {
            "vi": "Dòng thải {name} chưa có chi phí.",
            "en": "Waste stream {name} has no cost.",
        },
        "waste_no_cause": {
            "vi": "Dòng thải {name} chưa có nguyên nhân phát sinh.",
            "en": "Waste stream {name} has no cause.",
        },
        "no_options": {
            "vi": "Chưa có cơ hội SXSH nào.",
            "en": "No CP option yet.",
        },
        "option_no_category": {
            "vi": "Giải pháp {name} chưa được xếp loại.",
            "en": "Option {name} has no category.",
        },
        "option_no_cause": {
            "vi": "Giải pháp {name} chưa gắn với nguyên nhân phát sinh dòng thải.",
            "en": "Option {name} is not linked to a cause of waste.",
        },
        "option_unscreened": {
            "vi": "Giải pháp {name} chưa được sàng lọc.",
            "en": "Option {name} is not screened.",
        },
        "option_no_technical_notes": {
            "vi": "Giải pháp {name} cần nghiên cứu thêm nhưng chưa có ghi chú kỹ thuật.",
            "en": "Option {name} needs further study but has no technical notes.",
        },
        "option_uncosted": {
            "vi": "Giải pháp {name} chưa có vốn đầu tư hay tiết kiệm hàng năm.",
            "en": "Option {name} has no investment and no annual savings.",
        },
        "option_no_lifetime": {
            "vi": "Giải pháp {name} chưa có tuổi thọ để tính NPV và IRR.",
            "en": "Option {name} has no lifetime for its NPV and IRR.",
        },
        "no_discount_rate": {
            "vi": "Đánh giá chưa có tỷ lệ chiết khấu để tính NPV.",
            "en": "The assessment has no discount rate for the NPV.",
        },
        "option_no_resource_savings": {
            "vi": "Giải pháp {name} chưa có lượng tài nguyên tiết kiệm (không tính được CO₂).",
            "en": "Option {name} has no resource savings (no CO₂ figure).",
        },
        "option_co2_density": {
            "vi": "Giải pháp {name}: không tính được CO₂ giảm được, vì {carrier} tính theo {unit} cần khối lượng riêng của {carrier} trong bộ hệ số {factor_set}, mà bộ này không có. Hãy nhập lượng tiết kiệm theo t, kg hoặc GJ.",
            "en": "Option {name}: its CO₂ is not computed, because {carrier} in {unit} needs a density of {carrier} in factor set {factor_set}, which has none. Give the saving in t, kg or GJ.",
        },
        "option_co2_ncv_per_nm3": {
            "vi": "Giải pháp {name}: không tính được CO₂ giảm được, vì {carrier} tính theo {unit} cần nhiệt trị theo Nm³ của {carrier} trong bộ hệ số {factor_set}, mà bộ này không có. Hãy nhập lượng tiết kiệm theo t, kg hoặc GJ.",
            "en": "Option {name}: its CO₂ is not computed, because {carrier} in {unit} needs an NCV per Nm³ of {carrier} in factor set {factor_set}, which has none. Give the saving in t, kg or GJ.",
        },
        "option_co2_gas_conditions": {
            "vi": "Giải pháp {name}: không tính được CO₂ giảm được, vì {carrier} tính theo {unit} là thể tích ở áp suất và nhiệt độ không nêu rõ. Hãy nhập theo Nm³ (0 °C) hoặc Sm³ (15 °C).",
            "en": "Option {name}: its CO₂ is not computed, because {carrier} in {unit} is a volume at an unstated pressure and temperature. Give it in Nm³ (0 °C) or Sm³ (15 °C).",
        },
        "option_co2_amount": {
            "vi": "Giải pháp {name}: không tính được CO₂ giảm được, vì {carrier} tính theo {unit} không phải là một lượng tiết kiệm mỗi năm. Hãy nhập theo t, kg, L, Nm³ hoặc GJ.",
            "en": "Option {name}: its CO₂ is not computed, because {carrier} in {unit} is not an amount saved per year. Give it in t, kg, L, Nm³ or GJ.",
        },
        "option_co2_fuel": {
            "vi": "Giải pháp {name}: không tính được CO₂ giảm được, vì bộ hệ số {factor_set} không có hệ số nào cho {carrier}. Hãy đề nghị trung tâm cung cấp bộ hệ số có nhiên liệu này.",
            "en": "Option {name}: its CO₂ is not computed, because factor set {factor_set} has no factors for {carrier}. Ask the centre for a set that has.",
        },
        "co2_no_factor_set": {
            "vi": "Lượng CO₂ giảm được tính mà đánh giá chưa chọn bộ hệ số phát thải.",
            "en": "CO₂ figures are computed but the assessment names no factor set.",
        },
        "none_selected": {
            "vi": "Chưa chọn giải pháp nào để thực hiện.",
            "en": "No option selected for implementation.",
        },
        "none_implemented": {
            "vi": "Chưa thực hiện giải pháp nào.",
            "en": "No option implemented yet.",
        },
        "option_unmonitored": {
            "vi": "Giải pháp {name} đã thực hiện nhưng chưa theo dõi kết quả tiết kiệm.",
            "en": "Option {name} is implemented but its savings are not monitored.",
        },
    },
    "PrintedEconomicsNote": {
        "no_investment": {
            "vi": "Không cần đầu tư: hoàn vốn ngay, IRR không xác định.",
            "en": "No investment: pays back at once; IRR is not defined.",
        },
        "no_savings": {
            "vi": "Không có tiết kiệm ròng: giải pháp không hoàn vốn.",
            "en": "No net annual savings: the option never pays back.",
        },
        "costs_exceed_savings": {
            "vi": "Chi phí tăng thêm lớn hơn tiết kiệm: giải pháp không hoàn vốn.",
            "en": "Extra costs exceed the savings: the option never pays back.",
        },
        "payback_beyond_lifetime": {
            "vi": "Thời gian hoàn vốn dài hơn tuổi thọ của giải pháp.",
            "en": "Simple payback is longer than the option's lifetime.",
        },
        "not_repaid_in_lifetime": {
            "vi": "Tiết kiệm có chiết khấu không bù đủ vốn đầu tư trong tuổi thọ.",
            "en": "Discounted savings do not repay the investment within the lifetime.",
        },
        "no_exchange_rate": {
            "vi": "Chưa có tỷ giá VND/USD: không quy đổi sang USD.",
            "en": "No VND per USD exchange rate: no USD figures.",
        },
        "no_usd_conversion": {
            "vi": "Chỉ quy đổi sang USD các đánh giá tính bằng VND hoặc USD.",
            "en": "Only VND and USD assessments are converted to USD.",
        },
    },
    "EconomicsNote": {
        "no_investment": {
            "vi": "Không cần đầu tư: hoàn vốn ngay; không xác định IRR.",
            "en": "No investment: pays back at once; IRR is not defined.",
        },
        "no_savings": {
            "vi": "Không có tiết kiệm ròng hàng năm: giải pháp không bao giờ hoàn vốn.",
            "en": "No net annual savings: the option never pays back.",
        },
        "costs_exceed_savings": {
            "vi": "Chi phí thêm vượt tiết kiệm: giải pháp không bao giờ hoàn vốn.",
            "en": "Extra costs eat the savings: the option never pays back.",
        },
        "payback_beyond_lifetime": {
            "vi": "Thời gian hoàn vốn giản đơn dài hơn tuổi thọ.",
            "en": "Simple payback is longer than the lifetime.",
        },
        "not_repaid_in_lifetime": {
            "vi": "Tiết kiệm chiết khấu không hoàn đủ vốn trong tuổi thọ.",
            "en": "Discounted savings do not repay it within the lifetime.",
        },
        "no_exchange_rate": {
            "vi": "Chưa có tỷ giá VND/USD: không tính số liệu bằng USD.",
            "en": "No VND per USD exchange rate: USD figures not computed.",
        },
        "no_usd_conversion": {
            "vi": "Chỉ đánh giá bằng VND và USD mới được quy đổi sang USD.",
            "en": "Only VND and USD assessments are converted to USD.",
        },
    },
    "TaskCount": {
        "marked_open": {
            "vi": "thêm {count} đã đánh dấu xong, còn kiểm tra chưa đạt",
            "en": "{count} more marked done, with checks still open",
        },
    },
}
