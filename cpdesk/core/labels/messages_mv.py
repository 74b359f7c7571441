"""Data catalogue: what verified savings (measurement and verification, :mod:`cpdesk.core.mv`)
say, in Vietnamese and English.

Kinds: ``MvDriver`` (the driving variables cpdesk knows by name), ``Message`` (``mv.*``: the refusals of a baseline, a reporting period or a table of
periods, and the warnings a fitted model carries), ``MvCriteria`` (where the acceptance
limits of each data interval come from) and ``MvHeading`` (the command line's headings and
row names). Vietnamese terms follow the project glossary: "suất tiêu hao" for specific
consumption, "đường cơ sở" for the baseline, "tiết kiệm" for savings.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    # Driving variables people name the same way everywhere: shown in the reader's language
    # (a driver typed under another name is shown as typed).
    "MvDriver": {
        "production": {"vi": "sản lượng", "en": "production"},
        "operating_days": {"vi": "số ngày vận hành", "en": "operating days"},
        "cdd": {"vi": "độ-ngày làm mát (CDD)", "en": "cooling degree-days"},
        "hdd": {"vi": "độ-ngày sưởi (HDD)", "en": "heating degree-days"},
    },
    "Message": {
        # refusals
        "mv.too_few_periods": {
            "vi": "có {count} kỳ số liệu; mô hình có {parameters} tham số cần ít nhất {needed} kỳ (số tham số cộng 2)",
            "en": "{count} periods given; a model of {parameters} parameters needs at least {needed} (parameters plus two)",
        },
        "mv.collinear": {
            "vi": "các biến tác động {names} phụ thuộc tuyến tính vào nhau (hoặc không đổi), nên không tách được ảnh hưởng của từng biến; hãy bỏ bớt một biến",
            "en": "the driving variables {names} are collinear (or constant), so their effects cannot be told apart; drop one of them",
        },
        "mv.all_zero": {
            "vi": "biến tác động {name} bằng 0 ở mọi kỳ; không dùng được làm biến tác động",
            "en": "the driving variable {name} is zero in every period; it cannot drive the model",
        },
        "mv.no_consumption": {
            "vi": "tiêu thụ bằng 0 ở mọi kỳ; không có gì để lập mô hình",
            "en": "the consumption is zero in every period; there is nothing to model",
        },
        "mv.not_finite": {
            "vi": "{name}, kỳ {row}: {value} không phải là một số hữu hạn",
            "en": "{name}, period {row}: {value} is not a finite number",
        },
        "mv.negative": {
            "vi": "{name}, kỳ {row}: {value} âm; tiêu thụ và biến tác động không được âm",
            "en": "{name}, period {row}: {value} is negative; consumption and drivers cannot be negative",
        },
        "mv.length_mismatch": {
            "vi": "{name} có {count} kỳ, tiêu thụ có {expected} kỳ",
            "en": "{name} has {count} periods, the consumption {expected}",
        },
        "mv.unequal_periods": {
            "vi": "các kỳ dài ngắn khác nhau ({shortest} đến {longest} ngày); hãy quy về mỗi ngày trước khi lập mô hình",
            "en": "the periods are of unequal length ({shortest} to {longest} days); normalise them per day before fitting",
        },
        "mv.bad_length": {
            "vi": "kỳ {row}: độ dài {value} ngày không hợp lệ (phải lớn hơn 0)",
            "en": "period {row}: a length of {value} days is not valid (it must be above zero)",
        },
        "mv.unknown_driver": {
            "vi": "kỳ báo cáo thiếu biến tác động {name} của mô hình",
            "en": "the reporting period lacks the model's driving variable {name}",
        },
        "mv.too_many_drivers": {
            "vi": "mô hình nhận nhiều nhất {limit} biến tác động, có {count}",
            "en": "a model takes at most {limit} driving variables, {count} given",
        },
        "mv.unknown_interval": {
            "vi": "khoảng số liệu {value} không được hỗ trợ; chọn monthly, daily hoặc hourly",
            "en": "the data interval {value} is not supported; choose monthly, daily or hourly",
        },
        "mv.no_reporting": {
            "vi": "kỳ báo cáo không có số liệu",
            "en": "the reporting period has no readings",
        },
        "mv.zero_load": {
            "vi": "{name}, kỳ {row}: tải bằng 0; không quy đổi được về đơn vị tải",
            "en": "{name}, period {row}: the load is zero; the use cannot be normalised to it",
        },
        "mv.load_not_comparable": {
            "vi": "tải trước ({before_low} đến {before_high}) và sau ({after_low} đến {after_high}) không chồng lên nhau; hai chuỗi không so sánh được ở cùng mức tải",
            "en": "the loads before ({before_low} to {before_high}) and after ({after_low} to {after_high}) do not overlap; the two series are not at comparable load",
        },
        # a table of periods (CSV)
        "mv.table_empty": {
            "vi": "bảng không có dòng số liệu nào dưới dòng tiêu đề",
            "en": "the table has no row of figures below its header",
        },
        "mv.table_too_long": {
            "vi": "bảng có hơn {limit} kỳ; hãy gộp số liệu thành kỳ dài hơn",
            "en": "the table has more than {limit} periods; aggregate the readings into longer periods",
        },
        "mv.no_column": {
            "vi": "không có cột {name}; các cột của bảng: {columns}",
            "en": "there is no column {name}; the table's columns: {columns}",
        },
        "mv.empty_cell": {
            "vi": "cột {name}, kỳ {row}: ô trống (thiếu số liệu của kỳ này)",
            "en": "column {name}, period {row}: the cell is empty (the period's reading is missing)",
        },
        "mv.bad_cell": {
            "vi": "cột {name}, kỳ {row}: không đọc được {text} thành số",
            "en": "column {name}, period {row}: {text} cannot be read as a number",
        },
        "mv.ambiguous_cell": {
            "vi": "cột {name}, kỳ {row}: {text} có hai cách đọc; hãy viết một trong hai: {spellings}",
            "en": "column {name}, period {row}: {text} has two readings; write one of {spellings}",
        },
        # period readings (stored, typed or imported)
        "mv.bad_variable": {
            "vi": "tên biến “{name}” không hợp lệ: cần có, dài nhiều nhất {limit} ký tự",
            "en": "the variable name “{name}” is not valid: it is required, at most {limit} characters",
        },
        "mv.unit_missing": {
            "vi": "số liệu {name} cần có đơn vị",
            "en": "a reading of {name} needs a unit",
        },
        "mv.unit_wrong_kind": {
            "vi": "đơn vị {unit} không dùng được cho lượng {name} trong một kỳ; cần đơn vị {kinds}",
            "en": "the unit {unit} does not suit an amount of {name} over a period; it takes a unit of {kinds}",
        },
        "mv.period_ends_before_start": {
            "vi": "kỳ kết thúc ngày {end}, trước ngày bắt đầu {start}",
            "en": "the period ends on {end}, before it starts on {start}",
        },
        "mv.period_duplicate": {
            "vi": "{name}: kỳ {start} – {end} đã có số liệu",
            "en": "{name}: the period {start} – {end} already has a reading",
        },
        "mv.period_overlap": {
            "vi": "{name}: kỳ {start} – {end} chồng lên kỳ {other_start} – {other_end}",
            "en": "{name}: the period {start} – {end} overlaps the period {other_start} – {other_end}",
        },
        "mv.period_gap": {
            "vi": "{name}: thiếu số liệu từ {first} đến {last}",
            "en": "{name}: no reading from {first} to {last}",
        },
        "mv.no_readings": {
            "vi": "đánh giá chưa có số liệu theo kỳ của {name}",
            "en": "the assessment has no period readings of {name}",
        },
        "mv.driver_missing": {
            "vi": "biến tác động {name} không có số liệu cho kỳ {start} – {end}",
            "en": "the driving variable {name} has no reading for the period {start} – {end}",
        },
        "mv.unit_changed": {
            "vi": "{name}, kỳ bắt đầu {start}: đơn vị {unit} không quy đổi được sang {first} của các kỳ trước",
            "en": "{name}, period from {start}: the unit {unit} cannot be converted to {first}, the unit of the earlier periods",
        },
        "mv.no_baseline": {
            "vi": "không có kỳ số liệu nào trước ngày {start} để lập đường cơ sở",
            "en": "no period before {start} to fit the baseline on",
        },
        # a table of period readings imported (CSV or XLSX)
        "mv.import_no_period_columns": {
            "vi": "không tìm thấy cột kỳ: cần cột “Từ ngày” và “Đến ngày” (hoặc “start”, “end”), hoặc một cột “Tháng”; các cột của bảng: {columns}",
            "en": "no period columns: the table needs “start” and “end” (or “Từ ngày”, “Đến ngày”), or one “month” column; its columns: {columns}",
        },
        "mv.import_no_variables": {
            "vi": "bảng không có cột số liệu nào ngoài cột kỳ; mỗi cột ghi tên và đơn vị, ví dụ “electricity (kWh)”",
            "en": "the table has no column of figures besides the period; name each with its unit, as “electricity (kWh)”",
        },
        "mv.import_bad_column": {
            "vi": "cột “{column}”: {problem}",
            "en": "column “{column}”: {problem}",
        },
        "mv.import_cell": {
            "vi": "cột “{column}”: {problem}",
            "en": "column “{column}”: {problem}",
        },
        "mv.import_bad_date": {
            "vi": "không đọc được {text} thành ngày",
            "en": "{text} cannot be read as a date",
        },
        "mv.import_not_number": {
            "vi": "không đọc được {text} thành số",
            "en": "{text} cannot be read as a number",
        },
        "mv.import_ambiguous": {
            "vi": "{text} có hai cách đọc; hãy viết một trong hai: {spellings}",
            "en": "{text} has two readings; write one of {spellings}",
        },
        "mv.import_negative": {
            "vi": "cột “{column}”: {value} âm; lượng tiêu thụ và sản lượng không được âm",
            "en": "column “{column}”: {value} is negative; consumption and output cannot be negative",
        },
        "mv.import_row": {
            "vi": "dòng {row}: {problem}",
            "en": "row {row}: {problem}",
        },
        "mv.import_refused": {
            "vi": "{count} dòng có lỗi nên không lưu số liệu nào; hãy sửa các dòng đó, hoặc nhập lại và bỏ qua các dòng lỗi",
            "en": "{count} rows have errors, so nothing was stored; correct them, or import again skipping the rows with errors",
        },
        "mv.import_not_text": {
            "vi": "tệp không phải bảng CSV dạng văn bản UTF-8 hay sổ Excel (.xlsx)",
            "en": "the file is neither a CSV table in UTF-8 text nor an Excel workbook (.xlsx)",
        },
        # verified savings of an assessment
        "mv.no_reporting_start": {
            "vi": "chưa rõ kỳ báo cáo bắt đầu từ ngày nào: hãy cho ngày bắt đầu, hoặc ghi ngày thực hiện của giải pháp đã thực hiện",
            "en": "the reporting period's start is not known: give it, or record the implementation date of the implemented options",
        },
        "mv.no_saving_of_carrier": {
            "vi": "giải pháp {option} chưa có dòng tiết kiệm {carrier}; hãy thêm dòng đó trước khi ghi số tiết kiệm đã kiểm chứng",
            "en": "the option {option} has no saving of {carrier}; add one before recording the verified saving",
        },
        "mv.saving_unit_mismatch": {
            "vi": "số tiết kiệm tính bằng {unit}, không quy đổi được sang {saving_unit} của dòng tiết kiệm",
            "en": "the saving is in {unit}, which cannot be converted to the saving's unit {saving_unit}",
        },
        "mv.record_for_needs_carrier": {
            "vi": "--record-for đi cùng --carrier (số tiết kiệm của một đánh giá)",
            "en": "--record-for goes with --carrier (an assessment's saving)",
        },
        "mv.recorded": {
            "vi": "đã ghi là số tiết kiệm đã kiểm chứng của giải pháp {option} (dòng tiết kiệm {saving})",
            "en": "recorded as the verified saving of the option {option} (saving {saving})",
        },
        "mv.bad_grain": {
            "vi": "độ dài kỳ không hợp lệ; chọn một trong: {grains}",
            "en": "not a period length; choose one of {grains}",
        },
        "mv.bad_statistic": {
            "vi": "cách gộp không hợp lệ; chọn một trong: {statistics}",
            "en": "not a way to aggregate; choose one of {statistics}",
        },
        "mv.not_a_rate": {
            "vi": "chuỗi số liệu tính bằng {unit}, không phải một lưu lượng hay công suất nên không cộng dồn thành lượng được; hãy lấy giá trị trung bình",
            "en": "the series is in {unit}, not a rate (a power or a flow), so it does not add up to an amount; take its mean",
        },
        "mv.not_a_temperature": {
            "vi": "chuỗi số liệu tính bằng {unit}, không phải nhiệt độ, nên không tính được độ-ngày làm mát",
            "en": "the series is in {unit}, not a temperature, so it gives no cooling degree-days",
        },
        # warnings on a fitted model
        "mv.not_significant": {
            "vi": "hệ số {name} không có ý nghĩa thống kê (p = {p}, trên 0,05)",
            "en": "the coefficient {name} is not significant (p = {p}, above 0.05)",
        },
        "mv.negative_base_load": {
            "vi": "phụ tải nền âm ({value}): không có ý nghĩa vật lý; hãy xem lại số liệu hoặc mô hình",
            "en": "the base load is negative ({value}): it has no physical meaning; check the data or the model",
        },
        "mv.negative_slope": {
            "vi": "hệ số của {name} âm ({value}): tiêu thụ giảm khi {name} tăng, ngược dấu mong đợi",
            "en": "the slope on {name} is negative ({value}): the use falls as {name} rises, the wrong sign",
        },
    },
    "VerificationMethod": {
        "ipmvp_b": {"vi": "IPMVP phương án B (đo riêng giải pháp)", "en": "IPMVP option B (the measure isolated)"},
        "ipmvp_c": {
            "vi": "IPMVP phương án C (toàn nhà máy, mô hình đường cơ sở)",
            "en": "IPMVP option C (whole facility, baseline model)",
        },
    },
    "MvCriteria": {
        "monthly": {
            "vi": "ASHRAE Guideline 14-2014, tiêu chí hiệu chỉnh cho số liệu theo tháng: CV(RMSE) ≤ 15 %, NMBE ± 5 %",
            "en": "ASHRAE Guideline 14-2014, calibration criteria for monthly data: CV(RMSE) ≤ 15 %, NMBE ± 5 %",
        },
        "daily": {
            "vi": "ASHRAE Guideline 14-2014 chỉ cho tiêu chí theo tháng và theo giờ; số liệu theo ngày được xét theo tiêu chí theo giờ: CV(RMSE) ≤ 30 %, NMBE ± 10 %",
            "en": "ASHRAE Guideline 14-2014 gives monthly and hourly criteria only; daily data are held to the hourly ones: CV(RMSE) ≤ 30 %, NMBE ± 10 %",
        },
        "hourly": {
            "vi": "ASHRAE Guideline 14-2014, tiêu chí hiệu chỉnh cho số liệu theo giờ: CV(RMSE) ≤ 30 %, NMBE ± 10 %",
            "en": "ASHRAE Guideline 14-2014, calibration criteria for hourly data: CV(RMSE) ≤ 30 %, NMBE ± 10 %",
        },
    },
    "MvHeading": {
        "reporting_from": {"vi": "kỳ báo cáo từ", "en": "reporting period from"},
        "per_day": {"vi": "mỗi ngày", "en": "a day"},
        "from_given": {"vi": "ngày đã cho", "en": "the day given"},
        "from_implemented_options": {"vi": "ngày thực hiện giải pháp sau cùng", "en": "the last implementation date"},
        "baseline_only": {"vi": "mọi kỳ là đường cơ sở", "en": "every period is the baseline"},
        "term": {"vi": "hệ số", "en": "term"},
        "estimate": {"vi": "giá trị", "en": "estimate"},
        "std_error": {"vi": "sai số chuẩn", "en": "std. error"},
        "t": {"vi": "t", "en": "t"},
        "p": {"vi": "p", "en": "p"},
        "base_load": {"vi": "phụ tải nền", "en": "base load"},
        "statistic": {"vi": "chỉ số", "en": "statistic"},
        "value": {"vi": "giá trị", "en": "value"},
        "limit": {"vi": "giới hạn", "en": "limit"},
        "periods": {"vi": "số kỳ", "en": "periods"},
        "r_squared": {"vi": "R²", "en": "R²"},
        "cv_rmse": {"vi": "CV(RMSE) %", "en": "CV(RMSE) %"},
        "nmbe": {"vi": "NMBE %", "en": "NMBE %"},
        "durbin_watson": {"vi": "Durbin–Watson", "en": "Durbin–Watson"},
        "autocorrelation": {"vi": "tự tương quan bậc 1 (ρ)", "en": "lag-1 autocorrelation (ρ)"},
        "meets": {"vi": "Đạt tiêu chí ASHRAE Guideline 14", "en": "Meets ASHRAE Guideline 14"},
        "yes": {"vi": "có", "en": "yes"},
        "no": {"vi": "không", "en": "no"},
        "warning": {"vi": "cảnh báo", "en": "warning"},
        "period": {"vi": "kỳ", "en": "period"},
        "adjusted_baseline": {"vi": "đường cơ sở điều chỉnh", "en": "adjusted baseline"},
        "actual": {"vi": "thực tế", "en": "actual"},
        "avoided": {"vi": "tiêu thụ tránh được", "en": "avoided"},
        "cumulative": {"vi": "luỹ kế", "en": "cumulative"},
        "cusum": {"vi": "CUSUM", "en": "CUSUM"},
        "enpi": {"vi": "EnPI (thực tế / dự kiến)", "en": "EnPI (actual / expected)"},
        "total_savings": {"vi": "Tổng tiết kiệm", "en": "Total savings"},
        "savings_fraction": {"vi": "Tỷ lệ tiết kiệm", "en": "Savings fraction"},
        "confidence": {"vi": "độ tin cậy", "en": "confidence"},
        "uncertainty": {"vi": "độ không đảm bảo", "en": "uncertainty"},
        "fractional": {"vi": "tương đối", "en": "fractional"},
        "demonstrated": {"vi": "đã chứng minh", "en": "demonstrated"},
        "not_demonstrated": {
            "vi": "chưa chứng minh được (tiết kiệm nhỏ hơn độ không đảm bảo)",
            "en": "not demonstrated (the saving is smaller than its uncertainty)",
        },
    },
}
