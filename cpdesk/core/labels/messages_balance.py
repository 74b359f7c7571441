"""Data catalogue: why a reading, a stream or a saving cannot enter a balance or a CO2
figure, and why a steam or water state is refused, in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): :mod:`cpdesk.core.annual`,
:mod:`cpdesk.core.balance`, :mod:`cpdesk.core.factors` (``factor.*``, a saving the factor set
cannot count) and :mod:`cpdesk.core.water_states` refuse with these codes. A reading is named
as the balance names it (``balance.reading``), its basis said by ``basis.*``.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "balance.refused": {
            "vi": "cân bằng {balance} của {title}: {reason}",
            "en": "{balance} balance of {title}: {reason}",
        },
        "balance.measurement_of": {"vi": "số đo của {stream}", "en": "measurement of {stream}"},
        "balance.reading": {"vi": "{what} ({value} {unit}, {basis})", "en": "{what} ({value} {unit} {basis})"},
        "basis.per_hour": {"vi": "theo giờ", "en": "per hour"},
        "basis.per_batch": {"vi": "theo mẻ", "en": "per batch"},
        "basis.per_day": {"vi": "theo ngày", "en": "per day"},
        "basis.per_month": {"vi": "theo tháng", "en": "per month"},
        "basis.per_year": {"vi": "theo năm", "en": "per year"},
        "basis.per_tonne_product": {"vi": "trên một tấn sản phẩm", "en": "per tonne product"},
        "basis.total": {"vi": "tổng cộng", "en": "total"},
        "balance.reading_refused": {"vi": "{reading}: {reason}", "en": "{reading}: {reason}"},
        "balance.needs_production": {
            "vi": "{reading} tính trên một tấn sản phẩm: hãy nhập sản lượng hàng năm",
            "en": "{reading} is per tonne of product: state the annual production",
        },
        "balance.needs_period": {
            "vi": "{reading} cần {period} của đánh giá",
            "en": "{reading} needs the assessment's {period}",
        },
        "balance.period.hours": {"vi": "số giờ vận hành mỗi năm", "en": "operating hours per year"},
        "balance.period.days": {"vi": "số ngày vận hành mỗi năm", "en": "operating days per year"},
        "balance.period.batches": {"vi": "số mẻ mỗi ngày", "en": "batches per day"},
        "balance.level": {
            "vi": "{reading}: {quantity} là một mức đo tại một thời điểm, không phải một lượng hay một lưu lượng; không cộng dồn qua một năm được",
            "en": "{reading}: {quantity} is a level, not an amount or a flow; it is not added up over a year",
        },
        "balance.not_real_power": {
            "vi": "{reading}: {quantity} không phải công suất thực hay điện năng thực (kW, kWh)",
            "en": "{reading}: {quantity} is not real power or energy (kW, kWh)",
        },
        "balance.not_an_amount": {
            "vi": "{reading}: một đơn vị của {quantity} không phải một lượng hay một lưu lượng",
            "en": "{reading}: a unit of {quantity} is not an amount or a flow",
        },
        "balance.not_yearly": {
            "vi": "{reading}: số liệu {basis} không quy ra một năm được",
            "en": "{reading}: a {basis} figure cannot be brought to a year",
        },
        "balance.needs_density": {
            "vi": "{stream}: {carrier} đo theo thể tích cần có khối lượng riêng",
            "en": "{stream}: {carrier} measured by volume needs a density",
        },
        "balance.not_to_energy": {
            "vi": "{stream}: không đổi được {unit} {carrier} ra năng lượng",
            "en": "{stream}: cannot turn {unit} of {carrier} into energy",
        },
        "balance.stream_refused": {"vi": "{stream}: {reason}", "en": "{stream}: {reason}"},
        "balance.no_energy": {
            "vi": "{stream}: {carrier} đo theo {unit} không mang năng lượng nào cpdesk tính được",
            "en": "{stream}: {carrier} measured in {unit} carries no energy cpdesk can count",
        },
        "balance.energy_in_water": {
            "vi": "{stream}: số đo năng lượng không đưa vào cân bằng nước được",
            "en": "{stream}: an energy reading cannot enter the water balance",
        },
        "balance.unknown_step": {
            "vi": "dòng {stream} nối với một công đoạn không có: {step}",
            "en": "stream {stream} refers to an unknown process step {step}",
        },
        "balance.choose_group": {"vi": "hãy chọn nước hoặc năng lượng", "en": "choose water or energy"},
        "balance.no_measured_input": {
            "vi": "nhà máy không có số đo đầu vào nào của {carrier}",
            "en": "the plant has no measured input of {carrier}",
        },
        "balance.state_production": {"vi": "hãy nhập sản lượng hàng năm", "en": "state the annual production"},
        "factor.density": {
            "vi": "{fuel} tính theo {unit} cần khối lượng riêng của {fuel} trong bộ hệ số {factor_set}, mà bộ này không có: hãy nhập lượng tiết kiệm theo t, kg hoặc GJ",
            "en": "{fuel} in {unit} needs a density of {fuel} in factor set {factor_set}, which has none: give the saving in t, kg or GJ",
        },
        "factor.ncv_per_nm3": {
            "vi": "{fuel} tính theo {unit} cần nhiệt trị theo Nm³ của {fuel} trong bộ hệ số {factor_set}, mà bộ này không có: hãy nhập lượng tiết kiệm theo t, kg hoặc GJ",
            "en": "{fuel} in {unit} needs an NCV per Nm³ of {fuel} in factor set {factor_set}, which has none: give the saving in t, kg or GJ",
        },
        "factor.gas_conditions": {
            "vi": "{fuel} tính theo {unit} là thể tích ở áp suất và nhiệt độ không nêu rõ: hãy nhập theo Nm³ (0 °C) hoặc Sm³ (15 °C)",
            "en": "{fuel} in {unit} is a volume at an unstated pressure and temperature: give it in Nm³ (0 °C) or Sm³ (15 °C)",
        },
        "factor.fuel": {
            "vi": "bộ hệ số {factor_set} không có hệ số nào cho {fuel}: hãy đề nghị trung tâm cung cấp bộ hệ số có nhiên liệu này",
            "en": "factor set {factor_set} has no factors for {fuel}: ask the centre for a set that has",
        },
        "factor.amount": {
            "vi": "{fuel} tính theo {unit} không phải là một lượng tiết kiệm mỗi năm: hãy nhập theo t, kg, L, Nm³ hoặc GJ",
            "en": "{fuel} in {unit} is not an amount saved per year: give it in t, kg, L, Nm³ or GJ",
        },
        "steam.below_saturation": {
            "vi": "hơi nước ở {pressure} bar(g) và {temperature} °C thấp hơn nhiệt độ bão hòa {saturation} °C ở áp suất đó {difference} K: hãy kiểm tra nhiệt độ và áp suất dư",
            "en": "steam at {pressure} bar(g) and {temperature} °C is {difference} K below its saturation temperature {saturation} °C at that pressure: check the temperature and the gauge pressure",
        },
        "water.above_saturation": {
            "vi": "nước lỏng ở {pressure} bar(g) và {temperature} °C cao hơn nhiệt độ bão hòa {saturation} °C ở áp suất đó {difference} K, nhiệt độ mà nước sôi: hãy kiểm tra nhiệt độ và áp suất dư",
            "en": "liquid water at {pressure} bar(g) and {temperature} °C is {difference} K above its saturation temperature {saturation} °C at that pressure, where it boils: check the temperature and the gauge pressure",
        },
        "water.above_saturation_no_pressure": {
            "vi": "nước lỏng ở {temperature} °C và áp suất khí quyển (chưa nhập áp suất) cao hơn nhiệt độ bão hòa {saturation} °C {difference} K, nhiệt độ mà nước sôi: hãy nhập áp suất dư của dòng",
            "en": "liquid water at {temperature} °C and atmospheric pressure (no pressure given) is {difference} K above its saturation temperature {saturation} °C, where it boils: give the gauge pressure it is under",
        },
    },
}
