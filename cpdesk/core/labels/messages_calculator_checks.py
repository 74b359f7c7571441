"""Data catalogue: the savings calculators' messages, in Vietnamese and English: why an input
is refused (``calc.*``, see :mod:`cpdesk.core.calculators.inputs`), what a recomputation of
an option's calculation tells the user, and where an input was taken from in the assessment
(``calcsrc.*``). The calculators' names, inputs and outputs are in
:mod:`.messages_calculators`.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "calc.unknown": {"vi": "không có máy tính này; có: {known}", "en": "no such calculator; there are: {known}"},
        "calc.input_unknown": {"vi": "{calculator} không có đầu vào này", "en": "{calculator} has no such input"},
        "calc.input_missing": {"vi": "cần nhập giá trị (theo {unit})", "en": "a value is needed (in {unit})"},
        "calc.not_a_number": {"vi": "phải là một số", "en": "must be a number"},
        "calc.not_finite": {"vi": "phải là một số hữu hạn", "en": "must be a finite number"},
        "calc.negative": {"vi": "không được âm", "en": "must not be negative"},
        "calc.whole_number": {"vi": "phải là số nguyên", "en": "must be a whole number"},
        "calc.not_positive": {"vi": "phải lớn hơn 0", "en": "must be greater than zero"},
        "calc.efficiency_range": {
            "vi": "phải lớn hơn 0 và không quá {maximum}",
            "en": "must be above 0 and at most {maximum}",
        },
        "calc.hours_over_year": {
            "vi": "một năm không có quá {maximum} giờ",
            "en": "a year has no more than {maximum} hours",
        },
        "calc.below_absolute_zero": {"vi": "thấp hơn độ không tuyệt đối", "en": "is below absolute zero"},
        "calc.pressure_not_positive": {
            "vi": "áp suất tuyệt đối phải lớn hơn 0",
            "en": "the absolute pressure must be above zero",
        },
        "calc.below_atmosphere": {
            "vi": "phải cao hơn áp suất khí quyển để có dòng rò ra ngoài",
            "en": "must be above the atmospheric pressure for anything to leak out",
        },
        "calc.above_maximum": {"vi": "không được quá {maximum} bar(a)", "en": "must not exceed {maximum} bar(a)"},
        "calc.feedwater_state": {
            "vi": "nước cấp ở nhiệt độ này không còn là nước lỏng dưới áp suất của hơi",
            "en": "feedwater at this temperature is not liquid under the steam's pressure",
        },
        "calc.end_not_below_start": {"vi": "phải thấp hơn áp suất đầu", "en": "must be below the start pressure"},
        "calc.new_above_present": {
            "vi": "không được cao hơn áp suất hiện tại",
            "en": "must not be above the present pressure",
        },
        "calc.power_or_reading": {
            "vi": "cần nhập công suất đo được, hoặc điện áp, dòng điện và hệ số công suất",
            "en": "give the measured power, or the voltage, current and power factor",
        },
        "calc.static_above_shutoff": {
            "vi": "cột áp tĩnh phải thấp hơn cột áp khi đóng van của bơm",
            "en": "the static head must be below the pump's shut-off head",
        },
        "calc.design_above_shutoff": {
            "vi": "không được cao hơn cột áp khi đóng van của bơm",
            "en": "must not be above the pump's shut-off head",
        },
        "calc.static_above_design": {
            "vi": "cột áp tĩnh không được cao hơn cột áp tại lưu lượng thiết kế",
            "en": "the static head must not be above the head at the design flow",
        },
        "calc.duty_pair": {
            "vi": "mỗi điểm làm việc cần cả lưu lượng và số giờ",
            "en": "each duty point needs both its flow and its hours",
        },
        "calc.target_below_present": {
            "vi": "không được thấp hơn hệ số công suất hiện tại",
            "en": "must not be below the present power factor",
        },
        "calc.too_hot": {"vi": "không được quá {maximum} °C", "en": "must not exceed {maximum} °C"},
        "calc.not_above_ambient": {
            "vi": "phải nóng hơn không khí xung quanh",
            "en": "must be hotter than the ambient air",
        },
        "calc.result_not_finite": {
            "vi": "các giá trị nhập quá lớn, kết quả {output} không còn là một số hữu hạn",
            "en": "the inputs are too large: {output} comes out as no finite number",
        },
        "calc.unit_unknown": {"vi": "{unit} không phải là đơn vị cpdesk biết", "en": "unknown unit {unit}"},
        "calc.unit_wrong_kind": {
            "vi": "{unit} không đo cùng đại lượng với {expected}",
            "en": "{unit} does not measure the same thing as {expected}",
        },
        "calc.not_a_fuel": {"vi": "không phải là một nhiên liệu", "en": "is not a fuel"},
        "calc.new_efficiency_lower": {
            "vi": "không được thấp hơn hiệu suất hiện tại",
            "en": "must not be below the present efficiency",
        },
        "calc.flash_not_below": {
            "vi": "phải thấp hơn áp suất nước ngưng",
            "en": "must be below the condensate's pressure",
        },
        "calc.not_above_makeup": {"vi": "phải nóng hơn nước bổ sung", "en": "must be hotter than the make-up water"},
        "calc.water_boils": {
            "vi": "nước sôi ở áp suất khí quyển: bể thu hồi hở thì dưới 100 °C",
            "en": "water boils at the atmosphere: a vented receiver is below 100 °C",
        },
        "calc.not_below_flue_gas": {
            "vi": "phải thấp hơn nhiệt độ khói hiện tại",
            "en": "must be below the present flue gas temperature",
        },
        "calc.losses_exceed": {
            "vi": "tổn thất từ 100 % trở lên: kiểm tra nhiệt độ khói và thành phần nhiên liệu",
            "en": "the losses come to 100 % or more: check the flue gas temperature and the fuel's analysis",
        },
        "calc.discharge_below_makeup": {
            "vi": "không thể thấp hơn nhiệt độ nước bổ sung nhận nhiệt",
            "en": "cannot be below the make-up water that takes the heat",
        },
        "calc.not_above_cold_water": {"vi": "phải nóng hơn nước lạnh", "en": "must be hotter than the cold water"},
        "calc.o2_range": {"vi": "phải từ 0 đến dưới 21 %", "en": "must be at least 0 and below 21 %"},
        "calc.target_o2_not_below": {"vi": "phải thấp hơn O₂ hiện tại", "en": "must be below the present O₂"},
        "calc.analysis_sum": {
            "vi": "thành phần nhiên liệu (C, H, N, S, O, ẩm, tro) phải cộng lại bằng 100 %",
            "en": "the fuel's analysis (C, H, N, S, O, moisture, ash) must add up to 100 %",
        },
        "calc.saving_unit": {
            "vi": "không đổi được {unit} sang đơn vị {existing} của tài nguyên tiết kiệm đã có",
            "en": "{unit} cannot be converted to the unit {existing} of the resource saving already there",
        },
        "calc.recomputed": {
            "vi": "Đã tính lại tiết kiệm của giải pháp {option} vì số liệu của đánh giá đã đổi: {before} → {after} {unit} mỗi năm",
            "en": "The savings of option {option} were recalculated because the assessment's figures changed: {before} → {after} {unit} a year",
        },
        "calc.went_stale": {
            "vi": "Giải pháp {option}: đánh giá không còn số liệu cho {inputs}; giữ kết quả tính lần trước",
            "en": "Option {option}: the assessment no longer has a figure for {inputs}; the last result is kept",
        },
        "calc.no_power_factor_rule": {
            "vi": "bộ hệ số của đánh giá không có quy định về hệ số công suất của biểu giá điện",
            "en": "the assessment's factor set holds no power-factor rule of the tariff",
        },
        "calc.source_gone": {
            "vi": "số liệu này không còn trong đánh giá",
            "en": "this figure is no longer in the assessment",
        },
        "boiler.ncv_needed": {
            "vi": "hiệu suất theo nhiệt trị cao cần cả nhiệt trị cao và nhiệt trị thấp của nhiên liệu để đổi sang nhiệt trị thấp",
            "en": "an efficiency on GCV needs the fuel's GCV and NCV both to be turned into one on NCV",
        },
        "boiler.ncv_above_gcv": {
            "vi": "nhiệt trị thấp không thể lớn hơn nhiệt trị cao",
            "en": "the NCV cannot exceed the GCV",
        },
        "calcsrc.boiler_efficiency": {
            "vi": "Hiệu suất lò hơi của đánh giá ({method})",
            "en": "The assessment's boiler efficiency ({method})",
        },
        "calcsrc.operating_hours": {"vi": "Số giờ vận hành của đánh giá", "en": "The assessment's operating hours"},
        "calcsrc.stream_pressure": {"vi": "Áp suất của dòng {stream}", "en": "Pressure of stream {stream}"},
        "calcsrc.stream_temperature": {"vi": "Nhiệt độ của dòng {stream}", "en": "Temperature of stream {stream}"},
        "calcsrc.fuel_ncv": {
            "vi": "Nhiệt trị của {fuel} (bộ hệ số hoặc số đo tại nhà máy)",
            "en": "Calorific value of {fuel} (factor set, or measured at the plant)",
        },
        "calcsrc.measurement": {"vi": "Số đo trên dòng {stream}", "en": "Reading on stream {stream}"},
        "calcsrc.waste_value": {
            "vi": "Giá trị tổn thất mỗi đơn vị của dòng thải {waste}",
            "en": "Value lost per unit of waste stream {waste}",
        },
        "calcsrc.factor_price": {"vi": "bộ hệ số {factor_set}, {source}", "en": "factor set {factor_set}, {source}"},
    },
}
