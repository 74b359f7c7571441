"""Data catalogue: the savings calculators' names, inputs, outputs, methods and refusals, in
Vietnamese and English.

Kinds: ``Calculator`` (a calculator's title), ``CalculatorHeading`` (the command line's
column headings), ``CalculatorMethod`` (its method and published
source), ``CalculatorOutput`` (a figure it gives), ``Field`` entries ``calculator.<input>``
(its inputs, which a refusal names) and ``Message`` (``calc.*``: why an input is refused; see
:mod:`cpdesk.core.calculators.inputs`).
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Calculator": {
        "steam_leak": {
            "vi": "Hơi thoát qua bẫy hơi hỏng hoặc chỗ rò",
            "en": "Steam lost through a failed trap or a leak",
        },
        "air_leak_orifice": {"vi": "Rò khí nén: theo kích thước lỗ rò", "en": "Compressed air leak: by hole size"},
        "air_leak_decay": {
            "vi": "Rò khí nén: theo thời gian tụt áp",
            "en": "Compressed air leaks: by the time to a pressure drop",
        },
        "air_leak_load_unload": {
            "vi": "Rò khí nén: theo thời gian có tải và không tải",
            "en": "Compressed air leaks: by load and unload times",
        },
        "air_pressure_reduction": {
            "vi": "Giảm áp suất khí nén trên đường ống chính",
            "en": "Lower compressed air header pressure",
        },
        "motor_load": {"vi": "Mức tải của động cơ", "en": "Motor load"},
        "pump_vsd": {
            "vi": "Biến tần cho bơm ly tâm (so với tiết lưu van)",
            "en": "Variable speed drive on a centrifugal pump (against throttling)",
        },
        "power_factor": {"vi": "Bù hệ số công suất", "en": "Power factor correction"},
        "lighting": {"vi": "Thay thế chiếu sáng", "en": "Lighting retrofit"},
        "pipe_insulation": {"vi": "Bảo ôn đường ống", "en": "Pipe insulation"},
    },
    "CalculatorHeading": {
        "name": {"vi": "tên", "en": "name"},
        "calculator": {"vi": "máy tính", "en": "calculator"},
        "input": {"vi": "đầu vào", "en": "input"},
        "value": {"vi": "giá trị", "en": "value"},
        "unit": {"vi": "đơn vị", "en": "unit"},
        "result": {"vi": "kết quả", "en": "result"},
    },
    "CalculatorMethod": {
        "steam_leak": {
            "vi": "Công thức Napier: W [lb/h] = 24,24 × P [psia] × D² [in²]; nhiệt của hơi bão hoà trên nước cấp theo IAPWS-IF97; nhiên liệu = nhiệt / (hiệu suất lò hơi × nhiệt trị). Nguồn: US DOE, Steam Tip Sheet #1 “Inspect and Repair Steam Traps”.",
            "en": "Napier's equation: W [lb/h] = 24.24 × P [psia] × D² [in²]; heat of saturated steam above feedwater by IAPWS-IF97; fuel = heat / (boiler efficiency × calorific value). Source: US DOE, Steam Tip Sheet #1 'Inspect and Repair Steam Traps'.",
        },
        "air_leak_orifice": {
            "vi": "Lưu lượng khí qua lỗ tròn (dòng tới hạn khi áp suất trên khoảng 0,9 bar(g)), quy về khí tự do ở áp suất khí quyển tiêu chuẩn; hệ số lưu lượng 1 như bảng của US DOE, 0,61 cho lỗ cạnh sắc. Nguồn: US DOE, Compressed Air Tip Sheet #3 “Minimize Compressed Air Leaks”.",
            "en": "Air flow through a round hole (choked above about 0.9 bar(g)), as free air at the standard atmosphere; discharge coefficient 1 as in the US DOE table, 0.61 for a sharp-edged hole. Source: US DOE, Compressed Air Tip Sheet #3 'Minimize Compressed Air Leaks'.",
        },
        "air_leak_decay": {
            "vi": "Khí tự do rò = V × (P1 − P2) / (T × P khí quyển) × 1,25. Nguồn: US DOE, Compressed Air Tip Sheet #3 “Minimize Compressed Air Leaks”.",
            "en": "Free air leaking = V × (P1 − P2) / (T × P_atm) × 1.25. Source: US DOE, Compressed Air Tip Sheet #3 'Minimize Compressed Air Leaks'.",
        },
        "air_leak_load_unload": {
            "vi": "Tỷ lệ rò = thời gian có tải / (có tải + không tải) × lưu lượng khí tự do của máy nén. Nguồn: US DOE, Compressed Air Tip Sheet #3; BEE, Guide Book 3, chương 3.",
            "en": "Leakage = on-load time / (on-load + unload time) × the compressor's free air delivery. Source: US DOE, Compressed Air Tip Sheet #3; BEE, Guide Book 3, chapter 3.",
        },
        "air_pressure_reduction": {
            "vi": "Tỷ số công nén đẳng entropy của khí tự do ở áp suất mới và hiện tại (k = 1,4, các cấp nén cùng tỷ số); kèm quy tắc kinh nghiệm của US DOE: 1 % công suất cho mỗi 2 psi.",
            "en": "Ratio of the isentropic work of compressing free air to the new and the present pressure (k = 1.4, stages of equal ratio); beside it the US DOE rule of thumb: 1 % of power per 2 psi.",
        },
        "motor_load": {
            "vi": "Mức tải = công suất vào / (công suất định mức / hiệu suất định mức); công suất vào = √3 × U × I × cos φ. Nguồn: BEE, Guide Book 3, chương 2; US DOE “Determining Electric Motor Load and Efficiency”.",
            "en": "Load = input power / (rated power / rated efficiency); input power = √3 × V × I × PF. Source: BEE, Guide Book 3, chapter 2; US DOE 'Determining Electric Motor Load and Efficiency'.",
        },
        "pump_vsd": {
            "vi": "Định luật đồng dạng trên đường đặc tính hệ thống có cột áp tĩnh (không chỉ luật lập phương), theo chu kỳ làm việc; tiết lưu chạy trên đường đặc tính bơm ở tốc độ đầy đủ. Nguồn: Hydraulic Institute/Europump “Variable Speed Pumping”.",
            "en": "Affinity laws on the system curve with its static head (not the cube law alone), over the duty cycle; throttling runs on the pump's full-speed curve. Source: Hydraulic Institute/Europump 'Variable Speed Pumping'.",
        },
        "power_factor": {
            "vi": "Q = P × (tan φ1 − tan φ2). Nguồn: BEE, Guide Book 3, chương 1.",
            "en": "Q = P × (tan φ1 − tan φ2). Source: BEE, Guide Book 3, chapter 1.",
        },
        "lighting": {
            "vi": "Công suất = số bộ đèn × công suất mỗi bộ; điện năng = công suất × số giờ sử dụng, trước và sau.",
            "en": "Load = fixtures × power per fixture; energy = load × hours of use, before and after.",
        },
        "pipe_insulation": {
            "vi": "Tổn thất nhiệt qua đối lưu (Churchill–Chu khi lặng gió, Churchill–Bernstein khi có gió) và bức xạ từ ống nằm ngang, trần và có bảo ôn; tính chất không khí ở nhiệt độ màng (bảng A.4 của Incropera). Nguồn: ASTM C680; Incropera và DeWitt, Fundamentals of Heat and Mass Transfer.",
            "en": "Heat lost by convection (Churchill–Chu in still air, Churchill–Bernstein in wind) and radiation from a horizontal pipe, bare and insulated; air's properties at the film temperature (Incropera's table A.4). Source: ASTM C680; Incropera and DeWitt, Fundamentals of Heat and Mass Transfer.",
        },
    },
    "CalculatorOutput": {
        "steam_loss": {"vi": "Hơi thất thoát", "en": "Steam lost"},
        "steam_loss_per_year": {"vi": "Hơi thất thoát mỗi năm", "en": "Steam lost a year"},
        "heat_loss_per_year": {"vi": "Nhiệt thất thoát mỗi năm", "en": "Heat lost a year"},
        "fuel_per_year": {"vi": "Nhiên liệu tiết kiệm mỗi năm", "en": "Fuel saved a year"},
        "leak_flow": {"vi": "Lưu lượng khí rò (khí tự do)", "en": "Leak flow (free air)"},
        "leak_share": {"vi": "Tỷ lệ rò", "en": "Leakage"},
        "leak_power": {"vi": "Công suất mất do rò", "en": "Power lost to leaks"},
        "energy_saving_per_year": {"vi": "Điện năng tiết kiệm mỗi năm", "en": "Energy saved a year"},
        "power_saving_share": {"vi": "Tỷ lệ công suất tiết kiệm", "en": "Share of power saved"},
        "power_saving": {"vi": "Công suất tiết kiệm", "en": "Power saved"},
        "rule_of_thumb_share": {
            "vi": "Theo quy tắc kinh nghiệm (1 % mỗi 2 psi)",
            "en": "By the rule of thumb (1 % per 2 psi)",
        },
        "input_power": {"vi": "Công suất vào", "en": "Input power"},
        "full_load_input_power": {"vi": "Công suất vào khi đầy tải", "en": "Input power at full load"},
        "motor_load": {"vi": "Mức tải của động cơ", "en": "Motor load"},
        "throttled_energy_per_year": {"vi": "Điện năng mỗi năm khi tiết lưu", "en": "Energy a year, throttled"},
        "vsd_energy_per_year": {"vi": "Điện năng mỗi năm khi dùng biến tần", "en": "Energy a year, with the drive"},
        "energy_saving_share": {"vi": "Tỷ lệ điện năng tiết kiệm", "en": "Share of energy saved"},
        "lowest_speed": {"vi": "Tốc độ thấp nhất", "en": "Lowest speed"},
        "capacitor_power": {"vi": "Công suất tụ bù", "en": "Capacitor rating"},
        "apparent_power_before": {"vi": "Công suất biểu kiến trước", "en": "Apparent power before"},
        "apparent_power_after": {"vi": "Công suất biểu kiến sau", "en": "Apparent power after"},
        "current_reduction_share": {"vi": "Dòng điện giảm", "en": "Current reduced by"},
        "load_before": {"vi": "Công suất chiếu sáng trước", "en": "Lighting load before"},
        "load_after": {"vi": "Công suất chiếu sáng sau", "en": "Lighting load after"},
        "bare_loss_per_metre": {"vi": "Tổn thất nhiệt mỗi mét ống trần", "en": "Heat lost per metre, bare"},
        "insulated_loss_per_metre": {
            "vi": "Tổn thất nhiệt mỗi mét ống có bảo ôn",
            "en": "Heat lost per metre, insulated",
        },
        "jacket_temperature": {"vi": "Nhiệt độ bề mặt lớp bảo ôn", "en": "Jacket surface temperature"},
        "heat_saving": {"vi": "Nhiệt tiết kiệm", "en": "Heat saved"},
        "heat_saving_per_year": {"vi": "Nhiệt tiết kiệm mỗi năm", "en": "Heat saved a year"},
    },
    "Field": {
        "calculator.name": {"vi": "Tên máy tính", "en": "Calculator"},
        "calculator.steam_pressure": {"vi": "Áp suất hơi", "en": "Steam pressure"},
        "calculator.orifice_diameter": {"vi": "Đường kính lỗ", "en": "Orifice diameter"},
        "calculator.count": {"vi": "Số lượng", "en": "Number"},
        "calculator.operating_hours": {"vi": "Số giờ vận hành mỗi năm", "en": "Operating hours a year"},
        "calculator.feedwater_temperature": {"vi": "Nhiệt độ nước cấp", "en": "Feedwater temperature"},
        "calculator.boiler_efficiency": {"vi": "Hiệu suất lò hơi", "en": "Boiler efficiency"},
        "calculator.fuel_calorific_value": {"vi": "Nhiệt trị của nhiên liệu", "en": "Fuel calorific value"},
        "calculator.line_pressure": {"vi": "Áp suất đường ống", "en": "Line pressure"},
        "calculator.discharge_coefficient": {"vi": "Hệ số lưu lượng", "en": "Discharge coefficient"},
        "calculator.air_temperature": {"vi": "Nhiệt độ khí", "en": "Air temperature"},
        "calculator.compressor_power": {"vi": "Công suất máy nén khi có tải", "en": "Compressor power on load"},
        "calculator.compressor_capacity": {
            "vi": "Lưu lượng khí tự do của máy nén",
            "en": "Compressor free air delivery",
        },
        "calculator.volume": {"vi": "Thể tích bình chứa và đường ống", "en": "Receiver and piping volume"},
        "calculator.start_pressure": {"vi": "Áp suất đầu", "en": "Start pressure"},
        "calculator.end_pressure": {"vi": "Áp suất cuối", "en": "End pressure"},
        "calculator.time": {"vi": "Thời gian tụt áp", "en": "Time of the pressure drop"},
        "calculator.correction": {"vi": "Hệ số hiệu chỉnh", "en": "Correction factor"},
        "calculator.load_time": {"vi": "Thời gian có tải", "en": "On-load time"},
        "calculator.unload_time": {"vi": "Thời gian không tải", "en": "Unload time"},
        "calculator.present_pressure": {"vi": "Áp suất hiện tại", "en": "Present pressure"},
        "calculator.new_pressure": {"vi": "Áp suất mới", "en": "New pressure"},
        "calculator.stages": {"vi": "Số cấp nén", "en": "Compression stages"},
        "calculator.rated_power": {"vi": "Công suất định mức", "en": "Rated power"},
        "calculator.rated_efficiency": {"vi": "Hiệu suất định mức", "en": "Rated efficiency"},
        "calculator.measured_power": {"vi": "Công suất đo được", "en": "Measured power"},
        "calculator.voltage": {"vi": "Điện áp dây", "en": "Line voltage"},
        "calculator.current": {"vi": "Dòng điện", "en": "Current"},
        "calculator.power_factor": {"vi": "Hệ số công suất", "en": "Power factor"},
        "calculator.design_flow": {"vi": "Lưu lượng thiết kế", "en": "Design flow"},
        "calculator.design_head": {"vi": "Cột áp tại lưu lượng thiết kế", "en": "Head at the design flow"},
        "calculator.static_head": {"vi": "Cột áp tĩnh của hệ thống", "en": "System static head"},
        "calculator.shutoff_head": {"vi": "Cột áp khi đóng van (lưu lượng 0)", "en": "Shut-off head"},
        "calculator.pump_efficiency": {"vi": "Hiệu suất bơm", "en": "Pump efficiency"},
        "calculator.motor_efficiency": {"vi": "Hiệu suất động cơ", "en": "Motor efficiency"},
        "calculator.drive_efficiency": {"vi": "Hiệu suất biến tần", "en": "Drive efficiency"},
        "calculator.density": {"vi": "Khối lượng riêng của chất lỏng", "en": "Liquid density"},
        **{
            f"calculator.duty_{what}_{point}": {
                "vi": f"{'Lưu lượng' if what == 'flow' else 'Số giờ'} ở điểm làm việc {point}",
                "en": f"{'Flow' if what == 'flow' else 'Hours'} at duty point {point}",
            }
            for point in range(1, 5)
            for what in ("flow", "hours")
        },
        "calculator.real_power": {"vi": "Công suất tác dụng", "en": "Real power"},
        "calculator.present_power_factor": {"vi": "Hệ số công suất hiện tại", "en": "Present power factor"},
        "calculator.target_power_factor": {"vi": "Hệ số công suất mục tiêu", "en": "Target power factor"},
        "calculator.fixtures_before": {"vi": "Số bộ đèn trước", "en": "Fixtures before"},
        "calculator.power_before": {"vi": "Công suất mỗi bộ đèn trước", "en": "Power per fixture before"},
        "calculator.fixtures_after": {"vi": "Số bộ đèn sau", "en": "Fixtures after"},
        "calculator.power_after": {"vi": "Công suất mỗi bộ đèn sau", "en": "Power per fixture after"},
        "calculator.pipe_diameter": {"vi": "Đường kính ngoài của ống", "en": "Pipe outside diameter"},
        "calculator.length": {"vi": "Chiều dài ống", "en": "Pipe length"},
        "calculator.fluid_temperature": {"vi": "Nhiệt độ lưu chất trong ống", "en": "Fluid temperature"},
        "calculator.ambient_temperature": {"vi": "Nhiệt độ không khí xung quanh", "en": "Ambient air temperature"},
        "calculator.wind_speed": {"vi": "Tốc độ gió", "en": "Wind speed"},
        "calculator.bare_emissivity": {"vi": "Độ phát xạ của ống trần", "en": "Bare pipe emissivity"},
        "calculator.insulation_thickness": {"vi": "Chiều dày bảo ôn", "en": "Insulation thickness"},
        "calculator.insulation_conductivity": {
            "vi": "Hệ số dẫn nhiệt của vật liệu bảo ôn",
            "en": "Insulation thermal conductivity",
        },
        "calculator.jacket_emissivity": {"vi": "Độ phát xạ của lớp vỏ bọc", "en": "Jacket emissivity"},
        "calculator.fuel": {"vi": "Nhiên liệu của lò hơi", "en": "Boiler fuel"},
        "calculator.price": {"vi": "Đơn giá của phần tiết kiệm", "en": "Price of the saving"},
        "calculator.calculation": {"vi": "Tính toán tiết kiệm", "en": "Savings calculation"},
    },
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
        "calc.source_gone": {
            "vi": "số liệu này không còn trong đánh giá",
            "en": "this figure is no longer in the assessment",
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
    },
    "SavingsBasis": {
        "typed": {"vi": "nhập tay", "en": "typed"},
        "calculated": {"vi": "tính toán", "en": "calculated"},
    },
}
